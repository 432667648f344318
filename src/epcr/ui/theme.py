"""Day and night themes for the cab of an ambulance: big touch targets, high contrast, scalable text.

Colours live in palettes and the style sheet holds only sizes, so switching day and night is a palette change
(a repaint) and not a style-sheet change (which re-polishes every widget and froze the screen for a second).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TOUCH = 44  # px: the smallest target a gloved finger hits reliably (WCAG 2.5.5)
INVALID = "#d0021b"
WARNING = "#b86e00"

SIZES = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QDateTimeEdit, QSpinBox {{ min-height: {TOUCH}px; }}
QPushButton, QToolButton {{ min-width: {TOUCH}px; padding: 0 12px; }}
QListWidget#sections::item {{ min-height: {TOUCH}px; padding-left: 8px; }}
QListWidget#findings::item {{ padding: 6px 4px; }}
*[finding="warning"] {{ border: 2px solid {WARNING}; }}
*[finding="error"] {{ border: 2px solid {INVALID}; }}
*[invalid="true"] {{ border: 2px solid {INVALID}; }}
QPushButton[role="code"] {{ min-height: 88px; font-weight: bold; }}
QLabel#savedIndicator {{ padding: 0 8px; }}
QLabel#cprTimer {{ font-size: 36pt; font-weight: bold; }}
"""


@dataclass(frozen=True)
class Colours:
    window: str
    text: str
    base: str
    base_text: str
    alternate: str
    button: str
    button_text: str
    mid: str
    highlight: str
    highlight_text: str
    primary: str  # the one action a screen is for (Lock report)
    primary_text: str
    danger: str
    link: str


DAY = Colours(
    window="#f7f7f5",
    text="#111111",
    base="#ffffff",
    base_text="#111111",
    alternate="#eef0f2",
    button="#e4e7eb",
    button_text="#111111",
    mid="#5a6270",
    highlight="#0050b3",
    highlight_text="#ffffff",
    primary="#0050b3",
    primary_text="#ffffff",
    danger="#b00020",
    link="#0050b3",
)
NIGHT = Colours(  # dark, amber text that keeps a driver's night vision
    window="#000000",
    text="#ffd27a",
    base="#121212",
    base_text="#ffe6b3",
    alternate="#1a1a1a",
    button="#1d1d1d",
    button_text="#ffd27a",
    mid="#8a6d2f",
    highlight="#a86f00",  # bright enough that the focus frame shows in the dark
    highlight_text="#ffffff",
    primary="#6b4a00",
    primary_text="#ffffff",
    danger="#7a0014",
    link="#ffb000",
)


def palette(colours: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.base,
        QPalette.ColorRole.Text: colours.base_text,
        QPalette.ColorRole.AlternateBase: colours.alternate,
        QPalette.ColorRole.Button: colours.button,
        QPalette.ColorRole.ButtonText: colours.button_text,
        QPalette.ColorRole.Mid: colours.mid,
        QPalette.ColorRole.Dark: colours.mid,
        QPalette.ColorRole.Highlight: colours.highlight,
        QPalette.ColorRole.HighlightedText: colours.highlight_text,
        QPalette.ColorRole.ToolTipBase: colours.base,
        QPalette.ColorRole.ToolTipText: colours.base_text,
        QPalette.ColorRole.PlaceholderText: colours.mid,
        QPalette.ColorRole.Link: colours.link,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(colours.mid))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(colours.mid))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(colours.mid))
    return p


_current = DAY


def colour_roles(root: QWidget) -> None:
    """Buttons with a `role` property (primary, danger) get their colours from the theme in force."""
    for widget in [root, *root.findChildren(QWidget)]:
        role = widget.property("role")
        if role in ("primary", "danger"):
            p = QPalette(widget.palette())
            fill = _current.primary if role == "primary" else _current.danger
            p.setColor(QPalette.ColorRole.Button, QColor(fill))
            p.setColor(QPalette.ColorRole.ButtonText, QColor(_current.primary_text))
            widget.setPalette(p)


def apply(app: QApplication, night: bool = False, point_size: int = 13) -> None:
    """Night: dark, amber text; `point_size` scales every text. The style and style sheet are set once: a
    later call changes only what differs (the palette, the font), each a repaint or a relayout."""
    global _current
    colours = NIGHT if night else DAY
    if not app.property("epcrStyled"):
        app.setStyle("Fusion")  # the same look on every platform, drawn from the palette
        # Without this every styled widget keeps a copy of the palette it was polished with.
        app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
        app.setStyleSheet(SIZES)
        app.setProperty("epcrStyled", True)
    if app.font().pointSize() != point_size:
        font = QFont(app.font())
        font.setPointSize(point_size)
        app.setFont(font)
    if colours is not _current or not app.property("epcrPalette"):
        _current = colours
        app.setPalette(palette(colours))
        app.setProperty("epcrPalette", True)
        for window in app.topLevelWidgets():
            colour_roles(window)
