"""What the report list shows of each report: enough to find it, nothing to render it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from epcr.domain.report import Status


@dataclass(frozen=True, slots=True)
class ReportSummary:
    uuid: str
    status: Status
    pcr_number: str | None  # eRecord.01
    incident_at: str | None  # eTimes.03 as documented, with its UTC offset
    unit: str | None  # eResponse.14
    patient_name: str | None
    chief_complaint: str | None  # eSituation.04
    created_at: datetime
    updated_at: datetime
    locked_at: datetime | None
