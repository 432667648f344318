"""Standard doses: the agency's protocol doses offered as one tap (drug, dose, unit, route), as data.

A standard dose only fills the entry row; the crew still reads it and taps Give. Each is checked against the
NEMSIS code lists and the dose-unit table: a unit the table does not offer for the drug, or a dose per
kilogram, is refused with file and line, and the shipped list stays in force."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from epcr.domain.defined_lists import medications
from epcr.domain.dosing import AGENCY_FILE as DOSE_UNITS_FILE
from epcr.domain.dosing import DoseTable, active_dose_table, dose_text, file_stamp, per_kilogram
from epcr.domain.nemsis.codes import DoseUnit, MedicationRoute
from epcr.resources import resources_dir

AGENCY_FILE = "agency-standard-doses.toml"


@dataclass(frozen=True)
class StandardDose:
    drug: str  # eMedications.03 RxNorm
    dose: float  # eMedications.05
    unit: DoseUnit  # eMedications.06
    route: MedicationRoute  # eMedications.04

    @property
    def label(self) -> str:
        """ "Aspirin 324 mg PO": what the button says, as it is read back."""
        name = medications()[self.drug].label.split(" (")[0]
        return f"{name} {dose_text(self.dose, self.unit, self.route)}"


@dataclass(frozen=True)
class ActiveStandardDoses:
    doses: tuple[StandardDose, ...]
    problems: tuple[str, ...] = ()  # why the agency's file was refused


class StandardDoseError(ValueError):
    pass


def shipped() -> Path:
    return resources_dir() / "medications" / "standard_doses.toml"


def active_standard_doses(home: Path | None) -> ActiveStandardDoses:
    """The list in force on this device, checked against its dose table; read once per version of either
    agency file."""
    agency = home / AGENCY_FILE if home is not None else None
    return _active(home, agency, file_stamp(agency), file_stamp(home / DOSE_UNITS_FILE if home else None))


@functools.lru_cache(maxsize=8)
def _active(
    home: Path | None, agency: Path | None, stamp: object, units_stamp: object
) -> ActiveStandardDoses:
    table = active_dose_table(home).table
    doses = read(shipped(), table)
    if agency is None or stamp is None:
        return ActiveStandardDoses(doses)
    try:
        return ActiveStandardDoses(read(agency, table))
    except StandardDoseError as error:
        return ActiveStandardDoses(doses, (str(error),))


def read(path: Path, table: DoseTable) -> tuple[StandardDose, ...]:
    text = path.read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise StandardDoseError(f"{path}: {error}") from None
    entries = raw.get("dose", [])
    if not isinstance(entries, list):
        raise StandardDoseError(f"{path}: 'dose' must be a list of [[dose]] tables")
    starts = [n for n, line in enumerate(text.splitlines(), start=1) if line.strip() == "[[dose]]"]
    return tuple(
        _dose(entry, table, f"{path}:{starts[i] if i < len(starts) else '?'}")
        for i, entry in enumerate(entries)
    )


def _dose(entry: Any, table: DoseTable, where: str) -> StandardDose:
    if not isinstance(entry, dict) or set(entry) != {"drug", "dose", "unit", "route"}:
        raise StandardDoseError(f"{where}: a dose has exactly drug, dose, unit and route")
    drug = str(entry["drug"])
    if drug not in medications():
        raise StandardDoseError(f"{where}: drug {drug!r} is not a NEMSIS medication code (eMedications.03)")
    amount = entry["dose"]
    if isinstance(amount, bool) or not isinstance(amount, int | float) or not 0 < amount < 1_000_000:
        raise StandardDoseError(f"{where}: dose must be a number above 0; got {amount!r}")
    try:
        unit, route = DoseUnit(str(entry["unit"])), MedicationRoute(str(entry["route"]))
    except ValueError as error:
        raise StandardDoseError(f"{where}: {error} (eMedications.06 unit, eMedications.04 route)") from None
    if per_kilogram(unit):
        raise StandardDoseError(
            f"{where}: a dose per kilogram needs the patient's weight: not a standard dose"
        )
    if unit not in table.units_for(drug, False):
        raise StandardDoseError(f"{where}: {unit.label} is not a unit the dose table offers for this drug")
    return StandardDose(drug, float(amount), unit, route)
