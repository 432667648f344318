"""The report list: drafts and locked reports, newest call first, with search and a status filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from epcr.domain.report import Status
from epcr.domain.summary import ReportSummary
from epcr.ui.forms.ui_report_list import Ui_ReportListView
from epcr.ui.rows import Index, RowsModel

SYNC_WORDS = {
    "waiting": "waiting to sync",
    "synced": "on the station",
    "conflict": "conflict: see sync log",
    "rejected": "refused: see sync log",
}
SYNC_COLOURS = {"synced": QColor("#0a7d32"), "conflict": QColor("#b00020"), "rejected": QColor("#b00020")}


class ReportListModel(RowsModel):
    COL_STATUS, COL_PCR, COL_INCIDENT, COL_UNIT, COL_PATIENT, COL_COMPLAINT, COL_SYNC = range(7)
    HEADERS = ("Status", "PCR", "Call", "Unit", "Patient", "Complaint", "Sync")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReportSummary] = []
        self.sync: dict[str, str] = {}  # report uuid -> waiting | synced | conflict | rejected

    def set_rows(self, rows: list[ReportSummary], sync: dict[str, str] | None = None) -> None:
        self.sync = sync or {}
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.UuidRole:
            return row.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATUS:
            return QColor("#0a7d32") if row.status is Status.LOCKED else QColor("#b86e00")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_SYNC:
            return SYNC_COLOURS.get(self.sync.get(row.uuid, ""))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.HEADERS[index.column()]}: {self._text(row, index.column())}"
        return None

    def _text(self, row: ReportSummary, column: int) -> str:
        if column == self.COL_STATUS:
            return "Locked" if row.status is Status.LOCKED else "Draft"
        if column == self.COL_PCR:
            return row.pcr_number or ""
        if column == self.COL_INCIDENT:
            return (row.incident_at or "")[:16].replace("T", " ")
        if column == self.COL_UNIT:
            return row.unit or ""
        if column == self.COL_PATIENT:
            return row.patient_name or ""
        if column == self.COL_COMPLAINT:
            return row.chief_complaint or ""
        return SYNC_WORDS.get(self.sync.get(row.uuid, ""), "")


class ReportListView(QWidget):
    open_report = Signal(str)
    new_report = Signal()
    filters_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_ReportListView()
        self.ui.setupUi(self)
        self.model = ReportListModel()
        self.ui.table.setModel(self.model)
        self.ui.table.horizontalHeader().setSectionResizeMode(
            ReportListModel.COL_COMPLAINT, QHeaderView.ResizeMode.Stretch
        )
        self.ui.table.horizontalHeader().setSectionResizeMode(
            ReportListModel.COL_SYNC, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.verticalHeader().setDefaultSectionSize(44)
        for label, value in (("All reports", None), ("Drafts", Status.DRAFT), ("Locked", Status.LOCKED)):
            self.ui.status.addItem(label, value)
        self.ui.search.textChanged.connect(self.filters_changed)
        self.ui.status.currentIndexChanged.connect(self.filters_changed)
        self.ui.newReport.clicked.connect(self.new_report)
        self.ui.openReport.clicked.connect(self._open_selected)
        self.ui.table.activated.connect(
            lambda index: self.open_report.emit(index.data(ReportListModel.UuidRole))
        )

    def filters(self) -> tuple[Status | None, str | None]:
        return self.ui.status.currentData(), self.ui.search.text().strip() or None

    def show_rows(self, rows: list[ReportSummary], sync: dict[str, str] | None = None) -> None:
        self.model.set_rows(rows, sync)
        self.ui.count.setText(f"{len(rows)} report(s)")
        if rows and not self.ui.table.currentIndex().isValid():
            self.ui.table.selectRow(0)

    def _open_selected(self) -> None:
        index = self.ui.table.currentIndex()
        if index.isValid():
            self.open_report.emit(index.data(ReportListModel.UuidRole))
