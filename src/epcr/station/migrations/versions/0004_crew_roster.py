"""the crew roster devices pull (members with their PIN verifier and PIN key), and its revision

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crew",
        sa.Column("id", sa.String(50), nullable=False),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("pin_verifier", sa.Text, nullable=False),
        sa.Column("pin_key", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_crew"),
    )
    head = op.create_table(
        "roster_head",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_roster_head"),
    )
    op.bulk_insert(head, [{"id": 1, "revision": 0, "published_at": None}])


def downgrade() -> None:
    op.drop_table("roster_head")
    op.drop_table("crew")
