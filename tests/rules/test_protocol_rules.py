"""Protocol rules (issue 15, item 3), each told as a call that makes it speak and one that keeps it silent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from epcr.demo import demo_report
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity, Stage
from epcr.rules.registry import RULES
from epcr.rules.scope import load

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
VALIDATOR = Validator(load(), clock=lambda: NOW)
CHEST_PAIN, ARREST, BLEEDING, OVERDOSE = 0, 1, 2, 3
FENTANYL, ASPIRIN, COLLAR = "4337", "1191", "49689007"


def call(number: int) -> dict[str, Any]:
    return demo_report(number).model_dump(mode="json")


def findings(data: dict[str, Any], rule: str) -> list[Finding]:
    return [f for f in VALIDATOR.validate(Report.model_validate(data)).findings if f.rule == rule]


def minutes_after_notified(data: dict[str, Any], minutes: float) -> str:
    notified = datetime.fromisoformat(data["times"]["unit_notified"])
    return (notified + timedelta(minutes=minutes)).isoformat()


def test_every_protocol_rule_is_a_sourced_warning() -> None:
    protocol = [r for r in RULES if r.id.startswith("protocol.")]
    assert len(protocol) == 9
    for rule in protocol:
        assert rule.severity is Severity.WARNING, rule.id
        assert "NASEMSO" in rule.reference or "CDC/ACS" in rule.reference, rule.id
    stages = {r.id: r.stage for r in protocol}
    assert stages.pop("protocol.refusal_capacity") is Stage.ENTRY  # seen while the patient is still there
    assert set(stages.values()) == {Stage.LOCK}


# -- stroke -------------------------------------------------------------------------------------------------


def stroke_call() -> dict[str, Any]:
    data = call(CHEST_PAIN)
    data["situation"]["primary_impression"] = "I63.9"  # cerebral infarction
    for vitals in data["vitals"]:
        vitals["glucose"] = None
    return data


def test_a_suspected_stroke_without_scale_last_known_well_or_glucose() -> None:
    found = findings(stroke_call(), "protocol.stroke")
    assert {f.message.split(":")[1].split("(")[0].strip() for f in found} == {
        "document a stroke scale, its result and type",
        "document last known well",
        "document a blood glucose",
    }


def test_a_stroke_documented_as_the_guideline_asks() -> None:
    data = stroke_call()
    data["vitals"][0] |= {
        "stroke_scale_result": c.StrokeScaleResult.POSITIVE,
        "stroke_scale_type": c.StrokeScaleType.BEFAST,
        "glucose": 104,
    }
    data["situation"]["last_known_well"] = minutes_after_notified(data, -90)
    assert findings(data, "protocol.stroke") == []
    assert findings(call(CHEST_PAIN), "protocol.stroke") == []  # no stroke suspected


def test_a_positive_stroke_scale_is_a_suspected_stroke() -> None:
    data = call(CHEST_PAIN)
    data["vitals"][0] |= {"stroke_scale_result": c.StrokeScaleResult.POSITIVE}
    assert {f.path.rsplit(".", 1)[-1] for f in findings(data, "protocol.stroke")} == {
        "stroke_scale_result",
        "last_known_well",
    }


# -- chest pain / ACS ---------------------------------------------------------------------------------------


def test_the_chest_pain_call_has_its_12_lead_in_time_and_its_aspirin() -> None:
    data = call(CHEST_PAIN)  # 12-lead 3 minutes after patient contact, aspirin 324 mg
    assert findings(data, "protocol.acs_ecg") == []
    assert findings(data, "protocol.acs_aspirin") == []


def test_a_12_lead_late_or_missing() -> None:
    data = call(CHEST_PAIN)
    data["procedures"][0]["at"] = minutes_after_notified(data, 30)  # contact at 13: 17 minutes
    [late] = findings(data, "protocol.acs_ecg")
    assert "17 minutes after patient contact" in late.message and "within 10" in late.message
    data["procedures"] = data["procedures"][1:]
    [missing] = findings(data, "protocol.acs_ecg")
    assert missing.message.startswith("chest pain/ACS: no 12-lead ECG documented")


def test_a_12_lead_refused_is_addressed() -> None:
    data = call(CHEST_PAIN)
    data["procedures"][0] |= {"pertinent_negative": c.PertinentNegative.REFUSED, "at": None}
    assert findings(data, "protocol.acs_ecg") == []


def test_aspirin_not_given_needs_the_reason_beside_it() -> None:
    data = call(CHEST_PAIN)
    data["medications"] = [m for m in data["medications"] if m["code"] != ASPIRIN]
    assert [f.path for f in findings(data, "protocol.acs_aspirin")] == ["medications"]
    data["medications"].append(
        {"code": ASPIRIN, "pertinent_negative": c.PertinentNegative.MEDICATION_ALREADY_TAKEN}
    )
    assert findings(data, "protocol.acs_aspirin") == []


def test_chest_pain_in_a_child_gets_no_adult_acs_rules() -> None:
    data = call(CHEST_PAIN)
    data["patient"] |= {"age": 9}
    data["medications"], data["procedures"] = [], []
    assert findings(data, "protocol.acs_aspirin") == findings(data, "protocol.acs_ecg") == []


# -- altered mental status -----------------------------------------------------------------------------------


def test_altered_mental_status_without_a_glucose() -> None:
    data = call(OVERDOSE)  # GCS 7, unresponsive
    for vitals in data["vitals"]:
        vitals["glucose"] = None
    [found] = findings(data, "protocol.ams_glucose")
    assert found.message.startswith("altered mental status: document a blood glucose")


def test_altered_mental_status_with_a_glucose_or_in_arrest() -> None:
    assert findings(call(OVERDOSE), "protocol.ams_glucose") == []  # glucose in every set
    arrest = call(ARREST)
    for vitals in arrest["vitals"]:
        vitals["glucose"] = None
    assert findings(arrest, "protocol.ams_glucose") == []  # resuscitation first


def test_a_low_gcs_alone_is_altered_mental_status() -> None:
    data = call(CHEST_PAIN)
    for vitals in data["vitals"]:
        vitals["glucose"] = None
    assert findings(data, "protocol.ams_glucose") == []
    data["vitals"][1] |= {"gcs": {"eye": 3, "verbal": 4, "motor": 6, "total": 13}, "avpu": c.Avpu.VERBAL}
    assert [f.message.split(":")[0] for f in findings(data, "protocol.ams_glucose")] == ["AVPU Verbal"]


# -- naloxone and analgesia ----------------------------------------------------------------------------------


def test_naloxone_without_a_response() -> None:
    data = call(OVERDOSE)
    assert findings(data, "protocol.naloxone_response") == []  # improved
    data["medications"][0]["response"] = None
    [found] = findings(data, "protocol.naloxone_response")
    assert found.path == f"medications[{data['medications'][0]['id']}].response"


def fentanyl_call() -> dict[str, Any]:
    data = call(CHEST_PAIN)
    data["medications"].append(
        {
            **data["medications"][1],
            "id": "0b6a0f0e-6a3c-4a55-9d0e-5e8b7f2b9a11",
            "at": minutes_after_notified(data, 25),
            "code": FENTANYL,
            "route": c.MedicationRoute.INTRAVENOUS_IV,
            "dose": 50,
            "dose_unit": c.DoseUnit.MICROGRAMS_MCG,
        }
    )
    return data


def test_pain_reassessed_after_an_opioid() -> None:
    data = fentanyl_call()  # vitals at 14, 24 and 38 minutes, each with a pain score
    assert findings(data, "protocol.analgesia_reassessed") == []


def test_an_opioid_with_no_later_pain_score() -> None:
    data = fentanyl_call()
    data["vitals"][2]["pain_score"] = None  # the 38-minute set: the only one after the 25-minute dose
    [found] = findings(data, "protocol.analgesia_reassessed")
    assert found.path == "medications[0b6a0f0e-6a3c-4a55-9d0e-5e8b7f2b9a11].code"
    data["vitals"][2]["pain_score"] = {"pertinent_negative": c.PertinentNegative.UNABLE_TO_COMPLETE}
    assert findings(data, "protocol.analgesia_reassessed") == []  # tried and said so


# -- spinal motion restriction ------------------------------------------------------------------------------


def smr_call(minutes: float) -> dict[str, Any]:
    data = call(BLEEDING)
    data["procedures"].append(
        {
            **data["procedures"][0],
            "id": "9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b",
            "code": COLLAR,
            "at": minutes_after_notified(data, minutes),
            "bleeding_control": None,
        }
    )
    return data


def test_spinal_motion_restriction_with_motor_checks_before_and_after() -> None:
    data = smr_call(16)
    times = [v["taken_at"] for v in data["vitals"]]
    assert min(times) <= minutes_after_notified(data, 16) < max(times)
    assert findings(data, "protocol.smr_neuro") == []


def test_spinal_motion_restriction_with_no_check_after_it() -> None:
    data = smr_call(16)
    for vitals in data["vitals"]:
        if vitals["taken_at"] > minutes_after_notified(data, 16):
            vitals["gcs"] = {}
    [found] = findings(data, "protocol.smr_neuro")
    assert "check after it" in found.message
    data["assessment"]["exam_findings"] = [
        {"element": "eExam.16", "code": "3516047", "assessed_at": minutes_after_notified(data, 20)}
    ]  # motor function normal, checked after the collar
    assert findings(data, "protocol.smr_neuro") == []


# -- refusal -------------------------------------------------------------------------------------------------


def refusal(gcs_total: int | None = None) -> dict[str, Any]:
    data = call(CHEST_PAIN)
    data["disposition"] |= {
        "patient_evaluation_care": c.PatientEvaluationCare.PATIENT_EVALUATED_AND_REFUSED_CARE,
        "transport_disposition": c.TransportDisposition.PATIENT_REFUSED_TRANSPORT,
    }
    if gcs_total is not None:
        data["vitals"][1] |= {
            "gcs": {"eye": 3, "verbal": 3, "motor": gcs_total - 6, "total": gcs_total},
            "avpu": c.Avpu.VERBAL,
        }
    return data


def test_a_gcs_10_refusal_gets_a_capacity_finding() -> None:
    [found] = findings(refusal(10), "protocol.refusal_capacity")
    assert found.path == "disposition.patient_evaluation_care"
    assert found.message.startswith(
        "a refusal with GCS 10, AVPU Verbal: the patient may lack decision-making"
    )
    assert found.stage is Stage.ENTRY and not found.blocks_lock


def test_an_alert_adult_refusal_and_intoxication() -> None:
    data = refusal()
    assert findings(data, "protocol.refusal_capacity") == []
    data["assessment"]["sample"]["barriers_to_care"] = ["3101033"]  # alcohol use, suspected
    assert "alcohol use suspected" in findings(data, "protocol.refusal_capacity")[0].message


# -- trauma destination --------------------------------------------------------------------------------------


def test_high_risk_trauma_not_taken_to_a_trauma_center() -> None:
    data = call(BLEEDING)  # a tourniquet: eInjury.03 high-risk criterion; destination capability not given
    assert data["injury"]["trauma_triage_criteria_high_risk_for_serious_injury"]
    [found] = findings(data, "protocol.trauma_destination")
    assert found.path == "disposition.hospital_capability"
    data["disposition"]["hospital_capability"] = ["9908025"]  # Level 3
    assert "not a trauma center" in findings(data, "protocol.trauma_destination")[0].message


def test_high_risk_trauma_taken_to_a_level_1_center_or_handed_to_air() -> None:
    data = call(BLEEDING)
    data["disposition"]["hospital_capability"] = ["9908007", "9908021"]  # general hospital, trauma level 1
    assert findings(data, "protocol.trauma_destination") == []
    data["disposition"] |= {
        "hospital_capability": None,
        "destination_type": c.DestinationType.OTHER_EMS_RESPONDER_AIR,
    }
    assert findings(data, "protocol.trauma_destination") == []
    assert findings(call(CHEST_PAIN), "protocol.trauma_destination") == []  # no high-risk criteria
