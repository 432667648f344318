"""Who may do what: the national default scope table, checked through the rule a report goes through."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from epcr.demo import demo_report
from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.rules.engine import Validator
from epcr.rules.findings import Confirmation, Finding, Severity

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
LADDER = [
    Level.EMR,
    Level.EMT_BASIC,
    Level.AEMT,
    Level.EMT_INTERMEDIATE,
    Level.PARAMEDIC,
    Level.CRITICAL_CARE,
]
R = c.MedicationRoute

# (what, kind, code, route, lowest level permitted without an endorsement)
CASES: list[tuple[str, str, str, c.MedicationRoute | None, Level]] = [
    ("oropharyngeal airway", "procedure", "7443007", None, Level.EMR),
    ("nasopharyngeal airway", "procedure", "182692007", None, Level.EMT_BASIC),
    ("bag-valve-mask", "procedure", "425447009", None, Level.EMR),
    ("CPR", "procedure", "89666000", None, Level.EMR),
    ("AED", "procedure", "450661000124102", None, Level.EMR),
    ("tourniquet", "procedure", "20655006", None, Level.EMR),
    ("CPAP", "procedure", "47545007", None, Level.EMT_BASIC),
    ("supraglottic airway", "procedure", "450611000124100", None, Level.AEMT),
    ("endotracheal intubation", "procedure", "232674004", None, Level.EMT_INTERMEDIATE),
    ("rapid sequence intubation", "procedure", "241689008", None, Level.CRITICAL_CARE),
    ("peripheral IV", "procedure", "392230005", None, Level.AEMT),
    ("intraosseous access", "procedure", "430824005", None, Level.AEMT),
    ("needle decompression", "procedure", "182705007", None, Level.PARAMEDIC),
    ("manual defibrillation", "procedure", "426220008", None, Level.EMT_INTERMEDIATE),
    ("aspirin PO", "medication", "1191", R.ORAL, Level.EMT_BASIC),
    ("oral glucose", "medication", "4850", R.ORAL, Level.EMT_BASIC),
    # Corrected cells (issue 15): each against the 2019 model; the source is on the row in national.toml.
    ("glucose 4850 IV", "medication", "4850", R.INTRAVENOUS_IV, Level.AEMT),
    ("acetaminophen by mouth", "medication", "161", R.ORAL, Level.EMT_BASIC),
    ("acetaminophen IV", "medication", "161", R.INTRAVENOUS_IV, Level.PARAMEDIC),
    ("nitroglycerin IV", "medication", "4917", R.INTRAVENOUS_IV, Level.PARAMEDIC),
    ("atropine nerve-agent auto-injector", "medication", "1223", R.AUTO_INJECTOR, Level.EMR),
    ("atropine IV", "medication", "1223", R.INTRAVENOUS_IV, Level.EMT_INTERMEDIATE),
    ("etomidate IV (RSI induction)", "medication", "4177", R.INTRAVENOUS_IV, Level.CRITICAL_CARE),
    ("generic IV drug administration", "procedure", "386358000", None, Level.AEMT),
    ("generic drug administration", "procedure", "18629005", None, Level.EMR),
    ("spinal clearance (spine examination)", "procedure", "284405008", None, Level.EMT_BASIC),
    ("central line access", "procedure", "226005007", None, Level.PARAMEDIC),
    ("epinephrine auto-injector", "medication", "328316", R.AUTO_INJECTOR, Level.EMT_BASIC),
    ("epinephrine 1 mg/mL IM", "medication", "328316", R.INTRAMUSCULAR_IM, Level.AEMT),
    ("epinephrine 1 mg/mL IV", "medication", "328316", R.INTRAVENOUS_IV, Level.PARAMEDIC),
    ("naloxone intranasal", "medication", "7242", R.INTRANASAL, Level.EMR),
    ("naloxone auto-injector", "medication", "7242", R.AUTO_INJECTOR, Level.EMR),
    ("naloxone IV", "medication", "7242", R.INTRAVENOUS_IV, Level.AEMT),
    ("nitroglycerin SL", "medication", "4917", R.SUBLINGUAL, Level.EMT_BASIC),
    ("albuterol nebulized", "medication", "435", R.NEBULIZER, Level.EMT_BASIC),
    ("dextrose 10% IV", "medication", "1795477", R.INTRAVENOUS_IV, Level.AEMT),
    ("glucagon IM", "medication", "4832", R.INTRAMUSCULAR_IM, Level.AEMT),
    ("fentanyl IV", "medication", "4337", R.INTRAVENOUS_IV, Level.EMT_INTERMEDIATE),
    ("amiodarone IV", "medication", "703", R.INTRAVENOUS_IV, Level.EMT_INTERMEDIATE),
    ("tranexamic acid IV", "medication", "10691", R.INTRAVENOUS_IV, Level.PARAMEDIC),
    ("rocuronium IV", "medication", "68139", R.INTRAVENOUS_IV, Level.CRITICAL_CARE),
    ("oxygen", "medication", "7806", R.NON_REBREATHER_MASK, Level.EMR),
]


def report_with(kind: str, code: str, route: Any, level: Level, **member: Any) -> Report:
    """A complete demo call where one crew member of `level` did one thing."""
    base = demo_report(0).model_dump(mode="json")
    performer = {
        "member_id": "X-0001",
        "name": "Alex Doe",
        "level": level.value,
        "certification_number": "C-1",
        "certification_expires": "2027-12-31",
        "roles": [],
        **member,
    }
    base["crew"].append(performer)
    item: dict[str, Any] = {
        "at": base["times"]["arrived_at_patient"],
        "prior_to_care": c.YesNo.NO,
        "code": code,
        "performer_crew_id": "X-0001",
        "performer_level": level.caregiver_code,
    }
    if kind == "medication":
        base["medications"] = [item | {"route": route, "dose": 1, "dose_unit": c.DoseUnit.MILLIGRAMS_MG}]
        base["procedures"] = []
    else:
        base["procedures"] = [item | {"attempts": 1, "successful": c.YesNo.YES}]
        base["medications"] = []
    return Report.model_validate(base)


def scope_findings(report: Report, validator: Validator | None = None) -> list[Finding]:
    found = (validator or Validator(clock=lambda: NOW)).validate(report).findings
    return [f for f in found if f.rule in ("scope.practice", "scope.checkable")]


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(clock=lambda: NOW)


@pytest.mark.parametrize(("what", "kind", "code", "route", "lowest"), CASES, ids=[c[0] for c in CASES])
def test_every_level_against_the_national_table(
    validator: Validator, what: str, kind: str, code: str, route: Any, lowest: Level
) -> None:
    for level in LADDER:
        found = scope_findings(report_with(kind, code, route, level), validator)
        allowed = LADDER.index(level) >= LADDER.index(lowest)
        if allowed:
            assert found == [], f"{level.value} should be allowed {what}: {found}"
        else:
            assert [f.severity for f in found] == [Severity.ERROR], f"{level.value} must not {what}"
            assert level.value in found[0].message and "may not perform" in found[0].message
            assert found[0].message.startswith("SCOPE VIOLATION") and found[0].blocks_lock


def test_an_endorsement_extends_a_level(validator: Validator) -> None:
    sga = "450611000124100"
    assert scope_findings(report_with("procedure", sga, None, Level.EMT_BASIC), validator)
    endorsed = report_with("procedure", sga, None, Level.EMT_BASIC, endorsements=["EMT Airway"])
    assert scope_findings(endorsed, validator) == []


def test_an_expired_certification_counts_as_not_certified(validator: Validator) -> None:
    expired = report_with("procedure", "7443007", None, Level.PARAMEDIC, certification_expires="2025-01-31")
    found = scope_findings(expired, validator)
    assert (
        len(found) == 1
        and found[0].severity is Severity.ERROR
        and "expired on 2025-01-31" in found[0].message
    )


@pytest.mark.parametrize(
    "change",
    [
        {"prior_to_care": c.YesNo.YES},
        {"by_another_unit": c.YesNo.YES},
        {"pertinent_negative": c.PertinentNegative.REFUSED},
        {"performer_level": c.CaregiverLevel.LAW_ENFORCEMENT, "performer_crew_id": None},
    ],
    ids=["before arrival", "another unit", "pertinent negative", "law enforcement"],
)
def test_care_not_given_by_this_crew_is_not_scope_checked(
    validator: Validator, change: dict[str, Any]
) -> None:
    report = report_with("procedure", "232674004", None, Level.EMT_BASIC)  # an EMT "intubating"
    data = report.model_dump(mode="json")
    data["procedures"][0] |= change
    assert scope_findings(Report.model_validate(data), validator) == []


def _with(report: Report, group: str, **change: Any) -> Report:
    data = report.model_dump(mode="json")
    data[group][0] |= change
    return Report.model_validate(data)


OLMC = {
    "authorization": c.Authorization.ON_LINE_REMOTE_VERBAL_ORDER,
    "authorizing_physician": "Dr. R. Okafor",
}


def test_medical_control_and_words_never_soften_a_violation(validator: Validator) -> None:
    """Issue 15: an EMT's RSI with on-line medical control and "needed it" is an error, not a warning."""
    rsi = report_with("procedure", "241689008", None, Level.EMT_BASIC)
    online = _with(rsi, "procedures", **OLMC)
    [found] = scope_findings(online, validator)
    assert found.severity is Severity.ERROR and found.blocks_lock and found.confirmation is None
    assert "On-line medical control by Dr. R. Okafor is recorded" in found.message
    assert "does not extend it" in found.message and "confirm it happened as recorded" in found.message
    assert "procedure 241689008 (Rapid sequence / drug-assisted intubation) at" in found.message
    confirmed = _with(rsi, "procedures", **OLMC, justification="needed it: airway closing, no medic on scene")
    [found] = scope_findings(confirmed, validator)
    assert found.severity is Severity.ERROR and not found.blocks_lock  # lockable, still an error
    assert found.confirmation == Confirmation("needed it: airway closing, no medic on scene")
    assert found.message.startswith("SCOPE VIOLATION (confirmed as recorded by the crew: needed it")
    assert found.as_json()["confirmation"] == {"explanation": "needed it: airway closing, no medic on scene"}
    assert validator.validate(confirmed).errors and found in validator.validate(confirmed).errors
    blank = _with(rsi, "procedures", justification="   ")  # words must say something
    assert scope_findings(blank, validator)[0].blocks_lock


def test_an_expired_certification_is_an_error_whatever_medical_control_says(validator: Validator) -> None:
    expired = report_with("procedure", "7443007", None, Level.PARAMEDIC, certification_expires="2025-01-31")
    [found] = scope_findings(_with(expired, "procedures", **OLMC), validator)
    assert found.severity is Severity.ERROR and found.blocks_lock and "expired on 2025-01-31" in found.message


def test_in_scope_care_with_medical_control_is_no_finding(validator: Validator) -> None:
    # Medical control authorizes care within scope that standing orders do not cover: nothing to flag.
    fentanyl = report_with("medication", "4337", c.MedicationRoute.INTRAVENOUS_IV, Level.PARAMEDIC)
    assert scope_findings(_with(fentanyl, "medications", **OLMC), validator) == []
    found = validator.validate(_with(fentanyl, "medications", **OLMC)).findings
    assert not [f for f in found if f.rule.startswith("scope.")]


def test_rsi_and_its_drugs_have_the_same_grants(validator: Validator) -> None:
    for kind, code, route in (
        ("procedure", "241689008", None),
        ("medication", "4177", c.MedicationRoute.INTRAVENOUS_IV),
        ("medication", "10154", c.MedicationRoute.INTRAVENOUS_IV),
    ):
        plain = report_with(kind, code, route, Level.PARAMEDIC)
        endorsed = report_with(kind, code, route, Level.PARAMEDIC, endorsements=["RSI"])
        assert scope_findings(plain, validator) and scope_findings(endorsed, validator) == [], code


def test_the_iv_endorsement_covers_fluids_not_drugs(validator: Validator) -> None:
    endorsed = {"endorsements": ["IV/IO Initiation"]}
    fluids = report_with("procedure", "103744005", None, Level.EMT_BASIC, **endorsed)
    drug = report_with("procedure", "386358000", None, Level.EMT_BASIC, **endorsed)
    assert scope_findings(fluids, validator) == []
    assert [f.severity for f in scope_findings(drug, validator)] == [Severity.ERROR]


def test_every_national_row_names_its_source() -> None:
    from epcr.rules.scope.loading import national_path, parse_file

    layer = parse_file(national_path())
    assert layer.role == "national"
    for _kind, raw, line in layer.entries:
        assert isinstance(raw.get("source"), str) and "NSOPM 2019" in raw["source"], f"line {line}: {raw}"


def test_level_known_only_from_the_caregiver_code(validator: Validator) -> None:
    data = report_with("procedure", "232674004", None, Level.EMT_BASIC).model_dump(mode="json")
    data["procedures"][0]["performer_crew_id"] = None
    found = scope_findings(Report.model_validate(data), validator)
    assert [f.severity for f in found] == [Severity.ERROR] and "EMT-Basic" in found[0].message


def test_unknown_code_is_a_finding_not_a_crash(validator: Validator) -> None:
    report = report_with("procedure", "999999999", None, Level.PARAMEDIC)
    found = validator.validate(report).findings
    assert {f.rule for f in found} >= {"scope.checkable", "codes.suggested_lists"}
    assert all(f.severity is not Severity.ERROR for f in found)


def test_the_national_table_uses_nemsis_codes() -> None:
    from epcr.domain.defined_lists import medications, procedures
    from epcr.rules.scope import Kind, load

    table = load()
    for skill in table.skills:
        known = procedures() if skill.kind is Kind.PROCEDURE else medications()
        unknown = [code for code in skill.codes if code not in known]
        assert unknown == [], f"{skill.name}: {unknown} not on the NEMSIS suggested list"
    assert table.decide(Kind.MEDICATION, "7242", "EMR", frozenset(), "9927017", date(2026, 1, 1)).permitted


def test_a_level_off_the_ladder_is_never_taken_as_checked(validator: Validator) -> None:
    # eCrew.02 9925043 Registered Nurse, kept as the source gave it: no scope table of ours covers it.
    data = report_with("procedure", "232674004", None, Level.EMT_BASIC).model_dump(mode="json")
    nurse = data["crew"][-1]
    nurse["level"], nurse["other_level"] = None, c.CrewLevel.REGISTERED_NURSE.value
    data["procedures"][0]["performer_level"] = None
    found = scope_findings(Report.model_validate(data), validator)
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "9925043 Registered Nurse is not on the certification ladder" in found[0].message


def test_a_level_off_the_ladder_does_not_soften_the_entrys_own_level(validator: Validator) -> None:
    # The entry still says an EMT did an intubation: judged as an EMT, an error, beside the warning.
    data = report_with("procedure", "232674004", None, Level.EMT_BASIC).model_dump(mode="json")
    nurse = data["crew"][-1]
    nurse["level"], nurse["other_level"] = None, c.CrewLevel.COMMUNITY_PARAMEDICINE.value
    without = scope_findings(report_with("procedure", "232674004", None, Level.EMT_BASIC), validator)
    found = scope_findings(Report.model_validate(data), validator)
    assert {f.severity for f in found} == {Severity.ERROR, Severity.WARNING}
    assert [f.message for f in found if f.severity is Severity.ERROR] == [
        f.message.replace("Alex Doe", "the performer") for f in without if f.severity is Severity.ERROR
    ]
