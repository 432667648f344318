"""What the store refuses, in words the user can act on."""

from __future__ import annotations


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


class DuplicateReport(StoreError):
    def __init__(self, report_id: str) -> None:
        super().__init__(f"report {report_id} is already in this database")
        self.report_id = report_id
