"""Type-to-search code lists: `searchable(combo)` makes any QComboBox find what a crew types.

Use it on a combo already filled with (label, data) items, the data being the code (an item with empty text
means "nothing chosen"), or give `entries` [(code, label), ...] to fill it (an empty first item is added).
Give `list_name` ("Impression", "MedicationRoute", "DoseUnit", ...) to use that list's abbreviations from
`resources/code_search/abbreviations.toml`; without it the list is guessed from the codes. The combo then:

- is editable; every typed key, Space included, goes into the field. A popup under it lists the matches,
  best first (`epcr.domain.code_search`), and never takes the keyboard focus;
- Up/Down (PageUp/PageDown) move the highlight, opening the whole list when the popup is closed; Enter or Tab
  takes the highlighted match (the first one unless moved), and Tab then moves on as usual; a click takes the
  clicked match; Escape closes the popup and puts the previous value back;
- taking a match sets the current index (`currentData()` is the code), shows the label and emits
  `activated(index)` and `textActivated(text)` once, like a pick from the combo's own list;
- leaving the field with text that names exactly one entry (its label, its code, or an abbreviation that
  means only it) takes that entry; empty text takes the "nothing chosen" item; any other text stays on screen
  marked invalid, `currentData()` becomes None and `code_list_of(combo).unmatched` emits the text
  (`reverted` when Escape then puts the previous value back);
- setting the index in code (loading a stored value) emits nothing: only a user's choice emits `activated`.

Connect to `activated` to save a choice; read `currentData()` when a button records an entry (None: nothing
valid is chosen). `use_device_home(home)` (once, at start) adds the agency's `agency-abbreviations.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from epcr.domain.code_search import Abbreviations, CodeIndex, guess_list, load_abbreviations

MAX_SHOWN = 50  # matches listed per keystroke
ROWS_VISIBLE = 10
NOT_IN_LIST = " is not in the list: pick one of the matches"
WITH_CODE = frozenset({"Impression", "Symptom", "Medication"})  # ICD-10 and RxNorm: the code is shown too


class _Shared:
    abbreviations: Abbreviations | None = None
    generation = 0  # bumped when the abbreviations change: every list rebuilds its index


def use_device_home(home: Path | None) -> tuple[str, ...]:
    """Use the shipped abbreviations plus the agency's file in `home`; returns why that file was refused."""
    _Shared.abbreviations = load_abbreviations(home)
    _Shared.generation += 1
    return _Shared.abbreviations.problems


def abbreviations() -> Abbreviations:
    if _Shared.abbreviations is None:
        _Shared.abbreviations = load_abbreviations()
    return _Shared.abbreviations


def not_in_list(text: str) -> str:
    return f"{text!r}{NOT_IN_LIST}"


def shown(code: str, label: str, list_name: str | None) -> str:
    """The words a chosen code is shown in: its label, and the code itself for ICD-10 and RxNorm lists."""
    return f"{label} ({code})" if list_name in WITH_CODE else label


def searchable(
    combo: QComboBox, entries: Sequence[tuple[str, str]] | None = None, list_name: str | None = None
) -> None:
    """Make `combo` a type-to-search code list (see the module docstring); calling it again refreshes it."""
    if entries is not None:
        combo.clear()
        combo.addItem("", None)
        for code, label in entries:
            combo.addItem(shown(code, label, list_name), code)
    existing = code_list_of(combo)
    if existing is None:
        CodeList(combo, list_name)
    else:
        existing.list_name = list_name
        existing.stale = True


def code_list_of(combo: QComboBox) -> CodeList | None:
    found = combo.findChild(QObject, CodeList.NAME)
    return found if isinstance(found, CodeList) else None


def _code(data: Any) -> str:
    if data is None:
        return ""
    return str(data.value) if isinstance(data, Enum) else str(data)


def _search_label(text: str, code: str) -> str:
    """The label without the code shown beside it ("Aspirin (1191)", "R07.9 Chest pain")."""
    if code and text.endswith(f" ({code})"):
        return text[: -len(code) - 3]
    if code and text.startswith(f"{code} "):
        return text[len(code) + 1 :]
    return text


class _Popup(QListWidget):
    """The matches: a window that is shown without activation and never takes focus."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Matches")


class CodeList(QObject):
    """The search behaviour of one combo (a child of it)."""

    NAME = "epcrCodeList"
    unmatched = Signal(str)  # text left in the field that names no entry: nothing was taken
    reverted = Signal()  # Escape put the previous value back

    def __init__(self, combo: QComboBox, list_name: str | None) -> None:
        super().__init__(combo)
        self.setObjectName(self.NAME)
        self.combo, self.list_name = combo, list_name
        self.stale = True
        self._index = CodeIndex(())
        self._rows: list[int] = []  # index entry -> combo row
        self._generation = -1
        self._kept: Any = combo.currentData()  # the value Escape puts back after unmatched text
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # type: ignore[arg-type]  # Qt's inline completion would type ahead
        line = combo.lineEdit()
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self.finish)
        combo.installEventFilter(self)
        line.installEventFilter(self)
        combo.currentIndexChanged.connect(self._remember)
        model = combo.model()
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            changed.connect(self._mark_stale)
        self._popup: _Popup | None = None  # made when first needed: a page of many lists opens faster

    # -- the index, rebuilt when the items or the abbreviations change -----------------------------------

    @property
    def popup(self) -> _Popup:
        """The matches' window (a top-level window each: made on first use, not with the page)."""
        if self._popup is None:
            self._popup = _Popup(self.combo)
            self._popup.itemClicked.connect(lambda item: self.take(item.data(Qt.ItemDataRole.UserRole)))
        return self._popup

    def _popup_open(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def _hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def _mark_stale(self, *_: object) -> None:
        self.stale = True

    def index(self) -> CodeIndex:
        if self.stale or self._generation != _Shared.generation:
            combo = self.combo
            rows = [row for row in range(combo.count()) if combo.itemText(row).strip()]
            codes = [_code(combo.itemData(row)) for row in rows]
            name = self.list_name or guess_list(codes)
            entries = [
                (code, _search_label(combo.itemText(row), code))
                for code, row in zip(codes, rows, strict=True)
            ]
            self._index = CodeIndex(entries, abbreviations().aliases(name))
            self._rows, self.stale, self._generation = rows, False, _Shared.generation
        return self._index

    # -- keys ---------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            open_, key = self._popup_open(), event.key()
            if (key == Qt.Key.Key_Escape and (open_ or self._edited())) or (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and open_
            ):
                event.accept()  # the list's keys, not a window shortcut's
        elif kind in (QEvent.Type.FocusOut, QEvent.Type.Hide) and watched is self.combo:
            self._hide_popup()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, open_ = event.key(), self._popup_open()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                return False  # Alt+Down: the combo's own list, a deliberate pick
            if open_:
                self._move(key)
            else:
                self._browse()
            return True  # never let the combo step its value
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if open_ and self.popup.currentItem() is not None:
                self.take(self.popup.currentItem().data(Qt.ItemDataRole.UserRole))
                return True
            self.finish()
            event.ignore()  # past the combo (Qt's own Enter would emit activated again) to a dialog's button
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and open_ and self.popup.currentItem() is not None:
            self.take(self.popup.currentItem().data(Qt.ItemDataRole.UserRole))
            return False  # and move on
        if key == Qt.Key.Key_Escape and (open_ or self._edited()):
            self.revert()
            return True
        return False

    def _move(self, key: int) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -ROWS_VISIBLE}.get(
            Qt.Key(key), ROWS_VISIBLE
        )
        row = min(max(self.popup.currentRow() + step, 0), self.popup.count() - 1)
        self.popup.setCurrentRow(row)

    def _browse(self) -> None:
        """Down on a closed list: the matches for what is typed, or the whole list from the current value."""
        text = self.combo.lineEdit().text()
        self._show("" if not self._edited() else text, highlight=self.combo.currentIndex())

    def _edited(self) -> bool:
        row = self.combo.currentIndex()
        return self.combo.lineEdit().text() != (self.combo.itemText(row) if row >= 0 else "")

    # -- the popup ----------------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self._show(text)
        else:
            self._hide_popup()

    def _show(self, text: str, highlight: int = -1) -> None:
        matches = self.index().search(text, None if not text.strip() else MAX_SHOWN)
        popup = self.popup
        popup.clear()
        if not matches:
            popup.hide()
            return
        current = 0
        for n, match in enumerate(matches):
            row = self._rows[match.index]
            item = QListWidgetItem(self.combo.itemText(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            popup.addItem(item)
            current = n if row == highlight else current
        popup.setCurrentRow(current)
        self._place()

    def _place(self) -> None:
        popup, combo = self.popup, self.combo
        frame = 2 * popup.frameWidth()
        height = min(popup.count(), ROWS_VISIBLE) * max(popup.sizeHintForRow(0), 1) + frame
        width = max(
            combo.width(), popup.sizeHintForColumn(0) + frame + popup.verticalScrollBar().sizeHint().width()
        )
        screen = combo.screen().availableGeometry()
        below = combo.mapToGlobal(QPoint(0, combo.height()))
        x = max(min(below.x(), screen.right() - width), screen.left())
        y = (
            below.y()
            if below.y() + height <= screen.bottom()
            else combo.mapToGlobal(QPoint(0, 0)).y() - height
        )
        popup.setGeometry(x, y, min(width, screen.width()), height)
        popup.show()
        popup.scrollToItem(popup.currentItem())

    # -- choosing -----------------------------------------------------------------------------------------

    def take(self, row: int) -> None:
        """The user chose this row: it becomes the value, once."""
        combo = self.combo
        self._hide_popup()
        combo.setCurrentIndex(row)
        combo.lineEdit().setText(combo.itemText(row))  # also when the row was already current
        self._mark(None)
        combo.activated.emit(row)
        combo.textActivated.emit(combo.itemText(row))

    def finish(self) -> None:
        """Leaving the field: take what the text names without doubt, or flag it and take nothing."""
        self._hide_popup()
        text = self.combo.lineEdit().text()
        if not self._edited():
            return
        if not text.strip():
            blank = next((r for r in range(self.combo.count()) if not self.combo.itemText(r).strip()), None)
            if blank is None:
                self.revert()
            else:
                self.take(blank)
            return
        match = self.index().exact(text)
        if match is not None:
            self.take(self._rows[match.index])
            return
        self.combo.setCurrentIndex(-1)  # currentData() None: nothing valid is chosen
        self.combo.lineEdit().setText(text)  # the crew's text stays to be corrected
        self._mark(not_in_list(text))
        self.unmatched.emit(text)

    def revert(self) -> None:
        """The value before the typing: the current one, or the one unmatched text left (by its code, as
        the items may have been refilled since)."""
        combo = self.combo
        self._hide_popup()
        row = combo.currentIndex()
        if row < 0:
            rows = range(combo.count())
            row = next((r for r in rows if combo.itemText(r) and combo.itemData(r) == self._kept), -1)
            if row < 0:
                row = next((r for r in rows if not combo.itemText(r).strip()), -1)
            combo.setCurrentIndex(row)
        combo.lineEdit().setText(combo.itemText(row) if row >= 0 else "")
        self._mark(None)
        self.reverted.emit()

    def _remember(self, row: int) -> None:
        if row >= 0:
            self._kept = self.combo.itemData(row)

    def _mark(self, message: str | None) -> None:
        """Red frame and the reason as tooltip, or clear them (only a tooltip this flag set is cleared)."""
        combo = self.combo
        if message is not None:
            combo.setToolTip(message)
        elif combo.toolTip().endswith(NOT_IN_LIST):
            combo.setToolTip("")
        if bool(combo.property("invalid")) != (message is not None):
            combo.setProperty("invalid", message is not None)
            combo.style().unpolish(combo)
            combo.style().polish(combo)


__all__ = [
    "CodeList",
    "abbreviations",
    "code_list_of",
    "not_in_list",
    "searchable",
    "shown",
    "use_device_home",
]
