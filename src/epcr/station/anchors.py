"""Anchoring each device's audit chain at the station.

The device's audit log is hash-chained (docs/security.md): each entry's hash covers the one before. Someone
with the database key and a SQL shell could still rewrite the whole chain consistently. At every sync the
device sends its chain head (entry count, last hash) and its own hash at the entry the station anchored
last; a log that was rewritten or cut back cannot reproduce that hash, and the station records the
divergence for the agency admin (`epcr-station devices`). Anchors are append-only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select

from epcr.station.schema import audit_anchors
from epcr.sync.protocol import AuditAnchor, AuditHead, AuditVerdict


def last(engine: Engine, device_id: str) -> AuditAnchor | None:
    """The newest head this device anchored that the chain must still contain."""
    with engine.connect() as conn:
        row = conn.execute(
            select(audit_anchors.c.entries, audit_anchors.c.last_hash)
            .where(audit_anchors.c.device_id == device_id, audit_anchors.c.verdict != "diverged")
            .order_by(audit_anchors.c.id.desc())
            .limit(1)
        ).first()
    return AuditAnchor(entries=row.entries, hash=row.last_hash) if row else None


def anchor(engine: Engine, device_id: str, head: AuditHead) -> AuditVerdict:
    previous = last(engine, device_id)
    if previous is None:
        verdict, detail = "first", None
    elif head.entries < previous.entries:
        verdict = "diverged"
        detail = f"the log has {head.entries} entries; the station anchored {previous.entries} before"
    elif head.at_anchor != previous.hash:
        verdict = "diverged"
        detail = f"entry {previous.entries} no longer has the hash the station anchored (log rewritten)"
    else:
        verdict, detail = ("same" if head.entries == previous.entries else "extends"), None
    with engine.begin() as conn:
        conn.execute(
            audit_anchors.insert().values(
                device_id=device_id,
                entries=head.entries,
                last_hash=head.last_hash,
                verdict=verdict,
                detail=detail,
                received_at=datetime.now(UTC),
            )
        )
    return AuditVerdict(verdict=verdict, detail=detail)


def diverged(engine: Engine) -> dict[str, str]:
    """device id -> the last divergence found, for the admin's device list."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_anchors.c.device_id, audit_anchors.c.detail)
            .where(audit_anchors.c.verdict == "diverged")
            .order_by(audit_anchors.c.id)
        ).all()
    return {row.device_id: str(row.detail) for row in rows}
