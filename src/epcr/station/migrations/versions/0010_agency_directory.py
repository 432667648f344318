"""the agency's directory: facilities (dFacility), vehicles (dVehicle), stations (dLocation)

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = (
    ("agency_facilities", "name", 100),
    ("agency_vehicles", "number", 25),
    ("agency_locations", "name", 100),
)


def upgrade() -> None:
    # Empty until an admin imports the agency's DEM data set: devices keep typing destinations by hand.
    for table, key, length in TABLES:
        op.create_table(
            table,
            sa.Column("position", sa.Integer, autoincrement=False, nullable=False),
            sa.Column(key, sa.String(length)),
            sa.Column("data", sa.Text, nullable=False),
            sa.Column("source", sa.Text),
            sa.PrimaryKeyConstraint("position", name=f"pk_{table}"),
        )
    with op.batch_alter_table("agency_config") as batch:  # versions published before carry none
        batch.add_column(sa.Column("directory", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("agency_config") as batch:
        batch.drop_column("directory")
    for table, _, _ in reversed(TABLES):
        op.drop_table(table)
