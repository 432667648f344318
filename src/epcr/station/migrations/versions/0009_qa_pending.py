"""reports stored and not yet in the QA search index (indexed behind the receipt)

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every report received before this version was indexed in the transaction that stored it: none waits.
    op.create_table(
        "qa_pending",
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_qa_pending_item_id_items"),
        sa.PrimaryKeyConstraint("item_id", name="pk_qa_pending"),
    )


def downgrade() -> None:
    op.drop_table("qa_pending")
