"""What only an imported file may state, refused from a person at every entry boundary of the store (issue
14): NV 7701005 "Not Reporting" (the sending agency does not collect the element) and ePatient.13 Gender
(deprecated, kept as the source gave it). An edit, a new entry, a whole entry rewritten, a report created
here and a draft typed in as JSON are refused naming the field, with nothing written; what an import kept
stays through the crew's other edits; and a Not Reporting never counts as the crew's documentation at the
lock gate."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from epcr.domain.errors import InvalidInput
from epcr.domain.fields import NOT_REPORTING
from epcr.domain.report import Report, Status
from epcr.exports.nemsis.reading import read
from epcr.store.database import Database
from epcr.store.errors import LockRefused, ReportNotFound
from tests.exports.nemsis.samples import COMPLIANCE, FIXTURES

CREW = "P-1042"
NR = {"not_value": "7701005"}
NILS_1 = FIXTURES / "EMSDataset-Nils-1.xml"  # Not Reporting on 19 elements, in sections and in groups
REPEATS = FIXTURES / "EMSDataset-ElementsRepeat-1.xml"  # ePatient.13 9906005
OVERDOSE = next(p for p in COMPLIANCE if "Overdose" in p.name)
MVC = next(p for p in COMPLIANCE if "MVC" in p.name)  # with procedures


def audit_rows(db: Database) -> int:
    with sqlite3.connect(db.path) as raw:
        return int(raw.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])


def imported(db: Database, path: Path, xml: bytes | None = None) -> Report:
    (report,) = read(xml if xml is not None else path.read_bytes(), check=None).reports
    db.import_reports([report], "import")
    return db.open_report(report.uuid)


def refused(call: Any, *args: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        call(*args)
    return caught.value


# -- a person may not enter Not Reporting ------------------------------------------------------------------


def test_an_edit_to_not_reporting_is_refused_naming_the_field(db: Database) -> None:
    report = imported(db, OVERDOSE)
    before = audit_rows(db)
    error = refused(db.save_field, report.uuid, "narrative.text", NR, CREW)
    (problem,) = error.problems
    assert problem.path == "narrative.text"
    assert "eNarrative.01 Patient Care Report Narrative" in problem.message
    assert "7701005 Not Reporting" in problem.message and "only an import keeps it" in problem.message
    assert audit_rows(db) == before
    assert db.open_report(report.uuid).narrative.text == report.narrative.text


def test_not_reporting_in_a_field_of_an_entry_or_a_whole_entry_is_refused(db: Database) -> None:
    report = imported(db, MVC)
    procedure = report.procedures[0]
    stored = db.open_report(report.uuid)  # a read leaves its own audit row: counted before the attempts
    before = audit_rows(db)
    path = f"procedures[{procedure.id}].performer_crew_id"
    error = refused(db.save_field, report.uuid, path, NR, CREW)
    assert error.problems[0].path == path and "eProcedures.09" in error.problems[0].message
    whole = procedure.model_dump(mode="json") | {"vascular_access_location": NR}
    error = refused(db.save_field, report.uuid, f"procedures[{procedure.id}]", whole, CREW)
    assert error.problems[0].path == f"procedures[{procedure.id}].vascular_access_location"
    assert "eProcedures.13" in error.problems[0].message
    assert audit_rows(db) == before and db.open_report(report.uuid) == stored


def test_a_new_entry_with_not_reporting_is_refused(db: Database) -> None:
    report = db.create_report(CREW)
    before = audit_rows(db)
    entry = {"at": "2026-11-25T11:05:00-07:00", "code": "7052", "performer_crew_id": NR}
    error = refused(db.add_entry, report.uuid, "medications", entry, CREW)
    assert error.problems[0].path.endswith("].performer_crew_id")
    assert error.problems[0].path.startswith("medications[")
    assert "eMedications.09" in error.problems[0].message
    confirmation = {"methods": NR}
    error = refused(db.add_entry, report.uuid, "airway.confirmations", confirmation, CREW)
    assert "eAirway.04" in error.problems[0].message
    assert audit_rows(db) == before
    opened = db.open_report(report.uuid)
    assert opened.medications == [] and opened.airway.confirmations == []


def test_not_reporting_in_a_group_of_a_section_is_refused(db: Database) -> None:
    report = db.create_report(CREW)
    groups = [{"protocols_used": "9914001"}, {"protocol_age_category": NR}]
    error = refused(db.save_field, report.uuid, "protocols.protocols", groups, CREW)
    assert error.problems[0].path == "protocols.protocols[1].protocol_age_category"
    assert "eProtocols.02" in error.problems[0].message
    assert db.open_report(report.uuid).protocols.protocols == []


def test_a_report_created_or_a_draft_typed_in_with_not_reporting_is_refused(db: Database) -> None:
    error = refused(lambda: db.create_report(CREW, patient={"first_name": NR}))
    assert error.problems[0].path == "patient.first_name" and "ePatient.03" in error.problems[0].message
    assert db.list_reports() == []
    # A JSON draft is a person's entry too (epcr import FILE.json passes entered=True)
    (nils,) = read(NILS_1.read_bytes(), check=None).reports
    draft = Report.model_validate_json(nils.model_dump_json())
    error = refused(lambda: db.import_reports([draft], "import", entered=True))
    paths = {p.path for p in error.problems}
    assert "narrative.text" in paths and f"procedures[{nils.procedures[0].id}].performer_crew_id" in paths
    assert "scene.incident_street_address" in paths
    assert len(error.problems) == 19  # each Not Reporting of the file, named
    with pytest.raises(ReportNotFound):
        db.open_report(nils.uuid)


# -- what an import kept stays ----------------------------------------------------------------------------


def test_an_imported_not_reporting_stays_through_the_crews_other_edits(db: Database) -> None:
    report = imported(db, NILS_1)
    procedure = report.procedures[0]
    assert procedure.performer_crew_id == NOT_REPORTING
    db.save_field(report.uuid, f"procedures[{procedure.id}].equipment_size", "7.5", CREW)
    whole = db.open_report(report.uuid).procedures[0].model_dump(mode="json") | {"attempts": 2}
    db.save_field(
        report.uuid, f"procedures[{procedure.id}]", whole, CREW
    )  # the whole entry, its NR as stored
    db.save_field(report.uuid, "scene.incident_city", None, CREW)  # another field of a section that has NRs
    opened = db.open_report(report.uuid)
    assert opened.procedures[0].performer_crew_id == NOT_REPORTING
    assert (opened.procedures[0].equipment_size, opened.procedures[0].attempts) == ("7.5", 2)
    assert opened.scene.incident_street_address == NOT_REPORTING
    # the crew may replace it with their own answer
    db.save_field(report.uuid, f"procedures[{procedure.id}].performer_crew_id", "C-0815", CREW)
    db.save_field(report.uuid, "narrative.text", {"not_value": "7701001"}, CREW)
    opened = db.open_report(report.uuid)
    assert opened.procedures[0].performer_crew_id == "C-0815"
    assert opened.narrative.text is not None and opened.narrative.text != NOT_REPORTING
    # ... and, once replaced, may not put it back
    refused(db.save_field, report.uuid, "narrative.text", NR, CREW)


def test_a_locked_report_with_not_reporting_is_imported_as_it_is(db: Database, tmp_path: Path) -> None:
    report = imported(db, NILS_1)
    locked = report.model_copy(
        update={
            "lifecycle": report.lifecycle.model_copy(
                update={
                    "status": Status.LOCKED,
                    "locked_at": report.lifecycle.created_at,
                    "locked_by": CREW,
                    "content_hash": report.content_hash(),
                }
            )
        }
    )
    with Database(tmp_path / "other.sqlite3") as other:
        other.import_reports([Report.model_validate(locked.model_dump(mode="json"))], "import", entered=True)
        assert other.open_report(report.uuid).narrative.text == NOT_REPORTING


# -- the lock gate still wants the crew's value ------------------------------------------------------------


def test_the_lock_gate_does_not_count_an_imported_not_reporting_as_documented(db: Database) -> None:
    source = OVERDOSE.read_bytes()
    narrative = b"<eNarrative.01>Overdose patient transported to Garrett Recovery as part of pilot program."
    assert narrative in source
    stated = source.replace(
        narrative + b"</eNarrative.01>", b'<eNarrative.01 xsi:nil="true" NV="7701005"/>'
    )  # the same call, from an agency that does not collect the narrative
    as_sent = imported(db, OVERDOSE)
    assert not [f for f in db.validator.lock_gate(as_sent) if f.path == "narrative.text"]
    db.close()
    with Database(db.path.with_name("other.sqlite3")) as other:
        report = imported(other, OVERDOSE, stated)
        assert report.narrative.text == NOT_REPORTING
        gate = other.validator.lock_gate(report)
        assert [f.message for f in gate if f.path == "narrative.text"] == [
            "patient contact made: document the narrative"
        ]
        with pytest.raises(LockRefused) as refusal:
            other.lock_report(report.uuid, CREW)
        assert "narrative.text" in {f.path for f in refusal.value.findings}
        other.save_field(report.uuid, "narrative.text", "Found responsive; naloxone given.", CREW)
        after = other.validator.lock_gate(other.open_report(report.uuid))
        assert not [f for f in after if f.path == "narrative.text"]


def test_not_reporting_on_sex_still_needs_the_crews_answer(db: Database) -> None:
    report = imported(db, OVERDOSE)
    assert report.patient.sex is not None and report.patient.sex != NOT_REPORTING
    assert not [f for f in db.validator.lock_gate(report) if f.path == "patient.sex"]
    stated = report.model_copy(update={"patient": report.patient.model_copy(update={"sex": NOT_REPORTING})})
    gate = db.validator.lock_gate(stated)
    assert [f.path for f in gate if f.path == "patient.sex"] == ["patient.sex"]


# -- ePatient.13 Gender: kept as given, never edited --------------------------------------------------------


def test_gender_is_kept_and_never_entered_or_edited(db: Database) -> None:
    report = imported(db, REPEATS)
    assert report.patient.gender == "9906005"
    before = audit_rows(db)
    error = refused(db.save_field, report.uuid, "patient.gender", "9906001", CREW)
    assert error.problems[0].path == "patient.gender"
    assert "ePatient.13 Gender (DEPRECATED)" in error.problems[0].message
    whole = report.patient.model_dump(mode="json") | {"gender": None}
    assert refused(db.save_field, report.uuid, "patient", whole, CREW).problems[0].path == "patient.gender"
    assert audit_rows(db) == before
    db.save_field(report.uuid, "patient.sex", "9919001", CREW)  # the crew documents sex
    db.save_field(report.uuid, "patient", db.open_report(report.uuid).patient.model_dump(mode="json"), CREW)
    assert db.open_report(report.uuid).patient.gender == "9906005"
    error = refused(lambda: db.create_report(CREW, patient={"gender": "9906001"}))
    assert error.problems[0].path == "patient.gender"
