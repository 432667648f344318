"""`epcr sync` against a real station on loopback: enroll (admin only), send, status, a refused sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.device import Device
from tests.cli.conftest import PINS, Run
from tests.sync.conftest import Station, running_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with running_station(f"sqlite:///{tmp_path / 'station.sqlite3'}") as running:
        yield running


def test_enroll_sync_and_status_from_the_command_line(cli: Run, station: Station, home: Path) -> None:
    assert cli("demo", "--count", "6")[0] == 0
    crew = Device.at(home).log_in("P-1042", PINS["P-1042"])  # demo calls are imported: what syncs is the
    crew.lock_report(demo_report(4).uuid)  # crew's own lock on this device
    crew.log_out()
    code = station.store.invite("Medic 12")

    status, _, err = cli("sync", "enroll", "--station", station.url, "--code", code, user="E-2210")
    assert status == 1 and "may not enroll this device" in err  # an EMT cannot enroll the device

    status, out, _ = cli("sync", "enroll", "--station", station.url, "--code", code)
    assert status == 0 and f"at {station.url}" in out

    status, out, _ = cli("sync", "status", user="P-1042")
    waiting = int(out.split(" item(s) on the station, ")[1].split()[0])
    assert waiting > 0

    status, out, _ = cli("sync", user="P-1042")
    assert status == 0 and f"acknowledged {waiting} (new {waiting}" in out
    assert len(station.store.item_hashes()) == waiting

    status, out, _ = cli("sync", "status", user="Q-0100")
    assert f"{waiting} item(s) on the station, 0 waiting" in out
    assert "agency configuration: none yet; crew roster: none yet" in out

    from epcr.security.accounts import Account
    from epcr.security.roles import Role
    from epcr.station import roster

    roster.add(station.store.engine, Account(id="P-2001", name="Jana Müller", role=Role.EMT), "24681357")
    status, out, _ = cli("sync", user="P-1042")
    assert status == 0 and "crew roster 1 applied: P-2001 added" in out
    assert "crew roster: revision 1" in cli("sync", "status", user="P-1042")[1]
    Device.at(home).log_in("P-2001", "24681357").log_out()  # the new member opens this device with their PIN


def test_sync_before_enrolling_says_what_to_do(cli: Run) -> None:
    status, _, err = cli("sync", user="P-1042")
    assert status == 1 and "not enrolled; run `epcr sync enroll` first" in err


def test_a_wrong_code_is_refused_with_the_reason(cli: Run, station: Station) -> None:
    status, _, err = cli("sync", "enroll", "--station", station.url, "--code", "AAAA-BBBB-CCCC")
    assert status == 1 and "code: the station refused it (code: unknown, used or expired" in err
