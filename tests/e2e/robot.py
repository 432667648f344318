"""The crew's hands: each script step becomes real X input (xdotool), waits for the app to have received it,
and is counted as a crew would count it (actions and keystrokes). Runs inside the driver process."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from epcr.ui.app import MainWindow
from epcr.ui.editor.page import Page as EditorPage
from tests.e2e import conditions
from tests.e2e.finder import (
    HarnessError,
    cell_rect,
    cell_text,
    column_of,
    describe,
    find,
    focus_owner,
    item_rect,
    screen_point,
    shown_text,
    tab_landing,
    tabs_to,
    visible_rect,
    within,
)
from tests.e2e.pump import InputLog, Scenario, Sleep, Until, XDo
from tests.e2e.script import (
    VITALS_FIELDS,
    Answer,
    Await,
    Choose,
    Click,
    Fill,
    Key,
    Note,
    Now,
    Page,
    Pause,
    Sign,
    Step,
    Target,
    Type,
    Wheel,
)

KEY_INTERVAL_MS = 80  # 12.5 keys a second: a practised typist
# xdotool 3.2016's `type --delay D` presses a key every D/2 ms (measured: 42 ms at D=80); `key --delay D`
# presses one every D ms.
TYPE_DELAY_MS = 2 * KEY_INTERVAL_MS
KEY_DELAY_MS = KEY_INTERVAL_MS
MOST_TABS = 3  # a crew Tabs past at most a couple of fields before reaching for the screen instead
SCROLL_NOTCHES = 3  # per wheel gesture while bringing a target into sight
MOST_SCROLLS = 25


class Robot:
    def __init__(self, window: MainWindow, log: InputLog) -> None:
        self.window, self.log = window, log
        self.actions: Counter[str] = Counter()
        self.keystrokes = 0
        self.skipped: list[str] = []  # fills and taps not needed: the app already showed the value
        self.typed: list[tuple[str, str]] = []  # (path, text) in the order typed
        self.questions: list[str] = []
        self.notes: dict[str, Any] = {}
        self.marks: dict[str, float] = {}  # time.monotonic() of each Note("mark:NAME")
        self.steps: list[dict[str, Any]] = []
        self.current = ""

    # -- the script ------------------------------------------------------------------------------------

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
                    "started_s": started,
                    "ms": round((time.monotonic() - started) * 1000, 1),
                    "actions": sum(self.actions.values()) - before[0],
                    "keystrokes": self.keystrokes - before[1],
                }
            )

    def do(self, step: Step) -> Iterator[Any]:
        if isinstance(step, Click):
            widget = self.find(step.target)
            rect = None
            if step.target.cell is not None and isinstance(widget, QTableWidget):
                rect = cell_rect(widget, *step.target.cell)
                widget = widget.viewport()
            yield from self.tap(widget, rect, times=step.times, interval_ms=step.interval_ms)
            self.act("double tap" if step.times == 2 else "tap")
        elif isinstance(step, Type):
            yield from self.type_burst(step)
        elif isinstance(step, Fill):
            yield from self.fill(step)
        elif isinstance(step, Choose):
            yield from self.choose(step)
        elif isinstance(step, Now):
            yield from self.now(step.path)
        elif isinstance(step, Key):
            yield XDo(["key", "--delay", str(KEY_DELAY_MS), *[step.chord] * step.times], keys=step.times)
            self.act("key chord", step.times, count=step.times)
        elif isinstance(step, Page):
            yield from self.open_page(step.title)
        elif isinstance(step, Wheel):
            widget = self.find(step.target)
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
        elif isinstance(step, Note) and step.label.startswith("mark:"):
            self.marks[step.label.removeprefix("mark:")] = time.monotonic()
        elif isinstance(step, Note):
            self.notes[step.label] = conditions.note(self.window, step.label, step.paths)
        else:
            raise HarnessError(f"unknown step {step!r}")

    def act(self, kind: str, keystrokes: int = 0, count: int = 1) -> None:
        self.actions[kind] += count
        self.keystrokes += keystrokes

    # -- finding ---------------------------------------------------------------------------------------

    def page(self) -> QWidget | None:
        """The editor page on screen (it may sit inside a scroll area that fits it to the screen)."""
        editor = self.window.editor
        if editor is None:
            return None
        shown = editor.ui.pages.currentWidget()
        if shown is None or isinstance(shown, EditorPage):
            return shown
        inner = shown.findChildren(EditorPage)
        return inner[0] if inner else shown

    def find(self, target: Target) -> QWidget:
        page = self.page()
        if target.page is not None:
            title = getattr(page, "title", None)
            if title != target.page:
                raise HarnessError(
                    f"{target.describe()}: the page {target.page!r} is not open ({title!r} is)"
                )
        return find(self.window, target, page)

    # -- hands -----------------------------------------------------------------------------------------

    def tap(
        self, widget: QWidget, rect: QRect | None = None, times: int = 1, interval_ms: int = 120
    ) -> Iterator[Any]:
        yield from self.reveal(widget, rect)
        point = screen_point(widget, rect)
        yield XDo(
            [
                *move(point),
                "click",
                "--repeat",
                str(times),
                "--delay",
                str(interval_ms),
                "1",
            ],
            clicks=times,
        )

    def wheel(self, point: QPoint, notches: int, interval_ms: int = 90) -> Iterator[Any]:
        button = "5" if notches > 0 else "4"
        yield XDo(
            [*move(point), "click", "--repeat", str(abs(notches)), "--delay", str(interval_ms), button],
            wheels=abs(notches),
        )

    def reveal(self, widget: QWidget, rect: QRect | None = None) -> Iterator[Any]:
        """Scroll the page (the wheel over its scroll bar, as a crew would drag it) until the target shows."""
        area = scroll_area_of(widget)
        scrolled = False
        for _ in range(MOST_SCROLLS):
            shown = visible_rect(widget) if rect is None else rect.intersected(visible_rect(widget))
            if shown.width() >= 8 and shown.height() >= 8 and on_screen(widget, shown):
                break
            if area is None:
                raise HarnessError(f"{describe(widget)} cannot be brought into sight: no scroll area")
            direction = direction_to(area, widget, rect)
            if direction is None:
                raise HarnessError(f"{describe(widget)} is not visible, and scrolling cannot show it")
            bar, notches = direction
            if not bar.isVisible():
                raise HarnessError(f"{describe(widget)} is out of sight and its page has no scroll bar")
            yield from self.wheel(screen_point(bar), notches)
            yield Sleep(30)  # the scroll is applied on the next event-loop pass
            scrolled = True
        else:
            raise HarnessError(f"{describe(widget)}: still out of sight after {MOST_SCROLLS} scrolls")
        if scrolled:
            self.act("scroll")

    def type_burst(self, step: Type) -> Iterator[Any]:
        into = self.find(step.into)
        focus = QApplication.focusWidget()
        if step.into.cell is not None and isinstance(into, QTableWidget):
            self.check_cell(into, step)
        elif step.tabs:
            landing = tab_landing(focus, not step.back, step.tabs) if focus is not None else None
            if landing is None or not within(focus_owner(landing), focus_owner(into)):
                tab = "Shift+Tab" if step.back else "Tab"
                raise HarnessError(
                    f"{tab} x{step.tabs} from {describe(focus)} lands on {describe(landing)}, "
                    f"not {describe(into)}"
                )
        elif not within(focus, into):
            raise HarnessError(
                f"typing {step.text!r} for {describe(into)} but the focus is {describe(focus)}"
            )
        tab = "shift+Tab" if step.back else "Tab"
        yield from self.keys(into, [tab] * step.tabs, step.text, step.pause_ms)
        self.record(step.into, into, step.text)
        self.act("field typed", step.tabs + len(step.text))

    def check_cell(self, table: QTableWidget, step: Type) -> None:
        """Tab in the grid moves one cell: the cell in focus must be `tabs` cells before the target."""
        assert step.into.cell is not None
        row, header = step.into.cell
        column = column_of(table, header) + (step.tabs if step.back else -step.tabs)
        here = table.currentIndex()
        if not within(QApplication.focusWidget(), table) or (here.row(), here.column()) != (row, column):
            raise HarnessError(
                f"typing {step.text!r} for {header} of row {row} needs the cursor in cell ({row}, {column}) "
                f"of the grid; it is in {describe(QApplication.focusWidget())} at "
                f"({here.row()}, {here.column()})"
            )

    def keys(self, into: QWidget, chords: list[str], text: str, pause_ms: int = 0) -> Iterator[Any]:
        """Press `chords` (Tabs, Ctrl+A), pause, then type `text` in one burst of X events: nothing waits in
        between. Every typed character must reach `into`."""
        args = ["key", "--delay", str(KEY_DELAY_MS), *chords] if chords else []
        if pause_ms:
            args += ["sleep", f"{pause_ms / 1000:g}"]
        if text:
            args += ["type", "--delay", str(TYPE_DELAY_MS), "--", text]
        first = len(self.log.seen) + len(chords)
        self.log.expect, self.log.skip = into, len(chords)
        try:
            yield XDo(args, keys=len(chords) + len(text))
        finally:
            self.log.expect, self.log.skip = None, 0
        got = "".join(seen.text for seen in self.log.seen[first:])
        if got != text:
            raise HarnessError(f"typed {text!r} but the app received {got!r} (keyboard map?)")

    def record(self, target: Target, widget: QWidget, text: str) -> None:
        if target.cell is not None:
            row, header = target.cell
            self.typed.append((f"vitals[{row}].{VITALS_FIELDS[header]}", text))
        else:
            path = widget.property("path")
            if isinstance(path, str) and path:
                self.typed.append((path, text))

    def fill(self, step: Fill) -> Iterator[Any]:
        widget = self.find(step.target)
        if step.target.cell is not None:
            yield from self.fill_cell(step, widget)
            return
        if shown_text(widget) == step.text:
            self.skipped.append(f"{describe(widget)} already shows {step.text!r}")
            return
        focus = QApplication.focusWidget()
        if not within(focus, widget):
            forward = tabs_to(focus, widget, MOST_TABS)
            pause = step.pause_ms
            if forward is not None:
                yield from self.type_burst(Type(step.text, step.target, tabs=forward, pause_ms=pause))
                return
            if tabs_to(focus, widget, 1, forward=False) is not None:
                yield from self.type_burst(Type(step.text, step.target, tabs=1, back=True, pause_ms=pause))
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
        editing = table.state() == QAbstractItemView.State.EditingState
        if within(QApplication.focusWidget(), table) and here.row() == row and here.column() == column - 1:
            yield from self.type_burst(Type(step.text, into=step.target, tabs=1))
            return
        if not (within(QApplication.focusWidget(), table) and here.row() == row and here.column() == column):
            yield from self.tap(table.viewport(), cell_rect(table, row, header))
            self.act("tap")
            yield conditions.current_cell(table, row, column)
        elif editing:
            raise HarnessError(f"cell {header} of row {row} is already being edited")
        yield from self.keys(table, [], step.text)
        self.record(step.target, table, step.text)
        self.act("field typed", len(step.text))

    def choose(self, step: Choose) -> Iterator[Any]:
        combo = self.find(step.target)
        if not isinstance(combo, QComboBox):
            raise HarnessError(f"{describe(combo)} is not a drop-down")
        if combo.currentText() == step.item:
            self.skipped.append(f"{describe(combo)} already shows {step.item!r}")
            return
        yield from self.tap(combo)
        self.act("tap")
        if step.search is not None:
            if not combo.isEditable():
                raise HarnessError(f"{describe(combo)} cannot be typed into")
            yield conditions.focused(combo)
            line = combo.lineEdit()
            chords = ["ctrl+a"] if line is not None and line.text() else []
            yield from self.keys(combo, chords, step.search)
            self.act("field typed", len(chords) + len(step.search))
            completer = combo.completer()
            if completer is None:
                raise HarnessError(f"{describe(combo)} offers no suggestions")
            view: QAbstractItemView = completer.popup()
            yield Until(view.isVisible, f"suggestions after typing {step.search!r}", 5.0)
        else:
            view = combo.view()
            yield Until(view.isVisible, f"the list of {describe(combo)}", 5.0)
        row = row_of(view, step.item)
        yield from self.reveal_row(view, row)
        yield from self.tap(view.viewport(), item_rect(view, row))
        self.act("tap")
        yield Until(
            lambda: combo.currentText() == step.item,
            f"{describe(combo)} to show {step.item!r}",
            5.0,
            lambda: None if view.isVisible() else f"it shows {combo.currentText()!r}",
        )

    def reveal_row(self, view: QAbstractItemView, row: int) -> Iterator[Any]:
        for _ in range(MOST_SCROLLS * 4):
            rect = item_rect(view, row)
            if rect.height() >= 8:
                return
            index = view.model().index(row, 0)
            above = view.visualRect(index).bottom() < 0
            yield from self.wheel(screen_point(view.viewport()), -1 if above else 1)
            yield Sleep(20)
            self.act("scroll")
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

    def open_page(self, title: str) -> Iterator[Any]:
        editor = self.window.editor
        if editor is None:
            raise HarnessError(f"no report is open to turn to {title!r}")
        sections: QListWidget = editor.ui.sections
        rows = [sections.item(i).text() for i in range(sections.count())]
        if title not in rows:
            raise HarnessError(f"no page {title!r}; the pages are {rows}")
        row = rows.index(title)
        if sections.currentRow() == row and getattr(self.page(), "title", None) == title:
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
            self.questions.append("")
            return
        text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        self.questions.append(text)
        found = [
            b
            for b in box.findChildren(QPushButton)
            if b.isVisible() and b.text().replace("&", "") == step.button
        ]
        if not found:
            names = [b.text() for b in box.findChildren(QPushButton) if b.isVisible()]
            raise HarnessError(f"the question {text!r} has no button {step.button!r}: {names}")
        yield from self.tap(found[0])
        self.act("tap")
        yield Until(lambda: QApplication.activeModalWidget() is not box, "the question to close", 5.0)


def move(point: QPoint) -> list[str]:
    return ["mousemove", "--sync", str(point.x()), str(point.y())]


def on_screen(widget: QWidget, rect: QRect) -> bool:
    screen = widget.screen().geometry()
    return screen.contains(widget.mapToGlobal(rect.center()))


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is not widget:
            return parent
        parent = parent.parentWidget()
    return None


def direction_to(area: QAbstractScrollArea, widget: QWidget, rect: QRect | None) -> tuple[Any, int] | None:
    """Which scroll bar to turn, and which way, to bring `widget` into the area's viewport."""
    viewport = area.viewport()
    box = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(viewport, box.topLeft())
    there = QRect(top_left, box.size())
    shown = viewport.rect()
    screen = viewport.screen().geometry()
    bottom_edge = min(shown.bottom(), viewport.mapFromGlobal(screen.bottomLeft()).y())
    if there.top() < shown.top():
        return area.verticalScrollBar(), -SCROLL_NOTCHES
    if there.bottom() > bottom_edge:
        return area.verticalScrollBar(), SCROLL_NOTCHES
    right_edge = min(shown.right(), viewport.mapFromGlobal(screen.topRight()).x())
    if there.left() < shown.left():
        return area.horizontalScrollBar(), -SCROLL_NOTCHES
    if there.right() > right_edge:
        return area.horizontalScrollBar(), SCROLL_NOTCHES
    return None


def row_of(view: QAbstractItemView, item: str) -> int:
    model = view.model()
    texts = [str(model.index(r, 0).data() or "") for r in range(model.rowCount())]
    if item in texts:
        return texts.index(item)
    offered = ", ".join(repr(t) for t in texts[:8])
    raise HarnessError(f"{item!r} is not offered; the list starts {offered}")
