"""crew members from the agency's DEMDataSet: a member may wait for a PIN; each keeps their dPersonnel group

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crew") as batch:
        # A member read from the agency's personnel file has no PIN until an admin sets one: not yet on
        # any device (devices get only members who can log in).
        batch.alter_column("pin_verifier", existing_type=sa.Text, nullable=True)
        batch.alter_column("pin_key", existing_type=sa.Text, nullable=True)
        # The member's whole dPersonnel.PersonnelGroup as read (JSON element tree), written back on export.
        batch.add_column(sa.Column("dem", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crew") as batch:
        batch.drop_column("dem")
        batch.alter_column("pin_key", existing_type=sa.Text, nullable=False)
        batch.alter_column("pin_verifier", existing_type=sa.Text, nullable=False)
