"""each report's schema version: the canonical form its content hash is taken in (epcr.domain.canonical)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Every report written before this revision was written, and locked, in version 1 of the form. ADD COLUMN
    # rewrites no row, so the locked-report triggers neither fire nor need to.
    op.execute("ALTER TABLE reports ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1")


def downgrade() -> None:
    op.execute("ALTER TABLE reports DROP COLUMN schema_version")
