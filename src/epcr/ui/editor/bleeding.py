"""Every tourniquet on the report and how long it has been on; limb, conversion, removal in one tap. A
tourniquet is a procedure: it is corrected or voided on the Procedures page."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer

from epcr.domain.procedures import Limb, Procedure
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.entries import EntryTable, fit_columns, fit_combo
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_bleeding import Ui_BleedingPage


def on_for(p: Procedure) -> str:
    """How long the tourniquet has been on, H:MM; empty once converted or removed."""
    detail = p.bleeding_control
    if detail is None or detail.tourniquet_applied_at is None:
        return ""
    if detail.tourniquet_converted_at or detail.tourniquet_removed_at:
        return ""
    minutes = int((local_now() - detail.tourniquet_applied_at).total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def limb_words(p: Procedure) -> str:
    limb = p.bleeding_control.tourniquet_limb if p.bleeding_control else None
    return limb.value.replace("_", " ") if limb else ""


class BleedingPage(Page):
    title, group = "Bleeding control", "procedures.bleeding"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_BleedingPage()
        self.ui.setupUi(self)
        self.report: Report | None = None
        self.day: date | None = None
        self.tourniquets = self.ui.timers
        self.tourniquets.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.tourniquets.setAccessibleName("Tourniquet timers")
        self.ui.limb.addItem("", None)  # the crew names the limb: none is assumed
        for limb in Limb:
            self.ui.limb.addItem(limb.value.replace("_", " "), limb.value)
        fit_combo(self.ui.limb)
        self.rows = EntryTable(self.ui.table)
        fit_columns(self.ui.table, 1)
        self.ui.setLimb.clicked.connect(self._set_limb)
        self.ui.converted.clicked.connect(
            lambda: self._set("tourniquet_converted_at", local_now().isoformat())
        )
        self.ui.removed.clicked.connect(lambda: self._set("tourniquet_removed_at", local_now().isoformat()))
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.refresh_timers)
        self._clock.start()

    def _set_limb(self) -> None:
        limb = self.ui.limb.currentData()
        if limb is None:
            self.problem.emit("procedures.bleeding_control.tourniquet_limb", "pick the limb first")
            return
        self._set("tourniquet_limb", limb)

    def _set(self, field: str, value: Any) -> None:
        chosen = self.rows.current_id()
        if chosen is None:
            self.problem.emit("procedures.bleeding_control", "select the tourniquet first")
            return
        self.edited.emit(f"procedures[{chosen}].bleeding_control.{field}", value)

    def _tourniquets(self) -> list[Procedure]:
        if self.report is None:
            return []
        return [
            p
            for p in self.report.procedures
            if p.bleeding_control and p.bleeding_control.tourniquet_applied_at
        ]

    def show_report(self, report: Report, day: date | None) -> None:
        self.report, self.day = report, day
        found = self._tourniquets()
        self.rows.show(
            [
                (
                    str(p.id),
                    (
                        show_value(p.bleeding_control.tourniquet_applied_at, day),  # type: ignore[union-attr]
                        limb_words(p) or "?",
                        on_for(p),
                        show_value(p.bleeding_control.tourniquet_converted_at, day),  # type: ignore[union-attr]
                        show_value(p.bleeding_control.tourniquet_removed_at, day),  # type: ignore[union-attr]
                    ),
                )
                for p in found
            ]
        )
        if found and self.rows.current_id() is None:
            self.ui.table.selectRow(0)
        self.refresh_timers()

    def refresh_timers(self) -> None:
        lines = []
        for row, p in enumerate(self._tourniquets()):
            detail = p.bleeding_control
            assert detail is not None and detail.tourniquet_applied_at is not None
            running = on_for(p)
            state = f"ON {running}" if running else "off"
            applied = detail.tourniquet_applied_at.astimezone()
            lines.append(f"TOURNIQUET {limb_words(p) or 'limb?'}: {state} (applied {applied:%H:%M})")
            item = self.ui.table.item(row, 2)
            if item is not None and item.text() != running:
                item.setText(running)
        self.tourniquets.setText("\n".join(lines) or "No tourniquet on this patient.")

    def focus_path(self, path: str) -> bool:
        if "bleeding_control" not in path:
            return False
        for entry_id in self.rows.ids:
            if f"[{entry_id}]" in path:
                self.rows.select(entry_id)
        return True
