"""QA review in the app: browse the station's reports with filters, open one read-only, flag a field or the
whole report with a comment, mark it reviewed, and export a filtered set as PDFs to a folder.

Every station call runs on the QA worker thread ("epcr-qa"), never on the GUI thread and never on the
database worker the editor uses; a batch export runs on a thread of its own with a progress dialog and Cancel.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QProgressDialog,
    QWidget,
)

from epcr.ui.forms.ui_qa_report import Ui_QaReportDialog
from epcr.ui.forms.ui_qa_review import Ui_QaReviewView
from epcr.ui.qa_export import BatchExport, agency_name, pdf_name, write_pdf
from epcr.ui.qa_fields import PathRole, fill_tree
from epcr.ui.rows import Index, RowsModel
from epcr.ui.runner import Runner

if TYPE_CHECKING:
    from epcr.session import Session
    from epcr.sync.protocol import QaReportPage, QaReportRow, QaReview, QaSearch
    from epcr.sync.qa_client import QaClient, ReviewedReport

PAGE = 50


class StationRowsModel(RowsModel):
    HEADERS = ("Call", "Unit", "PCR", "Patient", "Complaint", "Impression", "Arrest", "Findings", "Review")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QaReportRow] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.UuidRole:
            return row.report_uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and row.errors:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 8:
            return QColor("#0a7d32") if row.reviewed_at else QColor("#b86e00")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.HEADERS[index.column()]}: {self._text(row, index.column())}"
        return None

    @staticmethod
    def _text(row: QaReportRow, column: int) -> str:
        if column == 0:
            return row.incident_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.incident_at else ""
        if column == 6:
            return "Arrest" if row.arrest else ""
        if column == 7:
            return f"{row.errors} errors, {row.warnings} warnings" if row.errors or row.warnings else "clean"
        if column == 8:
            return f"Reviewed by {row.reviewed_by}" if row.reviewed_at else "Waiting"
        values = (
            None,
            row.unit,
            row.pcr_number,
            row.patient_name,
            row.chief_complaint,
            row.primary_impression,
        )
        return values[column] or ""


class QaReviewView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QaReviewView()
        self.ui.setupUi(self)
        self.net = Runner(self, name="epcr-qa")
        self.session: Session | None = None
        self.client: QaClient | None = None
        self.model = StationRowsModel()
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().hide()
        self.ui.arrest.addItems(["Arrest: any", "Arrest only", "No arrest"])
        self.ui.reviewed.addItems(["Waiting for review", "Reviewed", "All"])
        today = QDate.currentDate()
        self.ui.dateFrom.setDate(today.addDays(-30))
        self.ui.dateTo.setDate(today)
        self.offset, self.total, self.more = 0, 0, False
        self.exporter: BatchExport | None = None
        self.ui.back.clicked.connect(self.back)
        self.ui.connect.clicked.connect(self.ask_connection)
        self.ui.search.clicked.connect(lambda: self.search(0))
        for field in (self.ui.text, self.ui.locationType, self.ui.injuryCause, self.ui.protocol):
            field.returnPressed.connect(lambda: self.search(0))  # Enter in any search field searches
        self.ui.previous.clicked.connect(lambda: self.search(max(0, self.offset - PAGE)))
        self.ui.next.clicked.connect(lambda: self.search(self.offset + PAGE))
        self.ui.open.clicked.connect(self.open_selected)
        self.ui.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.ui.exportAll.clicked.connect(self.export_all)
        self._enable(False)

    # -- connection ---------------------------------------------------------------------------------

    def start(self, session: Session) -> None:
        self.session = session
        self.ui.station.setText("Connecting…")
        self.net.run(session.qa_client, self._connected, self._say)

    def _connected(self, client: QaClient | None) -> None:
        if self.client is not None:
            self.client.close()
        self.client = client
        if client is None:
            self.ui.station.setText("Not connected: Connect to station… with the reviewer token")
            self._enable(False)
            return
        self.ui.station.setText(f"Station: {client.url}")
        self._enable(True)
        self.search(0)

    def ask_connection(self) -> None:
        session = self.session
        if session is None:
            return
        dialog = ConnectDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url, token, fingerprint, ca_key = dialog.values()
        self.ui.station.setText("Checking the station…")

        def connect() -> QaClient | None:
            session.connect_qa(url, token, fingerprint, ca_key)
            return session.qa_client()

        self.net.run(connect, self._connected, self._say)

    def forget(self) -> None:
        """Logged out: drop the connection and the list (the next reviewer connects with their own)."""
        if self.exporter is not None:
            self.exporter.cancel()
        self.session = None
        if self.client is not None:
            self.client.close()
            self.client = None
        self.model.set_rows([])
        self._enable(False)

    def stop(self) -> None:
        if self.exporter is not None:
            self.exporter.cancel()
        self.net.shutdown()
        if self.client is not None:
            self.client.close()
            self.client = None

    # -- search -------------------------------------------------------------------------------------

    def filters(self) -> QaSearch:
        from epcr.sync.protocol import QaSearch

        def day(edit: Any, end: bool) -> datetime:
            value = edit.date().toPython()
            local = datetime.combine(value, time.max if end else time.min).astimezone()
            return local.astimezone(UTC)

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return QaSearch(
            start=day(self.ui.dateFrom, end=False),
            end=day(self.ui.dateTo, end=True),
            unit=text(self.ui.unit),
            crew=text(self.ui.crew),
            impression=text(self.ui.impression),
            arrest=(None, True, False)[self.ui.arrest.currentIndex()],
            finding=text(self.ui.finding),
            q=text(self.ui.text),
            location_type=text(self.ui.locationType),  # eScene.09
            injury_cause=text(self.ui.injuryCause),  # eInjury.01
            protocol=text(self.ui.protocol),  # eProtocols.01
            reviewed=(False, True, None)[self.ui.reviewed.currentIndex()],
        )

    def search(self, offset: int) -> None:
        client = self.client
        if client is None:
            return
        filters = self.filters()
        self.ui.count.setText("Searching…")
        self.net.run(lambda: (offset, client.search(filters, PAGE, offset)), self._show, self._say)

    def _show(self, found: tuple[int, QaReportPage]) -> None:
        self.offset, page = found
        self.total, self.more = page.total, page.more
        self.model.set_rows(page.items)
        shown = f"{self.offset + 1}-{self.offset + len(page.items)}" if page.items else "0"
        total = f"{page.total}+" if page.more else str(page.total)
        self.ui.count.setText(f"{shown} of {total} report(s)")
        self.ui.previous.setEnabled(self.offset > 0)
        self.ui.next.setEnabled(self.offset + len(page.items) < page.total or page.more)
        self.ui.exportAll.setEnabled(bool(page.items))
        if page.items:
            self.ui.table.selectRow(0)

    def selected_uuid(self) -> str | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return str(self.model.data(rows[0], StationRowsModel.UuidRole)) if rows else None

    def open_selected(self) -> None:
        client, uuid = self.client, self.selected_uuid()
        if client is None or uuid is None:
            return
        self.net.run(lambda: client.fetch(uuid), self._open, self._say)

    def _open(self, reviewed: ReviewedReport) -> None:
        assert self.client is not None
        agency = agency_name(self.session) if self.session else ""
        dialog = QaReportDialog(reviewed, self.client, self.net, self, agency)
        dialog.changed.connect(lambda: self.search(self.offset))
        self.dialog = dialog  # kept for tests and for the screenshot script
        dialog.open()

    # -- batch export -------------------------------------------------------------------------------

    def export_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export the listed reports as PDF to")
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> BatchExport | None:
        """Every report matching the filters (all pages), one PDF each, off the GUI thread."""
        client, session = self.client, self.session
        if client is None or session is None:
            return None
        expected = self.total
        progress = QProgressDialog("Exporting…", "Cancel", 0, max(expected, 1), self)
        progress.setWindowTitle("Export PDFs")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        exporter = BatchExport(client, self.filters(), folder, agency_name(session))

        def show(done: int, name: str) -> None:
            progress.setValue(done)
            progress.setLabelText(f"Writing {name}" if name else "Finishing…")

        exporter.progress.connect(show)
        exporter.finished.connect(
            lambda written, problems, cancelled: self._exported(progress, written, problems, cancelled)
        )
        progress.canceled.connect(exporter.cancel)
        self.exporter = exporter
        exporter.start()
        return exporter

    def _exported(
        self, progress: QProgressDialog, written: int, problems: list[str], cancelled: bool
    ) -> None:
        progress.reset()
        self.exporter = None
        what = "stopped" if cancelled else "done"
        text = f"Export {what}: {written} PDF(s) written"
        if problems:
            text += f"; {len(problems)} not: {problems[0]}"
        self.ui.count.setText(text)

    # -- helpers ------------------------------------------------------------------------------------

    def _enable(self, on: bool) -> None:
        for button in (self.ui.search, self.ui.open, self.ui.exportAll, self.ui.next, self.ui.previous):
            button.setEnabled(on)

    def _say(self, error: Exception) -> None:
        self.ui.count.setText(str(error))
        if self.client is None:
            self.ui.station.setText("Not connected: Connect to station… with the reviewer token")


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to the station for QA review")
        form = QFormLayout(self)
        self.url = QLineEdit("https://station.local:8443")
        self.pin_mode = QComboBox()  # which of the two pins `epcr-station enroll` prints the admin gave
        self.pin_mode.addItem("The station's certificate (fingerprint)", "certificate")
        self.pin_mode.addItem("The agency CA's key (CA key pin)", "ca-key")
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("SHA-256 `epcr-station enroll` printed (https only)")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("the token `epcr-station reviewer add` printed")
        for label, edit in (
            ("Station", self.url),
            ("Pin", self.pin_mode),
            ("Fingerprint", self.fingerprint),
            ("Reviewer token", self.token),
        ):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str | None, str | None]:
        """URL, token, and the pin typed: as a certificate fingerprint or as the agency CA key pin."""
        pin = self.fingerprint.text().strip() or None
        by_key = self.pin_mode.currentData() == "ca-key"
        url, token = self.url.text().strip(), self.token.text().strip()
        return (url, token, None, pin) if by_key else (url, token, pin, None)


class QaReportDialog(QDialog):
    """One report, read-only: its fields as a tree; flags and comments per field or for the whole report."""

    changed = Signal()

    def __init__(
        self,
        reviewed: ReviewedReport,
        client: QaClient,
        net: Runner,
        parent: QWidget | None = None,
        agency: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_QaReportDialog()
        self.ui.setupUi(self)
        self.reviewed, self.client, self.net, self.agency = reviewed, client, net, agency
        report = reviewed.report
        self.uuid = str(report.uuid)
        pcr = report.response.pcr_number or self.uuid[:8]
        self.setWindowTitle(f"Review report {pcr}")
        self.resize(1100, 720)
        self.ui.fields.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.names = fill_tree(self.ui.fields, report)
        from epcr.sync.protocol import ReviewFlag

        for flag in ReviewFlag:
            self.ui.flag.addItem(flag.label, flag.value)
        for review in reviewed.reviews:
            self._add_review(review)
        self._show_state()
        self.ui.fields.currentItemChanged.connect(lambda *_: self._target())
        self._target()
        self.ui.addFlag.clicked.connect(self.add_flag)
        self.ui.markReviewed.clicked.connect(self.toggle_reviewed)
        self.ui.exportPdf.clicked.connect(self.export_pdf)
        self.ui.split.setSizes([700, 400])

    def field_path(self) -> str | None:
        item = self.ui.fields.currentItem()
        path = item.data(0, PathRole) if item is not None else None
        return str(path) if path else None

    def _target(self) -> None:
        path = self.field_path()
        where = self.names.get(path, path) if path else "the whole report"
        self.ui.target.setText(f"Flag applies to: {where}")

    def add_flag(self) -> None:
        comment = self.ui.comment.toPlainText().strip()
        if not comment:
            self.ui.message.setText("comment: say what the crew should know")
            return
        path, flag = self.field_path(), str(self.ui.flag.currentData())
        self.ui.addFlag.setEnabled(False)
        self.net.run(lambda: self.client.review(self.uuid, path, flag, comment), self._added, self._failed)

    def _added(self, review: QaReview) -> None:
        self.ui.addFlag.setEnabled(True)
        self.ui.comment.clear()
        self._add_review(review)
        self.ui.message.setText("Flag saved on the station")
        self.changed.emit()

    def toggle_reviewed(self) -> None:
        want = self.reviewed.reviewed_at is None
        self.net.run(lambda: self.client.mark_reviewed(self.uuid, want), self._marked, self._failed)

    def _marked(self, state: tuple[datetime | None, str | None]) -> None:
        self.reviewed.reviewed_at, self.reviewed.reviewed_by = state
        self._show_state()
        self.changed.emit()

    def export_pdf(self) -> None:
        name = pdf_name(self.reviewed.report)
        target, _ = QFileDialog.getSaveFileName(self, "Export PDF", name, "PDF (*.pdf)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        report = self.reviewed.report
        agency = self.agency
        self.net.run(
            lambda: write_pdf(report, target, agency), lambda _: self._exported(target), self._failed
        )

    def _exported(self, target: Path) -> None:
        self.ui.message.setText(f"PDF written: {target}")

    def _failed(self, error: Exception) -> None:
        self.ui.addFlag.setEnabled(True)
        self.ui.message.setText(str(error))

    def _show_state(self) -> None:
        at, by = self.reviewed.reviewed_at, self.reviewed.reviewed_by
        if at is None:
            self.ui.state.setText("Waiting for review")
            self.ui.markReviewed.setText("Mark reviewed")
        else:
            self.ui.state.setText(f"Reviewed by {by}, {at.astimezone().strftime('%Y-%m-%d %H:%M')}")
            self.ui.markReviewed.setText("Back to waiting")

    def _add_review(self, review: QaReview) -> None:
        when = review.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        where = self.names.get(review.field, review.field) if review.field else "whole report"
        words = review.flag.label
        QListWidgetItem(f"{words} · {where}\n{review.comment}\n{review.reviewer}, {when}", self.ui.reviews)
