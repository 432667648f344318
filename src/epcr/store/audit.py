"""The audit log: one append-only row per committed change, in the change's own transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from epcr.domain.audit import AuditRecord
from epcr.security.audit_chain import ChainCheck, entry_hash, verify

INSERT = (
    "INSERT INTO audit_log (at, actor, action, report_id, path, old_value, new_value, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
LAST_HASH = "SELECT last_hash FROM audit_head WHERE id = 1"


def record(
    db: sqlite3.Connection,
    at: str,
    actor: str,
    action: str,
    report_id: str | None,
    path: str | None = None,
    old_value: str | None = None,
    new_value: str | None = None,
) -> None:
    """Values arrive already JSON-encoded: the hot path encodes once. Chained to the entry before."""
    row = (at, actor, action, report_id, path, old_value, new_value)
    previous = db.execute(LAST_HASH).fetchone()[0]
    db.execute(INSERT, (*row, previous, entry_hash(previous, row)))


def entries(db: sqlite3.Connection, report_id: str | None = None) -> list[AuditRecord]:
    sql = "SELECT id, at, actor, action, report_id, path, old_value, new_value FROM audit_log"
    rows = (
        db.execute(sql + " WHERE report_id = ? ORDER BY id", (report_id,))
        if report_id
        else db.execute(sql + " ORDER BY id")
    )
    return [
        AuditRecord(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], _load(r[6]), _load(r[7]))
        for r in rows
    ]


def _load(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:  # enrollments before 0.4 logged the station URL as bare text; the chain keeps it so
        return value


def verify_chain(db: sqlite3.Connection) -> ChainCheck:
    rows = db.execute(
        "SELECT id, at, actor, action, report_id, path, old_value, new_value, prev_hash, hash FROM audit_log "
        "ORDER BY id"
    )
    head = db.execute("SELECT entries, last_hash FROM audit_head WHERE id = 1").fetchone()
    return verify(rows, (int(head[0]), str(head[1])) if head else None)
