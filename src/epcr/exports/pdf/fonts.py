"""The embedded fonts: DejaVu Sans has names like Müller and units like °C, which the PDF base fonts lack.

Registered once per process: reportlab keeps registered fonts for the life of the process anyway."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from epcr.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

# Two faces only: every face used is embedded (subset) in every file, and each costs render time.
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    # <b> and <i> inside paragraphs pick the matching face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
