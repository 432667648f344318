"""Code-mode taps become the eArrest fields they document; what the crew typed is never overwritten."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from epcr.domain.arrest import CprEventKind as K
from epcr.domain.code_mode import arrest_fields
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report

ZONE = timezone(timedelta(hours=-7))
AT_PATIENT = datetime(2026, 11, 1, 9, 13, tzinfo=ZONE)


def report(*events: tuple[int, K], **arrest: object) -> Report:
    return Report.model_validate(
        {
            "lifecycle": {"created_at": AT_PATIENT, "created_by": "P-1042"},
            "times": {"arrived_at_patient": AT_PATIENT.isoformat()},
            "arrest": arrest,
            "cpr_events": [
                {"at": (AT_PATIENT + timedelta(seconds=s)).isoformat(), "kind": k} for s, k in events
            ],
        }
    )


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
    assert (
        fields["cardiac_arrest"]
        == c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value
    )
    assert fields["initial_cpr_at"] == (AT_PATIENT + timedelta(seconds=20)).isoformat()
    assert fields["first_monitored_rhythm"] == c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM.value
    assert set(fields["resuscitation_attempted"]) == {
        c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS.value,
        c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION.value,
    }
    assert fields["rosc"] == [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED.value]
    assert fields["end_of_event"] == c.EndOfArrestEvent.ROSC_IN_THE_FIELD.value
    assert "who_initiated_cpr" not in fields  # found in arrest: someone else may have started CPR


def test_an_arrest_in_front_of_the_crew_that_ends_in_termination() -> None:
    fields = arrest_fields(
        report(
            (600, K.ARREST_RECOGNIZED),
            (605, K.COMPRESSIONS_STARTED),
            (700, K.ANALYSIS_NO_SHOCK_ADVISED),
            (2400, K.RESUSCITATION_TERMINATED),
        )
    )
    assert (
        fields["cardiac_arrest"]
        == c.CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value
    )
    assert fields["who_initiated_cpr"] == c.WhoInitiatedCpr.EMS_RESPONDER_TRANSPORT_EMS.value
    assert fields["first_monitored_rhythm"] == c.FirstMonitoredRhythm.UNKNOWN_AED_NON_SHOCKABLE_RHYTHM.value
    assert fields["end_of_event"] == c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD.value
    assert fields["resuscitation_discontinued_at"] == (AT_PATIENT + timedelta(seconds=2400)).isoformat()


def test_what_the_crew_typed_stays() -> None:
    typed = c.FirstMonitoredRhythm.VENTRICULAR_FIBRILLATION
    fields = arrest_fields(
        report((5, K.ARREST_RECOGNIZED), (80, K.ANALYSIS_SHOCK_ADVISED), first_monitored_rhythm=typed)
    )
    assert "first_monitored_rhythm" not in fields and "cardiac_arrest" in fields
    assert arrest_fields(report()) == {}
