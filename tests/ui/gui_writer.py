"""A child process for tests/ui/test_kill_reopen.py: the real desktop app (offscreen), logged in, editing one
report for ever, until the test kills it.

    python gui_writer.py HOME USER PIN REPORT_UUID [START]

Edit number n (START, START+1, ...) sets the patient's last name to "Name{n}" when n is even and the
narrative to "Narrative {n}" when n is odd, exactly as a user would (the line edit's editingFinished, the
narrative page's commit). After the editor's `saved` signal confirms the write (emitted on the GUI thread once
the database worker's commit returned) it prints "ok <path> <value>" and flushes, then makes the next edit.
"ready" is printed once the report is open; "error ..." (exit status 2) when something never happens.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from epcr.device import Device
from epcr.ui import theme
from epcr.ui.app import MainWindow

TIMEOUT_S = 60.0
LAST_NAME, NARRATIVE = "patient.last_name", "narrative.text"


def edit_for(n: int) -> tuple[str, str]:
    """The (path, value) of edit number n (the test computes the same sequence)."""
    return (LAST_NAME, f"Name{n}") if n % 2 == 0 else (NARRATIVE, f"Narrative {n}")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(why: str) -> None:
    say(f"error {why}")
    sys.exit(2)


def pause(ms: int) -> None:
    """Run the event loop for `ms`, as app.exec() would. Not QTest.qWait: PySide6 holds the GIL through it,
    which starves the database worker thread (logging in took 8 s with qWait(10) slices, 0.9 s like this)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, problem: Callable[[], str] = lambda: "") -> None:
    """Let the event loop run (in 10 ms slices, never a busy loop) until `condition` holds."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        why = problem()
        if why:
            fail(f"{what}: {why}")
        if time.monotonic() > deadline:
            fail(f"{what}: not within {TIMEOUT_S:.0f} s")
        pause(10)


def find_page(pages: list[Any], title: str) -> int:
    for index, candidate in enumerate(pages):
        if candidate.title == title:
            return index
    fail(f"no page {title!r} in {[p.title for p in pages]}")
    raise AssertionError  # unreachable: fail() exits


def main(argv: list[str]) -> int:
    home, user, pin, report_id = argv[:4]
    start = int(argv[4]) if len(argv) > 4 else 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)  # type: ignore[arg-type]
    window = MainWindow(Device.at(Path(home)))
    window.resize(1280, 800)
    window.show()

    window.login.ui.user.setCurrentText(user)
    window.login.ui.pin.setText(pin)
    window.login.log_in()
    wait_until(
        lambda: window.session is not None,
        "log in",
        lambda: window.login.ui.message.text() if window.login.ui.logIn.isEnabled() else "",  # refused
    )

    window.open_report(report_id)
    wait_until(lambda: window.editor is not None and window.editor.report is not None, "open the report")
    editor = window.editor
    assert editor is not None
    saved: list[str] = []
    editor.saved.connect(saved.append)
    pages: list[Any] = editor.pages  # every page, built (and shown the report)
    on_patient, on_narrative = find_page(pages, "Patient"), find_page(pages, "Narrative")
    patient, narrative = pages[on_patient], pages[on_narrative]
    say("ready")

    def not_saved() -> str:
        text = editor.ui.savedIndicator.text()
        return text if text.startswith("NOT saved") else ""

    n = start
    while True:
        path, value = edit_for(n)
        before = len(saved)
        if path == LAST_NAME:
            editor.ui.sections.setCurrentRow(on_patient)  # the user goes to the page, then types
            patient.ui.lastName.setText(value)
            patient.ui.lastName.editingFinished.emit()
        else:
            editor.ui.sections.setCurrentRow(on_narrative)
            narrative.text.setPlainText(value)
            narrative.commit()
        wait_until(lambda: len(saved) > before, f"save {path} = {value!r}", not_saved)  # noqa: B023
        if saved[before:] != [path]:
            fail(f"saved {saved[before:]} after editing {path}")
        say(f"ok {path} {value}")
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
