#!/usr/bin/env python3
"""The sample PDFs in docs/samples/: a locked cardiac arrest call with an addendum, printed as the full
report and as the bedside handoff sheet, each page also rendered to PNG (pdftoppm) for the docs.

    .venv/bin/python scripts/pdf_samples.py [--out docs/samples]
"""

from __future__ import annotations

import argparse
import base64
import io
import math
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from epcr.demo import demo_report
from epcr.domain.assessment import CurrentMedication, ExamFinding
from epcr.domain.nemsis import codes as c
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.nemsis.sections import ProtocolsProtocol
from epcr.domain.report import Report
from epcr.exports.pdf import HandoffPdf, ReportPdf, snapshot_of
from epcr.store.database import Database

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def signature_png(seed: int) -> str:
    """A hand-drawn-looking stroke, as a signature pad would capture it (base64 PNG)."""
    image = Image.new("RGB", (480, 140), "white")
    pen = ImageDraw.Draw(image)
    points = [
        (20 + x * 4.4, 80 + 34 * math.sin(x / (5.5 + seed)) * math.cos(x / (13 + seed)) - (x % 23) * 0.9)
        for x in range(100)
    ]
    pen.line(points, fill="#10205a", width=4, joint="curve")
    pen.line([(40, 118), (440, 112)], fill="#10205a", width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def code(element: str, words: str) -> str:
    """The code of `element` whose label starts with `words` (the labels come from the dictionary)."""
    return next(code for code, label in ENUMERATIONS[element].items() if label.startswith(words))


def sample_report() -> Report:
    report = demo_report(1)  # the cardiac arrest call: CPR timeline, AED shocks, airway, epinephrine
    report.patient.last_name, report.patient.first_name = "Schäfer", "Jürgen"
    report.patient.age, report.patient.sex = 72, c.Sex.MALE
    report.assessment.sample.medication_allergies = ["Z88.0"]  # allergy to penicillin
    report.assessment.sample.current_medications = [  # aspirin 81 mg by mouth once a day
        CurrentMedication(
            drug="1191",
            dose=81,
            dose_unit=code("eHistory.14", "Milligrams"),
            route=code("eHistory.15", "Oral"),
            frequency=code("eHistory.20", "qd (every day)"),
        )
    ]
    report.assessment.sample.medical_history = ["I10", "E11.9"]  # hypertension, type 2 diabetes
    report.scene.incident_location_type = "Y92.009"  # at home
    report.scene.incident_street_address = "1200 Main Street"
    report.scene.incident_zip_code = "80202"
    report.scene.number_of_patients_at_scene = code("eScene.06", "Single")
    report.protocols.protocols = [
        ProtocolsProtocol(
            protocols_used=code("eProtocols.01", "General-Cardiac Arrest"),
            protocol_age_category=code("eProtocols.02", "Adult Only"),
        )
    ]
    report.assessment.exam_findings += [
        ExamFinding(element="eExam.04", code=code("eExam.04", "Cyanotic")),
        ExamFinding(
            element="eExam.11",
            location=code("eExam.10", "Generalized"),
            code=code("eExam.11", "Distention"),
            pertinent_negative=c.PertinentNegative.EXAM_FINDING_NOT_PRESENT,
        ),
    ]
    for number, signature in enumerate(report.signatures):
        signature.image_base64 = signature_png(number)
        signature.file_type = "image/png"
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/samples"))
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    report = sample_report()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "sample.sqlite3", clock=lambda: NOW)
        db.import_reports([report], "C-0815")
        db.lock_report(report.uuid, "C-0815")
        db.add_addendum(
            report.uuid,
            "C-0815",
            "Late entry",
            "Patient's daughter reported a penicillin allergy after handover; ED charge nurse informed.",
        )
        db.record_event("C-0815", "export", report.uuid, {"to": "pdf to docs/samples/report.pdf"})
        stored = db.open_report(report.uuid)
        audit = db.audit_trail(report.uuid)
        db.close()
    snapshot = snapshot_of(stored, audit=audit, now=NOW)
    for name, renderer in (("report", ReportPdf(snapshot)), ("handoff", HandoffPdf(snapshot))):
        target = out / f"{name}.pdf"
        pages = renderer.write(target)
        for old in out.glob(f"{name}-page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(target), str(out / f"{name}-page")], check=True)
        print(f"{target}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
