"""Issue 15: a scope-of-practice violation holds. An EMT's RSI with on-line medical control and "needed it" is
an error; the lock is refused until the crew confirms the entry as recorded; then the report locks, and the
finding stays an error-level violation on both PDFs and in the station's QA queue for the medical director (a
real SQLite device file, a real uvicorn station on loopback, on SQLite and on PostgreSQL when it answers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report, Status
from epcr.exports.pdf import HandoffPdf, ReportPdf, snapshot_of
from epcr.station import qa
from epcr.store.database import Database
from epcr.store.errors import LockRefused
from epcr.sync.client import Syncer
from tests.exports.conftest import pdftotext
from tests.sync.conftest import Station
from tests.sync.test_qa import get
from tests.sync.test_sync import enrolled, lock_calls

RSI = "241689008"
WHY = "needed it: airway closing, paramedic still on the other patient"


def rsi_by_an_emt() -> tuple[Report, str]:
    """Demo call 1 where the EMT (Luis Ortega, E-2210) did an RSI on a physician's verbal order."""
    data = demo_report(1).model_dump(mode="json")
    emt = data["crew"][1]
    assert emt["level"] == "EMT-Basic"
    data["procedures"][2] |= {
        "code": RSI,
        "performer_crew_id": emt["member_id"],
        "performer_level": "9905005",  # EMT
        "authorization": c.Authorization.ON_LINE_REMOTE_VERBAL_ORDER.value,
        "authorizing_physician": "Dr. R. Okafor",
    }
    return Report.model_validate(data), data["procedures"][2]["id"]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_a_scope_violation_is_confirmed_locked_printed_and_queued(
    db: Database, station: Station, tmp_path: Path
) -> None:
    report, entry = rsi_by_an_emt()
    db.import_reports([report], "import")
    with pytest.raises(LockRefused) as refused:
        db.lock_report(report.uuid, "C-0815")
    message = str(refused.value)
    assert f"procedures[{entry}].performer_crew_id: SCOPE VIOLATION: procedure {RSI}" in message
    assert "Luis Ortega (EMT-Basic) may not perform Rapid sequence / drug-assisted intubation" in message
    assert "On-line medical control by Dr. R. Okafor is recorded" in message
    assert "Correct the entry" in message and "confirm it happened as recorded" in message
    assert db.open_report(report.uuid).status is Status.DRAFT

    db.save_field(report.uuid, f"procedures[{entry}].justification", WHY, "C-0815")  # confirmed as recorded
    locked = db.lock_report(report.uuid, "C-0815")
    assert locked.status is Status.LOCKED
    [violation] = [f for f in db.validator.validate(locked).findings if f.rule == "scope.practice"]
    assert violation.severity.label == "error" and violation.confirmation is not None
    assert violation.message.startswith(f"SCOPE VIOLATION (confirmed as recorded by the crew: {WHY})")

    snapshot = snapshot_of(db.open_report(report.uuid), audit=db.audit_trail(str(report.uuid)))
    full, sheet = tmp_path / "report.pdf", tmp_path / "handoff.pdf"
    ReportPdf(snapshot).write(full)
    HandoffPdf(snapshot).write(sheet)
    raw = pdftotext(full)
    text = flat(raw)
    assert "SCOPE OF PRACTICE VIOLATIONS: 1 (1 confirmed as recorded by the crew)" in text
    assert re.search(r"ERROR scope\.practice procedures\[", text), "the finding prints at error severity"
    assert "ERROR scope.practice" in text and "SCOPE VIOLATION (confirmed as recorded by the" in text
    # the procedure's scope column, wrapped in its narrow cell: SCOPE / VIOLATION / (confirmed)
    assert re.search(r"SCOPE\n.*VIOLATION\n.*\(confirmed\)", raw), "the procedure row is marked"
    assert "crew's explanation:" in text
    handoff = flat(pdftotext(sheet))
    assert "SCOPE VIOLATION (confirmed)" in handoff and "1 SCOPE OF PRACTICE VIOLATION(S)" in handoff

    others = lock_calls(db, 3, first=2)  # calls with no violation
    enrolled(db, station)
    Syncer(db).run()
    token = qa.add_reviewer(station.store.engine, "Dr. Medical Director")
    queue = get(station, token, "/v1/qa/reports", scope_violation="true").json()
    assert [row["report_uuid"] for row in queue["items"]] == [str(report.uuid)]
    assert queue["items"][0]["errors"] >= 1 and "scope.practice" in queue["items"][0]["findings"]
    rest = get(station, token, "/v1/qa/reports", scope_violation="false").json()
    assert {row["report_uuid"] for row in rest["items"]} == set(others)
    by_rule = get(station, token, "/v1/qa/reports", finding="scope.practice").json()
    assert [row["report_uuid"] for row in by_rule["items"]] == [str(report.uuid)]


def test_an_expired_certification_blocks_the_lock_until_confirmed(db: Database) -> None:
    data = demo_report(1).model_dump(mode="json")
    data["crew"][1]["certification_expires"] = "2026-01-31"  # the EMT's CPR and AED on 2026-11-01
    report = Report.model_validate(data)
    db.import_reports([report], "import")
    with pytest.raises(LockRefused, match="certification expired on 2026-01-31"):
        db.lock_report(report.uuid, "C-0815")
    for procedure in report.procedures:
        if procedure.performer_crew_id == data["crew"][1]["member_id"]:
            db.save_field(report.uuid, f"procedures[{procedure.id}].justification", "renewal filed", "C-0815")
    assert db.lock_report(report.uuid, "C-0815").status is Status.LOCKED
