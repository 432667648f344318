"""Day and night are palettes: a switch recolours every widget already built (pages included) and keeps the
touch sizes; the text size scales every widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from epcr.ui import theme
from epcr.ui.app import MainWindow
from epcr.ui.editor.page import FormPage
from tests.ui.driving import new_report, page


def test_night_and_day_recolour_what_is_on_screen_and_text_scales(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Incident and times")
    field = incident.ui.pcrNumber
    lock = main.editor.ui.lock
    day_base = field.palette().color(QPalette.ColorRole.Base).name()
    main.toggle_night()
    QApplication.processEvents()  # the palette reaches the widgets as a posted event
    assert field.palette().color(QPalette.ColorRole.Base).name() == theme.NIGHT.base != day_base
    assert field.palette().color(QPalette.ColorRole.Text).name() == theme.NIGHT.base_text
    assert lock.palette().color(QPalette.ColorRole.Button).name() == theme.NIGHT.primary
    assert field.height() >= theme.TOUCH  # the sizes stay: the style sheet was not replaced
    main.toggle_night()
    QApplication.processEvents()  # the palette reaches the widgets as a posted event
    assert field.palette().color(QPalette.ColorRole.Base).name() == day_base
    assert lock.palette().color(QPalette.ColorRole.Button).name() == theme.DAY.primary
    before = field.font().pointSize()
    for _ in range(5):
        main.scale(+1)
    QApplication.processEvents()
    assert field.font().pointSize() == before + 5 == QApplication.font().pointSize()
    for _ in range(5):
        main.scale(-1)
    QApplication.processEvents()
    assert field.font().pointSize() == before


def test_closing_a_report_right_after_a_text_size_change_is_safe(qtbot: Any, window: MainWindow) -> None:
    """Pages re-lay themselves after a size change on a zero timer; a page closed before it fires is left
    alone (a late call on a deleted page raised inside Qt's event filters and took the app down)."""
    from epcr.ui.editor.code_mode import CodeModePage

    main = window
    new_report(qtbot, main)
    page(main, CodeModePage)
    main.scale(+1)
    main.close_report()  # before the page's timer fires
    qtbot.wait(100)
    QApplication.processEvents()
    main.scale(-1)
    assert main.editor is None and main.stack.currentWidget() is main.reports
