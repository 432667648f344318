"""A station restored from a backup made before this device enrolled (issue 17, item 5): the device says the
station no longer knows it, loses nothing, and after enrolling again sends everything the station lacks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.device import Device
from epcr.station import anchors
from epcr.station.at_rest import key_file
from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed, enroll
from tests.cli.conftest import PINS, Run
from tests.cli.conftest import cli as cli  # pytest fixtures, found by name in this module
from tests.cli.conftest import device_template as device_template
from tests.cli.conftest import home as home
from tests.sync.conftest import Station, running_station
from tests.sync.test_sync import lock_calls

SUFFIXES = ("", "-wal", "-shm")


class Backups:
    """The station's SQLite file (SQLCipher; its key file stays beside it) copied while it is stopped, and
    put back as an admin restoring it would: the old file in place, no -wal or -shm of the newer one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent / "backup"

    def take(self) -> None:
        self.folder.mkdir()
        for suffix in SUFFIXES:
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                shutil.copy2(source, self.folder / source.name)

    def restore(self) -> None:
        for suffix in SUFFIXES:
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        for saved in self.folder.iterdir():
            shutil.copy2(saved, self.path.parent / saved.name)


@contextmanager
def station_at(path: Path) -> Iterator[Station]:
    with running_station(f"sqlite:///{path}") as running:
        yield running


@pytest.fixture
def station_file(tmp_path: Path) -> Path:
    """A station made and stopped once, then backed up, before any device enrolls."""
    path = tmp_path / "station" / "station.sqlite3"
    path.parent.mkdir()
    with station_at(path):
        pass
    assert key_file(path).exists()  # encrypted at rest; the same key opens the backup
    Backups(path).take()
    return path


def moved(db: Database, url: str) -> None:
    """The restarted station listens on another loopback port: the link follows it (same station id)."""
    link = db.station_link()
    assert link is not None
    db.set_station_link(replace(link, url=url), "test")


def held_on_device(db: Database) -> dict[tuple[str, str, int], str]:
    return {(row.kind, row.entity_id, row.version): row.content_hash for row in db.outbox()}


def test_a_station_restored_from_before_enrollment_gets_everything_again(
    db: Database, station_file: Path
) -> None:
    with station_at(station_file) as station:
        station_id = station.store.station_id
        enroll(db, station.url, station.store.invite("Medic 12"), "A-0001")
        ids = lock_calls(db, 4)
        db.add_addendum(ids[0], "P-1042", "late entry", "Pt reported penicillin allergy at ED triage.")
        first = Syncer(db).run()
        assert (first.accepted, first.audit) == (5, "extends")
    Backups(station_file).restore()
    lock_calls(db, 1, first=4)  # locked while the station was down: not sent yet

    with station_at(station_file) as station:
        assert station.store.station_id == station_id  # the same station, as it was before
        moved(db, station.url)
        with pytest.raises(SyncFailed) as refused:
            Syncer(db).run()
        message = str(refused.value)
        assert "station refused this device (Authorization: unknown or revoked token" in message
        assert (
            "the station no longer knows this device (its token was revoked, or the station was "
            "restored from a backup made before this device enrolled)" in message
        )
        assert "Nothing is lost: all 6 item(s) locked here stay on this device (1 not yet acknowledged)" in (
            message
        )
        assert "`epcr-station enroll --device NAME`, then here `epcr sync enroll`" in message
        assert station.store.item_hashes() == {}  # nothing taken from an unknown device
        outbox = db.outbox()
        assert sum(row.acknowledged for row in outbox) == 5  # and nothing given up on here
        assert not any(row.last_outcome == "rejected" for row in outbox)

        enroll(db, station.url, station.store.invite("Medic 12"), "A-0001")
        again = Syncer(db).run()
        assert (again.requeued, again.accepted, again.already_have, again.rejected) == (5, 6, 0, 0)
        assert "the station was missing 5 item(s); sending them again" in again.log
        # Enrolling anchored the chain afresh under the new device id; nothing was written here since.
        assert again.audit == "same"
        assert station.store.item_hashes() == held_on_device(db)
        assert all(row.acknowledged for row in db.outbox())

        settled = Syncer(db).run()
        assert (settled.sent, settled.requeued) == (0, 0) and settled.audit in {"same", "extends"}
        assert anchors.diverged(station.store.engine) == {}


def test_the_command_line_says_so_and_re_enrolling_sends_everything(
    cli: Run, home: Path, station_file: Path
) -> None:
    assert cli("demo", "--count", "6")[0] == 0
    crew = Device.at(home).log_in("P-1042", PINS["P-1042"])  # as tests/cli/test_sync_cli.py: the crew's
    crew.lock_report(demo_report(4).uuid)  # own lock on this device, then an addendum to it
    crew.add_addendum(demo_report(4).uuid, "late entry", "Receiving RN name added.")
    crew.log_out()
    with station_at(station_file) as station:
        status, _, _ = cli("sync", "enroll", "--station", station.url, "--code", station.store.invite("M12"))
        assert status == 0
        status, out, _ = cli("sync", user="P-1042")
        items = int(out.split("acknowledged ")[1].split()[0])
        assert status == 0 and items == 2 and f"sent {items}, acknowledged {items} (new {items}" in out
    Backups(station_file).restore()

    with station_at(station_file) as station:
        admin = Device.at(home).log_in("A-0001", PINS["A-0001"])
        moved(admin.db, station.url)
        admin.log_out()
        status, _, err = cli("sync", user="P-1042")
        assert status == 1 and "the station no longer knows this device" in err
        assert f"all {items} item(s) locked here stay on this device (0 not yet acknowledged)" in err
        assert f"{items} item(s) on the station, 0 waiting" in cli("sync", "status", user="P-1042")[1]

        code = station.store.invite("M12")
        assert cli("sync", "enroll", "--station", station.url, "--code", code)[0] == 0  # over the old link
        status, out, _ = cli("sync", user="P-1042")
        assert status == 0 and f"the station was missing {items} item(s); sending them again" in out
        assert f"acknowledged {items} (new {items}" in out and f"re-sent after station loss {items}" in out
        session = Device.at(home).log_in("P-1042", PINS["P-1042"])
        try:
            assert station.store.item_hashes() == held_on_device(session.db)
        finally:
            session.log_out()
        assert anchors.diverged(station.store.engine) == {}
