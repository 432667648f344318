"""The bedside handoff sheet from the editor: a draft prints at any time, with the edit just typed, on the
worker thread; the export is audited and the printed file does not outlive the login."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from epcr.demo import demo_report
from epcr.ui.app import MainWindow
from epcr.ui.editor.window import ReportEditor
from tests.ui.driving import WAIT, log_in


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_handoff_sheet_prints_a_draft_with_the_latest_edit(
    qtbot: Any, window: MainWindow, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(ReportEditor, "open_file", lambda url: opened.append(Path(QUrl(url).toLocalFile())))
    log_in(qtbot, window, "P-1042")
    draft = demo_report(4)  # a chest-pain call, still a draft
    assert window.session is not None
    window.session.db.import_reports([draft], "P-1042")
    window.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.report is not None, timeout=WAIT)
    editor = window.editor
    assert editor is not None
    editor.save_field("patient.last_name", "Müller")  # just typed: the sheet must carry it
    editor.ui.handoff.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    sheet = opened[0]
    assert sheet.parent == home / "print" and (sheet.parent.stat().st_mode & 0o777) == 0o700
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True).stdout
    pages = subprocess.run(["pdfinfo", str(sheet)], capture_output=True, text=True).stdout
    assert "Müller" in text and "Pages:           1" in pages
    assert editor.ui.savedIndicator.text().startswith("handoff sheet ready")
    audit = [e.action for e in window.session.db.audit_trail(str(draft.uuid))]
    assert "export" in audit  # printing patient data is recorded like any export
    window.log_out()
    qtbot.waitUntil(lambda: window.runner.idle, timeout=WAIT)
    assert not (home / "print").exists()  # no patient data left outside the encrypted database
