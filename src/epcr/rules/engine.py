"""The validation engine: runs the rules in force for a report's call date and keeps their findings, so an
edit re-runs only the rules that read the part it changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from epcr.domain.report import Report
from epcr.rules import checks  # noqa: F401  (registers every rule)
from epcr.rules.context import build_context, call_time
from epcr.rules.findings import Finding, Severity, Stage
from epcr.rules.registry import RULES, Rule
from epcr.rules.scope import ScopeTable, load


@dataclass
class Validation:
    """The findings of one report, kept per rule."""

    by_rule: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for found in self.by_rule.values() for f in found), key=Finding.sort_key)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def can_lock(self) -> bool:
        return not any(f.blocks_lock for found in self.by_rule.values() for f in found)


class Validator:
    def __init__(
        self,
        scope: ScopeTable | None = None,
        rules: Sequence[Rule] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.scope = scope if scope is not None else load()
        self.rules = list(RULES if rules is None else rules)
        self.clock = clock

    def validate(self, report: Report) -> Validation:
        return self._run(report, self._in_force(report), Validation())

    def revalidate(self, report: Report, previous: Validation, changed: Iterable[str]) -> Validation:
        """Re-run only the rules that read a changed part ("vitals", "patient", "airway.confirmations")."""
        sections = {part.split(".")[0].split("[")[0] for part in changed}
        rules = [r for r in self._in_force(report) if r.reads & sections]
        kept = Validation(dict(previous.by_rule))
        return self._run(report, rules, kept)

    def lock_gate(self, report: Report) -> list[Finding]:
        """The errors that stop this report from being locked (empty: it may be locked)."""
        return self.validate(report).errors

    def _in_force(self, report: Report) -> list[Rule]:
        day = call_time(report).date()
        return [r for r in self.rules if r.in_effect(day)]

    def _run(self, report: Report, rules: Sequence[Rule], into: Validation) -> Validation:
        ctx = build_context(report, self.scope, self.clock())
        for rule in rules:
            found = []
            for issue in rule.check(report, ctx):
                found.append(
                    Finding(
                        rule.id,
                        issue.severity if issue.severity is not None else rule.severity,
                        issue.path,
                        issue.message,
                        rule.source_text
                        if rule.id != "scope.practice"
                        else f"scope table {self.scope.name!r}",
                        rule.stage,
                    )
                )
            into.by_rule[rule.id] = found
        return into


__all__ = ["Finding", "Severity", "Stage", "Validation", "Validator"]
