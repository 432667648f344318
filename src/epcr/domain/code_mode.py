"""Code mode's one-tap events, read back as the cardiac arrest fields they document (eArrest).

The whole event log decides, on every tap and every correction. A field follows the log while the crew has
not chosen it themselves: while it is empty or still holds what the log implied before the change. A value
the crew picked stays as they picked it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.fields import is_not_reporting
from epcr.domain.nemsis import codes as c
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.paths import PathError, parse
from epcr.domain.report import Report

K = CprEventKind
# Recognized within a minute of reaching the patient: the arrest was there before EMS (CARES #20).
ON_ARRIVAL = timedelta(minutes=1)
ENDINGS = (K.ROSC, K.RE_ARREST, K.RESUSCITATION_TERMINATED)
COMPRESSING = (K.COMPRESSIONS_STARTED, K.COMPRESSIONS_RESUMED, K.MECHANICAL_DEVICE_ON)
PRIOR = c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS
AFTER = c.CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS

DERIVED = (  # the Arrest fields the event log speaks to
    "cardiac_arrest",  # eArrest.01
    "resuscitation_attempted",  # eArrest.03
    "cpr_types",  # eArrest.09
    "first_monitored_rhythm",  # eArrest.11
    "rosc",  # eArrest.12
    "arrest_at",  # eArrest.14
    "resuscitation_discontinued_at",  # eArrest.15
    "cpr_discontinued_reason",  # eArrest.16
    "end_of_event",  # eArrest.18
    "initial_cpr_at",  # eArrest.19
    "who_initiated_cpr",  # eArrest.20
    "who_applied_aed",  # eArrest.21
    "who_defibrillated",  # eArrest.22
)
# What the derivation reads besides the log: an edit of these re-derives too.
INPUTS = ("arrest.", "times.arrived_at_patient")


def reads(path: str) -> bool:
    """True when an edit of `path` can change what the log implies (a CPR event, an eArrest field, the
    at-patient time): such an edit goes with its re-derivation, in one transaction."""
    return path.startswith("cpr_events") or path.startswith(INPUTS)


def implied(report: Report) -> dict[str, Any]:
    """What the event log says about each derived field (None: it says nothing), as model values. Fields
    that hang on the crew's own answers (.20-.22 on .01 and .07) read the report's current ones."""
    derived: dict[str, Any] = dict.fromkeys(DERIVED)
    events = sorted(report.cpr_events, key=lambda e: e.at)
    if not events:
        return derived
    first = {kind: next((e for e in events if e.kind is kind), None) for kind in K}
    recognized = first[K.ARREST_RECOGNIZED] or events[0]
    at_patient = report.times.arrived_at_patient
    before_ems = not isinstance(at_patient, datetime) or recognized.at <= at_patient + ON_ARRIVAL
    derived["cardiac_arrest"] = PRIOR if before_ems else AFTER
    current = report.arrest
    arrest = current.cardiac_arrest if isinstance(current.cardiac_arrest, c.CardiacArrest) else None
    seen_by_ems = (arrest or derived["cardiac_arrest"]) is AFTER
    if seen_by_ems:  # an arrest found already there began at a time only a witness can tell
        derived["arrest_at"] = recognized.at
    compressions = next((e for e in events if e.kind in COMPRESSING), None)
    manual = next((e for e in events if e.kind in COMPRESSING[:2]), None)
    attempted = set()
    if compressions is not None:
        derived["initial_cpr_at"] = compressions.at
        attempted.add(c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS)
        if seen_by_ems:
            derived["who_initiated_cpr"] = c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS
    if manual is not None:  # a device's make is the crew's to name
        derived["cpr_types"] = [c.CprType.COMPRESSIONS_MANUAL]
    if first[K.SHOCK_DELIVERED] is not None:
        attempted.add(c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION)
    if first[K.AIRWAY_PLACED] is not None:
        attempted.add(c.ResuscitationAttempted.ATTEMPTED_VENTILATION)
    if attempted:
        derived["resuscitation_attempted"] = [m for m in c.ResuscitationAttempted if m in attempted]
    aed_before = current.aed_prior_to_arrival
    if first[K.AED_APPLIED] is not None and (seen_by_ems or aed_before == c.AedPriorToArrival.NO):
        derived["who_applied_aed"] = c.WhoAppliedAed.EMS_RESPONDER_TRANSPORT_EMS
    nobody_shocked = (c.AedPriorToArrival.NO, c.AedPriorToArrival.YES_APPLIED_WITHOUT_DEFIBRILLATION)
    if first[K.SHOCK_DELIVERED] is not None and (seen_by_ems or aed_before in nobody_shocked):
        derived["who_defibrillated"] = c.WhoDefibrillated.EMS_RESPONDER_TRANSPORT_EMS
    derived["first_monitored_rhythm"] = _first_rhythm(events)
    ending = next((e for e in reversed(events) if e.kind in ENDINGS), None)  # the last one decides
    if first[K.ROSC] is not None:  # any ROSC, even one lost again
        derived["rosc"] = [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED]
    elif ending is not None and ending.kind is K.RESUSCITATION_TERMINATED:
        derived["rosc"] = [c.Rosc.NO]
    if ending is not None and ending.kind is K.ROSC:
        derived["end_of_event"] = c.EndOfArrestEvent.ROSC_IN_THE_FIELD
        derived["cpr_discontinued_reason"] = (
            c.CprDiscontinuedReason.RETURN_OF_SPONTANEOUS_CIRCULATION_PULSE_OR_BP_NOTED
        )
    elif ending is not None and ending.kind is K.RESUSCITATION_TERMINATED:
        derived["end_of_event"] = c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD
        derived["resuscitation_discontinued_at"] = ending.at  # why it stopped is the crew's to say
    return derived


def arrest_fields(report: Report) -> dict[str, Any]:
    """What the log implies, JSON-ready, for the fields it speaks to (name -> value)."""
    return {name: to_json(value) for name, value in implied(report).items() if value is not None}


def rederive(before: Report, after: Report, chosen: str | None = None) -> dict[str, Any]:
    """The writes (path -> JSON value) that bring the derived fields in line with the log after a change
    from `before` to `after`. `chosen` is the path the crew just set themselves: it is not touched. A CPR
    event's new time moves its linked medication's too, unless that time was corrected on its own."""
    was = implied(before)
    current = after.arrest
    follows = [
        name
        for name in DERIVED
        if f"arrest.{name}" != chosen
        and (_empty(getattr(current, name)) or _same(getattr(current, name), was[name]))
    ]
    proposal = {name: getattr(current, name) for name in follows}
    for _ in range(3):  # .20-.22 read .01: a second pass sees .01 as it now stands
        trial = after.model_copy(update={"arrest": current.model_copy(update=proposal)})
        now = implied(trial)
        settled = {name: now[name] for name in follows}
        if all(_same(settled[n], proposal[n]) for n in follows):
            break
        proposal = settled
    writes = {
        f"arrest.{name}": to_json(value)
        for name, value in proposal.items()
        if not _same(value, getattr(current, name))
    }
    writes.update(_medication_times(before, after))
    return writes


def _medication_times(before: Report, after: Report) -> dict[str, Any]:
    old = {e.id: e for e in before.cpr_events}
    given = {m.id: m for m in after.medications}
    moved: dict[str, Any] = {}
    for event in after.cpr_events:
        was = old.get(event.id)
        medication = given.get(event.medication_id) if event.medication_id else None
        if was is None or medication is None or was.at == event.at:
            continue
        if isinstance(medication.at, datetime) and medication.at == was.at:
            moved[f"medications[{medication.id}].at"] = event.at.isoformat()
    return moved


def event_id(path: str) -> str | None:
    """The CPR event a path names (cpr_events[<id>] or a field of it), or None."""
    try:
        fp = parse(path)
    except PathError:
        return None
    return fp.item_id if fp.part.key == "cpr_events" and fp.item_id else None


def to_json(value: Any) -> Any:
    if isinstance(value, NemsisCode):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def _empty(value: Any) -> bool:
    # An imported Not Reporting is no one's answer: the log may fill the field.
    return value is None or value == [] or is_not_reporting(value)


def _same(a: Any, b: Any) -> bool:
    if _empty(a) and _empty(b):
        return True
    if isinstance(a, list) and isinstance(b, list):  # a pick list's order says nothing
        return set(a) == set(b)
    return bool(a == b)


def _first_rhythm(events: list[CprEvent]) -> c.FirstMonitoredRhythm | None:
    """The first arrest rhythm named on any event, or an AED's verdict; a rhythm with a pulse is not one."""
    for event in events:
        if event.rhythm in _MONITORED:
            return _MONITORED[event.rhythm]
        if event.kind is K.ANALYSIS_SHOCK_ADVISED:
            return c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM
        if event.kind is K.ANALYSIS_NO_SHOCK_ADVISED:
            return c.FirstMonitoredRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM
    return None


_MONITORED = {
    c.CardiacRhythm.ASYSTOLE: c.FirstMonitoredRhythm.ASYSTOLE,
    c.CardiacRhythm.PEA: c.FirstMonitoredRhythm.PEA,
    c.CardiacRhythm.VENTRICULAR_FIBRILLATION: c.FirstMonitoredRhythm.VENTRICULAR_FIBRILLATION,
    c.CardiacRhythm.VENTRICULAR_TACHYCARDIA_PULSELESS: c.FirstMonitoredRhythm.VENTRICULAR_TACHYCARDIA_PULSELESS,  # noqa: E501
    c.CardiacRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM: c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM,
    c.CardiacRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM: c.FirstMonitoredRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM,
}
