"""The station's data at rest: its SQLite database encrypted with SQLCipher, the key's source, the one-time
encryption of a plaintext database left by an earlier version, key rotation, and TLS to a PostgreSQL server.

The key is 32 random bytes, given as 64 hexadecimal characters in $EPCR_STATION_DB_KEY or kept in a key file
beside the database (`station.sqlite3.key`, mode 0600), made with a random key when the database is new.
Every file the station writes is its owner's only (0600) and every folder it makes 0700.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from epcr.folders import sync_folder as _sync_folder

KEY_ENV = "EPCR_STATION_DB_KEY"
KEY_BYTES = 32
FILE_MODE, FOLDER_MODE = 0o600, 0o700
PLAINTEXT_HEADER = b"SQLite format 3\x00"  # an SQLCipher file starts with its random salt instead
SIDE_FILES = ("-wal", "-shm", "-journal")
ENCRYPTING, NEW_KEY = ".encrypting", ".new"
BUSY_TIMEOUT_S = 2.0
LOOSE_MODES = 0o077  # any permission for the group or others
WEAK_SSLMODES = {"disable", "allow", "prefer"}


class AtRestError(Exception):
    """The database cannot be opened safely; the message names the file or variable and what to do."""


@dataclass(frozen=True)
class Key:
    raw: bytes
    source: str  # where it came from, for messages: the variable's name or the key file's path
    file: Path | None  # the key file, when the key lives in one


# -- files ----------------------------------------------------------------------------------------------


def key_file(database: Path) -> Path:
    return database.with_name(database.name + ".key")


def make_private_folder(folder: Path) -> None:
    """Create the folder (and missing parents) for the owner only; an existing one is left as it is."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


def make_private(path: Path) -> None:
    """Owner read/write only; a no-op for a file that does not exist."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
            path.chmod(FILE_MODE)


def write_private(path: Path, data: bytes) -> None:
    """Write a file of mode 0600 atomically: a temporary beside it, fsync, rename, fsync the folder."""
    temporary = path.with_name(path.name + NEW_KEY)
    temporary.unlink(missing_ok=True)
    _write_new(temporary, data)
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _write_new(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _shred(path: Path) -> None:
    """Overwrite a file with zeros before removing it: the old key or plaintext is not left in its blocks
    (best effort: a copy-on-write file system or an SSD may keep old blocks; the volume's encryption covers
    those)."""
    try:
        descriptor = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        _zero(descriptor)
    finally:
        os.close(descriptor)
    path.unlink(missing_ok=True)


def _zero(descriptor: int) -> None:
    size = os.fstat(descriptor).st_size
    block = bytes(1 << 20)
    os.lseek(descriptor, 0, os.SEEK_SET)
    for start in range(0, size, len(block)):
        os.write(descriptor, block[: min(len(block), size - start)])
    os.fsync(descriptor)


# -- the key --------------------------------------------------------------------------------------------


def parse_key(text: str, source: str) -> bytes:
    cleaned = text.strip()
    if len(cleaned) != 2 * KEY_BYTES or any(ch not in "0123456789abcdefABCDEF" for ch in cleaned):
        # Never echo the value: it may be a real key with a typo in it.
        raise AtRestError(
            f"{source}: 64 hexadecimal characters (a 256-bit key) expected, got {len(cleaned)} characters "
            "that are not one"
        )
    return bytes.fromhex(cleaned)


def env_key() -> Key | None:
    text = os.environ.get(KEY_ENV)
    if text is None or not text.strip():
        return None
    return Key(parse_key(text, f"${KEY_ENV}"), f"${KEY_ENV}", None)


def read_key_file(path: Path) -> Key:
    """The key in a key file that only its owner can read; a looser file is refused, as ssh does."""
    info = path.stat()
    if os.name != "nt":
        mode = stat.S_IMODE(info.st_mode)
        if mode & LOOSE_MODES:
            raise AtRestError(
                f"{path}: permissions {mode:04o} are too open; the database key must be readable by its "
                f"owner only. Run: chmod 600 '{path}'"
            )
        if info.st_uid != os.getuid():
            raise AtRestError(
                f"{path}: owned by another user (uid {info.st_uid}); the station's user must own it"
            )
    return Key(parse_key(path.read_text(encoding="ascii", errors="replace"), str(path)), str(path), path)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def write_key_file(path: Path, raw: bytes) -> None:
    write_private(path, raw.hex().encode("ascii") + b"\n")


# -- opening --------------------------------------------------------------------------------------------


def sqlcipher() -> Any:
    import sqlcipher3  # type: ignore[import-untyped]

    return sqlcipher3.dbapi2


def connect(database: Path, key: bytes | None, timeout: float = 30.0) -> Any:
    """A DB-API connection to the file; keyed (SQLCipher) unless key is None (a plaintext file)."""
    connection = sqlcipher().connect(str(database), timeout=timeout, check_same_thread=False)
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not the library's
        # A raw key (x'..'): no passphrase stretching on every open; must come before any read.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def opens(database: Path, key: bytes) -> bool:
    """Whether the key decrypts the file (a wrong key or a file that is no database both read as False)."""
    connection = connect(database, key, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher().DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise AtRestError(f"{database}: locked by another process; try again") from None
        return False
    finally:
        connection.close()
    return True


def state(database: Path) -> str:
    """'new' (missing or empty), 'plaintext' (a plain SQLite file) or 'encrypted' (anything else)."""
    try:
        with database.open("rb") as handle:
            header = handle.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return "new"
    if not header:
        return "new"
    return "plaintext" if header == PLAINTEXT_HEADER else "encrypted"


def prepare(database: Path) -> tuple[Key, str]:
    """The key that opens this station database, and what happened: made a new key, encrypted an earlier
    plaintext file, or nothing. Creates the key file for a new database; refuses a wrong or missing key."""
    database = database.absolute()
    make_private_folder(database.parent)
    keyfile = key_file(database)
    _finish_rekey(database, keyfile)
    key = env_key()
    if key is None and keyfile.exists():
        key = read_key_file(keyfile)
    current = state(database)
    done = []
    if key is None:
        if current == "encrypted":
            raise AtRestError(
                f"{database}: encrypted (or not a database at all), and its key is missing: restore "
                f"{keyfile.name} (mode 0600) from the key backup or set ${KEY_ENV}"
            )
        key = Key(new_key(), str(keyfile), keyfile)
        write_key_file(keyfile, key.raw)
        done.append(f"new key written to {keyfile}")
    if current == "plaintext":
        count = encrypt_in_place(database, key.raw)
        done.append(f"the plaintext database from an earlier version is now encrypted ({count} rows kept)")
    elif current == "new":
        _create_private(database)
    for path in (database, *(database.with_name(database.name + side) for side in SIDE_FILES)):
        make_private(path)
    if current != "new" and not opens(database, key.raw):
        raise AtRestError(f"{database}: not a station database or wrong key (key from {key.source})")
    return key, "; ".join(done)


def _create_private(database: Path) -> None:
    # SQLite gives its -wal and -shm the main file's mode: create that one 0600 before SQLite does.
    with contextlib.suppress(FileExistsError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def _exclusive(connection: Any, database: Path, doing: str) -> None:
    """Leave WAL mode, which needs the only connection: proof that no station has the file open."""
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlcipher().OperationalError:
        mode = "wal"
    if str(mode).lower() != "delete":
        raise AtRestError(f"{database}: in use by another process; stop the station, then {doing}")


def encrypt_in_place(database: Path, key: bytes) -> int:
    """Encrypt a plaintext station database: sqlcipher_export into a new file, check that every table has
    the same rows, fsync, rename over the old file; the plaintext and its -wal/-shm are then removed.
    Returns the number of rows copied."""
    target = database.with_name(database.name + ENCRYPTING)
    target.unlink(missing_ok=True)  # left by a start that stopped half-way: the plaintext file is still whole
    plain = connect(database, None, timeout=BUSY_TIMEOUT_S)
    try:
        plain.execute(
            "PRAGMA locking_mode=EXCLUSIVE"
        )  # held from the first write until closed: no other writer
        _exclusive(plain, database, "start it again")  # also folds the WAL into the file
        _create_private(target)
        plain.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = int(plain.execute("PRAGMA main.user_version").fetchone()[0])
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        copied = _same_rows(plain)
        plain.execute("DETACH DATABASE encrypted")
    except BaseException:
        plain.close()
        target.unlink(missing_ok=True)
        raise
    plain.close()
    descriptor = os.open(target, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    old = os.open(database, os.O_WRONLY)  # kept open across the rename to overwrite the plaintext after it
    try:
        os.replace(target, database)
        _sync_folder(database.parent)
        _zero(old)
    finally:
        os.close(old)
    for side in SIDE_FILES:
        _shred(database.with_name(database.name + side))
    return copied


def _same_rows(connection: Any) -> int:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    total = 0
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        before = connection.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
        after = connection.execute(f"SELECT count(*) FROM encrypted.{quoted}").fetchone()[0]
        if before != after:
            raise AtRestError(
                f"table {table}: {before} rows, {after} after encryption; the plaintext is kept"
            )
        total += int(before)
    return total


# -- rotation -------------------------------------------------------------------------------------------


def rekey(database: Path) -> Key:
    """A new random key for the database (PRAGMA rekey); the key file, when the key lives in one, replaced
    atomically and the old one overwritten. The station must be stopped: a running one holds the old key."""
    database = database.absolute()
    if state(database) == "new":
        raise AtRestError(f"{database}: no station database there; check --database-url")
    current, _ = prepare(database)
    fresh = new_key()
    connection = connect(database, current.raw, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")  # no station may open it half-rekeyed
        _exclusive(connection, database, "rekey")
        staged = current.file.with_name(current.file.name + NEW_KEY) if current.file else None
        if staged is not None:  # the new key on disk before the database needs it: a crash loses neither
            staged.unlink(missing_ok=True)
            _write_new(staged, fresh.hex().encode("ascii") + b"\n")
        connection.execute(f"PRAGMA rekey = \"x'{fresh.hex()}'\"")
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    if not opens(database, fresh):
        raise AtRestError(f"{database}: the new key does not open it; the old key is kept ({current.source})")
    keyfile = key_file(database)
    if current.file is not None:
        _finish_rekey(database, keyfile)
        return Key(fresh, str(keyfile), keyfile)
    _shred(keyfile)  # the variable was in use: a key file beside it now holds no key of this database
    return Key(fresh, f"${KEY_ENV}", None)


def _finish_rekey(database: Path, keyfile: Path) -> None:
    """Complete a rotation a crash cut short: a staged `.key.new` that opens the database replaces the key
    file (the old one overwritten first); one that does not is a stale stage, overwritten and removed."""
    staged = keyfile.with_name(keyfile.name + NEW_KEY)
    if not staged.exists() or state(database) != "encrypted":
        return
    try:
        fresh = read_key_file(staged)
    except AtRestError:
        _shred(staged)
        return
    if opens(database, fresh.raw):
        _shred(keyfile)
        os.replace(staged, keyfile)
        _sync_folder(keyfile.parent)
    else:
        _shred(staged)


# -- PostgreSQL -----------------------------------------------------------------------------------------


def _hosts(url: URL) -> list[str]:
    hosts = [url.host] if url.host else []
    extra = url.query.get("host")
    for value in [extra] if isinstance(extra, str) else list(extra or ()):
        hosts.extend(part for part in value.split(",") if part)
    return hosts


def is_local(host: str) -> bool:
    """Loopback or a unix socket folder: the connection never leaves the machine."""
    if host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def postgres_url(url: str) -> tuple[str, str]:
    """The URL to connect with, and a line saying how the connection is protected. A server off this machine
    gets sslmode=require, or verify-full when a root certificate is given (sslrootcert= or $PGSSLROOTCERT),
    unless the URL or $PGSSLMODE says otherwise explicitly."""
    parsed = make_url(url)
    hosts = _hosts(parsed)
    where = ", ".join(hosts) or "the local socket"
    if "sslmode" in parsed.query or os.environ.get("PGSSLMODE"):
        mode = str(parsed.query.get("sslmode") or os.environ.get("PGSSLMODE"))
        given = "the URL" if "sslmode" in parsed.query else "$PGSSLMODE"
        if mode in WEAK_SSLMODES and not all(is_local(host) for host in hosts):
            return url, (
                f"database: PostgreSQL at {where}, sslmode={mode} from {given}: WARNING, the connection may "
                "be unencrypted; use sslmode=verify-full with sslrootcert=CA.pem"
            )
        return url, f"database: PostgreSQL at {where}, sslmode={mode} from {given}"
    if all(is_local(host) for host in hosts):
        return url, f"database: PostgreSQL on this machine ({where}); TLS not required on loopback"
    root = parsed.query.get("sslrootcert") or os.environ.get("PGSSLROOTCERT")
    mode = "verify-full" if root else "require"
    secured = parsed.update_query_dict({"sslmode": mode})
    note = (
        "server certificate verified against the root certificate"
        if root
        else "encrypted, server not verified: give sslrootcert=CA.pem for verify-full"
    )
    return secured.render_as_string(hide_password=False), (
        f"database: PostgreSQL at {where} over TLS (sslmode={mode}; {note})"
    )
