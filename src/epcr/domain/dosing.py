"""How a dose reads ("0.4 mg SL") and which dose units fit a drug.

Data, not code: resources/medications/abbreviations.toml (short unit and route names by NEMSIS code value) and
resources/medications/dose_units.toml (drug code -> units offered, routes typical for it; a default for the
rest). An agency extends the table with `agency-dose-units.toml` in the device's data folder; a bad agency
file is refused whole with its file and line, and the shipped table stays in force. Pure Python: no Qt.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from epcr.domain.nemsis.codes import DoseUnit, MedicationRoute
from epcr.resources import resources_dir

SHIPPED = "dose_units.toml"
ABBREVIATIONS = "abbreviations.toml"
AGENCY_FILE = "agency-dose-units.toml"  # in the device's data folder, beside the database
_DRUG_CODE = re.compile(r"[0-9]{2,18}")  # RxNorm RXCUI (SNOMED CT for blood products): digits
_SECTIONS = {"default", "drug"}
_KEYS = {"name", "units", "routes"}
Code = TypeVar("Code", DoseUnit, MedicationRoute)


class DoseTableError(ValueError):
    """A dose-unit table refused at load: where and why."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        where = f"{self.path} line {line}" if line else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Dosing:
    """What the app offers for one drug: its dose units (in order) and the routes typical for it."""

    units: tuple[DoseUnit, ...]
    routes: tuple[MedicationRoute, ...]
    name: str = ""


@dataclass(frozen=True)
class DoseTable:
    default: Dosing
    drugs: Mapping[str, Dosing]

    def dosing(self, code: str | None) -> Dosing:
        return self.drugs.get(code or "", self.default)

    def units_for(self, code: str | None, weight_recorded: bool) -> tuple[DoseUnit, ...]:
        """The units offered for the drug; per-kilogram units only when the patient's weight is recorded."""
        units = self.dosing(code).units
        return units if weight_recorded else tuple(u for u in units if not per_kilogram(u))

    def routes_for(self, code: str | None) -> tuple[MedicationRoute, ...]:
        """Typical routes for the drug first, then every other route (a crew is never stuck)."""
        typical = self.dosing(code).routes
        return typical + tuple(r for r in MedicationRoute if r not in typical)


@dataclass(frozen=True)
class ActiveDoseTable:
    table: DoseTable
    problems: list[str] = field(default_factory=list)  # what was refused, and what is used instead


# -- reading a dose ------------------------------------------------------------------------------------------


@cache
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    data = tomllib.loads((resources_dir() / "medications" / ABBREVIATIONS).read_text(encoding="utf-8"))
    return dict(data["units"]), dict(data["routes"])


def unit_abbreviation(unit: DoseUnit) -> str:
    return _abbreviations()[0].get(unit.value, unit.label)


def route_abbreviation(route: MedicationRoute) -> str:
    return _abbreviations()[1].get(route.value, route.label)


def per_kilogram(unit: DoseUnit) -> bool:
    """mg/kg, mcg/kg/min, units/kg...: the NEMSIS label says so (a dose that needs the patient's weight)."""
    return "per kilogram" in unit.label.casefold()


def dose_text(dose: Any, unit: Any = None, route: Any = None) -> str:
    """ "0.4 mg SL": the dose (eMedications.05), its unit (.06) and route (.04), whichever are recorded."""
    words = []
    if isinstance(dose, (int, float)) and not isinstance(dose, bool):
        words.append(f"{dose:g}")
    if isinstance(unit, DoseUnit):
        words.append(unit_abbreviation(unit))
    if isinstance(route, MedicationRoute):
        words.append(route_abbreviation(route))
    return " ".join(words)


def weight_recorded(report: Any) -> bool:
    """Is the patient's weight (eExam.01) on the report? Only then can a per-kilogram dose be checked."""
    weight = getattr(getattr(report, "patient", None), "weight_kg", None)
    return isinstance(weight, (int, float)) and not isinstance(weight, bool) and weight > 0


# -- the table -----------------------------------------------------------------------------------------------


def shipped_path() -> Path:
    return resources_dir() / "medications" / SHIPPED


def load(*paths: Path) -> DoseTable:
    """The shipped table, then each file in `paths` over it (an agency's)."""
    table = _apply(None, shipped_path())
    for path in paths:
        table = _apply(table, path)
    return table


def active_dose_table(home: Path | None) -> ActiveDoseTable:
    """The table in force on this device: shipped, plus the agency file when there is a good one. Read once
    per version of that file (the Medications page of every report opened asks for it)."""
    agency = home / AGENCY_FILE if home is not None else None
    return _active(agency, file_stamp(agency))


def file_stamp(path: Path | None) -> tuple[int, int] | None:
    """What changes when a file is replaced or edited (modified time, size); None when there is none."""
    try:
        found = path.stat() if path is not None else None
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size) if found is not None else None


@functools.lru_cache(maxsize=8)
def _active(agency: Path | None, stamp: tuple[int, int] | None) -> ActiveDoseTable:
    if agency is None or stamp is None:
        return ActiveDoseTable(load())
    try:
        return ActiveDoseTable(load(agency))
    except DoseTableError as error:
        return ActiveDoseTable(load(), [str(error), "using the shipped dose-unit table"])


def _apply(below: DoseTable | None, path: Path) -> DoseTable:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DoseTableError(path, None, f"cannot read: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match[1]) if match else len(text.splitlines()) or None  # "at end of document"
        raise DoseTableError(path, line, f"not valid TOML: {error}") from None
    lines = text.splitlines()
    unknown = sorted(set(data) - _SECTIONS)
    if unknown:
        raise DoseTableError(
            path,
            _line(lines, rf"\[\s*{re.escape(unknown[0])}\b"),
            f'unknown section(s) {unknown}; allowed: [default] and [drug."RXCUI"]',
        )
    raw_default = data.get("default")
    if below is None and not isinstance(raw_default, dict):
        raise DoseTableError(path, None, "missing [default] with the units and routes for drugs not listed")
    default = below.default if below else Dosing((), ())
    if raw_default is not None:
        default = _dosing(raw_default, default, path, _line(lines, r"\[\s*default\s*\]"), "[default]")
    if not default.units:
        raise DoseTableError(path, _line(lines, r"\[\s*default\s*\]"), "[default] needs units = [...]")
    drugs = dict(below.drugs) if below else {}
    raw_drugs = data.get("drug", {})
    if not isinstance(raw_drugs, dict):
        raise DoseTableError(path, _line(lines, r"drug\s*="), 'write each drug as [drug."RXCUI"]')
    for code, raw in raw_drugs.items():
        where = _line(lines, rf"\[\s*drug\s*\.\s*\"?{re.escape(code)}\"?\s*\]")
        what = f'[drug."{code}"]'
        if not _DRUG_CODE.fullmatch(code):
            raise DoseTableError(
                path, where, f"{what}: {code!r} is not a medication code (RxNorm RXCUI, digits), e.g. 4917"
            )
        if not isinstance(raw, dict):
            raise DoseTableError(path, where, f"{what} must be a table with units and routes")
        if code not in drugs and "units" not in raw:
            raise DoseTableError(path, where, f"{what} needs units = [...] (the units offered for it)")
        drugs[code] = _dosing(raw, drugs.get(code, Dosing((), ())), path, where, what)
    return DoseTable(default, drugs)


def _dosing(raw: dict[str, Any], below: Dosing, path: Path, line: int | None, what: str) -> Dosing:
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise DoseTableError(path, line, f"{what}: unknown key(s) {unknown}; allowed: {sorted(_KEYS)}")
    name = raw.get("name", below.name)
    if not isinstance(name, str):
        raise DoseTableError(path, line, f"{what}: name must be text")
    dosing = replace(below, name=name)
    if "units" in raw:
        units = _codes(raw["units"], DoseUnit, _abbreviations()[0], path, line, f"{what} units")
        if not units:
            raise DoseTableError(path, line, f"{what} units: name at least one unit")
        dosing = replace(dosing, units=units)
    if "routes" in raw:
        routes = _codes(raw["routes"], MedicationRoute, _abbreviations()[1], path, line, f"{what} routes")
        dosing = replace(dosing, routes=routes)
    return dosing


def _codes(
    raw: Any, kind: type[Code], abbreviations: dict[str, str], path: Path, line: int | None, what: str
) -> tuple[Code, ...]:
    """Code values ("3706021") or their abbreviations ("mg"), each checked against the NEMSIS list."""
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise DoseTableError(path, line, f'{what} must be a list of texts, e.g. ["3706021"] or ["mg"]')
    by_word = {word.casefold(): code for code, word in abbreviations.items()}
    known = {member.value for member in kind}
    found: list[Code] = []
    for text in raw:
        code = text if text in known else by_word.get(text.casefold())
        if code is None:
            sample = ", ".join(f"{c} ({w})" for c, w in list(abbreviations.items())[:3])
            raise DoseTableError(
                path, line, f"{what}: {text!r} is not a {kind.__name__} code or abbreviation; e.g. {sample}"
            )
        member = kind(code)
        if member in found:
            raise DoseTableError(path, line, f"{what}: {text!r} is listed twice")
        found.append(member)
    return tuple(found)


def _line(lines: Iterable[str], pattern: str) -> int | None:
    header = re.compile(rf"^\s*{pattern}")
    for number, line in enumerate(lines, start=1):
        if header.match(line):
            return number
    return None
