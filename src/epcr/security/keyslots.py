"""Key slots: the database's random 256-bit key, wrapped once per account by a key derived from that account's
PIN (argon2id + AES-256-GCM), and once by the admin recovery key. Like LUKS: any crew member can open the
database, a removed account cannot, and the key itself never touches the disk in the clear.

The slot file sits beside the database (`epcr.sqlite3.keys`). It also holds each slot's failed-attempt count,
because a wrong PIN is detected before the database can be opened.

A crew member added by the station's roster gets a *sealed* slot: the station knows only the public half of a
key derived from the member's PIN (argon2id -> X25519), the device seals the database key to it (ECIES), and
only that PIN opens it. Neither side ever holds something that unlocks the other (see docs/sync.md).

Every change re-reads the file under a lock first: the sync worker adds roster slots while the login screen
or the lock screen counts wrong PINs, and neither may undo the other's write.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from epcr.security.kdf import KdfParams
    from epcr.security.pin_keys import PinKey

FORMAT = "epcr-keyslots/1"
MAX_FAILURES = 5  # wrong PINs in a row before the account locks
FIRST_LOCKOUT = timedelta(minutes=1)  # doubles with each lockout in a row, up to MAX_LOCKOUT
MAX_LOCKOUT = timedelta(hours=1)
RECOVERY = "_recovery"


class KeySlotError(Exception):
    pass


class UnknownAccount(KeySlotError):
    def __init__(self, account_id: str) -> None:
        super().__init__(f"no account {account_id!r} on this device")
        self.account_id = account_id


class WrongPin(KeySlotError):
    def __init__(self, account_id: str, left: int) -> None:
        more = f"{left} attempt(s) left before the account locks" if left else "the account is now locked"
        super().__init__(f"wrong PIN for {account_id}: {more}")
        self.account_id, self.attempts_left = account_id, left


class AccountLocked(KeySlotError):
    def __init__(self, account_id: str, until: datetime) -> None:
        super().__init__(
            f"account {account_id} is locked after {MAX_FAILURES} wrong PINs until "
            f"{until.astimezone().strftime('%H:%M:%S')}; try again then"
        )
        self.account_id, self.until = account_id, until


@dataclass
class Slot:
    kdf: KdfParams | None  # None: the recovery slot (its key is already random, HKDF suffices)
    nonce: bytes
    wrapped: bytes
    failures: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None
    failed_at: list[str] = field(default_factory=list)  # ISO times, handed to the audit log at next login
    sealed: bytes | None = None  # roster slot: the ephemeral X25519 public key it was sealed with

    def as_json(self) -> dict[str, Any]:
        return {
            "kdf": self.kdf.as_json() if self.kdf else None,
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
            "failures": self.failures,
            "lockouts": self.lockouts,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "failed_at": self.failed_at,
            "sealed": self.sealed.hex() if self.sealed else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        from epcr.security.kdf import KdfParams

        until = data.get("locked_until")
        return cls(
            KdfParams.from_json(data["kdf"]) if data.get("kdf") else None,
            bytes.fromhex(data["nonce"]),
            bytes.fromhex(data["wrapped"]),
            int(data.get("failures", 0)),
            int(data.get("lockouts", 0)),
            datetime.fromisoformat(until) if until else None,
            list(data.get("failed_at", [])),
            bytes.fromhex(data["sealed"]) if data.get("sealed") else None,
        )


def new_database_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """256 random bits, printed once at set-up, in groups an admin can copy onto paper."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _aes(key: bytes) -> Any:
    # Imported when a key is used, not when the login screen lists crew IDs: it keeps the first paint quick.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _kek(pin: str, params: KdfParams) -> bytes:
    from epcr.security.kdf import derive_key

    return derive_key(pin, params)


def _sealed_kek(shared: bytes, ephemeral: bytes, file_id: bytes, account_id: str) -> bytes:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"epcr roster slot" + ephemeral + account_id.encode("utf-8")
    return HKDF(SHA256(), 32, salt=file_id, info=info).derive(shared)


def _pin_kek(pin: str, slot: Slot, file_id: bytes, account_id: str) -> bytes:
    """The key that unwraps `slot`: from the PIN, or through the X25519 exchange for a sealed slot."""
    assert slot.kdf is not None
    derived = _kek(pin, slot.kdf)
    if slot.sealed is None:
        return derived
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    shared = X25519PrivateKey.from_private_bytes(derived).exchange(
        X25519PublicKey.from_public_bytes(slot.sealed)
    )
    return _sealed_kek(shared, slot.sealed, file_id, account_id)


_FILE_LOCK = threading.Lock()  # one writer per process; fcntl below keeps other processes out too


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with _FILE_LOCK, open(path.with_name(path.name + ".lock"), "a") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: the thread lock is what there is
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _recovery_kek(recovery_key: str, file_id: bytes) -> bytes:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw = recovery_key.replace("-", "").replace(" ", "").upper()
    try:
        material = base64.b32decode(raw + "=" * (-len(raw) % 8))
    except ValueError:
        raise KeySlotError(
            "that is not a recovery key (letters A-Z and digits 2-7 in groups of four)"
        ) from None
    return HKDF(SHA256(), 32, salt=file_id, info=b"epcr recovery slot").derive(material)


class KeySlots:
    def __init__(self, path: Path, file_id: bytes, slots: dict[str, Slot]) -> None:
        self.path, self.file_id, self.slots = path, file_id, slots

    # -- file -------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, database_key: bytes, recovery_key: str) -> KeySlots:
        if path.exists():
            raise KeySlotError(f"{path} already exists: this database is already set up")
        keys = cls(path, secrets.token_bytes(16), {})
        nonce = secrets.token_bytes(12)
        wrapped = _aes(_recovery_kek(recovery_key, keys.file_id)).encrypt(
            nonce, database_key, keys._aad(RECOVERY)
        )
        keys.slots[RECOVERY] = Slot(None, nonce, wrapped)
        keys.save()
        return keys

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeySlotError(f"no key file {path}: the database is not set up (epcr init)") from None
        except (OSError, ValueError) as error:
            raise KeySlotError(f"{path} is unreadable: {error}") from None
        if data.get("format") != FORMAT:
            raise KeySlotError(f"{path} is not an epcr key file ({FORMAT})")
        return cls(
            path, bytes.fromhex(data["file_id"]), {k: Slot.from_json(v) for k, v in data["slots"].items()}
        )

    def save(self) -> None:
        """Write to a temporary file, fsync, rename: a crash leaves the old slots or the new, never half."""
        data = {
            "format": FORMAT,
            "file_id": self.file_id.hex(),
            "slots": {k: v.as_json() for k, v in self.slots.items()},
        }
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    # -- slots ------------------------------------------------------------------------------------------

    @contextmanager
    def _changing(self) -> Iterator[None]:
        """Re-read the file under the lock, let the caller change the slots, write them back."""
        with _exclusive(self.path):
            if self.path.exists():
                self.slots = KeySlots.load(self.path).slots
            yield
            self.save()

    def accounts(self) -> list[str]:
        return sorted(k for k in self.slots if k != RECOVERY)

    def add(self, account_id: str, pin: str, database_key: bytes) -> None:
        """Give an account its own wrapped copy of the key (the slow derivation runs once, here)."""
        from epcr.security.kdf import KdfParams

        params = KdfParams.fresh()
        nonce = secrets.token_bytes(12)
        wrapped = _aes(_kek(pin, params)).encrypt(nonce, database_key, self._aad(account_id))
        with self._changing():
            self.slots[account_id] = Slot(params, nonce, wrapped)

    def apply_roster(self, seal: dict[str, PinKey], remove: set[str], database_key: bytes) -> None:
        """Roster members' slots in one write: each in `seal` sealed to its PIN key, each in `remove` gone.

        No PIN is needed here (the device never learns it), only the public half of the PIN's key.
        """
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

        made = {}
        for account_id, pin_key in seal.items():
            ephemeral = X25519PrivateKey.generate()
            sealed = ephemeral.public_key().public_bytes_raw()
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(pin_key.public))
            nonce = secrets.token_bytes(12)
            kek = _sealed_kek(shared, sealed, self.file_id, account_id)
            wrapped = _aes(kek).encrypt(nonce, database_key, self._aad(account_id))
            made[account_id] = Slot(pin_key.params, nonce, wrapped, sealed=sealed)
        with self._changing():
            self.slots.update(made)
            for account_id in remove - {RECOVERY}:
                self.slots.pop(account_id, None)

    def remove(self, account_id: str) -> None:
        with self._changing():
            if account_id not in self.slots or account_id == RECOVERY:
                raise UnknownAccount(account_id)
            del self.slots[account_id]

    def unlock(self, account_id: str, pin: str, now: datetime | None = None) -> bytes:
        """The database key, if `pin` is this account's; wrong PINs count towards a lockout."""
        now = now or datetime.now(UTC)
        with _exclusive(self.path):
            self.slots = KeySlots.load(self.path).slots
        slot = self.slots.get(account_id)
        if slot is None or slot.kdf is None:
            raise UnknownAccount(account_id)
        if slot.locked_until is not None and now < slot.locked_until:
            raise AccountLocked(account_id, slot.locked_until)
        try:
            kek = _pin_kek(pin, slot, self.file_id, account_id)
            key: bytes = _aes(kek).decrypt(slot.nonce, slot.wrapped, self._aad(account_id))
        except _invalid_tag():
            with self._changing():
                slot = self.slots[account_id]
                slot.failures += 1
                slot.failed_at.append(now.isoformat())
                left = MAX_FAILURES - slot.failures
                if left <= 0:
                    slot.lockouts += 1
                    slot.locked_until = now + min(FIRST_LOCKOUT * 2 ** (slot.lockouts - 1), MAX_LOCKOUT)
                    slot.failures = 0
            raise WrongPin(account_id, max(left, 0)) from None
        if slot.failures or slot.lockouts or slot.locked_until:
            with self._changing():
                slot = self.slots[account_id]
                slot.failures, slot.lockouts, slot.locked_until = 0, 0, None
        return key

    def take_failed_attempts(self, account_id: str) -> list[str]:
        """Failed-login times recorded while the database was closed, once, for the audit log."""
        with _exclusive(self.path):
            self.slots = KeySlots.load(self.path).slots
            slot = self.slots.get(account_id)
            if slot is None or not slot.failed_at:
                return []
            failed, slot.failed_at = slot.failed_at, []
            self.save()
        return failed

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        slot = self.slots[RECOVERY]
        try:
            key: bytes = _aes(_recovery_kek(recovery_key, self.file_id)).decrypt(
                slot.nonce, slot.wrapped, self._aad(RECOVERY)
            )
            return key
        except _invalid_tag():
            raise KeySlotError("wrong recovery key") from None

    def _aad(self, account_id: str) -> bytes:
        # Binds each wrapped key to this file and this account: slots cannot be swapped or replayed elsewhere.
        return self.file_id + account_id.encode("utf-8")
