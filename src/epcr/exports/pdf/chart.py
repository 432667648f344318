"""The vital signs trend: blood pressure, pulse, SpO2, respirations and EtCO2 over the call, drawn as
lines with distinct markers so it still reads on a black-and-white printer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from epcr.domain.vitals import VitalSigns
from epcr.exports.pdf.fonts import BOLD, REGULAR
from epcr.exports.pdf.words import CallClock


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    color: Color
    marker: str  # "circle", "square", "triangle", "diamond", "cross", "plus"
    points: tuple[tuple[float, float], ...]  # (seconds since the first reading, value)


SERIES = (  # label, eVitals element, colour, marker
    ("SBP", "sbp", colors.HexColor("#c62828"), "triangle"),  # eVitals.06
    ("DBP", "dbp", colors.HexColor("#ef6c00"), "diamond"),  # eVitals.07
    ("HR", "heart_rate", colors.HexColor("#1565c0"), "circle"),  # eVitals.10
    ("SpO2", "spo2", colors.HexColor("#2e7d32"), "square"),  # eVitals.12
    ("RR", "respiratory_rate", colors.HexColor("#6a1b9a"), "cross"),  # eVitals.14
    ("EtCO2", "etco2", colors.HexColor("#37474f"), "plus"),  # eVitals.16
)


def trend_series(vitals: Sequence[VitalSigns]) -> tuple[datetime | None, list[Series]]:
    timed = [v for v in vitals if isinstance(v.taken_at, datetime)]
    if not timed:
        return None, []
    timed.sort(key=lambda v: v.taken_at)  # type: ignore[arg-type, return-value]
    first: datetime = timed[0].taken_at  # type: ignore[assignment]
    found = []
    for label, field, color, marker in SERIES:
        points = tuple(
            ((v.taken_at - first).total_seconds(), float(value))  # type: ignore[operator]
            for v in timed
            if isinstance(value := getattr(v, field), int | float) and not isinstance(value, bool)
        )
        if points:
            found.append(Series(label, color, marker, points))
    return first, found


class TrendChart(Flowable):
    """Values 0-220 on one axis (every series shares the scale clinicians read them on), time across."""

    def __init__(
        self, vitals: Sequence[VitalSigns], clock: CallClock, width: float, height: float = 150
    ) -> None:
        super().__init__()
        self.first, self.series = trend_series(vitals)
        self.clock = clock
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom, right, top = 28.0, 22.0, self.width - 6, self.height - 16
        c.setFont(REGULAR, 6.5)
        if not self.series or self.first is None:
            c.drawString(left, self.height / 2, "No timed vital signs to chart.")
            return
        end = max(p[0] for s in self.series for p in s.points)
        span = max(end, 60.0)
        high = max(220.0, max(p[1] for s in self.series for p in s.points))

        def x(seconds: float) -> float:
            return left + (right - left) * seconds / span

        def y(value: float) -> float:
            return bottom + (top - bottom) * max(0.0, value) / high

        c.setStrokeColor(colors.HexColor("#d0d0d0"))
        c.setLineWidth(0.4)
        c.setFillColor(colors.HexColor("#555555"))
        for grid in range(0, int(high) + 1, 40):
            c.line(left, y(grid), right, y(grid))
            c.drawRightString(left - 3, y(grid) - 2, str(grid))
        ticks = 6
        for i in range(ticks + 1):
            seconds = span * i / ticks
            c.line(x(seconds), bottom, x(seconds), bottom - 3)
            moment = self.first.timestamp() + seconds
            label = self.clock.short(datetime.fromtimestamp(moment, self.clock.zone))
            if i == ticks:  # the last label ends at the plot's edge instead of running past it
                c.drawRightString(x(seconds), bottom - 11, label)
            else:
                c.drawCentredString(x(seconds), bottom - 11, label)
        c.setStrokeColor(colors.HexColor("#777777"))
        c.line(left, bottom, right, bottom)
        c.line(left, bottom, left, top)
        step = max(1, max(len(s.points) for s in self.series) // 60)  # markers thinned on long calls
        for series in self.series:
            c.setStrokeColor(series.color)
            c.setFillColor(series.color)
            c.setLineWidth(1.1)
            if len(series.points) > 1:
                path = c.beginPath()
                path.moveTo(x(series.points[0][0]), y(series.points[0][1]))
                for seconds, value in series.points[1:]:
                    path.lineTo(x(seconds), y(value))
                c.drawPath(path, stroke=1, fill=0)
            for seconds, value in series.points[::step]:
                _marker(c, series.marker, x(seconds), y(value), 2.2)
        legend_x = left
        c.setFont(BOLD, 6.5)
        for series in self.series:
            c.setStrokeColor(series.color)
            c.setFillColor(series.color)
            _marker(c, series.marker, legend_x + 3, top + 9, 2.4)
            c.setFillColor(colors.HexColor("#1a1a1a"))
            c.drawString(legend_x + 8, top + 7, series.label)
            legend_x += 12 + c.stringWidth(series.label, BOLD, 6.5) + 10
        c.setFont(REGULAR, 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(right, top + 7, "mmHg · /min · % · EtCO2 as recorded")


def _marker(c: Canvas, kind: str, x: float, y: float, r: float) -> None:
    if kind == "circle":
        c.circle(x, y, r, stroke=1, fill=1)
    elif kind == "square":
        c.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
    elif kind == "triangle":
        path = c.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x - r, y - r)
        path.lineTo(x + r, y - r)
        path.close()
        c.drawPath(path, stroke=1, fill=1)
    elif kind == "diamond":
        path = c.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x - r, y)
        path.lineTo(x, y - r)
        path.lineTo(x + r, y)
        path.close()
        c.drawPath(path, stroke=1, fill=1)
    elif kind == "cross":
        c.line(x - r, y - r, x + r, y + r)
        c.line(x - r, y + r, x + r, y - r)
    else:
        c.line(x - r, y, x + r, y)
        c.line(x, y - r, x, y + r)
