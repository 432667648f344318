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


class JustifiedBy(StrEnum):
    """What the record says authorised care outside the performer's scope (eMedications.11 / custom)."""

    ONLINE_MEDICAL_CONTROL = "on-line medical control"  # eMedications.11/eProcedures: verbal order, physician
    WRITTEN_JUSTIFICATION = "written justification"  # the crew's explanation on the entry


@dataclass(frozen=True, slots=True)
class Justification:
    by: JustifiedBy
    detail: str  # the physician's name, or the crew's text

    def as_json(self) -> dict[str, str]:
        return {"by": self.by.value, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    path: str  # the field to jump to, e.g. vitals[<id>].sbp
    message: str
    source: str  # e.g. "national standard (NEMSIS e017-e055)"
    stage: Stage = Stage.ENTRY
    justification: Justification | None = None  # structured: what the record says justified it, if anything

    @property
    def blocks_lock(self) -> bool:
        return self.severity is Severity.ERROR

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "path": self.path,
            "message": self.message,
            "source": self.source,
            "stage": self.stage.value,
            "justification": self.justification.as_json() if self.justification else None,
        }

    def sort_key(self) -> tuple[int, str, str]:
        return (self.severity, self.path, self.rule)
