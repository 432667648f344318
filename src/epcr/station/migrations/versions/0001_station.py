"""station identity, enrolled devices, received items, deliveries, conflicts

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    station = op.create_table(
        "station",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.bulk_insert(station, [{"id": str(uuid.uuid4()), "created_at": datetime.now(UTC)}])
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("code_hash", sa.String(64)),
        sa.Column("code_expires_at", TZ),
        sa.Column("token_hash", sa.String(64)),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("enrolled_at", TZ),
        sa.Column("revoked_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("name", name="uq_devices_name"),
        sa.UniqueConstraint("code_hash", name="uq_devices_code_hash"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("report_uuid", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_items"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_items_device_id_devices"),
        sa.UniqueConstraint("kind", "uuid", "version", name="uq_items_kind_uuid_version"),
    )
    op.create_index("ix_items_report_uuid", "items", ["report_uuid"])
    op.create_index("ix_items_device_id", "items", ["device_id"])
    op.create_table(
        "deliveries",
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("delivered_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("item_id", "device_id", name="pk_deliveries"),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_deliveries_item_id_items"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_deliveries_device_id_devices"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_conflicts_device_id_devices"),
        sa.UniqueConstraint("kind", "uuid", "version", "content_hash", name="uq_conflicts_copy"),
    )


def downgrade() -> None:
    op.drop_table("conflicts")
    op.drop_table("deliveries")
    op.drop_index("ix_items_device_id", "items")
    op.drop_index("ix_items_report_uuid", "items")
    op.drop_table("items")
    op.drop_table("devices")
    op.drop_table("station")
