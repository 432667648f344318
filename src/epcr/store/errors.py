"""What the store refuses, in words the user can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from epcr.rules.findings import Finding


class StoreError(Exception):
    pass


class ReportNotFound(StoreError, LookupError):
    def __init__(self, report_id: str) -> None:
        super().__init__(f"no report {report_id} in this database")
        self.report_id = report_id


class EntryNotFound(StoreError, LookupError):
    def __init__(self, path: str) -> None:
        super().__init__(f"no entry {path} in this report; add it before editing it")
        self.path = path


class ReportLocked(StoreError):
    def __init__(self, report_id: str) -> None:
        super().__init__(f"report {report_id} is locked: it cannot be changed, only amended by an addendum")
        self.report_id = report_id


class ReportNotLocked(StoreError):
    def __init__(self, report_id: str) -> None:
        super().__init__(
            f"report {report_id} is a draft: addenda are added to locked reports; edit the draft"
        )
        self.report_id = report_id


class LockRefused(StoreError):
    """The lock gate found errors: the report stays a draft until they are fixed."""

    def __init__(self, report_id: str, findings: list[Finding]) -> None:
        listed = "; ".join(f"{f.path}: {f.message}" for f in findings[:5])
        more = f" (and {len(findings) - 5} more)" if len(findings) > 5 else ""
        super().__init__(f"report {report_id} cannot be locked yet: {listed}{more}")
        self.report_id = report_id
        self.findings = findings


class DuplicateReport(StoreError):
    def __init__(self, report_id: str) -> None:
        super().__init__(f"report {report_id} is already in this database")
        self.report_id = report_id
