"""Confirm an invasive airway (eAirway.ConfirmationGroup): device picked deliberately, methods, tube depth;
linked to the procedure it confirms; every confirmation correctable or voidable before lock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from epcr.domain.airway import AirwayConfirmation
from epcr.domain.defined_lists import procedures
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.entries import (
    ERROR_STYLE,
    EntryPage,
    crew_options,
    enum_options,
    fill_choice,
    fit_columns,
    fit_combo,
    mark,
    searchable,
)
from epcr.ui.editor.entry_dialog import Field, Kind
from epcr.ui.forms.ui_airway import Ui_AirwayPage

AIRWAY_METHODS = [
    c.AirwayConfirmationMethod.WAVEFORM_ETCO2,
    c.AirwayConfirmationMethod.AUSCULTATION,
    c.AirwayConfirmationMethod.CHEST_RISE,
    c.AirwayConfirmationMethod.VISUALIZATION_OF_VOCAL_CORDS,
    c.AirwayConfirmationMethod.COLORIMETRIC_ETCO2,
    c.AirwayConfirmationMethod.DIGITAL_NUMERIC_ETCO2,
]


def methods_text(confirmation: AirwayConfirmation) -> str:
    methods = confirmation.methods
    return ", ".join(m.label for m in methods) if isinstance(methods, list) else ""


class AirwayPage(EntryPage):
    title, group = "Airway", "airway"
    entry_group, noun = "airway.confirmations", "airway confirmation"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_AirwayPage()
        self.ui.setupUi(self)
        self.ui.device.addItem("", None)  # the crew names the device: none is assumed
        for device in c.AirwayDevice:
            self.ui.device.addItem(device.label, device.value)
        for combo in (self.ui.procedure, self.ui.device):
            fit_combo(combo)
        searchable(self.ui.device, "AirwayDevice")
        self.ui.deviceError.setStyleSheet(ERROR_STYLE)
        self.ui.device.currentIndexChanged.connect(lambda _i: self._device_problem(None))
        for method in AIRWAY_METHODS:
            item = QListWidgetItem(method.label)
            item.setData(Qt.ItemDataRole.UserRole, method.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.methods.addItem(item)
        self.ui.confirm.clicked.connect(self.confirm)
        fit_columns(self.ui.table, 1, 2)
        self.setup_entries(self.ui.table, self.ui.edit, self.ui.void)

    def confirm(self) -> None:
        procedure = self.ui.procedure.currentData()
        if procedure is None:
            self.problem.emit("airway", "add the airway procedure first (Procedures page)")
            return
        device = self.ui.device.currentData()
        if device is None:
            self._device_problem("Device: pick the airway device (eAirway.03)")
            self.problem.emit("airway.confirmations.device", "Device: pick the airway device; not recorded")
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
                "confirmed_at": local_now().isoformat(),  # eAirway.02
                "device": device,  # eAirway.03
                "methods": methods or None,  # eAirway.04
                "tube_depth_cm": int(depth) if depth else None,  # eAirway.05
            },
        )

    def _device_problem(self, message: str | None) -> None:
        self.ui.deviceError.setText(message or "")
        self.ui.deviceError.setVisible(message is not None)
        mark(self.ui.device, message)

    def show_report(self, report: Report, day: date | None) -> None:
        from epcr.rules.checks.airway import INVASIVE_AIRWAYS
        from epcr.rules.checks.common import procedure_codes

        invasive = procedure_codes(*INVASIVE_AIRWAYS)
        placed = [
            (f"{show_value(p.at, day)} {procedures()[p.code].label}", str(p.id))
            for p in report.procedures
            if p.code in invasive
        ]
        fill_choice(self.ui.procedure, placed)
        if self.ui.procedure.currentIndex() <= 0 and placed:
            self.ui.procedure.setCurrentIndex(self.ui.procedure.findData(placed[-1][1]))  # the latest airway
        self.show_entries(report, day)

    def entries(self, report: Report) -> Sequence[AirwayConfirmation]:
        return report.airway.confirmations

    def row(self, a: AirwayConfirmation) -> Sequence[str]:
        return (
            show_value(a.confirmed_at, self.day),  # eAirway.02
            a.device.label if isinstance(a.device, c.AirwayDevice) else "",  # eAirway.03
            methods_text(a),  # eAirway.04
            str(a.tube_depth_cm or ""),  # eAirway.05
        )

    def describe(self, a: AirwayConfirmation) -> str:
        device = a.device.label if isinstance(a.device, c.AirwayDevice) else "airway"
        return f"{device} at {show_value(a.confirmed_at, self.day)}"

    def edit_fields(self, a: AirwayConfirmation) -> list[Field]:
        return [
            Field("confirmed_at", "Time confirmed", Kind.TIME, a.confirmed_at, element="eAirway.02"),
            Field(
                "device",
                "Device",
                Kind.CHOICE,
                a.device,
                enum_options(c.AirwayDevice),
                "eAirway.03",
                "AirwayDevice",
            ),
            Field(
                "methods",
                "Confirmed by (methods)",
                Kind.CHOICES,
                a.methods,
                enum_options(c.AirwayConfirmationMethod),
                "eAirway.04",
            ),
            Field("tube_depth_cm", "Tube depth (cm)", Kind.WHOLE, a.tube_depth_cm, element="eAirway.05"),
            Field(
                "confirmed_by",
                "Confirmed by (role)",
                Kind.CHOICE,
                a.confirmed_by,
                enum_options(c.AirwayConfirmedBy),
                "eAirway.06",
            ),
            Field(
                "confirmed_by_crew_id",
                "Confirmed by (crew member)",
                Kind.CHOICE,
                a.confirmed_by_crew_id,
                crew_options(self.report),
                "eAirway.07",
            ),
        ]

    def focus_path(self, path: str) -> bool:
        if not path.startswith("airway"):
            return False
        if path.endswith("confirmations.device"):
            self.ui.device.setFocus()
            return True
        return self.focus_entry(path) or True
