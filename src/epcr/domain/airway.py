"""Invasive airway management (eAirway): indications, confirmation of each placement, complications."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field

from epcr.domain.fields import Blank, NemsisModel, el
from epcr.domain.nemsis.codes import (
    AirwayComplication,
    AirwayConfirmationMethod,
    AirwayConfirmedBy,
    AirwayDevice,
    AirwayFailureReason,
    AirwayIndication,
)


class AirwayConfirmation(NemsisModel):
    """eAirway.ConfirmationGroup: one placement confirmed, tied to its eProcedures entry."""

    id: UUID = Field(default_factory=uuid4)
    procedure_id: UUID | None = Field(
        None, description="The procedure this confirms (ProcedureGroupCorrelationID)"
    )
    procedure_correlation_id: str | None = Field(
        None,
        min_length=1,
        max_length=255,
        description="ProcedureGroupCorrelationID as given, when it names no procedure of the report",
    )
    confirmed_at: AwareDatetime | Blank | None = el("eAirway.02")
    device: AirwayDevice | Blank | None = el("eAirway.03")
    methods: list[AirwayConfirmationMethod] | Blank | None = el("eAirway.04")
    tube_depth_cm: int | None = el("eAirway.05")
    confirmed_by: AirwayConfirmedBy | Blank | None = el("eAirway.06")
    confirmed_by_crew_id: str | Blank | None = el("eAirway.07")


class Airway(NemsisModel):
    indications: list[AirwayIndication] | Blank | None = el("eAirway.01")
    confirmations: list[AirwayConfirmation] = Field(default_factory=list)
    complications: list[AirwayComplication] | Blank | None = el("eAirway.08")
    failure_reasons: list[AirwayFailureReason] | None = el("eAirway.09")
    decision_at: AwareDatetime | None = el("eAirway.10")
    abandoned_at: AwareDatetime | None = el("eAirway.11")
