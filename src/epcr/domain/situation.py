"""What is wrong (eSituation): complaint, onset, impressions, acuity."""

from __future__ import annotations

from typing import Self

from pydantic import AwareDatetime, model_validator

from epcr.domain.fields import Blank, NemsisModel, el, group, negated
from epcr.domain.nemsis.codes import (
    Acuity,
    AnatomicLocation,
    ComplaintType,
    DurationUnits,
    OrganSystem,
    PertinentNegative,
    PossibleInjury,
)


class PatientComplaint(NemsisModel):
    """eSituation.PatientComplaintGroup beyond the first: one more complaint, its type and duration (the first
    group is the situation's own chief_complaint, complaint_type, complaint_duration and its units)."""

    complaint_type: ComplaintType | Blank | None = el("eSituation.03")
    complaint: str | Blank | None = el("eSituation.04")
    duration: int | Blank | None = el("eSituation.05")
    duration_units: DurationUnits | Blank | None = el("eSituation.06")


class Situation(NemsisModel):
    symptom_onset: AwareDatetime | Blank | None = el("eSituation.01")
    symptom_onset_pertinent_negative: PertinentNegative | None = el("eSituation.01")  # Approximate
    possible_injury: PossibleInjury | Blank | None = el("eSituation.02")
    # The first eSituation.PatientComplaintGroup (the chief complaint); further groups in further_complaints.
    complaint_type: ComplaintType | Blank | None = el("eSituation.03")
    chief_complaint: str | Blank | None = el("eSituation.04")
    complaint_duration: int | Blank | None = el("eSituation.05")
    complaint_duration_units: DurationUnits | Blank | None = el("eSituation.06")
    further_complaints: list[PatientComplaint] = group("eSituation.PatientComplaintGroup", further=True)
    anatomic_location: AnatomicLocation | Blank | None = el("eSituation.07")
    organ_system: OrganSystem | Blank | None = el("eSituation.08")
    primary_symptom: str | Blank | None = el("eSituation.09")  # ICD-10-CM
    other_symptoms: list[str] | Blank | None = el("eSituation.10")  # ICD-10-CM
    symptoms_not_present: list[str] = negated("eSituation.10", PertinentNegative.SYMPTOM_NOT_PRESENT)
    primary_impression: str | Blank | None = el("eSituation.11")  # ICD-10-CM
    secondary_impressions: list[str] | Blank | None = el("eSituation.12")  # ICD-10-CM
    acuity: Acuity | Blank | None = el("eSituation.13")
    last_known_well: AwareDatetime | Blank | None = el("eSituation.18")
    last_known_well_pertinent_negative: PertinentNegative | None = el("eSituation.18")  # Approximate
    work_related: str | Blank | None = el("eSituation.14")
    occupational_industry: str | None = el("eSituation.15")
    occupation: str | None = el("eSituation.16")
    patient_activity: list[str] | Blank | None = el("eSituation.17")  # ICD-10-CM activity codes
    transfer_justification: str | Blank | None = el("eSituation.19")
    interfacility_transfer_reason: str | Blank | None = el("eSituation.20")

    @model_validator(mode="after")
    def _present_or_not(self) -> Self:
        present = set(self.other_symptoms) if isinstance(self.other_symptoms, list) else set()
        both = sorted(present & set(self.symptoms_not_present))
        if isinstance(self.other_symptoms, Blank) and self.symptoms_not_present:
            raise ValueError(
                "symptoms_not_present: cannot go with other_symptoms left blank on purpose (Not Applicable); "
                "clear the blank or the denied symptoms"
            )
        if both:
            raise ValueError(
                f"symptoms_not_present: {', '.join(both)} also recorded as present (other_symptoms); "
                "a symptom is either present or denied"
            )
        return self
