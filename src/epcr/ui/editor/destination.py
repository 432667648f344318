"""Picking from the agency's directory, as last pulled from the station (usable offline): a destination from
its facilities on the disposition page, the unit from its vehicles on the incident page. One pick fills every
field it decides in one save (`Page.edited_together`); each field stays editable. With nothing pulled yet the
button says so and the fields are typed as before."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from epcr.domain.directory import (
    Facility,
    Vehicle,
    designation_words,
    destination_fields,
    search_text,
    unit_fields,
)
from epcr.sync import agency
from epcr.ui.binding import FieldBinder, show_value
from epcr.ui.editor.page import FormPage
from epcr.ui.forms.ui_incident import Ui_IncidentPage
from epcr.ui.theme import TOUCH

# Two-line rows, each well over the smallest target a gloved finger hits (theme.TOUCH).
ROW_STYLE = f"QListWidget::item {{ min-height: {TOUCH + 12}px; padding: 6px; }}"


@dataclass(frozen=True)
class Choice:
    shown: str  # what the row says (two lines)
    words: str  # what type-to-search matches, case-folded
    fields: dict[str, Any]  # field path -> value a pick writes


class DirectoryPicker(QDialog):
    """Type to narrow (every word, any order), Up/Down to move, Enter or a tap to pick, Escape to cancel."""

    def __init__(self, parent: QWidget, title: str, choices: Sequence[Choice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choices = list(choices)
        self.picked: Choice | None = None
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setAccessibleName(f"{title}: search")
        self.search.setPlaceholderText("Type part of the name, code, type or designation")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setStyleSheet(ROW_STYLE)
        self.list.setWordWrap(True)
        self.count = QLabel()
        for widget in (self.search, self.count, self.list):
            layout.addWidget(widget)
        self.search.textChanged.connect(self.narrow)
        self.search.returnPressed.connect(self.take_current)
        self.search.installEventFilter(self)
        self.list.itemClicked.connect(lambda _item: self.take_current())
        self.list.itemActivated.connect(lambda _item: self.take_current())
        self.narrow("")
        screen = parent.window().size() if parent.window() else None
        if screen is not None:  # most of the window, never past it (1366x768)
            self.resize(min(900, max(480, screen.width() - 80)), min(640, max(360, screen.height() - 80)))
        self.search.setFocus()

    def narrow(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for index, choice in enumerate(self.choices):
            if all(word in choice.words for word in words):
                item = QListWidgetItem(choice.shown)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.list.addItem(item)
        self.count.setText(f"{self.list.count()} of {len(self.choices)}")
        if self.list.count():
            self.list.setCurrentRow(0)

    def take_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.picked = self.choices[int(item.data(Qt.ItemDataRole.UserRole))]
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search box move through the list: the keyboard never leaves the typing."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.list.count():
                step = -1 if key == Qt.Key.Key_Up else 1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


def facility_choices(facilities: Sequence[Facility]) -> list[Choice]:
    choices = []
    for f in facilities:
        kind = f.facility_type.label if f.facility_type else "type not given"
        place = ", ".join(p for p in (f.street, f.zip) if p)
        details = " - ".join(p for p in (kind, designation_words(f), place) if p)
        head = f"{f.name} ({f.code})" if f.code else f.name
        choices.append(Choice(f"{head}\n{details}", search_text(f), destination_fields(f)))
    return choices


def vehicle_choices(vehicles: Sequence[Vehicle]) -> list[Choice]:
    choices = []
    for v in vehicles:
        sign = f"call sign {v.call_sign}" if v.call_sign else "no call sign listed"
        words = f"{v.number} {v.call_sign or ''}".casefold()
        choices.append(Choice(f"{v.number}\n{sign}", words, unit_fields(v)))
    return choices


class DirectoryButton(QPushButton):
    """The button that opens a picker; it says when nothing was pulled and then does nothing."""

    def __init__(
        self,
        label: str,
        what: str,
        load: Callable[[], list[Choice] | None],
        apply: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__()
        self.label, self.what, self.load, self.apply = label, what, load, apply
        self.picker: DirectoryPicker | None = None
        self.ready = False  # a list was pulled: only then can the button be enabled
        self.clicked.connect(self.open_picker)
        self.refresh(self.load())
        self.setEnabled(self.ready)

    def refresh(self, choices: list[Choice] | None) -> None:
        was, self.ready = self.ready, bool(choices)
        self.setText(
            self.label if self.ready else f"No {self.what} list pulled from the station yet: type below"
        )
        self.setAccessibleName(self.text())
        if was != self.ready:
            self.setEnabled(self.ready)

    def setEnabled(self, enabled: bool) -> None:
        # A locked report's page disables every button; with nothing pulled this one stays disabled too.
        super().setEnabled(enabled and self.ready)

    def open_picker(self) -> None:
        choices = self.load()  # a sync since the page was built may have pulled a new list
        self.refresh(choices)
        if not choices:
            return
        self.picker = DirectoryPicker(self.window(), self.label.rstrip("."), choices)
        self.picker.accepted.connect(self._picked)
        self.picker.open()

    def _picked(self) -> None:
        if self.picker is not None and self.picker.picked is not None:
            self.apply(self.picker.picked.fields)


def show_pick(binder: FieldBinder, fields: dict[str, Any]) -> None:
    """Show a pick's values at once and mark each field's save as on its way (its echo confirms it)."""
    for path, value in fields.items():
        widget = binder.widgets.get(path)
        if widget is None:  # saved all the same (e.g. the US National Grid), shown on no page
            continue
        binder.sent(path)
        binder.mark(path, None)
        if isinstance(widget, QLineEdit):
            widget.setText(show_value(value, binder.day))
            widget.setProperty("shown", widget.text())
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.setProperty("shown", value)


def facilities_of(home: Path | None) -> Callable[[], list[Choice] | None]:
    def load() -> list[Choice] | None:
        found = agency.facilities(home) if home is not None else None
        return facility_choices(found) if found else None

    return load


def vehicles_of(home: Path | None) -> Callable[[], list[Choice] | None]:
    def load() -> list[Choice] | None:
        found = agency.vehicles(home) if home is not None else None
        return vehicle_choices(found) if found else None

    return load


class IncidentPage(FormPage):
    """The incident and times form, with the unit picked from the agency's vehicles above its number."""

    def __init__(self, home: Path | None = None) -> None:
        super().__init__(Ui_IncidentPage, "Incident and times", "times")
        self.unit = DirectoryButton("Unit...", "unit", vehicles_of(home), self.pick)
        self.unit.setObjectName("pickUnit")
        self.ui.form.insertRow(self.ui.form.getWidgetPosition(self.ui.vehicleNumber)[0], self.unit)

    def pick(self, fields: dict[str, Any]) -> None:
        """A vehicle picked: its number and call sign, in one save."""
        show_pick(self.binder, fields)
        self.edited_together.emit(fields)
