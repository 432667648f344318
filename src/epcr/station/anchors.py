"""Anchoring each device's audit chain at the station, and checking its forward-secure seals.

The device's audit log is hash-chained (docs/security.md): each entry's hash covers the one before. Someone
with the database key and a SQL shell could still rewrite the whole chain consistently. At every sync the
device sends its chain head (entry count, last hash) and its own hash at the entry the station anchored
last; a log that was rewritten or cut back before that anchor cannot reproduce that hash.

Entries written since the anchor are checked by their seals (epcr.security.audit_chain): the device sends
each one's position, link, hash and mac; the station holds the sealing key at the entry after its anchor and
derives each later key forward. Whoever opened the device's database after an entry was sealed holds only a
later key and cannot seal a rewritten entry again, so a tail rewritten since the last sync is caught too.
The key is trusted on first use: the device's first sync that offers one (at enrollment, or its first sync
after the upgrade that began sealing). Divergences are recorded for the agency admin (`epcr-station
devices`). Anchors are append-only; the station keeps only the latest verified key per device.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, select, update

from epcr.security.audit_chain import GENESIS, SealedEntry, check_seals
from epcr.station.schema import audit_anchors, audit_seals
from epcr.sync.protocol import AuditAnchor, AuditHead, AuditVerdict


def last(engine: Engine, device_id: str) -> AuditAnchor | None:
    """The newest head this device anchored that the chain must still contain."""
    with engine.connect() as conn:
        return _last(conn, device_id)


def _last(conn: Connection, device_id: str) -> AuditAnchor | None:
    row = conn.execute(
        select(audit_anchors.c.entries, audit_anchors.c.last_hash)
        .where(audit_anchors.c.device_id == device_id, audit_anchors.c.verdict != "diverged")
        .order_by(audit_anchors.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    sealed = _seal(conn, device_id) is not None
    return AuditAnchor(entries=row.entries, hash=row.last_hash, sealed=sealed)


def _seal(conn: Connection, device_id: str) -> tuple[int, str] | None:
    row = conn.execute(
        select(audit_seals.c.position, audit_seals.c.seal_key).where(audit_seals.c.device_id == device_id)
    ).first()
    return (int(row.position), str(row.seal_key)) if row else None


def anchor(engine: Engine, device_id: str, head: AuditHead) -> AuditVerdict:
    """Check `head` against what the station anchored and sealed for this device; record the verdict."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        previous = _last(conn, device_id)
        seal = _seal(conn, device_id)
        verdict, detail = _compare(previous, head)
        moved: tuple[int, str] | None = None
        if verdict != "diverged" and seal is not None:
            base = previous.entries if previous else 0
            problem, moved = _check_sealed(seal, base, previous.hash if previous else GENESIS, head)
            if problem:
                verdict, detail, moved = "diverged", problem, None
        if moved is not None and seal is not None and moved != seal:
            done = conn.execute(  # compare-and-set: a concurrent check of the same device wins once
                update(audit_seals)
                .where(audit_seals.c.device_id == device_id, audit_seals.c.position == seal[0])
                .values(position=moved[0], seal_key=moved[1], updated_at=now)
            )
            if done.rowcount != 1:
                raise RuntimeError("the device's audit seal moved during the check; sync again")
        if seal is None and head.seal_start is not None and verdict != "diverged":
            if head.seal_start.position != head.entries + 1:
                verdict = "diverged"
                detail = (
                    f"the sealing key offered is for entry {head.seal_start.position}, "
                    f"not {head.entries + 1} after the {head.entries} entries sent"
                )
            else:
                conn.execute(
                    audit_seals.insert().values(
                        device_id=device_id,
                        position=head.seal_start.position,
                        seal_key=head.seal_start.key,
                        started_at=now,
                        updated_at=now,
                    )
                )
        conn.execute(
            audit_anchors.insert().values(
                device_id=device_id,
                entries=head.entries,
                last_hash=head.last_hash,
                verdict=verdict,
                detail=detail,
                received_at=now,
            )
        )
    return AuditVerdict(verdict=verdict, detail=detail)


def _compare(previous: AuditAnchor | None, head: AuditHead) -> tuple[str, str | None]:
    """Today's check: the chain must still hold the hash the station anchored last."""
    if previous is None:
        return "first", None
    if head.entries < previous.entries:
        return (
            "diverged",
            f"the log has {head.entries} entries; the station anchored {previous.entries} before",
        )
    if head.at_anchor != previous.hash:
        return (
            "diverged",
            f"entry {previous.entries} no longer has the hash the station anchored (log rewritten)",
        )
    return ("same" if head.entries == previous.entries else "extends"), None


def _check_sealed(
    seal: tuple[int, str], base: int, base_hash: str, head: AuditHead
) -> tuple[str | None, tuple[int, str] | None]:
    """(problem, the key after the entries checked): the entries since the anchor, each by its seal."""
    position, key = seal
    if position != base + 1:  # kept together with the anchor; apart only if the station's data was edited
        return f"the station's sealing key is for entry {position}, its anchor ends at entry {base}", None
    expected = head.entries - base
    if len(head.seals) != expected:
        return (
            f"entries {base + 1} to {head.entries} came with {len(head.seals)} seals, not {expected}",
            None,
        )
    entries = [SealedEntry(s.position, s.prev_hash, s.hash, s.mac) for s in head.seals]
    check = check_seals(position, key, base_hash, entries)
    if not check.intact:
        return check.problem, None
    if entries and entries[-1].hash != head.last_hash:
        return f"entry {head.entries}: the head's hash is not the last entry's", None
    return None, (check.position, check.key)


def diverged(engine: Engine) -> dict[str, str]:
    """device id -> the last divergence found, for the admin's device list."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_anchors.c.device_id, audit_anchors.c.detail)
            .where(audit_anchors.c.verdict == "diverged")
            .order_by(audit_anchors.c.id)
        ).all()
    return {row.device_id: str(row.detail) for row in rows}
