"""station roster members and revision; outbox payloads; the QA reviewer's station connection

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "roster_members",
        sa.Column("account_id", sa.String(50), nullable=False),
        sa.Column("station_verifier", sa.Text, nullable=False),  # the PIN the station last set
        sa.Column("revision", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_roster_members_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_roster_members")),
    )
    with op.batch_alter_table("station_link") as batch:
        batch.add_column(sa.Column("roster_revision", sa.Integer, nullable=False, server_default="0"))
    # The item's JSON, serialised once in the lock transaction: docking then only reads bytes.
    op.add_column("outbox", sa.Column("payload", sa.LargeBinary))
    op.create_table(
        "qa_link",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("token", sa.Text, nullable=False),  # the reviewer's token: inside the encrypted database
        sa.Column("certificate", sa.Text),
        sa.Column("connected_by", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qa_link")),
        sa.CheckConstraint("id = 1", name=op.f("ck_qa_link_one_station")),
    )


def downgrade() -> None:
    op.drop_table("qa_link")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("payload")
    with op.batch_alter_table("station_link") as batch:
        batch.drop_column("roster_revision")
    op.drop_table("roster_members")
