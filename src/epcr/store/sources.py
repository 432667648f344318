"""The documents imported reports came from, kept whole beside them (table report_sources, unchangeable).

A NEMSIS file from a CAD system or another agency can hold more than a report here can (ePayment, eScene,
an agency's custom elements ...). The import lists what the report could not hold, and the source keeps all
of it, so nothing of the record is lost and the original can be handed on as it arrived.

Every imported report has its source row (a NEMSIS file, a JSON file, the demo calls): it is what marks the
report as imported. Its authors (created_by, locked_by, the addenda's) are the source's, as recorded there;
the person who imported it is `imported_by`, and the audit trail names them, never the source's authors.
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
NEMSIS_FORMAT = "nemsis-3.5.1"
JSON_FORMAT = "epcr-json"  # a report file as `epcr export --format json` writes it
DEMO_FORMAT = "epcr-demo"  # the demo calls `epcr demo` loads
_ORIGINS = compiled(
    select(
        report_sources.c.report_id,
        report_sources.c.format,
        report_sources.c.file_name,
        report_sources.c.imported_at,
        report_sources.c.imported_by,
    )
)
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


@dataclass(frozen=True)
class Origin:
    """Where an imported report came from, without its document (for the report list and the PDF)."""

    format: str
    file_name: str
    imported_at: datetime
    imported_by: str

    def __str__(self) -> str:
        return f"imported from {self.file_name} by {self.imported_by}"


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


def origins(db: sqlite3.Connection) -> dict[str, Origin]:
    """Every imported report's origin, by report id (reports made here have none)."""
    return {
        row[0]: Origin(row[1], row[2], datetime.fromisoformat(row[3]), row[4]) for row in db.execute(_ORIGINS)
    }


def get(db: sqlite3.Connection, report_id: str) -> Source | None:
    row = db.execute(_GET, {"rid": report_id}).fetchone()
    if row is None:
        return None
    return Source(
        row[0], row[1], bytes(row[2]), tuple(json.loads(row[3])), datetime.fromisoformat(row[4]), row[5]
    )
