"""What each script step means in the running app: where a crew taps or Tabs to, what is skipped because the
app already shows it, how a drop-down is picked. The input itself goes through Hands (real X events)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from epcr.ui.app import MainWindow
from tests.e2e import conditions
from tests.e2e.finder import (
    HarnessError,
    cell_rect,
    cell_text,
    column_of,
    describe,
    item_rect,
    screen_point,
    shown_text,
    tabs_to,
    visible_rect,
    within,
)
from tests.e2e.hands import KEY_DELAY_MS, Hands
from tests.e2e.pump import InputLog, Scenario, Sleep, Until, XDo
from tests.e2e.script import (
    Answer,
    Await,
    Choose,
    Click,
    Fill,
    IfShown,
    Key,
    Now,
    Page,
    Pause,
    Sign,
    Step,
    Target,
    Type,
    Unless,
    Wheel,
)

MOST_TABS = 3  # a crew Tabs past a field or two; further away, they tap
ARROW_PX = 24  # the drop-down arrow at the right end of an editable drop-down


class Robot(Hands):
    def __init__(self, window: MainWindow, log: InputLog) -> None:
        super().__init__(window, log)
        self.skipped: list[str] = []  # what the app already showed: not typed, not tapped
        self.questions: list[str] = []
        self.notes: dict[str, Any] = {}
        self.marks: dict[str, float] = {}  # time.monotonic() of each Note("mark:NAME")
        self.steps: list[dict[str, Any]] = []
        self.current = ""

    def play(self, steps: Sequence[Step]) -> Scenario:
        for index, step in enumerate(steps):
            self.current = f"step {index + 1}/{len(steps)}: {step}"
            started = time.monotonic()
            before = sum(self.actions.values()), self.keystrokes
            yield from self.do(step)
            self.steps.append(
                {
                    "step": index,
                    "kind": type(step).__name__,
                    "ms": round((time.monotonic() - started) * 1000, 1),
                    "actions": sum(self.actions.values()) - before[0],
                    "keystrokes": self.keystrokes - before[1],
                }
            )

    def do(self, step: Step) -> Iterator[Any]:
        if isinstance(step, Click):
            yield from self.click(step)
        elif isinstance(step, Type):
            yield from self.type_burst(step)
        elif isinstance(step, Fill):
            yield from self.fill(step)
        elif isinstance(step, Choose):
            yield from self.choose(step)
        elif isinstance(step, Unless):
            if shows(self.find(step.target), step.text):
                self.skipped.append(f"{step.target.describe()} already shows {step.text!r}")
            else:
                for inner in step.steps:
                    yield from self.do(inner)
        elif isinstance(step, IfShown):
            try:
                self.find(step.target)
            except HarnessError:
                self.skipped.append(f"{step.target.describe()} is not there")
            else:
                for inner in step.steps:
                    yield from self.do(inner)
        elif isinstance(step, Now):
            yield from self.now(step.path)
        elif isinstance(step, Key):
            yield XDo(["key", "--delay", str(KEY_DELAY_MS), *[step.chord] * step.times], keys=step.times)
            self.act("key chord", step.times, count=step.times)
        elif isinstance(step, Page):
            yield from self.open_page(step.title)
        elif isinstance(step, Wheel):
            widget = self.find(step.target)
            yield from self.reveal(widget)
            yield from self.wheel(screen_point(widget), step.notches, step.interval_ms)
            self.act("scroll")
        elif isinstance(step, Sign):
            yield from self.sign(self.find(step.target))
        elif isinstance(step, Await):
            yield conditions.until(self.window, step.what, step.timeout_s)
        elif isinstance(step, Pause):
            yield Sleep(step.ms)
        elif isinstance(step, Answer):
            yield from self.answer(step)
        elif step.label.startswith("mark:"):
            self.marks[step.label.removeprefix("mark:")] = time.monotonic()
        else:
            self.notes[step.label] = conditions.note(self.window, step.label, step.paths)

    def click(self, step: Click) -> Iterator[Any]:
        widget = self.find(step.target)
        rect = None
        if step.target.cell is not None and isinstance(widget, QTableWidget):
            rect = cell_rect(widget, *step.target.cell)
            widget = widget.viewport()
        yield from self.tap(widget, rect, times=step.times, interval_ms=step.interval_ms)
        self.act("double tap" if step.times == 2 else "tap")

    # -- fields --------------------------------------------------------------------------------------------

    def fill(self, step: Fill) -> Iterator[Any]:
        widget = self.find(step.target)
        if step.target.cell is not None:
            yield from self.fill_cell(step, widget)
            return
        shown = shown_text(widget)
        if shown == step.text or (step.keep and shown):
            self.skipped.append(f"{describe(widget)} already shows {shown!r}")
            return
        focus = QApplication.focusWidget()
        if not within(focus, widget):
            ahead = tabs_to(focus, widget, MOST_TABS)
            back = tabs_to(focus, widget, 1, forward=False)
            if ahead is not None or back is not None:
                pause = step.pause_ms
                burst = Type(step.text, step.target, tabs=ahead or 1, back=ahead is None, pause_ms=pause)
                yield from self.type_burst(burst)
                return
            yield from self.tap(widget)
            self.act("tap")
            yield conditions.focused(widget)
        line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        whole = isinstance(line, QLineEdit) and (not line.text() or line.selectedText() == line.text())
        chords = [] if whole else ["ctrl+a"]
        yield from self.keys(widget, chords, step.text)
        self.record(step.target, widget, step.text)
        self.act("field typed", len(chords) + len(step.text))

    def fill_cell(self, step: Fill, table: QWidget) -> Iterator[Any]:
        assert isinstance(table, QTableWidget) and step.target.cell is not None
        row, header = step.target.cell
        if cell_text(table, row, header) == step.text:
            self.skipped.append(f"{header} of row {row} already shows {step.text!r}")
            return
        column = column_of(table, header)
        here = table.currentIndex()
        in_grid = within(QApplication.focusWidget(), table)
        if in_grid and here.row() == row and 0 < column - here.column() <= MOST_TABS:
            yield from self.type_burst(Type(step.text, step.target, tabs=column - here.column()))
            return
        if not (in_grid and (here.row(), here.column()) == (row, column)):
            yield from self.tap(table.viewport(), cell_rect(table, row, header))
            self.act("tap")
            yield conditions.current_cell(table, row, column)
        yield from self.keys(table, [], step.text)
        self.record(step.target, table, step.text)
        self.act("field typed", len(step.text))

    def choose(self, step: Choose) -> Iterator[Any]:
        combo = self.find(step.target)
        if not isinstance(combo, QComboBox):
            raise HarnessError(f"{describe(combo)} is not a drop-down")
        if combo.currentText() in step.items or (step.keep and combo.currentText()):
            self.skipped.append(f"{describe(combo)} already shows {combo.currentText()!r}")
            return
        focus = QApplication.focusWidget()
        tabs = 0 if within(focus, combo) else tabs_to(focus, combo, MOST_TABS)
        if step.search is not None and tabs is None and combo.isEditable():  # tap into it, then type
            yield from self.tap(combo, QRect(0, 0, combo.width() - ARROW_PX, combo.height()))
            self.act("tap")
            yield conditions.focused(combo)
            tabs = 0
        if step.search is not None and tabs is not None:
            yield from self.search(combo, step, tabs)
        else:
            yield from self.pick(combo, step.items)
        if step.resets:
            return
        yield Until(
            lambda: combo.currentText() in step.items,
            f"{describe(combo)} to show {step.item!r}",
            5.0,
            lambda: None if popup_of(combo) else f"it shows {combo.currentText()!r}",
        )

    def search(self, combo: QComboBox, step: Choose, tabs: int) -> Iterator[Any]:
        """Tab to the drop-down and type to search it; take the first suggestion with Down and Return, a
        later one with a tap; when typing found nothing, pick from the list instead."""
        assert step.search is not None
        line = combo.lineEdit()
        chords = ["Tab"] * tabs + (["ctrl+a"] if tabs == 0 and line is not None and line.text() else [])
        yield from self.keys(combo, chords, step.search)
        self.act("field typed", len(chords) + len(step.search))
        yield Until(
            lambda: combo.currentText() in step.items or popup_of(combo) is not None,
            f"{describe(combo)} to answer {step.search!r}",
            2.0,
        )
        popup = popup_of(combo)
        if popup is None:
            if combo.currentText() not in step.items:
                yield from self.pick(combo, step.items)
            return
        row = row_of(popup, step.items)
        current = popup.currentIndex().row()
        if row == current or (row == 0 and current < 0):  # the highlighted match: Enter takes it
            chords = ["Return"] if row == current else ["Down", "Return"]
            yield XDo(["key", "--delay", str(KEY_DELAY_MS), *chords], keys=len(chords))
            self.act("field typed", len(chords), count=0)
            return
        yield from self.reveal_row(popup, row)
        yield from self.tap(popup.viewport(), item_rect(popup, row))
        self.act("tap")

    def pick(self, combo: QComboBox, items: tuple[str, ...]) -> Iterator[Any]:
        """Tap the drop-down (its arrow, when it can be typed into), then the item in its list."""
        arrow = QRect(combo.width() - ARROW_PX, 0, ARROW_PX, combo.height()) if combo.isEditable() else None
        yield from self.tap(combo, arrow)
        self.act("tap")
        view = combo.view()
        yield Until(view.isVisible, f"the list of {describe(combo)}", 5.0)
        row = row_of(view, items)
        yield from self.reveal_row(view, row)
        yield from self.tap(view.viewport(), item_rect(view, row))
        self.act("tap")

    def reveal_row(self, view: QAbstractItemView, row: int) -> Iterator[Any]:
        """Turn the wheel over a list until the row shows (one gesture, however many notches)."""
        turned = False
        for _ in range(20):
            if item_rect(view, row).height() >= 8:
                if turned:
                    self.act("scroll")
                return
            there = view.visualRect(view.model().index(row, 0))
            step = max(view.sizeHintForRow(0), 1) * QApplication.wheelScrollLines()
            middle = view.viewport().rect().center().y()
            notches = max(1, min(abs(there.center().y() - middle) // step, 200))
            yield from self.wheel(screen_point(view.viewport()), notches if there.top() > 0 else -notches, 15)
            yield Sleep(20)
            turned = True
        raise HarnessError(f"row {row} of {describe(view)} never came into sight")

    def now(self, path: str) -> Iterator[Any]:
        field = self.find(Target(path=path))
        if shown_text(field):
            self.skipped.append(f"{path} already holds {shown_text(field)!r}")
            return
        button = self.find(Target(now_for=path))
        yield from self.tap(button)
        self.act("tap")
        yield Until(lambda: bool(shown_text(field)), f"the Now tap to fill {path}", 5.0)

    # -- pages, dialogs ------------------------------------------------------------------------------------

    def open_page(self, title: str) -> Iterator[Any]:
        editor = self.window.editor
        if editor is None:
            raise HarnessError(f"no report is open to turn to {title!r}")
        sections: QListWidget = editor.ui.sections
        rows = [sections.item(i).text() for i in range(sections.count())]
        if title not in rows:
            raise HarnessError(f"no page {title!r}; the pages are {rows}")
        row = rows.index(title)
        if getattr(self.page(), "title", None) == title:
            return
        yield from self.reveal_row(sections, row)
        yield from self.tap(sections.viewport(), item_rect(sections, row))
        self.act("page change")
        yield Until(lambda: getattr(self.page(), "title", None) == title, f"the page {title!r}", 5.0)

    def sign(self, pad: QWidget) -> Iterator[Any]:
        yield from self.reveal(pad)
        area = visible_rect(pad).adjusted(20, 20, -20, -20)
        start = pad.mapToGlobal(QPoint(area.left(), area.center().y()))
        stroke = ["mousemove", str(start.x()), str(start.y()), "mousedown", "1"]
        for step in range(1, 13):
            x = area.left() + area.width() * step // 12
            y = area.center().y() + (18 if step % 2 else -18)
            point = pad.mapToGlobal(QPoint(x, y))
            stroke += ["sleep", "0.02", "mousemove", str(point.x()), str(point.y())]
        yield XDo([*stroke, "mouseup", "1"], clicks=1)
        self.act("signature")

    def answer(self, step: Answer) -> Iterator[Any]:
        box = QApplication.activeModalWidget()
        if box is None:
            if step.required:
                raise HarnessError(f"no question was asked (wanted to answer {step.button!r})")
            return
        text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        self.questions.append(text)
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
        found = [b for b in buttons if b.text().replace("&", "") == step.button]
        if not found:
            raise HarnessError(f"the question {text!r} has no {step.button!r}: {[b.text() for b in buttons]}")
        yield from self.tap(found[0])
        self.act("tap")
        yield Until(lambda: QApplication.activeModalWidget() is not box, "the question to close", 5.0)


def popup_of(combo: QComboBox) -> QAbstractItemView | None:
    """The list open for a drop-down: its own, its suggestions, or any list window the app shows under it."""
    for top in QApplication.topLevelWidgets():
        if not top.isVisible() or top is combo.window():
            continue
        views = [top] if isinstance(top, QAbstractItemView) else top.findChildren(QAbstractItemView)
        for view in views:
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                return view
    return None


def shows(widget: QWidget, text: str) -> bool:
    """The widget shows `text` anywhere: a table's or list's cells, a label, a field."""
    if isinstance(widget, QTableWidget):
        cells = (widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount()))
        return any(item is not None and text in item.text() for item in cells)
    if isinstance(widget, QListWidget):
        return any(text in widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QLabel):
        return text in widget.text()
    return text in shown_text(widget)


def row_of(view: QAbstractItemView, items: tuple[str, ...]) -> int:
    model = view.model()
    texts = [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    for item in items:
        if item in texts:
            return texts.index(item)
    offered = ", ".join(repr(t) for t in texts[:8])
    raise HarnessError(f"{items[0]!r} is not offered; the list starts {offered}")
