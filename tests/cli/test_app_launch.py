"""`epcr` alone opens the desktop app where there is a screen, and lists reports in the terminal where not."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.cli.conftest import Run


def test_without_a_screen_it_logs_in_here_and_lists(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    cli("demo", "--count", "3")
    status, out, _ = cli(user="P-1042")
    assert status == 0 and out.startswith("epcr: no screen here (DISPLAY is not set)")
    assert "report(s)" in out


def test_with_a_screen_it_opens_the_desktop_app(
    qtbot: Any, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")  # Qt itself renders offscreen (tests/conftest.py)
    seen: list[str] = []

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(type(w).__name__ for w in windows)
        QApplication.closeAllWindows()  # the user closes the window: exec() returns

    QTimer.singleShot(1500, look_then_close)
    status, _, _ = cli()
    assert status == 0 and "MainWindow" in seen


def test_text_mode_is_asked_for(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    status, out, _ = cli("--text", user="P-1042")
    assert status == 0 and out.startswith("epcr: text mode (--text)")
