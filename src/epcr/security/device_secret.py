"""The device secret: 32 random bytes made when a database is set up, kept outside its data folder.

Every PIN key slot's key-encryption key needs the PIN **and** this secret, so the data folder alone (the
database and its key file, copied or stolen) does not open with the right PIN. The secret lives in the OS
keyring (`keyring`, service "epcr", one entry per database named by the key file's file_id) when a working
backend exists, else in a file of mode 0600 in a folder of mode 0700 under the per-user state folder
(`$EPCR_SECRETS_DIR` overrides it). Beside the secret the entry keeps the key file's generation (so an older
copy of the key file put back is noticed) and the station tokens, encrypted under a key derived from it.

Read-modify-write of an entry runs under a lock file in the secrets folder (fcntl), so the login screen, the
sync worker and a CLI command beside the app never undo each other's change.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from epcr.folders import sync_folder

SERVICE = "epcr"
SECRETS_DIR_ENV = "EPCR_SECRETS_DIR"
SECRET_BYTES = 32
_NOT_WORKING = ("keyring.backends.fail", "keyring.backends.null")


class SecretStoreError(Exception):
    """The secret store could not be read or written; the message says which and why (never a secret)."""


def secrets_dir() -> Path:
    """`$EPCR_SECRETS_DIR`, else the per-user state folder's `epcr-secrets` (never a device's data folder)."""
    if folder := os.environ.get(SECRETS_DIR_ENV):
        return Path(folder)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home()) / "epcr-secrets"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "epcr-secrets"
    # XDG state, not data: this folder must not be backed up or copied along with the data folder.
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "epcr-secrets"


def _keyring() -> Any | None:
    """The OS keyring when a working backend exists (not keyring's fail or null backend), else None."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if type(backend).__module__.startswith(_NOT_WORKING):
        return None
    if isinstance(backend, ChainerBackend) and not backend.backends:
        return None
    return backend


def _private_folder(folder: Path) -> Path:
    """`folder` made (or tightened) to mode 0700."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if stat.S_IMODE(folder.stat().st_mode) != 0o700:
        os.chmod(folder, 0o700)
    return folder


def write_private(path: Path, text: str) -> None:
    """Write `text` as a file of mode 0600: a temporary file, fsync, rename (never half a file)."""
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(descriptor, 0o600)  # an older temporary file may have been looser
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            descriptor = -1
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        if descriptor != -1:
            os.close(descriptor)
    os.replace(temporary, path)
    sync_folder(path.parent)


_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` (created 0600) across threads and processes (fcntl where it exists)."""
    with _THREAD_LOCKS_GUARD:
        thread_lock = _THREAD_LOCKS.setdefault(str(path.resolve()), threading.Lock())
    with thread_lock:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if stat.S_IMODE(os.fstat(descriptor).st_mode) != 0o600:
                os.fchmod(descriptor, 0o600)
            try:
                import fcntl
            except ImportError:  # Windows: the thread lock is what there is
                yield
                return
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)


@dataclass
class Entry:
    """One database's entry: the secret, the key file's generation per place it lives, sealed tokens."""

    secret: bytearray = field(repr=False)
    generations: dict[str, int] = field(default_factory=dict)
    tokens: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def as_text(self) -> str:
        return json.dumps(
            {"secret": self.secret.hex(), "generations": self.generations, "tokens": self.tokens},
            sort_keys=True,
        )

    @classmethod
    def from_text(cls, text: str) -> Entry:
        data = json.loads(text)
        secret = bytearray.fromhex(data["secret"])
        if len(secret) != SECRET_BYTES:
            raise ValueError("the device secret is not 32 bytes")
        generations = {str(k): int(v) for k, v in dict(data.get("generations", {})).items()}
        return cls(secret, generations, dict(data.get("tokens", {})))

    def wipe(self) -> None:
        self.secret[:] = bytes(len(self.secret))


class DeviceSecrets:
    """The secret store entry of the database whose key file has `file_id`."""

    def __init__(self, file_id: bytes, folder: Path | None = None) -> None:
        self.file_id = file_id
        self.name = file_id.hex()
        self.folder = folder or secrets_dir()

    def __repr__(self) -> str:
        return f"DeviceSecrets({self.name}, {self.folder})"

    @property
    def _file(self) -> Path:
        return self.folder / f"{self.name}.json"

    # -- reading and writing an entry, wherever it is kept --------------------------------------------

    def _read(self) -> tuple[Entry | None, str]:
        """The entry and where it was found ("keyring" or "file"); (None, where a new one would go)."""
        backend = _keyring()
        if backend is not None:
            try:
                text = backend.get_password(SERVICE, self.name)
            except Exception as error:  # a locked or absent keyring daemon: say so, never guess
                raise SecretStoreError(
                    f"the OS keyring did not answer ({type(error).__name__}); unlock it and try again"
                ) from None
            if text:
                return self._parse(text, "the keyring entry"), "keyring"
        try:
            text = self._file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, "keyring" if backend is not None else "file"
        except OSError as error:
            raise SecretStoreError(f"{self._file} is unreadable ({error.strerror})") from None
        return self._parse(text, str(self._file)), "file"

    def _parse(self, text: str, where: str) -> Entry:
        try:
            return Entry.from_text(text)
        except (ValueError, KeyError, TypeError):
            raise SecretStoreError(f"{where} of this database's device secret is damaged") from None

    def _write(self, entry: Entry, where: str) -> None:
        if where == "keyring":
            backend = _keyring()
            if backend is None:
                raise SecretStoreError("the OS keyring that holds this device secret is gone")
            try:
                backend.set_password(SERVICE, self.name, entry.as_text())
            except Exception as error:
                raise SecretStoreError(
                    f"the OS keyring refused the device secret ({type(error).__name__})"
                ) from None
            return
        _private_folder(self.folder)
        write_private(self._file, entry.as_text())

    @contextmanager
    def changing(self) -> Iterator[Entry | None]:
        """The entry under the store's lock, written back when the block ends without an error."""
        _private_folder(self.folder)
        with file_lock(self.folder / f"{self.name}.lock"):
            entry, where = self._read()
            before = entry.as_text() if entry else None
            try:
                yield entry
                if entry is not None and entry.as_text() != before:
                    self._write(entry, where)
            finally:
                if entry is not None:
                    entry.wipe()

    # -- the secret -------------------------------------------------------------------------------------

    def create(self) -> None:
        """A new secret for this database (set-up, or taking over a data folder with the recovery key)."""
        _private_folder(self.folder)
        with file_lock(self.folder / f"{self.name}.lock"):
            entry, where = self._read()
            if entry is not None:
                entry.wipe()
                raise SecretStoreError("this database already has a device secret here")
            fresh = Entry(bytearray(secrets.token_bytes(SECRET_BYTES)))
            try:
                self._write(fresh, where)
            finally:
                fresh.wipe()

    def replace(self) -> None:
        """A new secret in place of a lost one: the old entry (if any) and its tokens are dropped."""
        _private_folder(self.folder)
        with file_lock(self.folder / f"{self.name}.lock"):
            entry, where = self._read()
            fresh = Entry(bytearray(secrets.token_bytes(SECRET_BYTES)))
            try:
                self._write(fresh, where)
            finally:
                fresh.wipe()
                if entry is not None:
                    entry.wipe()

    def exists(self) -> bool:
        entry, _ = self._read()
        if entry is None:
            return False
        entry.wipe()
        return True

    def key(self, purpose: bytes) -> bytearray | None:
        """A 256-bit key for `purpose`, derived from the secret (HKDF-SHA256, salted with the file_id)."""
        entry, _ = self._read()
        if entry is None:
            return None
        try:
            return _derive(entry.secret, self.file_id, purpose)
        finally:
            entry.wipe()

    def generation(self, place: str) -> int | None:
        entry, _ = self._read()
        if entry is None:
            return None
        entry.wipe()
        return entry.generations.get(place, 0)

    # -- station tokens, sealed under a key from the secret ---------------------------------------------

    def put_token(self, name: str, token: str | None) -> None:
        """Keep (None: forget) the token called `name`, encrypted under a key derived from the secret."""
        with self.changing() as entry:
            if entry is None:
                raise SecretStoreError(
                    "this database has no device secret here; it was set up on another device"
                )
            if token is None:
                entry.tokens.pop(name, None)
                return
            key = _derive(entry.secret, self.file_id, b"epcr station token " + name.encode())
            try:
                from cryptography.hazmat.primitives.ciphers.aead import AESGCM

                nonce = secrets.token_bytes(12)
                sealed = AESGCM(bytes(key)).encrypt(nonce, token.encode("utf-8"), self._aad(name))
            finally:
                key[:] = bytes(len(key))
            entry.tokens[name] = {"nonce": nonce.hex(), "sealed": sealed.hex()}

    def token(self, name: str) -> str | None:
        """The token called `name`, or None when there is none here."""
        entry, _ = self._read()
        if entry is None:
            return None
        try:
            kept = entry.tokens.get(name)
            if kept is None:
                return None
            key = _derive(entry.secret, self.file_id, b"epcr station token " + name.encode())
        finally:
            entry.wipe()
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(bytes(key)).decrypt(
                bytes.fromhex(kept["nonce"]), bytes.fromhex(kept["sealed"]), self._aad(name)
            )
        except (InvalidTag, ValueError, KeyError):
            raise SecretStoreError(f"the {name} token in the device secret store is damaged") from None
        finally:
            key[:] = bytes(len(key))
        return plain.decode("utf-8")

    def _aad(self, name: str) -> bytes:
        return self.file_id + name.encode("utf-8")


def _derive(secret: bytearray, file_id: bytes, purpose: bytes) -> bytearray:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return bytearray(HKDF(SHA256(), 32, salt=file_id, info=purpose).derive(bytes(secret)))
