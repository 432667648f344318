"""What a new report starts with (epcr.prefill): the logged-in EMT as primary caregiver, the agency's
settings, the device's unit, and a PCR number from the agency's pattern that two reports never share."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from epcr.domain.nemsis.codes import ResponseRole, TypeOfService, UnitCapability
from epcr.domain.report import Report
from epcr.domain.unit import Unit, check_pattern, format_number
from epcr.prefill import new_report, response_fields
from epcr.security.accounts import Account
from epcr.security.roles import Role
from epcr.store import unit as unit_store
from epcr.store.database import Database
from epcr.store.reports import ReportRepository
from epcr.sync.protocol import AgencySettings

ME = Account(
    id="P-1042",
    name="Dana Whitfield",
    role=Role.EMT,
    level="Paramedic",
    certification_number="PM-20931",
    certification_expires=date(2027, 6, 30),
    endorsements=["IV/IO initiation"],
)
AGENCY = AgencySettings(
    agency_name="Riverside County EMS",
    agency_number="S12-4410",
    type_of_service=TypeOfService.EMERGENCY_RESPONSE_PRIMARY_RESPONSE_AREA,
    unit_capability=UnitCapability.GROUND_TRANSPORT_BLS_EQUIPPED,
    pcr_number_pattern="{yyyy}-{unit}-{seq:05}",
)
MEDIC_12 = Unit(vehicle_number="M12", call_sign="Medic 12", unit_capability="2207015")


def create(db: Database, agency: AgencySettings | None = AGENCY, **given: Any) -> Report:
    """What Session.create_report does: prefill and store in one transaction."""

    def work(reports: ReportRepository, now: datetime) -> Report:
        report = new_report(reports.db, ME, agency, now, given)
        reports.add(report, ME.id, now)
        return report

    return db.write(work)


def set_unit(db: Database, unit: Unit | None) -> None:
    db.write(lambda reports, now: unit_store.put(reports.db, unit, "A-0001", now))


def test_a_new_report_starts_with_me_the_agency_the_unit_and_a_number(db: Database) -> None:
    set_unit(db, MEDIC_12)
    report = create(db)
    r = report.response
    year = db.clock().astimezone().year
    assert r.pcr_number == f"{year}-M12-00001"  # eRecord.01
    assert (r.agency_number, r.agency_name) == ("S12-4410", "Riverside County EMS")  # eResponse.01, .02
    assert r.type_of_service is TypeOfService.EMERGENCY_RESPONSE_PRIMARY_RESPONSE_AREA  # .05
    assert (
        r.unit_capability is UnitCapability.GROUND_TRANSPORT_ALS_EQUIPPED
    )  # .07: the unit's, not the agency's
    assert (r.vehicle_number, r.call_sign) == ("M12", "Medic 12")  # .13, .14
    [me] = report.crew
    assert (me.member_id, me.name, me.level, me.certification_number) == (
        "P-1042",
        "Dana Whitfield",
        "Paramedic",
        "PM-20931",
    )
    assert me.certification_expires == date(2027, 6, 30) and me.endorsements == ["IV/IO initiation"]
    assert me.roles == [
        ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
        ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
    ]
    assert db.open_report(report.uuid) == report  # stored as made


def test_without_settings_only_the_crew_member_is_known(db: Database) -> None:
    report = create(db, agency=None)
    assert report.response.model_dump(exclude_none=True) == {}
    assert [m.member_id for m in report.crew] == ["P-1042"]


def test_without_a_unit_the_agency_default_capability_and_no_number_that_needs_the_unit(db: Database) -> None:
    report = create(db)
    assert report.response.unit_capability is UnitCapability.GROUND_TRANSPORT_BLS_EQUIPPED
    assert report.response.vehicle_number is None and report.response.pcr_number is None
    with db.reading() as reports:
        assert unit_store.last_sequence(reports.db) == 0  # nothing numbered, nothing counted


def test_given_sections_win_field_by_field(db: Database) -> None:
    set_unit(db, MEDIC_12)
    report = create(db, response={"pcr_number": "TYPED-1", "call_sign": "Medic 99"}, crew=[])
    assert report.response.pcr_number == "TYPED-1" and report.response.call_sign == "Medic 99"
    assert report.response.vehicle_number == "M12" and report.crew == []
    with db.reading() as reports:
        assert unit_store.last_sequence(reports.db) == 0  # a typed number uses no count


def test_pcr_numbers_are_unique_across_many_creates_and_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    with Database(path) as db:
        set_unit(db, MEDIC_12)
        numbers = [create(db).response.pcr_number for _ in range(60)]
    with Database(path) as db:  # the counter lives in the database
        numbers += [create(db).response.pcr_number for _ in range(5)]
        stored = [s.pcr_number for s in db.list_reports()]
    assert len(set(numbers)) == 65 == len(set(stored))
    assert [int(str(n).rsplit("-", 1)[1]) for n in numbers] == list(range(1, 66))


def test_a_number_already_taken_is_skipped(db: Database) -> None:
    set_unit(db, MEDIC_12)
    year = db.clock().astimezone().year
    create(db, response={"pcr_number": f"{year}-M12-00001"})  # e.g. imported, or typed
    assert create(db).response.pcr_number == f"{year}-M12-00002"
    with db.reading() as reports:
        assert unit_store.last_sequence(reports.db) == 2


def test_a_failed_create_counts_nothing(db: Database) -> None:
    set_unit(db, MEDIC_12)
    with pytest.raises(ValidationError):
        create(db, patient={"age": 999})  # refused: the transaction with the count rolls back
    with db.reading() as reports:
        assert unit_store.last_sequence(reports.db) == 0
    assert db.list_reports() == []


def test_a_setting_the_report_refuses_is_left_out_and_never_blocks_a_report(db: Database) -> None:
    short = AGENCY.model_copy(update={"agency_name": "R"})  # eResponse.02 needs 2 characters at least
    fields = response_fields(short, None)
    assert "agency_name" not in fields and fields["agency_number"] == "S12-4410"
    assert create(db, agency=short).response.agency_name is None


def test_the_unit_setting_is_audited(db: Database) -> None:
    set_unit(db, MEDIC_12)
    set_unit(db, None)
    trail = [(a.action, a.path, a.old_value, a.new_value) for a in db.audit_trail()]
    assert trail[-2][:2] == ("unit set", "device.unit") and trail[-2][3]["call_sign"] == "Medic 12"
    assert trail[-1] == ("unit cleared", "device.unit", trail[-2][3], None)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{yyyy}-{unit}-{seq:05}", "2026-M12-00042"),
        ("{agency}/{yy}{mm}{dd}/{seq}", "S12-4410/260314/42"),
        ("PCR{seq:08}", "PCR00000042"),
    ],
)
def test_format_number(pattern: str, expected: str) -> None:
    assert format_number(check_pattern(pattern), date(2026, 3, 14), 42, "M12", "S12-4410") == expected


def test_format_number_needs_every_placeholder_and_a_valid_length() -> None:
    assert format_number("{unit}-{seq}", date(2026, 3, 14), 1, None, None) is None  # no unit set
    assert (
        format_number("{seq}", date(2026, 3, 14), 7, None, None) is None
    )  # eRecord.01: 3 characters at least


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("{yyyy}-{unit}", "exactly one {seq}"),
        ("{seq}-{seq}", "exactly one {seq}"),
        ("{year}-{seq}", "unknown placeholder {year}"),
        ("{seq:5}", "unknown placeholder {seq:5}"),
        ("{yyyy-{seq}", "unmatched brace"),
        ("A}{seq}", "unmatched brace"),
        ("A\t{seq}", "control characters"),
        ("X" * 50 + "{seq}", "at most 50"),
    ],
)
def test_bad_patterns_are_refused_naming_what_is_allowed(pattern: str, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        AgencySettings(agency_name="Riverside County EMS", pcr_number_pattern=pattern)
    assert refused.value.errors()[0]["loc"] == ("pcr_number_pattern",)
    assert says in str(refused.value)


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        (
            "type_of_service",
            "2207015",
            "not a code of eResponse.05 Type of Service Requested; allowed: 2205001 (",
        ),
        ("unit_capability", "ALS", "not a code of eResponse.07 Unit Transport and Equipment Capability"),
        ("agency_number", "S" * 16, "at most 15 characters (eResponse.01 EMS Agency Number)"),
    ],
)
def test_bad_agency_settings_are_refused_naming_the_field(field: str, value: str, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        AgencySettings.model_validate({"agency_name": "Riverside County EMS", field: value})
    assert refused.value.errors()[0]["loc"] == (field,) and says in str(refused.value)


def test_settings_without_the_new_fields_still_load() -> None:
    old = AgencySettings.model_validate_json(
        '{"agency_name": "Riverside County EMS", "idle_lock_minutes": 3}'
    )
    assert old.pcr_number_pattern is None and old.agency_number is None


def test_a_unit_names_the_field_it_refuses() -> None:
    with pytest.raises(ValidationError) as refused:
        Unit.model_validate({"vehicle_number": "V" * 26, "call_sign": "Medic 12"})
    assert "at most 25 characters (eResponse.13" in str(refused.value)
