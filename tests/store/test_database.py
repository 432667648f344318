"""The device database: every committed edit durable with its audit row; bad input writes nothing;
locked reports immutable in Python and in SQLite itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from epcr.demo import demo_report, large_report
from epcr.domain.errors import InvalidInput
from epcr.domain.report import Report, Status
from epcr.store.database import Database
from epcr.store.errors import (
    DuplicateReport,
    EntryNotFound,
    LockRefused,
    ReportLocked,
    ReportNotFound,
    ReportNotLocked,
)


def raw(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(db.path)


def audit_count(db: Database) -> int:
    with raw(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])


def test_every_connection_is_durable(db: Database) -> None:
    with db.unit_of_work() as uow:
        pragmas = {
            p: uow.db.execute(f"PRAGMA {p}").fetchone()[0]
            for p in ("journal_mode", "synchronous", "foreign_keys")
        }
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}  # 2 = FULL
    with db.reading() as reports:
        conn = reports._db
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_save_field_writes_value_and_audit_row_together(db: Database) -> None:
    report = db.create_report("E-2210")
    change = db.save_field(report.uuid, "patient.last_name", "Müller", "E-2210")
    assert change.changed and change.old_value is None and change.new_value == "Müller"
    db.save_field(report.uuid, "patient.last_name", "Müller-Lüdenscheidt", "P-1042")
    assert db.open_report(report.uuid).patient.last_name == "Müller-Lüdenscheidt"
    edits = [a for a in db.audit_trail(report.uuid) if a.action == "edit"]
    assert [(a.actor, a.path, a.old_value, a.new_value) for a in edits] == [
        ("E-2210", "patient.last_name", None, "Müller"),
        ("P-1042", "patient.last_name", "Müller", "Müller-Lüdenscheidt"),
    ]
    assert all(a.at.tzinfo is not None for a in edits)


def test_unchanged_value_is_not_a_new_edit(db: Database) -> None:
    report = db.create_report("E-2210")
    db.save_field(report.uuid, "narrative.text", "Pt found supine", "E-2210")
    before = audit_count(db)
    assert not db.save_field(report.uuid, "narrative.text", "Pt found supine", "E-2210").changed
    assert audit_count(db) == before


def test_bad_input_names_the_field_and_writes_nothing(db: Database) -> None:
    report = db.create_report("E-2210")
    vitals = db.add_entry(
        report.uuid, "vitals", {"taken_at": "2026-11-25T11:05:00-07:00", "sbp": 120}, "E-2210"
    )
    before = audit_count(db)
    bad = [
        (f"vitals[{vitals}].sbp", 900, "between 0 and 500"),
        (f"vitals[{vitals}].gcs.eye", 7, "between 1 and 4"),
        (f"vitals[{vitals}].taken_at", "2026-11-25T11:05:00", "UTC offset"),
        ("patient.sex", "9919999", "9919001 (Female)"),
        ("patient.shoe_size", 44, "fields: last_name"),
        ("vitals.sbp", 120, "vitals[<id>]"),
    ]
    for path, value, says in bad:
        with pytest.raises(InvalidInput) as caught:
            db.save_field(report.uuid, path, value, "E-2210")
        assert says in str(caught.value), (path, str(caught.value))
        assert caught.value.problems[0].path.split(".")[0] in path
    assert audit_count(db) == before
    assert db.open_report(report.uuid).vitals[0].sbp == 120


def test_entries_are_added_edited_and_removed_with_audit(db: Database) -> None:
    report = db.create_report("P-1042")
    entry = db.add_entry(
        report.uuid, "procedures", {"code": "20655006", "at": "2026-11-25T11:13:00-07:00"}, "P-1042"
    )
    db.save_field(report.uuid, f"procedures[{entry}].bleeding_control.tourniquet_limb", "right_leg", "P-1042")
    db.save_field(
        report.uuid,
        f"procedures[{entry}].bleeding_control.tourniquet_applied_at",
        "2026-11-25T11:13:00-07:00",
        "P-1042",
    )
    finding = db.add_entry(
        report.uuid, "assessment.exam_findings", {"element": "eExam.04", "code": "3504001"}, "P-1042"
    )
    opened = db.open_report(report.uuid)
    assert opened.procedures[0].bleeding_control is not None
    assert opened.procedures[0].bleeding_control.tourniquet_limb == "right_leg"
    assert opened.assessment.exam_findings[0].id == finding
    db.remove_entry(report.uuid, f"procedures[{entry}]", "P-1042")
    assert db.open_report(report.uuid).procedures == []
    actions = [a.action for a in db.audit_trail(report.uuid) if a.action != "view"]  # reads are audited too
    assert actions == ["create", "add", "edit", "edit", "add", "remove"]
    with pytest.raises(EntryNotFound):
        db.save_field(report.uuid, f"procedures[{entry}].attempts", 1, "P-1042")


def test_missing_report_is_named(db: Database) -> None:
    with pytest.raises(ReportNotFound):
        db.save_field("3f2b8c1e-0000-4000-8000-000000000001", "patient.last_name", "X", "E-2210")


def test_stored_report_opens_equal_to_what_went_in(db: Database) -> None:
    report = large_report()
    db.import_reports([report], "import")
    assert db.open_report(report.uuid) == report


def test_lock_fixes_the_hash_and_queues_the_report(db: Database) -> None:
    report = demo_report(0)
    db.import_reports([report], "import")
    locked = db.lock_report(report.uuid, "P-1042")
    assert locked.status is Status.LOCKED and locked.lifecycle.content_hash == report.content_hash()
    reopened = db.open_report(report.uuid)
    assert reopened.lifecycle == locked.lifecycle
    with raw(db) as conn:
        assert conn.execute("SELECT kind, entity_id, content_hash FROM outbox").fetchall() == [
            ("report", str(report.uuid), report.content_hash())
        ]
    with pytest.raises(ReportLocked):
        db.lock_report(report.uuid, "P-1042")


def test_locked_report_refuses_every_change_in_python_and_in_sqlite(db: Database) -> None:
    report = demo_report(1)
    db.import_reports([report], "import")
    db.lock_report(report.uuid, "C-0815")
    with pytest.raises(ReportLocked):
        db.save_field(report.uuid, "patient.last_name", "Changed", "C-0815")
    with pytest.raises(ReportLocked):
        db.add_entry(report.uuid, "vitals", {}, "C-0815")
    with pytest.raises(ReportLocked):
        db.remove_entry(report.uuid, f"vitals[{report.vitals[0].id}]", "C-0815")
    rid = str(report.uuid)
    sneaky = [
        ("UPDATE report_parts SET data = '{}' WHERE report_id = ?", (rid,)),
        ("DELETE FROM report_parts WHERE report_id = ?", (rid,)),
        ("INSERT INTO report_parts VALUES (?, 'vitals', 'x', 99, '{}')", (rid,)),
        ("UPDATE reports SET status = 'draft' WHERE id = ?", (rid,)),
        ("UPDATE reports SET content_hash = 'x' WHERE id = ?", (rid,)),
        ("DELETE FROM reports WHERE id = ?", (rid,)),
        ("UPDATE audit_log SET actor = 'nobody'", ()),
        ("DELETE FROM audit_log", ()),
    ]
    for sql, params in sneaky:
        conn = raw(db)
        with pytest.raises(sqlite3.IntegrityError, match=r"locked|append-only"):
            conn.execute(sql, params)
        conn.close()
    assert db.open_report(report.uuid).content_hash() == db.open_report(report.uuid).lifecycle.content_hash


def test_addenda_chain_to_the_report_and_are_append_only(db: Database) -> None:
    report = demo_report(2)
    db.import_reports([report], "import")
    with pytest.raises(ReportNotLocked):
        db.add_addendum(report.uuid, "A-3307", "Late entry", "text")
    locked = db.lock_report(report.uuid, "A-3307")
    first = db.add_addendum(report.uuid, "A-3307", "Late entry", "Daughter reported penicillin allergy.")
    second = db.add_addendum(report.uuid, "P-1042", "Correction", "Tourniquet time was 11:12, not 11:13.")
    assert first.previous_hash == locked.lifecycle.content_hash and second.previous_hash == first.hash
    reopened = db.open_report(report.uuid)
    assert [a.hash for a in reopened.addenda] == [first.hash, second.hash]
    assert all(a.verify(report.uuid) for a in reopened.addenda)
    with raw(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE addenda SET text = 'rewritten'")
    with pytest.raises(InvalidInput, match=r"addendum\.reason"):
        db.add_addendum(report.uuid, "A-3307", "", "no reason given")


def test_import_is_all_or_nothing(db: Database) -> None:
    first, second = demo_report(3), demo_report(4)
    db.import_reports([first], "import")
    with pytest.raises(DuplicateReport):
        db.import_reports([second, first], "import")
    assert [s.uuid for s in db.list_reports()] == [str(first.uuid)]


def test_import_of_a_tampered_locked_report_is_refused(db: Database, tmp_path: Path) -> None:
    report = demo_report(5)
    db.import_reports([report], "import")
    locked = db.lock_report(report.uuid, "P-1042")
    tampered = locked.model_copy(deep=True)
    tampered.patient.last_name = "Someone Else"
    other = Database(tmp_path / "other.sqlite3")
    with pytest.raises(InvalidInput, match="altered after locking"):
        other.import_reports([tampered], "import")
    other.import_reports([locked], "import")
    assert other.open_report(report.uuid).lifecycle == locked.lifecycle
    other.close()


def test_report_list_filters_and_orders_by_call_time(db: Database) -> None:
    reports = [demo_report(n) for n in range(6)]
    db.import_reports(reports, "import")
    db.lock_report(reports[0].uuid, "P-1042")
    listed = db.list_reports()
    assert [s.uuid for s in listed] == [str(r.uuid) for r in reversed(reports)]
    assert [s.uuid for s in db.list_reports(Status.LOCKED)] == [str(reports[0].uuid)]
    found = db.list_reports(search="Okafor")
    assert found and all(s.patient_name == "Okafor, Chidi" for s in found)
    assert listed[-1].pcr_number == "2026-000000" and listed[-1].unit == "Medic 12"


def test_readers_see_committed_data_while_the_writer_works(db: Database) -> None:
    report = db.create_report("E-2210")
    with db.unit_of_work() as uow:
        uow.reports.save_field(report.uuid, "patient.last_name", "Pending", "E-2210", db.clock())
        assert db.open_report(report.uuid).patient.last_name is None  # WAL: the reader is not blocked
        uow.commit()
    assert db.open_report(report.uuid).patient.last_name == "Pending"


def test_an_exception_inside_a_unit_of_work_rolls_everything_back(db: Database) -> None:
    report = db.create_report("E-2210")
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.reports.save_field(report.uuid, "patient.last_name", "Half", "E-2210", db.clock())
        raise RuntimeError("battery died")
    assert db.open_report(report.uuid).patient.last_name is None
    assert [a.action for a in db.audit_trail(report.uuid)] == ["create", "view"]  # the read above


def test_lock_gate_refuses_an_incomplete_report_and_writes_nothing(db: Database) -> None:
    report = db.create_report("E-2210")
    with pytest.raises(LockRefused) as caught:
        db.lock_report(report.uuid, "E-2210")
    assert {"response.pcr_number", "disposition.unit_disposition"} <= {f.path for f in caught.value.findings}
    assert "cannot be locked yet" in str(caught.value)
    assert db.open_report(report.uuid).status is Status.DRAFT
    with raw(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    assert [a.action for a in db.audit_trail(report.uuid)] == ["create", "view"]  # the read above


def test_lock_gate_uses_the_agency_scope_table(tmp_path: Path) -> None:
    from epcr.resources import resources_dir
    from epcr.rules.scope.library import install

    # The agency's table narrows the national one: no needle decompression for AEMT-99s (an agency table
    # grants nothing beyond licensed scope; issue 15).
    report = demo_report(1).model_dump(mode="json")
    aemt = {k: v for k, v in report["crew"][1].items() if k != "id"}
    report["crew"].append(
        aemt
        | {
            "member_id": "A-0099",
            "name": "Ana Reyes",
            "level": "AEMT",
            "endorsements": ["AEMT-99"],
            "roles": [],
        }
    )
    report["procedures"][2] |= {
        "code": "182705007",  # needle chest decompression
        "performer_crew_id": "A-0099",
        "performer_level": "9905001",
        "airway_technique": None,
    }
    national = Database(tmp_path / "national" / "epcr.sqlite3")
    national.import_reports([Report.model_validate(report)], "import")
    assert national.lock_report(report["uuid"], "C-0815").status is Status.LOCKED
    national.close()
    install(tmp_path / "agency", resources_dir() / "scope" / "examples" / "agency-riverside.toml")
    agency = Database(tmp_path / "agency" / "epcr.sqlite3")
    agency.import_reports([Report.model_validate(report)], "import")
    with pytest.raises(LockRefused, match="may not perform Needle chest decompression"):
        agency.lock_report(report["uuid"], "C-0815")
    agency.close()


def test_a_void_keeps_the_entry_and_its_reason_in_the_audit_trail(db: Database) -> None:
    report = db.create_report("P-1042")
    dose = db.add_entry(
        report.uuid, "medications", {"code": "4917", "dose": 0.4, "dose_unit": "3706021"}, "P-1042"
    )
    with pytest.raises(InvalidInput, match="reason"):
        db.void_entry(report.uuid, f"medications[{dose}]", "  ", "P-1042")
    assert len(db.open_report(report.uuid).medications) == 1  # a void without a reason writes nothing
    db.void_entry(report.uuid, f"medications[{dose}]", "charted twice", "P-1042")
    assert db.open_report(report.uuid).medications == []
    void = [a for a in db.audit_trail(report.uuid) if a.action != "view"][-1]  # reads are audited too
    assert void.action == "void" and void.path == f"medications[{dose}]"
    assert void.old_value["code"] == "4917" and void.old_value["dose"] == 0.4
    assert void.new_value == {"reason": "charted twice"}
    assert db.verify_audit().intact
