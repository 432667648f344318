"""The end-to-end driver: the real epcr app on a real X server, driven by real X input (xdotool).

    QT_QPA_PLATFORM=xcb DISPLAY=:N python -m tests.e2e.driver --home HOME --plan NAME [--param KEY=VALUE]
        --out RESULT.json [--shots DIR] [--timeout S]

It builds the main window as `epcr.ui.app.main()` does (the device's agency settings, the theme), fills the
screen with it, and plays the plan's steps (tests/e2e/scenarios.py) through the Pump, so the app's event
loop never stops while xdotool types. Then it closes the window normally (every edit is flushed, the session
logs out) and writes what it did as JSON: the report, actions and keystrokes, what it typed where, the
questions the app asked, step timings, and the error that stopped it if any (exit status 1). A screenshot
of the whole screen is saved in --shots at the end ("final.png") and when a step fails ("failure.png").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import traceback
from pathlib import Path
from typing import Any


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tests.e2e.driver")
    parser.add_argument("--home", type=Path, required=True, help="the device's data folder")
    parser.add_argument("--plan", required=True, help="a plan of tests/e2e/scenarios.py")
    parser.add_argument("--param", action="append", default=[], help="KEY=VALUE for the plan")
    parser.add_argument("--out", type=Path, required=True, help="where to write the result (JSON)")
    parser.add_argument("--shots", type=Path, help="where to save screenshots")
    parser.add_argument("--timeout", type=float, help="stop the scenario after this many seconds")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    if not os.environ.get("DISPLAY"):
        print("tests.e2e.driver: no DISPLAY (start Xvfb first)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # real X input needs the real X platform, never offscreen

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from epcr.ui import theme
    from epcr.ui.app import show_on_screen, window_for
    from tests.e2e import scenarios
    from tests.e2e.finder import HarnessError
    from tests.e2e.pump import InputLog, Pump
    from tests.e2e.robot import Robot

    params = dict(item.split("=", 1) for item in args.param)
    plan = scenarios.build(args.plan, params)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("epcr")
    theme.apply(app)
    window = window_for(args.home / "epcr.sqlite3")
    if plan.latency_ms:
        slow_storage(window.runner, plan.latency_ms)
    screen = app.primaryScreen().availableGeometry()
    show_on_screen(window)  # as `epcr` starts: maximised on a 1366x768 or 1280x800 screen, and active

    log = InputLog()
    app.installEventFilter(log)
    robot = Robot(window, log)
    app_errors: list[str] = []
    started = time.monotonic()
    result: dict[str, Any] = {
        "plan": plan.name,
        "user": plan.user,
        "params": params,
        "latency_ms": plan.latency_ms,
    }

    def app_error(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        app_errors.append("".join(traceback.format_exception(kind, error, trace))[-3000:])

    sys.excepthook = app_error  # an exception in one of the app's slots: noted, and the run goes on

    def finished(error: BaseException | None) -> None:
        result.update(summary(robot, log, started, window, screen))
        result["app_errors"] = app_errors
        if error is not None:
            where = robot.current
            result["error"] = (
                f"{where}: {error}" if isinstance(error, HarnessError) else f"{where}: {error!r}"
            )
            result["traceback"] = "".join(traceback.format_exception(error))[-4000:]
            shot(args.shots, "failure.png", app)
        shot(args.shots, "final.png", app)
        close(window, app)
        args.out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
        QTimer.singleShot(0, app.quit)

    pump = Pump(log, finished)
    timeout = args.timeout or plan.timeout_s
    QTimer.singleShot(
        int(timeout * 1000), lambda: pump.fail(HarnessError(f"the scenario took more than {timeout:g} s"))
    )
    pump.start(robot.play(plan.steps))
    app.exec()
    return 1 if "error" in result else 0


def slow_storage(runner: Any, latency_ms: int) -> None:
    """Every job on the app's database worker first waits `latency_ms` (on the worker: the screen does not),
    as on a tablet whose storage takes that long to sync: the echo of a save then comes back while the crew
    is already typing in the next field, which is where an echo that rewrites the field loses characters."""
    run = runner.run

    def slowly(work: Any, done: Any = None, failed: Any = None) -> None:
        def late() -> Any:
            time.sleep(latency_ms / 1000)
            return work()

        run(late, done, failed)

    runner.run = slowly


def summary(robot: Any, log: Any, started: float, window: Any, screen: Any) -> dict[str, Any]:
    gaps = [
        (b.at - a.at) * 1000
        for a, b in zip(log.seen, log.seen[1:], strict=False)
        if 0 < (b.at - a.at) * 1000 < 250  # inside one burst of typing
    ]
    marks = {name: round((at - started) * 1000, 1) for name, at in robot.marks.items()}
    return {
        "report": robot.notes.get("report"),
        "notes": robot.notes,
        "marks_ms": marks,
        "actions": sum(robot.actions.values()),
        "actions_by_kind": dict(robot.actions),
        "keystrokes": robot.keystrokes,
        "keys_received": log.keys,
        "typing_interval_median_ms": round(statistics.median(gaps), 1) if gaps else None,
        "typed": robot.typed,
        "skipped": robot.skipped,
        "questions": robot.questions,
        "stray_keys": log.stray,
        "steps": robot.steps,
        "wall_ms": round((time.monotonic() - started) * 1000, 1),
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
    }


def shot(folder: Path | None, name: str, app: Any) -> None:
    """The screen as the X server shows it: imagemagick's import, else Qt's grab of the root window."""
    if folder is None:
        return
    from tests.e2e.xserver import screenshot

    if screenshot(os.environ["DISPLAY"], folder / name) is None:
        folder.mkdir(parents=True, exist_ok=True)
        app.primaryScreen().grabWindow(0).save(str(folder / name))


def close(window: Any, app: Any) -> None:
    """Close as a user would: a question left open is dismissed, then the window closes (flushing edits)."""
    for _ in range(5):
        modal = app.activeModalWidget()
        if modal is None:
            break
        modal.reject()
    window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
