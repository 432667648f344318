"""One line of the audit trail as read back: who did what to which report, when, from which value to which.
The store writes and chains them (epcr.store.audit); a PDF prints a summary of a report's lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str  # create, edit, add, remove, void, lock, addendum, export, print, sync ...
    report_id: str | None
    path: str | None  # the field or entry changed
    old_value: Any  # JSON-decoded
    new_value: Any
