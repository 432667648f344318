"""The eArrest fields on the code mode page. Each shows what is on the record (the event log's value until
the crew picks their own, marked "from the event log") and a pick is a committed edit. A refresh touches only
what changed and never the field the crew is in. Code lists come from the model's NEMSIS types."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, get_args, get_origin

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from epcr.domain.arrest import Arrest
from epcr.domain.fields import Blank, element_of
from epcr.domain.nemsis.codes import NotValue, PertinentNegative
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.paths import field_annotation
from epcr.domain.report import Report
from epcr.ui.binding import base_types, flag_fields, show_refused
from epcr.ui.code_list import searchable
from epcr.ui.editor.code_events import TIME_HINT, BadTime, clock, parse_clock
from epcr.ui.theme import TOUCH

NOT_APPLICABLE = f"nv:{NotValue.NOT_APPLICABLE.value}"  # a combo's data for {"not_value": "7701001"}
FROM_LOG = " · from the event log"
LIST_ROWS = 14  # a longer check list (38 rhythms) scrolls inside itself
ARREST_AT, BESIDE = "arrest.arrest_at", "arrest.arrest_at_pertinent_negative"  # eArrest.14 and its PN
QUALIFIERS = [
    ("exact time", None),
    ("Approximate", PertinentNegative.APPROXIMATE.value),
    ("Unable to complete", PertinentNegative.UNABLE_TO_COMPLETE.value),
]


def shown_code(value: Any) -> Any:
    """A stored value as the widgets hold it: a code, a set of codes, a NOT value's data, or None."""
    if isinstance(value, Blank):  # only Not Applicable is a choice; an imported Not Reporting shows empty
        return NOT_APPLICABLE if value.not_value is NotValue.NOT_APPLICABLE else None
    if isinstance(value, list):
        return frozenset(str(v.value) for v in value)
    if isinstance(value, Enum):
        return str(value.value)
    return value


def _enum(path: str) -> type[Enum]:
    """The NEMSIS code list of a field, or of each item of a list field."""
    for kind in base_types(field_annotation(path)):
        inner = get_args(kind)[0] if get_origin(kind) is list else kind
        if isinstance(inner, type) and issubclass(inner, Enum):
            return inner
    raise TypeError(f"{path} is not a code list")


class ArrestForm(QObject):
    committed = Signal(str, object)  # path, JSON value
    problem = Signal(str, str)

    def __init__(self, root: QWidget, qualifier: QComboBox) -> None:
        super().__init__(root)
        self.day: date | None = None
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, tuple[QLabel, str]] = {}
        self.rejected: set[str] = set()  # showing input the store or the parser refused: left as typed
        self.pending: dict[str, int] = {}  # path -> edits sent and not yet answered: their echo decides
        self._unable = False  # eArrest.14 is "Unable to complete"
        self._shown: dict[str, Any] = {}  # path -> what the store said last, as the widget holds it
        self._waiting: Report | None = None  # a refresh held back from the field the crew is in
        buddies = {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy()}
        for widget in root.findChildren(QWidget):
            path = widget.property("path")
            if isinstance(path, str) and path.startswith("arrest."):
                self.widgets[path] = widget
                if widget in buddies:
                    self.labels[path] = (buddies[widget], buddies[widget].text())
                self._wire(path, widget)
        self.qualifier = qualifier
        for words, code in QUALIFIERS:
            qualifier.addItem(words, code)
        qualifier.activated.connect(lambda _i: self._qualify())
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]

    # -- widgets ----------------------------------------------------------------------------------------

    def _wire(self, path: str, widget: QWidget) -> None:
        if isinstance(widget, QComboBox):
            codes = _enum(path)
            widget.addItem("", None)
            for member in codes:
                widget.addItem(getattr(member, "label", member.name), str(member.value))
            element = ELEMENTS.get(element_of(Arrest, path.split(".")[1]) or "")
            if element is not None and NotValue.NOT_APPLICABLE.value in element.not_values:
                widget.addItem("Not applicable", NOT_APPLICABLE)
            searchable(widget, list_name=codes.__name__)  # type to find, best match first
            widget.activated.connect(lambda _i, p=path, w=widget: self._pick(p, w.currentData()))
        elif isinstance(widget, QListWidget):
            for member in _enum(path):
                item = QListWidgetItem(getattr(member, "label", member.name))
                item.setData(Qt.ItemDataRole.UserRole, str(member.value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setSelectionMode(QListWidget.SelectionMode.NoSelection)
            widget.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH - 8}px; }}")  # gloved fingers
            widget.itemChanged.connect(lambda _item, p=path, w=widget: self._tick(p, w))
            widget.installEventFilter(self)
        elif isinstance(widget, QLineEdit):
            widget.setPlaceholderText(TIME_HINT)
            widget.editingFinished.connect(lambda p=path, w=widget: self._type(p, w.text()))

    def fit_lists(self) -> None:
        """Check lists as tall as their rows (wrapped at this width), so the page scrolls, not the list."""
        for widget in self.widgets.values():
            if isinstance(widget, QListWidget):
                widget.doItemsLayout()  # rows wrapped at the width the list has now
                rows = [widget.visualItemRect(widget.item(r)).height() for r in range(widget.count())]
                height = sum(rows[:LIST_ROWS]) + 2 * widget.frameWidth()
                if rows and widget.height() != height:
                    widget.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QListWidget):
            old, new = event.oldSize(), event.size()  # type: ignore[attr-defined]
            if old.width() != new.width():  # wider or narrower: rows wrap anew once it is laid out
                QTimer.singleShot(0, self, self.fit_lists)  # dropped if the page is gone by then
        return False

    # -- edits ------------------------------------------------------------------------------------------

    def _pick(self, path: str, code: Any) -> None:
        if self._shown.get(path) != code:
            self._send(
                path, code, {"not_value": NotValue.NOT_APPLICABLE.value} if code == NOT_APPLICABLE else code
            )

    def _tick(self, path: str, box: QListWidget) -> None:
        items = [box.item(r) for r in range(box.count())]
        codes = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        if self._shown.get(path, frozenset()) != frozenset(codes):
            self._send(path, frozenset(codes), codes or None)

    def _type(self, path: str, text: str) -> None:
        if self._shown.get(path, "") == text.strip() and path not in self.rejected:
            return
        try:
            moment = parse_clock(text, self.day) if text.strip() else None
        except BadTime as error:
            self.mark(path, str(error))
            self.problem.emit(path, str(error))
            return
        self._send(path, text.strip(), moment.isoformat() if moment else None)

    def _qualify(self) -> None:
        """eArrest.14's PNs: Approximate sits beside the time, Unable to complete replaces it."""
        code = self.qualifier.currentData()
        unable = PertinentNegative.UNABLE_TO_COMPLETE.value
        if code == unable:
            self._send(ARREST_AT, "", {"pertinent_negative": unable})
            code = None
        elif self._shown.get(ARREST_AT) == "" and self._unable:
            self._send(ARREST_AT, "", None)
        if self._shown.get(BESIDE) != code:
            self._send(BESIDE, code, code)

    def _send(self, path: str, shown: Any, value: Any) -> None:
        self._shown[path] = shown
        self.pending[path] = self.pending.get(path, 0) + 1
        self.mark(path, None)
        self.committed.emit(path, value)

    def confirmed(self, path: str) -> None:
        """The store wrote an edit of `path`: the next refresh shows what it holds."""
        left = self.pending.get(path, 0) - 1
        if left > 0:
            self.pending[path] = left
        else:
            self.pending.pop(path, None)

    def forget(self, path: str) -> None:
        """The store refused the edit: the same pick or text again must try again."""
        if path in self._shown:
            self._shown[path] = object()
        self.confirmed(path)

    # -- showing the record -------------------------------------------------------------------------------

    def show(self, report: Report, day: date | None, implied: dict[str, Any]) -> None:
        self.day, self._waiting = day, None
        focused = QApplication.focusWidget()
        arrest = report.arrest
        for path, widget in self.widgets.items():
            name = path.split(".")[1]
            value = getattr(arrest, name)
            if name in implied:
                self._hint(path, value not in (None, []) and shown_code(value) == shown_code(implied[name]))
            if path in self.rejected or self.pending.get(path):
                continue
            if _busy(widget, focused):
                self._waiting = report
                continue
            self._show(path, widget, value, day)
        self._show_qualifier(arrest, focused, report)

    def _show(self, path: str, widget: QWidget, value: Any, day: date | None) -> None:
        if isinstance(widget, QComboBox):
            code = shown_code(value)
            index = max(widget.findData(code), 0) if code is not None else 0
            if widget.currentIndex() != index:
                widget.setCurrentIndex(index)
                if widget.lineEdit() is not None:  # a long label reads from its start, not its end
                    widget.lineEdit().setCursorPosition(0)
            self._shown[path] = code
        elif isinstance(widget, QListWidget):
            codes = shown_code(value) if isinstance(value, list) else frozenset()
            widget.blockSignals(True)
            for row in range(widget.count()):
                item = widget.item(row)
                state = (
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in codes
                    else Qt.CheckState.Unchecked
                )
                if item.checkState() != state:
                    item.setCheckState(state)
            widget.blockSignals(False)
            self._shown[path] = codes
        elif isinstance(widget, QLineEdit):
            text = clock(value, day) if isinstance(value, datetime) else ""
            if widget.text() != text:
                widget.setText(text)
            self._shown[path] = text

    def _show_qualifier(self, arrest: Arrest, focused: QWidget | None, report: Report) -> None:
        at = arrest.arrest_at
        self._unable = isinstance(at, Blank) and at.pertinent_negative == PertinentNegative.UNABLE_TO_COMPLETE
        if self.pending.get(BESIDE) or self.pending.get(ARREST_AT):
            return
        beside = arrest.arrest_at_pertinent_negative
        self._shown[BESIDE] = beside.value if beside else None
        if _busy(self.qualifier, focused):
            self._waiting = report
            return
        code = PertinentNegative.UNABLE_TO_COMPLETE.value if self._unable else self._shown[BESIDE]
        index = max(self.qualifier.findData(code), 0)
        if self.qualifier.currentIndex() != index:
            self.qualifier.setCurrentIndex(index)

    def _hint(self, path: str, from_log: bool) -> None:
        if path in self.labels:
            label, words = self.labels[path]
            text = words + FROM_LOG if from_log else words
            if label.text() != text:
                label.setText(text)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        """The crew left the field a refresh waited for: show the record there now."""
        if self._waiting is not None:
            self.show(self._waiting, self.day, _implied(self._waiting))

    # -- marks, focus, read-only --------------------------------------------------------------------------

    def mark(self, path: str, message: str | None) -> None:
        """Red border and the reason as tooltip, or clear; a refused field keeps its text until fixed."""
        widget = self.widgets.get(path) or (self.qualifier if path == BESIDE else None)
        if widget is None:
            return
        if message is None:
            self.rejected.discard(path)
        else:
            self.rejected.add(path)
        show_refused(widget, message)

    def flag(self, findings: dict[str, tuple[str, str]]) -> None:
        """Rule findings on entered values show on their fields, as on the editor's other pages."""
        flag_fields(self.widgets, findings, self.rejected)

    def focus(self, path: str) -> bool:
        widget = self.widgets.get(path) or (self.qualifier if path == BESIDE else None)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        for widget in [*self.widgets.values(), self.qualifier]:
            widget.setEnabled(not read_only)


def _busy(widget: QWidget, focused: QWidget | None) -> bool:
    """The crew is in it: it (or its line edit) has the keyboard, or its list is open."""
    if isinstance(widget, QComboBox) and widget.view().isVisible():
        return True
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _implied(report: Report) -> dict[str, Any]:
    from epcr.domain.code_mode import implied

    return implied(report)
