"""Running a scenario without ever blocking Qt's event loop.

A scenario is a generator that yields what it waits for: an xdotool command (run by QProcess; done when the
process has exited *and* the app has received the input it sent), a condition polled every 10 ms, or a
deliberate pause. The Pump resumes the generator from timer and process signals, so the app keeps painting,
saving and handling keys while xdotool types, and a modal dialog's own event loop drives the script too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QProcess, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from tests.e2e.finder import HarnessError, describe, within

POLL_MS = 10
INPUT_TIMEOUT_S = 15.0  # from xdotool's exit to the app having seen every event it sent
MODIFIERS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
}


@dataclass
class XDo:
    """An xdotool command and the input the app must have seen when it is done."""

    args: list[str]
    keys: int = 0  # key presses other than modifiers
    clicks: int = 0  # mouse button releases (buttons 1-3)
    wheels: int = 0  # wheel notches


@dataclass
class Until:
    condition: Callable[[], bool]
    what: str
    timeout_s: float = 20.0
    problem: Callable[[], str | None] | None = None  # a reason to stop at once (the app said no)
    detail: Callable[[], str] | None = None  # what the screen says, for the timeout's message


@dataclass
class Sleep:
    ms: int


Wait = XDo | Until | Sleep
Scenario = Generator[Wait, None, None]


@dataclass
class KeySeen:
    at: float  # time.monotonic()
    text: str
    receiver: str


class InputLog(QObject):
    """Counts the input the app has received (at the window, once per X event) and who had the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.keys = self.key_releases = self.clicks = self.wheels = 0
        self.seen: list[KeySeen] = []
        self.expect: QWidget | None = None  # keys typed now must reach this widget (or a child of it)
        self.skip = 0  # ...after this many presses (the Tabs that lead there)
        self.stray: list[str] = []  # keys that went elsewhere, in words

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWindow):
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if Qt.Key(event.key()) in MODIFIERS or event.isAutoRepeat():
                return False
            if kind == QEvent.Type.KeyRelease:
                self.key_releases += 1
                return False
            self.keys += 1
            focus = QApplication.focusWidget()
            self.seen.append(KeySeen(time.monotonic(), event.text(), describe(focus)))
            if self.skip > 0:
                self.skip -= 1
            elif self.expect is not None and not within(focus, self.expect):
                self.stray.append(f"{event.text()!r} went to {describe(focus)}, not {describe(self.expect)}")
        elif kind == QEvent.Type.MouseButtonRelease:
            self.clicks += 1
        elif kind == QEvent.Type.Wheel:
            self.wheels += 1
        return False


class Pump(QObject):
    """Drives one scenario generator to its end; `finished(error or None)` is called once."""

    def __init__(self, log: InputLog, finished: Callable[[BaseException | None], None]) -> None:
        super().__init__()
        self.log, self.finished = log, finished
        self._scenario: Scenario | None = None
        self._process: QProcess | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._check: Callable[[], bool] | None = None
        self._done = False

    def start(self, scenario: Scenario) -> None:
        self._scenario = scenario
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        assert self._scenario is not None
        try:
            wait = next(self._scenario)
        except StopIteration:
            self._finish(None)
            return
        except BaseException as error:
            self._finish(error)
            return
        try:
            self._arm(wait)
        except BaseException as error:
            self._finish(error)

    def _finish(self, error: BaseException | None) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if error is not None and self._scenario is not None:
            self._scenario.close()
        self.finished(error)

    def fail(self, error: BaseException) -> None:
        """Stop the scenario from outside (a watchdog)."""
        self._finish(error)

    def _arm(self, wait: Wait) -> None:
        if isinstance(wait, Sleep):
            QTimer.singleShot(wait.ms, self._advance)
        elif isinstance(wait, Until):
            self._watch(wait)
        else:
            self._run(wait)

    def _watch(self, wait: Until) -> None:
        deadline = time.monotonic() + wait.timeout_s

        def check() -> bool:
            if wait.condition():
                return True
            why = wait.problem() if wait.problem else None
            if why:
                raise HarnessError(f"{wait.what}: {why}")
            if time.monotonic() > deadline:
                said = f" ({wait.detail()})" if wait.detail else ""
                raise HarnessError(f"{wait.what}: not within {wait.timeout_s:g} s{said}")
            return False

        self._poll_until(check)

    def _poll_until(self, check: Callable[[], bool]) -> None:
        self._check = check
        self._timer.start()
        self._poll()

    def _poll(self) -> None:
        if self._check is None or self._done:
            return
        try:
            done = self._check()
        except BaseException as error:
            self._check = None
            self._finish(error)
            return
        if done:
            self._check = None
            self._timer.stop()
            QTimer.singleShot(0, self._advance)

    def _run(self, wait: XDo) -> None:
        log = self.log
        base = (log.keys, log.key_releases, log.clicks, log.wheels)
        process = QProcess(self)
        self._process = process

        def exited(code: int, status: QProcess.ExitStatus) -> None:
            error = bytes(process.readAllStandardError().data()).decode(errors="replace").strip()
            process.deleteLater()
            if code != 0 or status != QProcess.ExitStatus.NormalExit:
                self._finish(HarnessError(f"xdotool {' '.join(wait.args)} failed ({code}): {error}"))
                return
            deadline = time.monotonic() + INPUT_TIMEOUT_S

            def delivered() -> bool:
                seen = (
                    log.keys - base[0],
                    log.key_releases - base[1],
                    log.clicks - base[2],
                    log.wheels - base[3],
                )
                wanted = (wait.keys, wait.keys, wait.clicks, wait.wheels)
                if all(got >= want for got, want in zip(seen, wanted, strict=True)):
                    return True
                if time.monotonic() > deadline:
                    raise HarnessError(
                        f"after xdotool {' '.join(wait.args)}: the app saw {seen[0]}/{wait.keys} key "
                        f"presses, {seen[2]}/{wait.clicks} clicks, {seen[3]}/{wait.wheels} wheel notches"
                    )
                return False

            self._poll_until(delivered)

        process.finished.connect(exited)
        process.errorOccurred.connect(
            lambda problem: (
                self._finish(HarnessError(f"xdotool could not run: {problem}"))
                if problem == QProcess.ProcessError.FailedToStart
                else None
            )
        )
        process.start("xdotool", wait.args)
