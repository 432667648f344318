"""Section pages of the report editor. Form pages come from Designer files (forms/*.ui); the repeating groups
(vitals, procedures, medications, CPR events, signatures) are tables with one-tap entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from epcr.domain.arrest import CprEventKind
from epcr.domain.defined_lists import code_for, medications, procedures
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import FieldBinder, ValueError_, local_now, parse_text, show_value, value_at
from epcr.ui.forms.ui_disposition import Ui_DispositionPage
from epcr.ui.forms.ui_incident import Ui_IncidentPage
from epcr.ui.forms.ui_patient import Ui_PatientPage
from epcr.ui.forms.ui_situation import Ui_SituationPage

Save = Callable[[str, Any], None]  # save_field(path, value)
Add = Callable[[str, dict[str, Any]], None]  # add_entry(group, data)


class Page(QWidget):
    title = ""
    edited = Signal(str, object)  # path, value: a committed edit for the worker
    added = Signal(str, object)  # group, data: a new entry for the worker
    problem = Signal(str, str)

    def show_report(self, report: Report, day: date | None) -> None:
        """Show the report's values; each page overrides it."""

    def focus_path(self, path: str) -> bool:
        """Put the cursor on the field a finding names; False when it is not on this page."""
        return False

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QPushButton, QPlainTextEdit, QTableWidget)):
                widget.setEnabled(not read_only)


class FormPage(Page):
    """A Designer form whose widgets carry `path` properties."""

    def __init__(self, ui_class: type, title: str) -> None:
        super().__init__()
        self.title = title
        self.ui = ui_class()
        self.ui.setupUi(self)
        self.binder = FieldBinder(self)
        self.binder.committed.connect(self.edited)
        self.binder.problem.connect(self.problem)

    def show_report(self, report: Report, day: date | None) -> None:
        self.binder.day = day
        self.binder.load({path: value_at(report, path) for path in self.binder.widgets})

    def focus_path(self, path: str) -> bool:
        widget = self.binder.widgets.get(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def form_pages() -> list[Page]:
    return [
        FormPage(Ui_IncidentPage, "Incident and times"),
        FormPage(Ui_PatientPage, "Patient"),
        FormPage(Ui_SituationPage, "Situation and assessment"),
    ]


class NarrativePage(Page):
    title = "Narrative"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Narrative")
        self.text.setPlaceholderText("What happened, what you found, what you did, how the patient responded")
        layout.addWidget(self.text)
        self._saved = ""
        self._timer = QTimer(self, singleShot=True, interval=1500)  # save after a pause in typing
        self._timer.timeout.connect(self.commit)
        self.text.textChanged.connect(self._timer.start)

    def commit(self) -> None:
        text = self.text.toPlainText()
        if text != self._saved:
            self._saved = text
            self.edited.emit("narrative.text", text or None)

    def show_report(self, report: Report, day: date | None) -> None:
        self._saved = report.narrative.text or ""
        self.text.blockSignals(True)
        self.text.setPlainText(self._saved)
        self.text.blockSignals(False)

    def focus_path(self, path: str) -> bool:
        if path.startswith("narrative"):
            self.text.setFocus()
            return True
        return False


# ------------------------------------------------------------------------------------------------ vitals

VITAL_COLUMNS = [
    ("taken_at", "Time"),
    ("sbp", "SBP"),
    ("dbp", "DBP"),
    ("heart_rate", "HR"),
    ("respiratory_rate", "RR"),
    ("spo2", "SpO2"),
    ("etco2", "ETCO2"),
    ("glucose", "Glucose"),
    ("pain_score", "Pain"),
]
TREND = [
    ("heart_rate", "HR", "#d62728"),
    ("sbp", "SBP", "#1f77b4"),
    ("spo2", "SpO2", "#2ca02c"),
    ("respiratory_rate", "RR", "#9467bd"),
    ("etco2", "ETCO2", "#ff7f0e"),
]


class TrendChart(QWidget):
    """HR, SBP, SpO2, RR and ETCO2 over the call, drawn with QPainter (no chart library to load)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(180)
        self.setAccessibleName("Vital signs trend")
        self.points: dict[str, list[tuple[float, float]]] = {}

    def plot(self, rows: list[dict[str, Any]]) -> None:
        self.points = {}
        for field, _, _ in TREND:
            series = [
                (r["_t"], float(r[field])) for r in rows if isinstance(r.get(field), int) and r.get("_t")
            ]
            self.points[field] = series
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(40, 10, -10, -24)
        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.drawRect(rect)
        times = [t for series in self.points.values() for t, _ in series]
        if not times:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "no vital signs yet")
            return
        first, last = min(times), max(times)
        span = max(last - first, 60.0)
        top = 220.0
        for index, (field, label, colour) in enumerate(TREND):
            series = self.points.get(field, [])
            painter.setPen(QPen(QColor(colour), 2))
            painter.drawText(rect.left() + 4 + index * 60, rect.bottom() + 18, label)
            path = QPainterPath()
            for n, (t, v) in enumerate(series):
                point = QPointF(
                    rect.left() + (t - first) / span * rect.width(),
                    rect.bottom() - min(v, top) / top * rect.height(),
                )
                path.moveTo(point) if n == 0 else path.lineTo(point)
                painter.drawEllipse(point, 3, 3)
            painter.drawPath(path)


class VitalsPage(Page):
    title = "Vital signs"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add = QPushButton("Add vital signs (now)")
        self.add.setAccessibleName("Add a set of vital signs, timed now")
        self.add.clicked.connect(
            lambda: self.added.emit(
                "vitals", {"taken_at": local_now().isoformat(), "prior_to_care": c.YesNo.NO.value}
            )
        )
        bar.addWidget(self.add)
        bar.addStretch()
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(VITAL_COLUMNS))
        self.table.setAccessibleName("Vital signs")
        self.table.setHorizontalHeaderLabels([label for _, label in VITAL_COLUMNS])
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table, 2)
        self.chart = TrendChart()
        layout.addWidget(self.chart, 1)
        self._ids: list[str] = []
        self._day: date | None = None
        self._loading = False

    def show_report(self, report: Report, day: date | None) -> None:
        self._day = day
        self._loading = True
        self.table.setRowCount(len(report.vitals))
        self._ids = [str(v.id) for v in report.vitals]
        rows = []
        for r, vitals in enumerate(report.vitals):
            values = {field: getattr(vitals, field) for field, _ in VITAL_COLUMNS}
            values["_t"] = vitals.taken_at.timestamp() if isinstance(vitals.taken_at, datetime) else None
            rows.append(values)
            for col, (field, _) in enumerate(VITAL_COLUMNS):
                self.table.setItem(r, col, QTableWidgetItem(show_value(values[field], day)))
        self._loading = False
        self.chart.plot(rows)
        if report.vitals:
            self.table.scrollToBottom()

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        field = VITAL_COLUMNS[item.column()][0]
        path = f"vitals[{self._ids[item.row()]}].{field}"
        try:
            value = parse_text(path, item.text(), self._day)
        except ValueError_ as error:
            self.problem.emit(path, str(error))
            return
        self.edited.emit(path, value)

    def focus_path(self, path: str) -> bool:
        for row, entry in enumerate(self._ids):
            if f"vitals[{entry}]" in path:
                field = path.rsplit(".", 1)[-1]
                col = next((i for i, (f, _) in enumerate(VITAL_COLUMNS) if f == field), 0)
                self.table.setCurrentCell(row, col)
                self.table.setFocus()
                return True
        return False


# ------------------------------------------------------------------------------------------------ code mode

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

    title = "Cardiac arrest: code mode"

    def __init__(self, monotonic: Callable[[], float]) -> None:
        super().__init__()
        self._monotonic = monotonic
        self._cycle_start: float | None = None
        layout = QHBoxLayout(self)
        grid = QGridLayout()
        for n, (kind, label) in enumerate(CODE_BUTTONS):
            button = QPushButton(label)
            button.setProperty("role", "code")
            button.setAccessibleName(label.replace("\n", " "))
            button.clicked.connect(lambda _=False, k=kind: self.stamp(k))
            grid.addWidget(button, n // 4, n % 4)
        layout.addLayout(grid, 3)
        side = QVBoxLayout()
        self.timer_label = QLabel("2:00")
        self.timer_label.setObjectName("cprTimer")
        self.timer_label.setAccessibleName("CPR cycle timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(QLabel("CPR cycle"))
        side.addWidget(self.timer_label)
        self.log = QListWidget()
        self.log.setAccessibleName("Code events")
        side.addWidget(self.log, 1)
        layout.addLayout(side, 1)
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


# ------------------------------------------------------------------------------------------------ procedures

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


class PerformerPicker(QComboBox):
    """Who did it: a crew member of this report (their level goes into eProcedures.10 / eMedications.10)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Performed by")

    def fill(self, report: Report, me: str) -> None:
        current = self.currentData() or me
        self.clear()
        for member in report.crew:
            level = member.level.value if member.level else "level unknown"
            self.addItem(f"{member.name or member.member_id} ({level})", member.member_id)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))

    def performer(self, report: Report | None) -> dict[str, Any]:
        member_id = self.currentData()
        if report is None or member_id is None:
            return {}
        member = next((m for m in report.crew if m.member_id == member_id), None)
        data: dict[str, Any] = {"performer_crew_id": member_id}
        if member is not None and member.level is not None:
            data["performer_level"] = member.level.caregiver_code.value
        return data


class ProceduresPage(Page):
    title = "Procedures and bleeding control"

    def __init__(self, me: str) -> None:
        super().__init__()
        self.me, self.report = me, None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Performed by"))
        self.performer = PerformerPicker()
        row.addWidget(self.performer, 1)
        layout.addLayout(row)
        grid = QGridLayout()
        for n, (label, source) in enumerate(QUICK_PROCEDURES):
            button = QPushButton(label)
            button.setAccessibleName(f"Add procedure: {label}")
            button.clicked.connect(lambda _=False, s=source: self.add_procedure(s))
            grid.addWidget(button, n // 5, n % 5)
        layout.addLayout(grid)
        self.tourniquets = QLabel()
        self.tourniquets.setAccessibleName("Tourniquet timers")
        self.tourniquets.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.tourniquets)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Time", "Procedure", "Performer", "Scope"])
        self.table.setAccessibleName("Procedures")
        layout.addWidget(self.table, 1)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._refresh_tourniquets)
        self._clock.start()

    def add_procedure(self, source_label: str) -> None:
        code = code_for(procedures(), source_label)
        now = local_now().isoformat()
        data: dict[str, Any] = {
            "at": now,
            "code": code,
            "prior_to_care": c.YesNo.NO.value,
            "attempts": 1,
            "successful": c.YesNo.YES.value,
            **self.performer.performer(self.report),
        }
        if source_label == "Application of tourniquet":
            data["bleeding_control"] = {"tourniquet_applied_at": now}
        self.added.emit("procedures", data)

    def show_report(self, report: Report, day: date | None) -> None:
        self.report = report  # type: ignore[assignment]
        self.performer.fill(report, self.me)
        self.table.setRowCount(len(report.procedures))
        names = procedures()
        for r, p in enumerate(report.procedures):
            entry = names.get(p.code) if isinstance(p.code, str) else None
            label = entry.label if entry else str(p.code)
            performer = p.performer_crew_id if isinstance(p.performer_crew_id, str) else ""
            for col, text in enumerate((show_value(p.at, day), label, performer, "")):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self._refresh_tourniquets()

    def _refresh_tourniquets(self) -> None:
        report = self.report
        if report is None:
            return
        lines = []
        now = local_now()
        for p in report.procedures:  # type: ignore[attr-defined]
            detail = p.bleeding_control
            if detail is None or detail.tourniquet_applied_at is None:
                continue
            if detail.tourniquet_converted_at or detail.tourniquet_removed_at:
                continue
            minutes = int((now - detail.tourniquet_applied_at).total_seconds() // 60)
            limb = detail.tourniquet_limb.value.replace("_", " ") if detail.tourniquet_limb else "limb?"
            lines.append(
                f"TOURNIQUET {limb}: on {minutes // 60}:{minutes % 60:02d} since "
                f"{detail.tourniquet_applied_at.astimezone().strftime('%H:%M')}"
            )
        self.tourniquets.setText("\n".join(lines))


class MedicationsPage(Page):
    title = "Medications"

    def __init__(self, me: str) -> None:
        super().__init__()
        self.me, self.report = me, None
        layout = QVBoxLayout(self)
        form = QGridLayout()
        self.drug = QComboBox(editable=True)
        self.drug.setAccessibleName("Medication")
        for code, entry in sorted(medications().items(), key=lambda kv: kv[1].label):
            self.drug.addItem(f"{entry.label} ({code})", code)
        self.drug.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.route = QComboBox()
        self.route.setAccessibleName("Route")
        for member in c.MedicationRoute:
            self.route.addItem(member.label, member.value)
        self.dose = QLineEdit()
        self.dose.setAccessibleName("Dose")
        self.unit = QComboBox()
        self.unit.setAccessibleName("Dose unit")
        for unit in c.DoseUnit:
            self.unit.addItem(unit.label, unit.value)
        self.performer = PerformerPicker()
        add = QPushButton("Give (now)")
        add.setAccessibleName("Record medication given now")
        add.clicked.connect(self.give)
        for col, (label, widget) in enumerate(
            (
                ("Drug", self.drug),
                ("Route", self.route),
                ("Dose", self.dose),
                ("Unit", self.unit),
                ("By", self.performer),
            )
        ):
            form.addWidget(QLabel(label), 0, col)
            form.addWidget(widget, 1, col)
        form.addWidget(add, 1, 5)
        layout.addLayout(form)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Time", "Medication", "Route", "Dose", "By"])
        self.table.setAccessibleName("Medications given")
        layout.addWidget(self.table, 1)

    def give(self) -> None:
        try:
            dose = float(self.dose.text().replace(",", ".")) if self.dose.text().strip() else None
        except ValueError:
            self.problem.emit("medications", f"dose {self.dose.text()!r} is not a number")
            return
        data = {
            "at": local_now().isoformat(),
            "code": self.drug.currentData(),
            "prior_to_care": c.YesNo.NO.value,
            "route": self.route.currentData(),
            "dose": dose,
            "dose_unit": self.unit.currentData(),
            **self.performer.performer(self.report),
        }
        self.added.emit("medications", data)

    def show_report(self, report: Report, day: date | None) -> None:
        self.report = report  # type: ignore[assignment]
        self.performer.fill(report, self.me)
        self.table.setRowCount(len(report.medications))
        names = medications()
        for r, m in enumerate(report.medications):
            entry = names.get(m.code) if isinstance(m.code, str) else None
            route = m.route.label if isinstance(m.route, c.MedicationRoute) else ""
            dose = (
                f"{m.dose:g} {m.dose_unit.label if isinstance(m.dose_unit, c.DoseUnit) else ''}"
                if isinstance(m.dose, float)
                else ""
            )
            by = m.performer_crew_id if isinstance(m.performer_crew_id, str) else ""
            for col, text in enumerate(
                (show_value(m.at, day), entry.label if entry else str(m.code), route, dose, by)
            ):
                self.table.setItem(r, col, QTableWidgetItem(text))


# ------------------------------------------------------------------------------------------------ signatures


class SignaturePad(QWidget):
    """Finger or stylus strokes, kept as an image (eOther.18)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(420, 160)
        self.setAccessibleName("Signature pad")
        self.strokes: list[QPainterPath] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        path = QPainterPath(event.position())
        self.strokes.append(path)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.strokes:
            self.strokes[-1].lineTo(event.position())
            self.update()

    def clear(self) -> None:
        self.strokes = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#202020"), 1))
        painter.drawLine(10, self.height() - 30, self.width() - 10, self.height() - 30)
        painter.setPen(QPen(QColor("black"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for stroke in self.strokes:
            painter.drawPath(stroke)

    def png_base64(self) -> str | None:
        if not self.strokes:
            return None
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QPen(QColor("black"), 3))
        for stroke in self.strokes:
            painter.drawPath(stroke)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(data.toBase64().data()).decode("ascii")


class SignaturesPage(Page):
    title = "Signatures"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.signer = QComboBox()
        self.signer.setAccessibleName("Who signs")
        for member in c.SignerType:
            self.signer.addItem(member.label, member.value)
        self.last_name, self.first_name = QLineEdit(), QLineEdit()
        self.last_name.setPlaceholderText("Last name")
        self.first_name.setPlaceholderText("First name")
        self.last_name.setAccessibleName("Signer last name")
        self.first_name.setAccessibleName("Signer first name")
        for widget in (self.signer, self.last_name, self.first_name):
            row.addWidget(widget)
        layout.addLayout(row)
        self.pad = SignaturePad()
        layout.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        clear, save = QPushButton("Clear"), QPushButton("Save signature")
        clear.clicked.connect(self.pad.clear)
        save.clicked.connect(self.save)
        save.setAccessibleName("Save signature")
        buttons.addWidget(clear)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        self.list = QListWidget()
        self.list.setAccessibleName("Signatures on this report")
        layout.addWidget(self.list)

    def save(self) -> None:
        image = self.pad.png_base64()
        data = {
            "signer_type": self.signer.currentData(),
            "signed_at": local_now().isoformat(),
            "last_name": self.last_name.text() or None,
            "first_name": self.first_name.text() or None,
            "status": c.SignatureStatus.SIGNED.value if image else c.SignatureStatus.NOT_SIGNED_REFUSED.value,
            "file_type": "image/png" if image else None,
            "image_base64": image,
        }
        self.added.emit("signatures", data)
        self.pad.clear()

    def show_report(self, report: Report, day: date | None) -> None:
        self.list.clear()
        for s in report.signatures:
            who = " ".join(x for x in (s.first_name, s.last_name) if x)
            kind = s.signer_type.label if s.signer_type else "signer"
            self.list.addItem(
                f"{show_value(s.signed_at, day)}  {kind}: {who}  "
                f"({s.status.label if s.status else 'no status'})"
            )


class CrewPage(Page):
    """The crew on this call: their levels decide the scope check, their roles the lock gate."""

    title = "Crew"

    def __init__(self, me: dict[str, Any]) -> None:
        super().__init__()
        self.me = me
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        for label, roles in (
            (
                "Add me: primary caregiver",
                [
                    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
                    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
                ],
            ),
            ("Add me: driver", [c.ResponseRole.DRIVER_PILOT_RESPONSE, c.ResponseRole.DRIVER_PILOT_TRANSPORT]),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, r=roles: self.added.emit("crew", {**self.me, "roles": r}))
            row.addWidget(button)
        layout.addLayout(row)
        manual = QHBoxLayout()
        self.member_id, self.name, self.level = QLineEdit(), QLineEdit(), QComboBox()
        self.member_id.setPlaceholderText("Crew ID")
        self.name.setPlaceholderText("Name")
        self.member_id.setAccessibleName("Crew member ID")
        self.name.setAccessibleName("Crew member name")
        self.level.setAccessibleName("Certification level")
        from epcr.domain.levels import Level

        for level in Level:
            self.level.addItem(level.value, level.value)
        self.role = QComboBox()
        self.role.setAccessibleName("Role on this call")
        for member in c.ResponseRole:
            self.role.addItem(member.label, member.value)
        add = QPushButton("Add crew member")
        add.clicked.connect(self._add_manual)
        for widget in (self.member_id, self.name, self.level, self.role, add):
            manual.addWidget(widget)
        layout.addLayout(manual)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["ID", "Name", "Level", "Roles"])
        self.table.setAccessibleName("Crew")
        layout.addWidget(self.table, 1)

    def _add_manual(self) -> None:
        if not self.member_id.text().strip():
            self.problem.emit("crew", "a crew member needs their ID")
            return
        self.added.emit(
            "crew",
            {
                "member_id": self.member_id.text().strip(),
                "name": self.name.text().strip() or None,
                "level": self.level.currentData(),
                "roles": [self.role.currentData()],
            },
        )

    def show_report(self, report: Report, day: date | None) -> None:
        self.table.setRowCount(len(report.crew))
        for r, m in enumerate(report.crew):
            roles = ", ".join(role.label for role in m.roles)
            for col, text in enumerate(
                (m.member_id or "", m.name or "", m.level.value if m.level else "", roles)
            ):
                self.table.setItem(r, col, QTableWidgetItem(text))


def all_pages(me: dict[str, Any], monotonic: Callable[[], float]) -> list[Page]:
    who = str(me["member_id"])
    return [
        *form_pages(),
        CrewPage(me),
        VitalsPage(),
        CodeModePage(monotonic),
        ProceduresPage(who),
        MedicationsPage(who),
        NarrativePage(),
        FormPage(Ui_DispositionPage, "Disposition"),
        SignaturesPage(),
    ]
