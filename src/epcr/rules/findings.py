"""What validation reports: one finding per problem, with the rule that found it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any


class Severity(IntEnum):
    """Ordered so that sorting puts errors first."""

    ERROR = 0  # blocks locking
    WARNING = 1  # stays visible to QA; needs no action to lock
    INFO = 2

    @property
    def label(self) -> str:
        return self.name.lower()


class Source(StrEnum):
    NATIONAL = "national standard"  # NEMSIS v3.5.1 rules and required elements
    SCOPE = "scope table"  # the scope-of-practice table in force
    AGENCY = "agency"  # agency policy and clinical flags (medical director's to tune)


class Stage(StrEnum):
    ENTRY = "entry"  # a problem with what was entered, shown at once
    LOCK = "lock"  # something still missing before the report can be locked


@dataclass(frozen=True, slots=True)
class Confirmation:
    """The crew's word that an entry a rule refuses happened as recorded, and their explanation.

    It lets the lock gate pass the finding (the record may be locked, truthfully); it never changes the
    finding's severity: a scope violation stays an error, on the PDF and in the station's QA queue.
    """

    explanation: str

    def as_json(self) -> dict[str, str]:
        return {"explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    path: str  # the field to jump to, e.g. vitals[<id>].sbp
    message: str
    source: str  # e.g. "national standard (NEMSIS e017-e055)"
    stage: Stage = Stage.ENTRY
    confirmation: Confirmation | None = None  # the crew confirmed the entry as recorded (scope of practice)

    @property
    def blocks_lock(self) -> bool:
        """An error blocks the lock until it is corrected, or (a scope violation) confirmed as recorded."""
        return self.severity is Severity.ERROR and self.confirmation is None

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "path": self.path,
            "message": self.message,
            "source": self.source,
            "stage": self.stage.value,
            "confirmation": self.confirmation.as_json() if self.confirmation else None,
        }

    def sort_key(self) -> tuple[int, str, str]:
        return (self.severity, self.path, self.rule)
