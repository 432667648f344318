"""Controls change only by deliberate input: the mouse wheel passing over a drop-down, spin box or slider
that does not have the keyboard scrolls the page under it instead of changing (and saving) its value.

One application-wide event filter, so every page, dialog and future widget gets it without a fix per widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            # WheelFocus would hand the control the keyboard as the wheel passes, before any filter runs.
            if _control(watched) is watched and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        control = _control(watched)
        if control is None or _has_keyboard(control):
            return False
        area = _scroll_area(control)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)  # the page scrolls on under the pointer
        return True


def _control(widget: QWidget) -> QWidget | None:
    """The guarded control the wheel is over: itself, or the control owning this line edit."""
    if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar):
        return widget
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return None


def _has_keyboard(control: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is control or control.isAncestorOf(focused))


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install(app: QApplication) -> None:
    """Once per application (several main windows in one test process share it)."""
    if app.property("wheelGuard"):
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("wheelGuard", True)
