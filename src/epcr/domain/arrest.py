"""Cardiac arrest (eArrest.01-.22) and the timestamped CPR event log behind it."""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field

from epcr.domain.fields import Blank, NemsisModel, custom, el
from epcr.domain.nemsis.codes import (
    AedPriorToArrival,
    ArrestEtiology,
    ArrestWitnessedBy,
    CardiacArrest,
    CardiacRhythm,
    CprDiscontinuedReason,
    CprType,
    EndOfArrestEvent,
    FirstMonitoredRhythm,
    NeurologicalOutcome,
    PertinentNegative,
    ResuscitationAttempted,
    Rosc,
    WhoAppliedAed,
    WhoDefibrillated,
    WhoInitiatedCpr,
    YesNo,
)


class Arrest(NemsisModel):
    cardiac_arrest: CardiacArrest | Blank | None = el("eArrest.01")
    etiology: ArrestEtiology | Blank | None = el("eArrest.02")
    resuscitation_attempted: list[ResuscitationAttempted] | Blank | None = el("eArrest.03")
    witnessed_by: list[ArrestWitnessedBy] | Blank | None = el("eArrest.04")
    aed_prior_to_arrival: AedPriorToArrival | Blank | None = el("eArrest.07")
    cpr_types: list[CprType] | Blank | None = el("eArrest.09")
    therapeutic_hypothermia: YesNo | None = el("eArrest.10")
    first_monitored_rhythm: FirstMonitoredRhythm | Blank | None = el("eArrest.11")
    rosc: list[Rosc] | Blank | None = el("eArrest.12")
    neurological_outcome: NeurologicalOutcome | None = el("eArrest.13")
    arrest_at: AwareDatetime | Blank | None = el("eArrest.14")
    arrest_at_pertinent_negative: PertinentNegative | None = el("eArrest.14")  # Approximate
    resuscitation_discontinued_at: AwareDatetime | Blank | None = el("eArrest.15")
    cpr_discontinued_reason: CprDiscontinuedReason | Blank | None = el("eArrest.16")
    rhythm_at_destination: list[CardiacRhythm] | Blank | None = el("eArrest.17")
    end_of_event: EndOfArrestEvent | Blank | None = el("eArrest.18")
    initial_cpr_at: AwareDatetime | None = el("eArrest.19")
    who_initiated_cpr: WhoInitiatedCpr | Blank | None = el("eArrest.20")
    who_applied_aed: WhoAppliedAed | Blank | None = el("eArrest.21")
    who_defibrillated: WhoDefibrillated | Blank | None = el("eArrest.22")


class CprEventKind(StrEnum):
    """One-tap events of a resuscitation (code mode)."""

    ARREST_RECOGNIZED = "arrest_recognized"
    COMPRESSIONS_STARTED = "compressions_started"
    COMPRESSIONS_PAUSED = "compressions_paused"
    COMPRESSIONS_RESUMED = "compressions_resumed"
    AED_APPLIED = "aed_applied"
    ANALYSIS_SHOCK_ADVISED = "analysis_shock_advised"
    ANALYSIS_NO_SHOCK_ADVISED = "analysis_no_shock_advised"
    SHOCK_DELIVERED = "shock_delivered"
    RHYTHM_CHECK = "rhythm_check"
    MEDICATION_GIVEN = "medication_given"
    AIRWAY_PLACED = "airway_placed"
    ROSC = "rosc"
    RE_ARREST = "re_arrest"
    MECHANICAL_DEVICE_ON = "mechanical_device_on"
    RESUSCITATION_TERMINATED = "resuscitation_terminated"


class CprEvent(NemsisModel):
    id: UUID = Field(default_factory=uuid4)
    at: AwareDatetime = custom("When the event happened")
    kind: CprEventKind = custom("What happened")
    energy_joules: int | None = custom("Shock energy in joules", ge=1, le=400)
    rhythm: CardiacRhythm | None = custom("Rhythm seen at a rhythm check or analysis")
    medication: str | None = custom("RxNorm code of a medication given", pattern=r"^[0-9]{2,7}$")
    medication_id: UUID | None = custom("The eMedications entry documenting that dose")
    crew_member_id: str | None = custom("Crew member who did it (eCrew.01)", max_length=50)
    note: str | None = custom("Free text", max_length=500)
