"""Widgets bound to report fields by a `path` property (set in the Designer form): load shows the value, a
committed edit emits (path, value) for the database worker. Conversion follows the field's declared type."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, Union, get_args, get_origin

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from epcr.domain.defined_lists import impressions
from epcr.domain.fields import Blank
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS
from epcr.domain.paths import field_annotation
from epcr.ui.code_list import code_list_of, not_in_list, searchable, shown
from epcr.ui.code_picks import SUGGESTED, CodePicks, element_at, offered


class ValueError_(ValueError):
    """Text the widget cannot turn into the field's type (the message says what is allowed)."""


def base_types(annotation: Any) -> list[Any]:
    if get_origin(annotation) in (Union, types.UnionType):
        return [a for a in get_args(annotation) if a is not type(None) and a is not Blank]
    return [annotation]


def enum_of(path: str) -> type[Enum] | None:
    for kind in base_types(field_annotation(path)):
        if isinstance(kind, type) and issubclass(kind, Enum):
            return kind
    return None


def local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def show_value(value: Any, day: date | None) -> str:
    if value is None or isinstance(value, Blank):
        return ""
    if isinstance(value, datetime):
        local = value.astimezone()
        return (
            local.strftime("%H:%M")
            if day is not None and local.date() == day
            else local.strftime("%Y-%m-%d %H:%M")
        )
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def parse_text(path: str, text: str, day: date | None) -> Any:
    """The field's value from what was typed; empty text clears the field."""
    text = text.strip()
    if not text:
        return None
    kinds = base_types(field_annotation(path))
    if datetime in kinds or any(getattr(k, "__name__", "") == "AwareDatetime" for k in kinds):
        return parse_time(text, day).isoformat()
    if int in kinds:
        try:
            return int(text)
        except ValueError:
            if float not in kinds and not any(k is str or get_origin(k) is typing.Literal for k in kinds):
                raise ValueError_(f"{text!r} is not a whole number") from None
    if float in kinds:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise ValueError_(f"{text!r} is not a number") from None
    if date in kinds:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError_(f"{text!r}: write the date as YYYY-MM-DD") from None
    return text


# A time of day more than this long before the call started is the next morning's (a call past midnight).
PAST_MIDNIGHT = timedelta(hours=12)


def parse_time(text: str, day: date | None, started: datetime | None = None) -> datetime:
    """`HH:MM`, `HH:MM:SS` or `HHMM` on the call's day, or `YYYY-MM-DD HH:MM[:SS]`; in this device's time
    zone (with its offset). With `started` (the call's start), a time of day more than 12 hours before it is
    taken on the next day: 00:24 at the end of a call dispatched at 22:54."""
    moment = _parse_time(text, day)
    if started is not None and len(text) <= 8 and moment < started - PAST_MIDNIGHT:
        return moment + timedelta(days=1)
    return moment


def _parse_time(text: str, day: date | None) -> datetime:
    zone = local_now().tzinfo
    try:
        if len(text) <= 8:
            clock = text.replace(".", ":")
            if clock.isdigit() and len(clock) in (3, 4):  # 1105 -> 11:05, typed without the colon
                clock = f"{clock[:-2]}:{clock[-2:]}"
            hour, minute, *second = (int(part) for part in clock.split(":"))
            if len(second) > 1:
                raise ValueError(text)
            return datetime.combine(day or local_now().date(), datetime.min.time(), zone).replace(
                hour=hour, minute=minute, second=second[0] if second else 0
            )
        return datetime.fromisoformat(text.replace(" ", "T")).replace(tzinfo=zone)
    except ValueError:
        raise ValueError_(f"{text!r}: write the time as HH:MM (or YYYY-MM-DD HH:MM)") from None


class FieldBinder(QObject):
    committed = Signal(str, object)  # path, new value (JSON-ready)
    problem = Signal(str, str)  # path, what is wrong with the typed text

    def __init__(self, root: QWidget, day: date | None = None) -> None:
        super().__init__(root)
        self.day = day
        self.widgets: dict[str, QWidget] = {}
        self.pending: dict[str, int] = {}  # path -> edits sent and not yet answered by the database
        self.rejected: set[str] = set()  # paths showing input the database or the parser refused
        for widget in root.findChildren(QWidget):
            path = widget.property("path")
            if isinstance(path, str) and path:
                self.widgets[path] = widget
                self._wire(path, widget)
            now_for = widget.property("nowFor")
            if isinstance(now_for, str) and isinstance(widget, QPushButton):
                widget.clicked.connect(lambda _=False, p=now_for: self.stamp_now(p))

    def _wire(self, path: str, widget: QWidget) -> None:
        if isinstance(widget, CodePicks):
            widget.bind(path)
            widget.changed.connect(lambda value, p=path: self.send(p, value))
        elif isinstance(widget, QComboBox):
            self._fill(path, widget)
            widget.activated.connect(lambda _i, p=path, w=widget: self._commit_combo(p, w))  # once per choice
            chooser = code_list_of(widget)
            if chooser is not None:  # text that names no entry: flagged, nothing saved
                chooser.unmatched.connect(lambda text, p=path: self.problem.emit(p, not_in_list(text)))
                chooser.reverted.connect(lambda p=path: self.mark(p, None))
        elif isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda p=path, w=widget: self._commit_text(p, w.text()))
        elif isinstance(widget, QPlainTextEdit):
            widget.setProperty("lastSaved", "")

    def _fill(self, path: str, combo: QComboBox) -> None:
        """The field's code list, searchable as typed (epcr.ui.code_list), with an empty "not chosen" item."""
        combo.addItem("", None)
        enum, name = enum_of(path), None
        if enum is not None:
            name = enum.__name__  # the NEMSIS list's name: its abbreviations apply
            for member in enum:
                combo.addItem(getattr(member, "label", member.name), member.value)
        elif path.endswith("primary_impression"):
            name = "Impression"
            for code, entry in impressions().items():
                combo.addItem(shown(code, entry.label, name), code)
        elif (element := element_at(path)[2]) is not None and element in ENUMERATIONS:  # its XSD list
            name = ELEMENTS[element].data_type
            for code, label in offered(element).items():
                combo.addItem(label, code)
        elif element is not None and element in SUGGESTED:  # a NEMSIS suggested list (symptoms)
            name, entries = SUGGESTED[element]
            for code, entry in entries().items():
                combo.addItem(shown(code, entry.label, name), code)
        searchable(combo, list_name=name)

    def _commit_combo(self, path: str, combo: QComboBox) -> None:
        """A choice was made (activated fires once per choice; unmatched text never gets here)."""
        index = combo.currentIndex()
        if index < 0:
            return
        value = combo.itemData(index)
        if combo.property("shown") != value:
            combo.setProperty("shown", value)
            self.send(path, value)
        else:
            self.mark(path, None)  # the stored value chosen again: any flag on typed text is moot

    def _commit_text(self, path: str, text: str) -> None:
        widget = self.widgets[path]
        if widget.property("shown") == text:
            return
        try:
            value = parse_text(path, text, self.day)
        except ValueError_ as error:
            self.problem.emit(path, str(error))
            return
        widget.setProperty("shown", text)
        self.send(path, value)

    def send(self, path: str, value: Any) -> None:
        """Commit `path` = `value` as a deliberate edit (its echo then confirms it)."""
        self.sent(path)
        self.committed.emit(path, value)

    def stamp_now(self, path: str) -> None:
        """One tap: this moment, to the second, in the device's time zone."""
        widget = self.widgets[path]
        moment = local_now()
        if isinstance(widget, QLineEdit):
            widget.setText(show_value(moment, self.day))
            widget.setProperty("shown", widget.text())
        self.mark(path, None)
        self.send(path, moment.isoformat())

    def load(self, values: dict[str, Any]) -> None:
        """Show stored values (path -> value) without emitting edits. The user's screen is the truth: a field
        being edited, one whose save is still on its way, and one showing refused input are left alone, and a
        field already showing the stored value is not touched (setText would drop the selection Tab made)."""
        focused = QApplication.focusWidget()
        for path, widget in self.widgets.items():
            if path in self.pending or path in self.rejected or _holds_focus(widget, focused):
                continue
            value = values.get(path)
            if isinstance(widget, CodePicks):
                widget.show_value(value)
            elif isinstance(widget, QComboBox):
                code = value.value if isinstance(value, Enum) else value
                index = widget.findData(code)
                if widget.currentIndex() != max(index, 0):
                    widget.setCurrentIndex(max(index, 0))
                    if widget.isEditable() and widget.lineEdit() is not None:
                        widget.lineEdit().setCursorPosition(0)  # a long label shows its start, not its end
                widget.setProperty("shown", code if index >= 0 else None)
            elif isinstance(widget, QLineEdit):
                text = show_value(value, self.day)
                if widget.text() != text:
                    widget.setText(text)
                widget.setProperty("shown", text)
            elif isinstance(widget, QPlainTextEdit):
                text = "" if value is None else str(value)
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
                widget.setProperty("lastSaved", text)

    def sent(self, path: str) -> None:
        """An edit of `path` is on its way to the database: its echo decides what the field shows."""
        self.pending[path] = self.pending.get(path, 0) + 1

    def confirmed(self, path: str, ok: bool) -> None:
        """The database answered one edit of `path` (written, or refused)."""
        left = self.pending.get(path, 0) - 1
        if left > 0:
            self.pending[path] = left
        else:
            self.pending.pop(path, None)
        if ok and path in self.rejected:
            self.mark(path, None)

    def mark(self, path: str, message: str | None) -> None:
        """Red border and the reason as tooltip, or clear (refused input stays on screen until fixed)."""
        widget = self.widgets.get(path)
        if widget is None:
            return
        if message is None:
            self.rejected.discard(path)
        else:
            self.rejected.add(path)
        show_refused(widget, message)

    def flag(self, findings: dict[str, tuple[str, str]]) -> None:
        """Rule findings on what was entered (path -> severity label, message) show on their fields."""
        flag_fields(self.widgets, findings, self.rejected)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            widget.setEnabled(not read_only)
        for button in self.parent().findChildren(QPushButton):  # type: ignore[union-attr]
            if button.property("nowFor"):
                button.setEnabled(not read_only)


def show_refused(widget: QWidget, message: str | None) -> None:
    """Red frame and the reason as tooltip (input refused, nothing saved), or clear; re-polished on change."""
    if widget.property("invalid") == (message is not None) and widget.toolTip() == (message or ""):
        return
    widget.setProperty("invalid", message is not None)
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def flag_fields(widgets: dict[str, QWidget], findings: dict[str, tuple[str, str]], refused: set[str]) -> None:
    """A coloured frame and the message as tooltip on each field a rule finding names (path -> severity
    label, message); re-polished only where the flag changes; a refused field keeps its own message."""
    for path, widget in widgets.items():
        severity, message = findings.get(path, ("", ""))
        if widget.property("finding") == (severity or None):
            continue
        widget.setProperty("finding", severity or None)
        if path not in refused:
            widget.setToolTip(message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _holds_focus(widget: QWidget, focused: QWidget | None) -> bool:
    """The widget is being edited: it or its inner line edit (an editable combo's) has the keyboard."""
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def value_at(report: Any, path: str) -> Any:
    """The value a dotted singleton path names in a report (for loading form pages)."""
    current = report
    for key in path.split("."):
        current = getattr(current, key, None)
        if current is None:
            return None
    return current
