"""The station's data at rest (issue 16, item 2): its SQLite database encrypted with SQLCipher under a key
from a 0600 key file or $EPCR_STATION_DB_KEY, a plaintext database from an earlier version encrypted in place,
key rotation, owner-only files, and TLS to a PostgreSQL server off this machine."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from epcr.station import at_rest, qa
from epcr.station.cli import main
from epcr.station.schema import devices
from epcr.station.store import StationStore, make_engine
from epcr.station.tls import ensure_certificate, fingerprint
from epcr.store.database import Database
from epcr.sync.client import Syncer, enroll
from tests.sync.conftest import POSTGRES, postgres_reason, running_station, start
from tests.sync.test_sync import enrolled, lock_calls

PATIENT = b"Hernandez"  # the demo reports' patient: must not appear in any station file


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def docked(db: Database, path: Path, count: int = 4) -> dict[tuple[str, str, int], str]:
    """A real station at `path` that received `count` locked reports and an addendum from a real device."""
    with running_station(url_of(path)) as station:
        ids = lock_calls(db, count)
        db.add_addendum(ids[0], "P-1042", "late entry", "Receiving RN: K. Obi.")
        enrolled(db, station)
        result = Syncer(db).run()
        assert result.accepted == count + 1
        return station.store.item_hashes()


def contents(path: Path) -> dict[tuple[str, str, int], str]:
    store = StationStore(url_of(path))
    try:
        return store.item_hashes()
    finally:
        store.close()


def files_holding(folder: Path, needle: bytes) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes())


def modes(folder: Path) -> dict[str, str]:
    """Every file and folder below `folder` (and itself) with its permission bits."""
    found = {".": f"{stat.S_IMODE(folder.stat().st_mode):04o}"}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = f"{stat.S_IMODE(path.stat().st_mode):04o}"
    return found


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(at_rest.KEY_ENV, raising=False)
    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)


# -- encryption and the key -----------------------------------------------------------------------------


def test_the_database_is_encrypted_and_its_key_file_is_owner_only(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "station" / "station.sqlite3"
    held = docked(db, path)
    assert len(held) == 5
    assert path.read_bytes()[:16] != at_rest.PLAINTEXT_HEADER
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert files_holding(path.parent, PATIENT) == []
    keyfile = at_rest.key_file(path)
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    assert len(bytes.fromhex(keyfile.read_text().strip())) == 32
    assert contents(path) == held  # the same key opens it again


def test_a_key_from_the_environment_writes_no_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = os.urandom(32)
    monkeypatch.setenv(at_rest.KEY_ENV, key.hex())
    path = tmp_path / "station.sqlite3"
    store = StationStore(url_of(path))
    store.invite("Medic 12")
    assert "key from $EPCR_STATION_DB_KEY" in store.protection
    store.close()
    assert not at_rest.key_file(path).exists() and at_rest.opens(path, key)

    monkeypatch.setenv(at_rest.KEY_ENV, os.urandom(32).hex())
    status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 2 and "not a station database or wrong key (key from $EPCR_STATION_DB_KEY)" in err
    assert "Traceback" not in err

    monkeypatch.setenv(at_rest.KEY_ENV, "c0ffee")
    status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 2 and err.startswith("$EPCR_STATION_DB_KEY: 64 hexadecimal characters")
    assert "c0ffee" not in err  # a key, even a wrong one, is never printed back


def test_a_key_file_others_can_read_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "station.sqlite3"
    StationStore(url_of(path)).close()
    keyfile = at_rest.key_file(path)
    before = path.read_bytes()
    for loose in (0o644, 0o640, 0o604):
        keyfile.chmod(loose)
        status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
        assert status == 2
        assert f"permissions {loose:04o} are too open" in err and f"chmod 600 '{keyfile}'" in err
        assert path.read_bytes() == before  # refused before anything was opened or written
    keyfile.chmod(0o600)
    assert cli(capsys, "--database-url", url_of(path), "devices")[0] == 0


def test_a_missing_or_wrong_key_file_is_refused_and_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "station.sqlite3"
    store = StationStore(url_of(path))
    store.invite("Medic 12")
    store.close()
    keyfile = at_rest.key_file(path)
    saved = keyfile.read_bytes()
    keyfile.unlink()
    status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 2 and "its key is missing: restore station.sqlite3.key" in err
    assert not keyfile.exists()  # a new key would have locked the data away for good

    at_rest.write_key_file(keyfile, os.urandom(32))
    status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 2 and f"{path}: not a station database or wrong key (key from {keyfile})" in err

    keyfile.write_bytes(saved)
    status, out, _ = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 0 and "Medic 12" in out


def test_a_file_that_is_no_database_is_refused_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    path.write_bytes(b"quarterly budget\n" * 100)
    with pytest.raises(at_rest.AtRestError, match=r"not a database at all.*its key is missing"):
        StationStore(url_of(path))
    assert not at_rest.key_file(path).exists()
    at_rest.write_key_file(at_rest.key_file(path), os.urandom(32))
    with pytest.raises(at_rest.AtRestError, match="not a station database or wrong key"):
        StationStore(url_of(path))
    assert path.read_bytes() == b"quarterly budget\n" * 100


# -- a plaintext database from an earlier version -------------------------------------------------------


def decrypted_copy(source: Path, target: Path) -> None:
    """What an earlier version left: the same station database in plain SQLite (sqlcipher_export reversed)."""
    key = bytes.fromhex(at_rest.key_file(source).read_text().strip())
    connection = at_rest.connect(source, key)
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()


def test_a_plaintext_station_database_is_encrypted_in_place_and_nothing_is_lost(
    db: Database, tmp_path: Path
) -> None:
    held = docked(db, tmp_path / "made" / "station.sqlite3")
    made = tmp_path / "made" / "plain.sqlite3"
    decrypted_copy(tmp_path / "made" / "station.sqlite3", made)
    assert made.read_bytes()[:16] == at_rest.PLAINTEXT_HEADER and PATIENT in made.read_bytes()

    # The earlier version crashed with a device written only to its WAL: copy the files while it is open.
    old = tmp_path / "old"
    old.mkdir()
    plain = create_engine(url_of(made))
    event.listen(plain, "connect", lambda c, _: c.execute("PRAGMA wal_autocheckpoint=0"))
    with plain.begin() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    with plain.begin() as conn:
        conn.execute(
            devices.insert().values(id=str(uuid.uuid4()), name="Medic 99", created_at=datetime.now(UTC))
        )
    with plain.connect():
        for suffix in ("", "-wal", "-shm"):
            shutil.copy(f"{made}{suffix}", old / f"station.sqlite3{suffix}")
    plain.dispose()
    path = old / "station.sqlite3"
    assert Path(f"{path}-wal").stat().st_size > 0

    store = StationStore(url_of(path))
    try:
        assert "the plaintext database from an earlier version is now encrypted" in store.protection
        assert store.item_hashes() == held
        assert [d.name for d in store.devices()] == ["Medic 12", "Medic 99"]  # the WAL's row too
        token = qa.add_reviewer(store.engine, "Quinn")
        assert qa.reviewer_for(store.engine, token) is not None
    finally:
        store.close()
    assert path.read_bytes()[:16] != at_rest.PLAINTEXT_HEADER
    assert sorted(p.name for p in old.iterdir()) == ["station.sqlite3", "station.sqlite3.key"]
    assert files_holding(old, PATIENT) == [] and files_holding(old, b"Medic 99") == []
    assert set(modes(old).values()) <= {"0600", "0700"}
    assert StationStore(url_of(path)).item_hashes() == held  # the second start: nothing more to do


EARLIER_STATION = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
print(connection.execute("SELECT count(*) FROM items").fetchone()[0], "item", flush=True)
sys.stdin.read()
print(connection.execute("SELECT count(*) FROM items").fetchone()[0], "item", flush=True)
"""


def test_a_plaintext_database_in_use_is_left_alone(db: Database, tmp_path: Path) -> None:
    docked(db, tmp_path / "made" / "station.sqlite3", count=1)
    path = tmp_path / "station.sqlite3"
    decrypted_copy(tmp_path / "made" / "station.sqlite3", path)
    # An earlier station still running: another process with the file open in WAL mode.
    other = subprocess.Popen(
        [sys.executable, "-c", EARLIER_STATION, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None and other.stdin is not None
    try:
        assert other.stdout.readline().strip() == "2 item"
        with pytest.raises(at_rest.AtRestError, match="in use by another process; stop the station"):
            StationStore(url_of(path))
        assert path.read_bytes()[:16] == at_rest.PLAINTEXT_HEADER
    finally:
        other.stdin.close()
        assert other.wait(10) == 0
    assert not Path(f"{path}.encrypting").exists()
    assert len(contents(path)) == 2  # stopped, it is encrypted at the next start


# -- rotation ---------------------------------------------------------------------------------------------


def test_rekey_replaces_the_key_file_and_keeps_every_item(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "station.sqlite3"
    held = docked(db, path)
    keyfile = at_rest.key_file(path)
    old = bytes.fromhex(keyfile.read_text().strip())

    status, out, _ = cli(capsys, "--database-url", url_of(path), "rekey")
    assert status == 0 and f"new key in {keyfile}" in out
    new = bytes.fromhex(keyfile.read_text().strip())
    assert new != old and stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    assert not at_rest.opens(path, old) and at_rest.opens(path, new)
    assert new.hex() not in out  # a key file keeps it: nothing to copy from the screen
    assert files_holding(tmp_path, old.hex().encode()) == []  # the old key is nowhere in the folder
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("station")) == [
        "station.sqlite3",
        "station.sqlite3.key",
    ]
    assert contents(path) == held


def test_rekey_with_the_key_in_the_environment_prints_the_new_one_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.urandom(32)
    monkeypatch.setenv(at_rest.KEY_ENV, old.hex())
    path = tmp_path / "station.sqlite3"
    store = StationStore(url_of(path))
    store.invite("Medic 12")
    store.close()

    status, out, _ = cli(capsys, "--database-url", url_of(path), "rekey")
    assert status == 0 and "set $EPCR_STATION_DB_KEY to this new key before the next start" in out
    new = bytes.fromhex(out.strip().splitlines()[-1])
    assert not at_rest.opens(path, old) and at_rest.opens(path, new)
    assert not at_rest.key_file(path).exists()
    status, _, err = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 2 and "wrong key" in err  # the variable still holds the old key
    monkeypatch.setenv(at_rest.KEY_ENV, new.hex())
    status, out, _ = cli(capsys, "--database-url", url_of(path), "devices")
    assert status == 0 and "Medic 12" in out


def test_rekey_is_refused_while_the_station_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "station.sqlite3"
    with running_station(url_of(path)) as station:
        station.store.invite("Medic 12")  # the station's pool now holds an open connection
        before = at_rest.key_file(path).read_bytes()
        status, _, err = cli(capsys, "--database-url", url_of(path), "rekey")
        assert status == 1 and "in use by another process; stop the station, then rekey" in err
        assert at_rest.key_file(path).read_bytes() == before
        assert [d.name for d in station.store.devices()] == ["Medic 12"]


def test_a_rekey_cut_short_after_the_database_changed_is_completed_at_start(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    store = StationStore(url_of(path))
    store.invite("Medic 12")
    store.close()
    keyfile = at_rest.key_file(path)
    old, new = bytes.fromhex(keyfile.read_text().strip()), os.urandom(32)
    # The crash: the new key staged and the database rekeyed, the key file not yet replaced.
    staged = keyfile.with_name(keyfile.name + ".new")
    at_rest.write_key_file(staged, new)
    connection = at_rest.connect(path, old)
    connection.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    connection.close()

    store = StationStore(url_of(path))
    assert [d.name for d in store.devices()] == ["Medic 12"]
    store.close()
    assert bytes.fromhex(keyfile.read_text().strip()) == new and not staged.exists()

    at_rest.write_key_file(staged, os.urandom(32))  # cut short before the database changed: a stale stage
    StationStore(url_of(path)).close()
    assert bytes.fromhex(keyfile.read_text().strip()) == new and not staged.exists()


# -- file modes -------------------------------------------------------------------------------------------


def test_every_file_the_station_writes_is_owner_only(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "deep" / "epcr-station"  # made by the station itself
    monkeypatch.setenv("EPCR_STATION_HOME", str(home))
    monkeypatch.delenv("EPCR_STATION_DATABASE_URL", raising=False)
    previous = os.umask(0o022)  # a usual login umask
    try:
        status, _, _ = cli(capsys, "enroll", "--device", "Medic 12")  # makes the folder, database, cert
        assert status == 0
        assert os.umask(0o022) == 0o077  # the command's own umask; a lax one again from here on
        made = ("station.sqlite3", "station.sqlite3.key", "station.crt", "station.key")
        assert modes(home) == {".": "0700"} | dict.fromkeys(made, "0600")

        # Under the lax umask the modes must come from the station's code itself (a library caller, a test).
        served = tmp_path / "served"
        store = StationStore(url_of(served / "station.sqlite3"))
        running = start(store, tls=ensure_certificate(served))
        try:
            lock_calls(db, 3)
            print_ = fingerprint((served / "station.crt").read_text())
            enroll(db, running.url, store.invite("Medic 12"), "A-0001", fingerprint=print_)
            assert Syncer(db).run().accepted == 3
            reviewer = qa.add_reviewer(store.engine, "Quinn")
            assert qa.reviewer_for(store.engine, reviewer) is not None
            while_serving = modes(served)
        finally:
            running.stop()
            store.close()
    finally:
        os.umask(previous)
    assert while_serving == {".": "0700"} | dict.fromkeys(
        (*made, "station.sqlite3-wal", "station.sqlite3-shm"), "0600"
    )
    assert modes(served) == {".": "0700"} | dict.fromkeys(made, "0600")


def test_files_an_earlier_version_left_open_are_tightened_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "epcr-station"
    monkeypatch.setenv("EPCR_STATION_HOME", str(home))
    monkeypatch.delenv("EPCR_STATION_DATABASE_URL", raising=False)
    StationStore(url_of(home / "station.sqlite3")).close()
    ensure_certificate(home)
    home.chmod(0o755)
    for name in ("station.sqlite3", "station.crt"):  # what the earlier version left
        (home / name).chmod(0o644)
    previous = os.umask(0o022)
    try:
        status, _, _ = cli(capsys, "enroll", "--device", "Medic 12")
    finally:
        os.umask(previous)
    assert status == 0
    assert modes(home) == {".": "0700"} | dict.fromkeys(
        ("station.sqlite3", "station.sqlite3.key", "station.crt", "station.key"), "0600"
    )


# -- PostgreSQL -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "sslmode"),
    [
        ("postgresql+psycopg://epcr:secret@db.agency.example:5432/epcr", "require"),
        ("postgresql+psycopg://epcr@10.0.0.5/epcr?sslrootcert=/etc/epcr/ca.pem", "verify-full"),
        ("postgresql+psycopg://epcr@db.agency.example/epcr?sslmode=verify-ca", "verify-ca"),
        ("postgresql+psycopg://epcr@127.0.0.1/epcr?host=db2.agency.example", "require"),
        ("postgresql+psycopg://epcr@127.0.0.1:5432/epcr", None),
        ("postgresql+psycopg://epcr@localhost/epcr", None),
        ("postgresql+psycopg://epcr@[::1]/epcr", None),
        ("postgresql+psycopg://epcr@/epcr?host=/var/run/postgresql", None),
        ("postgresql+psycopg://epcr@/epcr", None),
    ],
)
def test_a_server_off_this_machine_gets_tls(url: str, sslmode: str | None) -> None:
    secured, line = at_rest.postgres_url(url)
    assert make_url(secured).query.get("sslmode") == sslmode
    assert "secret" not in line
    assert ("TLS not required on loopback" in line) == (sslmode is None)
    kept = make_url(url)
    assert make_url(secured).set(query={}) == kept.set(query={})  # nothing else changes


def test_the_operator_may_say_otherwise_but_is_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    remote = "postgresql+psycopg://epcr@db.agency.example/epcr"
    secured, line = at_rest.postgres_url(f"{remote}?sslmode=disable")
    assert (
        make_url(secured).query["sslmode"] == "disable"
        and "WARNING, the connection may be unencrypted" in line
    )
    monkeypatch.setenv("PGSSLMODE", "verify-full")  # libpq's own variable counts as explicit: never weakened
    secured, line = at_rest.postgres_url(remote)
    assert "sslmode" not in make_url(secured).query and "sslmode=verify-full from $PGSSLMODE" in line
    monkeypatch.delenv("PGSSLMODE")
    monkeypatch.setenv("PGSSLROOTCERT", "/etc/epcr/ca.pem")
    assert make_url(at_rest.postgres_url(remote)[0]).query["sslmode"] == "verify-full"


def test_postgresql_on_loopback_opens_and_a_required_tls_is_not_silently_dropped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if reason := postgres_reason():
        pytest.skip(reason)
    engine = make_engine(POSTGRES)
    try:
        with engine.connect() as conn:
            if conn.execute(text("SHOW ssl")).scalar_one() == "on":
                pytest.skip("the local PostgreSQL offers TLS: a refusal cannot be shown against it")
    finally:
        engine.dispose()
    assert "TLS not required on loopback" in at_rest.postgres_url(POSTGRES)[1]
    # What the station adds for a remote server, against a server without TLS: refused, never plain.
    required = f"{POSTGRES}?sslmode=require"
    with pytest.raises(Exception) as refused:
        make_engine(required).connect()
    assert isinstance(refused.value.__cause__ or refused.value, psycopg.OperationalError)
    assert "SSL" in str(refused.value)
    status, _, err = cli(capsys, "--database-url", required, "devices")
    assert status == 2 and err.startswith("database-url: cannot open the station database") and "SSL" in err


def test_a_host_name_that_is_not_loopback_gets_tls_end_to_end() -> None:
    """`vm` names 127.0.0.1 in /etc/hosts here, but only an address or localhost counts as this machine:
    the station asks for TLS, and the local server without it refuses."""
    if reason := postgres_reason():
        pytest.skip(reason)
    try:
        import socket

        if socket.gethostbyname("vm") != "127.0.0.1":
            pytest.skip("no host name 'vm' for 127.0.0.1 on this machine")
    except OSError:
        pytest.skip("no host name 'vm' for 127.0.0.1 on this machine")
    url = POSTGRES.replace("127.0.0.1", "vm")
    assert make_url(at_rest.postgres_url(url)[0]).query["sslmode"] == "require"
    with pytest.raises(Exception, match="SSL"):
        StationStore(url)
