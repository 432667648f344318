"""The PDF prints the sections generated from the XSD where they hold something: the crash scene, the injury
with its collision and seats, the protocols, what the hospital reported; an empty one prints nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from epcr.demo import demo_report
from epcr.exports.nemsis.reading import read
from epcr.exports.pdf import ReportPdf, snapshot_of

MVC = Path(__file__).parents[1] / "fixtures" / "nemsis" / "2025-EMS-3-MVC_v351.xml"


def text_of(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_documented_sections_are_printed_in_words(tmp_path: Path) -> None:
    report = read(MVC.read_bytes(), check=None).reports[0]
    text = text_of(tmp_path, ReportPdf(snapshot_of(report, agency_name="Test")).render())
    for shown in (
        "Scene",
        "Mass Casualty",
        "Yellow - Delayed (2708003)",  # eScene.08 triage category
        "Injury",
        "Seat (eInjury)",
        "Driver Front Seat (2926001)",
        "Protocols Used",
        "Injury-Head (9914101)",
        "Outcome (reported by the hospital)",
    ):
        assert shown in text, shown
    assert "Labs" not in text.split("Protocols", 1)[1].split("Narrative", 1)[0]  # nothing there: no heading


def test_a_report_without_them_prints_no_empty_headings(tmp_path: Path) -> None:
    text = text_of(tmp_path, ReportPdf(snapshot_of(demo_report(0), agency_name="Test")).render())
    for heading in (
        "Incident Location Type",
        "Payment",
        "Custom results",
        "Outcome (reported",
        "Seat (eInjury)",
    ):
        assert heading not in text, heading


def test_the_handoff_says_mechanism_and_trauma_criteria(tmp_path: Path) -> None:
    from epcr.exports.pdf import HandoffPdf

    report = read(MVC.read_bytes(), check=None).reports[0]
    text = text_of(tmp_path, HandoffPdf(snapshot_of(report, agency_name="Test")).render())
    assert "Mechanism V43, Y28.9" in text  # eInjury.01
    assert "How Blunt, Penetrating" in text  # eInjury.02 in words
    assert "Trauma criteria Active bleeding requiring a tourniquet" in text  # eInjury.03 in words
    plain = text_of(tmp_path, HandoffPdf(snapshot_of(demo_report(0), agency_name="Test")).render())
    assert "Mechanism" not in plain and "Trauma criteria" not in plain  # only when documented
