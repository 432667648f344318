"""Procedures (eProcedures.ProcedureGroup), with the bleeding-control detail NEMSIS has no element for."""

from __future__ import annotations

from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field, field_validator

from epcr.domain.care import Intervention
from epcr.domain.fields import Blank, NemsisModel, custom, el
from epcr.domain.nemsis.codes import (
    AirwayPlacementTechnique,
    Authorization,
    CaregiverLevel,
    InterventionResponse,
    PertinentNegative,
    ProcedureComplication,
    VascularAccessLocation,
    YesNo,
)


class Limb(StrEnum):
    LEFT_ARM = "left_arm"
    RIGHT_ARM = "right_arm"
    LEFT_LEG = "left_leg"
    RIGHT_LEG = "right_leg"
    JUNCTIONAL = "junctional"


class BleedingControl(NemsisModel):
    """Hemorrhage control specifics (exported as custom elements and on the handoff sheet)."""

    tourniquet_limb: Limb | None = custom("Limb the tourniquet is on")
    tourniquet_applied_at: AwareDatetime | None = custom("Tourniquet applied")
    tourniquet_converted_at: AwareDatetime | None = custom("Tourniquet converted to a pressure dressing")
    tourniquet_removed_at: AwareDatetime | None = custom("Tourniquet removed")
    wound_location: str | None = custom("Where the wound is", max_length=200)
    wound_packed: bool = custom("Wound packed", default=False)
    hemostatic_agent: str | None = custom("Hemostatic agent used, e.g. kaolin gauze", max_length=100)
    direct_pressure: bool = custom("Direct pressure applied", default=False)
    pressure_dressing: bool = custom("Pressure dressing applied", default=False)


class Procedure(Intervention):
    id: UUID = Field(default_factory=uuid4)
    at: AwareDatetime | Blank | None = el("eProcedures.01")
    prior_to_care: YesNo | Blank | None = el("eProcedures.02")
    code: str | Blank | None = el("eProcedures.03")  # SNOMED CT concept id
    pertinent_negative: PertinentNegative | None = el("eProcedures.03")  # e.g. Refused, beside the code
    equipment_size: str | None = el("eProcedures.04")
    attempts: int | Blank | None = el("eProcedures.05")
    successful: YesNo | Blank | None = el("eProcedures.06")
    complications: list[ProcedureComplication] | Blank | None = el("eProcedures.07")
    response: InterventionResponse | Blank | None = el("eProcedures.08")
    performer_crew_id: str | Blank | None = el("eProcedures.09")
    performer_level: CaregiverLevel | Blank | None = el("eProcedures.10")
    authorization: Authorization | None = el("eProcedures.11")
    authorizing_physician: str | None = el("eProcedures.12")
    vascular_access_location: VascularAccessLocation | Blank | None = el("eProcedures.13")
    # Every technique used (0..M in the XSD); versions 1-4 kept one (canonical.OLD_FORMS writes it back so).
    airway_technique: list[AirwayPlacementTechnique] | Blank | None = el("eProcedures.14")
    by_another_unit: YesNo | Blank | None = el("eProcedures.15")
    bleeding_control: BleedingControl | None = Field(None, description="Hemorrhage control detail")
    justification: str | None = custom(
        "Why care outside scope was given (written explanation)", max_length=2000
    )

    @field_validator("airway_technique", mode="before")
    @classmethod
    def _one_technique_then(cls, value: Any) -> Any:
        """Versions 1-4 stored one technique: it becomes the list of one."""
        return [value] if isinstance(value, str) else value
