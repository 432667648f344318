"""The building blocks pages are made of: section headings, label/value grids and tables whose long cells
wrap (short ones stay plain strings: a Paragraph per cell would make a 300-row table slow)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from epcr.exports.pdf.fonts import BOLD, REGULAR
from epcr.exports.pdf.page import BAND, CONTENT_WIDTH, INK, MUTED, styles

Cell = str | Flowable
CELL_SIZE = 7.5
CELL_PAD = 3.0


class Blocks:
    def __init__(self) -> None:
        self.style: dict[str, ParagraphStyle] = styles()

    def heading(self, text: str) -> Flowable:
        return SectionBar(text)

    def subheading(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.style["subheading"])

    def text(self, text: str, style: str = "body") -> Paragraph:
        """Free text as written: line breaks kept, markup characters shown as themselves."""
        return Paragraph(escape(text).replace("\n", "<br/>"), self.style[style])

    def cell(self, text: str, width: float, bold: bool = False) -> Cell:
        """A plain string when it fits on one line, else a wrapping paragraph."""
        font = BOLD if bold else REGULAR
        if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= width - 2 * CELL_PAD:
            return text
        style = self.style["label"] if bold else self.style["cell"]
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def fields(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table:
        """Label/value pairs in `columns` side-by-side columns; a blank value stays blank."""
        label_width = 1.3 * 72
        value_width = CONTENT_WIDTH / columns - label_width
        rows: list[list[Cell]] = []
        for start in range(0, len(pairs), columns):
            row: list[Cell] = []
            for label, value in pairs[start : start + columns]:
                row += [self.cell(label, label_width, bold=True), self.cell(value, value_width)]
            row += [""] * (2 * columns - len(row))
            rows.append(row)
        table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                    *[("FONT", (2 * i, 0), (2 * i, -1), BOLD, CELL_SIZE) for i in range(columns)],
                    *[("TEXTCOLOR", (2 * i, 0), (2 * i, -1), MUTED) for i in range(columns)],
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e0e0e0")),
                ]
            )
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        total: float = CONTENT_WIDTH,
    ) -> Table:
        """A table `total` wide (column `widths` are relative) that repeats its header on every page."""
        scale = total / sum(widths)
        widths = [w * scale for w in widths]
        body: list[list[Cell]] = [[self.cell(h, w, bold=True) for h, w in zip(header, widths, strict=True)]]
        body += [[self.cell(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
        table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                    ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE),
                    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f7fa")]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED),
                ]
            )
        )
        return table


class SectionBar(Flowable):
    """A section heading on a shaded bar; drawn directly, it costs a fraction of a Paragraph."""

    HEIGHT = 15.0
    SIZE = 10.0

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.spaceBefore = 8.0
        self.spaceAfter = 4.0
        self.keepWithNext = True  # a heading never ends a page alone

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.HEIGHT

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(BAND)
        c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, self.SIZE)
        c.drawString(3, 4, self.text)
