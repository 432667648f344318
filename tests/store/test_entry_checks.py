"""Values the XSD would refuse at export are refused when they are entered, naming the field and what is
allowed, with nothing written (issue: a negative dose or a bad signature image used to block the export
later instead)."""

from __future__ import annotations

import sqlite3

import pytest

from epcr.domain.errors import InvalidInput
from epcr.store.database import Database

CREW = "P-1042"
AT = "2026-11-25T11:05:00-07:00"


def audit_rows(db: Database) -> int:
    with sqlite3.connect(db.path) as raw:
        return int(raw.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (-0.4, "a dose cannot be negative"),
        (1234567890, "at most 9 digits"),
        (0.0005, "at most 3 decimal place"),
    ],
)
def test_a_dose_the_standard_cannot_hold_is_refused(db: Database, value: float, says: str) -> None:
    report = db.create_report(CREW)
    med = db.add_entry(report.uuid, "medications", {"at": AT, "code": "7052", "dose": 4}, CREW)
    before = audit_rows(db)
    with pytest.raises(InvalidInput) as refused:
        db.save_field(report.uuid, f"medications[{med}].dose", value, CREW)
    assert says in str(refused.value) and "dose" in refused.value.problems[0].path
    assert audit_rows(db) == before
    assert db.open_report(report.uuid).medications[0].dose == 4


def test_fine_doses_are_kept_exactly(db: Database) -> None:
    report = db.create_report(CREW)
    med = db.add_entry(report.uuid, "medications", {"at": AT, "code": "7052", "dose": 4}, CREW)
    for dose in (0.125, 12345678.9, 0):
        db.save_field(report.uuid, f"medications[{med}].dose", dose, CREW)
        assert db.open_report(report.uuid).medications[0].dose == dose


def test_etco2_keeps_its_decimal(db: Database) -> None:
    report = db.create_report(CREW)
    vitals = db.add_entry(
        report.uuid, "vitals", {"taken_at": AT, "etco2": 4.2, "etco2_unit": "3340005"}, CREW
    )
    assert db.open_report(report.uuid).vitals[0].etco2 == 4.2  # kPa
    db.save_field(report.uuid, f"vitals[{vitals}].etco2", 35, CREW)
    assert db.open_report(report.uuid).vitals[0].etco2 == 35
    with pytest.raises(InvalidInput, match="at most 1 decimal place"):
        db.save_field(report.uuid, f"vitals[{vitals}].etco2", 35.25, CREW)


def test_a_signature_image_must_be_base64(db: Database) -> None:
    report = db.create_report(CREW)
    before = audit_rows(db)
    with pytest.raises(InvalidInput) as refused:
        db.add_entry(report.uuid, "signatures", {"image_base64": "<svg>not an image</svg>"}, CREW)
    assert "must be base64" in str(refused.value) and "image_base64" in str(refused.value)
    assert audit_rows(db) == before and db.open_report(report.uuid).signatures == []
    db.add_entry(report.uuid, "signatures", {"image_base64": "iVBORw0KGgoAAAANSUhEUg==\n"}, CREW)
    assert len(db.open_report(report.uuid).signatures) == 1
