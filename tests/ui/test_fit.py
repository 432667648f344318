"""Every page of the editor is reachable without sideways scrolling on the ambulance's screens (1366x768,
1280x800) at text sizes up to 20 pt: no visible widget of a page reaches past the page's right edge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from epcr.demo import demo_report
from epcr.ui import theme
from epcr.ui.app import MainWindow
from tests.ui.driving import WAIT, log_in, settle


@pytest.mark.parametrize(("width", "height", "points"), [(1366, 768, 20), (1280, 800, 20), (1280, 800, 13)])
def test_every_page_fits_the_cab_screen(
    qtbot: Any, window: MainWindow, width: int, height: int, points: int
) -> None:
    main = window
    main.resize(width, height)
    log_in(qtbot, main, "C-0815")
    draft = demo_report(5)  # a cardiac arrest with care on every page, still a draft
    main.session.db.import_reports([draft], "C-0815")
    main.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    app = QApplication.instance()
    theme.apply(app, False, points)  # type: ignore[arg-type]
    try:
        editor = main.editor
        assert main.width() <= width and main.height() <= height
        stack = editor.ui.pages
        for index in range(editor.ui.sections.count()):
            built = editor.open_page(index)
            settle(qtbot, main)
            qtbot.wait(30)
            shown = stack.currentWidget()
            right = shown.mapToGlobal(QPoint(shown.width(), 0)).x()
            over = [
                f"{type(w).__name__}({w.objectName() or w.accessibleName()})"
                for w in built.findChildren(QWidget)
                if w.isVisible() and w.mapToGlobal(QPoint(w.width(), 0)).x() > right + 1
            ]
            assert not over, f"{built.title} at {width}x{height}, {points} pt: past the edge: {over[:5]}"
    finally:
        theme.apply(app)  # type: ignore[arg-type]
