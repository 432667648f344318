"""PDF export tests read the files the way a person would: text through pdftotext, pages through pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.exports.pdf import ReportSnapshot, snapshot_of
from epcr.store.database import Database

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def pdftotext(path: Path, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF content cannot be read")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def page_count(path: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def arrest_call() -> Report:
    """The demo cardiac arrest with an umlaut in the patient's name and a penicillin allergy."""
    report = demo_report(1)
    report.patient.last_name, report.patient.first_name = "Müller", "Jürgen"
    report.assessment.sample.medication_allergies = ["Z88.0"]
    return report


@pytest.fixture
def locked_snapshot(tmp_path: Path) -> ReportSnapshot:
    """The arrest call stored, locked and given an addendum, with its real audit trail."""
    db = Database(tmp_path / "device.sqlite3", clock=lambda: NOW)
    report = arrest_call()
    db.import_reports([report], "C-0815")
    db.lock_report(report.uuid, "C-0815")
    db.add_addendum(
        report.uuid, "C-0815", "Late entry", "Daughter reported a penicillin allergy after handover."
    )
    stored, audit = db.open_report(report.uuid), db.audit_trail(report.uuid)
    db.close()
    return snapshot_of(stored, audit=audit, now=NOW)


__all__ = ["NOW", "arrest_call", "c", "page_count", "pdftotext"]
