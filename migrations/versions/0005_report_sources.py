"""the original document of an imported report (e.g. its NEMSIS XML), kept whole and unchangeable

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = {
    "report_sources_no_update": """
        CREATE TRIGGER report_sources_no_update BEFORE UPDATE ON report_sources
        BEGIN SELECT RAISE(ABORT, 'an imported source document is never changed'); END""",
    "report_sources_no_delete": """
        CREATE TRIGGER report_sources_no_delete BEFORE DELETE ON report_sources
        BEGIN SELECT RAISE(ABORT, 'an imported source document is never deleted'); END""",
}


def upgrade() -> None:
    op.create_table(
        "report_sources",
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("format", sa.String(30), nullable=False),  # "nemsis-3.5.1"
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("document", sa.LargeBinary, nullable=False),  # a NEMSIS file holding just this report
        sa.Column("not_kept", sa.Text, nullable=False),  # JSON list: what the report itself could not hold
        sa.Column("imported_at", sa.Text, nullable=False),
        sa.Column("imported_by", sa.String(50), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_report_sources_report_id_reports")
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_report_sources")),
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("report_sources")
