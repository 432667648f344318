"""The BLS assessment: responsiveness, GCS, primary survey, SAMPLE, OPQRST and exam findings."""

from __future__ import annotations

from typing import Any, Self
from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field, field_validator, model_validator

from epcr.domain.fields import Blank, NemsisModel, custom, el, group, group_attribute
from epcr.domain.nemsis.codes import Avpu, GcsQualifier, PertinentNegative
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS


class Gcs(NemsisModel):
    """Glasgow Coma Scale, eVitals.19-.23; the total is the sum of the parts when all three are known."""

    eye: int | Blank | None = el("eVitals.19")
    verbal: int | Blank | None = el("eVitals.20")
    motor: int | Blank | None = el("eVitals.21")
    qualifiers: list[GcsQualifier] | Blank = el("eVitals.22", default_factory=list)
    total: int | Blank | None = el("eVitals.23")

    @property
    def computed_total(self) -> int | None:
        parts = (self.eye, self.verbal, self.motor)
        if all(isinstance(p, int) for p in parts):
            return sum(parts)  # type: ignore[arg-type]
        return None


class PrimarySurvey(NemsisModel):
    """XABCDE findings at first contact (no NEMSIS element; part of the narrative export)."""

    catastrophic_bleeding: str | None = custom("Massive hemorrhage found and controlled", max_length=500)
    airway: str | None = custom("Airway: patent, obstructed, maintained with ...", max_length=500)
    breathing: str | None = custom("Breathing: rate, effort, sounds", max_length=500)
    circulation: str | None = custom("Circulation: pulses, skin, capillary refill", max_length=500)
    disability: str | None = custom("Disability: AVPU, pupils, glucose", max_length=500)
    exposure: str | None = custom("Exposure: injuries found, temperature control", max_length=500)


class Practitioner(NemsisModel):
    """eHistory.PractitionerGroup: the patient's own physician or other practitioner."""

    last_name: str | None = el("eHistory.02")
    first_name: str | None = el("eHistory.03")
    middle_name: str | None = el("eHistory.04")  # or initial


class Immunization(NemsisModel):
    """eHistory.ImmunizationsGroup: one immunization and its year."""

    kind: str | Blank | None = el("eHistory.10")
    kind_pertinent_negative: PertinentNegative | None = el("eHistory.10")  # e.g. 8801019 Refused
    year: int | None = el("eHistory.11")
    correlation_id: str | None = group_attribute("CorrelationID")  # as the source file gave it


class CurrentMedication(NemsisModel):
    """eHistory.CurrentMedsGroup: one medication the patient takes, with its own dose, unit, route and
    frequency (or, as the only group, a blank such as 8801015 None Reported)."""

    drug: str | Blank | None = el("eHistory.12")  # RxNorm
    dose: float | None = el("eHistory.13")  # at most 9 digits, 3 after the point (XSD)
    dose_unit: str | None = el("eHistory.14")  # 3114xxx
    route: str | None = el("eHistory.15")  # 9927xxx
    frequency: str | None = el("eHistory.20")  # 3120xxx

    @field_validator("dose")
    @classmethod
    def _dose_not_negative(cls, value: float | None) -> float | None:
        if value is not None and value < 0:
            raise ValueError(f"a dose cannot be negative; got {value} (eHistory.13 Current Medication Dose)")
        return value


class Sample(NemsisModel):
    """SAMPLE history; allergies, medications and past history carry their NEMSIS codes."""

    signs_symptoms: str | None = custom("S: signs and symptoms as described", max_length=2000)
    medication_allergies: list[str] | Blank | None = el("eHistory.06")  # RxNorm or ICD-10 Z88.x
    environmental_food_allergies: list[str] | None = el("eHistory.07")  # SNOMED CT
    # One group per medication (schema v3; v1-v2 held bare eHistory.12 codes: see _from_codes). None is
    # kept apart from [] so a report locked before v3 hashes exactly as it was stored.
    current_medications: list[CurrentMedication] | None = group("eHistory.CurrentMedsGroup", none=True)
    medical_history: list[str] | Blank | None = el("eHistory.08")  # ICD-10-CM
    last_oral_intake: AwareDatetime | None = el("eHistory.19")
    barriers_to_care: list[str] | Blank | None = el("eHistory.01")
    practitioners: list[Practitioner] = group("eHistory.PractitionerGroup")
    immunizations: list[Immunization] = group("eHistory.ImmunizationsGroup")
    advance_directives: list[str] | Blank | None = el("eHistory.05")
    history_obtained_from: list[str] | None = el("eHistory.09")
    emergency_information_form: str | None = el("eHistory.16")
    alcohol_drug_use: list[str] | Blank | None = el("eHistory.17")
    pregnancy: str | Blank | None = el("eHistory.18")
    events: str | None = custom("E: events leading up to the call", max_length=2000)

    @field_validator("current_medications", mode="before")
    @classmethod
    def _from_codes(cls, value: Any) -> Any:
        """Versions 1-2 stored eHistory.12 codes (or one blank); each becomes its medication's group."""
        if isinstance(value, list):
            return [{"drug": item} if isinstance(item, str) else item for item in value]
        if isinstance(value, Blank):
            return [{"drug": value}]
        if isinstance(value, dict) and value and set(value) <= {"not_value", "pertinent_negative"}:
            return [{"drug": value}]
        return value


class Opqrst(NemsisModel):
    """Pain/complaint history (OPQRST); exported in the narrative."""

    onset: str | None = custom("O: onset", max_length=500)
    provocation: str | None = custom("P: provocation / palliation", max_length=500)
    quality: str | None = custom("Q: quality", max_length=500)
    region_radiation: str | None = custom("R: region / radiation", max_length=500)
    severity: int | None = custom("S: severity 0-10", ge=0, le=10)
    time: str | None = custom("T: time course", max_length=500)


# Body-region exam findings: finding element -> (its XSD group, the element saying where on the body).
# A finding and its location travel together, in one group, so "right chest" stays with what was found there.
EXAM_REGIONS: dict[str, tuple[str, str]] = {
    "eExam.11": ("eExam.AbdomenGroup", "eExam.10"),
    "eExam.14": ("eExam.SpineGroup", "eExam.13"),
    "eExam.16": ("eExam.ExtremityGroup", "eExam.15"),
    "eExam.18": ("eExam.EyeGroup", "eExam.17"),
    "eExam.23": ("eExam.LungGroup", "eExam.22"),
    "eExam.25": ("eExam.ChestGroup", "eExam.24"),
}
EXAM_LOCATIONS = {location: (group, finding) for finding, (group, location) in EXAM_REGIONS.items()}


def exam_area(element: str) -> str:
    """ "Abdomen" for eExam.11 Abdomen Assessment: the dictionary's name without the word every area has."""
    found = ELEMENTS.get(element)
    return found.name.removesuffix(" Assessment") if found is not None else element


class ExamFinding(NemsisModel):
    """One finding of the secondary exam: an eExam element and one of its codes, where on the body it was
    found (body-region findings: abdomen, back and spine, extremities, eyes, lungs, chest), and whether it was
    looked for and found absent ("Exam Finding Not Present")."""

    id: UUID = Field(default_factory=uuid4)
    element: str = Field(description="eExam element ID, e.g. eExam.07 (Skin Assessment)")
    code: str | Blank = Field(description="A code of that element, or a pertinent negative")
    location: str | None = Field(
        None,
        description="The body location of a region finding: a code of its location element (eExam.24 ...)",
    )
    pertinent_negative: PertinentNegative | None = Field(
        None, description="Beside the code: 8801005 Exam Finding Not Present (looked for, not found)"
    )
    region_group: int | None = Field(
        None,
        ge=0,
        le=999,
        description="Which body-region group of its exam it was documented in (as imported)",
    )
    assessed_at: AwareDatetime | None = el("eExam.03")
    note: str | None = custom("Free-text detail", max_length=500)

    @field_validator("element")
    @classmethod
    def _is_exam_element(cls, value: str) -> str:
        if not value.startswith("eExam.") or value not in ELEMENTS or value not in ENUMERATIONS:
            coded = sorted((e for e in ENUMERATIONS if e.startswith("eExam.")), key=lambda e: int(e[6:]))
            raise ValueError(f"must be a coded eExam element: {', '.join(coded)}")
        return value

    @field_validator("code")
    @classmethod
    def _code_of_element(cls, value: str | Blank, info: object) -> str | Blank:
        element = info.data.get("element")  # type: ignore[attr-defined]
        if element is None:
            return value
        if isinstance(value, Blank):
            if value.pertinent_negative is None or (
                value.pertinent_negative.value not in ELEMENTS[element].pertinent_negatives
            ):
                allowed = ", ".join(ELEMENTS[element].pertinent_negatives) or "none"
                raise ValueError(f"pertinent negatives allowed for {element}: {allowed}")
        elif value not in ENUMERATIONS[element]:
            raise ValueError(f"{value!r} is not a code of {ELEMENTS[element].label}")
        return value

    @model_validator(mode="after")
    def _location_and_negative(self) -> Self:
        if self.location is not None:
            region = EXAM_REGIONS.get(self.element)
            if region is None:
                findings = ", ".join(EXAM_REGIONS)
                raise ValueError(
                    f"location: only body-region findings ({findings}) have one; not {self.element}"
                )
            location_element = region[1]
            if self.location not in ENUMERATIONS[location_element]:
                raise ValueError(
                    f"location: {self.location!r} is not a code of {ELEMENTS[location_element].label}"
                )
        if self.pertinent_negative is not None:
            if isinstance(self.code, Blank):
                raise ValueError("pertinent_negative: goes beside a finding's code, not a blank")
            allowed = ELEMENTS[self.element].pertinent_negatives
            if self.pertinent_negative.value not in allowed:
                raise ValueError(
                    f"pertinent_negative: {self.pertinent_negative.value} is not allowed for "
                    f"{ELEMENTS[self.element].label}; allowed: {', '.join(allowed) or 'none'}"
                )
        return self

    @property
    def not_present(self) -> bool:
        return self.pertinent_negative is PertinentNegative.EXAM_FINDING_NOT_PRESENT


class Assessment(NemsisModel):
    avpu: Avpu | Blank | None = el("eVitals.26")
    gcs: Gcs = Field(default_factory=Gcs, description="Initial Glasgow Coma Scale")
    primary_survey: PrimarySurvey = Field(default_factory=PrimarySurvey)
    sample: Sample = Field(default_factory=Sample)
    opqrst: Opqrst = Field(default_factory=Opqrst)
    exam_findings: list[ExamFinding] = Field(default_factory=list)
    stroke_symptoms_resolved: str | Blank | None = el("eExam.21")


__all__ = [
    "EXAM_LOCATIONS",
    "EXAM_REGIONS",
    "Assessment",
    "CurrentMedication",
    "ExamFinding",
    "Gcs",
    "Opqrst",
    "PertinentNegative",
    "PrimarySurvey",
    "Sample",
]
