"""The report repository: reports in and out of the database as domain objects. It never commits; the unit
of work that owns the transaction does.

The SQL here goes straight to the DB-API connection under SQLAlchemy's: the statements are fixed, and
SQLAlchemy's per-statement overhead would be half of an edit's latency budget (a durable commit is ~0.2 ms).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from pydantic import BaseModel, ValidationError

from epcr.domain.canonical import canonical_bytes
from epcr.domain.errors import InvalidInput, Problem, as_invalid_input
from epcr.domain.paths import parts
from epcr.domain.report import SCHEMA_VERSION, Addendum, Lifecycle, Report, Status
from epcr.domain.summary import ReportSummary
from epcr.rules.findings import Finding
from epcr.store import audit
from epcr.store.errors import (
    DuplicateReport,
    EntryNotFound,
    LockRefused,
    ReportLocked,
    ReportNotFound,
    ReportNotLocked,
)
from epcr.store.parts import (
    check_lock_integrity,
    dumps,
    entries,
    entry_path,
    get_value,
    parse_or_invalid,
    set_value,
    summary_of,
    touch_sql,
    validate_part,
)

_SELECT_PART = (
    "SELECT p.data, r.status FROM report_parts p JOIN reports r ON r.id = p.report_id "
    "WHERE p.report_id = ? AND p.part = ? AND p.item_id = ?"
)
_UPDATE_PART = "UPDATE report_parts SET data = ? WHERE report_id = ? AND part = ? AND item_id = ?"
_SUMMARY_COLUMNS = (
    "id, status, pcr_number, incident_at, unit, patient_name, chief_complaint, created_at, "
    "updated_at, locked_at"
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """The result of one committed edit, for the "saved" indicator and the findings panel."""

    report_id: str
    path: str
    old_value: Any
    new_value: Any
    changed: bool


class ReportRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @property
    def db(self) -> sqlite3.Connection:
        return self._db

    # -- reading ------------------------------------------------------------------------------------

    def get(self, report_id: UUID | str) -> Report:
        rid = str(report_id)
        head = self._db.execute(
            "SELECT status, created_at, created_by, locked_at, locked_by, content_hash, schema_version "
            "FROM reports WHERE id = ?",
            (rid,),
        ).fetchone()
        if head is None:
            raise ReportNotFound(rid)
        lifecycle = {
            "status": head[0],
            "created_at": head[1],
            "created_by": head[2],
            "locked_at": head[3],
            "locked_by": head[4],
            "content_hash": head[5],
        }
        singles: dict[str, str] = {}
        groups: dict[str, list[str]] = {}
        for part, item_id, data in self._db.execute(
            "SELECT part, item_id, data FROM report_parts WHERE report_id = ? ORDER BY part, position", (rid,)
        ):
            if item_id:
                groups.setdefault(part, []).append(data)
            else:
                singles[part] = data
        addenda = [
            dumps(
                {
                    "id": a[0],
                    "author": a[1],
                    "at": a[2],
                    "reason": a[3],
                    "text": a[4],
                    "previous_hash": a[5],
                    "hash": a[6],
                }
            )
            for a in self._db.execute(
                "SELECT id, author, at, reason, text, previous_hash, hash FROM addenda WHERE report_id = ? "
                "ORDER BY seq",
                (rid,),
            )
        ]
        # Assemble one JSON document from the stored parts and let pydantic-core parse it in one pass.
        fields = [
            f'"uuid":"{rid}"',
            f'"schema_version":{int(head[6])}',  # its hash's form: a locked report keeps its own
            f'"lifecycle":{dumps(lifecycle)}',
            f'"addenda":[{",".join(addenda)}]',
        ]
        for key, part in parts().items():
            if part.repeating and "." not in key:
                fields.append(f'"{key}":[{",".join(groups.get(key, ()))}]')
            elif not part.repeating:
                body = singles.get(key, "{}")
                nested = [f'"{n}":[{",".join(groups.get(f"{key}.{n}", ()))}]' for n in part.nested_parts]
                if nested:
                    body = "{" + ",".join(nested) + ("," + body[1:] if body != "{}" else "}")
                fields.append(f'"{key}":{body}')
        return Report.model_validate_json("{" + ",".join(fields) + "}")

    def owned_by(self, member_id: str, report_id: UUID | str | None = None) -> set[str]:
        """Reports this crew member wrote or is on the crew of (an EMT's "own reports")."""
        sql = (
            "SELECT id FROM reports WHERE created_by = :who{one} UNION SELECT report_id FROM report_parts "
            "WHERE part = 'crew' AND json_extract(data, '$.member_id') = :who{one_part}"
        )
        one = " AND id = :rid" if report_id is not None else ""
        one_part = " AND report_id = :rid" if report_id is not None else ""
        rows = self._db.execute(
            sql.format(one=one, one_part=one_part), {"who": member_id, "rid": str(report_id)}
        )
        return {r[0] for r in rows}

    def status(self, report_id: UUID | str) -> Status:
        row = self._db.execute("SELECT status FROM reports WHERE id = ?", (str(report_id),)).fetchone()
        if row is None:
            raise ReportNotFound(str(report_id))
        return Status(row[0])

    def summaries(self, status: Status | None = None, search: str | None = None) -> list[ReportSummary]:
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM reports"
        where, params = [], []
        if status is not None:
            where.append("status = ?")
            params.append(status.value)
        if search:
            where.append(
                "(pcr_number LIKE ? OR patient_name LIKE ? OR chief_complaint LIKE ? OR unit LIKE ?)"
            )
            params += [f"%{search}%"] * 4
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY sort_at DESC, id DESC"  # walks ix_reports_sort_at backwards
        from_iso = datetime.fromisoformat
        statuses = {s.value: s for s in Status}
        return [
            ReportSummary(
                r[0],
                statuses[r[1]],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                from_iso(r[7]),
                from_iso(r[8]),
                from_iso(r[9]) if r[9] else None,
            )
            for r in self._db.execute(sql, params)
        ]

    # -- writing ------------------------------------------------------------------------------------

    def add(self, report: Report, actor: str, at: datetime, action: str = "create") -> None:
        """Insert a whole report (new or imported); a locked one must carry a matching content hash."""
        rid = str(report.uuid)
        if self._db.execute("SELECT 1 FROM reports WHERE id = ?", (rid,)).fetchone():
            raise DuplicateReport(rid)
        life = report.lifecycle
        if life.status is Status.LOCKED:
            check_lock_integrity(report)
        elif report.addenda:
            raise InvalidInput(
                [Problem("addenda", "a draft report cannot carry addenda; only locked ones do")]
            )
        now = at.isoformat()
        summary: dict[str, Any] = {}
        rows: list[tuple[str, str, str, int, str]] = []
        for key, part in parts().items():
            if part.repeating:
                for position, entry in enumerate(entries(report, key)):
                    rows.append((rid, key, str(entry.id), position, entry.model_dump_json()))  # type: ignore[attr-defined]
            else:
                section: BaseModel = getattr(report, key)
                data = section.model_dump(mode="json", exclude=set(part.nested_parts))
                summary.update(summary_of(key, data))
                rows.append((rid, key, "", 0, dumps(data)))
        self._db.execute(
            "INSERT INTO reports (id, status, schema_version, created_at, created_by, updated_at, revision, "
            "pcr_number, incident_at, sort_at, unit, patient_name, chief_complaint) "
            "VALUES (?, 'draft', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
            (
                rid,
                report.schema_version,
                life.created_at.astimezone(UTC).isoformat(),
                life.created_by,
                now,
                summary.get("pcr_number"),
                summary.get("incident_at"),
                summary.get("sort_at") or life.created_at.astimezone(UTC).isoformat(),
                summary.get("unit"),
                summary.get("patient_name"),
                summary.get("chief_complaint"),
            ),
        )
        self._db.executemany(
            "INSERT INTO report_parts (report_id, part, item_id, position, data) VALUES (?, ?, ?, ?, ?)", rows
        )
        audit.record(self._db, now, actor, action, rid, None, None, dumps({"status": life.status.value}))
        if life.status is Status.LOCKED:
            assert life.locked_at is not None and life.locked_by is not None and life.content_hash
            self._set_locked(rid, life.locked_at, life.locked_by, life.content_hash, report.schema_version)
            for seq, addendum in enumerate(report.addenda, start=1):
                self._insert_addendum(rid, seq, addendum)

    def save_field(
        self, report_id: UUID | str, path: str, value: Any, actor: str, at: datetime
    ) -> FieldChange:
        """Validate one field's new value and write it with its audit row (the hot path of every edit)."""
        rid = str(report_id)
        fp = parse_or_invalid(path)
        row = self._db.execute(_SELECT_PART, (rid, fp.part.key, fp.item_id)).fetchone()
        if row is None:
            self.status(rid)  # raises ReportNotFound when the report itself is missing
            raise EntryNotFound(entry_path(fp))
        if row[1] != Status.DRAFT:
            raise ReportLocked(rid)
        data = json.loads(row[0])
        old = get_value(data, fp.keys)
        if fp.keys:
            set_value(data, fp.keys, value)
        else:
            data = value if not isinstance(value, BaseModel) else value.model_dump(mode="json")
            if fp.item_id and isinstance(data, dict):
                data.setdefault("id", fp.item_id)
        entry = validate_part(fp.part, data, entry_path(fp))
        if fp.item_id and str(getattr(entry, "id", fp.item_id)) != fp.item_id:
            raise InvalidInput([Problem(f"{entry_path(fp)}.id", "an entry's id cannot be changed")])
        stored = entry.model_dump_json(exclude=set(fp.part.nested_parts) or None)
        stored_data = json.loads(stored)
        new = get_value(stored_data, fp.keys)
        if new == old:
            return FieldChange(report_id=rid, path=path, old_value=old, new_value=new, changed=False)
        now = at.isoformat()
        self._db.execute(_UPDATE_PART, (stored, rid, fp.part.key, fp.item_id))
        self._touch(rid, now, summary_of(fp.part.key, stored_data))
        audit.record(self._db, now, actor, "edit", rid, path, dumps(old), dumps(new))
        return FieldChange(report_id=rid, path=path, old_value=old, new_value=new, changed=True)

    def add_entry(
        self, report_id: UUID | str, group: str, data: dict[str, Any] | BaseModel, actor: str, at: datetime
    ) -> UUID:
        """Append an entry to a repeating group (a vital-sign set, a procedure, a CPR event ...)."""
        rid = str(report_id)
        part = parts().get(group)
        if part is None or not part.repeating:
            groups = ", ".join(k for k, p in parts().items() if p.repeating)
            raise InvalidInput([Problem(group, f"not a repeating group; groups: {groups}")])
        if self.status(rid) is not Status.DRAFT:
            raise ReportLocked(rid)
        raw = data.model_dump(mode="json") if isinstance(data, BaseModel) else dict(data)
        raw.setdefault("id", str(uuid4()))
        entry = validate_part(part, raw, f"{group}[{raw['id']}]")
        entry_id = str(entry.id)  # type: ignore[attr-defined]
        if self._db.execute(
            "SELECT 1 FROM report_parts WHERE report_id = ? AND part = ? AND item_id = ?",
            (rid, group, entry_id),
        ).fetchone():
            raise InvalidInput([Problem(f"{group}[{entry_id}]", "an entry with this id already exists")])
        stored = entry.model_dump_json()
        now = at.isoformat()
        self._db.execute(
            "INSERT INTO report_parts (report_id, part, item_id, position, data) VALUES (?, ?, ?, "
            "(SELECT COALESCE(MAX(position) + 1, 0) FROM report_parts WHERE report_id = ? AND part = ?), ?)",
            (rid, group, entry_id, rid, group, stored),
        )
        self._touch(rid, now, {})
        audit.record(self._db, now, actor, "add", rid, f"{group}[{entry_id}]", None, stored)
        return UUID(entry_id)

    def remove_entry(
        self, report_id: UUID | str, path: str, actor: str, at: datetime, reason: str | None = None
    ) -> None:
        """Take an entry off a draft. With a reason it is a void: the audit row keeps the whole entry (old
        value) and the reason (new value), so what was recorded and why it was withdrawn stay on file."""
        rid = str(report_id)
        if reason is not None and not reason.strip():
            raise InvalidInput([Problem(path, "a void needs its reason (e.g. entered on the wrong patient)")])
        if reason is not None and len(reason) > 500:
            raise InvalidInput([Problem(path, "the reason for a void is at most 500 characters")])
        fp = parse_or_invalid(path)
        if not fp.item_id or fp.keys:
            raise InvalidInput([Problem(path, "name an entry of a repeating group, e.g. vitals[<id>]")])
        row = self._db.execute(_SELECT_PART, (rid, fp.part.key, fp.item_id)).fetchone()
        if row is None:
            self.status(rid)
            raise EntryNotFound(path)
        if row[1] != Status.DRAFT:
            raise ReportLocked(rid)
        now = at.isoformat()
        self._db.execute(
            "DELETE FROM report_parts WHERE report_id = ? AND part = ? AND item_id = ?",
            (rid, fp.part.key, fp.item_id),
        )
        self._touch(rid, now, {})
        if reason is None:
            audit.record(self._db, now, actor, "remove", rid, path, row[0], None)
        else:
            audit.record(self._db, now, actor, "void", rid, path, row[0], dumps({"reason": reason.strip()}))

    def lock(
        self, report_id: UUID | str, actor: str, at: datetime, gate: Callable[[Report], list[Finding]]
    ) -> Report:
        """Fix the content hash; from now on the database refuses every change to the report.

        `gate` returns the errors that forbid locking (the rules engine's lock gate).
        """
        report = self.get(report_id)
        rid = str(report.uuid)
        if report.status is not Status.DRAFT:
            raise ReportLocked(rid)
        blocking = gate(report)
        if blocking:
            raise LockRefused(rid, blocking)
        report.schema_version = SCHEMA_VERSION  # a draft begun in an older form is locked in the newest
        digest = report.content_hash()
        self._set_locked(rid, at, actor, digest, SCHEMA_VERSION)
        audit.record(
            self._db, at.isoformat(), actor, "lock", rid, None, None, dumps({"content_hash": digest})
        )
        report.lifecycle = Lifecycle(
            status=Status.LOCKED,
            created_at=report.lifecycle.created_at,
            created_by=report.lifecycle.created_by,
            locked_at=at,
            locked_by=actor,
            content_hash=digest,
        )
        self._enqueue("report", rid, rid, digest, at, report.model_dump(mode="json", exclude={"addenda"}))
        return report

    def add_addendum(
        self, report_id: UUID | str, author: str, reason: str, text: str, at: datetime
    ) -> Addendum:
        rid = str(report_id)
        row = self._db.execute("SELECT status, content_hash FROM reports WHERE id = ?", (rid,)).fetchone()
        if row is None:
            raise ReportNotFound(rid)
        if row[0] != Status.LOCKED:
            raise ReportNotLocked(rid)
        last = self._db.execute(
            "SELECT seq, hash FROM addenda WHERE report_id = ? ORDER BY seq DESC LIMIT 1", (rid,)
        ).fetchone()
        seq, previous = (last[0] + 1, last[1]) if last else (1, row[1])
        addendum_id = uuid4()
        try:
            addendum = Addendum(
                id=addendum_id,
                author=author,
                at=at,
                reason=reason,
                text=text,
                previous_hash=previous,
                hash=Addendum.compute_hash(UUID(rid), addendum_id, author, at, reason, text, previous),
            )
        except ValidationError as error:
            raise as_invalid_input(error, "addendum") from None
        self._insert_addendum(rid, seq, addendum)
        audit.record(
            self._db,
            at.isoformat(),
            author,
            "addendum",
            rid,
            f"addenda[{addendum_id}]",
            None,
            addendum.model_dump_json(),
        )
        payload = {"addendum": addendum.model_dump(mode="json")}
        self._enqueue("addendum", str(addendum_id), rid, addendum.hash, at, payload)
        return addendum

    # -- helpers ------------------------------------------------------------------------------------

    def _touch(self, rid: str, now: str, summary: dict[str, Any]) -> None:
        cursor = self._db.execute(touch_sql(tuple(summary)), (now, *summary.values(), rid))
        if cursor.rowcount != 1:
            raise ReportLocked(rid)

    def _set_locked(self, rid: str, at: datetime, actor: str, digest: str, schema_version: int) -> None:
        cursor = self._db.execute(
            "UPDATE reports SET status = 'locked', locked_at = ?, locked_by = ?, content_hash = ?, "
            "schema_version = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND status = 'draft'",
            (at.isoformat(), actor, digest, schema_version, at.isoformat(), rid),
        )
        if cursor.rowcount != 1:
            raise ReportLocked(rid)

    def _insert_addendum(self, rid: str, seq: int, addendum: Addendum) -> None:
        self._db.execute(
            "INSERT INTO addenda (id, report_id, seq, author, at, reason, text, previous_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(addendum.id),
                rid,
                seq,
                addendum.author,
                addendum.at.isoformat(),
                addendum.reason,
                addendum.text,
                addendum.previous_hash,
                addendum.hash,
            ),
        )

    def _enqueue(
        self, kind: str, entity_id: str, rid: str, digest: str, at: datetime, payload: dict[str, Any]
    ) -> None:
        """The outbox row rides in the same transaction as the lock or addendum it announces, with the
        item's payload serialised once (docking then only reads bytes)."""
        self._db.execute(
            "INSERT INTO outbox (kind, entity_id, report_id, version, content_hash, created_at, payload) "
            "VALUES (?, ?, ?, 1, ?, ?, ?)",
            (kind, entity_id, rid, digest, at.isoformat(), canonical_bytes(payload)),
        )
