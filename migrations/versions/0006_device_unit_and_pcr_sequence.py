"""the unit this device rides in (set by an admin) and its PCR number counter (prefill of a new report)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_unit",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("vehicle_number", sa.String(25), nullable=False),  # eResponse.13
        sa.Column("call_sign", sa.String(50), nullable=False),  # eResponse.14
        sa.Column("unit_capability", sa.String(7)),  # eResponse.07 code; NULL: the agency's default
        sa.Column("set_at", sa.Text, nullable=False),
        sa.Column("set_by", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_unit")),
        sa.CheckConstraint("id = 1", name=op.f("ck_device_unit_one_unit")),
    )
    op.create_table(
        "pcr_sequence",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("last_number", sa.Integer, nullable=False, server_default="0"),  # never goes back
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pcr_sequence")),
        sa.CheckConstraint("id = 1", name=op.f("ck_pcr_sequence_one_counter")),
    )
    op.execute("INSERT INTO pcr_sequence (id, last_number) VALUES (1, 0)")


def downgrade() -> None:
    op.drop_table("pcr_sequence")
    op.drop_table("device_unit")
