"""Code mode's one-tap events, read back as the cardiac arrest fields they document (eArrest).

Only empty fields are filled: whatever the crew typed themselves stays as they wrote it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.nemsis import codes as c
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.report import Report

K = CprEventKind
# Recognized within a minute of reaching the patient: the arrest was there before EMS (CARES #20).
ON_ARRIVAL = timedelta(minutes=1)
ENDINGS = (K.ROSC, K.RE_ARREST, K.RESUSCITATION_TERMINATED)


def arrest_fields(report: Report) -> dict[str, Any]:
    """The arrest fields (name -> JSON value) the events imply and the report does not have yet."""
    events = sorted(report.cpr_events, key=lambda e: e.at)
    if not events:
        return {}
    first = {kind: next((e for e in events if e.kind is kind), None) for kind in K}
    derived: dict[str, Any] = {}
    recognized = first[K.ARREST_RECOGNIZED] or events[0]
    at_patient = report.times.arrived_at_patient
    before_ems = not isinstance(at_patient, datetime) or recognized.at <= at_patient + ON_ARRIVAL
    derived["cardiac_arrest"] = (
        c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS
        if before_ems
        else c.CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS
    )
    derived["arrest_at"] = recognized.at.isoformat()
    compressions = first[K.COMPRESSIONS_STARTED] or first[K.COMPRESSIONS_RESUMED]
    attempted = []
    if compressions is not None:
        derived["initial_cpr_at"] = compressions.at.isoformat()
        derived["cpr_types"] = [c.CprType.COMPRESSIONS_MANUAL]
        derived["who_initiated_cpr"] = (
            c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS if not before_ems else None
        )
        attempted.append(c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS)
    if first[K.SHOCK_DELIVERED] is not None:
        attempted.append(c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION)
        derived["who_defibrillated"] = c.WhoDefibrillated.EMS_RESPONDER_TRANSPORT_EMS
    if first[K.AIRWAY_PLACED] is not None:
        attempted.append(c.ResuscitationAttempted.ATTEMPTED_VENTILATION)
    if attempted:
        derived["resuscitation_attempted"] = attempted
    if first[K.AED_APPLIED] is not None:
        derived["who_applied_aed"] = c.WhoAppliedAed.EMS_RESPONDER_TRANSPORT_EMS
    derived["first_monitored_rhythm"] = _first_rhythm(events)
    ending = next((e for e in reversed(events) if e.kind in ENDINGS), None)
    if first[K.ROSC] is not None:
        derived["rosc"] = [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED]
    if ending is not None and ending.kind is K.ROSC:
        derived["end_of_event"] = c.EndOfArrestEvent.ROSC_IN_THE_FIELD
    elif ending is not None and ending.kind is K.RESUSCITATION_TERMINATED:
        derived["end_of_event"] = c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD
        derived["resuscitation_discontinued_at"] = ending.at.isoformat()
        derived["cpr_discontinued_reason"] = c.CprDiscontinuedReason.PROTOCOL_POLICY_REQUIREMENTS_COMPLETED
    current = report.arrest
    return {
        name: value.value if isinstance(value, NemsisCode) else _codes(value)
        for name, value in derived.items()
        if value is not None and getattr(current, name) in (None, [])
    }


def _first_rhythm(events: list[CprEvent]) -> c.FirstMonitoredRhythm | None:
    for event in events:
        if event.kind is K.ANALYSIS_SHOCK_ADVISED:
            return c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM
        if event.kind is K.ANALYSIS_NO_SHOCK_ADVISED:
            return c.FirstMonitoredRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM
        if event.kind is K.RHYTHM_CHECK and event.rhythm is not None:
            return _MONITORED.get(event.rhythm)
    return None


_MONITORED = {
    c.CardiacRhythm.ASYSTOLE: c.FirstMonitoredRhythm.ASYSTOLE,
    c.CardiacRhythm.PEA: c.FirstMonitoredRhythm.PEA,
    c.CardiacRhythm.VENTRICULAR_FIBRILLATION: c.FirstMonitoredRhythm.VENTRICULAR_FIBRILLATION,
    c.CardiacRhythm.VENTRICULAR_TACHYCARDIA_PULSELESS: c.FirstMonitoredRhythm.VENTRICULAR_TACHYCARDIA_PULSELESS,  # noqa: E501
}


def _codes(value: Any) -> Any:
    if isinstance(value, list):
        return [v.value if isinstance(v, NemsisCode) else v for v in value]
    return value
