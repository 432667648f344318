"""the station this device syncs with; each outbox item's last sync outcome

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "station_link",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("token", sa.Text, nullable=False),  # inside the encrypted database, never in a plain file
        sa.Column("enrolled_at", sa.Text, nullable=False),
        sa.Column("certificate", sa.Text),  # the station's pinned TLS certificate (PEM); NULL on plain HTTP
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_link")),
        sa.CheckConstraint("id = 1", name=op.f("ck_station_link_one_station")),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_attempt_at", sa.Text))
        batch.add_column(sa.Column("last_outcome", sa.String(20)))
        batch.add_column(sa.Column("last_error", sa.Text))
    op.create_index(op.f("ix_outbox_pending"), "outbox", ["acknowledged_at", "id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_pending"), "outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("last_error")
        batch.drop_column("last_outcome")
        batch.drop_column("last_attempt_at")
        batch.drop_column("attempts")
    op.drop_table("station_link")
