"""The epinephrine tap's dose: route IV or IO, set once per code (nothing picked until the crew picks; the
first tap asks), and who gives it (the logged-in crew member until someone else is picked). The tap records
an eMedications entry, so the scope check judges it like any other dose."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QMessageBox, QPushButton, QWidget

from epcr.domain.defined_lists import code_for, medications
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report

EPINEPHRINE = code_for(medications(), "epinephrine 0.1 MG/ML")  # 1 mg/10 mL, the arrest dose (RxNorm)
IV, IO = c.MedicationRoute.INTRAVENOUS_IV.value, c.MedicationRoute.INTRAOSSEOUS_IO.value
DOSE_MG = 1


class EpinephrineDose:
    def __init__(
        self, parent: QWidget, iv: QPushButton, io: QPushButton, performer: QComboBox, me: str | None
    ) -> None:
        self.parent, self.iv, self.io, self.performer, self.me = parent, iv, io, performer, me
        self.report: Report | None = None
        self.routes = QButtonGroup(parent)
        for button, route in ((iv, IV), (io, IO)):
            button.setProperty("route", route)
            button.setProperty("words", button.text())
            button.toggled.connect(lambda on, b=button: _mark(b, on))
            self.routes.addButton(button)
        performer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        performer.setMinimumContentsLength(10)

    def route(self) -> str | None:
        checked = self.routes.checkedButton()
        route = checked.property("route") if checked is not None else None
        return route if isinstance(route, str) else None

    def ask_route(self) -> str | None:
        """No route yet in this code: ask, and keep the answer for the next doses."""
        box = QMessageBox(self.parent)
        box.setWindowTitle("Epinephrine route")
        box.setText(f"Epinephrine {DOSE_MG} mg: by which route?")
        iv = box.addButton("IV", QMessageBox.ButtonRole.AcceptRole)
        io = box.addButton("IO", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        picked = {iv: self.iv, io: self.io}.get(box.clickedButton())  # type: ignore[call-overload]
        box.deleteLater()
        if picked is None:
            return None
        picked.setChecked(True)
        return self.route()

    def entry(self, moment: datetime) -> dict[str, Any] | None:
        """The eMedications entry of one dose given now; None when the crew cancels the route question."""
        route = self.route() or self.ask_route()
        if route is None:
            return None
        who = self.performer.currentData()
        return {
            "at": moment.isoformat(),  # eMedications.01
            "prior_to_care": c.YesNo.NO.value,  # eMedications.02
            "code": EPINEPHRINE,  # eMedications.03
            "route": route,  # eMedications.04
            "dose": DOSE_MG,  # eMedications.05
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG.value,  # eMedications.06
            "performer_crew_id": who,  # eMedications.09
            "performer_level": self._level_of(who),  # eMedications.10
        }

    def _level_of(self, member_id: Any) -> str | None:
        crew = self.report.crew if self.report else []
        member = next((m for m in crew if m.member_id == member_id), None)
        return member.level.caregiver_code.value if member and member.level else None

    def show(self, report: Report) -> None:
        self.report = report
        self._show_performer(report)
        self._show_route(report)

    def _show_performer(self, report: Report) -> None:
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
            (self.iv if routes[-1] == IV else self.io).setChecked(True)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.iv, self.io, self.performer):
            widget.setEnabled(enabled)


def _mark(button: QPushButton, on: bool) -> None:
    """The route in force reads as chosen in any theme: a tick and bold type, not only a shade."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)
    button.setText(f"\u2714 {button.property('words')}" if on else str(button.property("words")))
