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
from itertools import pairwise
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
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
        self.group: type[BaseModel] | None = None  # a list of groups: their model ...
        self.code_key: str | None = None  # ... the group's coded field (eProtocols.01) ...
        self.details: list[Detail] = []  # ... and its other fields, chosen beside it (age category, dose)
        self._chosen: str | None = None  # with details: the code picked, waiting for its details and Add
        self._value: list[Any] | dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.add = QComboBox(self)
        self.add.setObjectName("add")
        self.add.setMinimumHeight(TOUCH)
        row.addWidget(self.add, 3)
        self.beside = QHBoxLayout()  # one detail sits beside the code; more go on a row of their own
        row.addLayout(self.beside, 1)
        self.more = QGridLayout()
        self.commit_group = QPushButton("Add", self)
        self.commit_group.setObjectName("addGroup")
        self.commit_group.setMinimumHeight(TOUCH)
        self.commit_group.setVisible(False)
        self.commit_group.clicked.connect(self._add_group)
        self.remove = QPushButton("Remove", self)
        self.remove.setObjectName("remove")
        self.remove.setMinimumHeight(TOUCH)
        self.remove.setEnabled(False)
        row.addWidget(self.remove)
        outer.addLayout(row)
        outer.addLayout(self.more)
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
        lists = [a for a in (annotation, *get_args(annotation)) if get_origin(a) is list]
        group = _model(lists[0]) if lists else None  # a list of groups (perhaps optional)
        code_annotation = annotation
        if group is not None:  # a list of groups: pick its first coded field, the others beside it
            coded = [(n, e) for n in group.model_fields if (e := element_of(group, n)) in ELEMENTS]
            self.group, (self.code_key, element_id) = group, coded[0]
            code_annotation = group.model_fields[self.code_key].annotation
            self.details = [self._detail(n, e, group) for n, e in coded[1:] if e is not None]
            self._place_details()
        assert element_id is not None and element_id in ELEMENTS, f"{path} is not a NEMSIS coded list"
        self.element = ELEMENTS[element_id]
        self.add.setAccessibleName(f"Add {self.element.name}")
        if len(self.details) > 1:
            self.commit_group.setText(f"Add {self.element.name.lower()}")
            self.commit_group.setAccessibleName(f"Add {self.element.name} with its details")
        self.picked.setAccessibleName(self.element.name)
        self.add.addItem("", None)
        blanks = Blank in get_args(code_annotation)  # symptoms_not_present is the negation: no blank
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

    def _detail(self, key: str, element_id: str, group: type[BaseModel]) -> Detail:
        """A field of the group chosen beside its code: a searchable list when coded, else typed."""
        element = ELEMENTS[element_id]
        widget: QComboBox | QLineEdit
        if element_id in ENUMERATIONS:
            widget = QComboBox(self)
            widget.addItem("", None)
            for code, label in offered(element_id).items():
                widget.addItem(label, code)
            searchable(widget, list_name=element.data_type)
            widget.lineEdit().setPlaceholderText(element.name)
        else:
            widget = QLineEdit(self)
            widget.setPlaceholderText(element.name)
            widget.returnPressed.connect(self._add_group)  # Enter in a typed detail adds the group
        widget.setObjectName(key)
        widget.setAccessibleName(element.name)
        widget.setMinimumHeight(TOUCH)
        kinds = [a for a in get_args(group.model_fields[key].annotation) if a is not type(None)]
        return Detail(key, element, widget, float if float in kinds else int if int in kinds else str)

    def _place_details(self) -> None:
        names = [d.element.name.split() for d in self.details]
        shared = 0  # "Current Medication Dose", "... Frequency": the words every detail starts with
        while len(names) > 1 and all(len(n) > shared + 1 and n[shared] == names[0][shared] for n in names):
            shared += 1
        for detail, words in zip(self.details, names, strict=True):
            short = " ".join(words[shared:])  # "Dose", "Frequency": the placeholder fits its field
            line = detail.widget.lineEdit() if isinstance(detail.widget, QComboBox) else detail.widget
            line.setPlaceholderText(short)
        if len(self.details) == 1:  # the protocol's age category: beside it, taken with the pick
            self.beside.addWidget(self.details[0].widget)
            return
        for index, detail in enumerate(self.details):
            self.more.addWidget(detail.widget, index // 2, index % 2)
        if self.details:
            self.more.addWidget(self.commit_group, (len(self.details) + 1) // 2, 1)
            self.commit_group.setVisible(True)
        chain = [self.add, *(d.widget for d in self.details), self.commit_group, self.remove, self.picked]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # the code, its details, Add: as the crew fills them

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
        if isinstance(choice, dict):  # a pertinent negative or Not applicable replaces every code
            self._clear_add()
            self._commit([{self.code_key: dict(choice)}] if self.code_key else dict(choice))
            return
        self._pick(str(choice))

    def _typed_code(self, text: str) -> None:
        """Text that names no entry: taken as a code when it has the element's form, else refused here."""
        assert self.element is not None
        code = text.strip().upper() if self.element.pattern else text.strip()
        try:
            check_value(self.element, code)
        except ValueError as error:
            self._refuse(f"{self.element.name}: {text.strip()!r} is not in the list; {error}")
            return
        self._pick(code)

    def _pick(self, code: str) -> None:
        """A code chosen: added at once, or, when the group has details to give, held until Add."""
        if len(self.details) > 1:
            self._chosen = code
            self._refuse(None)
            QTimer.singleShot(0, self, self._on_to_details)  # after the key that picked it is done
            return
        self._clear_add()
        self._add_code(code)

    def _refused_by_model(self, entry: dict[str, Any]) -> tuple[Detail, str] | None:
        """The group's own rules (a dose cannot be negative), with the detail they name."""
        if self.group is None:
            return None
        try:
            self.group.model_validate({k: v for k, v in entry.items() if v is not None})
        except ValidationError as error:
            for problem in error.errors():
                key = str(problem["loc"][0]) if problem["loc"] else ""
                detail = next((d for d in self.details if d.key == key), self.details[0])
                return detail, f"{detail.element.name}: {problem['msg'].removeprefix('Value error, ')}"
        return None

    def _on_to_details(self) -> None:
        """Enter picked the code: the cursor goes on to the first detail (Tab gets there by itself)."""
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self.add or self.add.isAncestorOf(focused)):
            self.details[0].widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _add_group(self) -> None:
        """Add: the code held with the details given beside it, each checked against its element."""
        code = self._chosen
        if code is None or self.add.lineEdit().text().strip() == "":
            self._refuse(f"{self.element.name if self.element else 'Code'}: pick one first")
            return
        values: dict[str, Any] = {}
        for detail in self.details:
            try:
                values[detail.key] = detail.value()
            except ValueError as error:
                _mark(detail.widget, f"{detail.element.name}: {error}")
                detail.widget.setFocus()
                return
            _mark(detail.widget, None)
        refused = self._refused_by_model({self.code_key or "": code, **values})
        if refused is not None:
            detail, message = refused
            _mark(detail.widget, message)
            detail.widget.setFocus()
            return
        self._clear_add()
        for detail in self.details:
            detail.clear()
        self._add_code(code, values)
        self.add.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next medication

    def _add_code(self, code: str, details: dict[str, Any] | None = None) -> None:
        entries = list(self._value) if isinstance(self._value, list) else []
        if entries and isinstance(entries[0], dict) and isinstance(entries[0].get(self.code_key), dict):
            entries = []  # a code picked after "None reported": the code is what the crew means now
        if self.code_key is not None:
            if details is None:
                details = {d.key: d.value() for d in self.details}
            entry = {self.code_key: code, **{k: v for k, v in details.items() if v is not None}}
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
        self._chosen = None
        chooser = code_list_of(self.add)
        if chooser is not None:
            chooser.revert()  # back to the empty item, its mark cleared: ready for the next pick
        self.add.setCurrentIndex(0)
        self.add.lineEdit().clear()

    def _refuse(self, message: str | None) -> None:
        _mark(self.add, message)

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
                said = [d.words(entry.get(d.key)) for d in self.details if entry.get(d.key) is not None]
                if said:
                    text += f" ({', '.join(said)})"
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


class Detail:
    """One field of a group given beside its code: its key, element, widget and value type."""

    def __init__(self, key: str, element: Element, widget: QComboBox | QLineEdit, kind: type) -> None:
        self.key, self.element, self.widget, self.kind = key, element, widget, kind

    def value(self) -> Any:
        """What the widget holds, as the field's type; ValueError says what the element allows."""
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData()
        text = self.widget.text().strip()
        if not text:
            return None
        try:
            value = self.kind(text.replace(",", ".")) if self.kind in (int, float) else text
        except ValueError:
            raise ValueError(f"{text!r} is not a number") from None
        check_value(self.element, value)
        return value

    def words(self, value: Any) -> str:
        if isinstance(self.widget, QComboBox):
            return ENUMERATIONS.get(self.element.id, {}).get(str(value), str(value))
        return f"{value:g}" if isinstance(value, float) else str(value)

    def clear(self) -> None:
        if isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(0)
            self.widget.lineEdit().clear()
        else:
            self.widget.clear()


def _mark(widget: QWidget, message: str | None) -> None:
    """Red frame and the reason as tooltip, or clear (nothing is written while it shows)."""
    widget.setToolTip(message or "")
    if bool(widget.property("invalid")) != (message is not None):
        widget.setProperty("invalid", message is not None)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _entry_text(element_id: str, code: Any) -> str:
    if isinstance(code, dict):
        return blank_label(code)
    return code_label(element_id, str(code)) if code else ""


__all__ = ["CodePicks", "code_label", "element_at", "offered"]
