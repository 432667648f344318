"""The CPR event log in words and to the second, and the two corrections of an event: Edit (time, kind,
shock energy, rhythm) and Void (a reason; an epinephrine event can take its medication entry with it)."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.medications import Medication
from epcr.domain.nemsis import codes as c
from epcr.ui.binding import local_now
from epcr.ui.code_list import searchable

K = CprEventKind
KIND_WORDS = {
    K.ARREST_RECOGNIZED: "Arrest recognized",
    K.COMPRESSIONS_STARTED: "Compressions ON",
    K.COMPRESSIONS_PAUSED: "Compressions OFF",
    K.COMPRESSIONS_RESUMED: "Compressions resumed",
    K.AED_APPLIED: "AED applied",
    K.ANALYSIS_SHOCK_ADVISED: "Analysis: shock advised",
    K.ANALYSIS_NO_SHOCK_ADVISED: "Analysis: no shock advised",
    K.SHOCK_DELIVERED: "Shock delivered",
    K.RHYTHM_CHECK: "Rhythm check",
    K.MEDICATION_GIVEN: "Epinephrine",
    K.AIRWAY_PLACED: "Airway placed",
    K.ROSC: "ROSC",
    K.RE_ARREST: "Re-arrest",
    K.MECHANICAL_DEVICE_ON: "Mechanical CPR on",
    K.RESUSCITATION_TERMINATED: "Resuscitation terminated",
}
TIME_HINT = "HH:MM:SS"
ERROR_STYLE = "color: #d0021b; font-weight: bold;"


class BadTime(ValueError):
    """Typed text that is not a time of day (the message says how to write one)."""


def clock(moment: datetime, day: date | None) -> str:
    """A time to the second, in this device's zone; with its date when it is not the call's day."""
    local = moment.astimezone()
    return f"{local:%H:%M:%S}" if day is not None and local.date() == day else f"{local:%Y-%m-%d %H:%M:%S}"


def parse_clock(text: str, day: date | None, zone: tzinfo | None = None) -> datetime:
    """`HH:MM:SS` or `HH:MM` on `day`, or `YYYY-MM-DD HH:MM[:SS]`; in `zone` (this device's by default)."""
    zone = zone or local_now().tzinfo
    text = text.strip()
    try:
        if len(text) <= 8:
            parts = [int(part) for part in text.replace(".", ":").split(":")]
            if len(parts) not in (2, 3):
                raise ValueError(text)
            hour, minute, second = (*parts, 0)[:3]
            return datetime.combine(day or local_now().date(), time(hour, minute, second), zone)
        moment = datetime.fromisoformat(text.replace(" ", "T"))
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    except ValueError:
        raise BadTime(f"{text!r}: write the time as {TIME_HINT} (or YYYY-MM-DD HH:MM:SS)") from None


def describe(event: CprEvent, medications: dict[Any, Medication], day: date | None) -> str:
    """One line of the log: "09:14:05  Shock delivered 200 J"."""
    words = KIND_WORDS.get(event.kind, event.kind.value.replace("_", " "))
    details = []
    if event.energy_joules:
        details.append(f"{event.energy_joules} J")
    if event.rhythm is not None:
        details.append(event.rhythm.label)
    if event.medication_id is not None:
        given = medications.get(event.medication_id)
        details.append(dose_words(given) if given else "(its medication entry was voided)")
    return f"{clock(event.at, day)}  {' '.join([words, *details])}"


def dose_words(given: Medication) -> str:
    """ "1 mg IO, P-1042": dose with its unit and route, and who gave it."""
    route, unit = given.route, given.dose_unit
    route_words = ROUTE_WORDS.get(route, route.label) if isinstance(route, c.MedicationRoute) else ""
    unit_words = UNIT_WORDS.get(unit, unit.label) if isinstance(unit, c.DoseUnit) else ""
    dose = f"{given.dose:g} {unit_words}".strip() if isinstance(given.dose, float) else ""
    who = given.performer_crew_id if isinstance(given.performer_crew_id, str) else ""
    return ", ".join(part for part in (f"{dose} {route_words}".strip(), who) if part)


ROUTE_WORDS = {c.MedicationRoute.INTRAVENOUS_IV: "IV", c.MedicationRoute.INTRAOSSEOUS_IO: "IO"}
UNIT_WORDS = {c.DoseUnit.MILLIGRAMS_MG: "mg"}


class EventDialog(QDialog):
    """Correct one event: its time to the second, what happened, shock energy, the rhythm seen. The kind of
    an epinephrine event stays (void it instead): its medication entry hangs on it."""

    def __init__(self, parent: QWidget, event: CprEvent, call_day: date | None) -> None:
        super().__init__(parent)
        self.cpr_event = event
        self.setWindowTitle("Correct the event")
        self.setAccessibleName("Correct the event")
        local = event.at.astimezone()
        self._day, self._zone = local.date(), local.tzinfo
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.time = QLineEdit(clock(event.at, self._day))
        self.time.setPlaceholderText(TIME_HINT)
        self.time.setAccessibleName("Event time")
        form.addRow("Time (HH:MM:SS)", self.time)
        self.kind = QComboBox()
        self.kind.setAccessibleName("What happened")
        for kind, words in KIND_WORDS.items():
            if kind is not K.MEDICATION_GIVEN or event.kind is K.MEDICATION_GIVEN:
                self.kind.addItem(words, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(event.kind.value))
        self.kind.setEnabled(event.medication_id is None)
        form.addRow("What happened", self.kind)
        self.energy = QSpinBox()
        self.energy.setRange(0, 400)  # eArrest custom: 1-400 J; 0 = not recorded
        self.energy.setSpecialValueText("not recorded")
        self.energy.setSuffix(" J")
        self.energy.setValue(event.energy_joules or 0)
        self.energy.setAccessibleName("Shock energy")
        form.addRow("Shock energy", self.energy)
        self.rhythm = QComboBox()
        self.rhythm.setAccessibleName("Rhythm seen")
        self.rhythm.addItem("", None)
        for rhythm in c.CardiacRhythm:
            self.rhythm.addItem(rhythm.label, rhythm.value)
        self.rhythm.setCurrentIndex(
            max(self.rhythm.findData(event.rhythm.value if event.rhythm else None), 0)
        )
        form.addRow("Rhythm seen", self.rhythm)
        for combo in (self.kind, self.rhythm):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        searchable(self.rhythm, list_name="CardiacRhythm")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.value: dict[str, Any] | None = None  # the corrected event (JSON-ready), set by Save

    def accept(self) -> None:
        try:
            at = parse_clock(self.time.text(), self._day, self._zone)
        except BadTime as error:
            self.error.setText(str(error))
            self.error.show()
            self.time.setFocus()
            return
        data = self.cpr_event.model_dump(mode="json")
        data.update(
            at=at.isoformat(),
            kind=self.kind.currentData(),
            energy_joules=self.energy.value() or None,
            rhythm=self.rhythm.currentData(),
        )
        self.value = data
        super().accept()


class VoidDialog(QDialog):
    """Why the event is withdrawn; for an epinephrine event, whether its medication entry goes too."""

    def __init__(self, parent: QWidget, what: str, has_medication: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle("Void event")
        self.setAccessibleName("Void event")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note = QLabel(f"Void {what}? The event and the reason stay in the audit trail.")
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason for the void")
        self.reason.setPlaceholderText("e.g. tapped twice, wrong button")
        form.addRow("Reason", self.reason)
        self.medication = QCheckBox("Void its epinephrine medication entry too")
        self.medication.setChecked(has_medication)
        self.medication.setVisible(has_medication)
        form.addRow(self.medication)
        self.error = QLabel("A void needs its reason.")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Void", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()
