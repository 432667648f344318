"""Code mode for cardiac arrest: big buttons that stamp each event to the second, the CPR cycle timer, the
event log with Edit and Void, and the eArrest fields the lock needs, filled from the log until the crew
picks their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.code_mode import implied
from epcr.domain.report import Report
from epcr.ui.binding import local_now
from epcr.ui.editor.arrest_form import ArrestForm
from epcr.ui.editor.code_buttons import CODE_BUTTONS, CodeButtons
from epcr.ui.editor.code_events import KIND_WORDS, EventDialog, VoidDialog, describe
from epcr.ui.editor.cpr_log import EventLog
from epcr.ui.editor.epinephrine import EPINEPHRINE, IO, IV, EpinephrineDose
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_code_mode import Ui_CodeModePage

K = CprEventKind
CYCLE_SECONDS = 120
RESTARTS_CYCLE = {
    K.COMPRESSIONS_STARTED,
    K.COMPRESSIONS_RESUMED,
    K.RHYTHM_CHECK,
    K.SHOCK_DELIVERED,
    K.RE_ARREST,
}
STOPS_CYCLE = {K.ROSC, K.RESUSCITATION_TERMINATED}
__all__ = ["CODE_BUTTONS", "EPINEPHRINE", "IO", "IV", "CodeModePage"]


class CodeModePage(Page):
    """One tap stamps each event of a resuscitation; a 2-minute CPR cycle timer runs on a monotonic clock."""

    title, group = "Cardiac arrest: code mode", "arrest"

    def __init__(self, monotonic: Callable[[], float], me: str | None = None) -> None:
        super().__init__()
        self.ui = Ui_CodeModePage()
        self.ui.setupUi(self)
        self._monotonic, self.me = monotonic, me
        self._cycle_start: float | None = None
        self.report: Report | None = None
        self.day: date | None = None
        self.code_buttons = CodeButtons(self.ui.buttons, self.stamp)
        self.buttons = self.code_buttons.buttons
        self.timer_label, self.log = self.ui.cprTimer, self.ui.log
        self.events = EventLog(self.log)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName("CPR cycle timer")
        self.performer = self.ui.performer
        self.dose = EpinephrineDose(self, self.ui.routeIv, self.ui.routeIo, self.performer, me)
        self._set_up_log()
        self.binder = ArrestForm(self.ui.content, self.ui.arrestAtQualifier)  # the editor marks refused edits
        self.binder.committed.connect(self.edited)
        self.binder.problem.connect(self.problem)
        for path, (label, _) in self.binder.labels.items():  # a check list's name sits at its top
            if isinstance(self.binder.widgets[path], QListWidget):
                self.ui.arrestForm.setAlignment(label, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ui.scroll.viewport().installEventFilter(self)  # its width decides the buttons per row
        self._arrange()
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._refresh_timer)
        self._tick.start()

    def _set_up_log(self) -> None:
        self.log.itemSelectionChanged.connect(self._enable_corrections)
        self.log.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.ui.editEvent.clicked.connect(self.edit_selected)
        self.ui.voidEvent.clicked.connect(self.void_selected)
        self._read_only = False
        self._enable_corrections()

    # -- taps -----------------------------------------------------------------------------------------

    def stamp(self, kind: CprEventKind) -> None:
        moment = local_now()  # the moment of the tap, to the second, even if a question follows
        data: dict[str, Any] = {"at": moment.isoformat(), "kind": kind.value}
        if kind is K.MEDICATION_GIVEN:
            given = self.dose.entry(moment)
            if given is None:
                return  # the crew cancelled: nothing is recorded
            who = given["performer_crew_id"]
            data |= {"medication": EPINEPHRINE, "crew_member_id": who, "medication_entry": given}
        if kind in RESTARTS_CYCLE:
            self._cycle_start = self._monotonic()
        elif kind in STOPS_CYCLE:
            self._cycle_start = None
        self.added.emit("cpr_events", data)

    def route(self) -> str | None:
        return self.dose.route()

    def _refresh_timer(self) -> None:
        if self._cycle_start is None:
            text, overdue = "--:--", False
        else:
            left = CYCLE_SECONDS - (self._monotonic() - self._cycle_start)
            overdue = left < 0
            seconds = int(abs(left))
            text = f"{'-' if overdue else ''}{seconds // 60}:{seconds % 60:02d}"
        if self.timer_label.text() != text:
            self.timer_label.setText(text)
        style = "color: #ff3b30;" if overdue else ""
        if self.timer_label.styleSheet() != style:
            self.timer_label.setStyleSheet(style)

    # -- corrections ----------------------------------------------------------------------------------

    def selected_event(self) -> CprEvent | None:
        wanted = self.events.selected_id()
        if wanted is None or self.report is None:
            return None
        return next((e for e in self.report.cpr_events if str(e.id) == wanted), None)

    def edit_selected(self) -> None:
        event = self.selected_event()
        if event is None or self._read_only:
            return
        dialog = EventDialog(self, event, self.day)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.value is None:
                return
            value = dialog.value
        finally:
            dialog.deleteLater()
        if value != event.model_dump(mode="json"):
            self.edited.emit(f"cpr_events[{event.id}]", value)

    def void_selected(self) -> None:
        event = self.selected_event()
        if event is None or self._read_only:
            return
        given = self._medication_ids()
        linked = event.medication_id if event.medication_id in given else None
        what = KIND_WORDS.get(event.kind, event.kind.value)
        dialog = VoidDialog(self, f"{what} at {event.at.astimezone():%H:%M:%S}", linked is not None)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason, with_medication = dialog.reason.text().strip(), dialog.medication.isChecked()
        finally:
            dialog.deleteLater()
        self.voided.emit(f"cpr_events[{event.id}]", reason)
        if linked is not None and with_medication:
            self.voided.emit(f"medications[{linked}]", reason)

    def _medication_ids(self) -> set[Any]:
        return {m.id for m in self.report.medications} if self.report else set()

    def _enable_corrections(self) -> None:
        chosen = bool(self.log.selectedItems()) and not self._read_only
        for button in (self.ui.editEvent, self.ui.voidEvent):
            if button.isEnabled() != chosen:
                button.setEnabled(chosen)

    # -- showing the record ---------------------------------------------------------------------------

    def show_report(self, report: Report, day: date | None) -> None:
        """Only what changed is touched: the selected event, the log's scroll position, a focused field and an
        open list or dialog stay as the crew left them."""
        if day is None and report.cpr_events:  # no call day yet: the code's own day, times to the second
            day = min(e.at for e in report.cpr_events).astimezone().date()
        self.report, self.day = report, day
        self._show_log(report, day)
        self.dose.show(report)
        self.binder.show(report, day, implied(report))

    def _show_log(self, report: Report, day: date | None) -> None:
        given = {m.id: m for m in report.medications}
        events = sorted(report.cpr_events, key=lambda e: e.at)
        self.events.show([(str(e.id), describe(e, given, day)) for e in events])

    def focus_path(self, path: str) -> bool:
        if path.startswith("arrest.") and self.binder.focus(path):
            self.ui.scroll.ensureWidgetVisible(QApplication.focusWidget() or self.ui.content)
            return True
        for entry_id, _ in self.events.rows():
            if f"[{entry_id}]" in path and self.events.select(entry_id):
                self.log.setFocus()
                self.ui.scroll.ensureWidgetVisible(self.log)
                return True
        return path.startswith(("arrest", "cpr_events"))

    def confirmed(self, path: str) -> None:
        self.binder.confirmed(path)

    def forget(self, path: str) -> None:
        self.binder.forget(path)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.code_buttons.set_enabled(not read_only)
        self.dose.set_enabled(not read_only)
        self.binder.set_read_only(read_only)
        self._enable_corrections()

    # -- fitting the screen -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, lambda: self._arrange(again=True))  # after the new size; not if gone

    def _arrange(self, again: bool = False) -> None:
        room = self.ui.scroll.viewport().width() - self.ui.column.contentsMargins().left() * 2
        self.code_buttons.arrange(room, self.font(), again)
        self.binder.fit_lists()
