"""A frozen snapshot of one report and everything printed beside it (findings, scope status of each
intervention, audit summary), taken before rendering so a renderer never touches a database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING
from uuid import UUID

from epcr.domain.care import Intervention
from epcr.domain.report import Report, Status
from epcr.exports.pdf.words import CallClock, words
from epcr.rules.checks.scope import NOT_EMS  # the scope rule's own list: who is never scope-checked
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity

if TYPE_CHECKING:
    from epcr.domain.audit import AuditRecord
    from epcr.rules.scope.table import ScopeTable

# Audit actions worth a line of their own; edits and added entries are only counted.
MILESTONES = ("create", "import", "lock", "addendum", "export", "remove", "sync")
MAX_MILESTONES = 40


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class AuditSummary:
    entries: int
    by_action: tuple[tuple[str, int], ...]  # most frequent first
    actors: tuple[str, ...]
    first_at: datetime | None
    last_at: datetime | None
    milestones: tuple[AuditLine, ...]  # the newest MAX_MILESTONES create/lock/addendum/export lines
    milestones_left_out: int
    imported: AuditLine | None = None  # when and by whom it was imported; detail: the file it came from


@dataclass(frozen=True)
class ReportSnapshot:
    """What is printed. `report` is a private deep copy: later edits to the live report do not leak in."""

    report: Report
    agency_name: str
    generated_at: datetime
    clock: CallClock
    findings: tuple[Finding, ...]
    scope_status: Mapping[UUID, str]  # procedure/medication id -> "within scope", "SCOPE VIOLATION", ...
    scope_table: str
    audit: AuditSummary
    content_hash: str
    locked: bool

    @property
    def pcr_number(self) -> str:  # eRecord.01, else the first 8 characters of the UUID
        return self.report.response.pcr_number or str(self.report.uuid)[:8]

    @property
    def scope_violations(self) -> tuple[Finding, ...]:
        """Every scope violation, confirmed or not: printed on the report and the handoff sheet."""
        return tuple(f for f in self.findings if f.rule == "scope.practice" and f.severity is Severity.ERROR)

    def crew_name(self, member_id: object) -> str:
        """ "Dana Whitfield (P-1042)" for a crew member id (eCrew.01); other values in words."""
        if not isinstance(member_id, str):
            return words(member_id)
        for member in self.report.crew:
            if member.member_id == member_id and member.name:
                return f"{member.name} ({member_id})"
        return member_id


def snapshot_of(
    report: Report,
    *,
    agency_name: str = "",
    audit: Sequence[AuditRecord] = (),
    now: datetime | None = None,
    scope_table: ScopeTable | None = None,
    validator: Validator | None = None,  # the device's rules (agency scope, clinical and drug tables)
) -> ReportSnapshot:
    now = now or datetime.now(UTC)
    copy = report.model_copy(deep=True)
    if validator is None:
        table = scope_table if scope_table is not None else _national_table()
        validator = Validator(table, clock=lambda: now)
    validation = validator.validate(copy)
    locked = copy.status is Status.LOCKED and copy.lifecycle.content_hash is not None
    content_hash = (
        copy.lifecycle.content_hash if locked and copy.lifecycle.content_hash else copy.content_hash()
    )
    return ReportSnapshot(
        report=copy,
        agency_name=agency_name or words(copy.response.agency_name),  # eResponse.02
        generated_at=now,
        clock=CallClock.of(_call_time(copy)),
        findings=tuple(validation.findings),
        scope_status=MappingProxyType(_scope_status(copy, _scope_findings(validation.by_entry))),
        scope_table=validator.scope.name,
        audit=summarise(audit),
        content_hash=content_hash,
        locked=locked,
    )


@cache
def _national_table() -> ScopeTable:
    # Parsed once per process: a batch of a thousand reports shares it.
    from epcr.rules.scope import load

    return load()


def _call_time(report: Report) -> datetime:
    for moment in (report.times.unit_notified, report.times.psap_call, report.times.dispatch_notified):
        if isinstance(moment, datetime):
            return moment
    return report.lifecycle.created_at


def _scope_findings(by_entry: Mapping[str, Mapping[UUID, list[Finding]]]) -> dict[UUID, list[Finding]]:
    """Each entry's scope findings: violations (scope.practice) and "cannot be checked" (scope.checkable)."""
    found: dict[UUID, list[Finding]] = {}
    for rule in ("scope.practice", "scope.checkable"):
        for entry_id, findings in by_entry.get(rule, {}).items():
            found.setdefault(entry_id, []).extend(findings)
    return found


def _scope_status(report: Report, found: Mapping[UUID, list[Finding]]) -> dict[UUID, str]:
    status: dict[UUID, str] = {}
    items: list[Intervention] = [*report.procedures, *report.medications]
    for item in items:
        entry_id: UUID = item.id  # type: ignore[attr-defined]
        findings = found.get(entry_id, [])
        if item.documented_as_not_done:
            status[entry_id] = "not given: not checked"
        elif not item.done_by_this_unit:
            status[entry_id] = "before EMS / other unit: not checked"
        elif item.performer_level in NOT_EMS:
            status[entry_id] = "not EMS: not checked"
        elif not findings:
            status[entry_id] = "within scope"
        elif any(f.severity is Severity.ERROR and f.confirmation is None for f in findings):
            status[entry_id] = "SCOPE VIOLATION"  # not yet confirmed: the report cannot lock
        elif any(f.severity is Severity.ERROR for f in findings):
            status[entry_id] = "SCOPE VIOLATION (confirmed)"  # confirmed as recorded; never softened
        else:
            status[entry_id] = "not checked (see findings)"
    return status


def summarise(records: Sequence[AuditRecord]) -> AuditSummary:
    counts = Counter(r.action for r in records)
    actors = tuple(dict.fromkeys(r.actor for r in records))
    milestones = [
        AuditLine(r.at, r.actor, r.action, _detail(r.new_value)) for r in records if r.action in MILESTONES
    ]
    kept = milestones[-MAX_MILESTONES:]
    return AuditSummary(
        entries=len(records),
        by_action=tuple(counts.most_common()),
        actors=actors,
        first_at=records[0].at if records else None,
        last_at=records[-1].at if records else None,
        milestones=tuple(kept),
        milestones_left_out=len(milestones) - len(kept),
        imported=_imported(records),
    )


def _imported(records: Sequence[AuditRecord]) -> AuditLine | None:
    """An imported report's import (its authors are the source's), with the source file it names."""
    entry = next((r for r in records if r.action == "import"), None)
    if entry is None:
        return None
    kept = next((r.new_value for r in records if r.action == "source kept"), None)
    source = str(kept.get("file", "")) if isinstance(kept, dict) else ""
    return AuditLine(entry.at, entry.actor, entry.action, source or "a file")


# What an audit line shows of its JSON detail: enough to recognise it; the full entry stays in the log.
DETAIL_KEYS = ("status", "to", "reason", "content_hash", "hash")


def _detail(value: object) -> str:
    if isinstance(value, dict):
        shown = [(k, value[k]) for k in DETAIL_KEYS if value.get(k) is not None]
        return ", ".join(f"{k}: {_short(str(v))}" for k, v in shown)
    return "" if value is None else _short(str(value))


def _short(text: str) -> str:
    if len(text) == 64 and all(ch in "0123456789abcdef" for ch in text):  # a SHA-256: its first 16 say which
        return text[:16] + "…"
    return text if len(text) <= 80 else text[:79] + "…"
