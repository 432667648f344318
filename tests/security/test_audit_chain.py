"""The audit trail is a hash chain: editing, deleting or reordering a row in the database is detected and the
first broken entry is named."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.security.audit_chain import SEAL_LABEL, entry_hash, next_seal_key, seal, seal_mac
from epcr.store.database import Database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "device.sqlite3")
    report = demo_report(0)
    database.import_reports([report], "P-1042")
    for name in ("Alpha", "Bravo", "Charlie", "Delta"):
        database.save_field(report.uuid, "patient.last_name", name, "P-1042")
    database.record_event("Q-0100", "view", report.uuid)
    return database


def tamper(db: Database, *statements: str) -> None:
    with db.unit_of_work() as uow:  # what someone with the key and a SQL shell could do
        uow.db.execute("DROP TRIGGER audit_log_no_update")
        uow.db.execute("DROP TRIGGER audit_log_no_delete")
        for sql in statements:
            uow.db.execute(sql)
        uow.commit()


def test_an_untouched_chain_verifies(db: Database) -> None:
    check = db.verify_audit()
    assert check.intact and check.entries == 6


def test_an_edited_row_is_named(db: Database) -> None:
    tamper(db, "UPDATE audit_log SET new_value = '\"Zulu\"' WHERE id = 3")
    check = db.verify_audit()
    assert check.broken_at == 3 and "content was changed" in (check.problem or "")


def test_a_deleted_row_is_detected(db: Database) -> None:
    tamper(db, "DELETE FROM audit_log WHERE id = 4")
    check = db.verify_audit()
    assert check.broken_at == 5 and "deleted or the order was changed" in (check.problem or "")


def test_reordered_rows_are_detected(db: Database) -> None:
    tamper(
        db,
        "UPDATE audit_log SET id = 100 WHERE id = 2",
        "UPDATE audit_log SET id = 2 WHERE id = 3",
        "UPDATE audit_log SET id = 3 WHERE id = 100",
    )
    assert db.verify_audit().broken_at == 2


def test_a_cut_off_tail_is_detected(db: Database) -> None:
    tamper(db, "DELETE FROM audit_log WHERE id = 6")
    check = db.verify_audit()
    assert check.broken_at is None and "entries at the end were removed" in (check.problem or "")


def test_the_database_refuses_edits_while_its_triggers_stand(db: Database) -> None:
    with db.unit_of_work() as uow, pytest.raises(Exception, match="append-only"):
        uow.db.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = 1")


@pytest.mark.parametrize("key_bytes", [32, 64, 65, 100])  # the device's keys are 32; longer ones are hashed
def test_seals_and_hashes_are_the_standard_constructions(key_bytes: int) -> None:
    """The seal's own HMAC-SHA256 gives what the standard library's gives, and the hash what json.dumps
    gives: a station or an auditor with only hmac, hashlib and json checks the same values."""
    for _ in range(50):
        key, digest = secrets.token_hex(key_bytes), secrets.token_hex(32)
        expected = hmac.digest(bytes.fromhex(key), digest.encode("ascii"), "sha256").hex()
        following = hashlib.sha256(SEAL_LABEL + bytes.fromhex(key)).hexdigest()
        assert seal_mac(key, digest) == expected
        assert seal(key, digest) == (expected, following) == (expected, next_seal_key(key))
    row = ["2026-12-01T22:00:00+00:00", "P-1042", "edit", None, "patient.last_name", '"Ä"', "\u2028"]
    body = json.dumps(["0" * 64, *row], separators=(",", ":"), ensure_ascii=False)
    assert entry_hash("0" * 64, row) == hashlib.sha256(body.encode("utf-8")).hexdigest()
