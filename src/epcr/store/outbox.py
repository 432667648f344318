"""The outbox: what must reach the station, and what the station has confirmed.

Rows are written by the lock and the addendum transactions (store/reports.py); the sync client only reads
them and records outcomes. An item counts as synced once the station's receipt is committed here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from epcr.store.links import Link


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


COLUMNS = (
    "id, kind, entity_id, report_id, version, content_hash, acknowledged_at IS NOT NULL, attempts, "
    "last_outcome, last_error"
)


class OutboxRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        sql = f"SELECT {COLUMNS} FROM outbox WHERE acknowledged_at IS NULL ORDER BY id"
        rows = self._db.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
        return [OutboxRow(*row) for row in rows]

    def all(self) -> list[OutboxRow]:
        return [OutboxRow(*row) for row in self._db.execute(f"SELECT {COLUMNS} FROM outbox ORDER BY id")]

    def record(self, outcomes: list[Outcome], at: datetime) -> None:
        for result in outcomes:
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_outcome = ?, "
                "last_error = ?, acknowledged_at = CASE WHEN ? THEN ? ELSE acknowledged_at END WHERE id = ?",
                (
                    at.isoformat(),
                    result.outcome,
                    result.error,
                    result.acknowledged,
                    at.isoformat(),
                    result.row_id,
                ),
            )

    def requeue(self, row_ids: list[int], why: str) -> None:
        """Send again what the station no longer holds (e.g. restored from an older backup)."""
        for row_id in row_ids:
            self._db.execute(
                "UPDATE outbox SET acknowledged_at = NULL, last_outcome = 'missing', last_error = ? "
                "WHERE id = ?",
                (why, row_id),
            )

    def states(self) -> dict[str, str]:
        """Each report's sync state for the report list: the worst of its report and addendum items."""
        rows = self._db.execute(
            "SELECT report_id, SUM(acknowledged_at IS NULL), MAX(last_outcome = 'conflict'), "
            "MAX(last_outcome = 'rejected') FROM outbox GROUP BY report_id"
        )
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
        row = self._db.execute(
            "SELECT url, station_id, device_id, token, enrolled_at, certificate FROM station_link "
            "WHERE id = 1"
        ).fetchone()
        return Link(*row) if row else None

    def set_link(self, link: Link) -> None:
        self._db.execute(
            "INSERT INTO station_link (id, url, station_id, device_id, token, enrolled_at, certificate) "
            "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET url = excluded.url, "
            "station_id = excluded.station_id, device_id = excluded.device_id, token = excluded.token, "
            "enrolled_at = excluded.enrolled_at, certificate = excluded.certificate, roster_revision = 0",
            (link.url, link.station_id, link.device_id, link.token, link.enrolled_at, link.certificate),
        )

    def payloads(self, row_ids: list[int]) -> dict[int, bytes]:
        """The items' JSON made at lock time (rows from before 0.4 have none: the caller builds it)."""
        marks = ",".join("?" * len(row_ids))
        rows = self._db.execute(
            f"SELECT id, payload FROM outbox WHERE id IN ({marks}) AND payload IS NOT NULL", row_ids
        )
        return {row_id: bytes(payload) for row_id, payload in rows}

    def roster_revision(self) -> int:
        row = self._db.execute("SELECT roster_revision FROM station_link WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def set_roster_revision(self, revision: int) -> None:
        self._db.execute("UPDATE station_link SET roster_revision = ? WHERE id = 1", (revision,))
