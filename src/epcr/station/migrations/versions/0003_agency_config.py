"""published agency configuration versions (scope table and settings) that devices pull

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency_config",
        sa.Column("version", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("scope_toml", sa.Text),
        sa.Column("settings", sa.Text, nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version", name="pk_agency_config"),
    )


def downgrade() -> None:
    op.drop_table("agency_config")
