"""This device's data folder: the encrypted database and its key slots, set up once and opened per login. The
device secret that the key slots also need is kept outside it (epcr.security.device_secret)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from epcr.security.keyslots import (
    KeySlotError,
    KeySlots,
    key_file_of,
    new_database_key,
    new_recovery_key,
)
from epcr.security.roles import Action, NotPermitted, Role

if TYPE_CHECKING:  # the store loads when a database is opened, not when the login screen asks for paths
    from epcr.security.accounts import Account
    from epcr.session import Session
    from epcr.store.database import Clock, Database


def _now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC)


DB_FILE = "epcr.sqlite3"


@dataclass(frozen=True)
class Device:
    database: Path

    @classmethod
    def at(cls, home: Path) -> Device:
        return cls(home / DB_FILE)

    @property
    def keys(self) -> Path:
        return key_file_of(self.database)

    @property
    def home(self) -> Path:
        return self.database.parent

    def _tighten(self) -> None:
        """The database and its -wal/-shm owner-only, as an earlier version may have left them 0644."""
        for path in (
            self.database,
            *(self.database.with_name(self.database.name + e) for e in ("-wal", "-shm")),
        ):
            try:
                if stat.S_IMODE(path.stat().st_mode) & 0o077:
                    os.chmod(path, 0o600)
            except FileNotFoundError:
                continue

    def is_set_up(self) -> bool:
        return self.keys.exists()

    def set_up(self, admin: Account, pin: str, clock: Clock = _now) -> tuple[Session, str]:
        """A new encrypted database with its first (admin) account. Returns the session and the recovery key,
        which is shown once and never stored."""
        from epcr.security.accounts import check_pin
        from epcr.security.kdf import hash_pin
        from epcr.session import Session
        from epcr.store.database import Database

        if admin.role is not Role.ADMIN:
            raise NotPermitted(admin.id, admin.role, Action.ROSTER, "the first account must be an admin")
        check_pin(pin)
        if self.database.exists() or self.keys.exists():
            raise KeySlotError(f"{self.database} already exists: log in instead, or choose another --db")
        self._check_secrets_outside()
        if not self.home.exists():  # a folder we make is the owner's alone; one chosen stays as it is
            self.home.mkdir(parents=True, mode=0o700)
        database_key, recovery_key = new_database_key(), new_recovery_key()
        slots = KeySlots.create(
            self.keys, database_key, recovery_key
        )  # first: a crash after it is recoverable
        # SQLite gives -wal and -shm the database file's mode: made 0600 before SQLite opens it.
        os.close(os.open(self.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        db = Database(self.database, clock=clock, key=database_key)
        db.add_account(admin, hash_pin(pin), admin.id)
        slots.add(admin.id, pin, database_key)
        db.record_event(admin.id, "device set up")
        db.record_event(admin.id, "login")
        return Session(db, admin, slots, database_key), recovery_key

    def log_in(self, account_id: str, pin: str, clock: Clock = _now) -> Session:
        """Open the database with this account's PIN (the slow key derivation runs here, once)."""
        from epcr.session import Session
        from epcr.store.database import Database

        slots = KeySlots.load(self.keys)
        database_key = slots.unlock(account_id, pin, clock())
        self._tighten()
        db = Database(self.database, clock=clock, key=database_key)
        try:
            account = db.account(account_id)
            if not account.active:
                raise NotPermitted(account_id, account.role, Action.REPORT_VIEW, "this account was removed")
            for failed in slots.take_failed_attempts(account_id):  # wrong PINs typed while it was closed
                db.record_event(account_id, "failed login", detail={"at": failed})
            for altered in slots.take_alterations():  # the key file edited or rolled back since
                db.record_event(account_id, "key file lockout state was altered", detail=altered)
            _move_tokens_out(db)
            db.record_event(account_id, "login")
        except BaseException:
            db.close()
            raise
        return Session(db, account, slots, database_key)

    def recover(self, recovery_key: str, admin: Account, pin: str, clock: Clock = _now) -> Session:
        """The admin recovery key opens the database and gives `admin` a (new) key slot and PIN."""
        from epcr.security.accounts import check_pin
        from epcr.security.kdf import hash_pin
        from epcr.session import Session
        from epcr.store.database import Database

        check_pin(pin)
        slots = KeySlots.load(self.keys)
        database_key = slots.unlock_with_recovery(recovery_key)
        dropped = slots.adopt(clock())  # on a device without this database's secret: a new one, here
        db = Database(self.database, clock=clock, key=database_key)
        if dropped:
            db.record_event(
                admin.id,
                "key slots removed: bound to another device's secret",
                detail={"accounts": dropped, "at": clock().isoformat()},
            )
        accounts = {a.id: a for a in db.accounts()}
        if admin.id not in accounts:
            db.add_account(admin, hash_pin(pin), admin.id)
        elif accounts[admin.id].role is not Role.ADMIN:
            db.close()
            raise NotPermitted(
                admin.id, accounts[admin.id].role, Action.ROSTER, "recovery restores admins only"
            )
        else:
            db.set_pin_hash(admin.id, hash_pin(pin))
        slots.add(admin.id, pin, database_key)
        db.record_event(
            admin.id, "recovered with the recovery key", detail={"at": datetime.now().isoformat()}
        )
        return Session(db, db.account(admin.id), slots, database_key)

    def _check_secrets_outside(self) -> None:
        """The device secret must not sit in the data folder: a copy of the folder would carry it along."""
        from epcr.security.device_secret import secrets_dir

        folder, home = secrets_dir().resolve(), self.home.resolve()
        if folder == home or home in folder.parents:
            raise KeySlotError(
                f"EPCR_SECRETS_DIR: {folder} is inside the data folder {home}; choose a folder outside it"
            )


def _move_tokens_out(db: Database) -> None:
    """Station tokens still in the database (from before the device secret store kept them) move there now;
    a secret store that does not answer leaves them for the next login and does not stop this one."""
    from epcr.security.device_secret import SecretStoreError
    from epcr.store.links import TokenVaultError

    try:
        db.station_link()
        db.qa_link()
    except (SecretStoreError, TokenVaultError):
        pass
