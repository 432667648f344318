"""QA: the report search index, reviewers and their review flags and comments

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("report_uuid", sa.String(36), nullable=False),
        sa.Column("incident_at", TZ),
        sa.Column("unit", sa.String(50)),
        sa.Column("pcr_number", sa.String(50)),
        sa.Column("patient_name", sa.String(120)),
        sa.Column("chief_complaint", sa.Text),
        sa.Column("primary_impression", sa.String(20)),
        sa.Column("arrest", sa.Boolean, nullable=False),
        sa.Column("crew", sa.Text, nullable=False),
        sa.Column("findings", sa.Text, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("warnings", sa.Integer, nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("report_uuid", name="pk_reports"),
    )
    op.create_index("ix_reports_incident_at", "reports", ["incident_at"])
    op.create_index("ix_reports_unit_incident_at", "reports", ["unit", "incident_at"])
    op.create_index("ix_reports_primary_impression", "reports", ["primary_impression"])
    op.create_table(
        "reviewers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64)),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_reviewers"),
        sa.UniqueConstraint("name", name="uq_reviewers_name"),
        sa.UniqueConstraint("token_hash", name="uq_reviewers_token_hash"),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("report_uuid", sa.String(36), nullable=False),
        sa.Column("field", sa.Text),
        sa.Column("flag", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("reviewer_id", sa.String(36), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(
            ["report_uuid"], ["reports.report_uuid"], name="fk_reviews_report_uuid_reports"
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"], name="fk_reviews_reviewer_id_reviewers"),
    )
    op.create_index("ix_reviews_report_uuid", "reviews", ["report_uuid"])


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_table("reviewers")
    op.drop_table("reports")
