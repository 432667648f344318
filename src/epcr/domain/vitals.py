"""One set of vital signs (an eVitals.VitalGroup)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field

from epcr.domain.assessment import Gcs
from epcr.domain.fields import Blank, NemsisModel, el
from epcr.domain.nemsis.codes import (
    Avpu,
    BloodPressureMethod,
    CardiacRhythm,
    EcgInterpretation,
    EcgType,
    Etco2Unit,
    HeartRateMethod,
    PainScaleType,
    RespiratoryEffort,
    StrokeScaleResult,
    StrokeScaleType,
    TemperatureMethod,
    YesNo,
)


class VitalSigns(NemsisModel):
    id: UUID = Field(default_factory=uuid4)
    taken_at: AwareDatetime | Blank | None = el("eVitals.01")
    prior_to_care: YesNo | Blank | None = el("eVitals.02")
    cardiac_rhythm: list[CardiacRhythm] | Blank | None = el("eVitals.03")
    ecg_type: EcgType | Blank | None = el("eVitals.04")
    ecg_interpretation: list[EcgInterpretation] | Blank | None = el("eVitals.05")
    sbp: int | Blank | None = el("eVitals.06")
    dbp: int | Literal["P"] | Blank | None = el("eVitals.07")  # "P" = palpated, no diastolic
    bp_method: BloodPressureMethod | Blank | None = el("eVitals.08")
    heart_rate: int | Blank | None = el("eVitals.10")
    heart_rate_method: HeartRateMethod | None = el("eVitals.11")
    spo2: int | Blank | None = el("eVitals.12")
    respiratory_rate: int | Blank | None = el("eVitals.14")
    respiratory_effort: RespiratoryEffort | None = el("eVitals.15")
    etco2: int | float | Blank | None = el("eVitals.16")  # decimal in the XSD: 4.2 kPa, 35.5 mmHg
    etco2_unit: Etco2Unit | None = el("eVitals.16")  # the ETCO2Type attribute: optional in the XSD
    carbon_monoxide: float | Blank | None = el("eVitals.17")
    glucose: int | Literal["High", "Low"] | Blank | None = el("eVitals.18")  # mg/dL; meter's HI/LO
    gcs: Gcs = Field(default_factory=Gcs, description="GlasgowScoreGroup, eVitals.19-.23")
    temperature_c: float | Blank | None = el("eVitals.24")
    temperature_method: TemperatureMethod | None = el("eVitals.25")
    avpu: Avpu | Blank | None = el("eVitals.26")
    pain_score: int | Blank | None = el("eVitals.27")
    pain_scale: PainScaleType | Blank | None = el("eVitals.28")
    stroke_scale_result: StrokeScaleResult | Blank | None = el("eVitals.29")
    stroke_scale_type: StrokeScaleType | Blank | None = el("eVitals.30")
    stroke_scale_score: int | Blank | None = el("eVitals.34")
    mean_arterial_pressure: int | None = el("eVitals.09")
    pulse_rhythm: str | None = el("eVitals.13")
    reperfusion_checklist: str | Blank | None = el("eVitals.31")
    apgar: int | Blank | None = el("eVitals.32")
    revised_trauma_score: int | Blank | None = el("eVitals.33")
