"""Custom widgets the Designer forms promote (header epcr.ui.widgets): the vitals trend chart, the performer
picker and the signature pad."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QWidget

from epcr.domain.report import Report

TREND = [
    ("heart_rate", "HR", "#d62728"),
    ("sbp", "SBP", "#1f77b4"),
    ("spo2", "SpO2", "#2ca02c"),
    ("respiratory_rate", "RR", "#9467bd"),
    ("etco2", "ETCO2", "#ff7f0e"),
]


class TrendChart(QWidget):
    """HR, SBP, SpO2, RR and ETCO2 over the call, drawn with QPainter (no chart library to load)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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


class PerformerPicker(QComboBox):
    """Who did it: a crew member of this report (their level goes into eProcedures.10 / eMedications.10)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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


class SignaturePad(QWidget):
    """Finger or stylus strokes, kept as an image (eOther.18)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
