"""The documents imported reports came from, kept whole beside them (table report_sources, unchangeable).

A NEMSIS file from a CAD system or another agency can hold more than a report here can (ePayment, eScene,
an agency's custom elements ...). The import lists what the report could not hold, and the source keeps all
of it, so nothing of the record is lost and the original can be handed on as it arrived.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select

from epcr.store import audit
from epcr.store.sql import compiled, params, report_sources

_COLUMNS = ("report_id", "format", "file_name", "document", "not_kept", "imported_at", "imported_by")
_INSERT = compiled(insert(report_sources).values(params(*_COLUMNS)), *_COLUMNS)
_GET = compiled(
    select(*(report_sources.c[name] for name in _COLUMNS[1:])).where(
        report_sources.c.report_id == bindparam("rid")
    ),
    "rid",
)


@dataclass(frozen=True)
class Source:
    format: str  # "nemsis-3.5.1"
    file_name: str  # the file it was imported from
    document: bytes  # a file of that format holding this one report, as it arrived
    not_kept: tuple[str, ...]  # what the report itself could not hold, in words
    imported_at: datetime | None = None
    imported_by: str | None = None


def add(db: sqlite3.Connection, report_id: str, source: Source, at: datetime, by: str) -> None:
    db.execute(
        _INSERT,
        {
            "report_id": report_id,
            "format": source.format,
            "file_name": source.file_name,
            "document": source.document,
            "not_kept": json.dumps(list(source.not_kept)),
            "imported_at": at.isoformat(),
            "imported_by": by,
        },
    )
    detail = json.dumps({"format": source.format, "file": source.file_name, "not_kept": len(source.not_kept)})
    audit.record(db, at.isoformat(), by, "source kept", report_id, None, None, detail)


def get(db: sqlite3.Connection, report_id: str) -> Source | None:
    row = db.execute(_GET, {"rid": report_id}).fetchone()
    if row is None:
        return None
    return Source(
        row[0], row[1], bytes(row[2]), tuple(json.loads(row[3])), datetime.fromisoformat(row[4]), row[5]
    )
