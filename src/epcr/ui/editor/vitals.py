"""Vital signs: a grid for fast keyboard entry, and their trend. A refresh after a save never touches the
cell being typed in, the current cell or the scroll position; a set recorded in error can be voided."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns
from epcr.ui.binding import ValueError_, local_now, parse_text, show_value
from epcr.ui.editor.entries import EntryPage
from epcr.ui.forms.ui_vitals import Ui_VitalsPage

BLOOD_PRESSURE = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")
COLUMNS = [
    "taken_at",  # eVitals.01
    "sbp",  # eVitals.06
    "dbp",  # eVitals.07
    "heart_rate",  # eVitals.10
    "respiratory_rate",  # eVitals.14
    "spo2",  # eVitals.12
    "etco2",  # eVitals.16
    "glucose",  # eVitals.18
    "pain_score",  # eVitals.27
]
HEADER_TIPS = [
    "Time taken",
    "Systolic blood pressure (mmHg)",
    "Diastolic blood pressure (mmHg), or P for palpated",
    "Heart rate (per minute)",
    "Respiratory rate (per minute)",
    "Pulse oximetry (%)",
    "End-tidal CO2 (mmHg)",
    "Blood glucose level (mg/dL)",
    "Pain score (0-10)",
]


class VitalsPage(EntryPage):
    title, group = "Vital signs", "vitals"
    entry_group, noun = "vitals", "set of vital signs"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_VitalsPage()
        self.ui.setupUi(self)
        self.add, self.table, self.chart = self.ui.add, self.ui.table, self.ui.chart
        self._with_unit: set[str] = set()  # sets whose ETCO2 unit (eVitals.16 ETCO2Type) is stored
        self.add.clicked.connect(self._add)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # nine columns fit any width
        header.setMinimumSectionSize(24)
        for col, tip in enumerate(HEADER_TIPS):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(tip)
        self.table.itemChanged.connect(self._edited)
        self._loading = False
        self._follow_new = False  # Add was tapped here: the new row becomes the current one
        self._pending: dict[str, int] = {}  # path -> cell saves sent and not yet answered
        self.setup_entries(self.table, self.ui.edit, self.ui.void, editable=True)

    def _add(self) -> None:
        self._follow_new = True
        self.added.emit("vitals", {"taken_at": local_now().isoformat(), "prior_to_care": c.YesNo.NO.value})

    @property
    def _ids(self) -> list[str]:
        return self.rows.ids

    def show_report(self, report: Report, day: date | None) -> None:
        before = list(self.rows.ids)
        self._loading = True
        try:
            added = self.show_entries(
                report, day, keep=lambda entry, col: f"vitals[{entry}].{COLUMNS[col]}" in self._pending
            )
        finally:
            self._loading = False
        if added and self._follow_new:
            new = [entry_id for entry_id in self.rows.ids if entry_id not in before]
            if new:
                self._follow_new = False
                self.rows.table.setCurrentCell(self.rows.ids.index(new[-1]), 1)  # SBP of the new set
                self.rows.table.scrollToItem(self.rows.table.currentItem())
                self.rows.table.setFocus(Qt.FocusReason.OtherFocusReason)  # type the SBP at once, Tab on
        self._with_unit = {str(v.id) for v in report.vitals if v.etco2_unit is not None}
        rows = []
        for vitals in report.vitals:
            values: dict[str, Any] = {field: getattr(vitals, field) for field in COLUMNS}
            values["_t"] = vitals.taken_at.timestamp() if isinstance(vitals.taken_at, datetime) else None
            rows.append(values)
        self.chart.plot(rows)

    def entries(self, report: Report) -> Sequence[VitalSigns]:
        return report.vitals

    def row(self, vitals: VitalSigns) -> Sequence[str]:
        return [show_value(getattr(vitals, field), self.day) for field in COLUMNS]

    def describe(self, vitals: VitalSigns) -> str:
        parts = [f"taken {show_value(vitals.taken_at, self.day)}"]
        if isinstance(vitals.sbp, int):
            parts.append(f"BP {vitals.sbp}/{show_value(vitals.dbp, self.day) or '?'}")
        if isinstance(vitals.heart_rate, int):
            parts.append(f"HR {vitals.heart_rate}")
        return ", ".join(parts)

    def edit(self) -> None:
        """The grid is the editor: open the selected cell for typing."""
        item = self.table.currentItem()
        if item is None or self.rows.current_id() is None:
            self.problem.emit("vitals", "select the vital sign to edit first")
            return
        self.table.setFocus()
        self.table.editItem(item)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self._ids):
            return
        path = f"vitals[{self._ids[item.row()]}].{COLUMNS[item.column()]}"
        pressure = BLOOD_PRESSURE.fullmatch(item.text().strip())
        if COLUMNS[item.column()] == "sbp" and pressure:  # "158/102" as it is said: SBP and DBP at once
            self._blood_pressure(item, pressure.group(1), pressure.group(2))
            return
        try:
            value = parse_text(path, item.text(), self.day)
        except ValueError_ as error:
            self._mark(path, str(error))
            self.problem.emit(path, str(error))
            return
        self._mark(path, None)
        entry_id = self._ids[item.row()]
        if COLUMNS[item.column()] == "etco2" and value is not None and entry_id not in self._with_unit:
            # The grid's column is in mmHg (its header says so): the unit goes with the first reading.
            self._with_unit.add(entry_id)
            self.edited.emit(f"vitals[{entry_id}].etco2_unit", c.Etco2Unit.MMHG.value)
        self._pending[path] = self._pending.get(path, 0) + 1
        self.edited.emit(path, value)

    def _blood_pressure(self, item: QTableWidgetItem, systolic: str, diastolic: str) -> None:
        """Split the pressure into its cells; each cell's own edit then saves it (eVitals.06, eVitals.07)."""
        column = COLUMNS.index("dbp")
        cell = self.table.item(item.row(), column)
        if cell is None:
            cell = QTableWidgetItem()
            self.table.setItem(item.row(), column, cell)
        cell.setText(diastolic)
        item.setText(systolic)

    def confirmed(self, path: str) -> None:
        self._answered(path)

    def forget(self, path: str) -> None:
        if self._answered(path):
            self._mark(path, "not saved: see the finding")

    def _answered(self, path: str) -> bool:
        """One save of a cell came back; True when it was one of ours."""
        left = self._pending.get(path, 0) - 1
        if left > 0:
            self._pending[path] = left
        else:
            self._pending.pop(path, None)
        return left >= 0

    def _mark(self, path: str, message: str | None) -> None:
        """A refused cell keeps what was typed, in red, until it is fixed."""
        item = self._item(path)
        if item is None:
            return
        self._loading = True
        try:
            item.setForeground(QBrush(Qt.GlobalColor.red) if message else QBrush())
            item.setToolTip(message or "")
        finally:
            self._loading = False

    def _item(self, path: str) -> QTableWidgetItem | None:
        for row, entry in enumerate(self._ids):
            if path.startswith(f"vitals[{entry}]."):
                field = path.rsplit(".", 1)[-1]
                return self.table.item(row, COLUMNS.index(field)) if field in COLUMNS else None
        return None

    def focus_path(self, path: str) -> bool:
        for row, entry in enumerate(self._ids):
            if f"vitals[{entry}]" in path:
                field = path.rsplit(".", 1)[-1]
                self.table.setCurrentCell(row, COLUMNS.index(field) if field in COLUMNS else 0)
                self.table.setFocus()
                return True
        return False
