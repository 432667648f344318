"""Medications given (eMedications.MedicationGroup)."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field, field_validator

from epcr.domain.care import Intervention
from epcr.domain.fields import Blank, custom, el
from epcr.domain.nemsis.codes import (
    Authorization,
    CaregiverLevel,
    DoseUnit,
    InterventionResponse,
    MedicationCodeType,
    MedicationComplication,
    MedicationRoute,
    PertinentNegative,
    YesNo,
)


class Medication(Intervention):
    id: UUID = Field(default_factory=uuid4)
    at: AwareDatetime | Blank | None = el("eMedications.01")
    prior_to_care: YesNo | Blank | None = el("eMedications.02")
    code: str | Blank | None = el("eMedications.03")  # RxNorm RXCUI (SNOMED CT for blood products)
    code_type: MedicationCodeType = el("eMedications.03", default=MedicationCodeType.RXNORM)
    pertinent_negative: PertinentNegative | None = el("eMedications.03")  # e.g. 8801009 Already Taken
    route: MedicationRoute | Blank | None = el("eMedications.04")
    dose: float | Blank | None = el("eMedications.05")  # at most 9 digits, 3 after the point (XSD)
    dose_unit: DoseUnit | Blank | None = el("eMedications.06")
    response: InterventionResponse | Blank | None = el("eMedications.07")
    complications: list[MedicationComplication] | Blank | None = el("eMedications.08")
    performer_crew_id: str | Blank | None = el("eMedications.09")
    performer_level: CaregiverLevel | Blank | None = el("eMedications.10")
    authorization: Authorization | None = el("eMedications.11")
    authorizing_physician: str | None = el("eMedications.12")
    by_another_unit: YesNo | Blank | None = el("eMedications.13")
    justification: str | None = custom(
        "Why care outside scope was given (written explanation)", max_length=2000
    )

    @field_validator("dose")
    @classmethod
    def _dose_not_negative(cls, value: float | Blank | None) -> float | Blank | None:
        if isinstance(value, float | int) and value < 0:
            raise ValueError(f"a dose cannot be negative; got {value} (eMedications.05 Medication Dosage)")
        return value
