"""Day and night themes for the cab of an ambulance: big touch targets, high contrast, scalable text."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

TOUCH = 44  # px: the smallest target a gloved finger hits reliably (WCAG 2.5.5)

_COMMON = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QDateTimeEdit, QSpinBox {{ min-height: {TOUCH}px; }}
QListWidget#sections::item {{ min-height: {TOUCH}px; padding-left: 8px; }}
QListWidget#findings::item {{ padding: 6px 4px; border-bottom: 1px solid #888; }}
*[invalid="true"] {{ border: 2px solid #d0021b; }}
QPushButton, QToolButton {{ min-width: {TOUCH}px; padding: 0 12px; border-radius: 6px; }}
QPushButton[role="code"] {{ min-height: 88px; font-weight: bold; }}
QLabel#savedIndicator {{ padding: 0 8px; }}
QLabel#cprTimer {{ font-size: 36pt; font-weight: bold; }}
"""

DAY = (
    _COMMON
    + """
QWidget { background: #f7f7f5; color: #111; }
QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit, QTableView, QListWidget {
    background: #ffffff; border: 1px solid #888; }
QPushButton { background: #e4e7eb; border: 1px solid #5a6270; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus { border: 2px solid #0050b3; }
QPushButton[role="primary"] { background: #0050b3; color: white; }
QPushButton[role="danger"] { background: #b00020; color: white; }
QHeaderView::section { background: #dde1e6; padding: 4px; }
"""
)

NIGHT = (
    _COMMON
    + """
QWidget { background: #000000; color: #ffd27a; }
QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit, QTableView, QListWidget {
    background: #121212; color: #ffe6b3; border: 1px solid #8a6d2f; }
QPushButton { background: #1d1d1d; color: #ffd27a; border: 1px solid #ffb000; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus { border: 2px solid #ffffff; }
QPushButton[role="primary"] { background: #6b4a00; color: #ffffff; }
QPushButton[role="danger"] { background: #7a0014; color: #ffffff; }
QHeaderView::section { background: #1d1d1d; color: #ffd27a; padding: 4px; }
QListWidget::item:selected, QTableView::item:selected { background: #6b4a00; color: #ffffff; }
"""
)


def apply(app: QApplication, night: bool = False, point_size: int = 13) -> None:
    """Night: dark, amber text that keeps a driver's night vision; `point_size` scales every text."""
    font = QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
    app.setStyleSheet(NIGHT if night else DAY)
