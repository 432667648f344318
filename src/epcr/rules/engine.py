"""The validation engine: runs the rules in force for a report's call date and keeps their findings, so an
edit re-runs only the rules that read what it changed, and an entry rule only for the entry that changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from epcr.domain.report import Report
from epcr.rules import checks  # noqa: F401  (registers every rule)
from epcr.rules.clinical import ClinicalTables, shipped_tables
from epcr.rules.context import Context, build_context, call_time
from epcr.rules.drug_reference import DrugReference
from epcr.rules.findings import Finding, Severity, Source, Stage
from epcr.rules.registry import RULES, Issue, Rule
from epcr.rules.scope import ScopeTable, load

_ENTRY = re.compile(r"^(?P<group>[a-z_.]+)\[(?P<id>[0-9a-fA-F-]{36})\]")


@dataclass
class Validation:
    """The findings of one report: per report rule, and per entry for entry rules."""

    by_rule: dict[str, list[Finding]] = field(default_factory=dict)
    by_entry: dict[str, dict[UUID, list[Finding]]] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        found = [f for fs in self.by_rule.values() for f in fs]
        found += [f for entries in self.by_entry.values() for fs in entries.values() for f in fs]
        return sorted(found, key=Finding.sort_key)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def blocking(self) -> list[Finding]:
        """The errors that stop the lock: every error but a scope violation the crew confirmed as recorded."""
        return [f for f in self.findings if f.blocks_lock]

    @property
    def can_lock(self) -> bool:
        return not self.blocking

    def copy(self) -> Validation:
        by_entry = {rule: dict(entries) for rule, entries in self.by_entry.items()}
        return Validation(dict(self.by_rule), by_entry)


class Validator:
    def __init__(
        self,
        scope: ScopeTable | None = None,
        rules: Sequence[Rule] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        clinical: ClinicalTables | None = None,  # default: the shipped clinical tables
        drugs: DrugReference | None = None,  # default: the shipped drug reference (national defaults)
    ) -> None:
        self.scope = scope if scope is not None else load()
        self.rules = list(RULES if rules is None else rules)
        self.clock = clock
        self.clinical = clinical if clinical is not None else shipped_tables()
        self.drugs = drugs

    def validate(self, report: Report) -> Validation:
        into = Validation()
        ctx = build_context(report, self.scope, self.clock(), self.clinical, self.drugs)
        for rule in self._in_force(report):
            self._run(rule, report, ctx, into, None)
        return into

    def revalidate(self, report: Report, previous: Validation, changed: Iterable[str]) -> Validation:
        """Re-run what a change touches. `changed` names sections ("patient"), groups ("vitals") or entries
        ("vitals[<id>]", "airway.confirmations[<id>]"), as field paths do."""
        whole: set[str] = set()
        entries: dict[str, set[UUID]] = {}
        for part in changed:
            match = _ENTRY.match(part)
            if match:
                entries.setdefault(match["group"], set()).add(UUID(match["id"]))
            else:
                whole.add(part.split(".")[0].split("[")[0])
        touched = whole | {group.split(".")[0] for group in entries}
        into = previous.copy()
        ctx = build_context(report, self.scope, self.clock(), self.clinical, self.drugs)
        for rule in self._in_force(report):
            if not rule.groups:
                if rule.reads & touched:
                    self._run(rule, report, ctx, into, None)
            elif rule.reads & (whole | {g.split(".")[0] for g in entries if g not in rule.groups}):
                # an entry of a group the rule reads but does not check (vitals for a medication): all again
                self._run(rule, report, ctx, into, None)
            elif any(group in entries for group in rule.groups):
                only = {group: entries[group] for group in rule.groups if group in entries}
                self._run(rule, report, ctx, into, only)
        return into

    def lock_gate(self, report: Report) -> list[Finding]:
        """The errors that stop this report from being locked (empty: it may be locked). A confirmed scope
        violation does not stop it, and stays an error among the report's findings."""
        return self.validate(report).blocking

    def _in_force(self, report: Report) -> list[Rule]:
        day = call_time(report).date()
        return [r for r in self.rules if r.in_effect(day)]

    def _run(
        self, rule: Rule, report: Report, ctx: Context, into: Validation, only: dict[str, set[UUID]] | None
    ) -> None:
        if not rule.groups:
            into.by_rule[rule.id] = [self._finding(rule, issue) for issue in rule.check(report, ctx)]
            return
        kept: dict[UUID, list[Finding]] = {} if only is None else dict(into.by_entry.get(rule.id, {}))
        for group in rule.groups:
            if only is None:
                check, finding = rule.check, self._finding
                for entry in _entries(report, group):  # the hot loop of a full validation: kept lean
                    found = None
                    for issue in check(report, ctx, group, entry):
                        found = [*(found or ()), finding(rule, issue)]
                    if found:
                        kept[entry.id] = found
                continue
            if group not in only:
                continue
            index: dict[UUID, Any] | None = ctx.cache.get(f"entries:{group}")
            if index is None:  # one id index per group per revalidation, shared by the rules
                index = ctx.cache[f"entries:{group}"] = {entry.id: entry for entry in _entries(report, group)}
            for entry_id in only[group]:
                kept.pop(entry_id, None)  # an entry that was removed leaves no findings behind
                entry = index.get(entry_id)
                if entry is not None:
                    found = [self._finding(rule, issue) for issue in rule.check(report, ctx, group, entry)]
                    if found:
                        kept[entry_id] = found
        into.by_entry[rule.id] = kept

    def _finding(self, rule: Rule, issue: Issue) -> Finding:
        source = f"scope table {self.scope.name!r}" if rule.source is Source.SCOPE else rule.source_text
        severity = issue.severity if issue.severity is not None else rule.severity
        return Finding(rule.id, severity, issue.path, issue.message, source, rule.stage, issue.confirmation)


def _entries(report: Report, group: str) -> list[Any]:
    section, _, child = group.partition(".")
    value = getattr(report, section)
    return list(getattr(value, child) if child else value)


__all__ = ["Finding", "Severity", "Stage", "Validation", "Validator"]
