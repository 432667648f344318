"""PDF export from the QA screen: one report, or a filtered set from the station to a folder on a thread
of its own with progress and Cancel."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from epcr.domain.report import Report
    from epcr.session import Session
    from epcr.sync.protocol import QaSearch
    from epcr.sync.qa_client import QaClient


def agency_name(session: Session) -> str:
    from epcr.sync.agency import settings

    agency = settings(session.db.path.parent)
    return agency.agency_name if agency else ""


def pdf_name(report: Report) -> str:
    when = report.times.unit_notified
    day = when.astimezone().strftime("%Y-%m-%d") if when else "undated"
    label = report.response.pcr_number or str(report.uuid)[:8]
    return f"{day}_{re.sub(r'[^A-Za-z0-9._-]+', '-', label)}.pdf"


def write_pdf(report: Report, target: Path, agency: str) -> int:
    from epcr.exports.pdf import ReportPdf, snapshot_of

    return ReportPdf(snapshot_of(report, agency_name=agency)).write(target)


class BatchExport(QObject):
    """A filtered set from the station, one PDF per report, on a thread of its own; Cancel stops it after
    the report in hand (never a half-written file: each PDF is written to a temporary name, then renamed)."""

    progress = Signal(int, str)  # reports done, the one now being written
    finished = Signal(int, list, bool)  # written, problems in words, cancelled

    def __init__(self, client: QaClient, filters: QaSearch, folder: Path, agency: str) -> None:
        super().__init__()
        self.client, self.filters, self.folder, self.agency = client, filters, folder, agency
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="epcr-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, seconds: float) -> bool:
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        written, problems, offset = 0, [], 0
        names: set[str] = set()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            while not self._cancel.is_set():
                page = self.client.search(self.filters, 200, offset)
                if not page.items:
                    break
                for row in page.items:
                    if self._cancel.is_set():
                        break
                    try:
                        report = self.client.fetch(row.report_uuid).report
                        name = pdf_name(report)
                        if name in names:  # the same PCR number twice on one day: keep both
                            name = name.replace(".pdf", f"_{str(report.uuid)[:8]}.pdf")
                        names.add(name)
                        self.progress.emit(written, name)
                        write_pdf(report, self.folder / name, self.agency)
                        written += 1
                    except Exception as error:  # one bad report is named, the rest go on
                        problems.append(f"{row.pcr_number or row.report_uuid}: {error}")
                offset += len(page.items)
        except Exception as error:
            problems.append(str(error))
        self.progress.emit(written, "")
        self.finished.emit(written, problems, self._cancel.is_set())
