"""What every section page of the editor is: it shows a report, emits edits, and can put the cursor on the
field a finding names. Form pages come whole from Designer files whose widgets carry a `path` property."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from epcr.domain.report import Report, Status
from epcr.ui.binding import FieldBinder, value_at
from epcr.ui.code_list import code_list_of
from epcr.ui.code_picks import CodePicks
from epcr.ui.forms.ui_narrative import Ui_NarrativePage

Derived = dict[str, Callable[[Report], Any]]  # path -> its value computed from the rest of the report


class Page(QWidget):
    title = ""
    group = ""  # the report part this page edits: findings on it open this page
    edited = Signal(str, object)  # path, value: a committed edit for the worker
    edited_together = Signal(object)  # {path: value}: one pick deciding several fields, one transaction
    added = Signal(str, object)  # group, data: a new entry for the worker
    problem = Signal(str, str)
    voided = Signal(str, str)  # entry path, reason: an entry withdrawn before lock

    def show_report(self, report: Report, day: date | None) -> None:
        """Show the report's values; each page overrides it."""

    def focus_path(self, path: str) -> bool:
        """Put the cursor on the field a finding names; False when it is not on this page."""
        return False

    def flush(self) -> None:
        """Commit a pending edit now (leaving the report, closing the app)."""
        focused = self.focusWidget()
        owner = focused.parentWidget() if focused is not None else None
        codes = code_list_of(owner) if isinstance(owner, QComboBox) else None
        if codes is not None:
            codes.finish()  # text typed into a code list: take what it names, or flag it
        elif isinstance(focused, QLineEdit) and focused.isModified():
            focused.editingFinished.emit()

    def forget(self, path: str) -> None:
        """A save of `path` failed: committing the same text again must try again."""

    def confirmed(self, path: str) -> None:
        """The database wrote the edit of `path`: the next refresh may show its stored value again."""

    def set_read_only(self, read_only: bool) -> None:
        kinds = (QLineEdit, QComboBox, QPushButton, QPlainTextEdit, QTableWidget, CodePicks)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, kinds):
                widget.setEnabled(not read_only)


class FormPage(Page):
    """A Designer form whose widgets carry `path` properties."""

    def __init__(self, ui_class: type, title: str, group: str, derived: Derived | None = None) -> None:
        super().__init__()
        self.title, self.group = title, group
        self.derived = derived or {}
        self.ui = ui_class()
        self.ui.setupUi(self)
        self.binder = FieldBinder(self)
        self._loaded = False
        self.binder.committed.connect(self.edited)
        self.binder.problem.connect(self.problem)

    def show_report(self, report: Report, day: date | None) -> None:
        self.binder.day = day
        self.binder.load({path: value_at(report, path) for path in self.binder.widgets})
        if not self._loaded:  # the first values are on screen: now the first empty field is known
            self._loaded = True
            if self.isVisible() and report.status is Status.DRAFT:
                self.focus_first_empty()
        for path, compute in self.derived.items():  # e.g. the GCS total from its parts: shown, never typed
            self.binder.widgets[path].setReadOnly(True)  # type: ignore[attr-defined]
            value = compute(report)
            if value is not None and value != value_at(report, path) and report.status is Status.DRAFT:
                self.edited.emit(path, value)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            self.focus_first_empty()

    def focus_first_empty(self) -> None:
        """Opening a page is to fill it: when its first empty field is a text field, the cursor waits there,
        unless the crew is already somewhere on this page (a finding's jump, a tap). A drop-down is never
        given the keyboard unasked: with it, the wheel of a crew scrolling the page would change its value."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return
        for widget in self.binder.widgets.values():
            if not widget.isVisibleTo(self) or not widget.isEnabled():
                continue
            if isinstance(widget, QLineEdit) and not widget.isReadOnly() and not widget.text():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            if isinstance(widget, QComboBox) and widget.currentData() is None and not widget.currentText():
                return

    def forget(self, path: str) -> None:
        widget = self.binder.widgets.get(path)
        if widget is not None:
            widget.setProperty("shown", None)
            self.binder.confirmed(path, ok=False)

    def confirmed(self, path: str) -> None:
        if path in self.binder.widgets:
            self.binder.confirmed(path, ok=True)

    def focus_path(self, path: str) -> bool:
        widget = self.binder.widgets.get(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class NarrativePage(Page):
    title, group = "Narrative", "narrative"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_NarrativePage()
        self.ui.setupUi(self)
        self.text = self.ui.text
        self._saved: str | None = ""
        self._in_flight = 0  # narrative saves sent and not yet answered
        self._timer = QTimer(self, singleShot=True, interval=1500)  # save after a pause in typing
        self._timer.timeout.connect(self.commit)
        self.text.textChanged.connect(self._timer.start)

    def commit(self) -> None:
        self._timer.stop()
        text = self.text.toPlainText()
        if text != self._saved:
            self._saved = text
            self._in_flight += 1
            self.edited.emit("narrative.text", text or None)

    def flush(self) -> None:
        self.commit()

    def forget(self, path: str) -> None:
        if path.startswith("narrative"):
            self._saved = None
            self._in_flight = max(0, self._in_flight - 1)

    def confirmed(self, path: str) -> None:
        if path.startswith("narrative"):
            self._in_flight = max(0, self._in_flight - 1)

    def show_report(self, report: Report, day: date | None) -> None:
        """The crew's typing is the truth on screen: the stored text replaces it only when nobody is typing
        here, no save is on its way, and it differs (setPlainText moves the cursor to the start)."""
        text = report.narrative.text
        stored = text if isinstance(text, str) else ""  # a blank (Not Applicable) shows as no text
        if self._in_flight or self.text.hasFocus() or self._timer.isActive():
            return
        self._saved = stored
        if self.text.toPlainText() != stored:
            self.text.blockSignals(True)
            self.text.setPlainText(stored)
            self.text.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the narrative page is to write: the cursor waits at the end of the text."""
        super().showEvent(event)
        if self.text.isEnabled() and not self.text.isReadOnly():
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            self.text.moveCursor(QTextCursor.MoveOperation.End)

    def focus_path(self, path: str) -> bool:
        if path.startswith("narrative"):
            self.text.setFocus()
            return True
        return False


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            table.setItem(r, col, QTableWidgetItem(text))


__all__ = ["FormPage", "NarrativePage", "Page", "fill_table"]
