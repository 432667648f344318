"""Integrity against someone who holds a PIN (issue 16, item 4): raw SQL through a real SQLCipher connection
opened with the device's key cannot REPLACE, UPSERT, UPDATE or DELETE a locked report or an audit entry; a
tail of the audit log rewritten since the last sync (triggers dropped, hashes recomputed) is caught by the
station's seal check; reads through the store leave an audit entry."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3  # type: ignore[import-untyped]
from pydantic import ValidationError

from epcr.demo import demo_report
from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.audit_chain import GENESIS, SealedEntry, check_seals, entry_hash, next_seal_key
from epcr.security.roles import Role
from epcr.session import Session
from epcr.station import anchors
from epcr.station.cli import main as station_main
from epcr.store.database import UNNAMED, Database
from epcr.store.sources import Source
from epcr.store.sql import PROTECTED
from epcr.sync.client import Syncer, enroll
from epcr.sync.protocol import MAX_SEALS, AuditHead, AuditSeal
from tests.sync import conftest as real_station
from tests.sync.conftest import Station

station, station_url = real_station.station, real_station.station_url  # a real uvicorn, SQLite or PostgreSQL

ADMIN = Account(id="A-0001", name="Ada Admin", role=Role.ADMIN)
PIN = "739184"


@dataclass
class Opened:
    """A real device, logged in, and the raw key its PIN unlocked (what the attacker holds)."""

    device: Device
    session: Session
    key: bytes

    @property
    def db(self) -> Database:
        return self.session.db


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Opened]:
    device = Device.at(tmp_path / "home")
    session, _ = device.set_up(ADMIN, PIN)
    key = session._key
    assert key is not None
    yield Opened(device, session, bytes(key))
    session.log_out()


def attacker(opened: Opened, recursive_triggers: bool = False) -> sqlite3.Connection:
    """The attacker's own SQLCipher connection: the key, and none of the app's pragmas unless asked."""
    conn = sqlcipher3.dbapi2.connect(str(opened.device.database), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{opened.key.hex()}'\"")
    if recursive_triggers:
        conn.execute("PRAGMA recursive_triggers=ON")
    return conn  # type: ignore[no-any-return]


def locked_with_everything(db: Database) -> str:
    """A locked report with an addendum, its import source and its outbox rows."""
    report = demo_report(0)
    source = Source("nemsis-3.5.1", "call.xml", b"<EMSDataSet/>", ("nothing",))
    db.import_reports([report], ADMIN.id, {report.uuid: source})
    db.lock_report(report.uuid, ADMIN.id)
    db.add_addendum(report.uuid, ADMIN.id, "late entry", "Daughter arrived on scene.")
    return str(report.uuid)


TABLES = ("reports", "report_parts", "addenda", "audit_log", "audit_head", "report_sources", "outbox")


def snapshot(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def row_of(conn: sqlite3.Connection, table: str, where: str, *args: object) -> dict[str, Any]:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", args)
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def insert_sql(verb: str, table: str, row: dict[str, Any], upsert: str = "") -> tuple[str, tuple[Any, ...]]:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"{verb} INTO {table} ({names}) VALUES ({marks}) {upsert}", tuple(row.values())


def attacks(conn: sqlite3.Connection, rid: str) -> list[tuple[str, str, tuple[Any, ...], str]]:
    """(what, sql, parameters, the refusal expected) for each way to change what must not change."""
    report = row_of(conn, "reports", "id = ?", rid) | {"status": "draft", "locked_at": None}
    part = row_of(conn, "report_parts", "report_id = ? AND part = 'patient'", rid) | {"data": "{}"}
    addendum = row_of(conn, "addenda", "report_id = ?", rid) | {"text": "rewritten"}
    entry = row_of(conn, "audit_log", "id = 1") | {"actor": "someone-else"}
    head = row_of(conn, "audit_head", "id = 1") | {"entries": 0, "last_hash": GENESIS}
    source = row_of(conn, "report_sources", "report_id = ?", rid) | {"document": b"<forged/>"}
    queued = row_of(conn, "outbox", "report_id = ? AND kind = 'report'", rid) | {"payload": b"{}"}
    found: list[tuple[str, str, tuple[Any, ...], str]] = []
    for table, row, key, refusal in (
        ("reports", report, "id", "locked"),
        ("report_parts", part, "report_id, part, item_id", "locked"),
        ("addenda", addendum, "id", "append-only"),
        ("audit_log", entry, "id", "append-only"),
        ("audit_head", head, "id", "audit head"),
        ("report_sources", source, "report_id", "source document"),
        ("outbox", queued, "id", "outbox"),
    ):
        for verb in ("INSERT OR REPLACE", "REPLACE"):
            found.append((f"{verb} {table}", *insert_sql(verb, table, row), refusal))
        sets = ", ".join(f"{c} = excluded.{c}" for c in row if c not in key.split(", "))
        found.append(
            (
                f"UPSERT {table}",
                *insert_sql("INSERT", table, row, f"ON CONFLICT({key}) DO UPDATE SET {sets}"),
                refusal,
            )
        )
    for what, sql in (
        ("UPDATE reports", "UPDATE reports SET status = 'draft' WHERE id = ?"),
        ("DELETE reports", "DELETE FROM reports WHERE id = ?"),
        ("UPDATE report_parts", "UPDATE report_parts SET data = '{}' WHERE report_id = ?"),
        ("DELETE report_parts", "DELETE FROM report_parts WHERE report_id = ?"),
        ("UPDATE addenda", "UPDATE addenda SET text = 'x' WHERE report_id = ?"),
        ("DELETE addenda", "DELETE FROM addenda WHERE report_id = ?"),
        ("DELETE report_sources", "DELETE FROM report_sources WHERE report_id = ?"),
        ("UPDATE outbox", "UPDATE outbox SET payload = X'00' WHERE report_id = ?"),
        ("DELETE outbox", "DELETE FROM outbox WHERE report_id = ?"),
    ):
        refusal = {"reports": "locked", "report_parts": "locked", "addenda": "append-only"}.get(
            what.split()[1], what.split()[1].replace("report_sources", "source document")
        )
        found.append((what, sql, (rid,), refusal))
    found += [
        ("UPDATE audit_log", "UPDATE audit_log SET actor = 'x' WHERE id = 1", (), "append-only"),
        ("DELETE audit_log", "DELETE FROM audit_log WHERE id > 1", (), "append-only"),
        ("DELETE audit_head", "DELETE FROM audit_head", (), "audit head"),
        (
            "INSERT audit_log unchained",
            "INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('x', 'y', 'z', ?, ?)",
            (GENESIS, GENESIS),
            "must follow",
        ),
    ]
    return found


@pytest.mark.parametrize("recursive", [False, True], ids=["attacker-pragmas", "app-pragmas"])
def test_every_way_to_change_a_locked_report_or_the_audit_log_is_refused(
    opened: Opened, recursive: bool
) -> None:
    rid = locked_with_everything(opened.db)
    conn = attacker(opened, recursive)
    before = snapshot(conn)
    tried = attacks(conn, rid)
    assert len(tried) == 7 * 3 + 9 + 4
    for what, sql, parameters, refusal in tried:
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match=refusal):
            conn.execute(sql, parameters)
            pytest.fail(f"{what} was not refused")
    assert snapshot(conn) == before
    conn.close()
    assert opened.db.verify_audit().intact
    assert opened.db.open_report(rid, ADMIN.id).lifecycle.status.value == "locked"


def test_the_app_connection_has_the_pragmas_that_make_replace_fire_delete_triggers(opened: Opened) -> None:
    with opened.db.unit_of_work() as uow:
        values = {
            p: uow.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("recursive_triggers", "secure_delete")
        }
    assert values == {"recursive_triggers": 1, "secure_delete": 1}


def test_the_normal_paths_still_work_after_the_attempts(opened: Opened) -> None:
    rid = locked_with_everything(opened.db)
    conn = attacker(opened)
    for _, sql, parameters, _ in attacks(conn, rid):
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
            conn.execute(sql, parameters)
    conn.close()
    db = opened.db
    draft = db.create_report(ADMIN.id)
    db.save_field(draft.uuid, "patient.last_name", "Jones", ADMIN.id)
    entry = db.add_entry(draft.uuid, "vitals", {"heart_rate": 80}, ADMIN.id)
    db.remove_entry(draft.uuid, f"vitals[{entry}]", ADMIN.id)
    db.add_addendum(rid, ADMIN.id, "second", "Called the ED back.")
    report = demo_report(1)
    db.import_reports([report], ADMIN.id)
    db.lock_report(report.uuid, ADMIN.id)
    assert db.verify_audit().intact
    assert len(db.outbox()) == 4  # two reports and two addenda queued


# -- sealing -------------------------------------------------------------------------------------------


def raw_seal_state(conn: sqlite3.Connection) -> tuple[int, str, str, int]:
    row = conn.execute("SELECT entries, last_hash, seal_key, sealed_from FROM audit_head").fetchone()
    return int(row[0]), str(row[1]), str(row[2]), int(row[3])


def test_each_entry_is_sealed_under_its_own_key_and_the_key_moves_on(db: Database) -> None:
    entries, _, key = db.audit_seal_state()
    assert key is not None and entries == 0
    for n in range(5):
        db.record_event("E-2210", "view", detail={"n": n})
    sealed = db.audit_sealed_entries(0, 100)
    assert [e.position for e in sealed] == [1, 2, 3, 4, 5]
    assert all(
        e.mac == hmac.new(bytes.fromhex(k), e.hash.encode(), hashlib.sha256).hexdigest()
        for e, k in zip(sealed, _keys(key, 5), strict=True)
    )
    check = check_seals(1, key, GENESIS, sealed)
    assert check.intact and check.position == 6
    assert db.audit_seal_state()[2] == check.key == _keys(key, 6)[-1]  # the head holds k_6 and no other


def _keys(first: str, count: int) -> list[str]:
    keys = [first]
    while len(keys) < count:
        keys.append(next_seal_key(keys[-1]))
    return keys


def test_a_seal_check_catches_a_rewritten_entry_resealed_with_a_later_key(db: Database) -> None:
    _, _, first = db.audit_seal_state()
    assert first is not None
    for n in range(4):
        db.record_event("E-2210", "view", detail={"n": n})
    entries = db.audit_sealed_entries(0, 100)
    later = db.audit_seal_state()[2]  # what someone who opens the database now holds: k_5
    assert later is not None
    forged_hash = entry_hash(entries[1].prev_hash, ["x"])
    forged = SealedEntry(
        2,
        entries[1].prev_hash,
        forged_hash,
        hmac.new(bytes.fromhex(later), forged_hash.encode(), hashlib.sha256).hexdigest(),
    )
    check = check_seals(1, first, GENESIS, [entries[0], forged])
    assert check.problem == "entry 2: its seal does not match (rewritten after it was sealed)"
    assert (check.position, check.key) == (1, first)  # nothing moves on a failure


def test_no_earlier_sealing_key_is_left_in_the_files_after_a_clean_close(tmp_path: Path) -> None:
    """secure_delete, and the WAL checkpointed and removed on close: only the current key is on disk."""
    path = tmp_path / "plain.sqlite3"
    db = Database(path)  # unencrypted, so the file's bytes can be searched
    keys = []
    for n in range(50):
        keys.append(db.audit_seal_state()[2])
        db.record_event("E-2210", "view", detail={"n": n})
    current = db.audit_seal_state()[2]
    db.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert current is not None and current.encode() in data
    assert [k for k in keys if k is not None and k.encode() in data] == []


def test_the_protocol_bounds_the_entries_checked_per_request() -> None:
    seal = AuditSeal(position=1, prev_hash=GENESIS, hash=GENESIS, mac=GENESIS)
    with pytest.raises(ValidationError, match="at most 500"):
        AuditHead(entries=MAX_SEALS + 1, last_hash=GENESIS, seals=[seal] * (MAX_SEALS + 1))


# -- the station catches a rewritten tail ----------------------------------------------------------------


def rewrite_tail(opened: Opened, after: int, reseal: bool) -> None:
    """The full attack: drop the triggers, change the first entry after `after`, recompute every hash from it
    (and, with `reseal`, seal them again with the only key there is: the head's), fix the head, restore the
    triggers. `epcr audit verify` then finds nothing."""
    conn = attacker(opened)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND tbl_name IN ('audit_log', 'audit_head')"
    ).fetchall()
    conn.execute("BEGIN IMMEDIATE")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    _, _, key, _ = raw_seal_state(conn)
    rows = conn.execute(
        "SELECT id, at, actor, action, report_id, path, old_value, new_value, prev_hash"
        " FROM audit_log ORDER BY id"
    ).fetchall()
    rows[after] = (*rows[after][:2], "someone-else", *rows[after][3:])
    conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?", (rows[after][0],))
    previous = rows[after][8]
    for row in rows[after:]:
        digest = entry_hash(previous, list(row[1:8]))
        mac = hmac.new(bytes.fromhex(key), digest.encode(), hashlib.sha256).hexdigest() if reseal else None
        if reseal:
            key = next_seal_key(key)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ?"
            + (", mac = ?" if reseal else "")
            + " WHERE id = ?",
            (previous, digest, *([mac] if reseal else []), row[0]),
        )
        previous = digest
    conn.execute("UPDATE audit_head SET last_hash = ?, seal_key = ? WHERE id = 1", (previous, key))
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()


def station_says(station: Station, capsys: pytest.CaptureFixture[str]) -> str:
    assert station_main(["--database-url", station.store.url, "devices"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("reseal", [False, True], ids=["hashes-only", "resealed-with-the-head-key"])
def test_a_tail_rewritten_since_the_last_sync_is_caught_by_the_station(
    opened: Opened, station: Station, capsys: pytest.CaptureFixture[str], reseal: bool
) -> None:
    db = opened.db
    rid = locked_with_everything(db)
    enroll(db, station.url, station.store.invite("Medic 12"), ADMIN.id)
    assert Syncer(db).run().audit in {"same", "extends"}  # the station holds the sealing key since enrollment
    for n in range(3):
        db.open_report(rid, ADMIN.id)
        db.record_event(ADMIN.id, "print", rid, {"copy": n})
    assert Syncer(db).run().audit == "extends"
    anchored = db.audit_head()[0]
    for n in range(4):
        db.record_event(ADMIN.id, "view", rid, {"n": n})  # written since the last sync

    rewrite_tail(opened, after=anchored + 1, reseal=reseal)
    assert db.verify_audit().intact  # the device's own check is fooled
    result = Syncer(db).run()
    assert result.audit == "diverged"
    [line] = [line for line in result.log if line.startswith("AUDIT:")]
    assert f"entry {anchored + 2}: its seal does not match" in line
    assert (
        f"entry {anchored + 2}: its seal does not match"
        in anchors.diverged(station.store.engine)[_device(station)]
    )
    assert "AUDIT LOG CHANGED: entry" in station_says(station, capsys)
    assert Syncer(db).run().audit == "diverged"  # it stays flagged: the station's key did not move


def test_a_tail_rewritten_before_the_first_sync_is_caught(opened: Opened, station: Station) -> None:
    db = opened.db
    enroll(db, station.url, station.store.invite("Medic 12"), ADMIN.id)
    anchored = anchors.last(station.store.engine, _device(station))
    assert anchored is not None  # enrollment handed the station the sealing key and the head
    rid = locked_with_everything(db)  # the first locks, written before any sync
    db.record_event(ADMIN.id, "print", rid)
    rewrite_tail(opened, after=anchored.entries + 1, reseal=True)
    assert db.verify_audit().intact
    result = Syncer(db).run()
    assert result.audit == "diverged", result.log
    assert "its seal does not match" in anchors.diverged(station.store.engine)[_device(station)]


def _device(station: Station) -> str:
    with station.store.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM devices").scalar_one())


def test_a_rewrite_before_the_last_anchor_is_still_caught(opened: Opened, station: Station) -> None:
    db = opened.db
    locked_with_everything(db)
    enroll(db, station.url, station.store.invite("Medic 12"), ADMIN.id)
    assert Syncer(db).run().audit in {"same", "extends"}
    db.record_event(ADMIN.id, "view")
    assert Syncer(db).run().audit == "extends"
    rewrite_tail(opened, after=0, reseal=True)
    result = Syncer(db).run()
    assert result.audit == "diverged"
    assert (
        "no longer has the hash the station anchored"
        in anchors.diverged(station.store.engine)[_device(station)]
    )


def test_a_device_that_syncs_many_times_stays_ok(db: Database, station: Station) -> None:
    enroll(db, station.url, station.store.invite("Medic 12"), "A-0001")
    verdicts = [Syncer(db).run().audit]
    for round_ in range(4):
        for n in range(3 if round_ != 2 else MAX_SEALS * 2 + 7):  # one round sends several requests
            db.record_event("E-2210", "view", detail={"n": n})
        verdicts.append(Syncer(db).run().audit)
    verdicts.append(Syncer(db).run().audit)
    assert set(verdicts) <= {"extends", "same"}, verdicts  # anchored first at enrollment
    assert anchors.diverged(station.store.engine) == {}
    entries, _, key = db.audit_seal_state()
    with station.store.engine.connect() as conn:
        position, held = conn.exec_driver_sql("SELECT position, seal_key FROM audit_seals").one()
    assert position == anchors.last(station.store.engine, _device(station)).entries + 1
    assert position <= entries + 1 and held == _keys(held, 1)[0]
    assert key is not None


def test_entries_written_before_sealing_began_have_no_seal_and_sealing_starts_at_the_migration(
    tmp_path: Path,
) -> None:
    from epcr.store import migrate

    path = tmp_path / "old.sqlite3"
    migrate.upgrade(path, "0007")
    with sqlite3.connect(path, isolation_level=None) as conn:  # what version 0007 wrote: chained, no seal
        previous = GENESIS
        for n in range(3):
            row = ["2026-11-30T10:00:00+00:00", "E-2210", "login", None, None, None, json.dumps({"n": n})]
            digest = entry_hash(previous, row)
            conn.execute(
                "INSERT INTO audit_log (at, actor, action, report_id, path, old_value, new_value,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*row, previous, digest),
            )
            previous = digest
    with Database(path) as db:
        db.record_event("E-2210", "login")
        assert db.verify_audit().intact
        macs = [e.mac for e in db.audit_sealed_entries(0, 10)]
    assert macs[:3] == [None, None, None] and macs[3] is not None
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT sealed_from FROM audit_head").fetchone()[0] == 4


# -- reads through the store are on the record ------------------------------------------------------------


def test_a_read_through_the_store_leaves_a_view_entry_naming_the_reader(db: Database) -> None:
    report = db.create_report("E-2210")
    db.open_report(report.uuid, "E-2210")
    db.open_report(report.uuid)
    views = [(e.actor, e.action) for e in db.audit_trail(report.uuid) if e.action == "view"]
    assert views == [("E-2210", "view"), (UNNAMED, "view")]


def test_a_session_records_one_entry_per_read(opened: Opened) -> None:
    rid = locked_with_everything(opened.db)
    opened.session.add_account(Account(id="Q-0100", name="Quinn QA", role=Role.QA), "582039")
    reviewer = opened.device.log_in("Q-0100", "582039")
    try:
        before = len(reviewer.db.audit_trail(rid))
        reviewer.open_report(rid)
        reviewer.export_report(rid, "pdf to print")
        added = [(e.actor, e.action, e.new_value) for e in reviewer.db.audit_trail(rid)[before:]]
    finally:
        reviewer.log_out()
    assert added == [("Q-0100", "view", None), ("Q-0100", "export", {"to": "pdf to print"})]


def test_a_migrated_database_has_every_protecting_trigger(opened: Opened) -> None:
    conn = attacker(opened)
    found = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'").fetchall())
    conn.close()
    assert {name: found.get(name) for names in PROTECTED.values() for name in names} == {
        name: table for table, names in PROTECTED.items() for name in names
    }
