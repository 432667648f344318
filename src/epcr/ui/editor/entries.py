"""What the pages of care entries share (medications, procedures, vital signs, airway confirmations,
signatures): a table a refresh never disturbs, and Edit... / Void... for the selected entry before lock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from epcr.domain.report import Report
from epcr.ui import code_list
from epcr.ui.editor.page import Page
from epcr.ui.theme import INVALID
from epcr.ui.widgets import PerformerPicker

if TYPE_CHECKING:
    from epcr.ui.editor.entry_dialog import EntryDialog, Field

ERROR_STYLE = f"color: {INVALID}; font-weight: bold;"
Option = tuple[str, str]


def searchable(combo: QComboBox, list_name: str | None = None) -> None:
    """A type-to-search code list: ranked matches and the list's abbreviations ("SL", "NTG", "ETT")."""
    code_list.searchable(combo, list_name=list_name)


def fit_combo(combo: QComboBox) -> None:
    """Long labels (a drug's brand names, a route in words) never widen the page at large text sizes."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def fit_columns(table: QTableWidget, *stretch: int) -> None:
    """Short columns as wide as their text; the long ones share the rest and elide: no sideways scrolling."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(24)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def enum_options(kind: type[Enum]) -> list[Option]:
    return [(getattr(member, "label", member.name), str(member.value)) for member in kind]


def level_words(member: Any) -> str:
    """A level off our ladder (eCrew.02 as the source gave it: Registered Nurse), else "level unknown"."""
    other = getattr(member, "other_level", None)
    return str(getattr(other, "label", "")) or "level unknown"


def crew_options(report: Report | None) -> list[Option]:
    """The crew of this report, as a performer pick list (eMedications.09 / eProcedures.09)."""
    options = []
    for member in report.crew if report else []:
        if isinstance(member.member_id, str) and member.member_id:
            level = member.level.value if member.level else level_words(member)
            options.append((f"{member.name or member.member_id} ({level})", member.member_id))
    return options


def crew_name(report: Report | None, member_id: Any) -> str:
    if not isinstance(member_id, str):
        return ""
    member = next((m for m in report.crew if m.member_id == member_id), None) if report else None
    return member.name or member_id if member else member_id


def crew_short(report: Report | None, member_id: Any) -> str:
    """Who did it, short enough for a table column beside the drug: "D. Whitfield"."""
    words = crew_name(report, member_id).split()
    return f"{words[0][0]}. {' '.join(words[1:])}" if len(words) > 1 else " ".join(words)


def performer_level(report: Report | None, member_id: Any) -> str | None:
    """The performer's level code (eMedications.10 / eProcedures.10), from the crew list."""
    member = next((m for m in report.crew if m.member_id == member_id), None) if report else None
    return member.level.caregiver_code.value if member is not None and member.level is not None else None


def chosen(combo: QComboBox) -> str | None:
    """The code picked in a combo; None when nothing (or text that is not in the list) is there."""
    if combo.isEditable() and combo.currentText().strip():
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else None
    data = combo.currentData()
    return data if isinstance(data, str) else None


def fill_choice(combo: QComboBox, options: Sequence[Option], typical: int | None = None) -> None:
    """Blank first, then the options (a line under the typical ones); the pick survives when still offered."""
    current = combo.currentData()
    wanted = [None, *(code for _, code in options)]
    if [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i) or i == 0] == wanted:
        return  # the same list: leave the widget (and anything being typed in it) alone
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("", None)
    for n, (words, code) in enumerate(options):
        if typical and n == typical:
            combo.insertSeparator(combo.count())
        combo.addItem(words, code)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


def mark(widget: QWidget, message: str | None) -> None:
    """Red border and the reason as tooltip, or clear."""
    widget.setProperty("invalid", message is not None)
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fill_performer(picker: PerformerPicker, report: Report, me: str) -> None:
    """The crew as performers; refilled only when the crew changed (a refill resets an open pick list)."""
    shown = [(picker.itemData(i), picker.itemText(i)) for i in range(picker.count())]
    crew = [
        (m.member_id, f"{m.name or m.member_id} ({m.level.value if m.level else 'level unknown'})")
        for m in report.crew
    ]
    if shown != crew or not shown:
        picker.fill(report, me)


def ask_void_reason(parent: Page, what: str) -> str | None:
    """The reason an entry is withdrawn; None when the crew changed their mind."""
    text, ok = QInputDialog.getText(
        parent,
        "Void entry",
        f"Void {what}?\nThe entry and the reason stay in the audit trail.\n"
        "Reason (e.g. charted twice, wrong patient):",
    )
    return text if ok else None


class EntryTable:
    """Rows of a table keyed by entry id. A refresh rewrites only cells whose stored text changed (never the
    cell being edited) and keeps the selected entry, the current column and the scroll position."""

    def __init__(self, table: QTableWidget, editable: bool = False) -> None:
        self.table = table
        self.ids: list[str] = []
        self._shown: dict[tuple[str, int], str] = {}  # what the store said last, per cell
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()  # row numbers mean nothing here and cost width
        if not editable:
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show(
        self, rows: Sequence[tuple[str, Sequence[str]]], keep: Callable[[str, int], bool] | None = None
    ) -> bool:
        """Show the rows; True when entries were added or removed. `keep(entry id, column)` names cells whose
        text must stay as it is (a save of it is still on its way)."""
        table, old = self.table, self.ids
        ids = [entry_id for entry_id, _ in rows]
        resized = ids != old
        current, column = self.current_id(), table.currentColumn()
        scroll = (table.verticalScrollBar().value(), table.horizontalScrollBar().value())
        if resized:
            table.setRowCount(len(ids))
        editing = table.state() == QAbstractItemView.State.EditingState
        for r, (entry_id, cells) in enumerate(rows):
            moved = r >= len(old) or old[r] != entry_id  # the row held another entry: rewrite it all
            for c, text in enumerate(cells):
                if not moved and self._shown.get((entry_id, c)) == text:
                    continue  # unchanged in the store: what the cell shows stays (typed text included)
                if editing and (r, c) == (table.currentRow(), table.currentColumn()):
                    continue  # the user is typing in it
                if not moved and keep is not None and keep(entry_id, c):
                    continue
                item = table.item(r, c)
                if item is None:
                    item = QTableWidgetItem(text)
                    table.setItem(r, c, item)
                elif item.text() != text:
                    item.setText(text)
                item.setToolTip(text)  # an elided cell says it whole
                self._shown[(entry_id, c)] = text
        self.ids = ids
        if resized:
            self._shown = {key: text for key, text in self._shown.items() if key[0] in ids}
            if current in ids:
                if table.currentRow() != ids.index(current):
                    table.setCurrentCell(ids.index(current), max(column, 0))
            else:
                table.clearSelection()
            table.verticalScrollBar().setValue(scroll[0])
            table.horizontalScrollBar().setValue(scroll[1])
        return resized

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids) and self.table.selectionModel().hasSelection():
            return self.ids[row]
        return None

    def select(self, entry_id: str) -> bool:
        if entry_id not in self.ids:
            return False
        row = self.ids.index(entry_id)
        self.table.setCurrentCell(row, max(self.table.currentColumn(), 0))
        item = self.table.currentItem()
        if item is not None:
            self.table.scrollToItem(item)
        return True


class EntryPage(Page):
    """A page of one repeating group: select a row, then Edit... (a dialog of the entry's fields) or Void...
    (asks the reason; the store keeps the entry and the reason in the audit trail)."""

    entry_group = ""  # the group's path: "medications", "airway.confirmations"
    noun = "entry"

    def setup_entries(
        self, table: QTableWidget, edit: QPushButton, void: QPushButton, editable: bool = False
    ) -> None:
        self.rows = EntryTable(table, editable)
        self.edit_button, self.void_button = edit, void
        self.report: Report | None = None
        self.day: date | None = None
        self._read_only = False
        edit.clicked.connect(self.edit)
        void.clicked.connect(self.void)
        table.itemSelectionChanged.connect(self._enable)
        if not editable:
            table.cellDoubleClicked.connect(lambda _r, _c: self.edit())
        self._enable()

    # -- what each page says about its entries ---------------------------------------------------------

    def entries(self, report: Report) -> Sequence[Any]:
        raise NotImplementedError

    def row(self, entry: Any) -> Sequence[str]:
        raise NotImplementedError

    def describe(self, entry: Any) -> str:
        """The entry in a few words, for the dialogs ("Naloxone (Narcan) 4 mg IN at 14:02")."""
        raise NotImplementedError

    def edit_fields(self, entry: Any) -> list[Field]:
        raise NotImplementedError

    def prepare(self, dialog: EntryDialog, entry: Any) -> None:
        """Wire fields that depend on each other (a drug's units), before the dialog opens."""

    def implied(self, entry: Any, changes: dict[str, Any]) -> dict[str, Any]:
        """Fields that follow from the changed ones (the performer's level follows the performer)."""
        if "performer_crew_id" in changes:
            return {"performer_level": performer_level(self.report, changes["performer_crew_id"])}
        return {}

    # -- shared behaviour ---------------------------------------------------------------------------------

    def path_of(self, entry_id: Any) -> str:
        return f"{self.entry_group}[{entry_id}]"

    def show_entries(
        self, report: Report, day: date | None, keep: Callable[[str, int], bool] | None = None
    ) -> bool:
        self.report, self.day = report, day
        found = self.entries(report)
        self._by_id = {str(e.id): e for e in found}
        resized = self.rows.show([(str(e.id), self.row(e)) for e in found], keep)
        self._enable()
        return resized

    def current_entry(self) -> Any:
        entry_id = self.rows.current_id()
        return self._by_id.get(entry_id) if entry_id else None

    def edit(self) -> None:
        from epcr.ui.editor.entry_dialog import EntryDialog

        entry = self.current_entry()
        if self._read_only:
            return  # a locked report changes only by addendum
        if entry is None:
            self.problem.emit(self.entry_group, f"select the {self.noun} to edit first")
            return
        title = f"Edit {self.noun}: {self.describe(entry)}"
        dialog = EntryDialog(self, title, self.edit_fields(entry), self.day)
        self.prepare(dialog, entry)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changes = dialog.changes | self.implied(entry, dialog.changes)
        finally:
            dialog.deleteLater()
        for key, value in changes.items():
            self.edited.emit(f"{self.path_of(entry.id)}.{key}", value)

    def void(self) -> None:
        entry = self.current_entry()
        if self._read_only:
            return
        if entry is None:
            self.problem.emit(self.entry_group, f"select the {self.noun} to void first")
            return
        path = self.path_of(entry.id)
        reason = ask_void_reason(self, f"{self.noun} {self.describe(entry)}")
        if reason is None:
            return
        if not reason.strip():
            self.problem.emit(path, "a void needs its reason (e.g. charted twice); nothing voided")
            return
        self.voided.emit(path, reason.strip())

    def focus_entry(self, path: str) -> bool:
        """A finding names an entry: select its row and put the keyboard on Edit... (the fix is one Enter)."""
        for entry_id in self.rows.ids:
            if f"[{entry_id}]" in path:
                self.rows.select(entry_id)
                self.edit_button.setFocus() if self.edit_button.isEnabled() else self.rows.table.setFocus()
                return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._read_only = read_only
        self._enable()

    def _enable(self) -> None:
        chosen = not self._read_only and self.rows.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)
