"""Medications given (eMedications): drug, dose, unit and route picked deliberately (nothing preselected), the
units that fit the drug, a question before a second dose of the same drug within two minutes, and every entry
correctable or voidable before lock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QWidget

from epcr.domain.defined_lists import medications
from epcr.domain.dosing import (
    DoseTable,
    active_dose_table,
    dose_text,
    route_abbreviation,
    unit_abbreviation,
    weight_recorded,
)
from epcr.domain.medications import Medication
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.domain.standard_doses import StandardDose, active_standard_doses
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.entries import (
    ERROR_STYLE,
    EntryPage,
    chosen,
    crew_options,
    crew_short,
    enum_options,
    fill_choice,
    fill_performer,
    fit_columns,
    fit_combo,
    mark,
    searchable,
)
from epcr.ui.editor.entry_dialog import EntryDialog, Field, Kind, Option
from epcr.ui.fit import ButtonRows
from epcr.ui.forms.ui_medications import Ui_MedicationsPage

AGAIN_WITHIN = timedelta(minutes=2)  # a second dose of the same drug this soon is asked about first
LABELS = {"code": "Medication", "dose": "Dose", "dose_unit": "Unit", "route": "Route"}


def unit_words(unit: c.DoseUnit) -> str:
    """ "mg (Milligrams)": the short name first, as it is read back."""
    return f"{unit_abbreviation(unit)} ({unit.label.split(' (')[0]})"


def route_words(route: c.MedicationRoute) -> str:
    """ "Sublingual (SL)"; labels that already carry their abbreviation stay as they are."""
    short = route_abbreviation(route)
    return route.label if short.casefold() in route.label.casefold() else f"{route.label} ({short})"


def drug_name(code: Any) -> str:
    entry = medications().get(code) if isinstance(code, str) else None
    return entry.label if entry else str(code or "")


def ago(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60} s"


class MedicationsPage(EntryPage):
    title, group = "Medications", "medications"
    entry_group, noun = "medications", "medication"

    def __init__(self, me: str, home: Path | None = None) -> None:
        super().__init__()
        self.ui = Ui_MedicationsPage()
        self.ui.setupUi(self)
        self.me = me
        self.drug, self.route, self.dose, self.unit = self.ui.drug, self.ui.route, self.ui.dose, self.ui.unit
        self.performer, self.table = self.ui.performer, self.ui.table
        active = active_dose_table(home)
        self.doses: DoseTable = active.table
        if active.problems:  # the agency's file was refused: say so where the units are picked
            self.ui.notice.setText("Agency dose units not used: " + "; ".join(active.problems))
            self.ui.notice.setStyleSheet(ERROR_STYLE)
            self.ui.notice.show()
        self._weight = False
        self._given: list[tuple[str, datetime, str]] = []  # doses sent from here, not yet in the report
        self.errors: dict[str, QLabel] = {
            "code": self.ui.drugError,
            "dose": self.ui.doseError,
            "dose_unit": self.ui.doseError,
            "route": self.ui.routeError,
        }
        for label in set(self.errors.values()):
            label.setStyleSheet(ERROR_STYLE)
        self.drug.addItem("", None)  # nothing picked until the crew picks it
        for code, entry in sorted(medications().items(), key=lambda kv: kv[1].label):
            self.drug.addItem(f"{entry.label} ({code})", code)
        for combo in (self.drug, self.route, self.unit, self.performer):
            fit_combo(combo)
        self._fill_for_drug()
        for combo, name in (
            (self.drug, "Medication"),
            (self.route, "MedicationRoute"),
            (self.unit, "DoseUnit"),
        ):
            searchable(combo, name)
        self.drug.currentIndexChanged.connect(self._drug_changed)
        self.unit.currentIndexChanged.connect(lambda _i: self._clear("dose_unit"))
        self.route.currentIndexChanged.connect(lambda _i: self._clear("route"))
        self.dose.textEdited.connect(lambda _t: self._clear("dose"))
        self.ui.give.clicked.connect(self.give)
        self._standard_doses(home)
        fit_columns(self.table, 1)
        self.setup_entries(self.table, self.ui.edit, self.ui.void)

    # -- the entry row ------------------------------------------------------------------------------------

    def _standard_doses(self, home: Path | None) -> None:
        """One tap per protocol dose fills the entry row (read it, then Give): five picks become two taps."""
        active = active_standard_doses(home)
        if active.problems:
            self.ui.notice.setText("\n".join(filter(None, [self.ui.notice.text(), *active.problems])))
            self.ui.notice.setStyleSheet(ERROR_STYLE)
            self.ui.notice.show()
        buttons = []
        for standard in active.doses:
            button = QPushButton(standard.label)
            button.setAccessibleName(f"Standard dose: {standard.label}")
            button.setToolTip("Fills drug, dose, unit and route; tap Give to record it")
            button.clicked.connect(lambda _=False, d=standard: self.fill_standard(d))
            buttons.append(button)
        box = ButtonRows(buttons, most=3)
        box.setObjectName("standardDoses")
        self.ui.outer.insertWidget(1, box)

    def fill_standard(self, standard: StandardDose) -> None:
        for combo, value in ((self.drug, standard.drug),):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._fill_for_drug()
        self.dose.setText(f"{standard.dose:g}")
        self.unit.setCurrentIndex(max(self.unit.findData(standard.unit.value), 0))
        self.route.setCurrentIndex(max(self.route.findData(standard.route.value), 0))
        for key in self.errors:
            self._clear(key)
        self.ui.give.setFocus()  # the next tap is Give, or Enter

    def _drug_changed(self) -> None:
        self._clear("code")
        self._fill_for_drug()

    def _fill_for_drug(self) -> None:
        """Units that fit the chosen drug (per kilogram only with a weight), its typical routes first."""
        code = self.drug.currentData()
        units = [(unit_words(u), u.value) for u in self.doses.units_for(code, self._weight)]
        fill_choice(self.unit, units)
        typical = len(self.doses.dosing(code).routes)
        fill_choice(self.route, [(route_words(r), r.value) for r in self.doses.routes_for(code)], typical)

    def give(self) -> None:
        """Record the dose now; a missing or wrong field is named beside it and nothing is recorded."""
        for key in self.errors:
            self._clear(key)
        wrong: dict[str, str] = {}
        code = chosen(self.drug)
        if code is None:
            wrong["code"] = unpicked(self.drug, "pick the medication")
        dose = None
        text = self.dose.text().strip()
        try:
            dose = float(text.replace(",", "."))
            if dose <= 0:
                wrong["dose"] = f"{text!r} must be more than 0"
        except ValueError:
            wrong["dose"] = f"{text!r} is not a number" if text else "enter the dose"
        unit, route = chosen(self.unit), chosen(self.route)
        if unit is None:
            wrong["dose_unit"] = unpicked(self.unit, "pick the unit")
        if route is None:
            wrong["route"] = unpicked(self.route, "pick the route")
        if wrong:
            for key, message in wrong.items():
                self._show(key, f"{LABELS[key]}: {message}")
                self.problem.emit(f"medications.{key}", f"{LABELS[key]}: {message}; nothing recorded")
            return
        assert code is not None and unit is not None and route is not None
        now = local_now()
        said = dose_text(dose, c.DoseUnit(unit), c.MedicationRoute(route))
        if not self._confirm_again(code, now):
            return
        self.added.emit(
            "medications",
            {
                "at": now.isoformat(),  # eMedications.01
                "code": code,  # eMedications.03
                "prior_to_care": c.YesNo.NO.value,  # eMedications.02
                "route": route,  # eMedications.04
                "dose": dose,  # eMedications.05
                "dose_unit": unit,  # eMedications.06
                **self.performer.performer(self.report),  # eMedications.09, .10
            },
        )
        self._given.append((code, now, said))
        self.dose.clear()  # the next entry starts blank: nothing carried over from this one
        for combo in (self.drug, self.route, self.unit):
            combo.setCurrentIndex(0)

    def _confirm_again(self, code: str, now: datetime) -> bool:
        """A second Give of the same drug in two minutes asks first (a double tap, a dose charted twice)."""
        recent = [
            (m.at, dose_text(m.dose, m.dose_unit, m.route))
            for m in (self.report.medications if self.report else [])
            if m.code == code and isinstance(m.at, datetime) and m.pertinent_negative is None
        ] + [(at, said) for given, at, said in self._given if given == code]
        recent = [(at, said) for at, said in recent if abs(now - at) <= AGAIN_WITHIN]
        if not recent:
            return True
        at, said = max(recent, key=lambda pair: pair[0])
        answer = QMessageBox.question(
            self,
            "Give again?",
            f"{drug_name(code)} {said} was recorded {ago(now - at)} ago.\n\nRecord another dose now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, key: str, message: str) -> None:
        label = self.errors[key]
        text = label.text()
        label.setText(f"{text}\n{message}" if text and label.isVisible() else message)
        label.show()
        mark(self._widget(key), message)

    def _clear(self, key: str) -> None:
        label = self.errors[key]
        if label.isVisible():
            label.hide()
            label.clear()
        for k, other in self.errors.items():
            if other is label:
                mark(self._widget(k), None)

    def _widget(self, key: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "code": self.drug,
            "dose": self.dose,
            "dose_unit": self.unit,
            "route": self.route,
        }
        return widgets[key]

    # -- the table of doses given ---------------------------------------------------------------------------

    def show_report(self, report: Report, day: date | None) -> None:
        fill_performer(self.performer, report, self.me)
        weight = weight_recorded(report)
        if weight != self._weight:  # a weight was recorded or cleared: per-kilogram units come or go
            self._weight = weight
            self._fill_for_drug()
        self._given = [g for g in self._given if local_now() - g[1] <= AGAIN_WITHIN]
        self.show_entries(report, day)

    def entries(self, report: Report) -> Sequence[Medication]:
        return report.medications

    def row(self, m: Medication) -> Sequence[str]:
        name = drug_name(m.code)
        if m.pertinent_negative is not None:
            name += f" (not given: {m.pertinent_negative.label})"
        return (
            show_value(m.at, self.day),  # eMedications.01
            name,  # eMedications.03
            dose_text(m.dose, m.dose_unit),  # eMedications.05, .06
            dose_text(None, None, m.route),  # eMedications.04
            crew_short(self.report, m.performer_crew_id),  # eMedications.09
        )

    def describe(self, m: Medication) -> str:
        said = dose_text(m.dose, m.dose_unit, m.route)
        return " ".join(x for x in (drug_name(m.code), said, "at", show_value(m.at, self.day)) if x)

    def edit_fields(self, m: Medication) -> list[Field]:
        code = m.code if isinstance(m.code, str) else None
        drugs = [(f"{e.label} ({k})", k) for k, e in sorted(medications().items(), key=lambda x: x[1].label)]
        return [
            Field("at", "Time given", Kind.TIME, m.at, element="eMedications.01"),
            Field("code", "Medication", Kind.CHOICE, m.code, drugs, "eMedications.03", "Medication"),
            Field("dose", "Dose", Kind.NUMBER, m.dose, element="eMedications.05"),
            Field(
                "dose_unit",
                "Unit",
                Kind.CHOICE,
                m.dose_unit,
                self._units(code),
                "eMedications.06",
                "DoseUnit",
            ),
            Field(
                "route",
                "Route",
                Kind.CHOICE,
                m.route,
                self._routes(code),
                "eMedications.04",
                "MedicationRoute",
            ),
            Field(
                "performer_crew_id",
                "Given by",
                Kind.CHOICE,
                m.performer_crew_id,
                crew_options(self.report),
                "eMedications.09",
            ),
            Field(
                "response",
                "Response",
                Kind.CHOICE,
                m.response,
                enum_options(c.InterventionResponse),
                "eMedications.07",
            ),
            Field(
                "authorization",
                "Authorization",
                Kind.CHOICE,
                m.authorization,
                enum_options(c.Authorization),
                "eMedications.11",
            ),
            Field(
                "authorizing_physician",
                "Authorizing physician",
                Kind.TEXT,
                m.authorizing_physician,
                element="eMedications.12",
            ),
            Field(
                "justification",
                "Confirm as recorded: what happened (care outside scope or limits)",
                Kind.TEXT,
                m.justification,
            ),
        ]

    def prepare(self, dialog: EntryDialog, entry: Medication) -> None:
        drug = dialog.combo("code")

        def refill() -> None:
            dialog.set_options("dose_unit", self._units(drug.currentData()))
            dialog.set_options("route", self._routes(drug.currentData()))

        drug.currentIndexChanged.connect(refill)

    def _units(self, code: str | None) -> list[Option]:
        return [(unit_words(u), u.value) for u in self.doses.units_for(code, self._weight)]

    def _routes(self, code: str | None) -> list[Option]:
        return [(route_words(r), r.value) for r in self.doses.routes_for(code)]

    def focus_path(self, path: str) -> bool:
        if not path.startswith("medications"):
            return False
        key = path.rsplit(".", 1)[-1]
        if "[" not in path and key in self.errors:
            self._widget(key).setFocus()
            return True
        return self.focus_entry(path) or True


def unpicked(combo: QComboBox, ask: str) -> str:
    """Why nothing is chosen: typed text that names no entry, or nothing picked yet."""
    text = combo.currentText().strip()
    return f"{text!r} is not in the list: pick one of the matches" if text else ask
