"""The report repository: reports in and out of the database as domain objects. It never commits; the unit
of work that owns the transaction does.

Its statements are SQLAlchemy Core built from the models' tables (store/models.py), compiled once to SQLite
text when this module is imported, and run on the DB-API connection under SQLAlchemy's (store/sql.py says
why: SQLAlchemy executing them would add ~0.1 ms to an edit, whose durable commit is ~0.2-0.3 ms).
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
from sqlalchemy import BindParameter, bindparam, delete, func, insert, or_, select, union, update

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
    refused_entries,
    refused_in_report,
    set_value,
    summary_of,
    touch_sql,
    validate_part,
    worth_checking,
)
from epcr.store.sql import addenda, compiled, outbox, params, report_parts, reports

_rid: BindParameter[str] = bindparam("rid")
_of_report = reports.c.id == _rid
# One part of a report: an entry of a repeating group, or a singleton section (item_id "").
_the_part = (
    (report_parts.c.report_id == _rid)
    & (report_parts.c.part == bindparam("part"))
    & (report_parts.c.item_id == bindparam("item"))
)
_PART_KEY = ("rid", "part", "item")

_HEAD = compiled(
    select(
        reports.c.status,
        reports.c.created_at,
        reports.c.created_by,
        reports.c.locked_at,
        reports.c.locked_by,
        reports.c.content_hash,
        reports.c.schema_version,
    ).where(_of_report),
    "rid",
)
_PARTS = compiled(
    select(report_parts.c.part, report_parts.c.item_id, report_parts.c.data)
    .where(report_parts.c.report_id == _rid)
    .order_by(report_parts.c.part, report_parts.c.position),
    "rid",
)
_ADDENDA = compiled(
    select(
        addenda.c.id,
        addenda.c.author,
        addenda.c.at,
        addenda.c.reason,
        addenda.c.text,
        addenda.c.previous_hash,
        addenda.c.hash,
    )
    .where(addenda.c.report_id == _rid)
    .order_by(addenda.c.seq),
    "rid",
)
_STATUS = compiled(select(reports.c.status).where(_of_report), "rid")
_EXISTS = compiled(select(1).select_from(reports).where(_of_report), "rid")
_STATUS_AND_HASH = compiled(select(reports.c.status, reports.c.content_hash).where(_of_report), "rid")
_REPORT_COLUMNS = (
    "id",
    "schema_version",
    "created_at",
    "created_by",
    "updated_at",
    "pcr_number",
    "incident_at",
    "sort_at",
    "unit",
    "patient_name",
    "chief_complaint",
)
_INSERT_REPORT = compiled(
    insert(reports).values(status="draft", revision=0, **params(*_REPORT_COLUMNS)), *_REPORT_COLUMNS
)
_PART_COLUMNS = ("report_id", "part", "item_id", "position", "data")
_INSERT_PART = compiled(insert(report_parts).values(params(*_PART_COLUMNS)), *_PART_COLUMNS)
_SELECT_PART = compiled(
    select(report_parts.c.data, reports.c.status)
    .join(reports, reports.c.id == report_parts.c.report_id)
    .where(_the_part),
    *_PART_KEY,
)
_UPDATE_PART = compiled(
    update(report_parts).where(_the_part).values(data=bindparam("data")), *_PART_KEY, "data"
)
_PART_EXISTS = compiled(select(1).select_from(report_parts).where(_the_part), *_PART_KEY)
_APPEND_PART = compiled(  # at the end of its group
    insert(report_parts).values(
        report_id=_rid,
        part=bindparam("part"),
        item_id=bindparam("item"),
        position=select(func.coalesce(func.max(report_parts.c.position) + 1, 0))
        .where(report_parts.c.report_id == _rid, report_parts.c.part == bindparam("part"))
        .scalar_subquery(),
        data=bindparam("data"),
    ),
    *_PART_KEY,
    "data",
)
_DELETE_PART = compiled(delete(report_parts).where(_the_part), *_PART_KEY)
_SET_LOCKED = compiled(
    update(reports)
    .where(_of_report, reports.c.status == "draft")
    .values(
        status="locked",
        revision=reports.c.revision + 1,
        **params("locked_at", "locked_by", "content_hash", "schema_version", "updated_at"),
    ),
    "rid",
    "locked_at",
    "locked_by",
    "content_hash",
    "schema_version",
    "updated_at",
)
_LAST_ADDENDUM = compiled(
    select(addenda.c.seq, addenda.c.hash)
    .where(addenda.c.report_id == _rid)
    .order_by(addenda.c.seq.desc())
    .limit(1),
    "rid",
)
_ADDENDUM_COLUMNS = ("id", "report_id", "seq", "author", "at", "reason", "text", "previous_hash", "hash")
_INSERT_ADDENDUM = compiled(insert(addenda).values(params(*_ADDENDUM_COLUMNS)), *_ADDENDUM_COLUMNS)
_OUTBOX_COLUMNS = ("kind", "entity_id", "report_id", "content_hash", "created_at", "payload")
_ENQUEUE = compiled(insert(outbox).values(version=1, **params(*_OUTBOX_COLUMNS)), *_OUTBOX_COLUMNS)


def _owned_by(one_report: bool) -> str:
    """Reports a crew member wrote or is on the crew of; `one_report`: only the report :rid."""
    who: BindParameter[str] = bindparam("who")
    wrote = select(reports.c.id).where(reports.c.created_by == who)
    on_crew = select(report_parts.c.report_id).where(
        report_parts.c.part == "crew", func.json_extract(report_parts.c.data, "$.member_id") == who
    )
    if one_report:
        wrote = wrote.where(_of_report)
        on_crew = on_crew.where(report_parts.c.report_id == _rid)
    return compiled(union(wrote, on_crew), "who", *(["rid"] if one_report else []))


def _summaries(by_status: bool, by_search: bool) -> str:
    """The report list, newest first (walks ix_reports_sort_at backwards); by :status, by a :pattern."""
    statement = select(
        reports.c.id,
        reports.c.status,
        reports.c.pcr_number,
        reports.c.incident_at,
        reports.c.unit,
        reports.c.patient_name,
        reports.c.chief_complaint,
        reports.c.created_at,
        reports.c.updated_at,
        reports.c.locked_at,
    )
    if by_status:
        statement = statement.where(reports.c.status == bindparam("status"))
    if by_search:
        pattern: BindParameter[str] = bindparam("pattern")
        searched = (reports.c.pcr_number, reports.c.patient_name, reports.c.chief_complaint, reports.c.unit)
        statement = statement.where(or_(*(column.like(pattern) for column in searched)))
    statement = statement.order_by(reports.c.sort_at.desc(), reports.c.id.desc())
    return compiled(statement, *(["status"] if by_status else []), *(["pattern"] if by_search else []))


_OWNED_BY = {one: _owned_by(one) for one in (False, True)}
_SUMMARIES = {(s, q): _summaries(s, q) for s in (False, True) for q in (False, True)}


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
        head = self._db.execute(_HEAD, {"rid": rid}).fetchone()
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
        for part, item_id, data in self._db.execute(_PARTS, {"rid": rid}):
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
            for a in self._db.execute(_ADDENDA, {"rid": rid})
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
        rows = self._db.execute(_OWNED_BY[report_id is not None], {"who": member_id, "rid": str(report_id)})
        return {r[0] for r in rows}

    def status(self, report_id: UUID | str) -> Status:
        row = self._db.execute(_STATUS, {"rid": str(report_id)}).fetchone()
        if row is None:
            raise ReportNotFound(str(report_id))
        return Status(row[0])

    def summaries(self, status: Status | None = None, search: str | None = None) -> list[ReportSummary]:
        sql = _SUMMARIES[status is not None, bool(search)]
        values = {"status": status.value if status is not None else None, "pattern": f"%{search}%"}
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
            for r in self._db.execute(sql, values)
        ]

    # -- writing ------------------------------------------------------------------------------------

    def add(
        self, report: Report, actor: str, at: datetime, action: str = "create", as_source: bool = False
    ) -> None:
        """Insert a whole report (new or imported); a locked one must carry a matching content hash.

        `as_source`: the draft is what a source file said (a NEMSIS import), which may keep a Not Reporting
        and the fields only a source gives (ePatient.13); otherwise it is a person's entry (created here, or a
        draft typed in as JSON), which may not. A locked report stands on its hash."""
        rid = str(report.uuid)
        if self._db.execute(_EXISTS, {"rid": rid}).fetchone():
            raise DuplicateReport(rid)
        life = report.lifecycle
        if life.status is Status.LOCKED:
            check_lock_integrity(report)
        elif report.addenda:
            raise InvalidInput(
                [Problem("addenda", "a draft report cannot carry addenda; only locked ones do")]
            )
        elif not as_source and (refused := refused_in_report(report)):
            raise InvalidInput(refused)
        now = at.isoformat()
        summary: dict[str, Any] = {}
        rows: list[dict[str, Any]] = []
        for key, part in parts().items():
            if part.repeating:
                for position, entry in enumerate(entries(report, key)):
                    rows.append(
                        {
                            "report_id": rid,
                            "part": key,
                            "item_id": str(entry.id),  # type: ignore[attr-defined]
                            "position": position,
                            "data": entry.model_dump_json(),
                        }
                    )
            else:
                section: BaseModel = getattr(report, key)
                data = section.model_dump(mode="json", exclude=set(part.nested_parts))
                summary.update(summary_of(key, data))
                rows.append(
                    {"report_id": rid, "part": key, "item_id": "", "position": 0, "data": dumps(data)}
                )
        created_at = life.created_at.astimezone(UTC).isoformat()
        self._db.execute(
            _INSERT_REPORT,
            {
                "id": rid,
                "schema_version": report.schema_version,
                "created_at": created_at,
                "created_by": life.created_by,
                "updated_at": now,
                "pcr_number": summary.get("pcr_number"),
                "incident_at": summary.get("incident_at"),
                "sort_at": summary.get("sort_at") or created_at,
                "unit": summary.get("unit"),
                "patient_name": summary.get("patient_name"),
                "chief_complaint": summary.get("chief_complaint"),
            },
        )
        self._db.executemany(_INSERT_PART, rows)
        detail: dict[str, Any] = {"status": life.status.value}
        if action == "import":  # the source's authors, as it recorded them; the importer is this row's actor
            detail |= {"created_by": life.created_by, "locked_by": life.locked_by}
            detail |= {"addenda_by": sorted({a.author for a in report.addenda})} if report.addenda else {}
        audit.record(self._db, now, actor, action, rid, None, None, dumps(detail))
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
        key = {"rid": rid, "part": fp.part.key, "item": fp.item_id}
        row = self._db.execute(_SELECT_PART, key).fetchone()
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
        if worth_checking(fp.part.model, stored, fp.keys):  # most edits: nothing to check
            refused = refused_entries(fp.part.model, json.loads(row[0]), stored_data, entry_path(fp))
            if refused:
                raise InvalidInput(refused)
        now = at.isoformat()
        self._db.execute(_UPDATE_PART, {**key, "data": stored})
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
        key = {"rid": rid, "part": group, "item": entry_id}
        if self._db.execute(_PART_EXISTS, key).fetchone():
            raise InvalidInput([Problem(f"{group}[{entry_id}]", "an entry with this id already exists")])
        stored = entry.model_dump_json()
        if worth_checking(part.model, stored):
            refused = refused_entries(part.model, None, json.loads(stored), f"{group}[{entry_id}]")
            if refused:
                raise InvalidInput(refused)
        now = at.isoformat()
        self._db.execute(_APPEND_PART, {**key, "data": stored})
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
        key = {"rid": rid, "part": fp.part.key, "item": fp.item_id}
        row = self._db.execute(_SELECT_PART, key).fetchone()
        if row is None:
            self.status(rid)
            raise EntryNotFound(path)
        if row[1] != Status.DRAFT:
            raise ReportLocked(rid)
        now = at.isoformat()
        self._db.execute(_DELETE_PART, key)
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
        row = self._db.execute(_STATUS_AND_HASH, {"rid": rid}).fetchone()
        if row is None:
            raise ReportNotFound(rid)
        if row[0] != Status.LOCKED:
            raise ReportNotLocked(rid)
        last = self._db.execute(_LAST_ADDENDUM, {"rid": rid}).fetchone()
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
        cursor = self._db.execute(touch_sql(tuple(summary)), {**summary, "now": now, "rid": rid})
        if cursor.rowcount != 1:
            raise ReportLocked(rid)

    def _set_locked(self, rid: str, at: datetime, actor: str, digest: str, schema_version: int) -> None:
        cursor = self._db.execute(
            _SET_LOCKED,
            {
                "rid": rid,
                "locked_at": at.isoformat(),
                "locked_by": actor,
                "content_hash": digest,
                "schema_version": schema_version,
                "updated_at": at.isoformat(),
            },
        )
        if cursor.rowcount != 1:
            raise ReportLocked(rid)

    def _insert_addendum(self, rid: str, seq: int, addendum: Addendum) -> None:
        self._db.execute(
            _INSERT_ADDENDUM,
            {
                "id": str(addendum.id),
                "report_id": rid,
                "seq": seq,
                "author": addendum.author,
                "at": addendum.at.isoformat(),
                "reason": addendum.reason,
                "text": addendum.text,
                "previous_hash": addendum.previous_hash,
                "hash": addendum.hash,
            },
        )

    def _enqueue(
        self, kind: str, entity_id: str, rid: str, digest: str, at: datetime, payload: dict[str, Any]
    ) -> None:
        """The outbox row rides in the same transaction as the lock or addendum it announces, with the
        item's payload serialised once (docking then only reads bytes)."""
        self._db.execute(
            _ENQUEUE,
            {
                "kind": kind,
                "entity_id": entity_id,
                "report_id": rid,
                "content_hash": digest,
                "created_at": at.isoformat(),
                "payload": canonical_bytes(payload),
            },
        )
