"""What every rule may need besides the report: the scope table, the clock, and lookups built once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from epcr.domain.crew import CrewMember
from epcr.domain.report import Report
from epcr.rules.clinical import Clinical, ClinicalTables, shipped, shipped_tables
from epcr.rules.drug_reference import DrugReference
from epcr.rules.scope.table import ScopeTable


@dataclass
class Context:
    scope: ScopeTable
    now: datetime
    call_date: date  # rules and scope in force are those of the day the unit was notified
    crew_by_id: dict[str, CrewMember] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)  # per-validation memo for shared derivations
    scope_verdicts: dict[int, Any] = field(default_factory=dict)  # scope rules: per entry, by id(entry)
    # The clinical tables (vital-sign flags by age, protocol thresholds) in force on the call's date.
    clinical: Clinical = field(default_factory=shipped)
    drugs: DrugReference | None = None  # the drug reference in force; None: the shipped national defaults


def call_time(report: Report) -> datetime:
    notified = report.times.unit_notified
    return notified if isinstance(notified, datetime) else report.lifecycle.created_at


def build_context(
    report: Report,
    scope: ScopeTable,
    now: datetime,
    clinical: ClinicalTables | None = None,
    drugs: DrugReference | None = None,
) -> Context:
    crew = {m.member_id: m for m in report.crew if isinstance(m.member_id, str) and m.member_id}
    day = call_time(report).date()
    tables = (clinical or shipped_tables()).on(day)
    return Context(scope=scope, now=now, call_date=day, crew_by_id=crew, clinical=tables, drugs=drugs)
