"""Clinical and NEMSIS rules, told as the calls they catch; property-based where a rule is arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from epcr.demo import demo_report, large_report
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity, Source, Stage
from epcr.rules.registry import Issue, Rule
from epcr.rules.scope import load

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
VALIDATOR = Validator(load(), clock=lambda: NOW)
TIME_FIELDS = [
    "psap_call",
    "unit_notified",
    "en_route",
    "arrived_on_scene",
    "arrived_at_patient",
    "left_scene",
    "arrived_at_destination",
    "transfer_of_care",
    "back_in_service",
]


def call(number: int = 0, **changes: Any) -> dict[str, Any]:
    data = demo_report(number).model_dump(mode="json")
    for dotted, value in changes.items():
        section, _, field = dotted.partition("__")
        if field:
            data[section][field] = value
        else:
            data[section] = value
    return data


def findings(data: dict[str, Any], rule: str | None = None) -> list[Finding]:
    found = VALIDATOR.validate(Report.model_validate(data)).findings
    return [f for f in found if rule is None or f.rule == rule]


def test_demo_calls_are_clean_enough_to_lock() -> None:
    for number in range(4):
        assert [f for f in findings(call(number)) if f.blocks_lock] == []


# -- times ---------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=120), min_size=len(TIME_FIELDS), max_size=len(TIME_FIELDS))
)
def test_time_order_finding_iff_a_later_time_is_earlier(minutes: list[int]) -> None:
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    times = {
        field: (start + timedelta(minutes=m)).isoformat()
        for field, m in zip(TIME_FIELDS, minutes, strict=True)
    }
    found = findings(call(times=times), "times.order")
    out_of_order = any(
        minutes[j] < minutes[i] for i in range(len(minutes)) for j in range(i + 1, len(minutes))
    )
    assert bool(found) == out_of_order
    assert all(f.severity is Severity.ERROR and f.path.startswith("times.") for f in found)


def test_vitals_before_the_call_and_after_handover() -> None:
    data = call(0)
    data["vitals"][0]["taken_at"] = "2026-11-01T01:00:00-07:00"  # hours before dispatch
    data["vitals"][1]["taken_at"] = data["times"]["back_in_service"]
    found = findings(data, "times.care_within_call")
    assert {f.path for f in found} == {f"vitals[{data['vitals'][i]['id']}].taken_at" for i in (0, 1)}
    assert (
        "before the unit was notified" in found[0].message
        or "before the unit was notified" in found[1].message
    )


def test_care_before_arrival_is_fine_when_marked_prior_to_care() -> None:
    data = call(0)
    data["medications"][0] |= {"at": data["times"]["unit_notified"], "prior_to_care": c.YesNo.YES}
    data["times"]["unit_notified"] = data["times"]["psap_call"]
    assert findings(data, "times.care_within_call") == []


# -- vitals ---------------------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=500), st.integers(min_value=0, max_value=500))
def test_diastolic_must_be_below_systolic(sbp: int, dbp: int) -> None:
    data = call(0)
    data["vitals"] = [data["vitals"][0] | {"sbp": sbp, "dbp": dbp}]
    found = findings(data, "vitals.dbp_below_sbp")
    assert bool(found) == (dbp >= sbp)


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 4), st.integers(1, 5), st.integers(1, 6), st.integers(3, 15))
def test_gcs_total_must_be_the_sum(eye: int, verbal: int, motor: int, total: int) -> None:
    data = call(0)
    data["vitals"] = [
        data["vitals"][0] | {"gcs": {"eye": eye, "verbal": verbal, "motor": motor, "total": total}}
    ]
    data["vitals"][0]["avpu"] = None
    found = [f for f in findings(data, "vitals.gcs") if f.path.endswith(".total")]
    assert bool(found) == (total != eye + verbal + motor)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 300), st.integers(18, 120))
def test_adult_heart_rate_flags(rate: int, age: int) -> None:
    data = call(0, patient__age=age)
    data["vitals"] = [data["vitals"][0] | {"heart_rate": rate}]
    flagged = [f for f in findings(data, "vitals.adult_flags") if f.path.endswith("heart_rate")]
    assert bool(flagged) == (0 < rate < 40 or rate > 150)
    assert all(f.severity is Severity.WARNING for f in flagged)


def test_children_do_not_get_adult_flags() -> None:
    data = call(0, patient__age=3)
    data["vitals"][0]["heart_rate"] = 160
    assert findings(data, "vitals.adult_flags") == []


def test_gcs_qualifier_exclusive_and_avpu_consistency() -> None:
    data = call(0)
    legit = (
        c.GcsQualifier.INITIAL_GCS_HAS_LEGITIMATE_VALUES_WITHOUT_INTERVENTIONS_SUCH_AS_INTUBATION_AND_SEDATION
    )
    data["vitals"][0]["gcs"]["qualifiers"] = [legit, c.GcsQualifier.PATIENT_INTUBATED]
    data["vitals"][1] |= {"avpu": c.Avpu.ALERT, "gcs": {"eye": 2, "verbal": 2, "motor": 4, "total": 8}}
    assert any(f.path.endswith(".qualifiers") for f in findings(data, "vitals.gcs"))
    assert [f.message for f in findings(data, "vitals.avpu_gcs")] == [
        "AVPU Alert but GCS 8: one of them is wrong"
    ]


def test_heart_rate_zero_without_arrest() -> None:
    data = call(0)
    data["vitals"][0]["heart_rate"] = 0
    assert findings(data, "vitals.zero_without_arrest")


# -- cardiac arrest ---------------------------------------------------------------------------------------


def test_cpr_without_an_arrest_recorded() -> None:
    data = call(1)  # the arrest call
    data["arrest"]["cardiac_arrest"] = None
    found = findings(data, "arrest.implied")
    assert len(found) == 1 and found[0].path == "arrest.cardiac_arrest" and found[0].blocks_lock


def test_arrest_rhythm_implies_an_arrest() -> None:
    data = call(0)
    data["vitals"][0]["cardiac_rhythm"] = [c.CardiacRhythm.VENTRICULAR_FIBRILLATION]
    assert findings(data, "arrest.implied")


def test_an_arrest_needs_its_registry_fields() -> None:
    data = call(1)
    data["arrest"] |= {"etiology": None, "witnessed_by": None}
    data["situation"]["last_known_well"] = None
    paths = {f.path for f in findings(data, "arrest.required")}
    assert paths == {"arrest.etiology", "arrest.witnessed_by", "situation.last_known_well"}
    assert all(f.stage is Stage.LOCK for f in findings(data, "arrest.required"))


def test_exclusive_arrest_answers() -> None:
    data = call(1)
    data["arrest"]["resuscitation_attempted"] = [
        c.ResuscitationAttempted.ATTEMPTED_VENTILATION,
        c.ResuscitationAttempted.NOT_ATTEMPTED_DNR_ORDERS,
    ]
    data["arrest"]["witnessed_by"] = [
        c.ArrestWitnessedBy.NOT_WITNESSED,
        c.ArrestWitnessedBy.WITNESSED_BY_BYSTANDER,
    ]
    messages = " ".join(f.message for f in findings(data, "arrest.exclusive"))
    assert "both attempted and not attempted" in messages and "Not witnessed" in messages
    assert "Initiated chest compressions" in messages  # compressions documented in eArrest.09


# -- airway, bleeding -------------------------------------------------------------------------------------


def test_invasive_airway_needs_a_linked_confirmation() -> None:
    data = call(1)
    sga = data["procedures"][2]
    data["airway"]["confirmations"] = []
    found = findings(data, "airway.confirmation")
    assert [f.path for f in found] == [f"procedures[{sga['id']}]"]
    data = call(1)
    data["airway"]["confirmations"][0]["methods"] = [c.AirwayConfirmationMethod.AUSCULTATION]
    assert [f.severity for f in findings(data, "airway.confirmation")] == [Severity.WARNING]


def test_tourniquet_needs_limb_and_time_and_is_watched_past_two_hours() -> None:
    data = call(2)  # hemorrhage
    tq = data["procedures"][0]
    tq["bleeding_control"] |= {"tourniquet_limb": None, "tourniquet_applied_at": None}
    assert {f.path.split(".")[-1] for f in findings(data, "bleeding.tourniquet")} == {
        "tourniquet_limb",
        "tourniquet_applied_at",
    }
    data = call(2)
    data["times"]["transfer_of_care"] = None  # still on the ambulance: the clock is now
    found = findings(data, "bleeding.tourniquet_time")
    assert found and "over 2 hours" in found[0].message
    data["procedures"][0]["bleeding_control"]["tourniquet_converted_at"] = data["times"]["left_scene"]
    assert findings(data, "bleeding.tourniquet_time") == []


# -- disposition and the lock gate -------------------------------------------------------------------------


def test_disposition_chain_and_transport_requirements() -> None:
    data = call(0)
    data["disposition"] |= {"transport_method": None, "level_of_care": c.LevelOfCare.NO_CARE_PROVIDED}
    data["times"]["arrived_at_destination"] = None
    paths = {f.path for f in findings(data, "disposition.chain")}
    assert paths == {
        "disposition.transport_method",
        "disposition.level_of_care",
        "times.arrived_at_destination",
    }


def test_lock_gate_lists_what_is_missing_from_an_empty_report() -> None:
    empty = Report.model_validate({"lifecycle": {"created_at": NOW, "created_by": "E-2210"}})
    gate = VALIDATOR.lock_gate(empty)
    paths = {f.path for f in gate}
    assert {"response.pcr_number", "times.unit_notified", "disposition.unit_disposition", "crew"} <= paths
    assert all(f.blocks_lock for f in gate)


def test_findings_carry_rule_severity_path_and_source() -> None:
    data = call(0)
    data["vitals"][0] |= {"sbp": 80, "dbp": 90}
    finding = findings(data, "vitals.dbp_below_sbp")[0]
    assert finding.as_json() == {
        "rule": "vitals.dbp_below_sbp",
        "severity": "error",
        "path": f"vitals[{data['vitals'][0]['id']}].dbp",
        "message": "diastolic 90 is not below systolic 80",
        "source": "agency (physiology)",
        "stage": "entry",
        "confirmation": None,
    }


# -- engine: effective dates and incremental re-validation -------------------------------------------------


def test_rules_are_effective_dated_by_the_call() -> None:
    def always(report: Report, ctx: object) -> list[Issue]:
        return [Issue("narrative.text", "new policy")]

    future = Rule(
        "agency.future",
        "A 2027 policy",
        Severity.ERROR,
        Source.AGENCY,
        "",
        frozenset({"narrative"}),
        Stage.ENTRY,
        date(2027, 1, 1),
        None,
        always,
    )
    validator = Validator(load(), rules=[future], clock=lambda: NOW)
    assert validator.validate(demo_report(0)).findings == []  # a November 2026 call keeps its rules
    data = call(0)
    data["times"] = {
        k: v.replace("2026-11", "2027-02") if isinstance(v, str) else v for k, v in data["times"].items()
    }
    assert [f.rule for f in validator.validate(Report.model_validate(data)).findings] == ["agency.future"]


def test_revalidating_a_changed_section_matches_a_full_run() -> None:
    report = large_report()
    before = VALIDATOR.validate(report)
    changed = report.model_copy(deep=True)
    changed.vitals[5].dbp = 300
    changed.patient.age = 4
    again = VALIDATOR.revalidate(changed, before, ["vitals", "patient"])
    assert again.findings == VALIDATOR.validate(changed).findings
    assert any(f.rule == "vitals.dbp_below_sbp" for f in again.findings)


def test_revalidating_one_entry_matches_a_full_run() -> None:
    report = large_report()
    before = VALIDATOR.validate(report)
    changed = report.model_copy(deep=True)
    target = changed.vitals[7]
    target.sbp, target.dbp = 90, 120
    again = VALIDATOR.revalidate(changed, before, [f"vitals[{target.id}].dbp"])
    assert again.findings == VALIDATOR.validate(changed).findings
    assert [f.path for f in again.findings if f.rule == "vitals.dbp_below_sbp"] == [
        f"vitals[{target.id}].dbp"
    ]
    # the entry is removed: its findings go with it
    removed = changed.model_copy(deep=True)
    removed.vitals = [v for v in removed.vitals if v.id != target.id]
    gone = VALIDATOR.revalidate(removed, again, [f"vitals[{target.id}]"])
    assert gone.findings == VALIDATOR.validate(removed).findings == before.findings


def test_etco2_without_its_unit_is_kept_and_asked_for() -> None:
    data = call(0)
    data["vitals"][0]["etco2_unit"] = None
    found = findings(data, "vitals.etco2_unit")
    assert [(f.severity, f.path.endswith(".etco2_unit")) for f in found] == [(Severity.WARNING, True)]
    assert "eVitals.16" in found[0].message
    assert findings(call(0), "vitals.etco2_unit") == []
