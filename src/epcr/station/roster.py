"""The agency's crew roster at the station: who may log in on its devices, at what level, with what PIN.

An admin adds, updates and removes members here (`epcr-station crew ...`); each change bumps the roster's
revision and devices pull the whole roster when theirs is older. The station keeps each PIN only as an
argon2id verifier and the public half of the PIN's key (epcr.security.pin_keys): nothing here opens a device.
A removed member stays on the roster as inactive, so devices learn to close their slot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, select, update

from epcr.security.accounts import Account, check_pin
from epcr.security.kdf import hash_pin
from epcr.security.pin_keys import pin_key
from epcr.station.schema import crew, roster_head
from epcr.station.store import StationError
from epcr.sync.protocol import Roster, RosterMember, WirePinKey


def add(engine: Engine, account: Account, pin: str) -> int:
    """A new member with their PIN; the new roster revision."""
    check_pin(pin)
    verifier, key = hash_pin(pin), pin_key(pin).as_json()  # slow on purpose: outside the transaction
    with engine.begin() as conn:
        if _row(conn, account.id) is not None:
            raise StationError(f"id: {account.id} is on the roster already (crew update changes a member)")
        revision, now = _bump(conn)
        conn.execute(
            crew.insert().values(
                id=account.id,
                account=account.model_dump_json(),
                pin_verifier=verifier,
                pin_key=json.dumps(key),
                revision=revision,
                updated_at=now,
            )
        )
    return revision


def update_member(engine: Engine, account_id: str, changes: dict[str, object], pin: str | None = None) -> int:
    """Change a member's details (and PIN, when given); devices take it at their next sync."""
    if pin is not None:
        check_pin(pin)
    secrets = {"pin_verifier": hash_pin(pin), "pin_key": json.dumps(pin_key(pin).as_json())} if pin else {}
    with engine.begin() as conn:
        row = _row(conn, account_id)
        if row is None:
            raise StationError(f"id: no member {account_id} on the roster (crew add adds one)")
        account = Account.model_validate({**json.loads(row.account), **changes})
        revision, now = _bump(conn)
        conn.execute(
            update(crew)
            .where(crew.c.id == account_id)
            .values(account=account.model_dump_json(), revision=revision, updated_at=now, **secrets)
        )
    return revision


def remove(engine: Engine, account_id: str) -> int:
    """Inactive from now on: each device deletes the member's key slot at its next sync."""
    return update_member(engine, account_id, {"active": False})


def members(engine: Engine) -> list[Account]:
    with engine.connect() as conn:
        rows = conn.execute(select(crew.c.account).order_by(crew.c.id)).scalars()
        return [Account.model_validate_json(row) for row in rows]


def waiting_for_pin(engine: Engine) -> set[str]:
    """Members read from the agency's file who have no PIN yet (`crew update --id ID --new-pin`)."""
    with engine.connect() as conn:
        return set(conn.execute(select(crew.c.id).where(crew.c.pin_verifier.is_(None))).scalars())


@dataclass(frozen=True)
class Imported:
    """A member as the agency's personnel file (DEMDataSet dPersonnel) gives them."""

    account: Account  # id (dPersonnel.23), name (.01-.03), level (.38 or .24), licensure (.23, .27)
    dem: str  # their dPersonnel.PersonnelGroup as read (JSON element tree)


def import_personnel(conn: Connection, imported: list[Imported]) -> tuple[int, int]:
    """The agency file's members on the roster, in the caller's transaction: (new, changed). A member already
    on the roster takes the file's name, level and licensure and keeps their role, endorsements, PIN and
    active state; a new one is an EMT waiting for a PIN. Nobody is removed: a member the file lacks stays."""
    new = changed = 0
    revision, now = None, datetime.now(UTC)
    for member in imported:
        row = _row(conn, member.account.id)
        if row is None:
            values: dict[str, Any] = {"account": member.account.model_dump_json(), "dem": member.dem}
            new += 1
        else:
            had = Account.model_validate_json(row.account)
            keep = {"role": had.role, "endorsements": had.endorsements, "active": had.active}
            account = member.account.model_copy(update=keep)
            if account == had and row.dem == member.dem:
                continue
            values = {"account": account.model_dump_json(), "dem": member.dem}
            changed += 1
        if revision is None:
            revision, now = _bump(conn)
        values |= {"revision": revision, "updated_at": now}
        if row is None:
            conn.execute(crew.insert().values(id=member.account.id, **values))
        else:
            conn.execute(update(crew).where(crew.c.id == member.account.id).values(**values))
    return new, changed


def personnel_groups(conn: Connection) -> list[tuple[Account, str | None]]:
    """Every member with their kept dPersonnel group (None: added here, not from the agency's file)."""
    rows = conn.execute(select(crew.c.account, crew.c.dem).order_by(crew.c.id)).all()
    return [(Account.model_validate_json(row.account), row.dem) for row in rows]


def latest(engine: Engine, since: int) -> Roster | None:
    """The whole roster when its revision is newer than the device's `since`, else None. A member still
    waiting for a PIN is left out: no device could open their slot."""
    with engine.connect() as conn:
        head = conn.execute(select(roster_head).where(roster_head.c.id == 1)).one()
        if head.revision <= since:
            return None
        rows = conn.execute(select(crew).where(crew.c.pin_verifier.is_not(None)).order_by(crew.c.id)).all()
    return Roster(
        revision=head.revision,
        members=[
            RosterMember(
                account=Account.model_validate_json(row.account),
                pin_verifier=row.pin_verifier,
                pin_key=WirePinKey.model_validate_json(row.pin_key),
            )
            for row in rows
        ],
        published_at=head.published_at.isoformat(),
    )


def _row(conn: Connection, account_id: str) -> Row[Any] | None:
    return conn.execute(select(crew).where(crew.c.id == account_id)).first()


def _bump(conn: Connection) -> tuple[int, datetime]:
    now = datetime.now(UTC)
    revision: int = conn.execute(
        update(roster_head)
        .where(roster_head.c.id == 1)
        .values(revision=roster_head.c.revision + 1, published_at=now)
        .returning(roster_head.c.revision)
    ).scalar_one()
    return revision, now
