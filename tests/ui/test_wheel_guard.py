"""The wheel over a drop-down the crew is not using scrolls the page; it never changes or saves a value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from epcr.ui.app import MainWindow
from epcr.ui.editor.page import FormPage
from tests.ui.driving import new_report, page, settle, stored


def wheel(widget: QWidget, steps: int) -> None:
    """A real wheel event through QApplication (its focus-on-wheel logic and the event filters run)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_drop_downs_scrolls_the_page_and_changes_nothing(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Incident and times")
    main.resize(1366, 600)  # short enough that the page scrolls
    qtbot.wait(50)
    combos = [c for c in incident.findChildren(QComboBox) if c.property("path")]
    assert len(combos) >= 3
    area = incident.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    before = {c.property("path"): c.currentIndex() for c in combos}
    incident.ui.pcrNumber.setFocus()
    for combo in combos:
        wheel(combo, 3)
        if combo.isEditable() and combo.lineEdit() is not None:
            wheel(combo.lineEdit(), 3)
    settle(qtbot, main)
    assert {c.property("path"): c.currentIndex() for c in combos} == before
    assert not any(c.hasFocus() for c in combos)  # the wheel did not take the keyboard either
    assert bar.value() > 0  # the page scrolled instead
    capability = stored(main).response.unit_capability
    assert capability is None or capability == incident.ui.unitCapability.currentData()
    audit = [a for a in main.session.db.audit_trail(main.editor.report_id) if a.action == "edit"]
    assert not [a for a in audit if a.path and a.path.startswith("response.unit_capability")]


def test_a_focused_drop_down_still_takes_the_wheel(qtbot: Any, window: MainWindow) -> None:
    """Deliberate input: with the keyboard in it, the wheel steps through the list as Qt's users expect."""
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Incident and times")
    combo = incident.ui.responseMode
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    start = combo.currentIndex()
    wheel(combo, 1)
    assert combo.currentIndex() != start
