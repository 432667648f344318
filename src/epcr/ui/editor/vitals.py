"""Vital signs: a grid for fast keyboard entry, and their trend."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QTableWidgetItem

from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import ValueError_, local_now, parse_text, show_value
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_vitals import Ui_VitalsPage

COLUMNS = [
    "taken_at",
    "sbp",
    "dbp",
    "heart_rate",
    "respiratory_rate",
    "spo2",
    "etco2",
    "glucose",
    "pain_score",
]


class VitalsPage(Page):
    title, group = "Vital signs", "vitals"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_VitalsPage()
        self.ui.setupUi(self)
        self.add, self.table, self.chart = self.ui.add, self.ui.table, self.ui.chart
        self.add.clicked.connect(
            lambda: self.added.emit(
                "vitals", {"taken_at": local_now().isoformat(), "prior_to_care": c.YesNo.NO.value}
            )
        )
        self.table.itemChanged.connect(self._edited)
        self._ids: list[str] = []
        self._day: date | None = None
        self._loading = False

    def show_report(self, report: Report, day: date | None) -> None:
        self._day = day
        self._loading = True
        self.table.setRowCount(len(report.vitals))
        self._ids = [str(v.id) for v in report.vitals]
        rows = []
        for r, vitals in enumerate(report.vitals):
            values = {field: getattr(vitals, field) for field in COLUMNS}
            values["_t"] = vitals.taken_at.timestamp() if isinstance(vitals.taken_at, datetime) else None
            rows.append(values)
            for col, field in enumerate(COLUMNS):
                self.table.setItem(r, col, QTableWidgetItem(show_value(values[field], day)))
        self._loading = False
        self.chart.plot(rows)
        if report.vitals:
            self.table.scrollToBottom()

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        path = f"vitals[{self._ids[item.row()]}].{COLUMNS[item.column()]}"
        try:
            value = parse_text(path, item.text(), self._day)
        except ValueError_ as error:
            self.problem.emit(path, str(error))
            return
        self.edited.emit(path, value)

    def focus_path(self, path: str) -> bool:
        for row, entry in enumerate(self._ids):
            if f"vitals[{entry}]" in path:
                field = path.rsplit(".", 1)[-1]
                self.table.setCurrentCell(row, COLUMNS.index(field) if field in COLUMNS else 0)
                self.table.setFocus()
                return True
        return False
