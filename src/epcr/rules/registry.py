"""Rules are declared, not hard-wired: each says what it reads, how severe it is, where it comes from and
from when it applies. The engine runs the ones in effect on the call's date."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from epcr.rules.findings import Severity, Source, Stage

if TYPE_CHECKING:
    from epcr.domain.report import Report
    from epcr.rules.context import Context

# Rules written for this release apply to calls from this date on; a changed rule gets a new `since`.
FIRST_RELEASE = date(2020, 1, 1)


class Issue(NamedTuple):
    path: str
    message: str
    severity: Severity | None = None  # None: the rule's own


Check = Callable[["Report", "Context"], Iterable[Issue]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    severity: Severity
    source: Source
    reference: str  # e.g. "NEMSIS e017-e055", "2019 NSOPM", "agency policy"
    reads: frozenset[str]  # report parts whose change makes the rule run again
    stage: Stage
    since: date
    until: date | None
    check: Check

    def in_effect(self, on: date) -> bool:
        return self.since <= on and (self.until is None or on <= self.until)

    @property
    def source_text(self) -> str:
        return f"{self.source.value} ({self.reference})" if self.reference else self.source.value


RULES: list[Rule] = []


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
    def register(check: Check) -> Check:
        if any(r.id == rule_id and r.since == since for r in RULES):
            raise ValueError(f"rule {rule_id} since {since} is declared twice")
        RULES.append(
            Rule(rule_id, title, severity, source, reference, frozenset(reads), stage, since, until, check)
        )
        return check

    return register
