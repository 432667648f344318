"""A list field's codes picked one by one: allergies, medical history, trauma triage criteria, barriers to
care, protocols used. A searchable "add" list (the element's own codes, a NEMSIS suggested list, or a code
typed in the form the standard allows), the picks below it, and the element's pertinent negatives ("No
known drug allergy", "None reported") or "Not applicable" as one choice that stands instead of the codes.
Placed in Designer forms as a promoted widget with a `path` property; `FieldBinder` calls `bind(path)`,
shows stored values with `show_value` (which emits nothing) and saves what `changed` emits: the field's
whole new value, as the store takes it (a list of codes or of groups, a blank, or None)."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from epcr.domain.defined_lists import CodeEntry, impressions, medications, symptoms
from epcr.domain.fields import Blank, check_value, element_of
from epcr.domain.nemsis.codes import LABELS, NotValue
from epcr.domain.nemsis.element import Element
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS
from epcr.domain.paths import parse
from epcr.ui.code_list import code_list_of, searchable, shown

TOUCH = 40  # px: a row a gloved finger can hit
ROWS_SHOWN = 8  # picks shown before the list scrolls

# Elements coded from a national list NEMSIS publishes as a suggested (defined) list rather than in the XSD:
# its entries are offered, and any code in the element's own form is taken too.
SUGGESTED: dict[str, tuple[str, Callable[[], dict[str, CodeEntry]]]] = {
    "eHistory.06": ("Medication", medications),  # RxNorm (or ICD-10 Z88.x)
    "eHistory.08": ("Impression", impressions),  # ICD-10-CM
    "eHistory.12": ("Medication", medications),
    "eSituation.09": ("Symptom", symptoms),
    "eSituation.10": ("Symptom", symptoms),
    "eSituation.12": ("Impression", impressions),
}


def offered(element_id: str) -> dict[str, str]:
    """The element's codes a crew may pick: NEMSIS keeps deprecated codes readable, not for new entries."""
    return {c: label for c, label in ENUMERATIONS.get(element_id, {}).items() if "(DEPRECATED)" not in label}


def element_at(path: str) -> tuple[type[BaseModel], str, str | None]:
    """The model holding the field a path names, the field's name and its NEMSIS element (None: none)."""
    fp = parse(path)
    model: type[BaseModel] = fp.part.model
    for key in fp.keys[:-1]:
        inner = _model(model.model_fields[key].annotation)
        assert inner is not None, path
        model = inner
    name = fp.keys[-1]
    return model, name, element_of(model, name)


def _model(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) in (Union, types.UnionType, list):
        for argument in get_args(annotation):
            found = _model(argument)
            if found is not None:
                return found
        return None
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def code_label(element_id: str, code: str) -> str:
    """What a code is called: the element's own list, else the suggested list, else the code itself."""
    label = ENUMERATIONS.get(element_id, {}).get(code)
    if label is not None:
        return label
    if element_id in SUGGESTED:
        list_name, entries = SUGGESTED[element_id]
        entry = entries().get(code)
        if entry is not None:
            return shown(code, entry.label, list_name)
    return code


def blank_label(blank: dict[str, Any]) -> str:
    code = blank.get("pertinent_negative") or blank.get("not_value") or ""
    kind = "PertinentNegative" if "pertinent_negative" in blank else "NotValue"
    return LABELS[kind].get(str(code), str(code))


class CodePicks(QWidget):
    changed = Signal(object)  # the field's new value: [codes] or [groups], {"pertinent_negative": ...}, None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self.element: Element | None = None
        self.code_key: str | None = None  # a list of groups: the group's coded field (eProtocols.01) ...
        self.beside_key: str | None = None  # ... and a second coded field chosen beside it (eProtocols.02)
        self._value: list[Any] | dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.add = QComboBox(self)
        self.add.setObjectName("add")
        self.add.setMinimumHeight(TOUCH)
        row.addWidget(self.add, 3)
        self.beside = QComboBox(self)
        self.beside.setObjectName("beside")
        self.beside.setMinimumHeight(TOUCH)
        self.beside.setVisible(False)
        row.addWidget(self.beside, 1)
        self.remove = QPushButton("Remove", self)
        self.remove.setObjectName("remove")
        self.remove.setMinimumHeight(TOUCH)
        self.remove.setEnabled(False)
        row.addWidget(self.remove)
        outer.addLayout(row)
        self.picked = QListWidget(self)
        self.picked.setObjectName("picked")
        self.picked.setWordWrap(True)
        self.picked.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picked.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH - 8}px; }}")
        self.picked.installEventFilter(self)
        outer.addWidget(self.picked)
        self.add.activated.connect(self._take)
        self.remove.clicked.connect(self._remove_current)
        self.picked.currentRowChanged.connect(lambda r: self.remove.setEnabled(r >= 0 and self.isEnabled()))
        self._fit()

    # -- set up from the field ----------------------------------------------------------------------------

    def bind(self, path: str) -> None:
        """Fill the lists from the field's element (called once the form has set the `path` property)."""
        self.path = path
        model, name, element_id = element_at(path)
        annotation = model.model_fields[name].annotation
        group = _model(annotation) if get_origin(annotation) is list else None
        if group is not None:  # a list of groups: pick its first coded field, choose the second beside it
            coded = [(n, e) for n in group.model_fields if (e := element_of(group, n)) in ELEMENTS]
            self.code_key, element_id = coded[0]
            if len(coded) > 1 and coded[1][1] in ENUMERATIONS:
                self.beside_key = coded[1][0]
                self.beside.addItem("", None)
                for code, label in offered(coded[1][1]).items():
                    self.beside.addItem(label, code)
                searchable(self.beside, list_name=ELEMENTS[coded[1][1]].data_type)
                self.beside.setAccessibleName(ELEMENTS[coded[1][1]].name)
                self.beside.lineEdit().setPlaceholderText(ELEMENTS[coded[1][1]].name)
                self.beside.setVisible(True)
        assert element_id is not None and element_id in ELEMENTS, f"{path} is not a NEMSIS coded list"
        self.element = ELEMENTS[element_id]
        self.add.setAccessibleName(f"Add {self.element.name}")
        self.picked.setAccessibleName(self.element.name)
        self.add.addItem("", None)
        blanks = Blank in get_args(annotation)  # symptoms_not_present is itself the negation: no blank
        for code in self.element.pertinent_negatives if blanks else ():  # instead of codes: "No known ..."
            self.add.addItem(LABELS["PertinentNegative"][code], {"pertinent_negative": code})
        if blanks and NotValue.NOT_APPLICABLE.value in self.element.not_values:
            self.add.addItem(LABELS["NotValue"][NotValue.NOT_APPLICABLE.value], {"not_value": "7701001"})
        list_name: str | None = self.element.data_type
        if element_id in ENUMERATIONS:
            for code, label in offered(element_id).items():
                self.add.addItem(label, code)
        elif element_id in SUGGESTED:
            list_name, entries = SUGGESTED[element_id]
            for code, entry in entries().items():
                self.add.addItem(shown(code, entry.label, list_name), code)
        searchable(self.add, list_name=list_name)
        chooser = code_list_of(self.add)
        assert chooser is not None
        chooser.unmatched.connect(self._typed_code)
        self.add.lineEdit().setPlaceholderText(self._hint())

    def _hint(self) -> str:
        assert self.element is not None
        if self.element.id in ENUMERATIONS or self.element.id in SUGGESTED:
            return "Type to search, Enter to add"
        return f"Type the {self.element.name.lower()} code, Enter to add"

    # -- the crew's picks ---------------------------------------------------------------------------------

    def _take(self, row: int) -> None:
        choice = self.add.itemData(row)
        if choice is None:
            return
        self._clear_add()
        if isinstance(choice, dict):  # a pertinent negative or Not applicable replaces every code
            self._commit(dict(choice))
            return
        self._add_code(str(choice))

    def _typed_code(self, text: str) -> None:
        """Text that names no entry: taken as a code when it has the element's form, else refused here."""
        assert self.element is not None
        code = text.strip().upper() if self.element.pattern else text.strip()
        try:
            check_value(self.element, code)
        except ValueError as error:
            self._refuse(f"{self.element.name}: {text.strip()!r} is not in the list; {error}")
            return
        self._clear_add()
        self._add_code(code)

    def _add_code(self, code: str) -> None:
        entries = list(self._value) if isinstance(self._value, list) else []
        if self.code_key is not None:
            entry = {self.code_key: code}
            if self.beside_key is not None:
                entry[self.beside_key] = self.beside.currentData()
            if entry in entries:
                return
            entries.append(entry)
        else:
            if code in entries:
                return  # picked twice (a double tap): once is what was meant
            entries.append(code)
        self._commit(entries)

    def _remove_current(self) -> None:
        row = self.picked.currentRow()
        if row < 0:
            return
        if isinstance(self._value, dict):
            self._commit(None)
        elif isinstance(self._value, list) and row < len(self._value):
            entries = [e for i, e in enumerate(self._value) if i != row]
            self._commit(entries or None)
        self.picked.setCurrentRow(min(row, self.picked.count() - 1))

    def _commit(self, value: list[Any] | dict[str, Any] | None) -> None:
        self._refuse(None)
        self._show(value)
        self.changed.emit(value)

    def _clear_add(self) -> None:
        chooser = code_list_of(self.add)
        if chooser is not None:
            chooser.revert()  # back to the empty item, its mark cleared: ready for the next pick
        self.add.setCurrentIndex(0)
        self.add.lineEdit().clear()

    def _refuse(self, message: str | None) -> None:
        self.add.setToolTip(message or "")
        if bool(self.add.property("invalid")) != (message is not None):
            self.add.setProperty("invalid", message is not None)
            self.add.style().unpolish(self.add)
            self.add.style().polish(self.add)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.picked
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.isEnabled()
        ):
            self._remove_current()
            return True
        return False

    # -- showing the stored value -----------------------------------------------------------------------

    def show_value(self, value: Any) -> None:
        """The stored value (a list, a blank, or None), shown without emitting anything."""
        if isinstance(value, BaseModel):
            value = value.model_dump(mode="json", exclude_none=True)
        elif isinstance(value, list):
            value = [v.model_dump(mode="json") if isinstance(v, BaseModel) else str(v) for v in value]
        self._show(value or None)

    def value(self) -> list[Any] | dict[str, Any] | None:
        return self._value

    def _show(self, value: list[Any] | dict[str, Any] | None) -> None:
        if value == self._value and self.picked.count() == len(self._rows(value)):
            return
        self._value = value
        current = self.picked.currentRow()
        self.picked.clear()
        for text in self._rows(value):
            self.picked.addItem(QListWidgetItem(text))
        if self.picked.count():
            self.picked.setCurrentRow(min(max(current, 0), self.picked.count() - 1))
        self._fit()

    def _rows(self, value: list[Any] | dict[str, Any] | None) -> list[str]:
        assert self.element is not None or value is None
        if value is None or self.element is None:
            return []
        if isinstance(value, dict):
            return [blank_label(value).upper()]  # stands out: looked for, none
        rows = []
        for entry in value:
            if isinstance(entry, dict) and self.code_key is not None:
                text = _entry_text(self.element.id, entry.get(self.code_key))
                beside = entry.get(self.beside_key) if self.beside_key else None
                if beside:
                    text += f" ({self.beside.itemText(max(self.beside.findData(beside), 0))})"
                rows.append(text)
            else:
                rows.append(code_label(self.element.id, str(entry)))
        return rows

    def _fit(self) -> None:
        """As tall as its picks (up to ROWS_SHOWN), so the page scrolls rather than a small list."""
        count = self.picked.count()
        self.picked.setFixedHeight(min(count, ROWS_SHOWN) * TOUCH + 2 * self.picked.frameWidth())
        self.picked.setVisible(count > 0)  # nothing picked: no empty box, the page stays short
        self.remove.setVisible(count > 0)

    def setEnabled(self, enabled: bool) -> None:  # Qt's name: the binder and pages call it
        super().setEnabled(enabled)
        self.remove.setEnabled(enabled and self.picked.currentRow() >= 0)


def _entry_text(element_id: str, code: Any) -> str:
    if isinstance(code, dict):
        return blank_label(code)
    return code_label(element_id, str(code)) if code else ""


__all__ = ["CodePicks", "code_label", "element_at", "offered"]
