"""Who the patient is (ePatient), plus the estimated weight (eExam.01)."""

from __future__ import annotations

from datetime import date

from epcr.domain.fields import Blank, NemsisModel, el
from epcr.domain.nemsis.codes import AgeUnits, PertinentNegative, Race, Sex


class Patient(NemsisModel):
    last_name: str | Blank | None = el("ePatient.02")
    first_name: str | Blank | None = el("ePatient.03")
    middle_initial: str | None = el("ePatient.04")
    home_county: str | Blank | None = el("ePatient.07")  # ANSI county code, 5 digits
    home_state: str | Blank | None = el("ePatient.08")  # ANSI state code, 2 digits
    home_zip: str | Blank | None = el("ePatient.09")
    race: list[Race] | Blank | None = el("ePatient.14")
    age: int | Blank | None = el("ePatient.15")
    age_pertinent_negative: PertinentNegative | None = el(
        "ePatient.15"
    )  # 8801029 Approximate, beside a value
    age_units: AgeUnits | Blank | None = el("ePatient.16")
    date_of_birth: date | Blank | None = el("ePatient.17")
    sex: Sex | Blank | None = el("ePatient.25")
    weight_kg: float | Blank | None = el("eExam.01")
