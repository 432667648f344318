"""Correct one care entry: a small dialog with the entry's fields, filled from the record. Save checks what
was typed (each problem shown under its field, nothing saved) and hands back only the fields that changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from epcr.domain.fields import Blank
from epcr.ui.binding import ValueError_, parse_time, show_value
from epcr.ui.editor.entries import ERROR_STYLE, fit_combo, searchable

Option = tuple[str, str]  # (words shown, code stored)


class Kind(Enum):
    TIME = auto()
    TEXT = auto()
    NUMBER = auto()
    WHOLE = auto()
    CHOICE = auto()  # one code of a list
    CHOICES = auto()  # several codes of a list


@dataclass(frozen=True)
class Field:
    key: str  # the entry's field: the edit's path is "<entry path>.<key>"
    label: str
    kind: Kind
    value: Any = None  # as stored: datetime, enum, number, text, list of enums, a NOT value, or None
    options: Sequence[Option] = ()
    element: str = ""  # the NEMSIS element it maps to, for the reader (accessible description)
    list_name: str | None = None  # the code list whose abbreviations a search understands ("DoseUnit")


def code_of(value: Any) -> Any:
    """What a stored value is as the dialog compares it: enums as their code, NOT values as nothing."""
    if isinstance(value, Blank) or value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return sorted(code_of(v) for v in value) or None
    return value


class EntryDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, fields: Sequence[Field], day: date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields = {f.key: f for f in fields}
        self.day = day
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.changes: dict[str, Any] = {}  # key -> new value (JSON-ready), filled by a successful Save
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above: the field gets the width
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            widget = self._widget(spec)
            widget.setObjectName(spec.key)
            widget.setAccessibleName(spec.label)
            widget.setAccessibleDescription(spec.element)
            self.widgets[spec.key] = widget
            form.addRow(spec.label, widget)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().setCursorPosition(0)  # a long label reads from its start
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[spec.key] = error
            form.addRow("", error)
        scroll = QScrollArea()  # 20 pt text on a 768-line screen: the fields scroll, Save stays in view
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()  # as big as useful, never bigger than the screen
        self.resize(min(720, room.width() - 40), min(body.sizeHint().height() + 120, room.height() - 80))

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind is Kind.CHOICE:
            combo = QComboBox()
            fit_combo(combo)
            self.set_options(spec.key, spec.options, combo, code_of(spec.value))
            searchable(combo, spec.list_name)
            return combo
        if spec.kind is Kind.CHOICES:
            box = QListWidget()
            chosen = code_of(spec.value) or []
            for words, code in spec.options:
                item = QListWidgetItem(words)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
                box.addItem(item)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            return box
        line = QLineEdit(self._text(spec))
        return line

    def _text(self, spec: Field) -> str:
        value = spec.value
        if spec.kind is Kind.TIME:
            return show_value(value, self.day) if isinstance(value, datetime) else ""
        if spec.kind is Kind.NUMBER and isinstance(value, float):
            return f"{value:g}"
        return "" if code_of(value) is None else str(value)

    # -- choices --------------------------------------------------------------------------------------------

    def combo(self, key: str) -> QComboBox:
        widget = self.widgets[key]
        assert isinstance(widget, QComboBox)
        return widget

    def set_options(
        self, key: str, options: Sequence[Option], combo: QComboBox | None = None, keep: Any = None
    ) -> None:
        """Fill a choice: blank first (nothing picked for the crew), the options, and the recorded value even
        when it is not among them (a record is shown as it is)."""
        combo = combo or self.combo(key)
        current = keep if keep is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for words, code in options:
            combo.addItem(words, code)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(f"{current} (as recorded)", current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    # -- saving ---------------------------------------------------------------------------------------------

    def accept(self) -> None:
        changes: dict[str, Any] = {}
        wrong = False
        for key, spec in self.fields.items():
            self._show_error(key, None)
            try:
                changed, value = self._read(spec)
            except ValueError_ as error:
                self._show_error(key, f"{spec.label}: {error}")
                wrong = True
                continue
            if changed:
                changes[key] = value
        if wrong:
            return  # nothing saved: each problem is under its field
        self.changes = changes
        super().accept()

    def _read(self, spec: Field) -> tuple[bool, Any]:
        """(changed?, the new value as the store takes it)."""
        widget = self.widgets[spec.key]
        if isinstance(widget, QComboBox):
            code = widget.currentData()
            if widget.currentText().strip() and widget.findText(widget.currentText()) < 0:
                raise ValueError_(f"{widget.currentText()!r} is not in the list")
            return code != code_of(spec.value), code
        if isinstance(widget, QListWidget):
            codes = sorted(
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            )
            return (codes or None) != code_of(spec.value), codes or None
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if text == self._text(spec).strip():
            return False, None  # untouched: the stored value stays exactly as it is (seconds included)
        if not text:
            return True, None
        if spec.kind is Kind.TIME:
            return True, parse_time(text, self.day).isoformat()
        if spec.kind is Kind.NUMBER:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                raise ValueError_(f"{text!r} is not a number") from None
            if number <= 0:
                raise ValueError_(f"{text!r} must be more than 0")
            return True, number
        if spec.kind is Kind.WHOLE:
            try:
                return True, int(text)
            except ValueError:
                raise ValueError_(f"{text!r} is not a whole number") from None
        return True, text

    def _show_error(self, key: str, message: str | None) -> None:
        label, widget = self.errors[key], self.widgets[key]
        label.setText(message or "")
        label.setVisible(message is not None)
        widget.setProperty("invalid", message is not None)
        widget.setToolTip(message or "")
        widget.style().unpolish(widget)
        widget.style().polish(widget)
