#!/usr/bin/env python3
"""GUI benchmarks (part of `make bench`): cold start to a painted window, opening the large report in the
editor, keystroke to repaint, night/day and text-size switches, and resident memory. Prints one JSON object
when run on its own.

Every Qt process runs offscreen (QT_QPA_PLATFORM=offscreen: no display here). The figures that need a Qt
application run in fresh child processes of this script, so the bench process's own history (thousands of
reports imported by bench.py, say) neither slows them nor inflates the memory figure.

Child modes (used by `bench_ui()`, not meant to be run by hand):
    bench_ui.py --cold-start ours|bare HOME   prints {"painted_ms": ...}: process start to first painted frame
    bench_ui.py --editor HOME                 prints the editor figures as JSON
"""

from __future__ import annotations

# The cold-start children run this file too: its top-level imports stay small and the same for both kinds,
# and the parent-only modules (subprocess, statistics, tempfile) are imported where they are used.
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

COLD_STARTS = 7  # per kind, interleaved ours/bare, after one discarded warm-up pair
OPENS = 7
KEYSTROKES = 200
KEY_PAUSE_MS = 20  # between keystrokes: 50 keys/s, faster than anyone types on a tablet
WAIT_S = 60.0
CHILD_TIMEOUT_S = 120
START_ENV = "EPCR_BENCH_START_NS"
USER = "C-0815"  # large_report() is created by this crew member; an EMT only opens their own reports
WINDOW_SIZE = (1366, 768)  # the cab screen epcr.ui.app.main() maximises on
SWITCHES = 8  # night/day toggles (an even number: it ends in the theme it started in)


def qt_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def elapsed_since_start_ms() -> float:
    """Milliseconds since this process started.

    Robust way: the parent reads CLOCK_MONOTONIC just before Popen and passes it in START_ENV; the child reads
    the same clock at its first paint. CLOCK_MONOTONIC is one system-wide clock (time since boot), so it is
    valid across processes, has nanosecond resolution and never jumps (time.time() can step with NTP). The
    interval includes fork, exec and interpreter start-up, which the user waits for too. Fallback when run by
    hand: /proc/self/stat starttime (CLOCK_BOOTTIME, in clock ticks of 10 ms: too coarse to be the default).
    """
    started = os.environ.get(START_ENV)
    if started:
        return (now_ns() - int(started)) / 1e6
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    start_s = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of stat; fields[0] is field 3
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - start_s) * 1000


def prepare_device(home: Path) -> None:
    """A demo device: encrypted database and key slots with the demo roster."""
    from epcr.demo import demo_accounts
    from epcr.device import Device

    accounts = demo_accounts()  # [(Account, pin), ...]; the first is the admin
    session, _recovery = Device.at(home).set_up(*accounts[0])
    for account, pin in accounts[1:]:
        session.add_account(account, pin)
    session.log_out()


# -- children ---------------------------------------------------------------------------------------------


def child_cold_start(kind: str, home: Path) -> None:
    """Start the way a user does, and print the time from process start to the first fully painted frame:
    the window's first Paint event arms a zero timer, which fires once that paint pass (the window and all
    its children) is done and flushed to the backing store."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window: QMainWindow
    if kind == "ours":
        from epcr.device import Device
        from epcr.ui import theme
        from epcr.ui.app import MainWindow

        app.setApplicationName("epcr")
        theme.apply(app)
        window = MainWindow(Device.at(home))
    else:
        window = QMainWindow()
    window.resize(*WINDOW_SIZE)

    def painted() -> None:
        print(json.dumps({"painted_ms": elapsed_since_start_ms(), "paint_event_ms": paint_event_ms}))
        sys.stdout.flush()
        os._exit(0)  # the figure is out; tearing Qt down would only cost time

    paint_event_ms = 0.0

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            nonlocal paint_event_ms
            if event.type() == QEvent.Type.Paint and not paint_event_ms:
                paint_event_ms = elapsed_since_start_ms()
                QTimer.singleShot(0, painted)
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    window.show()
    QTimer.singleShot(int(WAIT_S * 1000), lambda: os._exit(3))  # never hang `make bench`
    app.exec()


def child_editor(home: Path) -> None:
    """Log in as USER, import the large report, open it in the editor OPENS times, type into the Patient
    page, and read the resident memory; prints the figures as JSON."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from epcr.demo import demo_accounts, large_report
    from epcr.device import Device
    from epcr.ui import theme
    from epcr.ui.app import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("epcr")
    theme.apply(app)
    window = MainWindow(Device.at(home))
    window.resize(*WINDOW_SIZE)
    window.show()

    def wait_until(done: Any, what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not done():  # QTest.qWait processes events (never a tight processEvents loop)
            if time.monotonic() > deadline:
                raise TimeoutError(f"bench_ui: timed out waiting for {what}")
            QTest.qWait(1)

    def settle() -> None:
        wait_until(lambda: window.runner.idle, "the database worker")
        QTest.qWait(20)  # deferred deletes and repaints

    window.login.ui.user.setCurrentText(USER)
    window.login.ui.pin.setText(next(pin for account, pin in demo_accounts() if account.id == USER))
    window.login.log_in()
    wait_until(lambda: window.session is not None, "login")
    settle()
    session = window.session
    assert session is not None
    report = large_report()
    # Setup through the worker (it owns the database's one writer); it is not timed.
    failures: list[Exception] = []
    window.runner.run(lambda: session.db.import_reports([report], USER), None, failures.append)
    window.refresh()
    settle()
    if failures:
        raise RuntimeError(f"bench_ui: importing the large report failed: {failures[0]}")
    report_id = str(report.uuid)

    def open_editor() -> float:
        start = time.perf_counter()
        window.open_report(report_id)
        wait_until(lambda: window.editor is not None and window.editor.report is not None, "the editor")
        elapsed = time.perf_counter() - start
        settle()
        return elapsed

    open_editor()  # warm-up, not counted: first-use imports and caches
    window.close_report()
    settle()
    opens = []
    for _ in range(OPENS):
        opens.append(open_editor())
        window.close_report()
        settle()

    open_editor()  # the large report stays open for the keystrokes and the memory figure
    editor = window.editor
    assert editor is not None
    index = next(i for i, page in enumerate(editor.pages) if page.title == "Patient")
    editor.ui.sections.setCurrentRow(index)
    line = editor.pages[index].ui.lastName  # type: ignore[attr-defined]
    window.activateWindow()
    line.setFocus(Qt.FocusReason.OtherFocusReason)
    settle()

    class PaintClock(QObject):
        """When armed, records the perf_counter time at which the line edit's next Paint is delivered."""

        armed = False
        at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.armed and event.type() == QEvent.Type.Paint:
                self.at, self.armed = time.perf_counter(), False
            return False

    clock = PaintClock()
    line.installEventFilter(clock)
    latencies = []
    for _ in range(KEYSTROKES):
        clock.at, clock.armed = None, True
        start = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_A)  # press and release, delivered synchronously
        wait_until(lambda: clock.at is not None, "the repaint after a keystroke")
        assert clock.at is not None
        latencies.append(clock.at - start)
        QTest.qWait(KEY_PAUSE_MS)
    line.removeEventFilter(clock)
    typed = line.text()
    assert typed.endswith("a" * KEYSTROKES), typed[-10:]
    settle()
    rss_kib = next(
        int(row.split()[1])
        for row in Path("/proc/self/status").read_text().splitlines()
        if row.startswith("VmRSS:")
    )

    latencies.sort()
    switches = theme_switches(window, editor)
    figures = {
        **switches,
        "open_large_report_in_editor_ms": round(_median(opens) * 1000, 2),
        "keystroke_to_repaint_p95_ms": round(latencies[round(0.95 * (len(latencies) - 1))] * 1000, 3),
        "keystroke_to_repaint_median_ms": round(_median(latencies) * 1000, 3),
        "resident_memory_with_large_report_mib": round(rss_kib / 1024, 1),
    }
    print(json.dumps(figures))
    sys.stdout.flush()
    os._exit(0)  # the runner's thread and the session die with the temporary device


def theme_switches(window: Any, editor: Any) -> dict[str, float]:
    """Night/day and text-size switches with every page of the large report built: from the key press to
    the window repainted (the palette and font reach the widgets as posted events, so they are processed)."""
    from PySide6.QtWidgets import QApplication

    editor.pages  # noqa: B018  every page built, as after a long call
    app = QApplication.instance()

    def switch(action: Any) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()
        window.repaint()
        return (time.perf_counter() - start) * 1000

    themes = [switch(window.toggle_night) for _ in range(SWITCHES)]
    sizes = [switch(lambda step=step: window.scale(step)) for step in (+1, +1, +1, -1, -1, -1) * 2]
    return {
        "theme_switch_median_ms": round(_median(themes), 1),
        "theme_switch_max_ms": round(max(themes), 1),
        "text_size_switch_median_ms": round(_median(sizes), 1),
        "text_size_switch_max_ms": round(max(sizes), 1),
    }


def _median(samples: list[float]) -> float:
    import statistics

    return statistics.median(samples)


# -- parent -----------------------------------------------------------------------------------------------


def run_child(*args: str, stamp_start: bool = False) -> dict[str, float]:
    import subprocess

    env = qt_env()
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    if stamp_start:
        env[START_ENV] = str(now_ns())  # last thing before Popen
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench_ui child {args} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(lines[-1])
    return result


def bench_cold_start(home: Path) -> dict[str, float]:
    samples: dict[str, list[float]] = {"ours": [], "bare": []}
    for round_ in range(COLD_STARTS + 1):  # round 0 warms the page cache and .pyc files: not counted
        order = ("ours", "bare") if round_ % 2 else ("bare", "ours")  # neither always goes first
        for kind in order:
            painted = run_child("--cold-start", kind, str(home), stamp_start=True)["painted_ms"]
            if round_:
                samples[kind].append(painted)
    ours, bare = _median(samples["ours"]), _median(samples["bare"])
    return {
        "cold_start_login_painted_ms": round(ours, 1),
        "cold_start_bare_qt_painted_ms": round(bare, 1),
        "cold_start_vs_bare_qt_ratio": round(ours / bare, 3),
    }


def bench_ui() -> dict[str, float]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="epcr-bench-ui-") as tmp:
        home = Path(tmp) / "home"
        prepare_device(home)
        figures = bench_cold_start(home)
        figures |= run_child("--editor", str(home))
    return figures


def main(argv: list[str]) -> int:
    if argv[:1] == ["--cold-start"]:
        child_cold_start(argv[1], Path(argv[2]))
    elif argv[:1] == ["--editor"]:
        child_editor(Path(argv[1]))
    else:
        print(json.dumps(bench_ui(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
