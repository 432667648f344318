"""The device store's SQL, made from the models: SQLAlchemy Core statements over the tables declared in
store/models.py, compiled once to SQLite text with named parameters (`:rid`) and run on the DB-API connection
under SQLAlchemy's (`db.execute(SQL, {"rid": rid})`).

Why not let SQLAlchemy execute them: an edit is five statements (read the part, write it, touch the report,
read and extend the audit chain) and a durable commit, about 0.4 ms in all. SQLAlchemy's per-execute work
costs about 15 us a statement (reading one part: 19 us through a Connection, 3 us on the DB-API one), so
about 0.1 ms an edit. Why not hand-written SQL: the table and column names come from the models, so a renamed
or missing column fails when the store is imported, not when a crew member saves a field.

A value written into a statement (`reports.c.status == "draft"`, `.limit(1)`) is rendered into the text as a
literal; every parameter is a named `bindparam()` without a value, supplied at execution. Values pass to the
driver as they are (no SQLAlchemy type processing): times go in as ISO-8601 text, as the models store them.
"""

from __future__ import annotations

import re
from typing import Any, cast

from sqlalchemy import Table, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter, ClauseElement

from epcr.store.models import (
    AccountRow,
    AddendumRow,
    AuditEntry,
    AuditHead,
    Base,
    DeviceUnitRow,
    OutboxItem,
    PcrSequenceRow,
    QaLinkRow,
    ReportPart,
    ReportRow,
    ReportSourceRow,
    RosterMemberRow,
    StationLink,
)


def table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


reports = table(ReportRow)
report_parts = table(ReportPart)
addenda = table(AddendumRow)
audit_log = table(AuditEntry)
audit_head = table(AuditHead)
accounts = table(AccountRow)
roster_members = table(RosterMemberRow)
outbox = table(OutboxItem)
station_link = table(StationLink)
qa_link = table(QaLinkRow)
report_sources = table(ReportSourceRow)
device_unit = table(DeviceUnitRow)
pcr_sequence = table(PcrSequenceRow)


def params(*columns: str) -> dict[str, BindParameter[Any]]:
    """Each column set from the named parameter of its own name (the VALUES of an INSERT, an UPDATE's SET)."""
    return {column: bindparam(column) for column in columns}


class _Compiler(SQLiteCompiler):
    """SQLite's compiler, with the values a statement carries written into its text as literals."""

    def visit_bindparam(
        self,
        bindparam: Any,
        within_columns_clause: Any = False,
        literal_binds: Any = False,
        skip_bind_expression: Any = False,
        literal_execute: Any = False,
        render_postcompile: Any = False,
        is_upsert_set: Any = False,
        **kwargs: Any,
    ) -> Any:
        if not bindparam.required and bindparam.callable is None and not bindparam.expanding:
            literal_binds = True  # a value of the statement's own, not a parameter
        return super().visit_bindparam(  # type: ignore[no-untyped-call]
            bindparam,
            within_columns_clause=within_columns_clause,
            literal_binds=literal_binds,
            skip_bind_expression=skip_bind_expression,
            literal_execute=literal_execute,
            render_postcompile=render_postcompile,
            is_upsert_set=is_upsert_set,
            **kwargs,
        )


_DIALECT = sqlite.dialect(paramstyle="named")
_DIALECT.statement_compiler = _Compiler

_NAMED = re.compile(r"(?<![\w:]):(\w+)")

# Every text compiled so far, with the statement it came from (the tests check them against the schema).
COMPILED: dict[str, ClauseElement] = {}


def compiled(statement: ClauseElement, *names: str) -> str:
    """`statement` as SQLite text taking exactly the named parameters `names`; anything else is refused."""
    result = cast(SQLCompiler, statement.compile(dialect=_DIALECT))
    text = str(result)
    problems = []
    if set(result.binds) != set(names) or set(_NAMED.findall(text)) != set(names):
        problems.append(f"takes parameters {sorted(result.binds)}, expected {sorted(names)}")
    if "POSTCOMPILE" in text or result.positiontup:
        problems.append("needs SQLAlchemy to execute it (expanding or positional parameters)")
    if getattr(result, "insert_prefetch", None) or getattr(result, "update_prefetch", None):
        problems.append("relies on column defaults computed by SQLAlchemy; give every value")
    if problems:
        raise ValueError(f"{text!r}: " + "; ".join(problems))
    COMPILED[text] = statement
    return text


# What the database itself keeps from changing (triggers made by migrations 0001, 0002, 0005 and 0008): per
# protected table, the triggers refusing an UPDATE, a DELETE, and an INSERT that would REPLACE a kept row.
# The audit head has no UPDATE guard: each new entry moves it on. A test checks a migrated database has all.
PROTECTED: dict[str, tuple[str, ...]] = {
    "reports": ("reports_locked_no_update", "reports_locked_no_delete", "reports_locked_no_replace"),
    "report_parts": (
        "report_parts_locked_no_update",
        "report_parts_locked_no_delete",
        "report_parts_locked_no_insert",
    ),
    "addenda": ("addenda_no_update", "addenda_no_delete", "addenda_no_replace", "addenda_only_on_locked"),
    "audit_log": (
        "audit_log_no_update",
        "audit_log_no_delete",
        "audit_log_no_replace",
        "audit_log_chained",
        "audit_head_follows",  # the head moves with each entry
    ),
    "audit_head": ("audit_head_no_delete", "audit_head_no_replace"),
    "report_sources": ("report_sources_no_update", "report_sources_no_delete", "report_sources_no_replace"),
    "outbox": ("outbox_no_rewrite", "outbox_no_delete", "outbox_no_replace"),
}
