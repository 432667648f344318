"""Rules are declared, not hard-wired: each says what it reads, how severe it is, where it comes from and
from when it applies. The engine runs the ones in effect on the call's date.

Two shapes: a report rule looks at the whole report; an entry rule looks at one entry of a repeating group
(one vital-sign set, one procedure) so an edit to that entry re-checks only it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from epcr.rules.findings import Confirmation, Severity, Source, Stage

if TYPE_CHECKING:
    from epcr.domain.report import Report
    from epcr.rules.context import Context

# Rules written for this release apply to calls from this date on; a changed rule gets a new `since`.
FIRST_RELEASE = date(2020, 1, 1)


class Issue(NamedTuple):
    path: str
    message: str
    severity: Severity | None = None  # None: the rule's own
    confirmation: Confirmation | None = None  # the crew confirmed the entry as recorded (scope of practice)


Check = Callable[["Report", "Context"], Iterable[Issue]]
EntryCheck = Callable[["Report", "Context", str, Any], Iterable[Issue]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    severity: Severity
    source: Source
    reference: str  # e.g. "NEMSIS e017-e055", "2019 NSOPM", "agency policy"
    reads: frozenset[str]  # report sections whose change makes the rule run again
    stage: Stage
    since: date
    until: date | None
    check: Callable[..., Iterable[Issue]]
    groups: tuple[str, ...] = ()  # an entry rule: the repeating groups whose entries it checks one by one

    def in_effect(self, on: date) -> bool:
        return self.since <= on and (self.until is None or on <= self.until)

    @property
    def source_text(self) -> str:
        return f"{self.source.value} ({self.reference})" if self.reference else self.source.value


RULES: list[Rule] = []


def _register(rule: Rule) -> None:
    if any(r.id == rule.id and r.since == rule.since for r in RULES):
        raise ValueError(f"rule {rule.id} since {rule.since} is declared twice")
    RULES.append(rule)


def rule(
    rule_id: str,
    title: str,
    *,
    reads: Iterable[str],
    source: Source,
    reference: str = "",
    severity: Severity = Severity.ERROR,
    stage: Stage = Stage.ENTRY,
    since: date = FIRST_RELEASE,
    until: date | None = None,
) -> Callable[[Check], Check]:
    """A report rule: `check(report, ctx)` yields issues."""

    def register(check: Check) -> Check:
        _register(
            Rule(rule_id, title, severity, source, reference, frozenset(reads), stage, since, until, check)
        )
        return check

    return register


def entry_rule(
    rule_id: str,
    title: str,
    *,
    groups: Iterable[str],
    reads: Iterable[str] = (),
    source: Source,
    reference: str = "",
    severity: Severity = Severity.ERROR,
    stage: Stage = Stage.ENTRY,
    since: date = FIRST_RELEASE,
    until: date | None = None,
) -> Callable[[EntryCheck], EntryCheck]:
    """An entry rule: `check(report, ctx, group, entry)` yields issues about that one entry."""

    def register(check: EntryCheck) -> EntryCheck:
        in_groups = tuple(groups)
        _register(
            Rule(
                rule_id,
                title,
                severity,
                source,
                reference,
                frozenset((*in_groups, *reads)),
                stage,
                since,
                until,
                check,
                in_groups,
            )
        )
        return check

    return register
