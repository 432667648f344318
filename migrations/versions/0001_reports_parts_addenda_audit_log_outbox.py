"""reports, parts, addenda, audit log, outbox; locked reports immutable by trigger

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A locked report is a legal record: the database itself refuses to change it, whatever code runs.
LOCKED = "report is locked: it cannot be changed, only amended by an addendum"
TRIGGERS = {
    "reports_locked_no_update": f"""
        CREATE TRIGGER reports_locked_no_update BEFORE UPDATE ON reports
        WHEN OLD.status = 'locked'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    "reports_locked_no_delete": """
        CREATE TRIGGER reports_locked_no_delete BEFORE DELETE ON reports
        WHEN OLD.status = 'locked'
        BEGIN SELECT RAISE(ABORT, 'report is locked: it cannot be deleted'); END""",
    "report_parts_locked_no_insert": f"""
        CREATE TRIGGER report_parts_locked_no_insert BEFORE INSERT ON report_parts
        WHEN (SELECT status FROM reports WHERE id = NEW.report_id) = 'locked'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    "report_parts_locked_no_update": f"""
        CREATE TRIGGER report_parts_locked_no_update BEFORE UPDATE ON report_parts
        WHEN (SELECT status FROM reports WHERE id = OLD.report_id) = 'locked'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    "report_parts_locked_no_delete": f"""
        CREATE TRIGGER report_parts_locked_no_delete BEFORE DELETE ON report_parts
        WHEN (SELECT status FROM reports WHERE id = OLD.report_id) = 'locked'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    "addenda_only_on_locked": """
        CREATE TRIGGER addenda_only_on_locked BEFORE INSERT ON addenda
        WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IS NOT 'locked'
        BEGIN SELECT RAISE(ABORT, 'an addendum can only be added to a locked report'); END""",
    "addenda_no_update": """
        CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END""",
    "addenda_no_delete": """
        CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END""",
    "audit_log_no_update": """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    "audit_log_no_delete": """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
}


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )

    op.create_table(
        "reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.Text(), nullable=True),
        sa.Column("locked_by", sa.String(length=100), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("pcr_number", sa.String(length=50), nullable=True),
        sa.Column("incident_at", sa.Text(), nullable=True),
        sa.Column("sort_at", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("patient_name", sa.String(length=200), nullable=True),
        sa.Column("chief_complaint", sa.String(length=255), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'locked')", name=op.f("ck_reports_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    op.create_index("ix_reports_sort_at", "reports", ["sort_at", "id"])

    op.create_table(
        "addenda",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_addenda_report_id_reports")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addenda")),
        sa.UniqueConstraint("report_id", "seq", name=op.f("uq_addenda_report_id_seq")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("acknowledged_at", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('report', 'addendum')", name=op.f("ck_outbox_kind")),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_outbox_report_id_reports")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("kind", "entity_id", "version", name=op.f("uq_outbox_kind_entity_id_version")),
    )
    op.create_table(
        "report_parts",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("part", sa.String(length=40), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_report_parts_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "part", "item_id", name=op.f("pk_report_parts")),
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("report_parts")
    op.drop_table("outbox")
    op.drop_table("addenda")
    op.drop_index("ix_reports_sort_at", table_name="reports")
    op.drop_table("reports")
    op.drop_table("audit_log")
