"""GUI tests drive the real windows offscreen (QT_QPA_PLATFORM is set in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from epcr.device import Device
from epcr.ui import theme
from epcr.ui.app import MainWindow
from tests.cli.conftest import PINS, device_template, home  # noqa: F401  (a copied demo device per test)

__all__ = ["PINS"]


@pytest.fixture
def window(qtbot: object, home: Path) -> Iterator[MainWindow]:  # noqa: F811
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    main = MainWindow(Device.at(home))
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1400, 900)
    main.show()
    yield main
    qtbot.waitUntil(lambda: main.runner.idle, timeout=10_000)  # type: ignore[attr-defined]
    main.close()  # logs out and stops the worker
