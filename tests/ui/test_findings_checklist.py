"""A report just opened is a checklist, not a wall of red errors; the back-in-service time is asked by the
lock dialog with a tap when it happens, never before and never for a time still to come."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from epcr.demo import demo_report
from epcr.domain.report import Status
from epcr.ui.app import MainWindow
from epcr.ui.editor.dialogs import LockDialog
from tests.ui.conftest import PINS
from tests.ui.driving import WAIT, log_in, new_report, settle


def texts(main: MainWindow) -> list[str]:
    listing = main.editor.ui.findings
    return [listing.item(i).text() for i in range(listing.count())]


def test_a_new_report_opens_as_a_checklist(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    shown = texts(main)
    assert not [t for t in shown if t.startswith(("ERROR", "WARNING"))]  # nothing was entered wrong yet
    heading = next(t for t in shown if t.startswith("Before lock:"))
    left = int(heading.split()[2])
    todo = [t for t in shown if t.startswith("\u2610")]
    assert left == len([t for t in todo if "(recommended)" not in t]) > 0
    assert not [t for t in todo if "back in service" in t]  # asked when locking, when it has happened
    assert main.editor.ui.lock.text() == f"Lock report ({left} left)"
    listing = main.editor.ui.findings
    row = next(i for i, t in enumerate(shown) if "dispatch reason" in t)
    main.editor._jump(listing.item(row))  # a click on the item: its page, the cursor on its field
    qtbot.waitUntil(lambda: main.focusWidget() is not None, timeout=WAIT)
    assert main.focusWidget().property("path") == "dispatch.reason"


def test_the_lock_dialog_refuses_a_time_still_to_come(qtbot: Any, window: MainWindow) -> None:
    dialog = LockDialog(window, "Dana Whitfield", None, None)
    qtbot.addWidget(dialog)
    later = datetime.now().astimezone() + timedelta(hours=2)
    dialog.in_service.setText(later.strftime("%Y-%m-%d %H:%M"))
    dialog._check()
    assert dialog.result() != QDialog.DialogCode.Accepted and "has not happened yet" in dialog.problem.text()
    dialog.in_service.clear()
    dialog._check()
    assert "tap Now" in dialog.problem.text()
    qtbot.mouseClick(dialog.now, Qt.MouseButton.LeftButton)
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.back_in_service is not None
    assert abs((dialog.back_in_service - datetime.now().astimezone()).total_seconds()) < 5


def test_back_in_service_is_tapped_at_lock(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    log_in(qtbot, main, "P-1042")
    started = datetime.now().astimezone() - timedelta(hours=1, minutes=30)  # the call is just over
    draft = demo_report(4, start=started)  # a complete chest-pain call, still a draft
    draft.times.back_in_service = None  # the unit is not back in service yet
    main.session.db.import_reports([draft], "P-1042")
    main.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    settle(qtbot, main)
    editor = main.editor
    assert "Ready to lock" in texts(main)  # eTimes.13 missing does not hold the checklist open

    def tap_now_sign_and_pin(self: LockDialog) -> int:
        qtbot.mouseClick(self.now, Qt.MouseButton.LeftButton)
        qtbot.mousePress(self.pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
        for x in range(30, 300, 15):
            qtbot.mouseMove(self.pad, QPoint(x, 40 + (x % 40)))
        self.pin.setText(PINS["P-1042"])
        self._check()
        return self.result()

    monkeypatch.setattr(LockDialog, "exec", tap_now_sign_and_pin)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: refused.append(a[2]))
    qtbot.mouseClick(editor.ui.lock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: refused or (editor.report is not None and editor.report.status is Status.LOCKED), timeout=WAIT
    )
    assert not refused
    stamped = editor.report.times.back_in_service
    assert isinstance(stamped, datetime)
    assert abs((stamped - datetime.now().astimezone()).total_seconds()) < 30
