"""Driving the real window in pytest-qt tests: log in, open a page, wait for the worker, read back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from epcr.ui.app import MainWindow
from tests.ui.conftest import PINS

WAIT = 15_000


def settle(qtbot: Any, main: MainWindow) -> None:
    """Every queued database job has run and its result is on screen."""
    qtbot.waitUntil(lambda: main.runner.idle, timeout=WAIT)


def log_in(qtbot: Any, main: MainWindow, user: str) -> None:
    main.login.ui.user.setCurrentText(user)
    main.login.ui.pin.setText(PINS[user])
    qtbot.mouseClick(main.login.ui.logIn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.session is not None, timeout=WAIT)
    settle(qtbot, main)


def new_report(qtbot: Any, main: MainWindow, user: str = "P-1042") -> None:
    log_in(qtbot, main, user)
    qtbot.mouseClick(main.reports.ui.newReport, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    settle(qtbot, main)


def page(main: MainWindow, kind: type, title: str | None = None) -> Any:
    """Open the editor's page of this class (and title) and return it."""
    assert main.editor is not None
    for index, candidate in enumerate(main.editor.pages):
        if isinstance(candidate, kind) and (title is None or candidate.title == title):
            main.editor.ui.sections.setCurrentRow(index)
            return candidate
    raise AssertionError(f"no page {kind.__name__} {title or ''}")


def stored(main: MainWindow) -> Any:
    """The report as the database holds it now."""
    assert main.editor is not None and main.session is not None
    return main.session.db.open_report(main.editor.report_id)


def type_into(qtbot: Any, main: MainWindow, line: QLineEdit, text: str) -> None:
    """Set the text and commit it as Enter would (keyClicks cannot send non-ASCII, a QtTest limit)."""
    line.setText(text)
    line.editingFinished.emit()
    settle(qtbot, main)


def click(qtbot: Any, main: MainWindow, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)


def button(container: Any, label: str) -> QPushButton:
    found: list[QPushButton] = [
        b for b in container.findChildren(QPushButton) if b.text().replace("\n", " ") == label
    ]
    assert found, f"no button {label!r}"
    return found[0]
