"""The outbox: what must reach the station, and what the station has confirmed.

Rows are written by the lock and the addendum transactions (store/reports.py); the sync client only reads
them and records outcomes. An item counts as synced once the station's receipt is committed here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Boolean, Integer, bindparam, case, func, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from epcr.store.links import Link
from epcr.store.sql import compiled, outbox, params, station_link


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str  # report | addendum
    entity_id: str
    report_id: str
    version: int
    content_hash: str
    acknowledged: bool
    attempts: int
    last_outcome: str | None
    last_error: str | None


@dataclass(frozen=True)
class Outcome:
    """One item's result from one push."""

    row_id: int
    outcome: str  # accepted | already_have | conflict | rejected | failed
    acknowledged: bool
    error: str | None = None


_ROWS = select(  # as OutboxRow
    outbox.c.id,
    outbox.c.kind,
    outbox.c.entity_id,
    outbox.c.report_id,
    outbox.c.version,
    outbox.c.content_hash,
    outbox.c.acknowledged_at.is_not(None),
    outbox.c.attempts,
    outbox.c.last_outcome,
    outbox.c.last_error,
).order_by(outbox.c.id)
_ALL = compiled(_ROWS)
_PENDING = compiled(_ROWS.where(outbox.c.acknowledged_at.is_(None)))
_PENDING_SOME = compiled(
    _ROWS.where(outbox.c.acknowledged_at.is_(None)).limit(bindparam("limit", type_=Integer)), "limit"
)
_one = outbox.c.id == bindparam("row")
_RECORD = compiled(
    update(outbox)
    .where(_one)
    .values(
        attempts=outbox.c.attempts + 1,
        last_attempt_at=bindparam("at"),
        last_outcome=bindparam("outcome"),
        last_error=bindparam("error"),
        acknowledged_at=case(
            (bindparam("acknowledged", type_=Boolean), bindparam("at")), else_=outbox.c.acknowledged_at
        ),
    ),
    "row",
    "at",
    "outcome",
    "error",
    "acknowledged",
)
_REQUEUE = compiled(
    update(outbox)
    .where(_one)
    .values(acknowledged_at=None, last_outcome="missing", last_error=bindparam("why")),
    "row",
    "why",
)
_STATES = compiled(
    select(
        outbox.c.report_id,
        func.sum(outbox.c.acknowledged_at.is_(None)),
        func.max(outbox.c.last_outcome == "conflict"),
        func.max(outbox.c.last_outcome == "rejected"),
    ).group_by(outbox.c.report_id)
)
_LINK = compiled(
    select(
        station_link.c.url,
        station_link.c.station_id,
        station_link.c.device_id,
        station_link.c.token,
        station_link.c.enrolled_at,
        station_link.c.certificate,
    ).where(station_link.c.id == 1)
)
_LINK_COLUMNS = ("url", "station_id", "device_id", "token", "enrolled_at", "certificate")
_link = upsert(station_link).values(id=1, **params(*_LINK_COLUMNS))
_SET_LINK = compiled(  # a new enrollment starts the crew roster over
    _link.on_conflict_do_update(
        index_elements=[station_link.c.id],
        set_={**{name: _link.excluded[name] for name in _LINK_COLUMNS}, "roster_revision": 0},
    ),
    *_LINK_COLUMNS,
)
_ROSTER_REVISION = compiled(select(station_link.c.roster_revision).where(station_link.c.id == 1))
_SET_ROSTER_REVISION = compiled(
    update(station_link).where(station_link.c.id == 1).values(roster_revision=bindparam("revision")),
    "revision",
)


@lru_cache(maxsize=64)
def _payloads(count: int) -> str:
    """The payloads of `count` outbox rows, named :row0, :row1 ..."""
    names = [f"row{i}" for i in range(count)]
    statement = select(outbox.c.id, outbox.c.payload).where(
        outbox.c.id.in_([bindparam(name) for name in names]), outbox.c.payload.is_not(None)
    )
    return compiled(statement, *names)


class OutboxRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        if limit:
            rows = self._db.execute(_PENDING_SOME, {"limit": int(limit)}).fetchall()
        else:
            rows = self._db.execute(_PENDING).fetchall()
        return [OutboxRow(*row) for row in rows]

    def all(self) -> list[OutboxRow]:
        return [OutboxRow(*row) for row in self._db.execute(_ALL)]

    def record(self, outcomes: list[Outcome], at: datetime) -> None:
        for result in outcomes:
            self._db.execute(
                _RECORD,
                {
                    "row": result.row_id,
                    "at": at.isoformat(),
                    "outcome": result.outcome,
                    "error": result.error,
                    "acknowledged": result.acknowledged,
                },
            )

    def requeue(self, row_ids: list[int], why: str) -> None:
        """Send again what the station no longer holds (e.g. restored from an older backup)."""
        for row_id in row_ids:
            self._db.execute(_REQUEUE, {"row": row_id, "why": why})

    def states(self) -> dict[str, str]:
        """Each report's sync state for the report list: the worst of its report and addendum items."""
        rows = self._db.execute(_STATES)
        states = {}
        for report_id, waiting, conflict, rejected in rows:
            if conflict:
                states[report_id] = "conflict"
            elif rejected:
                states[report_id] = "rejected"
            else:
                states[report_id] = "waiting" if waiting else "synced"
        return states

    def link(self) -> Link | None:
        row = self._db.execute(_LINK).fetchone()
        return Link(*row) if row else None

    def set_link(self, link: Link) -> None:
        self._db.execute(
            _SET_LINK,
            {
                "url": link.url,
                "station_id": link.station_id,
                "device_id": link.device_id,
                "token": link.token,
                "enrolled_at": link.enrolled_at,
                "certificate": link.certificate,
            },
        )

    def payloads(self, row_ids: list[int]) -> dict[int, bytes]:
        """The items' JSON made at lock time (rows from before 0.4 have none: the caller builds it)."""
        if not row_ids:
            return {}
        rows = self._db.execute(
            _payloads(len(row_ids)), {f"row{i}": row_id for i, row_id in enumerate(row_ids)}
        )
        return {row_id: bytes(payload) for row_id, payload in rows}

    def roster_revision(self) -> int:
        row = self._db.execute(_ROSTER_REVISION).fetchone()
        return int(row[0]) if row else 0

    def set_roster_revision(self, revision: int) -> None:
        self._db.execute(_SET_ROSTER_REVISION, {"revision": revision})
