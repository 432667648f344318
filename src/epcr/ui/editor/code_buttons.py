"""The big code-mode buttons (88 px, gloved hands): as many a row as their text fits at the page's width and
text size, 2 to 5, so the page never needs sideways scrolling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy

from epcr.domain.arrest import CprEventKind

K = CprEventKind
CODE_BUTTONS = [
    (K.ARREST_RECOGNIZED, "Arrest\nrecognized"),
    (K.COMPRESSIONS_STARTED, "Compressions\nON"),
    (K.COMPRESSIONS_PAUSED, "Compressions\nOFF"),
    (K.AED_APPLIED, "AED\napplied"),
    (K.ANALYSIS_SHOCK_ADVISED, "Analyze:\nSHOCK advised"),
    (K.ANALYSIS_NO_SHOCK_ADVISED, "Analyze:\nNO shock"),
    (K.SHOCK_DELIVERED, "Shock\ndelivered"),
    (K.RHYTHM_CHECK, "Rhythm\ncheck"),
    (K.MEDICATION_GIVEN, "Epinephrine\n1 mg"),
    (K.AIRWAY_PLACED, "Airway\nplaced"),
    (K.ROSC, "ROSC"),
    (K.RE_ARREST, "Re-arrest"),
    (K.MECHANICAL_DEVICE_ON, "Mechanical\nCPR on"),
    (K.RESUSCITATION_TERMINATED, "Resuscitation\nterminated"),
]
COLUMNS = (2, 5)  # buttons a row, fewest to most
PADDING = 2 * 12 + 8  # theme: padding 0 12px, and the frame


class CodeButtons:
    def __init__(self, grid: QGridLayout, tapped: Callable[[CprEventKind], None]) -> None:
        self.grid = grid
        self.columns = 0
        self.buttons: list[QPushButton] = []
        for kind, label in CODE_BUTTONS:
            button = QPushButton(label)
            button.setProperty("role", "code")
            button.setAccessibleName(label.replace("\n", " "))
            button.clicked.connect(lambda _=False, k=kind: tapped(k))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # columns follow width
            self.buttons.append(button)

    def arrange(self, room: int, font: QFont, again: bool = False) -> None:
        """Lay the buttons out for `room` pixels of width; `again` after the text size changed."""
        bold = QFont(font)
        bold.setBold(True)  # the theme sets code buttons in bold
        needed = max(QFontMetrics(bold).size(0, b.text()).width() for b in self.buttons) + PADDING
        spacing = max(self.grid.horizontalSpacing(), 0)
        columns = max(COLUMNS[0], min(COLUMNS[1], (room + spacing) // (needed + spacing)))
        if columns == self.columns and not again:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for n, button in enumerate(self.buttons):
            self.grid.addWidget(button, n // columns, n % columns)
        for column in range(COLUMNS[1]):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)
