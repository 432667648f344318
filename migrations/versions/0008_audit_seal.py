"""integrity against a key holder: triggers that refuse REPLACE and UPSERT too; the audit chain sealed forward

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

INSERT OR REPLACE deletes the row it collides with, and SQLite fires no DELETE trigger for that unless the
connection has `PRAGMA recursive_triggers=ON` (the app sets it; a SQL shell does not). So every protected
table also gets a BEFORE INSERT trigger that refuses an insert colliding with a row that must stay: it fires
before conflict resolution, on every connection, whatever its pragmas.

Sealing (epcr.security.audit_chain): the audit head keeps the key that seals the next entry; each entry
stores mac = HMAC-SHA256(key, hash) and the key is moved on in the entry's own transaction
(epcr.store.audit.record). Entries written before this revision have no mac: the chain is sealed from here on.

An outbox item's payload may only be dropped (NULL: the item is then serialised again from its locked report,
which the triggers keep), never replaced.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCKED = "report is locked: it cannot be replaced, only amended by an addendum"
REFUSE_REPLACE = {
    "reports_locked_no_replace": f"""
        CREATE TRIGGER reports_locked_no_replace BEFORE INSERT ON reports
        WHEN (SELECT status FROM reports WHERE id = NEW.id) = 'locked'
        BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    "addenda_no_replace": """
        CREATE TRIGGER addenda_no_replace BEFORE INSERT ON addenda
        WHEN EXISTS (SELECT 1 FROM addenda WHERE id = NEW.id OR (report_id = NEW.report_id AND seq = NEW.seq))
        BEGIN SELECT RAISE(ABORT, 'addenda are append-only: an addendum cannot be replaced'); END""",
    "audit_log_no_replace": """
        CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
        WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be replaced'); END""",
    "audit_log_chained": """
        CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
        WHEN NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry must follow the last one'); END""",
    "audit_head_no_replace": """
        CREATE TRIGGER audit_head_no_replace BEFORE INSERT ON audit_head
        WHEN EXISTS (SELECT 1 FROM audit_head)
        BEGIN SELECT RAISE(ABORT, 'the audit head is kept by the audit log: it cannot be replaced'); END""",
    "audit_head_no_delete": """
        CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit head is kept by the audit log: it cannot be deleted'); END""",
    "report_sources_no_replace": """
        CREATE TRIGGER report_sources_no_replace BEFORE INSERT ON report_sources
        WHEN EXISTS (SELECT 1 FROM report_sources WHERE report_id = NEW.report_id)
        BEGIN SELECT RAISE(ABORT, 'an imported source document is never replaced'); END""",
    "outbox_no_rewrite": """
        CREATE TRIGGER outbox_no_rewrite BEFORE UPDATE OF kind, entity_id, report_id, version, content_hash,
            payload ON outbox
        WHEN (NEW.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload) OR NEW.kind IS NOT OLD.kind
            OR NEW.entity_id IS NOT OLD.entity_id OR NEW.report_id IS NOT OLD.report_id
            OR NEW.version IS NOT OLD.version OR NEW.content_hash IS NOT OLD.content_hash
        BEGIN SELECT RAISE(ABORT, 'what was locked for the station is never changed in the outbox'); END""",
    "outbox_no_replace": """
        CREATE TRIGGER outbox_no_replace BEFORE INSERT ON outbox
        WHEN EXISTS (
            SELECT 1 FROM outbox WHERE id = NEW.id
            OR (kind = NEW.kind AND entity_id = NEW.entity_id AND version = NEW.version)
        )
        BEGIN SELECT RAISE(ABORT, 'what was locked for the station is never replaced in the outbox'); END""",
    "outbox_no_delete": """
        CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
        BEGIN SELECT RAISE(ABORT, 'what was locked for the station is never deleted from the outbox'); END""",
}


def upgrade() -> None:
    op.execute("ALTER TABLE audit_log ADD COLUMN mac VARCHAR(64)")  # no row rewritten: old entries stay NULL
    op.execute("ALTER TABLE audit_head ADD COLUMN seal_key VARCHAR(64)")
    op.execute("ALTER TABLE audit_head ADD COLUMN sealed_from INTEGER")
    # The first key is fresh randomness; the entry after the last one written is the first sealed.
    op.get_bind().execute(
        sa.text("UPDATE audit_head SET seal_key = :key, sealed_from = entries + 1 WHERE id = 1"),
        {"key": secrets.token_hex(32)},
    )
    for sql in REFUSE_REPLACE.values():
        op.execute(sql)


def downgrade() -> None:
    for name in REFUSE_REPLACE:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("ALTER TABLE audit_head DROP COLUMN sealed_from")
    op.execute("ALTER TABLE audit_head DROP COLUMN seal_key")
    # DROP COLUMN rewrites no row through DML, so the audit log's own triggers do not fire.
    op.execute("ALTER TABLE audit_log DROP COLUMN mac")
