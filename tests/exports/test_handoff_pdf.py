"""The bedside handoff sheet: always one page, the essentials on it, long lists cut with "+N more"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from epcr.demo import demo_report, large_report
from epcr.exports.pdf import HandoffPdf, ReportSnapshot, snapshot_of
from tests.exports.conftest import NOW, page_count, pdftotext
from tests.exports.test_report_pdf import PYTHON_NONE


def test_handoff_has_the_essentials_on_one_page(locked_snapshot: ReportSnapshot, tmp_path: Path) -> None:
    target = tmp_path / "handoff.pdf"
    assert HandoffPdf(locked_snapshot).write(target) == 1 == page_count(target)
    text = pdftotext(target)
    for expected in (
        "BEDSIDE HANDOFF",
        "Müller, Jürgen",
        "Unresponsive, not breathing",  # chief complaint
        "Cardiac arrest (I46.9)",  # impression
        "ALLERGIES: Allergy to penicillin (Z88.0)",
        "Unit notified",
        "Cardiac arrest",
        "2 (200 J, 300 J)",  # shocks
        "14:18:40",  # ROSC
        "Vital signs",
        "36.8 °C",
        "Defibrillation, AED",  # interventions with times
        "14:17:00",  # epinephrine
        "Page 1 of 1",
        "CONFIDENTIAL",
        locked_snapshot.content_hash,
    ):
        assert expected in text, expected
    assert not PYTHON_NONE.search(text)


def test_tourniquets_with_their_times(tmp_path: Path) -> None:
    report = demo_report(2)  # the chainsaw bleed: tourniquet right leg at 13 min
    target = tmp_path / "handoff.pdf"
    HandoffPdf(snapshot_of(report, now=NOW)).write(target)
    text = pdftotext(target)
    assert "Tourniquets" in text and "right leg" in text
    applied = report.procedures[0].bleeding_control
    assert applied is not None and applied.tourniquet_applied_at is not None
    assert applied.tourniquet_applied_at.strftime("%H:%M:%S") in text
    assert "DRAFT" in text  # printable from a draft at any time


def test_a_long_call_is_cut_to_one_page(tmp_path: Path) -> None:
    target = tmp_path / "handoff.pdf"
    assert HandoffPdf(snapshot_of(large_report(), now=NOW)).write(target) == 1
    assert page_count(target) == 1
    text = pdftotext(target)
    assert "more earlier vital sets" in text
    assert "more procedures" in text and "more medications" in text


def test_an_empty_report_prints_a_blank_sheet(tmp_path: Path) -> None:
    from epcr.domain.report import Lifecycle, Report

    target = tmp_path / "handoff.pdf"
    empty = Report(lifecycle=Lifecycle(created_at=NOW, created_by="E-2210"))
    assert HandoffPdf(snapshot_of(empty, now=NOW)).write(target) == 1
    text = pdftotext(target)
    assert "ALLERGIES: not documented" in text and "No vital signs documented." in text
    assert not PYTHON_NONE.search(text)


def test_exports_import_neither_qt_nor_the_store() -> None:
    code = (
        "import sys\n"
        "class BlockQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, BlockQt())\n"
        "import epcr.exports.pdf\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'epcr.store'))]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
