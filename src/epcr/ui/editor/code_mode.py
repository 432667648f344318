"""Code mode for cardiac arrest: big buttons that stamp each event, and the CPR cycle timer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QSizePolicy

from epcr.domain.arrest import CprEventKind
from epcr.domain.defined_lists import code_for, medications
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_code_mode import Ui_CodeModePage

CODE_BUTTONS = [
    (CprEventKind.ARREST_RECOGNIZED, "Arrest\nrecognized"),
    (CprEventKind.COMPRESSIONS_STARTED, "Compressions\nON"),
    (CprEventKind.COMPRESSIONS_PAUSED, "Compressions\nOFF"),
    (CprEventKind.AED_APPLIED, "AED\napplied"),
    (CprEventKind.ANALYSIS_SHOCK_ADVISED, "Analyze:\nSHOCK advised"),
    (CprEventKind.ANALYSIS_NO_SHOCK_ADVISED, "Analyze:\nNO shock"),
    (CprEventKind.SHOCK_DELIVERED, "Shock\ndelivered"),
    (CprEventKind.RHYTHM_CHECK, "Rhythm\ncheck"),
    (CprEventKind.MEDICATION_GIVEN, "Epinephrine"),
    (CprEventKind.AIRWAY_PLACED, "Airway\nplaced"),
    (CprEventKind.ROSC, "ROSC"),
    (CprEventKind.RE_ARREST, "Re-arrest"),
    (CprEventKind.MECHANICAL_DEVICE_ON, "Mechanical\nCPR on"),
    (CprEventKind.RESUSCITATION_TERMINATED, "Resuscitation\nterminated"),
]
CYCLE_SECONDS = 120
RESTARTS_CYCLE = {
    CprEventKind.COMPRESSIONS_STARTED,
    CprEventKind.COMPRESSIONS_RESUMED,
    CprEventKind.RHYTHM_CHECK,
    CprEventKind.SHOCK_DELIVERED,
    CprEventKind.RE_ARREST,
}
STOPS_CYCLE = {CprEventKind.ROSC, CprEventKind.RESUSCITATION_TERMINATED}


class CodeModePage(Page):
    """One tap stamps each event of a resuscitation; a 2-minute CPR cycle timer runs on a monotonic clock."""

    title, group = "Cardiac arrest: code mode", "arrest"

    def __init__(self, monotonic: Callable[[], float]) -> None:
        super().__init__()
        self.ui = Ui_CodeModePage()
        self.ui.setupUi(self)
        self._monotonic = monotonic
        self._cycle_start: float | None = None
        for n, (kind, label) in enumerate(CODE_BUTTONS):
            button = QPushButton(label)
            button.setProperty("role", "code")
            button.setAccessibleName(label.replace("\n", " "))
            button.clicked.connect(lambda _=False, k=kind: self.stamp(k))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.ui.buttons.addWidget(button, n // 3, n % 3)
        self.timer_label, self.log = self.ui.cprTimer, self.ui.log
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName("CPR cycle timer")
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._refresh_timer)
        self._tick.start()

    def stamp(self, kind: CprEventKind) -> None:
        data: dict[str, Any] = {"at": local_now().isoformat(), "kind": kind.value}
        if kind is CprEventKind.SHOCK_DELIVERED:
            data["energy_joules"] = 200
        if kind is CprEventKind.MEDICATION_GIVEN:
            data["medication"] = code_for(medications(), "epinephrine 0.1 MG/ML")
        if kind in RESTARTS_CYCLE:
            self._cycle_start = self._monotonic()
        elif kind in STOPS_CYCLE:
            self._cycle_start = None
        self.added.emit("cpr_events", data)

    def _refresh_timer(self) -> None:
        if self._cycle_start is None:
            self.timer_label.setText("--:--")
            return
        left = CYCLE_SECONDS - (self._monotonic() - self._cycle_start)
        sign = "-" if left < 0 else ""
        left = abs(left)
        self.timer_label.setText(f"{sign}{int(left) // 60}:{int(left) % 60:02d}")
        self.timer_label.setStyleSheet("color: #ff3b30;" if sign else "")

    def show_report(self, report: Report, day: date | None) -> None:
        self.log.clear()
        for event in report.cpr_events:
            extra = f" {event.energy_joules} J" if event.energy_joules else ""
            self.log.addItem(f"{show_value(event.at, day)}  {event.kind.value.replace('_', ' ')}{extra}")
        self.log.scrollToBottom()
