"""Type-to-search over a code list: what a crew types, ranked best first. No Qt.

`CodeIndex(entries, aliases).search(text)` ranks (code, label) entries for the typed text:

1. the label (or the code) is the text exactly;
2. the text is an abbreviation or other name of the entry (`abbreviations.toml`: "ACS", "SL"; the code
   system's official name for the NEMSIS suggested lists: "Syncope and collapse");
3. the label (or the code) starts with the text;
4. every typed word starts a word of the label, in any order ("fail heart" -> "Heart failure");
5. every typed word is found inside a word of the label ("male" -> "Female", "farct" -> "Infarction");
6. every typed word starts a word of another name of the entry ("coro" -> the abbreviation "coronary").

Ties put shorter labels first, then keep the list's order. Case, accents and punctuation do not matter
("Müller" = "muller", "N/V" = "n v"). Labels are normalised once per index, so a keystroke costs one pass.

Abbreviations are data: `resources/code_search/abbreviations.toml`, one table per code list (`[Impression]`,
`[MedicationRoute]`, ...; the NEMSIS suggested lists and the code lists of `nemsis/codes.py` by class name),
each key what crews type, each value what it means in that list: a code of the list, a whole label, or words
that all appear as words of labels ("Seizure" means all three seizure impressions). An agency extends it
with `<device home>/agency-abbreviations.toml` in the same format: a key it names replaces the shipped
meaning, an empty list removes it. A file whose meanings match nothing in their list is refused whole,
naming the file and line (the shipped abbreviations stay).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from epcr.domain import defined_lists
from epcr.domain.nemsis.codes import LABELS
from epcr.resources import resources_dir

AGENCY_FILE = "agency-abbreviations.toml"

EXACT, ABBREVIATION, PREFIX, WORD, INSIDE, OTHER_NAME = range(6)  # match tiers, best first

DEFINED_LISTS: dict[str, Callable[[], dict[str, defined_lists.CodeEntry]]] = {
    "Impression": defined_lists.impressions,
    "Medication": defined_lists.medications,
    "Procedure": defined_lists.procedures,
    "Symptom": defined_lists.symptoms,
}

_WORDS = re.compile(r"[^\W_]+")  # runs of letters and digits


def normalize(text: str) -> str:
    """Lower case, no accents, words split on anything else: "Non-STEMI (I21.4)" -> "non stemi i21 4"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_WORDS.findall(text.casefold()))


@dataclass(frozen=True, slots=True)
class Match:
    index: int  # position in the entries the index was built from
    code: str
    label: str
    tier: int  # EXACT ... OTHER_NAME


class _Entry:
    __slots__ = ("code", "code_n", "haystack", "label", "label_n", "names", "names_words", "words")

    def __init__(self, code: str, label: str, names: Iterable[str]) -> None:
        self.code, self.code_n, self.label = code, normalize(code), label
        self.label_n = normalize(label)
        self.words = tuple(self.label_n.split())
        others = {normalize(name) for name in names} - {"", self.label_n}
        self.names = frozenset(others)
        self.names_words = tuple(tuple(name.split()) for name in sorted(others))
        self.haystack = " | ".join([self.label_n, self.code_n, *sorted(others)])  # a cheap first filter

    def tier(self, query: str, typed: list[str]) -> int | None:
        if query in (self.label_n, self.code_n):
            return EXACT
        if query in self.names:
            return ABBREVIATION
        if self.label_n.startswith(query) or (self.code_n and self.code_n.startswith(query)):
            return PREFIX
        if all(any(word.startswith(t) for word in self.words) for t in typed):
            return WORD
        if all(any(t in word for word in self.words) for t in typed):
            return INSIDE
        for words in self.names_words:
            if all(any(word.startswith(t) for word in words) for t in typed):
                return OTHER_NAME
        return None


class CodeIndex:
    """Entries (code, label) normalised once; `aliases` maps a code to the other names it is found by."""

    def __init__(
        self, entries: Iterable[tuple[str, str]], aliases: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        names = aliases or {}
        self._entries = [_Entry(code, label, names.get(code, ())) for code, label in entries]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, text: str, limit: int | None = None) -> list[Match]:
        """The entries the text finds, best first; every entry in list order when nothing is typed."""
        query = normalize(text)
        if not query:
            chosen = [(PREFIX, i) for i in range(len(self._entries))]
        else:
            typed = query.split()
            needle = max(typed, key=len)  # every tier needs each typed word somewhere in the haystack
            ranked = []
            for i, entry in enumerate(self._entries):
                if needle in entry.haystack:
                    tier = entry.tier(query, typed)
                    if tier is not None:
                        ranked.append((tier, len(entry.label), i))
            ranked.sort()
            chosen = [(tier, i) for tier, _, i in ranked]
        return [self._match(i, tier) for tier, i in chosen[:limit]]

    def exact(self, text: str) -> Match | None:
        """The entry the text names without doubt: its label or code, or an abbreviation meaning only it."""
        query = normalize(text)
        if not query:
            return None
        named = [i for i, e in enumerate(self._entries) if query in (e.label_n, e.code_n)]
        if named:
            return self._match(named[0], EXACT)
        meant = [i for i, e in enumerate(self._entries) if query in e.names]
        return self._match(meant[0], ABBREVIATION) if len(meant) == 1 else None

    def _match(self, index: int, tier: int) -> Match:
        entry = self._entries[index]
        return Match(index, entry.code, entry.label, tier)


# -- the code lists abbreviations can name --------------------------------------------------------------


def list_names() -> list[str]:
    return [*DEFINED_LISTS, *LABELS]


def list_entries(name: str) -> list[tuple[str, str]]:
    """(code, label) of a NEMSIS suggested list ("Impression") or generated code list ("MedicationRoute")."""
    if name in DEFINED_LISTS:
        return [(code, entry.label) for code, entry in DEFINED_LISTS[name]().items()]
    return list(LABELS[name].items())


def official_names(name: str) -> dict[str, str]:
    """The code system's own name of each code (ICD-10-CM, RxNorm, SNOMED CT) where the list gives one."""
    if name not in DEFINED_LISTS:
        return {}
    return {code: entry.source_label for code, entry in DEFINED_LISTS[name]().items()}


@cache
def _normalised(name: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    return tuple(
        (code, normalize(label), frozenset(normalize(label).split())) for code, label in list_entries(name)
    )


def resolve(name: str, meaning: str) -> frozenset[str]:
    """The codes a meaning names in a list: a code, a whole label, or words that are all words of labels."""
    entries = _normalised(name)
    if any(code == meaning for code, _, _ in entries):
        return frozenset({meaning})
    wanted = normalize(meaning)
    whole = frozenset(code for code, label, _ in entries if label == wanted)
    if whole or not wanted:
        return whole
    words = set(wanted.split())
    return frozenset(code for code, _, label_words in entries if words <= label_words)


@cache
def _lists_by_code() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in list_names():
        for code, _ in list_entries(name):
            found.setdefault(code, []).append(name)
    return found


def guess_list(codes: Iterable[str]) -> str | None:
    """The code list most of these codes come from (the first listed on a tie), or None."""
    given = [code for code in codes if code]
    counts: dict[str, int] = {}
    for code in given:
        for name in _lists_by_code().get(code, ()):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    order = list_names()
    best = min(counts, key=lambda name: (-counts[name], order.index(name)))
    return best if counts[best] * 2 >= len(given) else None


# -- abbreviations as data ------------------------------------------------------------------------------

Meanings = dict[str, dict[str, frozenset[str]]]  # list -> normalised typed text -> codes


class AbbreviationError(ValueError):
    """A bad abbreviations file: the message names the file, the line and what is wrong."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        super().__init__(f"{path}{f':{line}' if line else ''}: {reason}")
        self.path, self.line, self.reason = path, line, reason


@dataclass(frozen=True)
class Abbreviations:
    meanings: Mapping[str, Mapping[str, frozenset[str]]]
    problems: tuple[str, ...] = ()  # an agency file refused, and why

    def aliases(self, name: str | None) -> dict[str, list[str]]:
        """Code -> what else finds it in this list: abbreviations, then the code system's official name."""
        found: dict[str, list[str]] = {}
        if name is None:
            return found
        for typed, codes in self.meanings.get(name, {}).items():
            for code in codes:
                found.setdefault(code, []).append(typed)
        for code, official in official_names(name).items():
            found.setdefault(code, []).append(official)
        return found

    def index(self, name: str) -> CodeIndex:
        """A whole named list, searchable with its abbreviations."""
        return CodeIndex(list_entries(name), self.aliases(name))


def shipped_file() -> Path:
    return resources_dir() / "code_search" / "abbreviations.toml"


def load_abbreviations(home: Path | None = None) -> Abbreviations:
    """The shipped abbreviations, extended by the agency's file in the device home if that file is good."""
    shipped = parse_file(shipped_file())
    agency = home / AGENCY_FILE if home is not None else None
    if agency is None or not agency.exists():
        return Abbreviations(shipped)
    try:
        extra = parse_file(agency)
    except AbbreviationError as error:
        return Abbreviations(shipped, (f"{error} (the shipped abbreviations are used)",))
    merged = {name: dict(table) for name, table in shipped.items()}
    for name, table in extra.items():
        for typed, codes in table.items():
            merged.setdefault(name, {})[typed] = codes  # the agency's meaning replaces the shipped one
    return Abbreviations({name: {k: v for k, v in table.items() if v} for name, table in merged.items()})


def parse_file(path: Path) -> Meanings:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AbbreviationError(path, None, f"cannot read: {error}") from None
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> Meanings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise AbbreviationError(path, int(found[1]) if found else None, f"not valid TOML: {error}") from None
    lines = _lines(text)
    known = set(list_names())
    meanings: Meanings = {}
    for name, table in data.items():
        where = lines.get((name, None))
        if name not in known:
            raise AbbreviationError(
                path,
                where,
                f"[{name}] is no code list; use Impression, Medication, Procedure, Symptom or "
                "a NEMSIS list such as MedicationRoute, DoseUnit, UnitCapability",
            )
        if not isinstance(table, dict):
            raise AbbreviationError(path, where, f'[{name}] must be a table of  typed = ["meaning", ...]')
        for key, targets in table.items():
            line = lines.get((name, key), where)
            if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
                raise AbbreviationError(path, line, f"{key} must be a list of texts: codes or label words")
            typed = normalize(key)
            if not typed:
                raise AbbreviationError(path, line, f"{key!r} has no letters or digits to type")
            codes: set[str] = set()
            for target in targets:
                meant = resolve(name, target)
                if not meant:
                    raise AbbreviationError(path, line, f"{key} = {target!r} matches nothing in {name}")
                codes |= meant
            table_out = meanings.setdefault(name, {})
            table_out[typed] = table_out.get(typed, frozenset()) | codes
    return meanings


_HEADER = re.compile(r"""^\s*\[\s*(?:"([^"]*)"|([A-Za-z0-9_-]+))\s*\]""")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


def _lines(text: str) -> dict[tuple[str, str | None], int]:
    """Where each [list] and each key of it is written (for messages; simple keys and headers only)."""
    where: dict[tuple[str, str | None], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if header := _HEADER.match(line):
            section = header[1] if header[1] is not None else header[2]
            where.setdefault((section, None), number)
        elif key := _KEY.match(line):
            name = next(group for group in key.groups() if group is not None)
            where.setdefault((section, name), number)
    return where
