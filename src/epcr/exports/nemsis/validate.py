"""Is this NEMSIS v3.5.1 file valid? The official XSD, then the national Schematron rules.

Each call takes the data set the file claims to be (`EMSDataSet` by default, `DEMDataSet`, `StateDataSet`):
its root XSD and its national Schematron.

`check(xml)` lists every reason a file is not valid (`Problem`); an exporter refuses to write a file with an
`error`, an importer refuses to read one. The XSD and the rules are compiled once per process, on first use,
and both are safe to call from several threads (each holds its own lock while it runs).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from epcr.exports.nemsis.saxon import CompiledSchematron, RulesNotEvaluated
from epcr.exports.nemsis.xsd_messages import readable
from epcr.resources import resources_dir

SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_NS = {"s": SVRL[1:-1], "n": "http://www.nemsis.org"}


@dataclass(frozen=True)
class Problem:
    """One reason a file is not valid NEMSIS v3.5.1."""

    source: str  # "xsd" or "schematron"
    severity: str  # "error" or "warning"
    element: str | None  # the NEMSIS element id (= the XML element name), e.g. "eVitals.06"
    location: str  # "line 42", or an XPath-like path when the file is all on one line
    message: str  # the reason in words, e.g. "value '900' is above the maximum 500"
    rule: str | None = None  # the Schematron assert id (nemSch_e003 ...) when source == "schematron"

    def __str__(self) -> str:
        warning = "warning: " if self.severity == "warning" else ""
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{self.element or 'file'} ({self.location}): {warning}{self.message}{rule}"


def xsd_dir() -> Path:
    return resources_dir() / "nemsis" / "xsd"


DATASETS = ("EMSDataSet", "DEMDataSet", "StateDataSet")


def schematron_path(dataset: str = "EMSDataSet") -> Path:
    return resources_dir() / "nemsis" / "schematron" / f"{_known(dataset)}.sch"


def _known(dataset: str) -> str:
    if dataset not in DATASETS:
        raise ValueError(f"unknown NEMSIS data set {dataset!r}; one of {', '.join(DATASETS)}")
    return dataset


# ---- parsing -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    tree: etree._ElementTree
    multiline: bool


def _parser() -> etree.XMLParser:
    # No entities, no DTD, no network: an imported file is untrusted input.
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def _parse(xml: bytes, source: str) -> _Parsed | Problem:
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno or 1
        return Problem(source, "error", None, f"line {line}", f"not well-formed XML: {error.msg}")
    tree = root.getroottree()
    if tree.docinfo.doctype:
        return Problem(source, "error", None, "line 1", "a NEMSIS file may not carry a DOCTYPE declaration")
    return _Parsed(tree, multiline=b"\n" in xml.strip())


def _path(element: etree._Element) -> str:
    """/EMSDataSet/Header/PatientCareReport/eVitals/eVitals.VitalGroup[2]/eVitals.06"""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        parent = node.getparent()
        same = [] if parent is None else [s for s in parent if isinstance(s.tag, str) and s.tag == node.tag]
        steps.append(f"{name}[{same.index(node) + 1}]" if len(same) > 1 else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _where(parsed: _Parsed, element: etree._Element | None, line: int | None) -> str:
    line = line or (element.sourceline if element is not None else None)
    if parsed.multiline and line:
        return f"line {line}"
    if element is not None:  # a file on one line: "line 1" says nothing
        return _path(element)
    return f"line {line}" if line else "file"


# ---- XSD -----------------------------------------------------------------------------------------------

_xsd_lock = threading.Lock()
_xsd: dict[str, etree.XMLSchema] = {}


def _schema(dataset: str) -> etree.XMLSchema:
    if dataset not in _xsd:
        _xsd[dataset] = etree.XMLSchema(etree.parse(str(xsd_dir() / f"{_known(dataset)}_v3.xsd")))
    return _xsd[dataset]


def _xsd_check(parsed: _Parsed, dataset: str = "EMSDataSet") -> list[Problem]:
    with _xsd_lock:  # the schema keeps its error log on itself: one validation at a time
        schema = _schema(dataset)
        if schema.validate(parsed.tree):
            return []
        entries = [(entry.message, entry.line, entry.path) for entry in schema.error_log]
    problems: list[Problem] = []
    seen: set[tuple[str | None, int]] = set()
    for message, line, path in entries:
        words = readable(message)
        if words.derived and (words.element, line) in seen:
            continue  # libxml2 repeats a facet failure as "not a valid value of the type"
        seen.add((words.element, line))
        element = _at_libxml2_path(parsed.tree, path)
        problems.append(Problem("xsd", "error", words.element, _where(parsed, element, line), words.text))
    return problems


_LIBXML2_STEP = re.compile(r"/(?P<name>[^/\[]+)(?:\[(?P<position>\d+)\])?")


def _at_libxml2_path(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    """The element of a libxml2 node path: /*/*[2]/n:eVitals.06[3], prefixes as the file wrote them."""
    node: etree._Element | None = None
    for step in _LIBXML2_STEP.finditer(path or ""):
        name, position = step["name"], int(step["position"] or 1)
        children = [tree.getroot()] if node is None else [c for c in node if isinstance(c.tag, str)]
        if name != "*":  # prefix:local or local: counted among the same-named siblings
            local = name.split(":")[-1]
            children = [c for c in children if etree.QName(c).localname == local]
        if len(children) < position:
            return None
        node = children[position - 1]
    return node


def xsd_problems(xml: bytes, dataset: str = "EMSDataSet") -> list[Problem]:
    """The file against the official <dataset>_v3.xsd; every libxml2 error as one Problem."""
    parsed = _parse(xml, "xsd")
    return [parsed] if isinstance(parsed, Problem) else _xsd_check(parsed, dataset)


# ---- Schematron ----------------------------------------------------------------------------------------

_rules_lock = threading.Lock()
_rules: dict[str, CompiledSchematron] = {}


def national_rules(dataset: str = "EMSDataSet") -> CompiledSchematron:
    """The data set's national Schematron, compiled on first use (about half a second) and kept."""
    with _rules_lock:
        if dataset not in _rules:
            _rules[dataset] = CompiledSchematron(schematron_path(dataset).read_bytes())
        return _rules[dataset]


_STEP = re.compile(r"/\*:([^\[/]+)\[(\d+)\]")


def _located(tree: etree._ElementTree, location: str) -> etree._Element | None:
    """The element an SVRL location (/*:EMSDataSet[1]/*:Header[1]/...) names."""
    node: etree._Element | None = None
    for name, position in _STEP.findall(location):
        candidates = [tree.getroot()] if node is None else list(node)
        named = [c for c in candidates if isinstance(c.tag, str) and etree.QName(c).localname == name]
        if len(named) < int(position):
            return None
        node = named[int(position) - 1]
    return node


def _severity(role: str | None, is_assert: bool) -> str:
    word = (role or "").strip("[] ").lower()
    if word in {"error", "fatal"}:
        return "error"
    if word in {"warning", "warn", "info", "information"}:
        return "warning"
    return "error" if is_assert else "warning"  # an unlabelled failed assert is a failure


def _svrl_problems(parsed: _Parsed, svrl: etree._Element) -> list[Problem]:
    problems: list[Problem] = []
    for result in svrl:
        if result.tag not in (f"{SVRL}failed-assert", f"{SVRL}successful-report"):
            continue
        element = _located(parsed.tree, result.get("location", ""))
        missing = result.xpath("string((.//n:elementsMissing/n:element/@name)[1])", namespaces=_NS)
        name = str(missing) or (etree.QName(element).localname if element is not None else None)
        text = " ".join(" ".join(t.strip() for t in result.xpath("./s:text//text()", namespaces=_NS)).split())
        problems.append(
            Problem(
                "schematron",
                _severity(result.get("role"), result.tag == f"{SVRL}failed-assert"),
                name,
                _where(parsed, element, None),
                text,
                rule=result.get("id"),
            )
        )
    return problems


def _text(parsed: _Parsed) -> str:
    return etree.tostring(parsed.tree.getroot(), encoding="unicode")


def _rules_check(parsed: _Parsed, dataset: str = "EMSDataSet") -> list[Problem]:
    try:
        svrl = national_rules(dataset).run(_text(parsed))
    except RulesNotEvaluated as error:
        return [
            Problem(
                "schematron", "error", None, "file", f"the national rules could not be evaluated: {error}"
            )
        ]
    return _svrl_problems(parsed, svrl)


def schematron_problems(xml: bytes, dataset: str = "EMSDataSet") -> list[Problem]:
    """The national Schematron rules: [ERROR] asserts are errors, [WARNING] asserts warnings."""
    parsed = _parse(xml, "schematron")
    return [parsed] if isinstance(parsed, Problem) else _rules_check(parsed, dataset)


def check(xml: bytes, rules: bool = True, dataset: str = "EMSDataSet") -> list[Problem]:
    """XSD first; the national rules only when the XSD passes (they assume a well-typed file) and `rules`."""
    parsed = _parse(xml, "xsd")
    if isinstance(parsed, Problem):
        return [parsed]
    problems = _xsd_check(parsed, dataset)
    if problems or not rules:
        return problems
    return _rules_check(parsed, dataset)
