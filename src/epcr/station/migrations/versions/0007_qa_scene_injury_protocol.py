"""QA search by incident location type (eScene.09), cause of injury (eInjury.01) and protocol (eProtocols.01)

Revision ID: 0007
Revises: 0006

Reports received before this revision were written by devices whose model had no scene, injury or protocol
sections, so there is nothing to backfill: their index rows hold none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("location_type", sa.String(20)))
        batch.add_column(sa.Column("injury_causes", sa.Text(), nullable=False, server_default=" "))
        batch.add_column(sa.Column("protocols", sa.Text(), nullable=False, server_default=" "))
    op.create_index("ix_reports_location_type", "reports", ["location_type"])


def downgrade() -> None:
    op.drop_index("ix_reports_location_type", "reports")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("protocols")
        batch.drop_column("injury_causes")
        batch.drop_column("location_type")
