"""The crew roster on this device (accounts table). Never commits: the unit of work does."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from epcr.security.accounts import Account
from epcr.store import audit


class AccountExists(ValueError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"account {account_id} already exists on this device")


class AccountNotFound(LookupError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id} on this device")


_COLUMNS = "id, name, role, level, certification_number, certification_expires, endorsements, active"


class AccountRepository:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def add(self, account: Account, pin_hash: str, at: datetime, by: str) -> None:
        if self._db.execute("SELECT 1 FROM accounts WHERE id = ?", (account.id,)).fetchone():
            raise AccountExists(account.id)
        self._db.execute(
            f"INSERT INTO accounts ({_COLUMNS}, pin_hash, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_row(account), pin_hash, at.isoformat(), at.isoformat()),
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
        row = self._db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise AccountNotFound(account_id)
        return _account(row)

    def all(self) -> list[Account]:
        return [_account(r) for r in self._db.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY id")]

    def set_pin_hash(self, account_id: str, pin_hash: str, at: datetime) -> None:
        cursor = self._db.execute(
            "UPDATE accounts SET pin_hash = ?, updated_at = ? WHERE id = ?",
            (pin_hash, at.isoformat(), account_id),
        )
        if cursor.rowcount != 1:
            raise AccountNotFound(account_id)
        audit.record(self._db, at.isoformat(), account_id, "pin changed", None, f"accounts[{account_id}]")

    def deactivate(self, account_id: str, at: datetime, by: str) -> None:
        cursor = self._db.execute(
            "UPDATE accounts SET active = 0, updated_at = ? WHERE id = ?", (at.isoformat(), account_id)
        )
        if cursor.rowcount != 1:
            raise AccountNotFound(account_id)
        audit.record(self._db, at.isoformat(), by, "account removed", None, f"accounts[{account_id}]")

    # -- the station's roster --------------------------------------------------------------------------

    def station_verifiers(self) -> dict[str, str]:
        """account id -> the PIN verifier the station last sent, for members the roster manages."""
        return dict(self._db.execute("SELECT account_id, station_verifier FROM roster_members"))

    def apply_member(self, account: Account, verifier: str, revision: int, at: datetime) -> str | None:
        """One roster member onto this device; what changed, in words (None: nothing)."""
        stamp, actor, where = at.isoformat(), f"station roster {revision}", f"accounts[{account.id}]"
        before = self._db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account.id,)).fetchone()
        known = self.station_verifiers().get(account.id)
        change = None
        if before is None:
            if not account.active:
                return None  # removed before it ever reached this device
            self._db.execute(
                f"INSERT INTO accounts ({_COLUMNS}, pin_hash, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_row(account), verifier, stamp, stamp),
            )
            audit.record(
                self._db, stamp, actor, "account added", None, where, None, account.model_dump_json()
            )
            change = f"{account.id} added"
        else:
            old = _account(before)
            if old != account:
                self._db.execute(
                    "UPDATE accounts SET name = ?, role = ?, level = ?, certification_number = ?, "
                    "certification_expires = ?, endorsements = ?, active = ?, updated_at = ? WHERE id = ?",
                    (*_row(account)[1:], stamp, account.id),
                )
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
                self._db.execute(
                    "UPDATE accounts SET pin_hash = ?, updated_at = ? WHERE id = ?",
                    (verifier, stamp, account.id),
                )
                audit.record(self._db, stamp, actor, "pin set by the station", None, where)
                change = f"{change}, PIN set" if change else f"{account.id} PIN set"
        self._db.execute(
            "INSERT INTO roster_members (account_id, station_verifier, revision) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id) DO UPDATE SET station_verifier = excluded.station_verifier, "
            "revision = excluded.revision",
            (account.id, verifier, revision),
        )
        return change


def _row(a: Account) -> tuple[object, ...]:
    expires = a.certification_expires.isoformat() if a.certification_expires else None
    level = a.level.value if a.level else None
    return (
        a.id,
        a.name,
        a.role.value,
        level,
        a.certification_number,
        expires,
        json.dumps(a.endorsements),
        a.active,
    )


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
