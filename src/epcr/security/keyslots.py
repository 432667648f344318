"""Key slots: the database's random 256-bit key, wrapped once per account by a key derived from that account's
PIN and this device's secret (argon2id, HKDF, AES-256-GCM), and once by the admin recovery key. Like LUKS: any
crew member can open the database, a removed account cannot, and the key itself never touches the disk in the
clear. The device secret (epcr.security.device_secret) is kept outside the data folder, so the two files
alone, copied elsewhere, do not open with the right PIN; the recovery key alone still does.

The slot file sits beside the database (`epcr.sqlite3.keys`, mode 0600). It also holds each slot's
failed-attempt count, because a wrong PIN is detected before the database can be opened. That state is
authenticated: an HMAC keyed from the device secret covers the whole file, and a generation counted up at each
write is kept in the secret store too. A file edited, or an older copy put back, counts as the worst case
(every account locked) and is handed to the audit trail at the next login.

A crew member added by the station's roster gets a *sealed* slot: the station knows only the public half of a
key derived from the member's PIN (argon2id -> X25519), the device seals the database key to it (ECIES, then
bound to the device secret), and only that PIN on this device opens it (see docs/sync.md).

Every read-check-write runs under the file's lock (fcntl, across processes), the slow PIN check included: 20
wrong PINs typed at once are judged one after another and stop at the lockout, and the sync worker adding
roster slots never undoes a failure the login screen counted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from epcr.security.device_secret import DeviceSecrets, SecretStoreError, file_lock, write_private

if TYPE_CHECKING:
    from epcr.security.kdf import KdfParams
    from epcr.security.pin_keys import PinKey

FORMAT = "epcr-keyslots/2"  # /2: slots bound to the device secret, state under an HMAC, a generation
LEGACY_FORMAT = "epcr-keyslots/1"  # PIN-only slots, unauthenticated state: upgraded as accounts log in
MAX_FAILURES = 5  # wrong PINs in a row before the account locks
FIRST_LOCKOUT = timedelta(minutes=1)  # doubles with each lockout in a row, up to MAX_LOCKOUT
MAX_LOCKOUT = timedelta(hours=1)
WORST_LOCKOUTS = 7  # FIRST_LOCKOUT * 2**6 > MAX_LOCKOUT: a further wrong PIN keeps the longest lockout
RECOVERY = "_recovery"
KEY_FILE_SUFFIX = ".keys"
_MAC_PURPOSE = b"epcr key file mac"
_SLOT_PURPOSE = b"epcr pin slot"


def key_file_of(database: Path) -> Path:
    """The key slot file beside a database."""
    return database.with_name(database.name + KEY_FILE_SUFFIX)


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
    def __init__(self, account_id: str, until: datetime, altered: bool = False) -> None:
        why = (
            "the key file was altered, so it is locked"
            if altered
            else f"locked after {MAX_FAILURES} wrong PINs"
        )
        super().__init__(
            f"account {account_id} is {why} until {until.astimezone().strftime('%H:%M:%S')}; try again then, "
            "or use the recovery key"
        )
        self.account_id, self.until = account_id, until


class DeviceSecretMissing(KeySlotError):
    def __init__(self) -> None:
        super().__init__(
            "this database was set up on another device or its device secret is gone; use the recovery key "
            "(epcr recover)"
        )


@dataclass
class Slot:
    kdf: KdfParams | None  # None: the recovery slot (its key is already random, HKDF suffices)
    nonce: bytes = field(repr=False)
    wrapped: bytes = field(repr=False)
    failures: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None
    failed_at: list[str] = field(default_factory=list)  # ISO times, handed to the audit log at next login
    sealed: bytes | None = field(default=None, repr=False)  # roster slot: its ephemeral X25519 public key
    bound: bool = True  # the key-encryption key needs the device secret too (False: a slot from format /1)

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
            "bound": self.bound,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], legacy: bool = False) -> Slot:
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
            False if legacy else bool(data.get("bound", True)),
        )

    def lock_for_the_worst(self, now: datetime) -> None:
        """The state a tampered file is taken to hold: locked for the longest time, no attempt left."""
        self.failures = 0
        self.lockouts = max(self.lockouts, WORST_LOCKOUTS)
        self.locked_until = max(self.locked_until or now, now + MAX_LOCKOUT)


def new_database_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """256 random bits, printed once at set-up, in groups an admin can copy onto paper."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _aes(key: bytes | bytearray) -> Any:
    # Imported when a key is used, not when the login screen lists crew IDs: it keeps the first paint quick.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(bytes(key))


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _hkdf(material: bytes | bytearray, salt: bytes, info: bytes) -> bytearray:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return bytearray(HKDF(SHA256(), 32, salt=salt, info=info).derive(bytes(material)))


def _wipe(*keys: bytearray | None) -> None:
    for key in keys:
        if key is not None:
            key[:] = bytes(len(key))


def _sealed_kek(shared: bytes, ephemeral: bytes, file_id: bytes, account_id: str) -> bytearray:
    info = b"epcr roster slot" + ephemeral + account_id.encode("utf-8")
    return _hkdf(shared, file_id, info)


def _bind(kek: bytearray, device_key: bytearray, account_id: str) -> bytearray:
    """The key-encryption key of a slot bound to this device: HKDF over the PIN's key and the device key."""
    return _hkdf(bytes(kek) + bytes(device_key), b"", _SLOT_PURPOSE + b" " + account_id.encode("utf-8"))


def _pin_kek(pin: str, slot: Slot, file_id: bytes, account_id: str) -> bytearray:
    """The key from the PIN alone that (bound to the device) unwraps `slot`: argon2id, or the X25519 exchange
    for a sealed slot."""
    from epcr.security.kdf import derive_key

    assert slot.kdf is not None
    derived = bytearray(derive_key(pin, slot.kdf))
    if slot.sealed is None:
        return derived
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    try:
        shared = X25519PrivateKey.from_private_bytes(bytes(derived)).exchange(
            X25519PublicKey.from_public_bytes(slot.sealed)
        )
    finally:
        _wipe(derived)
    return _sealed_kek(shared, slot.sealed, file_id, account_id)


def _recovery_kek(recovery_key: str, file_id: bytes) -> bytearray:
    raw = recovery_key.replace("-", "").replace(" ", "").upper()
    try:
        material = base64.b32decode(raw + "=" * (-len(raw) % 8))
    except ValueError:
        raise KeySlotError(
            "that is not a recovery key (letters A-Z and digits 2-7 in groups of four)"
        ) from None
    return _hkdf(material, file_id, b"epcr recovery slot")


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(
        {k: v for k, v in data.items() if k != "mac"}, sort_keys=True, separators=(",", ":")
    ).encode()


@dataclass
class _State:
    """What the key file says about itself besides its slots."""

    format: str = FORMAT
    generation: int = 0
    altered: list[dict[str, str]] = field(default_factory=list)  # tampering noticed, for the audit log
    data: dict[str, Any] = field(default_factory=dict, repr=False)  # the file as read (for its MAC)


class KeySlots:
    def __init__(
        self, path: Path, file_id: bytes, slots: dict[str, Slot], state: _State | None = None
    ) -> None:
        self.path, self.file_id, self.slots = path, file_id, slots
        self._state = state or _State()

    def __repr__(self) -> str:
        return f"KeySlots({self.path}, accounts={self.accounts()})"

    @property
    def secrets(self) -> DeviceSecrets:
        return DeviceSecrets(self.file_id)

    @property
    def _place(self) -> str:
        # The generation is kept per place: a copy set up elsewhere on this machine counts its own writes.
        return os.path.realpath(self.path)

    # -- file -------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, database_key: bytes, recovery_key: str) -> KeySlots:
        """A new key file with the recovery slot, and a new device secret for it in the secret store."""
        if path.exists():
            raise KeySlotError(f"{path} already exists: this database is already set up")
        keys = cls(path, secrets.token_bytes(16), {})
        try:
            keys.secrets.create()
        except SecretStoreError as error:
            raise KeySlotError(f"device secret: {error}") from None
        nonce = secrets.token_bytes(12)
        kek = _recovery_kek(recovery_key, keys.file_id)
        try:
            wrapped = _aes(kek).encrypt(nonce, database_key, keys._aad(RECOVERY))
        finally:
            _wipe(kek)
        keys.slots[RECOVERY] = Slot(None, nonce, wrapped)
        with keys._locked():
            keys.save()
        return keys

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """The key file as it stands (no secret needed: the login screen lists crew IDs from it). A key file
        readable by others is tightened to 0600 here."""
        try:
            text = path.read_text(encoding="utf-8")
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                os.chmod(path, 0o600)
            data = json.loads(text)
        except FileNotFoundError:
            raise KeySlotError(f"no key file {path}: the database is not set up (epcr init)") from None
        except (OSError, ValueError) as error:
            raise KeySlotError(f"{path} is unreadable: {type(error).__name__}") from None
        kind = data.get("format") if isinstance(data, dict) else None
        if kind not in (FORMAT, LEGACY_FORMAT):
            raise KeySlotError(f"{path} is not an epcr key file ({FORMAT})")
        legacy = kind == LEGACY_FORMAT
        try:
            slots = {k: Slot.from_json(v, legacy) for k, v in data["slots"].items()}
            state = _State(
                kind,
                int(data.get("generation", 0)),
                [dict(a) for a in data.get("altered", [])],
                data,
            )
            return cls(path, bytes.fromhex(data["file_id"]), slots, state)
        except (KeyError, ValueError, TypeError, AttributeError):
            raise KeySlotError(f"{path} is damaged: its slots cannot be read; use the recovery key") from None

    def save(self) -> None:
        """Write (the caller holds the lock): generation up by one, HMAC over it all, mode 0600, the temporary
        file fsynced and renamed (a crash leaves the old slots or the new, never half), then the generation in
        the secret store. A crash between the two leaves the file ahead of the store, which is accepted."""
        stored = self.secrets.generation(self._place)
        if stored is None:
            raise DeviceSecretMissing()
        generation = max(self._state.generation, stored) + 1
        data: dict[str, Any] = {
            "format": FORMAT,
            "file_id": self.file_id.hex(),
            "generation": generation,
            "altered": self._state.altered,
            "slots": {k: v.as_json() for k, v in self.slots.items()},
        }
        data["mac"] = self._mac(data)
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True))
        with self.secrets.changing() as entry:
            if entry is None:
                raise DeviceSecretMissing()
            entry.generations[self._place] = max(entry.generations.get(self._place, 0), generation)
        self._state = _State(FORMAT, generation, self._state.altered, data)

    def _mac(self, data: dict[str, Any]) -> str:
        key = self.secrets.key(_MAC_PURPOSE)
        if key is None:
            raise DeviceSecretMissing()
        try:
            return hmac.new(bytes(key), _canonical(data), hashlib.sha256).hexdigest()
        finally:
            _wipe(key)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with file_lock(self.path.with_name(self.path.name + ".lock")):
                yield
        except SecretStoreError as error:
            raise KeySlotError(f"device secret: {error}") from None

    def _refresh(self, now: datetime) -> None:
        """Re-read the file (the caller holds the lock) and check it against the secret store. A file whose
        HMAC fails or whose generation is behind the store's is taken at its worst: every account locked, and
        the alteration noted for the audit log; it is written back at once, signed again."""
        fresh = KeySlots.load(self.path)
        self.slots, self._state = fresh.slots, fresh._state
        if self.file_id != fresh.file_id:
            raise KeySlotError(f"{self.path} now belongs to another database; log in again")
        stored = self.secrets.generation(self._place)
        why = None
        if self._state.format == LEGACY_FORMAT:
            if stored is None:  # a device set up before device secrets: it gets one now
                self.secrets.create()
            elif stored > 0:
                why = "an older key file (format 1) was put back in place of this one"
            self.save()  # signed from now on; its slots are bound at each account's next login
        elif stored is None:
            raise DeviceSecretMissing()
        elif not hmac.compare_digest(self._mac(self._state.data), str(self._state.data.get("mac", ""))):
            why = "the key file was edited: its authentication code does not match"
        elif self._state.generation < stored:
            why = "an older copy of the key file was put back (rolled back)"
        if why is not None:
            for account_id, slot in self.slots.items():
                if account_id != RECOVERY:
                    slot.lock_for_the_worst(now)
            self._state.altered.append({"at": now.isoformat(), "why": why})
            self.save()

    @contextmanager
    def _changing(self, now: datetime | None = None) -> Iterator[None]:
        """Re-read and check the file under the lock, let the caller change the slots, write them back."""
        with self._locked():
            self._refresh(now or datetime.now(UTC))
            yield
            self.save()

    # -- slots ------------------------------------------------------------------------------------------

    def accounts(self) -> list[str]:
        return sorted(k for k in self.slots if k != RECOVERY)

    def _device_key(self) -> bytearray:
        key = self.secrets.key(_SLOT_PURPOSE)
        if key is None:
            raise DeviceSecretMissing()
        return key

    def _wrap_for(
        self, account_id: str, kek: bytearray, database_key: bytes | bytearray
    ) -> tuple[bytes, bytes]:
        """(nonce, wrapped) of the database key under `kek` bound to this device."""
        device_key = self._device_key()
        bound = _bind(kek, device_key, account_id)
        try:
            nonce = secrets.token_bytes(12)
            return nonce, _aes(bound).encrypt(nonce, bytes(database_key), self._aad(account_id))
        finally:
            _wipe(device_key, bound)

    def add(self, account_id: str, pin: str, database_key: bytes | bytearray) -> None:
        """Give an account its own wrapped copy of the key (the slow derivation runs once, here)."""
        from epcr.security.kdf import KdfParams, derive_key

        params = KdfParams.fresh()
        kek = bytearray(derive_key(pin, params))
        try:
            with self._changing():
                nonce, wrapped = self._wrap_for(account_id, kek, database_key)
                self.slots[account_id] = Slot(params, nonce, wrapped)
        finally:
            _wipe(kek)

    def apply_roster(
        self, seal: dict[str, PinKey], remove: set[str], database_key: bytes | bytearray
    ) -> None:
        """Roster members' slots in one write: each in `seal` sealed to its PIN key, each in `remove` gone.

        No PIN is needed here (the device never learns it), only the public half of the PIN's key; the
        sealed key is bound to the device secret as well.
        """
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

        with self._changing():
            for account_id, pin_key in seal.items():
                ephemeral = X25519PrivateKey.generate()
                sealed = ephemeral.public_key().public_bytes_raw()
                shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(pin_key.public))
                kek = _sealed_kek(shared, sealed, self.file_id, account_id)
                try:
                    nonce, wrapped = self._wrap_for(account_id, kek, database_key)
                finally:
                    _wipe(kek)
                self.slots[account_id] = Slot(pin_key.params, nonce, wrapped, sealed=sealed)
            for account_id in remove - {RECOVERY}:
                self.slots.pop(account_id, None)

    def remove(self, account_id: str) -> None:
        with self._changing():
            if account_id not in self.slots or account_id == RECOVERY:
                raise UnknownAccount(account_id)
            del self.slots[account_id]

    def unlock(self, account_id: str, pin: str, now: datetime | None = None) -> bytes:
        """The database key, if `pin` is this account's; wrong PINs count towards a lockout. The whole check,
        the slow derivation included, runs under the file's lock: attempts are judged one at a time."""
        now = now or datetime.now(UTC)
        with self._locked():
            self._refresh(now)
            slot = self.slots.get(account_id)
            if slot is None or slot.kdf is None:
                raise UnknownAccount(account_id)
            if slot.locked_until is not None and now < slot.locked_until:
                raise AccountLocked(account_id, slot.locked_until, bool(self._state.altered))
            kek = _pin_kek(pin, slot, self.file_id, account_id)
            try:
                key = self._open(account_id, slot, kek, now)
                changed = False
                if (
                    not slot.bound
                ):  # a slot from format /1: bound to the device secret now (no new derivation)
                    slot.nonce, slot.wrapped = self._wrap_for(account_id, kek, key)
                    slot.bound, changed = True, True
                if slot.failures or slot.lockouts or slot.locked_until:
                    slot.failures, slot.lockouts, slot.locked_until = 0, 0, None
                    changed = True
                if changed:
                    self.save()
            finally:
                _wipe(kek)
        return key

    def _open(self, account_id: str, slot: Slot, kek: bytearray, now: datetime) -> bytes:
        """The database key from `slot`, or the failure counted (and written) and WrongPin raised."""
        device_key = self._device_key() if slot.bound else None
        opening = _bind(kek, device_key, account_id) if device_key is not None else kek
        try:
            key: bytes = _aes(opening).decrypt(slot.nonce, slot.wrapped, self._aad(account_id))
            return key
        except _invalid_tag():
            slot.failures += 1
            slot.failed_at.append(now.isoformat())
            left = MAX_FAILURES - slot.failures
            if left <= 0:
                slot.lockouts += 1
                slot.locked_until = now + min(FIRST_LOCKOUT * 2 ** (slot.lockouts - 1), MAX_LOCKOUT)
                slot.failures = 0
            self.save()
            raise WrongPin(account_id, max(left, 0)) from None
        finally:
            if device_key is not None:
                _wipe(device_key, opening)

    def take_failed_attempts(self, account_id: str) -> list[str]:
        """Failed-login times recorded while the database was closed, once, for the audit log."""
        with self._locked():
            self._refresh(datetime.now(UTC))
            slot = self.slots.get(account_id)
            if slot is None or not slot.failed_at:
                return []
            failed, slot.failed_at = slot.failed_at, []
            self.save()
        return failed

    def take_alterations(self) -> list[dict[str, str]]:
        """Tampering with the key file noticed since the last login (when, what), once, for the audit log."""
        with self._locked():
            self._refresh(datetime.now(UTC))
            altered, self._state.altered = self._state.altered, []
            if altered:
                self.save()
        return altered

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The database key from the recovery key alone (256 random bits: no device secret, no lockout)."""
        slot = self.slots.get(RECOVERY)
        if slot is None:
            raise KeySlotError(f"{self.path} has no recovery slot")
        kek = _recovery_kek(recovery_key, self.file_id)
        try:
            key: bytes = _aes(kek).decrypt(slot.nonce, slot.wrapped, self._aad(RECOVERY))
            return key
        except _invalid_tag():
            raise KeySlotError("wrong recovery key") from None
        finally:
            _wipe(kek)

    def adopt(self, now: datetime | None = None) -> list[str]:
        """After the recovery key opened the database on a device without its secret: a new device secret,
        and the slots bound to the old one (useless here) removed. Returns the accounts removed. Call only
        with the recovery key verified."""
        now = now or datetime.now(UTC)
        try:
            if self.secrets.exists():
                return []
            self.secrets.replace()
        except SecretStoreError as error:
            raise KeySlotError(f"device secret: {error}") from None
        with self._locked():
            fresh = KeySlots.load(self.path)
            self.slots, self._state = fresh.slots, fresh._state
            dropped = sorted(k for k, s in self.slots.items() if k != RECOVERY and s.bound)
            for account_id in dropped:
                del self.slots[account_id]
            self._state.altered.append(
                {"at": now.isoformat(), "why": "opened with the recovery key on a device without its secret"}
            )
            self.save()
        return dropped

    def _aad(self, account_id: str) -> bytes:
        # Binds each wrapped key to this file and this account: slots cannot be swapped or replayed elsewhere.
        return self.file_id + account_id.encode("utf-8")
