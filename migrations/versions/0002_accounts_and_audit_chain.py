"""crew accounts; the audit log becomes a hash chain with a head anchor

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
APPEND_ONLY = {
    "audit_log_no_update": """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    "audit_log_no_delete": """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
}
HEAD_FOLLOWS = """
    CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log
    BEGIN UPDATE audit_head SET entries = entries + 1, last_hash = NEW.hash WHERE id = 1; END"""


def entry_hash(previous: str, row: Sequence[object]) -> str:
    # A frozen copy of epcr.security.audit_chain.entry_hash: migrations never import app code.
    body = json.dumps([previous, *row], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=30), nullable=True),
        sa.Column("certification_number", sa.String(length=50), nullable=True),
        sa.Column("certification_expires", sa.Text(), nullable=True),
        sa.Column("endorsements", sa.Text(), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('emt', 'qa', 'admin')", name=op.f("ck_accounts_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    for name in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=GENESIS))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=False, server_default=GENESIS))
    connection = op.get_bind()
    previous, count = GENESIS, 0
    rows = connection.execute(
        sa.text(
            "SELECT id, at, actor, action, report_id, path, old_value, new_value FROM audit_log ORDER BY id"
        )
    ).fetchall()
    for row in rows:  # chain what earlier versions wrote, in order
        digest = entry_hash(previous, row[1:])
        connection.execute(
            sa.text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
            {"p": previous, "h": digest, "i": row[0]},
        )
        previous, count = digest, count + 1
    connection.execute(
        sa.text("INSERT INTO audit_head (id, entries, last_hash) VALUES (1, :n, :h)"),
        {"n": count, "h": previous},
    )
    for sql in APPEND_ONLY.values():
        op.execute(sql)
    op.execute(HEAD_FOLLOWS)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_head_follows")
    for name in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    for sql in APPEND_ONLY.values():
        op.execute(sql)
    op.drop_table("audit_head")
    op.drop_table("accounts")
