"""Clinical tables the medical director reads and tunes: vital-sign flags by age band and the thresholds of
the protocol rules, as data (resources/clinical/*.toml), each limit with its source.

The shipped tables apply from their own date; an agency file in the device home (`agency-clinical.toml`)
changes thresholds from its `effective_from` on, so a call keeps the thresholds of its day. A file that is
wrong in any way is refused whole, naming the file, the line and the problem; the last good agency file stays
in force (as the scope tables do: epcr.rules.scope.library). Everything is parsed once into plain tuples: a
validation only looks thresholds up.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from epcr.domain.age import patient_age
from epcr.domain.nemsis.codes import AgeUnits
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.report import Report
from epcr.resources import resources_dir
from epcr.rules.agency_files import in_force

VITAL_SIGNS_FILE = "vital_signs.toml"
PROTOCOLS_FILE = "protocols.toml"
AGENCY_FILE = "agency-clinical.toml"
LAST_GOOD_FILE = "agency-clinical.last-good.toml"

# The vitals a limit may name: label, element, and the element's own range (a limit outside it is a typo).
VITALS: dict[str, tuple[str, str, float, float]] = {
    "heart_rate": ("Heart rate", "eVitals.10", 0, 500),
    "respiratory_rate": ("Respiratory rate", "eVitals.14", 0, 300),
    "sbp": ("Systolic BP", "eVitals.06", 0, 500),
    "spo2": ("SpO2", "eVitals.12", 0, 100),
    "temperature_c": ("Temperature", "eVitals.24", 0, 50),
    "glucose": ("Blood glucose", "eVitals.18", 0, 2000),
    "gcs_total": ("GCS", "eVitals.23", 3, 15),
}
_LIMIT_KEYS = {"below", "above", "per_year", "at_most", "source"}
_TABLE_KEYS = {"id", "name", "source", "effective_from", "extends"}
_BAND_KEYS = {"id", "name", "from", "under", "source", *VITALS}
_THRESHOLD_KEYS = {"value", "unit", "rules", "source"}
_DAYS = {"day": 1.0, "month": 365.25 / 12, "year": 365.25}  # 12 months are exactly one year
_AGE = re.compile(r"^\s*(\d+)\s+(day|month|year)s?\s*$")
YEAR_DAYS = _DAYS["year"]


class ClinicalTableError(ValueError):
    """A clinical table refused at load: where and why."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        where = f"{self.path} line {line}" if line else self.path
        super().__init__(f"{where}: {problem}")


# -- the tables ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Limit:
    vital: str  # a key of VITALS, also the VitalSigns field (gcs_total: the GCS group's total)
    below: float | None  # flagged below this
    above: float | None  # flagged above this
    per_year: float = 0.0  # `below` rises this much per year of age ...
    at_most: float | None = None  # ... up to this
    source: str = ""

    def low_for(self, years: float) -> float | None:
        if self.below is None or not self.per_year:
            return self.below
        low = self.below + self.per_year * int(years)  # whole years, as PALS counts them
        return low if self.at_most is None else min(low, self.at_most)

    def describe(self) -> str:
        parts = []
        if self.below is not None:
            low = _number(self.below)
            if self.per_year:
                low = f"{low} + {_number(self.per_year)} x age"
                low += f" (at most {_number(self.at_most)})" if self.at_most is not None else ""
            parts.append(f"< {low}")
        if self.above is not None:
            parts.append(f"> {_number(self.above)}")
        return " or ".join(parts)


@dataclass(frozen=True, slots=True)
class Band:
    id: str
    name: str
    from_text: str
    under_text: str | None
    from_days: float
    under_days: float | None  # None: no upper bound
    source: str
    limits: tuple[Limit, ...]  # the band's own, then the any-age limits it does not set itself

    def holds(self, days: float) -> bool:
        return self.from_days <= days and (self.under_days is None or days < self.under_days)

    @property
    def span(self) -> str:
        return f"{self.from_text} to under {self.under_text}" if self.under_text else f"{self.from_text} on"


@dataclass(frozen=True, slots=True)
class Threshold:
    id: str
    value: Any
    unit: str
    rules: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Clinical:
    """One version of the tables: what a call of a given day is checked against."""

    id: str
    name: str
    source: str
    effective_from: date
    bands: tuple[Band, ...]
    thresholds: dict[str, Threshold]
    layers: tuple[str, ...] = ()  # the shipped tables, then the agency's, by id

    def band_for(self, days: float | None) -> Band:
        """The band of an age in days; an unknown age gets the last (adult) band, as before."""
        if days is not None:
            for band in self.bands:
                if band.holds(days):
                    return band
        return self.bands[-1]

    def value(self, threshold: str) -> Any:
        return self.thresholds[threshold].value

    def source_of(self, threshold: str) -> str:
        return self.thresholds[threshold].source


@dataclass(frozen=True)
class ClinicalTables:
    """The versions in force by date: the shipped tables, then the agency's from its effective date."""

    versions: tuple[Clinical, ...]  # oldest first
    problems: tuple[str, ...] = field(default=())  # a refused agency file, and what is used instead

    def on(self, day: date) -> Clinical:
        chosen = self.versions[0]
        for version in self.versions[1:]:
            if version.effective_from <= day:
                chosen = version
        return chosen

    @property
    def latest(self) -> Clinical:
        return self.versions[-1]


# -- the patient's age -----------------------------------------------------------------------------------

_UNIT_DAYS = {
    AgeUnits.YEARS: _DAYS["year"],
    AgeUnits.MONTHS: _DAYS["month"],
    AgeUnits.DAYS: 1.0,
    AgeUnits.HOURS: 1 / 24,
    AgeUnits.MINUTES: 1 / 1440,
}


def age_in_days(report: Report) -> float | None:
    """The patient's age in days: ePatient.15/.16 as documented, else the date of birth on the call's date;
    None when neither says it."""
    age, units = report.patient.age, report.patient.age_units
    if type(age) is int and isinstance(units, AgeUnits):
        return age * _UNIT_DAYS[units]
    from_birth = patient_age(report)
    return None if from_birth is None else from_birth.value * _UNIT_DAYS[from_birth.units]


# -- loading ---------------------------------------------------------------------------------------------


def shipped_paths() -> tuple[Path, Path]:
    folder = resources_dir() / "clinical"
    return folder / VITAL_SIGNS_FILE, folder / PROTOCOLS_FILE


@cache
def shipped() -> Clinical:
    """The shipped tables (parsed once per process)."""
    vitals_path, protocols_path = shipped_paths()
    vitals, protocols = _parse_file(vitals_path), _parse_file(protocols_path)
    return _base(vitals, protocols)


@cache
def shipped_tables() -> ClinicalTables:
    return ClinicalTables((shipped(),))


def load(*agency: Path) -> ClinicalTables:
    """The shipped tables, then each agency file onto the one before it (raises ClinicalTableError)."""
    versions = [shipped()]
    for path in agency:
        versions.append(_apply(versions[-1], _parse_file(path)))
    return ClinicalTables(tuple(versions))


def load_clinical(home: Path | None) -> ClinicalTables:
    """The tables in force on this device: the shipped ones and the agency file in `home` if it is good; a
    bad file leaves the last good one in force (or the shipped tables), and says so in `problems`."""
    if home is None:
        return shipped_tables()
    tables, problems = in_force(
        home / AGENCY_FILE,
        home / LAST_GOOD_FILE,
        load,
        ClinicalTableError,
        shipped_tables,
        ("the last good agency file", "the shipped clinical tables only"),
    )
    return replace(tables, problems=tuple(problems)) if problems else tables


@dataclass(frozen=True)
class _Parsed:
    path: Path
    head: dict[str, Any]
    head_line: int | None
    any_age: dict[str, Limit]
    bands: list[tuple[dict[str, Any], dict[str, Limit], int]]  # raw band, its limits, its line
    thresholds: dict[str, tuple[Any, int]]  # raw threshold table, its line


def _parse_file(path: Path) -> _Parsed:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ClinicalTableError(path, None, f"cannot read: {error}") from None
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> _Parsed:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise ClinicalTableError(path, int(match[1]) if match else None, f"not valid TOML: {error}") from None
    lines = _Lines(text)
    unknown = sorted(set(data) - {"table", "any_age", "band", "protocol"})
    if unknown:
        raise ClinicalTableError(
            path, None, f"unknown section(s) {unknown}; allowed: table, any_age, band, protocol"
        )
    head = data.get("table")
    head_line = lines.header("table")
    if not isinstance(head, dict):
        raise ClinicalTableError(path, None, "missing [table] with at least id, name and source")
    _keys(head, _TABLE_KEYS, path, head_line, "[table]")
    for key in ("id", "name", "source"):
        if not isinstance(head.get(key), str) or not head[key].strip():
            raise ClinicalTableError(path, head_line, f"[table] {key} must be a non-empty text")
    effective = head.get("effective_from")
    if effective is not None and (not isinstance(effective, date) or hasattr(effective, "hour")):
        raise ClinicalTableError(path, head_line, "[table] effective_from must be a date like 2026-07-01")
    any_age_raw = data.get("any_age", {})
    any_line = lines.header("any_age")
    if not isinstance(any_age_raw, dict):
        raise ClinicalTableError(path, any_line, "[any_age] maps vitals to limits")
    any_age = {}
    for vital, raw in any_age_raw.items():
        where = lines.key(vital, any_line)
        if vital not in VITALS:
            raise ClinicalTableError(
                path, where, f"[any_age] {vital!r} is no vital; vitals: {sorted(VITALS)}"
            )
        any_age[vital] = _limit(vital, raw, path, where, "[any_age]")
    bands = []
    raw_bands = data.get("band", [])
    if not isinstance(raw_bands, list):
        raise ClinicalTableError(path, lines.header("band"), "use [[band]] for each age band")
    for index, raw in enumerate(raw_bands):
        line = lines.header("[band]", index) or 0
        if not isinstance(raw, dict):
            raise ClinicalTableError(path, line, "[[band]] must be a table")
        what = f"[[band]] {raw.get('id', index + 1)!r}"
        if not isinstance(raw.get("id"), str) or not raw["id"].strip():
            raise ClinicalTableError(path, line, '[[band]] needs id = "..." (e.g. "infant")')
        unknown_keys = sorted(set(raw) - _BAND_KEYS)
        if unknown_keys:
            raise ClinicalTableError(
                path,
                lines.key(unknown_keys[0], line),
                f"{what}: unknown key(s) {unknown_keys}; allowed: {sorted(_BAND_KEYS)}",
            )
        limits = {
            vital: _limit(vital, value, path, lines.key(vital, line), what)
            for vital, value in raw.items()
            if vital in VITALS
        }
        for key in ("name", "source", "from", "under"):
            if key in raw and not isinstance(raw[key], str):
                raise ClinicalTableError(path, lines.key(key, line), f"{what}: {key} must be text")
        bands.append((raw, limits, line))
    thresholds_raw = data.get("protocol", {})
    if not isinstance(thresholds_raw, dict):
        raise ClinicalTableError(path, lines.header("protocol"), "use [protocol.<name>] for each threshold")
    thresholds = {}
    for name, raw in thresholds_raw.items():
        line = lines.header(f"protocol.{name}") or lines.header("protocol") or 0
        if not isinstance(raw, dict) or "value" not in raw:
            raise ClinicalTableError(path, line, f"[protocol.{name}] needs value = ...")
        unknown_keys = sorted(set(raw) - _THRESHOLD_KEYS)
        if unknown_keys:
            raise ClinicalTableError(
                path,
                lines.key(unknown_keys[0], line),
                f"[protocol.{name}]: unknown key(s) {unknown_keys}; allowed: {sorted(_THRESHOLD_KEYS)}",
            )
        thresholds[name] = (raw, line)
    return _Parsed(path, head, head_line, any_age, bands, thresholds)


def _base(vitals: _Parsed, protocols: _Parsed) -> Clinical:
    """The shipped tables: bands that cover every age from birth on, and every threshold the rules read."""
    path = vitals.path
    bands: list[Band] = []
    previous: float = 0.0
    for index, (raw, _limits, line) in enumerate(vitals.bands):
        what = f"[[band]] {raw['id']!r}"
        for key in ("name", "from", "source"):
            if not raw.get(key):
                raise ClinicalTableError(path, line, f'{what} needs {key} = "..."')
        start = _age(raw["from"], path, line, what)
        last = index == len(vitals.bands) - 1
        if "under" not in raw and not last:
            raise ClinicalTableError(path, line, f'{what} needs under = "..." (only the last band has none)')
        if "under" in raw and last:
            raise ClinicalTableError(path, line, f"{what} is the last band: it has no upper age (under)")
        end = _age(raw["under"], path, line, what) if "under" in raw else None
        if start != previous:
            expected = (
                "0 days"
                if index == 0
                else f"the previous band's under ({vitals.bands[index - 1][0]['under']})"
            )
            raise ClinicalTableError(
                path, line, f"{what} starts at {raw['from']!r}: bands run on, from {expected}"
            )
        if end is not None and end <= start:
            raise ClinicalTableError(
                path, line, f"{what}: under {raw['under']!r} is not above from {raw['from']!r}"
            )
        previous = end if end is not None else previous
        bands.append(
            Band(raw["id"], raw["name"], raw["from"], raw.get("under"), start, end, raw["source"], ())
        )
    if not bands:
        raise ClinicalTableError(path, None, "no [[band]]: the vital-sign table needs its age bands")
    if len({b.id for b in bands}) != len(bands):
        raise ClinicalTableError(path, None, "two bands share an id")
    own = {raw["id"]: limits for raw, limits, _ in vitals.bands}
    thresholds = {
        name: _threshold(name, raw, None, protocols.path, line)
        for name, (raw, line) in protocols.thresholds.items()
    }
    missing = sorted(set(_THRESHOLD_CHECKS) - set(thresholds))
    if missing:
        raise ClinicalTableError(protocols.path, None, f"missing [protocol.<name>] for {missing}")
    return Clinical(
        id=vitals.head["id"],
        name=vitals.head["name"],
        source=vitals.head["source"],
        effective_from=vitals.head.get("effective_from") or date.min,
        bands=tuple(_with_limits(b, own[b.id], vitals.any_age) for b in bands),
        thresholds=thresholds,
        layers=(vitals.head["id"], protocols.head["id"]),
    )


def _apply(below: Clinical, agency: _Parsed) -> Clinical:
    """An agency file's changes onto the tables below: limits by band and vital, thresholds by name."""
    path, head = agency.path, agency.head
    if head.get("extends") not in below.layers:
        raise ClinicalTableError(
            path, agency.head_line, f"[table] extends = one of {list(below.layers)} (the tables it changes)"
        )
    if not isinstance(head.get("effective_from"), date):
        raise ClinicalTableError(
            path, agency.head_line, "[table] effective_from = 2026-07-01: the date the changes apply from"
        )
    by_id = {band.id: band for band in below.bands}
    changed: dict[str, dict[str, Limit]] = {}
    for raw, limits, line in agency.bands:
        if raw["id"] not in by_id:
            raise ClinicalTableError(
                path,
                line,
                f"[[band]] {raw['id']!r} is no band; bands: {list(by_id)} (an agency file changes "
                "limits; the bands' ages are the shipped table's)",
            )
        extra = sorted({"name", "from", "under"} & set(raw))
        if extra:
            raise ClinicalTableError(
                path, line, f"[[band]] {raw['id']!r}: {extra} cannot change; set the limits only"
            )
        source = raw.get("source") or head["source"]
        changed[raw["id"]] = {v: _sourced(limit, source) for v, limit in limits.items()}
    any_age = {v: _sourced(limit, head["source"]) for v, limit in agency.any_age.items()}
    bands = []
    for band in below.bands:
        own = {limit.vital: limit for limit in band.limits}
        own |= any_age  # the agency's any-age limit applies to every band ...
        own |= changed.get(band.id, {})  # ... unless it sets that band's own
        bands.append(replace(band, limits=tuple(own.values())))
    thresholds = dict(below.thresholds)
    for name, (raw, line) in agency.thresholds.items():
        if name not in thresholds:
            raise ClinicalTableError(
                path, line, f"[protocol.{name}] is no threshold; thresholds: {sorted(thresholds)}"
            )
        thresholds[name] = _threshold(name, raw, thresholds[name], path, line, head["source"])
    return Clinical(
        id=head["id"],
        name=head["name"],
        source=head["source"],
        effective_from=head["effective_from"],
        bands=tuple(bands),
        thresholds=thresholds,
        layers=(*below.layers, head["id"]),
    )


# -- pieces ----------------------------------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "" if value is None else (str(int(value)) if float(value).is_integer() else str(value))


def _with_limits(band: Band, own: dict[str, Limit], any_age: dict[str, Limit]) -> Band:
    limits = {v: _sourced(limit, band.source) for v, limit in own.items()}
    for vital, limit in any_age.items():
        limits.setdefault(vital, limit)
    return replace(band, limits=tuple(limits.values()))


def _sourced(limit: Limit, source: str) -> Limit:
    return limit if limit.source else replace(limit, source=source)


def _age(text: Any, path: Path, line: int, what: str) -> float:
    match = _AGE.match(text) if isinstance(text, str) else None
    if match is None:
        raise ClinicalTableError(
            path, line, f'{what}: age {text!r} must read like "28 days", "1 month", "3 years"'
        )
    return int(match[1]) * _DAYS[match[2]]


def _limit(vital: str, raw: Any, path: Path, line: int | None, what: str) -> Limit:
    _label, element, lowest, highest = VITALS[vital]
    where = f"{what} {vital}"
    if not isinstance(raw, dict):
        raise ClinicalTableError(path, line, f"{where} must be a table like {{ below = 90, above = 150 }}")
    _keys(raw, _LIMIT_KEYS, path, line, where)
    numbers = {}
    for key in ("below", "above", "per_year", "at_most"):
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ClinicalTableError(path, line, f"{where}: {key} must be a number")
        if key != "per_year" and not lowest <= value <= highest:
            raise ClinicalTableError(
                path, line, f"{where}: {key} = {value} is outside {element}'s range {lowest}-{highest}"
            )
        numbers[key] = float(value)
    below, above = numbers.get("below"), numbers.get("above")
    if below is None and above is None:
        raise ClinicalTableError(path, line, f"{where}: give below = ..., above = ... or both")
    if below is not None and above is not None and below >= above:
        raise ClinicalTableError(
            path, line, f"{where}: below {_number(below)} is not under above {_number(above)}"
        )
    if ("per_year" in numbers or "at_most" in numbers) and below is None:
        raise ClinicalTableError(path, line, f"{where}: per_year and at_most raise `below`; give below too")
    source = raw.get("source", "")
    if not isinstance(source, str):
        raise ClinicalTableError(path, line, f"{where}: source must be text")
    return Limit(vital, below, above, numbers.get("per_year", 0.0), numbers.get("at_most"), source)


def _is_minutes(value: Any) -> bool:
    return type(value) is int and 1 <= value <= 120


def _is_gcs(value: Any) -> bool:
    return type(value) is int and 4 <= value <= 15


def _is_years(value: Any) -> bool:
    return type(value) is int and 1 <= value <= 21


def _is_capabilities(value: Any) -> bool:
    known = ENUMERATIONS.get("eDisposition.23", {})
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v in known for v in value)


_THRESHOLD_CHECKS = {
    "ecg_minutes": (_is_minutes, "a whole number of minutes, 1-120"),
    "refusal_gcs_below": (_is_gcs, "a GCS total, 4-15"),
    "trauma_centers": (_is_capabilities, 'a list of eDisposition.23 codes, e.g. ["9908021", "9908023"]'),
    "child_under_years": (_is_years, "a whole number of years, 1-21"),
}


def _threshold(
    name: str, raw: dict[str, Any], below: Threshold | None, path: Path, line: int, default_source: str = ""
) -> Threshold:
    check = _THRESHOLD_CHECKS.get(name)
    if check is None:
        raise ClinicalTableError(
            path, line, f"[protocol.{name}] is no threshold; thresholds: {sorted(_THRESHOLD_CHECKS)}"
        )
    valid, expected = check
    if not valid(raw["value"]):
        raise ClinicalTableError(path, line, f"[protocol.{name}] value {raw['value']!r}: expected {expected}")
    unit = raw.get("unit", below.unit if below else "")
    rules = raw.get("rules", list(below.rules) if below else [])
    source = raw.get("source") or default_source or (below.source if below else "")
    if not isinstance(unit, str) or not isinstance(source, str) or not source:
        raise ClinicalTableError(path, line, f"[protocol.{name}]: unit and source must be text")
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise ClinicalTableError(path, line, f"[protocol.{name}]: rules must list rule ids")
    value = tuple(raw["value"]) if isinstance(raw["value"], list) else raw["value"]
    return Threshold(name, value, unit, tuple(rules), source)


def _keys(data: dict[str, Any], allowed: set[str], path: Path, line: int | None, what: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ClinicalTableError(path, line, f"{what}: unknown key(s) {unknown}; allowed: {sorted(allowed)}")


class _Lines:
    """Line numbers of sections and keys, so a problem points at its line."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def header(self, section: str, index: int = 0) -> int | None:
        pattern = re.compile(rf"^\s*\[{re.escape(section)}\]\s*(#.*)?$")
        seen = 0
        for number, line in enumerate(self._lines, start=1):
            if pattern.match(line):
                if seen == index:
                    return number
                seen += 1
        return None

    def key(self, key: str, after: int | None) -> int | None:
        """The line of `key = ...` in the section starting at line `after` (else the section's line)."""
        if after is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(after + 1, len(self._lines) + 1):
            line = self._lines[number - 1]
            if line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number
        return after


__all__ = [
    "AGENCY_FILE",
    "VITALS",
    "Band",
    "Clinical",
    "ClinicalTableError",
    "ClinicalTables",
    "Limit",
    "Threshold",
    "age_in_days",
    "describe",
    "load",
    "load_clinical",
    "parse_text",
    "rule_details",
    "shipped",
    "shipped_tables",
]


# -- for people: what `epcr rules` prints ----------------------------------------------------------------

FLAG_RULES = {"vitals.pediatric_flags": False, "vitals.adult_flags": True}  # rule -> the adult band's?


def rule_details(clinical: Clinical) -> dict[str, list[str]]:
    """Per rule id, the lines that say its age bands and thresholds, each with its source."""
    details: dict[str, list[str]] = {}
    for rule_id, adult in FLAG_RULES.items():
        lines = details.setdefault(rule_id, [])
        for band in clinical.bands:
            if (band.under_days is None) is not adult:
                continue
            lines.append(f"{band.name} ({band.span}):")
            for limit in band.limits:
                label = VITALS[limit.vital][0]
                lines.append(f"  {label} {limit.describe()}  [{limit.source}]")
    for threshold in clinical.thresholds.values():
        value = ", ".join(threshold.value) if isinstance(threshold.value, tuple) else threshold.value
        for rule_id in threshold.rules:
            details.setdefault(rule_id, []).append(
                f"{threshold.id} = {value} {threshold.unit}  [{threshold.source}]"
            )
    return details


def describe(tables: ClinicalTables) -> list[str]:
    """The versions of the tables in force, newest last, and any problem with the agency file."""
    lines = [
        f"clinical tables {version.id} ({version.name}), from {version.effective_from.isoformat()}: "
        f"{version.source}"
        for version in tables.versions
        if version.effective_from != date.min
    ] or [f"clinical tables {tables.versions[0].id} ({tables.versions[0].name}): {tables.versions[0].source}"]
    lines += [f"problem: {problem}" for problem in tables.problems]
    return lines
