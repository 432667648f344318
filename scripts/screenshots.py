#!/usr/bin/env python3
"""Render the main screens offscreen into docs/screenshots/ (a demo device in a temporary folder).

python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from epcr.demo import demo_accounts, demo_report, load_demo
from epcr.device import Device
from epcr.ui import theme
from epcr.ui.app import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PINS = {account.id: pin for account, pin in demo_accounts()}


def wait_for(condition: object, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        QTest.qWait(20)
        waited += 20


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        device = Device.at(Path(tmp) / "home")
        load_demo(device)
        window = MainWindow(device)
        window.resize(1366, 800)
        window.show()
        QTest.qWait(400)
        window.login.ui.user.setCurrentText("C-0815")
        window.grab().save(str(OUT / "01-login.png"))
        window.login.ui.pin.setText(PINS["C-0815"])
        window.login.log_in()
        wait_for(lambda: window.session is not None and window.runner.idle)
        QTest.qWait(300)
        window.grab().save(str(OUT / "02-report-list.png"))
        arrest = str(demo_report(5).uuid)  # a cardiac arrest, still a draft
        window.open_report(arrest)
        wait_for(lambda: window.editor is not None and window.editor.report is not None)
        editor = window.editor
        assert editor is not None
        shots = {
            "03-incident-and-times": 0,
            "04-vital-signs": 4,
            "05-code-mode": 5,
            "06-procedures": 8,
            "07-medications": 9,
            "08-signatures": 12,
        }
        for name, index in shots.items():
            editor.open_page(index)
            QTest.qWait(250)
            window.grab().save(str(OUT / f"{name}.png"))
        editor.open_page(2)
        patient = editor.open_page(2)
        patient.ui.age.setText("250")  # type: ignore[attr-defined]
        patient.ui.age.editingFinished.emit()  # type: ignore[attr-defined]
        wait_for(lambda: window.runner.idle)
        QTest.qWait(250)
        window.grab().save(str(OUT / "09-bad-input-and-findings.png"))
        window.toggle_night()
        editor.open_page(5)
        QTest.qWait(300)
        window.grab().save(str(OUT / "10-night-code-mode.png"))
        window.close()
    for path in sorted(OUT.glob("*.png")):
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
