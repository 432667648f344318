"""The drug reference as data: per drug and route, the weight-based and maximum single dose by age band, the
units that fit, and the listed contraindications, each with its source (resources/medications/
drug_reference.toml).

An agency extends it with `agency-drug-reference.toml` in the device's data folder: its dated entries win from
their effective_from on. A file that is wrong in any way is refused whole with its file, line and the problem,
and the last good agency file stays in force (as the scope tables do: rules/scope/library.py).
"""

from __future__ import annotations

import functools
import re
import shutil
import tomllib
from bisect import insort
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeGuard

from epcr.domain.defined_lists import medications
from epcr.domain.dosing import route_abbreviation, unit_abbreviation
from epcr.domain.nemsis.codes import DoseUnit, MedicationRoute
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.resources import resources_dir
from epcr.rules.agency_files import in_force
from epcr.rules.findings import Severity

SHIPPED = "drug_reference.toml"
AGENCY_FILE = "agency-drug-reference.toml"  # in the device's data folder, beside the database
LAST_GOOD_FILE = "agency-drug-reference.last-good.toml"
_SECTIONS = {"reference", "settings", "band", "tape", "list", "allergy", "drug"}
_REFERENCE_KEYS = {"id", "name", "extends", "effective_from", "source"}
_SETTINGS_KEYS = {"per_kg_tolerance", "per_kg_error_factor", "unknown_age_band", "source"}
_DRUG_KEYS = {"name", "units", "mg_per_ml", "source", "dose", "contraindication"}
_DOSE_KEYS = {"band", "routes", "unit", "per_kg", "max_single", "source", "effective_from", "effective_until"}
_CONTRA_KEYS = {"sbp_below", "taking", "routes", "severity", "source", "effective_from", "effective_until"}
_RXCUI = re.compile(r"[0-9]{2,9}")
# The units a limit is written in, and how many milligrams (or units, mEq) one of them is.
LIMIT_UNITS: dict[str, tuple[str, float]] = {
    "mcg": ("mass", 0.001),
    "mg": ("mass", 1.0),
    "g": ("mass", 1000.0),
    "units": ("units", 1.0),
    "mEq": ("mEq", 1.0),
}
# A recorded dose unit (eMedications.06) as (dimension, factor to the dimension's base, per kilogram). Units
# not here (rates, drops, puffs, inches ...) are not single doses a limit can judge.
DOSE_UNITS: dict[DoseUnit, tuple[str, float, bool]] = {
    DoseUnit.MICROGRAMS_MCG: ("mass", 0.001, False),
    DoseUnit.MILLIGRAMS_MG: ("mass", 1.0, False),
    DoseUnit.GRAMS_GMS: ("mass", 1000.0, False),
    DoseUnit.MICROGRAMS_PER_KILOGRAM_MCG_KG: ("mass", 0.001, True),
    DoseUnit.MILLIGRAMS_PER_KILOGRAM_MG_KG: ("mass", 1.0, True),
    DoseUnit.UNITS: ("units", 1.0, False),
    DoseUnit.UNITS_PER_KILOGRAM_UNITS_KG: ("units", 1.0, True),
    DoseUnit.MILLIEQUIVALENTS_MEQ: ("mEq", 1.0, False),
    DoseUnit.MILLILITERS_ML: ("volume", 1.0, False),  # mL, converted by the drug's mg_per_ml
    DoseUnit.LITERS_L: ("volume", 1000.0, False),
}


class DrugReferenceError(ValueError):
    """A drug reference file refused at load: where and why."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        where = f"{self.path} line {line}" if line else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Dated:
    source: str
    effective_from: date | None
    effective_until: date | None
    layer: int  # 0 national, then each file over it: a higher layer wins where both are in effect

    def in_effect(self, on: date) -> bool:
        return (self.effective_from is None or self.effective_from <= on) and (
            self.effective_until is None or on <= self.effective_until
        )

    @property
    def rank(self) -> tuple[int, date]:
        return (self.layer, self.effective_from or date.min)


@dataclass(frozen=True, slots=True)
class DoseLimit(Dated):
    band: str
    routes: frozenset[str] | None  # eMedications.04 code values; None: every route
    unit: str  # a key of LIMIT_UNITS
    per_kg: float | None  # in unit per kilogram
    max_single: float | None  # in unit


@dataclass(frozen=True, slots=True)
class Contraindication(Dated):
    routes: frozenset[str] | None
    sbp_below: int | None
    taking: str | None  # a list name
    severity: Severity


@dataclass(frozen=True, slots=True)
class Drug:
    code: str
    name: str
    units: frozenset[DoseUnit]
    mg_per_ml: float | None
    source: str
    doses: tuple[DoseLimit, ...] = ()
    contraindications: tuple[Contraindication, ...] = ()


@dataclass(frozen=True, slots=True)
class MedicationList:
    key: str
    name: str
    codes: Mapping[str, str]  # RxNorm RXCUI -> its name (the codes need not be in the NEMSIS list)
    source: str


@dataclass(frozen=True, slots=True)
class AllergyClass:
    code: str  # ICD-10-CM, e.g. Z88.5
    name: str
    drugs: frozenset[str]
    source: str


@dataclass(frozen=True)
class DrugReference:
    id: str
    name: str
    layers: tuple[str, ...]
    bands: tuple[tuple[float, str], ...]  # (from_years, name), youngest first
    settings: Mapping[str, Any]
    tape: Mapping[str, tuple[float, float]]  # eExam.02 code -> (low, high) kg
    tape_source: str
    drugs: Mapping[str, Drug]
    lists: Mapping[str, MedicationList]
    allergies: Mapping[str, AllergyClass]  # by ICD-10-CM code

    @property
    def per_kg_tolerance(self) -> float:
        return float(self.settings["per_kg_tolerance"])

    @property
    def per_kg_error_factor(self) -> float:
        return float(self.settings["per_kg_error_factor"])

    def band_for(self, years: float | None, tape: bool = False) -> str:
        """The age band of a patient; an unknown age measured with the tape is a child, else the setting."""
        if years is None:
            return self.bands[0][1] if tape else str(self.settings["unknown_age_band"])
        found = self.bands[0][1]
        for start, name in self.bands:
            if years >= start:
                found = name
        return found

    def limit(self, drug: str, route: str | None, band: str, on: date) -> DoseLimit | None:
        """The dose limit in force on that day for the drug, route and age band (the highest layer wins)."""
        entry = self.drugs.get(drug)
        best: DoseLimit | None = None
        for limit in entry.doses if entry else ():
            if limit.band != band or not limit.in_effect(on):
                continue
            if limit.routes is not None and route not in limit.routes:
                continue
            if best is None or limit.rank > best.rank:
                best = limit
        return best


@dataclass(frozen=True)
class ActiveDrugReference:
    reference: DrugReference
    problems: list[str] = field(default_factory=list)  # what was refused, and what is used instead


# -- loading -------------------------------------------------------------------------------------------------


def shipped_path() -> Path:
    return resources_dir() / "medications" / SHIPPED


@functools.cache
def shipped() -> DrugReference:
    return load()


def load(*paths: Path) -> DrugReference:
    """The national defaults, then each file in `paths` over them (an agency's)."""
    reference = _apply(None, shipped_path(), 0)
    for layer, path in enumerate(paths, start=1):
        reference = _apply(reference, path, layer)
    return reference


def active_drug_reference(home: Path | None) -> ActiveDrugReference:
    """The reference in force on this device: the national defaults plus the agency file when it is good; a
    bad one leaves the last good agency file in force, and says so. Read once per version of the file."""
    agency = home / AGENCY_FILE if home is not None else None
    return _active(agency, _stamp(agency))


def install(home: Path, source: Path) -> DrugReference:
    """Check `source` whole, then make it the agency file; a bad file raises and changes nothing."""
    reference = load(source)
    staged = home / f".{AGENCY_FILE}.new"
    shutil.copyfile(source, staged)
    staged.replace(home / AGENCY_FILE)  # atomic: a crash leaves the old file or the new, never half
    shutil.copyfile(home / AGENCY_FILE, home / LAST_GOOD_FILE)
    return reference


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        found = path.stat() if path is not None else None
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size) if found is not None else None


@functools.lru_cache(maxsize=8)
def _active(agency: Path | None, stamp: tuple[int, int] | None) -> ActiveDrugReference:
    if agency is None or stamp is None:
        return ActiveDrugReference(shipped())
    reference, problems = in_force(
        agency,
        agency.with_name(LAST_GOOD_FILE),
        load,
        DrugReferenceError,
        shipped,
        ("the last good agency drug reference", "the national drug reference only"),
    )
    return ActiveDrugReference(reference, problems)


class _Lines:
    """Line numbers of table headers ([drug."4337"], the second [[drug."4337".dose]] ...)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[str, int]] = []
        for number, line in enumerate(self.lines, start=1):
            found = re.match(r"^\s*\[\[?([^\]]+)\]\]?", line)
            if found:
                self.headers.append((re.sub(r"[\s\"']", "", found[1]), number))

    def of(self, key: str, index: int = 0) -> int | None:
        hits = [number for header, number in self.headers if header == key]
        return hits[index] if index < len(hits) else (hits[0] if hits else None)

    def key(self, table: int | None, key: str) -> int | None:
        """The line of `key = ...` inside the table whose header is on line `table` (else that line)."""
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range((table or 0) + 1, len(self.lines) + 1):
            text = self.lines[number - 1]
            if re.match(r"^\s*\[", text):
                break
            if pattern.match(text):
                return number
        return table


def _apply(below: DrugReference | None, path: Path, layer: int) -> DrugReference:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DrugReferenceError(path, None, f"cannot read: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise DrugReferenceError(path, int(match[1]) if match else None, f"not valid TOML: {error}") from None
    return _Reader(path, _Lines(text), layer).read(data, below)


class _Reader:
    def __init__(self, path: Path, lines: _Lines, layer: int) -> None:
        self.path, self.lines, self.layer = path, lines, layer
        self.default_from: date | None = None

    def fail(self, line: int | None, problem: str, key: str | None = None) -> DrugReferenceError:
        """The refusal, at the line of `key` in the table on `line` when the problem is one key's."""
        return DrugReferenceError(self.path, self.lines.key(line, key) if key else line, problem)

    def read(self, data: dict[str, Any], below: DrugReference | None) -> DrugReference:
        unknown = sorted(set(data) - _SECTIONS)
        if unknown:
            raise self.fail(
                self.lines.of(unknown[0]), f"unknown section(s) {unknown}; allowed: {sorted(_SECTIONS)}"
            )
        head = self._table(data, "reference", _REFERENCE_KEYS, required=True)
        line = self.lines.of("reference")
        for key in ("id", "name"):
            if not isinstance(head.get(key), str) or not head[key].strip():
                raise self.fail(line, f"[reference] {key} must be a non-empty text")
        extends = head.get("extends")
        if below is None and extends is not None:
            raise self.fail(line, "the national reference extends nothing")
        if below is not None and extends not in below.layers:
            raise self.fail(
                line, f"[reference] extends = {extends!r}, but the references below are {below.layers}"
            )
        self.default_from = self._date(head, "effective_from", None, line, "[reference]")
        settings = dict(below.settings) if below else {}
        raw_settings = self._table(data, "settings", _SETTINGS_KEYS, required=below is None)
        settings |= raw_settings
        bands = self._bands(data.get("band"), below)
        self._settings(settings, bands)
        tape, tape_source = self._tape(data.get("tape"), below)
        lists = self._lists(data.get("list", {}), below)
        allergies = self._allergies(data.get("allergy", {}), below)
        drugs = self._drugs(data.get("drug", {}), below, {name for _, name in bands}, lists)
        return DrugReference(
            id=head["id"],
            name=head["name"],
            layers=(*(below.layers if below else ()), head["id"]),
            bands=bands,
            settings=settings,
            tape=tape,
            tape_source=tape_source,
            drugs=drugs,
            lists=lists,
            allergies=allergies,
        )

    # -- sections ---------------------------------------------------------------------------------------

    def _table(self, data: dict[str, Any], name: str, keys: set[str], required: bool) -> dict[str, Any]:
        raw = data.get(name)
        if raw is None and not required:
            return {}
        if not isinstance(raw, dict):
            raise self.fail(self.lines.of(name), f"[{name}] is missing or is not a table")
        self._keys(raw, keys, self.lines.of(name), f"[{name}]")
        return raw

    def _settings(self, settings: dict[str, Any], bands: tuple[tuple[float, str], ...]) -> None:
        line = self.lines.of("settings")
        for key in ("per_kg_tolerance", "per_kg_error_factor"):
            value = settings.get(key)
            if not _number(value) or value < 0:
                raise self.fail(line, f"[settings] {key} must be a number of 0 or more", key)
        if settings["per_kg_error_factor"] <= 1 + settings["per_kg_tolerance"]:
            raise self.fail(line, "[settings] per_kg_error_factor must be above 1 + per_kg_tolerance")
        if settings.get("unknown_age_band") not in {name for _, name in bands}:
            raise self.fail(
                line,
                f"[settings] unknown_age_band must name a band: {[n for _, n in bands]}",
                "unknown_age_band",
            )
        if not isinstance(settings.get("source"), str) or not settings["source"].strip():
            raise self.fail(line, "[settings] source must say where the thresholds come from")

    def _bands(self, raw: Any, below: DrugReference | None) -> tuple[tuple[float, str], ...]:
        if raw is None and below is not None:
            return below.bands
        if not isinstance(raw, list) or not raw:
            raise self.fail(
                self.lines.of("band"), 'give the age bands as [[band]] name = "...", from_years = N'
            )
        bands: list[tuple[float, str]] = []
        for index, item in enumerate(raw):
            line = self.lines.of("band", index)
            if not isinstance(item, dict):
                raise self.fail(line, "[[band]] must be a table")
            self._keys(item, {"name", "from_years"}, line, "[[band]]")
            name, start = item.get("name"), item.get("from_years")
            if not isinstance(name, str) or not name or not _number(start) or start < 0:
                raise self.fail(line, '[[band]] needs name = "..." and from_years = a number of 0 or more')
            if any(name == other for _, other in bands) or any(start == other for other, _ in bands):
                raise self.fail(line, f"[[band]] {name!r}: a band's name and start are each given once")
            insort(bands, (float(start), name))
        if bands[0][0] != 0:
            raise self.fail(self.lines.of("band"), "the youngest [[band]] starts at from_years = 0")
        return tuple(bands)

    def _tape(self, raw: Any, below: DrugReference | None) -> tuple[dict[str, tuple[float, float]], str]:
        tape = dict(below.tape) if below else {}
        source = below.tape_source if below else ""
        if raw is None:
            if below is None:
                raise self.fail(None, "missing [tape]: the length-based tape colours and their weights")
            return tape, source
        line = self.lines.of("tape")
        if not isinstance(raw, dict):
            raise self.fail(line, "[tape] must be a table of colour = [low kg, high kg]")
        codes = {label.casefold(): code for code, label in ENUMERATIONS["eExam.02"].items()}
        for colour, band in raw.items():
            if colour == "source":
                if not isinstance(band, str) or not band.strip():
                    raise self.fail(line, "[tape] source must be text")
                source = band
                continue
            code = codes.get(colour.casefold())
            if code is None:
                raise self.fail(
                    line, f"[tape] {colour!r} is not an eExam.02 colour; colours: {sorted(codes)}", colour
                )
            if (
                not isinstance(band, list)
                or len(band) != 2
                or not all(_number(kg) for kg in band)
                or not 0 < band[0] <= band[1]
            ):
                raise self.fail(line, f"[tape] {colour} must be [low kg, high kg], e.g. [12, 14]", colour)
            tape[code] = (float(band[0]), float(band[1]))
        if not source:
            raise self.fail(line, "[tape] source must say where the weights come from")
        return tape, source

    def _lists(self, raw: Any, below: DrugReference | None) -> dict[str, MedicationList]:
        lists = dict(below.lists) if below else {}
        if not isinstance(raw, dict):
            raise self.fail(self.lines.of("list"), "write each list as [list.NAME]")
        for key, item in raw.items():
            line = self.lines.of(f"list.{key}")
            what = f"[list.{key}]"
            if not isinstance(item, dict):
                raise self.fail(line, f"{what} must be a table")
            self._keys(item, {"name", "codes", "source"}, line, what)
            codes = item.get("codes", {})
            if not isinstance(codes, dict) or not all(
                _RXCUI.fullmatch(c) and isinstance(n, str) and n.strip() for c, n in codes.items()
            ):
                raise self.fail(
                    line, f'{what} codes map RxNorm RXCUIs to names: {{ "136411" = "sildenafil" }}'
                )
            old = lists.get(key)
            name = item.get("name", old.name if old else None)
            source = item.get("source", old.source if old else None)
            if not isinstance(name, str) or not isinstance(source, str) or not source.strip():
                raise self.fail(line, f"{what} needs a name and a source")
            merged = {**(old.codes if old else {}), **codes}  # an agency adds to a list
            if not merged:
                raise self.fail(line, f"{what} lists no codes")
            lists[key] = MedicationList(key, name, merged, source)
        return lists

    def _allergies(self, raw: Any, below: DrugReference | None) -> dict[str, AllergyClass]:
        allergies = dict(below.allergies) if below else {}
        if not isinstance(raw, dict):
            raise self.fail(self.lines.of("allergy"), "write each allergy class as [allergy.NAME]")
        for key, item in raw.items():
            line = self.lines.of(f"allergy.{key}")
            what = f"[allergy.{key}]"
            if not isinstance(item, dict):
                raise self.fail(line, f"{what} must be a table")
            self._keys(item, {"code", "name", "drugs", "source"}, line, what)
            code, name, drugs, source = (item.get(k) for k in ("code", "name", "drugs", "source"))
            if not isinstance(code, str) or not re.fullmatch(r"Z88(\.[0-9])?", code):
                raise self.fail(line, f'{what} code must be an ICD-10-CM allergy status, e.g. "Z88.5"')
            if not isinstance(name, str) or not isinstance(source, str) or not source.strip():
                raise self.fail(line, f"{what} needs a name and a source")
            allergies[code] = AllergyClass(
                code, name, self._nemsis_codes(drugs, line, f"{what} drugs"), source
            )
        return allergies

    def _drugs(
        self, raw: Any, below: DrugReference | None, bands: set[str], lists: Mapping[str, MedicationList]
    ) -> dict[str, Drug]:
        drugs = dict(below.drugs) if below else {}
        if not isinstance(raw, dict):
            raise self.fail(self.lines.of("drug"), 'write each drug as [drug."RXCUI"]')
        known = medications()
        for code, item in raw.items():
            line = self.lines.of(f"drug.{code}")
            what = f'[drug."{code}"]'
            if code not in known:
                raise self.fail(
                    line, f"{what}: {code!r} is not in the NEMSIS Medication list (eMedications.03)"
                )
            if not isinstance(item, dict):
                raise self.fail(line, f"{what} must be a table")
            self._keys(item, _DRUG_KEYS, line, what)
            old = drugs.get(code)
            name = item.get("name", old.name if old else known[code].label)
            source = item.get("source", old.source if old else None)
            if not isinstance(name, str) or not isinstance(source, str) or not source.strip():
                raise self.fail(line, f"{what} needs a source (and a name, if given, is text)")
            units = old.units if old else None
            if "units" in item:
                units = self._units(item["units"], line, f"{what} units")
            if not units:
                raise self.fail(line, f"{what} needs units = [...] (the dose units that fit it)")
            mg_per_ml = item.get("mg_per_ml", old.mg_per_ml if old else None)
            if mg_per_ml is not None and (not _number(mg_per_ml) or mg_per_ml <= 0):
                raise self.fail(line, f"{what} mg_per_ml must be a number above 0", "mg_per_ml")
            drug = Drug(
                code,
                name,
                units,
                mg_per_ml,
                source,
                old.doses if old else (),
                old.contraindications if old else (),
            )
            doses = [
                self._dose(d, drug, bands, self.lines.of(f"drug.{code}.dose", i))
                for i, d in enumerate(self._array(item, "dose", line, what))
            ]
            contras = [
                self._contraindication(c, drug, lists, self.lines.of(f"drug.{code}.contraindication", i))
                for i, c in enumerate(self._array(item, "contraindication", line, what))
            ]
            drugs[code] = replace(
                drug, doses=(*drug.doses, *doses), contraindications=(*drug.contraindications, *contras)
            )
        return drugs

    def _array(self, item: dict[str, Any], key: str, line: int | None, what: str) -> list[dict[str, Any]]:
        raw = item.get(key, [])
        if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
            raise self.fail(line, f"{what}: write each {key} as [[{what[1:-1]}.{key}]]")
        return raw

    def _dose(self, raw: dict[str, Any], drug: Drug, bands: set[str], line: int | None) -> DoseLimit:
        what = f'[[drug."{drug.code}".dose]]'
        self._keys(raw, _DOSE_KEYS, line, what)
        band, unit = raw.get("band"), raw.get("unit")
        if band not in bands:
            raise self.fail(line, f"{what} band must be one of {sorted(bands)}; got {band!r}", "band")
        if unit not in LIMIT_UNITS:
            raise self.fail(line, f"{what} unit must be one of {sorted(LIMIT_UNITS)}; got {unit!r}", "unit")
        per_kg, max_single = raw.get("per_kg"), raw.get("max_single")
        for key, value in (("per_kg", per_kg), ("max_single", max_single)):
            if value is not None and (not _number(value) or value <= 0):
                raise self.fail(line, f"{what} {key} must be a number above 0", key)
        if per_kg is None and max_single is None:
            raise self.fail(line, f"{what} sets no limit: give per_kg, max_single or both")
        return DoseLimit(
            source=self._source(raw, drug, line, what),
            effective_from=self._date(raw, "effective_from", self.default_from, line, what),
            effective_until=self._date(raw, "effective_until", None, line, what),
            layer=self.layer,
            band=band,
            routes=self._routes(raw.get("routes"), line, what),
            unit=unit,
            per_kg=None if per_kg is None else float(per_kg),
            max_single=None if max_single is None else float(max_single),
        )

    def _contraindication(
        self, raw: dict[str, Any], drug: Drug, lists: Mapping[str, MedicationList], line: int | None
    ) -> Contraindication:
        what = f'[[drug."{drug.code}".contraindication]]'
        self._keys(raw, _CONTRA_KEYS, line, what)
        sbp, taking = raw.get("sbp_below"), raw.get("taking")
        if (sbp is None) == (taking is None):
            raise self.fail(line, f"{what} gives exactly one of sbp_below = mmHg or taking = a [list] name")
        if sbp is not None and (not isinstance(sbp, int) or isinstance(sbp, bool) or not 0 < sbp < 300):
            raise self.fail(line, f"{what} sbp_below must be a whole number of mmHg", "sbp_below")
        if taking is not None and taking not in lists:
            raise self.fail(
                line, f"{what} taking = {taking!r} names no [list]; lists: {sorted(lists)}", "taking"
            )
        severity = raw.get("severity", "error")
        if severity not in ("error", "warning"):
            raise self.fail(line, f'{what} severity must be "error" or "warning"', "severity")
        return Contraindication(
            source=self._source(raw, drug, line, what),
            effective_from=self._date(raw, "effective_from", self.default_from, line, what),
            effective_until=self._date(raw, "effective_until", None, line, what),
            layer=self.layer,
            routes=self._routes(raw.get("routes"), line, what),
            sbp_below=sbp,
            taking=taking,
            severity=Severity.ERROR if severity == "error" else Severity.WARNING,
        )

    # -- pieces -----------------------------------------------------------------------------------------

    def _keys(self, raw: dict[str, Any], allowed: set[str], line: int | None, what: str) -> None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.fail(line, f"{what}: unknown key(s) {unknown}; allowed: {sorted(allowed)}")

    def _source(self, raw: dict[str, Any], drug: Drug, line: int | None, what: str) -> str:
        source = raw.get("source", drug.source)
        if not isinstance(source, str) or not source.strip():
            raise self.fail(line, f"{what} source must be text", "source")
        return source

    def _date(
        self, raw: dict[str, Any], key: str, default: date | None, line: int | None, what: str
    ) -> date | None:
        value = raw.get(key, default)
        if value is not None and (not isinstance(value, date) or hasattr(value, "hour")):
            raise self.fail(line, f"{what} {key} must be a date like 2027-01-01", key)
        return value

    def _routes(self, raw: Any, line: int | None, what: str) -> frozenset[str] | None:
        if raw is None:
            return None
        found = _codes(raw, _route_codes(), self.lines.key(line, "routes"), f"{what} routes", self.fail)
        return frozenset(found) if found else None

    def _units(self, raw: Any, line: int | None, what: str) -> frozenset[DoseUnit]:
        return frozenset(
            DoseUnit(code)
            for code in _codes(raw, _unit_codes(), self.lines.key(line, "units"), what, self.fail)
        )

    def _nemsis_codes(self, raw: Any, line: int | None, what: str) -> frozenset[str]:
        known = medications()
        if not isinstance(raw, list) or not raw or not all(isinstance(c, str) and c in known for c in raw):
            raise self.fail(line, f'{what} must list codes of the NEMSIS Medication list, e.g. ["4337"]')
        return frozenset(raw)


@functools.cache
def _route_codes() -> dict[str, str]:
    return _by_word({r.value: route_abbreviation(r) for r in MedicationRoute})


@functools.cache
def _unit_codes() -> dict[str, str]:
    return _by_word({u.value: unit_abbreviation(u) for u in DoseUnit})


def _by_word(words: dict[str, str]) -> dict[str, str]:
    return {code: code for code in words} | {word.casefold(): code for code, word in words.items()}


def _codes(raw: Any, known: dict[str, str], line: int | None, what: str, fail: Any) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise fail(line, f'{what} must be a list of texts, e.g. ["IV", "IM"] or NEMSIS code values')
    found = []
    for text in raw:
        code = known.get(text) or known.get(text.casefold())
        if code is None:
            raise fail(line, f"{what}: {text!r} is not a NEMSIS code value or abbreviation")
        found.append(code)
    return found


def _number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)
