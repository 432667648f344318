"""The crew roster on this device (accounts table). Never commits: the unit of work does."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from epcr.security.accounts import Account
from epcr.store import audit
from epcr.store.sql import accounts, compiled, params, roster_members


class AccountExists(ValueError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"account {account_id} already exists on this device")


class AccountNotFound(LookupError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id} on this device")


# An account as the roster describes it, in the order _row gives and _account reads.
_COLUMNS = (
    "id",
    "name",
    "role",
    "level",
    "certification_number",
    "certification_expires",
    "endorsements",
    "active",
)
_one = accounts.c.id == bindparam("account")
_EXISTS = compiled(select(1).select_from(accounts).where(_one), "account")
_INSERT = compiled(
    insert(accounts).values(params(*_COLUMNS, "pin_hash", "created_at", "updated_at")),
    *_COLUMNS,
    "pin_hash",
    "created_at",
    "updated_at",
)
_SELECT = select(*(accounts.c[name] for name in _COLUMNS))
_GET = compiled(_SELECT.where(_one), "account")
_ALL = compiled(_SELECT.order_by(accounts.c.id))
_SET_PIN = compiled(
    update(accounts).where(_one).values(params("pin_hash", "updated_at")), "account", "pin_hash", "updated_at"
)
_DEACTIVATE = compiled(
    update(accounts).where(_one).values(active=False, **params("updated_at")), "account", "updated_at"
)
_DETAILS = _COLUMNS[1:]  # what the station's roster may change
_UPDATE = compiled(
    update(accounts).where(_one).values(params(*_DETAILS, "updated_at")), "account", *_DETAILS, "updated_at"
)
_VERIFIERS = compiled(select(roster_members.c.account_id, roster_members.c.station_verifier))
_member = upsert(roster_members).values(params("account_id", "station_verifier", "revision"))
_SET_MEMBER = compiled(
    _member.on_conflict_do_update(
        index_elements=[roster_members.c.account_id],
        set_={"station_verifier": _member.excluded.station_verifier, "revision": _member.excluded.revision},
    ),
    "account_id",
    "station_verifier",
    "revision",
)


class AccountRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def add(self, account: Account, pin_hash: str, at: datetime, by: str) -> None:
        if self._db.execute(_EXISTS, {"account": account.id}).fetchone():
            raise AccountExists(account.id)
        self._db.execute(
            _INSERT,
            {
                **_row(account),
                "pin_hash": pin_hash,
                "created_at": at.isoformat(),
                "updated_at": at.isoformat(),
            },
        )
        audit.record(
            self._db,
            at.isoformat(),
            by,
            "account added",
            None,
            f"accounts[{account.id}]",
            None,
            account.model_dump_json(),
        )

    def get(self, account_id: str) -> Account:
        row = self._db.execute(_GET, {"account": account_id}).fetchone()
        if row is None:
            raise AccountNotFound(account_id)
        return _account(row)

    def all(self) -> list[Account]:
        return [_account(r) for r in self._db.execute(_ALL)]

    def set_pin_hash(self, account_id: str, pin_hash: str, at: datetime) -> None:
        cursor = self._db.execute(
            _SET_PIN, {"account": account_id, "pin_hash": pin_hash, "updated_at": at.isoformat()}
        )
        if cursor.rowcount != 1:
            raise AccountNotFound(account_id)
        audit.record(self._db, at.isoformat(), account_id, "pin changed", None, f"accounts[{account_id}]")

    def deactivate(self, account_id: str, at: datetime, by: str) -> None:
        cursor = self._db.execute(_DEACTIVATE, {"account": account_id, "updated_at": at.isoformat()})
        if cursor.rowcount != 1:
            raise AccountNotFound(account_id)
        audit.record(self._db, at.isoformat(), by, "account removed", None, f"accounts[{account_id}]")

    # -- the station's roster --------------------------------------------------------------------------

    def station_verifiers(self) -> dict[str, str]:
        """account id -> the PIN verifier the station last sent, for members the roster manages."""
        return dict(self._db.execute(_VERIFIERS))

    def apply_member(self, account: Account, verifier: str, revision: int, at: datetime) -> str | None:
        """One roster member onto this device; what changed, in words (None: nothing)."""
        stamp, actor, where = at.isoformat(), f"station roster {revision}", f"accounts[{account.id}]"
        before = self._db.execute(_GET, {"account": account.id}).fetchone()
        known = self.station_verifiers().get(account.id)
        change = None
        if before is None:
            if not account.active:
                return None  # removed before it ever reached this device
            self._db.execute(
                _INSERT, {**_row(account), "pin_hash": verifier, "created_at": stamp, "updated_at": stamp}
            )
            audit.record(
                self._db, stamp, actor, "account added", None, where, None, account.model_dump_json()
            )
            change = f"{account.id} added"
        else:
            old = _account(before)
            if old != account:
                self._db.execute(_UPDATE, {**_row(account), "account": account.id, "updated_at": stamp})
                what = "account removed" if old.active and not account.active else "account updated"
                audit.record(
                    self._db,
                    stamp,
                    actor,
                    what,
                    None,
                    where,
                    old.model_dump_json(),
                    account.model_dump_json(),
                )
                change = f"{account.id} {'removed' if what == 'account removed' else 'updated'}"
            if known != verifier:
                self._db.execute(_SET_PIN, {"account": account.id, "pin_hash": verifier, "updated_at": stamp})
                audit.record(self._db, stamp, actor, "pin set by the station", None, where)
                change = f"{change}, PIN set" if change else f"{account.id} PIN set"
        self._db.execute(
            _SET_MEMBER, {"account_id": account.id, "station_verifier": verifier, "revision": revision}
        )
        return change


def _row(a: Account) -> dict[str, Any]:
    """The account's columns (_COLUMNS), by name."""
    expires = a.certification_expires.isoformat() if a.certification_expires else None
    level = a.level.value if a.level else None
    return {
        "id": a.id,
        "name": a.name,
        "role": a.role.value,
        "level": level,
        "certification_number": a.certification_number,
        "certification_expires": expires,
        "endorsements": json.dumps(a.endorsements),
        "active": a.active,
    }


def _account(row: tuple[object, ...]) -> Account:
    return Account.model_validate(
        {
            "id": row[0],
            "name": row[1],
            "role": row[2],
            "level": row[3],
            "certification_number": row[4],
            "certification_expires": row[5],
            "endorsements": json.loads(str(row[6])),
            "active": bool(row[7]),
        }
    )
