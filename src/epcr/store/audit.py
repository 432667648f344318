"""The audit log: one append-only row per committed change, in the change's own transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from epcr.domain.audit import AuditRecord
from epcr.security.audit_chain import ChainCheck, SealedEntry, entry_hash, seal, verify
from epcr.store.sql import audit_head, audit_log, compiled, params

_ROW = ("at", "actor", "action", "report_id", "path", "old_value", "new_value")
_CHAINED = (*_ROW, "prev_hash", "hash")
_SEALED = (*_CHAINED, "mac")
INSERT = compiled(insert(audit_log).values(params(*_SEALED)), *_SEALED)
# The key that seals the next entry, overwritten by the one after it in the entry's own transaction.
LAST_HASH = compiled(select(audit_head.c.last_hash, audit_head.c.seal_key).where(audit_head.c.id == 1))
MOVE_KEY = compiled(update(audit_head).where(audit_head.c.id == 1).values(seal_key=bindparam("key")), "key")
SEAL_STATE = compiled(
    select(audit_head.c.entries, audit_head.c.last_hash, audit_head.c.seal_key).where(audit_head.c.id == 1)
)
SEALS = compiled(  # entries after a position, in order, with what the station checks them by
    select(audit_log.c.prev_hash, audit_log.c.hash, audit_log.c.mac)
    .order_by(audit_log.c.id)
    .limit(bindparam("limit"))
    .offset(bindparam("after")),
    "limit",
    "after",
)
HEAD = compiled(select(audit_head.c.entries, audit_head.c.last_hash).where(audit_head.c.id == 1))
_LINES = select(*(audit_log.c[name] for name in ("id", *_ROW)))
ENTRIES = compiled(_LINES.order_by(audit_log.c.id))
REPORT_ENTRIES = compiled(
    _LINES.where(audit_log.c.report_id == bindparam("rid")).order_by(audit_log.c.id), "rid"
)
CHAIN = compiled(select(*(audit_log.c[name] for name in ("id", *_CHAINED))).order_by(audit_log.c.id))
HASH_AT = compiled(  # the chain's hash after a number of entries
    select(audit_log.c.hash).order_by(audit_log.c.id).limit(1).offset(bindparam("offset")), "offset"
)


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
    """Values arrive already JSON-encoded: the hot path encodes once. Chained to the entry before, sealed
    under the head's key, which then moves on (the head has no key only before migration 0008)."""
    row = (at, actor, action, report_id, path, old_value, new_value)
    previous, key = db.execute(LAST_HASH).fetchone()
    digest = entry_hash(previous, row)
    mac, next_key = (None, None) if key is None else seal(key, digest)
    db.execute(
        INSERT,
        {
            "at": at,
            "actor": actor,
            "action": action,
            "report_id": report_id,
            "path": path,
            "old_value": old_value,
            "new_value": new_value,
            "prev_hash": previous,
            "hash": digest,
            "mac": mac,
        },
    )
    if next_key is not None:
        db.execute(MOVE_KEY, {"key": next_key})


def entries(db: sqlite3.Connection, report_id: str | None = None) -> list[AuditRecord]:
    rows = db.execute(REPORT_ENTRIES, {"rid": report_id}) if report_id else db.execute(ENTRIES)
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


def head(db: sqlite3.Connection) -> tuple[int, str]:
    """(entries, last hash) of the chain, as the trigger keeps them."""
    row = db.execute(HEAD).fetchone()
    return int(row[0]), str(row[1])


def seal_state(db: sqlite3.Connection) -> tuple[int, str, str | None]:
    """(entries, last hash, the key that seals entry entries + 1), read together."""
    entries, last_hash, key = db.execute(SEAL_STATE).fetchone()
    return int(entries), str(last_hash), key


def sealed_entries(db: sqlite3.Connection, after: int, limit: int) -> list[SealedEntry]:
    """Up to `limit` entries after the first `after`, as the station checks them."""
    rows = db.execute(SEALS, {"limit": limit, "after": after}).fetchall()
    return [SealedEntry(after + n, r[0], r[1], r[2]) for n, r in enumerate(rows, start=1)]


def hash_at(db: sqlite3.Connection, entries: int) -> str | None:
    """The chain's hash after its first `entries` entries (None if the log is shorter); entries >= 1."""
    row = db.execute(HASH_AT, {"offset": entries - 1}).fetchone()
    return str(row[0]) if row else None


def verify_chain(db: sqlite3.Connection) -> ChainCheck:
    rows = db.execute(CHAIN)
    head = db.execute(HEAD).fetchone()
    return verify(rows, (int(head[0]), str(head[1])) if head else None)
