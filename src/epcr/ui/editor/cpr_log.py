"""The CPR event log on screen: one row per event, keyed by its id. A refresh rewrites only rows whose text
changed and keeps the selected event and the scroll position; it follows the newest tap while the crew is at
the bottom (where it starts), and stays where they scrolled to otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID = Qt.ItemDataRole.UserRole


class EventLog:
    def __init__(self, view: QListWidget) -> None:
        self.view = view
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        view.setMinimumHeight(160)
        self._stick = True  # at the bottom: new taps scroll into view
        view.verticalScrollBar().valueChanged.connect(self._moved)
        view.verticalScrollBar().rangeChanged.connect(self._ranged)

    def _moved(self, value: int) -> None:
        self._stick = value >= self.view.verticalScrollBar().maximum()

    def _ranged(self, _low: int, high: int) -> None:
        if self._stick:
            self.view.verticalScrollBar().setValue(high)

    def rows(self) -> list[tuple[str, str]]:
        view = self.view
        return [(view.item(r).data(ID), view.item(r).text()) for r in range(view.count())]

    def show(self, rows: Sequence[tuple[str, str]]) -> None:
        """(event id, text) in time order."""
        view = self.view
        if self.rows() == list(rows):
            return
        bar = view.verticalScrollBar()
        scrolled, stick, selected = bar.value(), self._stick, self.selected_id()
        wanted = {entry_id for entry_id, _ in rows}
        for r in reversed(range(view.count())):
            if view.item(r).data(ID) not in wanted:
                view.takeItem(r)
        for r, (entry_id, text) in enumerate(rows):
            item = view.item(r) if r < view.count() else None
            if item is None or item.data(ID) != entry_id:  # new, or moved by a corrected time
                item = self._take(entry_id) or QListWidgetItem()
                item.setData(ID, entry_id)
                view.insertItem(r, item)
            if item.text() != text:
                item.setText(text)
        if selected is not None and self.selected_id() != selected:
            self.select(selected, scroll=False)
        self._stick = stick
        bar.setValue(bar.maximum() if stick else scrolled)

    def _take(self, entry_id: str) -> QListWidgetItem | None:
        for r in range(self.view.count()):
            if self.view.item(r).data(ID) == entry_id:
                return self.view.takeItem(r)
        return None

    def selected_id(self) -> str | None:
        items = self.view.selectedItems()
        return str(items[0].data(ID)) if items else None

    def select(self, entry_id: str, scroll: bool = True) -> bool:
        for r in range(self.view.count()):
            item = self.view.item(r)
            if item.data(ID) == entry_id:
                self.view.setCurrentItem(item)
                item.setSelected(True)
                if scroll:
                    self.view.scrollToItem(item)
                return True
        return False
