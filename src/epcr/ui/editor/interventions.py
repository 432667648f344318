"""Care given: procedures (one tap each), bleeding control with tourniquet timers, airway confirmation and
medications. Every entry records who did it, so the scope check can name their level at once."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QPushButton

from epcr.domain.defined_lists import code_for, medications, procedures
from epcr.domain.nemsis import codes as c
from epcr.domain.procedures import Limb
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.page import Page, fill_table
from epcr.ui.forms.ui_airway import Ui_AirwayPage
from epcr.ui.forms.ui_bleeding import Ui_BleedingPage
from epcr.ui.forms.ui_medications import Ui_MedicationsPage
from epcr.ui.forms.ui_procedures import Ui_ProceduresPage

QUICK_PROCEDURES = [
    ("OPA", "Insertion of oropharyngeal airway"),
    ("NPA", "Nasopharyngeal airway insertion"),
    ("BVM", "Bag valve mask ventilation"),
    ("Suction", "Airway suction technique"),
    ("CPR", "Cardiopulmonary resuscitation"),
    ("AED", "Defibrillation using automated external cardiac defibrillator"),
    ("Tourniquet", "Application of tourniquet"),
    ("Wound packing", "Application of chemical hemostatic agents"),
    ("Direct pressure", "Application of pressure to wound"),
    ("Supraglottic airway", "Insertion of Single Lumen Supraglottic Airway Device"),
    ("Intubation", "Orotracheal intubation"),
    ("IV", "Catheterization of vein"),
    ("IO", "Intraosseous cannulation"),
    ("12-lead", "12 lead electrocardiogram"),
]
TOURNIQUET = "Application of tourniquet"


class ProceduresPage(Page):
    title, group = "Procedures", "procedures"

    def __init__(self, me: str) -> None:
        super().__init__()
        self.ui = Ui_ProceduresPage()
        self.ui.setupUi(self)
        self.me, self.report = me, None
        self.performer, self.table = self.ui.performer, self.ui.table
        for n, (label, source) in enumerate(QUICK_PROCEDURES):
            button = QPushButton(label)
            button.setAccessibleName(f"Add procedure: {label}")
            button.clicked.connect(lambda _=False, s=source: self.add_procedure(s))
            self.ui.quick.addWidget(button, n // 5, n % 5)

    def add_procedure(self, source_label: str) -> None:
        now = local_now().isoformat()
        data: dict[str, Any] = {
            "at": now,
            "code": code_for(procedures(), source_label),
            "prior_to_care": c.YesNo.NO.value,
            "attempts": 1,
            "successful": c.YesNo.YES.value,
            **self.performer.performer(self.report),
        }
        if source_label == TOURNIQUET:
            data["bleeding_control"] = {"tourniquet_applied_at": now}
        self.added.emit("procedures", data)

    def show_report(self, report: Report, day: date | None) -> None:
        self.report = report  # type: ignore[assignment]
        self.performer.fill(report, self.me)
        names = procedures()
        fill_table(
            self.table,
            [
                (
                    show_value(p.at, day),
                    names[p.code].label if isinstance(p.code, str) and p.code in names else str(p.code),
                    p.performer_crew_id if isinstance(p.performer_crew_id, str) else "",
                )
                for p in report.procedures
            ],
        )

    def focus_path(self, path: str) -> bool:
        return path.startswith("procedures")


class BleedingPage(Page):
    """Every tourniquet on the report and how long it has been on; limb, conversion, removal in one tap."""

    title, group = "Bleeding control", "procedures.bleeding"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_BleedingPage()
        self.ui.setupUi(self)
        self.report: Report | None = None
        self._ids: list[UUID] = []
        self.tourniquets = self.ui.timers
        self.tourniquets.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.tourniquets.setAccessibleName("Tourniquet timers")
        for limb in Limb:
            self.ui.limb.addItem(limb.value.replace("_", " "), limb.value)
        self.ui.setLimb.clicked.connect(lambda: self._set("tourniquet_limb", self.ui.limb.currentData()))
        self.ui.converted.clicked.connect(
            lambda: self._set("tourniquet_converted_at", local_now().isoformat())
        )
        self.ui.removed.clicked.connect(lambda: self._set("tourniquet_removed_at", local_now().isoformat()))
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.refresh_timers)
        self._clock.start()

    def _set(self, field: str, value: Any) -> None:
        row = self.ui.table.currentRow()
        if not 0 <= row < len(self._ids):
            self.problem.emit("procedures", "select the tourniquet first")
            return
        self.edited.emit(f"procedures[{self._ids[row]}].bleeding_control.{field}", value)

    def _tourniquets(self) -> list[Any]:
        if self.report is None:
            return []
        return [
            p
            for p in self.report.procedures
            if p.bleeding_control and p.bleeding_control.tourniquet_applied_at
        ]

    def show_report(self, report: Report, day: date | None) -> None:
        self.report = report
        found = self._tourniquets()
        self._ids = [p.id for p in found]
        fill_table(
            self.ui.table,
            [
                (
                    show_value(p.bleeding_control.tourniquet_applied_at, day),
                    p.bleeding_control.tourniquet_limb.value.replace("_", " ")
                    if p.bleeding_control.tourniquet_limb
                    else "?",
                    "",
                    show_value(p.bleeding_control.tourniquet_converted_at, day),
                    show_value(p.bleeding_control.tourniquet_removed_at, day),
                )
                for p in found
            ],
        )
        if found and self.ui.table.currentRow() < 0:
            self.ui.table.selectRow(0)
        self.refresh_timers()

    def refresh_timers(self) -> None:
        now, lines = local_now(), []
        for row, p in enumerate(self._tourniquets()):
            detail = p.bleeding_control
            minutes = int((now - detail.tourniquet_applied_at).total_seconds() // 60)
            limb = detail.tourniquet_limb.value.replace("_", " ") if detail.tourniquet_limb else "limb?"
            off = detail.tourniquet_converted_at or detail.tourniquet_removed_at
            state = "off" if off else f"ON {minutes // 60}:{minutes % 60:02d}"
            lines.append(
                f"TOURNIQUET {limb}: {state} (applied {detail.tourniquet_applied_at.astimezone():%H:%M})"
            )
            if row < self.ui.table.rowCount():
                self.ui.table.item(row, 2).setText("" if off else f"{minutes // 60}:{minutes % 60:02d}")
        self.tourniquets.setText("\n".join(lines) or "No tourniquet on this patient.")

    def focus_path(self, path: str) -> bool:
        return "bleeding_control" in path


AIRWAY_METHODS = [
    c.AirwayConfirmationMethod.WAVEFORM_ETCO2,
    c.AirwayConfirmationMethod.AUSCULTATION,
    c.AirwayConfirmationMethod.CHEST_RISE,
    c.AirwayConfirmationMethod.VISUALIZATION_OF_VOCAL_CORDS,
    c.AirwayConfirmationMethod.COLORIMETRIC_ETCO2,
    c.AirwayConfirmationMethod.DIGITAL_NUMERIC_ETCO2,
]


class AirwayPage(Page):
    """Confirm an invasive airway: device, methods, tube depth; linked to the procedure it confirms."""

    title, group = "Airway", "airway"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_AirwayPage()
        self.ui.setupUi(self)
        for device in c.AirwayDevice:
            self.ui.device.addItem(device.label, device.value)
        for method in AIRWAY_METHODS:
            item = QListWidgetItem(method.label)
            item.setData(Qt.ItemDataRole.UserRole, method.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.methods.addItem(item)
        self.ui.confirm.clicked.connect(self.confirm)

    def confirm(self) -> None:
        procedure = self.ui.procedure.currentData()
        if procedure is None:
            self.problem.emit("airway", "add the airway procedure first (Procedures page)")
            return
        methods = [
            self.ui.methods.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ui.methods.count())
            if self.ui.methods.item(i).checkState() == Qt.CheckState.Checked
        ]
        depth = self.ui.tubeDepth.text().strip()
        if depth and not depth.isdigit():
            self.problem.emit("airway.confirmations", f"tube depth {depth!r} is not a whole number of cm")
            return
        self.added.emit(
            "airway.confirmations",
            {
                "procedure_id": procedure,
                "confirmed_at": local_now().isoformat(),
                "device": self.ui.device.currentData(),
                "methods": methods or None,
                "tube_depth_cm": int(depth) if depth else None,
            },
        )

    def show_report(self, report: Report, day: date | None) -> None:
        from epcr.rules.checks.airway import INVASIVE_AIRWAYS
        from epcr.rules.checks.common import procedure_codes

        invasive = procedure_codes(*INVASIVE_AIRWAYS)
        self.ui.procedure.clear()
        for p in report.procedures:
            if p.code in invasive:
                self.ui.procedure.addItem(f"{show_value(p.at, day)} {procedures()[p.code].label}", str(p.id))
        fill_table(
            self.ui.table,
            [
                (
                    show_value(a.confirmed_at, day),
                    a.device.label if isinstance(a.device, c.AirwayDevice) else "",
                    ", ".join(m.label for m in a.methods) if isinstance(a.methods, list) else "",
                    str(a.tube_depth_cm or ""),
                )
                for a in report.airway.confirmations
            ],
        )

    def focus_path(self, path: str) -> bool:
        return path.startswith("airway")


class MedicationsPage(Page):
    title, group = "Medications", "medications"

    def __init__(self, me: str) -> None:
        super().__init__()
        self.ui = Ui_MedicationsPage()
        self.ui.setupUi(self)
        self.me, self.report = me, None
        self.drug, self.route, self.dose, self.unit = self.ui.drug, self.ui.route, self.ui.dose, self.ui.unit
        self.performer, self.table = self.ui.performer, self.ui.table
        self.drug.setEditable(True)
        for code, entry in sorted(medications().items(), key=lambda kv: kv[1].label):
            self.drug.addItem(f"{entry.label} ({code})", code)
        self.drug.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # type-ahead anywhere in the name
        for route in c.MedicationRoute:
            self.route.addItem(route.label, route.value)
        for unit in c.DoseUnit:
            self.unit.addItem(unit.label, unit.value)
        self.ui.give.clicked.connect(self.give)

    def give(self) -> None:
        try:
            dose = float(self.dose.text().replace(",", ".")) if self.dose.text().strip() else None
        except ValueError:
            self.problem.emit("medications", f"dose {self.dose.text()!r} is not a number")
            return
        self.added.emit(
            "medications",
            {
                "at": local_now().isoformat(),
                "code": self.drug.currentData(),
                "prior_to_care": c.YesNo.NO.value,
                "route": self.route.currentData(),
                "dose": dose,
                "dose_unit": self.unit.currentData(),
                **self.performer.performer(self.report),
            },
        )

    def show_report(self, report: Report, day: date | None) -> None:
        self.report = report  # type: ignore[assignment]
        self.performer.fill(report, self.me)
        names = medications()
        rows = []
        for m in report.medications:
            entry = names.get(m.code) if isinstance(m.code, str) else None
            unit = m.dose_unit.label if isinstance(m.dose_unit, c.DoseUnit) else ""
            rows.append(
                (
                    show_value(m.at, day),
                    entry.label if entry else str(m.code),
                    m.route.label if isinstance(m.route, c.MedicationRoute) else "",
                    f"{m.dose:g} {unit}" if isinstance(m.dose, float) else "",
                    m.performer_crew_id if isinstance(m.performer_crew_id, str) else "",
                )
            )
        fill_table(self.table, rows)

    def focus_path(self, path: str) -> bool:
        return path.startswith("medications")
