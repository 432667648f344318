"""The audit log: one append-only row per committed change, in the change's own transaction."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

INSERT = (
    "INSERT INTO audit_log (at, actor, action, report_id, path, old_value, new_value) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    report_id: str | None
    path: str | None
    old_value: Any
    new_value: Any


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
    """Values arrive already JSON-encoded: the hot path encodes once."""
    db.execute(INSERT, (at, actor, action, report_id, path, old_value, new_value))


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
    return None if value is None else json.loads(value)
