"""TLS: the station's self-signed certificate is checked against its fingerprint at enrollment and pinned;
a station with any other certificate is refused before a byte of a report is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from epcr.station.store import StationStore
from epcr.station.tls import ensure_certificate, fingerprint
from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed, enroll
from tests.sync.conftest import Station, start
from tests.sync.test_sync import lock_calls


@pytest.fixture
def tls_station(tmp_path: Path) -> Iterator[tuple[Station, str]]:
    cert, key = ensure_certificate(tmp_path / "station-home")
    assert (key.stat().st_mode & 0o777) == 0o600  # the private key: owner only
    store = StationStore(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    running = start(store, tls=(cert, key))
    yield running, fingerprint(cert.read_text())
    running.stop()
    store.close()


def test_enrolled_over_tls_with_the_fingerprint_and_synced(
    db: Database, tls_station: tuple[Station, str]
) -> None:
    station, print_ = tls_station
    lock_calls(db, 2)
    link = enroll(db, station.url, station.store.invite("Medic 12"), "A-0001", fingerprint=print_.upper())
    assert link.certificate and link.url.startswith("https://")
    result = Syncer(db).run()
    assert result.accepted == 2 and len(station.store.item_hashes()) == 2


def test_a_wrong_fingerprint_or_none_is_refused(db: Database, tls_station: tuple[Station, str]) -> None:
    station, print_ = tls_station
    code = station.store.invite("Medic 12")
    wrong = ("0" if print_[0] != "0" else "1") + print_[1:]
    with pytest.raises(SyncFailed, match="fingerprint: the station's certificate does not match"):
        enroll(db, station.url, code, "A-0001", fingerprint=wrong)
    with pytest.raises(SyncFailed, match="fingerprint: required for https"):
        enroll(db, station.url, code, "A-0001")
    with pytest.raises(SyncFailed, match="plain http only on this machine"):
        enroll(db, "http://station.example:8080", code, "A-0001")
    assert db.station_link() is None


def test_an_impostor_station_gets_nothing(
    db: Database, tls_station: tuple[Station, str], tmp_path: Path
) -> None:
    station, print_ = tls_station
    lock_calls(db, 2)
    link = enroll(db, station.url, station.store.invite("Medic 12"), "A-0001", fingerprint=print_)
    impostor_store = StationStore(f"sqlite:///{tmp_path / 'impostor.sqlite3'}")
    impostor = start(impostor_store, tls=ensure_certificate(tmp_path / "impostor-home"))
    try:
        from dataclasses import replace

        db.set_station_link(replace(link, url=impostor.url), "test")  # e.g. DNS now points elsewhere
        with pytest.raises(SyncFailed, match="not the one pinned at enrollment; nothing was sent"):
            Syncer(db).run()
    finally:
        impostor.stop()
    assert impostor_store.item_hashes() == {} and not any(row.acknowledged for row in db.outbox())
    impostor_store.close()
