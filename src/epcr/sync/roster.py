"""The station's crew roster on this device: accounts, certifications and PINs, applied whole.

Key slots change first (sealed to each new member's PIN key, deleted for removed members), then the accounts
and the revision marker in one database transaction. A crash in between leaves the marker behind, so the next
sync applies the same revision again; every step is idempotent. The roster manages the members it lists: an
account of the same id made on this device takes the station's details and PIN. Accounts it does not list are
left alone, and a PIN a member changes on this device stays until the station sets a new one.
"""

from __future__ import annotations

from epcr.security.kdf import KdfParams
from epcr.security.keyslots import KeySlots
from epcr.security.pin_keys import PinKey
from epcr.store.database import Database
from epcr.sync.protocol import Roster, WirePinKey


class RosterRefused(ValueError):
    """The roster is not applied (the previous one stays); the message names the member and the reason."""


def apply(db: Database, slots: KeySlots, database_key: bytes, roster: Roster) -> list[str]:
    """What changed, in words."""
    ids = [member.account.id for member in roster.members]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise RosterRefused(f"members: {', '.join(twice)} listed twice")
    known = db.station_verifiers()
    slotted = set(slots.accounts())
    seal: dict[str, PinKey] = {}
    remove: set[str] = set()
    for member in roster.members:
        account_id = member.account.id
        if not member.account.active:
            remove.add(account_id)
        elif account_id not in slotted or known.get(account_id) != member.pin_verifier:
            seal[account_id] = _pin_key(member.pin_key)
    slots.apply_roster(seal, remove & slotted, database_key)
    return db.apply_roster([(m.account, m.pin_verifier) for m in roster.members], roster.revision)


def _pin_key(wire: WirePinKey) -> PinKey:
    params = KdfParams(bytes.fromhex(wire.salt), wire.memory_kib, wire.time_cost, wire.parallelism)
    return PinKey(params, bytes.fromhex(wire.public))
