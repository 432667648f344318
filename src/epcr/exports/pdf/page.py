"""What every printed page shares: Letter paper, the header (agency, PCR number, patient, date, time zone),
the footer (confidentiality notice, content hash, "page x of y"), the styles, and the atomic file write."""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from epcr.exports.files import write_atomically
from epcr.exports.pdf.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from epcr.exports.pdf.snapshot import ReportSnapshot

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 0.5 * inch
HEADER_HEIGHT = 0.5 * inch
FOOTER_HEIGHT = 0.42 * inch
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#888888")
BAND = colors.HexColor("#e4e9f0")
ALERT = colors.HexColor("#b00020")
CONFIDENTIAL = (
    "CONFIDENTIAL: protected health information. Use and disclose only for the patient's care or as the law "
    "permits; do not leave unattended."
)
FOOTER_SIZE = 6.5


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The lines printed at the top and bottom of every page."""

    title: str  # "PATIENT CARE REPORT", "BEDSIDE HANDOFF"
    agency: str
    pcr_number: str
    patient: str
    call_date: str
    zone: str
    status: str  # "LOCKED", "DRAFT"
    content_hash: str
    printed: str

    def draw(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN, top - 10, _fit(self.agency or "EMS agency", BOLD, 10, CONTENT_WIDTH * 0.6))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 10, self.title)
        canvas.setFont(REGULAR, 8)
        line = (
            f"PCR {self.pcr_number}   ·   Patient: {self.patient or 'not documented'}   ·   "
            f"Date {self.call_date}   ·   Times {self.zone}"
        )
        canvas.drawString(MARGIN, top - 22, _fit(line, REGULAR, 8, CONTENT_WIDTH * 0.85))
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(INK if self.status == "LOCKED" else ALERT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 22, self.status)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 28, PAGE_WIDTH - MARGIN, top - 28)
        bottom = MARGIN + FOOTER_HEIGHT - 8
        canvas.line(MARGIN, bottom, PAGE_WIDTH - MARGIN, bottom)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, FOOTER_SIZE)  # not oblique: one font fewer to embed in every file
        canvas.drawString(MARGIN, bottom - 9, _fit(CONFIDENTIAL, REGULAR, FOOTER_SIZE, CONTENT_WIDTH - 60))
        canvas.setFont(REGULAR, FOOTER_SIZE)  # hex needs no monospace: two embedded fonts keep files quick
        canvas.drawString(MARGIN, bottom - 18, f"Content SHA-256 {self.content_hash}")
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom - 18, f"Printed {self.printed}")
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a header line with an ellipsis rather than let it run into the other column."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class NumberedCanvas(Canvas):
    """Holds each finished page until the end, so every page can say "Page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFont(BOLD, FOOTER_SIZE + 0.5)
            self.setFillColor(INK)
            self.drawRightString(
                PAGE_WIDTH - MARGIN, MARGIN + FOOTER_HEIGHT - 17, f"Page {number} of {total}"
            )
            super().showPage()
        self._held = []
        super().save()


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9),
        "label": ParagraphStyle(
            "label", parent=body, fontName=BOLD, fontSize=7.5, leading=9, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            backColor=BAND,
            borderPadding=2.5,
            spaceBefore=9,
            spaceAfter=5,
            keepWithNext=True,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=True,
        ),
        "alert": ParagraphStyle("alert", parent=body, fontName=BOLD, textColor=ALERT),
        "mono": ParagraphStyle("mono", parent=body, fontSize=7.5, leading=9),  # hashes
    }


def render(story: Sequence[Flowable], letterhead: Letterhead, title: str) -> tuple[bytes, int]:
    """The PDF bytes and its page count."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=title,
        author=letterhead.agency,
        creator="epcr",
        initialFontName=REGULAR,  # else Helvetica is named in the file without being embedded
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        CONTENT_WIDTH,
        PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=letterhead.draw)])
    doc.build(list(story), canvasmaker=NumberedCanvas)
    return buffer.getvalue(), int(doc.page)


FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT


class Printout(ABC):
    """A printout of one report snapshot: `render()` gives the PDF bytes, `write(path)` writes them atomically
    and returns the page count. Subclasses lay the pages out in `_render`."""

    def __init__(self, snapshot: ReportSnapshot) -> None:
        self.snapshot = snapshot

    def render(self) -> bytes:
        return self._render()[0]

    def write(self, target: Path) -> int:
        data, pages = self._render()
        write_atomically(data, Path(target))
        return pages

    @abstractmethod
    def _render(self) -> tuple[bytes, int]:
        """The PDF bytes and their page count."""
