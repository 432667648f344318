"""The alembic migrations: they reach head, every step goes down and up again, they match the SQLAlchemy
models, and the triggers that make locked reports and the audit log immutable exist and bite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory

from epcr.demo import demo_report
from epcr.store import migrate
from epcr.store.database import Database
from epcr.store.engine import create_migration_engine
from epcr.store.models import Base

IMMUTABILITY_TRIGGERS = {
    "reports_locked_no_update",
    "report_parts_locked_no_update",
    "audit_log_no_delete",
    "addenda_no_update",
}
APP_TABLES = {"reports", "report_parts", "addenda", "audit_log", "outbox"}


def _script_directory(path: Path) -> ScriptDirectory:
    config = migrate.alembic_config(path)
    assert isinstance(config, Config)
    return ScriptDirectory.from_config(config)


def _revisions(path: Path) -> list[Script]:
    """Every revision, newest first."""
    return list(_script_directory(path).walk_revisions())


def _down(revision: Script) -> str:
    down = revision.down_revision
    if down is None:
        return "base"
    assert isinstance(down, str), f"{revision.revision} is a merge revision; teach this test about merges"
    return down


def _sqlite_objects(path: Path, kind: str) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'", (kind,)
        ).fetchall()
    return {name for (name,) in rows}


def _row_counts(path: Path, tables: set[str]) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in sorted(tables)}


def _report_with_data(path: Path) -> str:
    with Database(path) as db:
        report = db.create_report("emt-1")
        db.save_field(report.uuid, "patient.last_name", "Smith", "emt-1")
        vitals_id = db.add_entry(
            report.uuid, "vitals", {"taken_at": "2025-03-02T14:05:00-07:00", "sbp": 120}, "emt-1"
        )
        db.save_field(report.uuid, f"vitals[{vitals_id}].heart_rate", 88, "emt-1")
        db.save_field(report.uuid, "narrative.text", "Found sitting, alert.", "emt-1")
    return str(report.uuid)


def _assert_report_intact(path: Path, report_id: str) -> None:
    with Database(path) as db:
        report = db.open_report(report_id)
        assert report.patient.last_name == "Smith"
        assert [v.heart_rate for v in report.vitals] == [88]
        assert report.narrative.text == "Found sitting, alert."
        changes = [a.action for a in db.audit_trail(report_id) if a.action != "view"]  # reads are audited too
        assert changes == ["create", "edit", "add", "edit", "edit"]


def test_upgrade_empty_file_to_head(tmp_path: Path) -> None:
    path = tmp_path / "device.db"
    assert migrate.current_revision(path) is None
    migrate.upgrade(path)
    assert migrate.current_revision(path) == migrate.HEAD_REVISION
    assert _sqlite_objects(path, "table") >= APP_TABLES | {"alembic_version"}
    with Database(path) as db:
        report = db.create_report("emt-1")
        db.save_field(report.uuid, "patient.last_name", "Smith", "emt-1")
        assert db.open_report(report.uuid).patient.last_name == "Smith"


def test_head_revision_constant_is_alembic_head(tmp_path: Path) -> None:
    script = _script_directory(tmp_path / "device.db")
    assert script.get_heads() == [migrate.HEAD_REVISION], "one head, and HEAD_REVISION names it"
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_opening_a_database_migrates_it_to_head(tmp_path: Path) -> None:
    path = tmp_path / "device.db"
    Database(path).close()
    assert migrate.current_revision(path) == migrate.HEAD_REVISION


@pytest.mark.parametrize("revision", _revisions(Path("unused.db")), ids=lambda r: r.revision)
def test_each_revision_downgrades_and_upgrades_again(tmp_path: Path, revision: Script) -> None:
    """From head (with a report in the file) down to just below `revision`, and back up to head."""
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    report_id = _report_with_data(path)
    before = _row_counts(path, APP_TABLES)

    down = _down(revision)
    migrate.downgrade(path, down)
    assert migrate.current_revision(path) == (None if down == "base" else down)
    surviving = _sqlite_objects(path, "table") & APP_TABLES
    if down == "base":
        assert surviving == set(), "downgrade to base leaves application tables behind"
        assert _sqlite_objects(path, "trigger") == set(), "downgrade to base leaves triggers behind"
        assert _sqlite_objects(path, "table") <= {"alembic_version"}
    else:
        # Rows of tables that exist at the lower revision survive the round trip (columns may not).
        assert _row_counts(path, surviving) == {t: before[t] for t in sorted(surviving)}

    migrate.upgrade(path, revision.revision)
    assert migrate.current_revision(path) == revision.revision
    migrate.upgrade(path)
    assert migrate.current_revision(path) == migrate.HEAD_REVISION
    assert not _migrations_differ_from_models(path)
    assert _sqlite_objects(path, "trigger") >= IMMUTABILITY_TRIGGERS

    if down == "base":
        # Nothing survives, and the rebuilt database works like a new one.
        with Database(path) as db:
            assert db.list_reports() == []
            assert db.audit_trail() == []
            report = db.create_report("emt-1")
            db.save_field(report.uuid, "situation.chief_complaint", "chest pain", "emt-1")
            assert db.open_report(report.uuid).situation.chief_complaint == "chest pain"
            assert [s.uuid for s in db.list_reports()] == [str(report.uuid)]
    elif {"reports", "report_parts", "audit_log"} <= surviving:
        _assert_report_intact(path, report_id)


def test_database_opened_after_downgrade_to_base_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    migrate.downgrade(path, "base")
    assert migrate.current_revision(path) is None
    with Database(path) as db:  # ensure_current runs the migrations again
        assert db.list_reports() == []
    assert migrate.current_revision(path) == migrate.HEAD_REVISION


def _migrations_differ_from_models(path: Path) -> list[object]:
    engine = create_migration_engine(path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_models_match_migrations(tmp_path: Path) -> None:
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    assert _migrations_differ_from_models(path) == []


def test_models_match_check_can_fail(tmp_path: Path) -> None:
    """The comparison above sees a real difference (so an empty diff means something)."""
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE outbox ADD COLUMN stray TEXT")
    differences = _migrations_differ_from_models(path)
    assert any("stray" in repr(d) for d in differences), differences


def test_immutability_triggers_exist(tmp_path: Path) -> None:
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    assert _sqlite_objects(path, "trigger") >= IMMUTABILITY_TRIGGERS


def _locked_and_draft_reports(path: Path) -> tuple[str, str]:
    with Database(path) as db:
        locked = demo_report(0)  # complete enough to pass the lock gate
        db.import_reports([locked], "emt-1")
        db.save_field(locked.uuid, "patient.last_name", "Smith", "emt-1")
        db.lock_report(locked.uuid, "emt-1")
        db.add_addendum(locked.uuid, "emt-1", "late entry", "Patient's daughter arrived on scene.")
        draft = db.create_report("emt-1")
        db.save_field(draft.uuid, "patient.last_name", "Jones", "emt-1")
    return str(locked.uuid), str(draft.uuid)


def test_database_refuses_to_change_a_locked_report(tmp_path: Path) -> None:
    """Plain sqlite3, no application code: the triggers alone keep a locked report and its audit intact."""
    path = tmp_path / "device.db"
    migrate.upgrade(path)
    locked, draft = _locked_and_draft_reports(path)

    db = sqlite3.connect(path, isolation_level=None)
    try:
        snapshot = db.execute("SELECT part, item_id, data FROM report_parts ORDER BY 1, 2").fetchall()
        audit = db.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
        refused_on_locked = [
            ("UPDATE report_parts SET data = '{}' WHERE report_id = ?", (locked,)),
            ("DELETE FROM report_parts WHERE report_id = ?", (locked,)),
            (
                "INSERT INTO report_parts (report_id, part, item_id, position, data) "
                "VALUES (?, 'x', 'y', 9, '{}')",
                (locked,),
            ),
            ("UPDATE reports SET patient_name = 'Altered' WHERE id = ?", (locked,)),
            ("DELETE FROM reports WHERE id = ?", (locked,)),
        ]
        for sql, params in refused_on_locked:
            with pytest.raises(sqlite3.IntegrityError, match="locked"):
                db.execute(sql, params)
        for sql in (
            "UPDATE audit_log SET new_value = '\"x\"'",
            "DELETE FROM audit_log",
            "UPDATE addenda SET text = 'rewritten'",
            "DELETE FROM addenda",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(sql)
        assert db.execute("SELECT part, item_id, data FROM report_parts ORDER BY 1, 2").fetchall() == snapshot
        assert db.execute("SELECT * FROM audit_log ORDER BY id").fetchall() == audit

        # The triggers single out locked reports: a draft's parts can still be written directly.
        changed = db.execute(
            "UPDATE report_parts SET position = position WHERE report_id = ? AND part = 'patient'", (draft,)
        )
        assert changed.rowcount == 1
    finally:
        db.close()
    with Database(path) as app:
        assert app.open_report(locked).patient.last_name == "Smith"
