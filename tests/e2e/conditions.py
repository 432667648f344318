"""What the driver waits for, by name (the scripts are data), and what it notes from the app's state.

Every wait is a condition polled while the event loop runs, with a timeout and, where the app can say no, a
reason to stop at once (a refused PIN, a lock refused), so a failure names what happened."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableWidget, QWidget

from epcr.domain.report import Status
from epcr.ui.app import MainWindow
from epcr.ui.binding import value_at
from tests.e2e.finder import HarnessError, describe, within
from tests.e2e.pump import Until


def _login_refused(window: MainWindow) -> str | None:
    ui = window.login.ui
    message = ui.message.text()
    return message if ui.logIn.isEnabled() and message and window.session is None else None


def _question() -> str | None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        return f"{box.windowTitle()}: {box.text()}"
    return None


def _lock_refused(window: MainWindow) -> str | None:
    question = _question()
    if question is None:
        return None
    editor = window.editor
    blocking = [f"{f.path}: {f.message}" for f in (editor.findings if editor else []) if f.blocks_lock]
    return f"{question} [{'; '.join(blocking)}]"


def _dialog(title: str) -> bool:
    modal = QApplication.activeModalWidget()
    return modal is not None and modal.windowTitle() == title and not isinstance(modal, QMessageBox)


def _idle(window: MainWindow) -> bool:
    editor = window.editor
    saving = editor is not None and editor.ui.savedIndicator.text().startswith("saving")
    return window.runner.idle and not saving


def _locked(window: MainWindow) -> bool:
    editor = window.editor
    return editor is not None and editor.report is not None and editor.report.status is Status.LOCKED


def until(window: MainWindow, what: str, timeout_s: float) -> Until:
    checks = {
        "login screen": (
            lambda: window.stack.currentWidget() is window.login and window.login.ui.user.isVisible(),
            None,
        ),
        "login": (
            lambda: window.session is not None and window.stack.currentWidget() is window.reports,
            lambda: _login_refused(window),
        ),
        "list": (lambda: window.stack.currentWidget() is window.reports, None),
        "editor": (lambda: window.editor is not None and window.editor.report is not None, None),
        "idle": (lambda: _idle(window), None),
        "dialog": (lambda: QApplication.activeModalWidget() is not None, None),
        "lock dialog": (lambda: _dialog("Lock report"), lambda: _lock_refused(window)),
        "no dialog": (lambda: QApplication.activeModalWidget() is None, None),
        "locked": (lambda: _locked(window), lambda: _lock_refused(window)),
    }
    if what not in checks:
        raise HarnessError(f"no condition {what!r}; known: {sorted(checks)}")
    condition, problem = checks[what]
    return Until(condition, what, timeout_s, problem, _screen_says)


def _screen_says() -> str:
    """The words of an open dialog (a refusal, a field it still asks for)."""
    modal = QApplication.activeModalWidget()
    if modal is None:
        return "no dialog is open"
    words = [label.text() for label in modal.findChildren(QLabel) if label.isVisible() and label.text()]
    return f"{modal.windowTitle()!r} says: " + " | ".join(words)


def focused(widget: QWidget) -> Until:
    return Until(
        lambda: within(QApplication.focusWidget(), widget),
        f"the cursor in {describe(widget)} (it is in {describe(QApplication.focusWidget())})",
        5.0,
    )


def current_cell(table: QTableWidget, row: int, column: int) -> Until:
    def there() -> bool:
        index = table.currentIndex()
        return within(QApplication.focusWidget(), table) and (index.row(), index.column()) == (row, column)

    return Until(there, f"the cell ({row}, {column}) of {describe(table)} to be current", 5.0)


def note(window: MainWindow, label: str, paths: tuple[str, ...] = ()) -> Any:
    editor = window.editor
    if paths:
        if editor is None or editor.report is None:
            raise HarnessError("no report is open to read values from")
        return {path: plain(value_at(editor.report, path)) for path in paths}
    if label == "report":
        if editor is None:
            raise HarnessError("no report is open to note")
        return editor.report_id
    if label == "findings":
        return [f"{f.severity.label}: {f.path}: {f.message}" for f in (editor.findings if editor else [])]
    if label == "indicator":
        return editor.ui.savedIndicator.text() if editor else None
    raise HarnessError(f"nothing to note as {label!r}")


def plain(value: Any) -> Any:
    """A stored value as JSON: enums by their code, times as ISO text."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
