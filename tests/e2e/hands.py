"""The crew's hands: taps, the wheel and typing as real X input (xdotool), each waited for until the app has
received it, and counted as a crew would count it (actions and keystrokes). Runs inside the driver process."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QTableWidget, QWidget

from epcr.ui.app import MainWindow
from epcr.ui.editor.page import Page as EditorPage
from tests.e2e.finder import (
    HarnessError,
    column_of,
    describe,
    find,
    focus_owner,
    screen_point,
    tab_landing,
    visible_rect,
    within,
)
from tests.e2e.pump import InputLog, Sleep, XDo
from tests.e2e.script import VITALS_FIELDS, Target, Type

KEY_INTERVAL_MS = 80  # 12.5 keys a second: a practised typist
# xdotool 3.2016's `type --delay D` presses a key every D/2 ms (measured: 42 ms at D=80); `key --delay D`
# presses one every D ms.
TYPE_DELAY_MS = 2 * KEY_INTERVAL_MS
KEY_DELAY_MS = KEY_INTERVAL_MS
UNBOUND = {"Narrative": "narrative.text"}  # pages whose one text box carries no `path` property
SCROLL_NOTCHES = 3  # per wheel turn while bringing a target into sight
MOST_SCROLLS = 25


class Hands:
    def __init__(self, window: MainWindow, log: InputLog) -> None:
        self.window, self.log = window, log
        self.actions: Counter[str] = Counter()
        self.keystrokes = 0
        self.typed: list[tuple[str, str]] = []  # (path, text) in the order typed

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
                raise HarnessError(f"{target.describe()}: the page {target.page!r} is not open, {title!r} is")
        return find(self.window, target, page)

    # -- pointer -----------------------------------------------------------------------------------------

    def tap(
        self, widget: QWidget, rect: QRect | None = None, times: int = 1, interval_ms: int = 120
    ) -> Iterator[Any]:
        yield from self.reveal(widget, rect)
        point = screen_point(widget, rect)
        click = ["click", "--repeat", str(times), "--delay", str(interval_ms), "1"]
        yield XDo([*move(point), *click], clicks=times)

    def wheel(self, point: QPoint, notches: int, interval_ms: int = 90) -> Iterator[Any]:
        button = "5" if notches > 0 else "4"
        turn = ["click", "--repeat", str(abs(notches)), "--delay", str(interval_ms), button]
        yield XDo([*move(point), *turn], wheels=abs(notches))

    def reveal(self, widget: QWidget, rect: QRect | None = None) -> Iterator[Any]:
        """Scroll the page (the wheel over its scroll bar, as a crew drags it) until the target shows."""
        scrolled = False
        for _ in range(MOST_SCROLLS):
            shown = visible_rect(widget) if rect is None else rect.intersected(visible_rect(widget))
            if shown.width() >= 8 and shown.height() >= 8 and on_screen(widget, shown):
                break
            bar, notches = scroll_towards(widget, rect)
            yield from self.wheel(screen_point(bar), notches)
            yield Sleep(30)  # the scroll bar moves the page on the next pass of the event loop
            scrolled = True
        else:
            raise HarnessError(f"{describe(widget)}: still out of sight after {MOST_SCROLLS} scrolls")
        if scrolled:
            self.act("scroll")

    # -- keyboard ----------------------------------------------------------------------------------------

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

    def type_burst(self, step: Type) -> Iterator[Any]:
        into = self.find(step.into)
        focus = QApplication.focusWidget()
        if step.into.cell is not None and isinstance(into, QTableWidget):
            check_cell(into, step)
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
                f"typing {step.text!r} for {describe(into)}, but the focus is {describe(focus)}"
            )
        tab = "shift+Tab" if step.back else "Tab"
        yield from self.keys(into, [tab] * step.tabs, step.text, step.pause_ms)
        self.record(step.into, into, step.text)
        self.act("field typed", step.tabs + len(step.text))

    def record(self, target: Target, widget: QWidget, text: str) -> None:
        if target.cell is not None:
            row, header = target.cell
            systolic, slash, diastolic = text.partition("/")
            if header == "SBP" and slash:  # a pressure typed as said fills both cells (epcr.ui.editor.vitals)
                self.typed.append((f"vitals[{row}].sbp", systolic.strip()))
                self.typed.append((f"vitals[{row}].dbp", diastolic.strip()))
                return
            self.typed.append((f"vitals[{row}].{VITALS_FIELDS[header]}", text))
        else:
            path = widget.property("path") or UNBOUND.get(getattr(self.page(), "title", None) or "")
            if isinstance(path, str) and path:
                self.typed.append((path, text))


def check_cell(table: QTableWidget, step: Type) -> None:
    """Tab in the grid moves one cell: the cell in focus must be `tabs` cells before the target."""
    assert step.into.cell is not None
    row, header = step.into.cell
    column = column_of(table, header) + (step.tabs if step.back else -step.tabs)
    here = table.currentIndex()
    if not within(QApplication.focusWidget(), table) or (here.row(), here.column()) != (row, column):
        raise HarnessError(
            f"typing {step.text!r} for {header} of row {row} needs the cursor in cell ({row}, {column}) of "
            f"the grid; it is in {describe(QApplication.focusWidget())} at ({here.row()}, {here.column()})"
        )


def move(point: QPoint) -> list[str]:
    # No --sync: xdotool 3.2016 then waits ~15 s when the pointer is already there. The X server handles
    # the move before the click that follows it, and the Pump waits for the app to have seen the click.
    return ["mousemove", str(point.x()), str(point.y())]


def on_screen(widget: QWidget, rect: QRect) -> bool:
    return widget.screen().geometry().contains(widget.mapToGlobal(rect.center()))


def scroll_towards(widget: QWidget, rect: QRect | None) -> tuple[QScrollBar, int]:
    """The scroll bar to turn, and which way, to bring `widget` (or `rect` of it) into sight."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if not isinstance(area, QAbstractScrollArea):
        raise HarnessError(f"{describe(widget)} is out of sight and not in anything that scrolls")
    viewport = area.viewport()
    box = rect if rect is not None else widget.rect()
    there = QRect(widget.mapTo(viewport, box.topLeft()), box.size())
    shown = viewport.rect()
    screen = viewport.screen().geometry()
    bottom = min(shown.bottom(), viewport.mapFromGlobal(screen.bottomLeft()).y())
    right = min(shown.right(), viewport.mapFromGlobal(screen.topRight()).x())
    for outside, bar, notches in (
        (there.top() < shown.top(), area.verticalScrollBar(), -SCROLL_NOTCHES),
        (there.bottom() > bottom, area.verticalScrollBar(), SCROLL_NOTCHES),
        (there.left() < shown.left(), area.horizontalScrollBar(), -SCROLL_NOTCHES),
        (there.right() > right, area.horizontalScrollBar(), SCROLL_NOTCHES),
    ):
        if outside:
            if not bar.isVisible():
                raise HarnessError(f"{describe(widget)} is out of sight and its page has no scroll bar there")
            return bar, notches
    raise HarnessError(f"{describe(widget)} is hidden, and no scrolling shows it")
