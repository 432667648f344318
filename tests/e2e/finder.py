"""Finding a script's target in the running app, where it is on the screen, and where Tab will land.

In the driver process only (Qt). Everything here reads the widgets; nothing changes them: every change is
made by real X input.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from tests.e2e.script import Target


class HarnessError(RuntimeError):
    """The script cannot go on (a target is missing, off the screen, or the app never got there)."""


def roots(window: QWidget) -> list[QWidget]:
    """Where to look, the front-most first: an open popup, a modal dialog, then the main window."""
    found: list[QWidget] = []
    for top in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
        if top is not None and top not in found:
            found.append(top)
    found.append(window)
    return found


def _matches(widget: QWidget, target: Target) -> bool:
    if target.path is not None and widget.property("path") != target.path:
        return False
    if target.now_for is not None and widget.property("nowFor") != target.now_for:
        return False
    if target.name is not None and widget.objectName() != target.name:
        return False
    if target.accessible is not None and widget.accessibleName() != target.accessible:
        return False
    if target.text is not None:
        if not isinstance(widget, QAbstractButton):
            return False
        if widget.text().replace("\n", " ").replace("&", "").strip() != target.text:
            return False
    return True


def find(window: QWidget, target: Target, page: QWidget | None = None) -> QWidget:
    """The one visible widget the target names (in `page` when the target names a page)."""
    for root in roots(window):
        scope = page if (target.page is not None and root is window and page is not None) else root
        hits = [w for w in scope.findChildren(QWidget) if w.isVisible() and _matches(w, target)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            names = ", ".join(describe(w) for w in hits[:5])
            raise HarnessError(f"{target.describe()} names {len(hits)} visible widgets: {names}")
        if root is not window:  # a modal dialog or popup is up: only it takes input
            break
    raise HarnessError(f"no visible widget for {target.describe()}")


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    label = widget.property("path") or widget.objectName() or widget.accessibleName()
    if not label and isinstance(widget, QAbstractButton):
        label = widget.text().replace("\n", " ")
    return f"{type(widget).__name__}({label or '?'})"


def within(widget: QWidget | None, ancestor: QWidget) -> bool:
    """`widget` is `ancestor` or inside it (the line edit of an editable combo, a table's cell editor)."""
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def column_of(table: QTableWidget, header: str) -> int:
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None and item.text() == header:
            return column
    raise HarnessError(f"table {table.objectName()!r} has no column {header!r}")


def cell_text(table: QTableWidget, row: int, header: str) -> str:
    item = table.item(row, column_of(table, header))
    return item.text() if item is not None else ""


# -- where on the screen ---------------------------------------------------------------------------------


def visible_rect(widget: QWidget) -> QRect:
    """The part of the widget not clipped by its scroll areas or its window, in its own coordinates."""
    return widget.visibleRegion().boundingRect()


def cell_rect(table: QTableWidget, row: int, header: str) -> QRect:
    """The cell's rectangle in the viewport's coordinates, clipped to what the viewport shows."""
    index = table.model().index(row, column_of(table, header))
    if not index.isValid():
        raise HarnessError(f"table {table.objectName()!r} has no row {row}")
    return table.visualRect(index).intersected(table.viewport().rect())


def item_rect(view: QAbstractItemView, row: int) -> QRect:
    index = view.model().index(row, view.modelColumn() if isinstance(view, QListWidget) else 0)
    return view.visualRect(index).intersected(view.viewport().rect())


def screen_point(widget: QWidget, rect: QRect | None = None) -> QPoint:
    """Where to tap: the middle of the visible part of `rect` (the whole widget by default), on the screen.
    Refused when nothing of it is visible, or it is outside the screen: a crew could not tap it either."""
    area = visible_rect(widget) if rect is None else rect.intersected(visible_rect(widget))
    if area.isEmpty():
        raise HarnessError(f"{describe(widget)} is not visible on screen (scrolled away or clipped)")
    point = widget.mapToGlobal(area.center())
    screen = widget.screen().geometry()
    if not screen.contains(point):
        raise HarnessError(
            f"{describe(widget)} is at {point.x()},{point.y()}: outside the "
            f"{screen.width()}x{screen.height()} screen"
        )
    return point


# -- Tab ---------------------------------------------------------------------------------------------------


def consumes_tab(widget: QWidget) -> bool:
    """Widgets where Tab does not move to the next field (it moves a cell, or inserts a tab)."""
    if isinstance(widget, QAbstractItemView):
        return widget.tabKeyNavigation()
    if isinstance(widget, QPlainTextEdit):
        return not widget.tabChangesFocus()
    return False


def tab_stop(widget: QWidget) -> bool:
    """What Qt's focusNextPrevChild would stop on: tab-focusable, visible, enabled, no focus proxy."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
        and not widget.isWindow()
    )


def focus_owner(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def tab_landing(start: QWidget, forward: bool, presses: int) -> QWidget | None:
    """Where `presses` Tabs (Shift+Tabs when not forward) take the focus from `start`; None when a widget on
    the way keeps Tab for itself."""
    current = start
    top = start.window()
    for _ in range(presses):
        if consumes_tab(current):
            return None
        candidate: QWidget | None = current
        while True:
            assert candidate is not None
            candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
            if candidate is None or candidate is current:
                return None
            if candidate.window() is top and tab_stop(candidate):
                break
        current = candidate
    return current


def tabs_to(start: QWidget | None, goal: QWidget, most: int, forward: bool = True) -> int | None:
    """How many Tabs from `start` reach `goal` (at most `most`); None when Tab does not get there."""
    if start is None:
        return None
    goal = focus_owner(goal)
    for presses in range(1, most + 1):
        landing = tab_landing(start, forward, presses)
        if landing is None:
            return None
        if focus_owner(landing) is goal:
            return presses
    return None
