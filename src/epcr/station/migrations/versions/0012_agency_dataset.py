"""the agency's DEMDataSet as imported: the sections and groups the station keeps whole, for export

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row once `epcr-station agency import` has run; the crew and directory tables hold the rest.
    op.create_table(
        "agency_dataset",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("time_stamp", sa.String(40), nullable=False),
        sa.Column("sections", sa.Text, nullable=False),
        sa.Column("unplaced", sa.Text, nullable=False),
        sa.Column("layout", sa.Text, nullable=False),
        sa.Column("config_version", sa.Integer),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agency_dataset"),
    )


def downgrade() -> None:
    op.drop_table("agency_dataset")
