"""Who the patient is. With a date of birth (ePatient.17), age and its units (ePatient.15/.16) are worked out
from it and the call's date (epcr.domain.age), shown and never typed, like the GCS total; without one the crew
types an estimate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from epcr.domain.age import patient_age
from epcr.domain.report import Report, Status
from epcr.ui.editor.page import FormPage
from epcr.ui.forms.ui_patient import Ui_PatientPage

TYPED_TIP = "Without a date of birth: type the age (an estimate is fine)"


class PatientPage(FormPage):
    def __init__(self) -> None:
        super().__init__(Ui_PatientPage, "Patient", "patient")

    def show_report(self, report: Report, day: date | None) -> None:
        super().show_report(report, day)
        age, units, draft = self.ui.age, self.ui.ageUnits, report.status is Status.DRAFT
        derived = patient_age(report)
        age.setReadOnly(derived is not None)
        age.setFocusPolicy(Qt.FocusPolicy.NoFocus if derived else Qt.FocusPolicy.StrongFocus)  # Tab skips it
        units.setEnabled(derived is None and draft)
        tip = f"{derived}, from the date of birth and the call's date" if derived else TYPED_TIP
        for widget in (age, units):
            if not widget.property("invalid"):  # a refused entry's tooltip says why; keep it
                widget.setToolTip(tip)
        if derived is None:
            return
        if age.text() != str(derived.value):  # shown at once; the store's echo confirms it
            age.setText(str(derived.value))
        units.setCurrentIndex(max(units.findData(derived.units.value), 0))
        if draft and report.patient.age != derived.value:
            self.edited.emit("patient.age", derived.value)
        if draft and report.patient.age_units != derived.units:
            self.edited.emit("patient.age_units", derived.units.value)


__all__ = ["PatientPage"]
