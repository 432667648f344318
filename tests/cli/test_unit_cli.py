"""`epcr unit`: an admin sets the unit this device rides in (audited); bad input names the option and what is
allowed and writes nothing; an EMT's new report then starts with it, and the EMT can read the crew roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.device import Device
from epcr.domain.nemsis.codes import UnitCapability
from epcr.security.roles import NotPermitted
from epcr.sync.agency import set_local, settings
from epcr.sync.protocol import AgencySettings
from tests.cli.conftest import PINS, Run


def unit_of(home: Path) -> object:
    session = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        return session.unit()
    finally:
        session.log_out()


def test_an_admin_sets_the_unit_and_it_is_audited(cli: Run, home: Path) -> None:
    status, out, err = cli(
        "unit", "set", "--vehicle", "12", "--call-sign", "Medic 12", "--capability", "2207015"
    )
    assert status == 0, err
    assert "Medic 12 (vehicle 12)" in out
    status, out, _ = cli("unit", "show", user="E-2210")  # any crew member may see it
    assert status == 0
    assert "vehicle (eResponse.13):    12" in out and "2207015 Ground Transport (ALS Equipped)" in out
    session = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        [entry] = [a for a in session.db.audit_trail() if a.action == "unit set"]
        assert entry.actor == "A-0001" and entry.new_value["call_sign"] == "Medic 12"
    finally:
        session.log_out()
    assert cli("unit", "clear")[0] == 0
    assert unit_of(home) is None


def test_an_emt_may_not_set_the_unit(cli: Run, home: Path) -> None:
    status, _, err = cli("unit", "set", "--vehicle", "12", "--call-sign", "Medic 12", user="P-1042")
    assert status == 1 and "may not set the unit this device rides in" in err
    assert unit_of(home) is None


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ["--capability", "ALS"],
            "--capability: 'ALS' is not an allowed code; allowed: 2207011 (Air Transport",
        ),
        (["--capability", "2205001"], "--capability: '2205001' is not an allowed code"),
    ],
)
def test_a_bad_capability_names_the_option_and_the_codes(
    cli: Run, home: Path, argv: list[str], says: str
) -> None:
    status, _, err = cli("unit", "set", "--vehicle", "12", "--call-sign", "Medic 12", *argv)
    assert status == 2 and says in err
    assert unit_of(home) is None  # nothing written


def test_a_too_long_vehicle_number_is_refused(cli: Run, home: Path) -> None:
    status, _, err = cli("unit", "set", "--vehicle", "V" * 26, "--call-sign", "")
    assert status == 2
    assert "--vehicle: must be at most 25 characters (eResponse.13" in err
    assert "--call-sign: must be at least 1 characters (eResponse.14" in err
    assert unit_of(home) is None


def test_a_new_report_starts_with_unit_agency_crew_and_number(cli: Run, home: Path) -> None:
    assert cli("unit", "set", "--vehicle", "M12", "--call-sign", "Medic 12")[0] == 0
    set_local(
        home,
        AgencySettings(
            agency_name="Riverside County EMS",
            agency_number="S12-4410",
            unit_capability="2207017",
            pcr_number_pattern="{yyyy}-{unit}-{seq:05}",
        ),
    )
    session = Device.at(home).log_in("P-1042", PINS["P-1042"])
    try:
        first, second = session.create_report(), session.create_report()
        assert first.response.call_sign == "Medic 12" and first.response.agency_number == "S12-4410"
        assert first.response.unit_capability is UnitCapability.GROUND_TRANSPORT_BLS_EQUIPPED
        assert str(first.response.pcr_number).endswith("-M12-00001")
        assert str(second.response.pcr_number).endswith("-M12-00002")
        assert [m.member_id for m in first.crew] == ["P-1042"]
        roster = session.crew_roster()  # names, levels, certifications of the active EMTs
        assert {a.id for a in roster} == {"P-1042", "E-2210", "A-3307", "C-0815", "I-4471", "R-5150"}
        assert {a.role.value for a in roster} == {"emt"}
    finally:
        session.log_out()
    qa = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        with pytest.raises(NotPermitted):
            qa.crew_roster()
    finally:
        qa.log_out()


def test_local_settings_never_replace_the_stations(home: Path) -> None:
    assert set_local(home, AgencySettings(agency_name="Demo EMS"))
    assert not set_local(home, AgencySettings(agency_name="Other EMS"))
    applied = settings(home)
    assert applied is not None and applied.agency_name == "Demo EMS"


def test_the_demo_sets_agency_and_unit_so_a_new_report_is_prefilled(cli: Run, home: Path) -> None:
    assert cli("demo", "--count", "1")[0] == 0
    status, out, _ = cli("unit", "show")
    assert status == 0 and "Medic 12" in out and "S12-4410 Riverside County EMS" in out
    assert "{yyyy}-{unit}-{seq:05}" in out
