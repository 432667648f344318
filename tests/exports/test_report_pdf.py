"""The full report PDF, read back with pdftotext: every section, every page numbered, nothing as "None"."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.domain.fields import pn
from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Lifecycle, Report
from epcr.domain.vitals import VitalSigns
from epcr.exports.pdf import ExportError, ReportPdf, ReportSnapshot, snapshot_of
from epcr.exports.pdf.report import SECTIONS
from tests.exports.conftest import NOW, arrest_call, page_count, pdftotext

# "None" as a word, except the NEMSIS pertinent negative "None Reported".
PYTHON_NONE = re.compile(r"\bNone\b(?! Reported)")


def test_full_report_has_every_section_and_the_essentials(
    locked_snapshot: ReportSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    pages = ReportPdf(locked_snapshot).write(target)
    assert pages == page_count(target) >= 2
    text = pdftotext(target)
    for heading in SECTIONS:
        assert heading in text, heading
    assert "Müller, Jürgen" in text
    assert "36.8 °C" in text
    assert "Riverside County EMS" in text and "PCR 2026-000001" in text
    assert "CONFIDENTIAL" in text
    assert locked_snapshot.content_hash in text
    assert "LOCKED" in text
    assert "Allergy to penicillin (Z88.0)" in text
    assert "Response interval" in text and "12 min 00 s" in text  # 14:00 notified -> 14:12 on scene
    assert "Scene interval" in text and "Transport interval" in text
    assert "Shock delivered" in text and "1 min 55 s" in text  # CPR timeline interval between events
    assert "within scope" in text
    assert "Epinephrine" in text and "Jonas Müller (C-0815)" in text
    assert "Daughter reported a penicillin allergy" in text  # the addendum
    assert "lock" in text and "addendum" in text  # audit summary lines
    assert "None Reported" in text  # airway complications: the pertinent negative in words
    assert not PYTHON_NONE.search(text)
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in pdftotext(target, number)


def test_fonts_are_embedded(locked_snapshot: ReportSnapshot) -> None:
    data = ReportPdf(locked_snapshot).render()
    assert data.startswith(b"%PDF")
    assert b"DejaVuSans" in data and b"/FontFile2" in data  # TrueType subsets inside the file


def test_pages_render_as_images(locked_snapshot: ReportSnapshot, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    target = tmp_path / "report.pdf"
    pages = ReportPdf(locked_snapshot).write(target)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    for image in images:
        with Image.open(image) as page:
            assert page.size == (340, 440)  # Letter at 40 dpi
            darkest = page.convert("L").getextrema()[0]  # one band: (min, max)
            assert isinstance(darkest, int | float) and darkest < 100  # ink on the page, not a blank sheet


def test_a_report_with_nothing_in_it_still_renders(tmp_path: Path) -> None:
    empty = Report(lifecycle=Lifecycle(created_at=NOW, created_by="E-2210"))
    target = tmp_path / "empty.pdf"
    ReportPdf(snapshot_of(empty, now=NOW)).write(target)
    text = pdftotext(target)
    for heading in SECTIONS:
        assert heading in text, heading
    assert "Nothing documented." in text
    assert "DRAFT" in text
    assert "Page 1 of" in text
    assert not PYTHON_NONE.search(text)


def test_blanks_print_as_their_pertinent_negative(tmp_path: Path) -> None:
    report = demo_report(0)
    report.assessment.sample.medication_allergies = pn(c.PertinentNegative.NO_KNOWN_DRUG_ALLERGY)
    report.patient.age = None
    target = tmp_path / "blank.pdf"
    ReportPdf(snapshot_of(report, now=NOW)).write(target)
    text = pdftotext(target)
    assert "No Known Drug Allergy" in text
    assert not PYTHON_NONE.search(text)


def test_300_vital_sets_flow_over_pages(tmp_path: Path) -> None:
    report = demo_report(0)
    first = report.vitals[0]
    start = first.taken_at
    assert isinstance(start, datetime)
    report.vitals = [
        VitalSigns.model_validate(
            {
                **first.model_dump(exclude={"id"}),
                "taken_at": start + timedelta(seconds=20 * i),
                "heart_rate": 60 + i % 90,
            }
        )
        for i in range(300)
    ]
    target = tmp_path / "long.pdf"
    pages = ReportPdf(snapshot_of(report, now=NOW)).write(target)
    assert pages >= 6
    text = pdftotext(target)
    assert text.count("mmHg") >= 300  # every set printed once (EtCO2 column)
    assert text.count("BP ") >= 3  # the table header repeats on the pages it flows onto
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in pdftotext(target, number)


def test_long_narrative_flows_over_pages(tmp_path: Path) -> None:
    report = demo_report(0)
    sentences = [f"Sentence {i:04d} of the narrative, with Müller and 38.5 °C in it." for i in range(150)]
    report.narrative.text = " ".join(sentences)[:10_000]
    target = tmp_path / "narrative.pdf"
    pages = ReportPdf(snapshot_of(report, now=NOW)).write(target)
    text = pdftotext(target)
    assert pages >= 3
    assert "Sentence 0000" in text and "Sentence 0140" in text  # the start and near the end, nothing lost


def test_scope_status_is_printed(tmp_path: Path) -> None:
    report = demo_report(1)
    epinephrine = report.medications[0]
    epinephrine.performer_crew_id = None
    epinephrine.performer_level = Level.EMR.caregiver_code  # an EMR may not give IO epinephrine
    target = tmp_path / "scope.pdf"
    ReportPdf(snapshot_of(report, now=NOW)).write(target)
    text = pdftotext(target)
    assert re.search(r"SCOPE\s*\n.*VIOLATION", text)  # the medication's scope column (a narrow cell)
    assert "scope.practice" in text  # and its finding in the validation findings
    assert "SCOPE OF PRACTICE VIOLATIONS: 1 (0 confirmed" in text


def test_the_snapshot_is_frozen_and_detached(tmp_path: Path) -> None:
    report = arrest_call()
    snapshot = snapshot_of(report, now=NOW)
    report.patient.last_name = "Changed-After-Snapshot"
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.agency_name = "other"  # type: ignore[misc]
    target = tmp_path / "frozen.pdf"
    ReportPdf(snapshot).write(target)
    assert "Changed-After-Snapshot" not in pdftotext(target)


def test_unwritable_paths_are_clear_errors_and_leave_nothing(
    locked_snapshot: ReportSnapshot, tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "report.pdf"
    with pytest.raises(ExportError, match=re.escape(str(missing))):
        ReportPdf(locked_snapshot).write(missing)
    not_a_folder = tmp_path / "a-file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(ExportError, match="does not exist"):
        ReportPdf(locked_snapshot).write(not_a_folder / "report.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        ReportPdf(locked_snapshot).write(tmp_path)
    assert not list(tmp_path.rglob("*.part"))


def test_a_failed_write_leaves_no_partial_file(
    locked_snapshot: ReportSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("epcr.exports.files.os.replace", refuse)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    with pytest.raises(ExportError, match=re.escape(f"{target}: cannot write: Permission denied")):
        ReportPdf(locked_snapshot).write(target)
    assert list(target.parent.iterdir()) == []


def test_an_unwritable_path_is_an_error_naming_the_path(
    locked_snapshot: ReportSnapshot, tmp_path: Path
) -> None:
    """A folder that is a file: unwritable for every user, root included (CI runs as root)."""
    (tmp_path / "exports").mkdir()
    blocker = tmp_path / "exports" / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    target = blocker / "report.pdf"
    with pytest.raises(ExportError, match=re.escape(str(target))):
        ReportPdf(locked_snapshot).write(target)
    assert blocker.read_text() == "a file where the folder should be"
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == ["not-a-folder"]  # nothing more


def test_an_existing_file_is_replaced_whole(locked_snapshot: ReportSnapshot, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    ReportPdf(locked_snapshot).write(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_an_exam_finding_prints_its_body_area_location_and_not_present(tmp_path: Path) -> None:
    from epcr.domain.assessment import ExamFinding
    from epcr.domain.nemsis.elements import ENUMERATIONS

    def code(element: str, words: str) -> str:
        return next(k for k, label in ENUMERATIONS[element].items() if label == words)

    report = demo_report(2)
    report.assessment.exam_findings = [
        ExamFinding(
            element="eExam.11",
            location=code("eExam.10", "Left Upper Quadrant"),
            code=code("eExam.11", "Tenderness"),
            pertinent_negative=c.PertinentNegative.EXAM_FINDING_NOT_PRESENT,
        )
    ]
    target = tmp_path / "exam.pdf"
    ReportPdf(snapshot_of(report, now=NOW)).write(target)
    text = " ".join(pdftotext(target).split())
    assert "Abdomen Left Upper Quadrant" in text and "NOT PRESENT: Tenderness" in text
    assert "eExam.11" not in text  # the area in words, as the crew chose it
