"""a report marked reviewed by QA: when and by whom

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("reviewed_by", sa.String(100)))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("reviewed_by")
        batch.drop_column("reviewed_at")
