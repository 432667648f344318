"""Generated forms are current; the report list model works without any view."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from epcr.domain.report import Status
from epcr.domain.summary import ReportSummary
from epcr.ui.report_list import ReportListModel

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ui.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def summary(n: int, status: Status) -> ReportSummary:
    at = datetime(2026, 11, 1, 9, n, tzinfo=UTC)
    return ReportSummary(
        f"00000000-0000-4000-8000-00000000000{n}",
        status,
        f"2026-00000{n}",
        f"2026-11-01T09:0{n}:00-07:00",
        "Medic 12",
        "Okafor, Chidi",
        "Chest pain",
        at,
        at,
        None,
    )


def test_report_list_model_without_widgets(qtbot: object) -> None:
    model = ReportListModel()
    rows = [summary(1, Status.DRAFT), summary(2, Status.LOCKED)]
    model.set_rows(rows, {rows[1].uuid: "waiting"})
    assert (model.rowCount(), model.columnCount()) == (2, 7)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    cell = model.index(1, ReportListModel.COL_STATUS)
    assert model.data(cell) == "Locked"
    assert model.data(model.index(1, ReportListModel.COL_SYNC)) == "waiting to sync"
    assert model.data(model.index(0, ReportListModel.COL_SYNC)) == ""  # a draft never syncs
    model.set_rows(rows, {rows[1].uuid: "conflict"})
    assert model.data(model.index(1, ReportListModel.COL_SYNC)) == "conflict: see sync log"
    assert model.data(model.index(0, ReportListModel.COL_INCIDENT)) == "2026-11-01 09:01"
    assert model.data(cell, ReportListModel.UuidRole).endswith("2")
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "Status: Locked"
    assert model.headerData(ReportListModel.COL_PATIENT, Qt.Orientation.Horizontal) == "Patient"
    assert model.data(QModelIndex()) is None
