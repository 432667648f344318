"""Code mode for cardiac arrest: big buttons that stamp each event to the second, the CPR cycle timer, the
event log with Edit and Void, and the eArrest fields the lock needs, filled from the log until the crew
picks their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
)

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.code_mode import implied
from epcr.domain.defined_lists import code_for, medications
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import local_now
from epcr.ui.editor.arrest_form import ArrestForm
from epcr.ui.editor.code_events import KIND_WORDS, EventDialog, VoidDialog, describe
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_code_mode import Ui_CodeModePage

K = CprEventKind
CODE_BUTTONS = [
    (K.ARREST_RECOGNIZED, "Arrest\nrecognized"),
    (K.COMPRESSIONS_STARTED, "Compressions\nON"),
    (K.COMPRESSIONS_PAUSED, "Compressions\nOFF"),
    (K.AED_APPLIED, "AED\napplied"),
    (K.ANALYSIS_SHOCK_ADVISED, "Analyze:\nSHOCK advised"),
    (K.ANALYSIS_NO_SHOCK_ADVISED, "Analyze:\nNO shock"),
    (K.SHOCK_DELIVERED, "Shock\ndelivered"),
    (K.RHYTHM_CHECK, "Rhythm\ncheck"),
    (K.MEDICATION_GIVEN, "Epinephrine\n1 mg"),
    (K.AIRWAY_PLACED, "Airway\nplaced"),
    (K.ROSC, "ROSC"),
    (K.RE_ARREST, "Re-arrest"),
    (K.MECHANICAL_DEVICE_ON, "Mechanical\nCPR on"),
    (K.RESUSCITATION_TERMINATED, "Resuscitation\nterminated"),
]
CYCLE_SECONDS = 120
RESTARTS_CYCLE = {
    K.COMPRESSIONS_STARTED,
    K.COMPRESSIONS_RESUMED,
    K.RHYTHM_CHECK,
    K.SHOCK_DELIVERED,
    K.RE_ARREST,
}
STOPS_CYCLE = {K.ROSC, K.RESUSCITATION_TERMINATED}
EPINEPHRINE = code_for(medications(), "epinephrine 0.1 MG/ML")  # 1 mg/10 mL, the arrest dose (RxNorm)
IV, IO = c.MedicationRoute.INTRAVENOUS_IV.value, c.MedicationRoute.INTRAOSSEOUS_IO.value
ID = Qt.ItemDataRole.UserRole
COLUMNS = (2, 5)  # code buttons per row, fewest to most, as the width and the text size allow


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
        self.buttons: list[QPushButton] = []
        for kind, label in CODE_BUTTONS:
            button = QPushButton(label)
            button.setProperty("role", "code")
            button.setAccessibleName(label.replace("\n", " "))
            button.clicked.connect(lambda _=False, k=kind: self.stamp(k))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # columns follow width
            self.buttons.append(button)
        self._columns = 0
        self.timer_label, self.log = self.ui.cprTimer, self.ui.log
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName("CPR cycle timer")
        self._set_up_route()
        self.performer = self.ui.performer
        self.performer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.performer.setMinimumContentsLength(10)
        self._set_up_log()
        self.binder = ArrestForm(self.ui.content, self.ui.arrestAtQualifier)  # the editor marks refused edits
        self.binder.committed.connect(self.edited)
        self.binder.problem.connect(self.problem)
        self.ui.scroll.viewport().installEventFilter(self)  # its width decides the buttons per row
        self._arrange()
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._refresh_timer)
        self._tick.start()

    def _set_up_route(self) -> None:
        """IV or IO, set once per code: nothing is picked until the crew picks (the first tap asks)."""
        self.route_buttons = QButtonGroup(self)
        for button, route in ((self.ui.routeIv, IV), (self.ui.routeIo, IO)):
            button.setProperty("route", route)
            button.setProperty("words", button.text())
            button.toggled.connect(lambda on, b=button: self._mark_route(b, on))
            self.route_buttons.addButton(button)

    @staticmethod
    def _mark_route(button: QPushButton, on: bool) -> None:
        """The route in force reads as chosen in any theme: a tick and bold type, not only a shade."""
        font = button.font()
        font.setBold(on)
        button.setFont(font)
        button.setText(f"\u2714 {button.property('words')}" if on else str(button.property("words")))

    def _set_up_log(self) -> None:
        self.log.setWordWrap(True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.log.setMinimumHeight(160)
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
            route = self.route() or self.ask_route()
            if route is None:
                return  # the crew cancelled: nothing is recorded
            who = self.performer.currentData()
            data |= {"medication": EPINEPHRINE, "crew_member_id": who}
            data["medication_entry"] = {  # eMedications: the same dose, scope-checked like any other
                "at": moment.isoformat(),  # eMedications.01
                "code": EPINEPHRINE,  # eMedications.03
                "prior_to_care": c.YesNo.NO.value,  # eMedications.02
                "route": route,  # eMedications.04
                "dose": 1,  # eMedications.05
                "dose_unit": c.DoseUnit.MILLIGRAMS_MG.value,  # eMedications.06
                "performer_crew_id": who,  # eMedications.09
                "performer_level": self._level_of(who),  # eMedications.10
            }
        if kind in RESTARTS_CYCLE:
            self._cycle_start = self._monotonic()
        elif kind in STOPS_CYCLE:
            self._cycle_start = None
        self.added.emit("cpr_events", data)

    def route(self) -> str | None:
        checked = self.route_buttons.checkedButton()
        route = checked.property("route") if checked is not None else None
        return route if isinstance(route, str) else None

    def ask_route(self) -> str | None:
        """No route yet in this code: ask, and keep the answer for the next doses."""
        box = QMessageBox(self)
        box.setWindowTitle("Epinephrine route")
        box.setText("Epinephrine 1 mg: by which route?")
        iv = box.addButton("IV", QMessageBox.ButtonRole.AcceptRole)
        io = box.addButton("IO", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        picked = {iv: self.ui.routeIv, io: self.ui.routeIo}.get(box.clickedButton())  # type: ignore[call-overload]
        box.deleteLater()
        if picked is None:
            return None
        picked.setChecked(True)
        return self.route()

    def _level_of(self, member_id: Any) -> str | None:
        crew = self.report.crew if self.report else []
        member = next((m for m in crew if m.member_id == member_id), None)
        return member.level.caregiver_code.value if member and member.level else None

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
        items = self.log.selectedItems()
        if not items or self.report is None:
            return None
        wanted = items[0].data(ID)
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
        self._show_performer(report)
        self._show_route(report)
        self.binder.show(report, day, implied(report))

    def _show_log(self, report: Report, day: date | None) -> None:
        given = {m.id: m for m in report.medications}
        rows = [(str(e.id), describe(e, given, day)) for e in sorted(report.cpr_events, key=lambda e: e.at)]
        log = self.log
        if [(log.item(r).data(ID), log.item(r).text()) for r in range(log.count())] == rows:
            return
        bar = log.verticalScrollBar()
        scrolled, following = bar.value(), bar.value() >= bar.maximum()
        selected = [item.data(ID) for item in log.selectedItems()]
        grew = len(rows) > log.count()
        wanted = {entry_id for entry_id, _ in rows}
        for r in reversed(range(log.count())):
            if log.item(r).data(ID) not in wanted:
                log.takeItem(r)
        for r, (entry_id, text) in enumerate(rows):
            item = log.item(r) if r < log.count() else None
            if item is None or item.data(ID) != entry_id:
                item = self._take(entry_id) or QListWidgetItem()
                item.setData(ID, entry_id)
                log.insertItem(r, item)
            if item.text() != text:
                item.setText(text)
        for item in (log.item(r) for r in range(log.count())):
            if (item.data(ID) in selected) != item.isSelected():
                item.setSelected(item.data(ID) in selected)
        if following and grew:
            log.scrollToBottom()  # the crew watches the newest tap come in
        else:
            bar.setValue(scrolled)

    def _take(self, entry_id: str) -> QListWidgetItem | None:
        for r in range(self.log.count()):
            if self.log.item(r).data(ID) == entry_id:
                return self.log.takeItem(r)
        return None

    def _show_performer(self, report: Report) -> None:
        """Who gives the epinephrine: the crew of this report; the logged-in crew member until someone else
        is picked."""
        options = [
            (f"{m.name or m.member_id} ({m.level.value if m.level else 'level unknown'})", m.member_id)
            for m in report.crew
            if m.member_id
        ]
        if not options and self.me:
            options = [(self.me, self.me)]
        combo = self.performer
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == options:
            return
        if combo.hasFocus() or combo.view().isVisible():
            return  # the crew is choosing: the list changes on the next refresh
        current = combo.currentData() or self.me
        combo.blockSignals(True)
        combo.clear()
        for words, member_id in options:
            combo.addItem(words, member_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _show_route(self, report: Report) -> None:
        """Reopened in the middle of a code: the route the crew chose for its earlier doses."""
        if self.route() is not None:
            return
        linked = {e.medication_id for e in report.cpr_events if e.medication_id}
        routes = [m.route for m in report.medications if m.id in linked and m.route in (IV, IO)]
        if routes:
            button = self.ui.routeIv if routes[-1] == IV else self.ui.routeIo
            button.setChecked(True)

    def focus_path(self, path: str) -> bool:
        if path.startswith("arrest.") and self.binder.focus(path):
            self.ui.scroll.ensureWidgetVisible(QApplication.focusWidget() or self.ui.content)
            return True
        for r in range(self.log.count()):
            if f"[{self.log.item(r).data(ID)}]" in path:
                self.log.setCurrentRow(r)
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
        for button in [*self.buttons, self.ui.routeIv, self.ui.routeIo]:
            button.setEnabled(not read_only)
        self.performer.setEnabled(not read_only)
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
            self._columns = 0  # the buttons' text changed size: lay them out again once it has
            QTimer.singleShot(0, self._arrange)

    def _arrange(self) -> None:
        """As many big buttons a row as fit their text at this width (2 to 5); never wider than the page."""
        room = self.ui.scroll.viewport().width() - self.ui.column.contentsMargins().left() * 2
        spacing = max(self.ui.buttons.horizontalSpacing(), 0)
        bold = QFont(self.font())
        bold.setBold(True)  # the theme sets code buttons in bold
        needed = max(QFontMetrics(bold).size(0, b.text()).width() for b in self.buttons)
        needed += 2 * 12 + 8  # the buttons' padding and frame (theme: padding 0 12px)
        columns = max(COLUMNS[0], min(COLUMNS[1], (room + spacing) // (needed + spacing)))
        if columns != self._columns:
            self._columns = columns
            for button in self.buttons:
                self.ui.buttons.removeWidget(button)
            for n, button in enumerate(self.buttons):
                self.ui.buttons.addWidget(button, n // columns, n % columns)
            for col in range(COLUMNS[1]):
                self.ui.buttons.setColumnStretch(col, 1 if col < columns else 0)
        self.binder.fit_lists()
