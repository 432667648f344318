"""Code-mode taps become the eArrest fields they document: the whole event log decides on every tap and every
correction, and what the crew picked themselves is never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from epcr.device import Device
from epcr.domain.arrest import CprEventKind as K
from epcr.domain.code_mode import arrest_fields, reads, rederive
from epcr.domain.defined_lists import code_for, medications
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.session import Session
from tests.cli.conftest import PINS, device_template, home  # noqa: F401  (a copied demo device per test)

ZONE = timezone(timedelta(hours=-7))
AT_PATIENT = datetime(2026, 11, 1, 9, 13, tzinfo=ZONE)
PRIOR = c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value
AFTER = c.CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value
EPINEPHRINE = code_for(medications(), "epinephrine 0.1 MG/ML")


def at(seconds: int) -> str:
    return (AT_PATIENT + timedelta(seconds=seconds)).isoformat()


def report(*events: tuple[int, K], at_patient: datetime | None = AT_PATIENT, **arrest: object) -> Report:
    return Report.model_validate(
        {
            "lifecycle": {"created_at": AT_PATIENT, "created_by": "P-1042"},
            "times": {"arrived_at_patient": at_patient.isoformat() if at_patient else None},
            "arrest": arrest,
            "cpr_events": [{"at": at(s), "kind": k} for s, k in events],
        }
    )


def then(before: Report, *events: tuple[int, K], **arrest: object) -> Report:
    """The same report with more taps, and the arrest fields as they now stand."""
    data = before.model_dump(mode="json")
    data["cpr_events"] += [{"at": at(s), "kind": k} for s, k in events]
    data["arrest"].update(arrest)
    return Report.model_validate(data)


def applied(before: Report, after: Report, chosen: str | None = None) -> Report:
    """`after` with the re-derivation written, as the session does in the same transaction."""
    data = after.model_dump(mode="json")
    for path, value in rederive(before, after, chosen).items():
        section, name = path.split(".")
        assert section == "arrest", path
        data["arrest"][name] = value
    return Report.model_validate(data)


def tapped(*events: tuple[int, K], **context: Any) -> Report:
    """Taps one at a time, each re-deriving as code mode does."""
    current = report(**context)
    for event in events:
        current = applied(current, then(current, event))
    return current


def test_an_arrest_found_on_arrival_with_two_shocks_and_rosc() -> None:
    fields = arrest_fields(
        report(
            (5, K.ARREST_RECOGNIZED),
            (20, K.COMPRESSIONS_STARTED),
            (60, K.AED_APPLIED),
            (80, K.ANALYSIS_SHOCK_ADVISED),
            (90, K.SHOCK_DELIVERED),
            (210, K.ANALYSIS_SHOCK_ADVISED),
            (220, K.SHOCK_DELIVERED),
            (400, K.ROSC),
        )
    )
    assert fields["cardiac_arrest"] == PRIOR
    assert fields["initial_cpr_at"] == at(20)
    assert fields["first_monitored_rhythm"] == c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM.value
    assert set(fields["resuscitation_attempted"]) == {
        c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS.value,
        c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION.value,
    }
    assert fields["cpr_types"] == [c.CprType.COMPRESSIONS_MANUAL.value]
    assert fields["rosc"] == [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED.value]
    assert fields["end_of_event"] == c.EndOfArrestEvent.ROSC_IN_THE_FIELD.value
    assert (
        fields["cpr_discontinued_reason"]
        == c.CprDiscontinuedReason.RETURN_OF_SPONTANEOUS_CIRCULATION_PULSE_OR_BP_NOTED.value
    )
    # Found in arrest: when it began, who started CPR and who first used an AED are for witnesses to say.
    for unknown in ("arrest_at", "who_initiated_cpr", "who_applied_aed", "who_defibrillated"):
        assert unknown not in fields


def test_an_arrest_in_front_of_the_crew_that_ends_in_termination() -> None:
    fields = arrest_fields(
        report(
            (600, K.ARREST_RECOGNIZED),
            (605, K.COMPRESSIONS_STARTED),
            (700, K.ANALYSIS_NO_SHOCK_ADVISED),
            (2400, K.RESUSCITATION_TERMINATED),
        )
    )
    assert fields["cardiac_arrest"] == AFTER
    assert fields["arrest_at"] == at(600)
    assert fields["who_initiated_cpr"] == c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS.value
    assert fields["first_monitored_rhythm"] == c.FirstMonitoredRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM.value
    assert fields["end_of_event"] == c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD.value
    assert fields["resuscitation_discontinued_at"] == at(2400)
    assert fields["rosc"] == [c.Rosc.NO.value]
    assert "cpr_discontinued_reason" not in fields  # DNR, medical control, protocol...: the crew says which


def test_prior_to_ems_arrival_becomes_after_when_an_earlier_at_patient_time_is_entered() -> None:
    """Field report: 'prior to EMS arrival' stayed after an earlier at-patient time was entered."""
    found = tapped((600, K.ARREST_RECOGNIZED), (605, K.COMPRESSIONS_STARTED), at_patient=None)
    assert found.arrest.cardiac_arrest == PRIOR  # no at-patient time yet: found in arrest, as far as known
    assert found.arrest.who_initiated_cpr is None and found.arrest.arrest_at is None
    data = found.model_dump(mode="json")
    data["times"]["arrived_at_patient"] = AT_PATIENT.isoformat()  # ten minutes before the arrest
    fixed = applied(found, Report.model_validate(data))
    assert fixed.arrest.cardiac_arrest == AFTER
    assert fixed.arrest.arrest_at == AT_PATIENT + timedelta(seconds=600)
    assert fixed.arrest.who_initiated_cpr == c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS


def test_rosc_then_re_arrest_is_no_longer_rosc_in_the_field() -> None:
    """Field report: 'ROSC in the field' stayed after a re-arrest."""
    rosc = tapped((5, K.ARREST_RECOGNIZED), (20, K.COMPRESSIONS_STARTED), (400, K.ROSC))
    assert rosc.arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD
    lost = applied(rosc, then(rosc, (700, K.RE_ARREST)))
    assert lost.arrest.end_of_event is None  # still going: how it ends is not known yet
    assert lost.arrest.cpr_discontinued_reason is None
    assert lost.arrest.rosc == [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED]  # there was ROSC at some point
    return_ = applied(lost, then(lost, (900, K.ROSC)))
    assert return_.arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD
    ended = applied(lost, then(lost, (2000, K.RESUSCITATION_TERMINATED)))
    assert ended.arrest.end_of_event == c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD
    assert ended.arrest.resuscitation_discontinued_at == AT_PATIENT + timedelta(seconds=2000)
    assert ended.arrest.rosc == [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED]


def test_the_last_ending_decides_whatever_order_the_taps_came_in() -> None:
    out_of_order = tapped((5, K.ARREST_RECOGNIZED), (900, K.ROSC), (400, K.ROSC), (700, K.RE_ARREST))
    assert out_of_order.arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD  # 09:28 ROSC is last


def test_what_the_crew_picked_stays_through_later_taps() -> None:
    ongoing = c.EndOfArrestEvent.ONGOING_RESUSCITATION_IN_ED.value
    start = tapped((5, K.ARREST_RECOGNIZED), (20, K.COMPRESSIONS_STARTED), (300, K.RE_ARREST))
    picked = applied(start, then(start, end_of_event=ongoing), chosen="arrest.end_of_event")
    assert picked.arrest.end_of_event == ongoing
    later = applied(picked, then(picked, (900, K.ROSC)))
    assert later.arrest.end_of_event == ongoing  # the crew's answer, not the log's
    typed = c.FirstMonitoredRhythm.VENTRICULAR_FIBRILLATION.value
    rhythm = tapped((5, K.ARREST_RECOGNIZED), first_monitored_rhythm=typed)
    assert applied(rhythm, then(rhythm, (80, K.ANALYSIS_NO_SHOCK_ADVISED))).arrest.first_monitored_rhythm == (
        typed
    )


def test_a_field_the_crew_just_cleared_is_not_filled_again_by_the_same_edit() -> None:
    start = tapped((5, K.ARREST_RECOGNIZED), (20, K.COMPRESSIONS_STARTED))
    cleared = then(start, cpr_types=None)
    assert rederive(start, cleared, chosen="arrest.cpr_types") == {}


def test_who_first_used_the_aed_follows_the_crew_s_answer_about_aed_before_arrival() -> None:
    start = tapped((5, K.ARREST_RECOGNIZED), (60, K.AED_APPLIED), (90, K.SHOCK_DELIVERED))
    assert start.arrest.who_applied_aed is None and start.arrest.who_defibrillated is None
    no_aed = c.AedPriorToArrival.NO.value
    answered = applied(start, then(start, aed_prior_to_arrival=no_aed), "arrest.aed_prior_to_arrival")
    assert answered.arrest.who_applied_aed == c.WhoAppliedAed.EMS_RESPONDER_TRANSPORT_EMS
    assert answered.arrest.who_defibrillated == c.WhoDefibrillated.EMS_RESPONDER_TRANSPORT_EMS


def test_the_crew_s_own_answer_to_eArrest_01_steers_the_fields_that_hang_on_it() -> None:
    start = tapped((5, K.ARREST_RECOGNIZED), (20, K.COMPRESSIONS_STARTED))
    assert start.arrest.cardiac_arrest == PRIOR and start.arrest.who_initiated_cpr is None
    seen = applied(start, then(start, cardiac_arrest=AFTER), "arrest.cardiac_arrest")
    assert seen.arrest.cardiac_arrest == AFTER
    assert seen.arrest.who_initiated_cpr == c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS
    assert seen.arrest.arrest_at == AT_PATIENT + timedelta(seconds=5)


def test_a_voided_event_takes_what_it_implied_with_it() -> None:
    start = tapped(
        (600, K.ARREST_RECOGNIZED), (605, K.COMPRESSIONS_STARTED), (700, K.SHOCK_DELIVERED), (900, K.ROSC)
    )
    assert c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION in start.arrest.resuscitation_attempted  # type: ignore[operator]
    data = start.model_dump(mode="json")
    data["cpr_events"] = [e for e in data["cpr_events"] if e["kind"] not in ("shock_delivered", "rosc")]
    voided = applied(start, Report.model_validate(data))
    assert voided.arrest.resuscitation_attempted == [c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS]
    assert voided.arrest.who_defibrillated is None
    assert voided.arrest.rosc is None and voided.arrest.end_of_event is None


def test_an_edited_rhythm_and_time_re_derive() -> None:
    start = tapped((5, K.ARREST_RECOGNIZED), (20, K.COMPRESSIONS_STARTED), (60, K.RHYTHM_CHECK))
    assert start.arrest.first_monitored_rhythm is None  # a check with no rhythm named says nothing
    data = start.model_dump(mode="json")
    data["cpr_events"][2]["rhythm"] = c.CardiacRhythm.VENTRICULAR_FIBRILLATION.value
    data["cpr_events"][1]["at"] = at(12)
    edited = applied(start, Report.model_validate(data))
    assert edited.arrest.first_monitored_rhythm == c.FirstMonitoredRhythm.VENTRICULAR_FIBRILLATION
    assert edited.arrest.initial_cpr_at == AT_PATIENT + timedelta(seconds=12)


def test_no_events_no_fields_and_which_edits_re_derive() -> None:
    assert arrest_fields(report()) == {}
    assert rederive(report(), report()) == {}
    assert reads("cpr_events[6f1c2b1e-0000-4000-8000-000000000000].at")
    assert reads("arrest.etiology") and reads("times.arrived_at_patient")
    assert not reads("times.unit_notified") and not reads("patient.last_name")


# -- the session: each tap or correction and its re-derivation, in one transaction ----------------------


@pytest.fixture
def paramedic(home: Path) -> Iterator[Session]:  # noqa: F811
    session = Device.at(home).log_in("P-1042", PINS["P-1042"])
    yield session
    session.log_out()


def epinephrine_tap(route: str, performer: str, when: str) -> dict[str, Any]:
    return {
        "at": when,
        "kind": K.MEDICATION_GIVEN.value,
        "medication": EPINEPHRINE,
        "crew_member_id": performer,
        "medication_entry": {
            "at": when,
            "code": EPINEPHRINE,
            "prior_to_care": c.YesNo.NO.value,
            "route": route,
            "dose": 1,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG.value,
            "performer_crew_id": performer,
        },
    }


def test_an_epinephrine_tap_is_a_medication_entry_linked_to_its_event(paramedic: Session) -> None:
    rid = paramedic.create_report().uuid
    io = c.MedicationRoute.INTRAOSSEOUS_IO.value
    event_id = paramedic.stamp_cpr_event(rid, epinephrine_tap(io, "P-1042", at(30)))
    stored = paramedic.open_report(rid)
    event = next(e for e in stored.cpr_events if e.id == event_id)
    [dose] = stored.medications
    assert event.medication_id == dose.id and dose.code == EPINEPHRINE and dose.route == io
    assert (
        dose.dose == 1 and dose.dose_unit == c.DoseUnit.MILLIGRAMS_MG and dose.performer_crew_id == "P-1042"
    )
    assert stored.arrest.cardiac_arrest is not None  # and the arrest fields, in the same transaction


def test_a_refused_tap_writes_nothing_at_all(paramedic: Session) -> None:
    rid = paramedic.create_report().uuid
    bad = epinephrine_tap("not a route", "P-1042", at(30))
    with pytest.raises(Exception, match="route"):
        paramedic.stamp_cpr_event(rid, bad)
    stored = paramedic.open_report(rid)
    assert stored.medications == [] and stored.cpr_events == [] and stored.arrest.cardiac_arrest is None


def test_correcting_and_voiding_events_re_derive_in_one_transaction(paramedic: Session) -> None:
    rid = paramedic.create_report().uuid
    paramedic.save_field(rid, "times.arrived_at_patient", AT_PATIENT.isoformat())
    for seconds, kind in ((600, K.ARREST_RECOGNIZED), (605, K.COMPRESSIONS_STARTED), (900, K.ROSC)):
        paramedic.stamp_cpr_event(rid, {"at": at(seconds), "kind": kind.value})
    rearrest = paramedic.stamp_cpr_event(rid, {"at": at(1000), "kind": K.RE_ARREST.value})
    assert paramedic.open_report(rid).arrest.end_of_event is None

    paramedic.void_cpr_event(rid, f"cpr_events[{rearrest}]", "tapped by mistake")
    stored = paramedic.open_report(rid)
    assert stored.arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD
    trail = [a for a in paramedic.db.audit_trail(rid) if a.action in ("void", "edit")]
    void = next(n for n, a in enumerate(trail) if a.action == "void")
    rederived = {a.path for a in trail[void + 1 :] if a.at == trail[void].at}  # same transaction, same time
    assert {"arrest.end_of_event", "arrest.cpr_discontinued_reason"} <= rederived

    recognized = stored.cpr_events[0]
    corrected = recognized.model_dump(mode="json") | {"at": at(590)}
    paramedic.save_arrest_field(rid, f"cpr_events[{recognized.id}]", corrected)
    assert paramedic.open_report(rid).arrest.arrest_at == AT_PATIENT + timedelta(seconds=590)

    paramedic.save_arrest_field(rid, "times.arrived_at_patient", at(700))  # at the patient after it began
    assert paramedic.open_report(rid).arrest.cardiac_arrest == PRIOR


def test_an_epinephrine_event_moved_in_time_moves_its_dose(paramedic: Session) -> None:
    rid = paramedic.create_report().uuid
    iv = c.MedicationRoute.INTRAVENOUS_IV.value
    event_id = paramedic.stamp_cpr_event(rid, epinephrine_tap(iv, "P-1042", at(30)))
    event = next(e for e in paramedic.open_report(rid).cpr_events if e.id == event_id)
    paramedic.save_arrest_field(
        rid, f"cpr_events[{event_id}]", event.model_dump(mode="json") | {"at": at(45)}
    )
    assert paramedic.open_report(rid).medications[0].at == AT_PATIENT + timedelta(seconds=45)
