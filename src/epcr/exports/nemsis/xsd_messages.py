"""libxml2's XML Schema errors in words: which element, and why, without namespace URIs or code dumps."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from epcr.exports.nemsis.identifying import WITHHELD, identifies

_NAMESPACE = re.compile(r"\{[^}'\s]+\}")  # {http://www.nemsis.org}; not an enumeration set {'1', '2'}
_SUBJECT = re.compile(
    r"^Element '(?P<element>[^']+)'(?:, attribute '(?P<attribute>[^']+)')?: (?P<rest>.*)$", re.S
)
_VALUE = re.compile(r"value '[^']*'", re.I)
_QUOTED = re.compile(r" ?'[^']*'")
_ENUMERATION_SHOWN = 8  # longer code lists are the dictionary's business, not one line's


@dataclass(frozen=True)
class XsdMessage:
    element: str | None  # local name, e.g. "eVitals.06"
    attribute: str | None
    text: str
    derived: bool  # libxml2's follow-up "not a valid value of the type" after a facet message


def _codes(match: re.Match[str]) -> str:
    codes = re.findall(r"'([^']*)'", match["set"])
    allowed = ", ".join(codes) if len(codes) <= _ENUMERATION_SHOWN else f"{len(codes)} NEMSIS codes"
    return f"value '{match['value']}' is not one of the allowed codes ({allowed})"


def _expected(names: str) -> str:
    return ", ".join(name.strip() for name in names.split(","))


_REWRITES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"\[facet 'maxInclusive'\] The value '(?P<value>[^']*)' is greater than the maximum "
            r"value allowed \('(?P<limit>[^']*)'\)\."
        ),
        lambda m: f"value '{m['value']}' is above the maximum {m['limit']}",
    ),
    (
        re.compile(
            r"\[facet 'minInclusive'\] The value '(?P<value>[^']*)' is less than the minimum "
            r"value allowed \('(?P<limit>[^']*)'\)\."
        ),
        lambda m: f"value '{m['value']}' is below the minimum {m['limit']}",
    ),
    (
        re.compile(
            r"\[facet 'maxExclusive'\] The value '(?P<value>[^']*)' must be less than '(?P<limit>[^']*)'\."
        ),
        lambda m: f"value '{m['value']}' must be less than {m['limit']}",
    ),
    (
        re.compile(
            r"\[facet 'minExclusive'\] The value '(?P<value>[^']*)' must be greater than "
            r"'(?P<limit>[^']*)'\."
        ),
        lambda m: f"value '{m['value']}' must be greater than {m['limit']}",
    ),
    (
        re.compile(
            r"\[facet 'enumeration'\] The value '(?P<value>[^']*)' is not an element of the set "
            r"\{(?P<set>.*)\}\.",
            re.S,
        ),
        _codes,
    ),
    (
        re.compile(
            r"\[facet 'pattern'\] The value '(?P<value>[^']*)' is not accepted by the pattern "
            r"'(?P<pattern>.*)'\.",
            re.S,
        ),
        lambda m: f"value '{m['value']}' does not have the required form (pattern {m['pattern']})",
    ),
    (
        re.compile(
            r"\[facet 'minLength'\] The value has a length of '(?P<length>\d+)'; this underruns the "
            r"allowed minimum length of '(?P<limit>\d+)'\."
        ),
        lambda m: f"value is too short: {m['length']} characters, at least {m['limit']} required",
    ),
    (
        re.compile(
            r"\[facet 'maxLength'\] The value has a length of '(?P<length>\d+)'; this exceeds the "
            r"allowed maximum length of '(?P<limit>\d+)'\."
        ),
        lambda m: f"value is too long: {m['length']} characters, at most {m['limit']} allowed",
    ),
    (
        re.compile(r"'(?P<value>[^']*)' is not a valid value of the atomic type '(?P<type>[^']+)'\."),
        lambda m: f"value '{m['value']}' is not a valid {m['type']}",
    ),
    (
        re.compile(r"'(?P<value>[^']*)' is not a valid value of the (?:local )?(?:atomic|union|list) type\."),
        lambda m: f"value '{m['value']}' is not allowed here",
    ),
    (
        re.compile(r"Missing child element\(s\)\. Expected is (?:one of )?\( (?P<names>.*) \)\.", re.S),
        lambda m: f"child element(s) missing: expected {_expected(m['names'])}",
    ),
    (
        re.compile(r"This element is not expected\. Expected is (?:one of )?\( (?P<names>.*) \)\.", re.S),
        lambda m: f"element not expected here: expected {_expected(m['names'])}",
    ),
    (re.compile(r"This element is not expected\."), lambda m: "element not expected here"),
    (
        re.compile(r"The element is not 'nillable'\."),
        lambda m: "may not be empty (xsi:nil): a value is required",
    ),
    (
        re.compile(r"Neither character nor element content is allowed because the element is 'nilled'\."),
        lambda m: 'has xsi:nil="true" and a value: an empty (nil) element must have no value',
    ),
    (
        re.compile(r"The attribute '(?P<name>[^']+)' is (?P<problem>not allowed|required but missing)\."),
        lambda m: f"attribute {m['name']} is {m['problem']}",
    ),
    (
        re.compile(r"No matching global declaration available for the validation root\."),
        lambda m: "is not the root of a NEMSIS v3.5.1 EMSDataSet file",
    ),
]
_DERIVED = re.compile(r"is not a valid value of the (?:local )?(?:atomic|union|list) type")


def readable(message: str) -> XsdMessage:
    """Split a libxml2 validity error into element, attribute and a sentence a crew member can act on."""
    plain = _NAMESPACE.sub("", message.strip())
    subject = _SUBJECT.match(plain)
    if subject is None:
        return XsdMessage(None, None, plain, derived=False)
    rest = subject["rest"].strip()
    text = rest
    for pattern, rewrite in _REWRITES:
        found = pattern.fullmatch(rest)
        if found is not None:
            text = rewrite(found)
            break
    if identifies(subject["element"]):  # an SSN, a name, a date of birth: the rule, never the value
        text = f"{_QUOTED.sub('', _VALUE.sub('value', text))} {WITHHELD}"
    attribute = subject["attribute"]
    if attribute is not None and not text.startswith("attribute "):
        text = f"attribute {attribute}: {text}"
    return XsdMessage(subject["element"], attribute, text, derived=_DERIVED.search(rest) is not None)
