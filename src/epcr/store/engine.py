"""SQLite engines set up for durability: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes;
encrypted with SQLCipher when a key is given.

Python's sqlite3 driver opens transactions lazily and not before DDL; we take control of BEGIN ourselves
(the recipe in SQLAlchemy's SQLite dialect documentation) so a write transaction holds the write lock from its
first statement and a reader sees one consistent snapshot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

BUSY_TIMEOUT_MS = 5_000

# Set on every connection: an acknowledged commit must survive a power cut (synchronous=FULL in WAL);
# REPLACE's implicit delete fires the DELETE triggers (recursive_triggers); freed space is zeroed, so an
# audit sealing key the head no longer holds is not left in the file's free pages (secure_delete).
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA recursive_triggers=ON",
    "PRAGMA secure_delete=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


class Keyed:
    """How to open the file: SQLCipher with a raw 256-bit key, or plain SQLite when key is None."""

    def __init__(self, path: Path, key: bytes | None) -> None:
        if key is not None and len(key) != 32:
            raise ValueError("the database key is 32 random bytes")
        self.path, self.key = path, key

    def module(self) -> Any:
        if self.key is None:
            import sqlite3

            return sqlite3
        import sqlcipher3  # type: ignore[import-untyped]

        return sqlcipher3.dbapi2

    def connect(self, dbapi_connection: Any) -> None:
        if self.key is not None:
            dbapi_connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report
            # A raw key (x'..'): no passphrase stretching on every open; must come before any read.
            dbapi_connection.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        dbapi_connection.isolation_level = None  # autocommit at the driver: we emit BEGIN ourselves
        for pragma in PRAGMAS:
            dbapi_connection.execute(pragma)

    def engine(self, pool: dict[str, Any], begin: str | None, extra: tuple[str, ...] = ()) -> Engine:
        module = self.module()
        engine = create_engine(
            "sqlite://",
            module=module,
            creator=lambda: module.connect(str(self.path), check_same_thread=False),
            **pool,
        )

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            self.connect(dbapi_connection)
            for statement in extra:
                dbapi_connection.execute(statement)

        event.listen(engine, "connect", on_connect)
        if begin:
            event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
        return engine


def create_write_engine(path: Path, key: bytes | None = None) -> Engine:
    """The one writer: a single pooled connection, every transaction BEGIN IMMEDIATE."""
    return Keyed(path, key).engine(
        {"poolclass": QueuePool, "pool_size": 1, "max_overflow": 0}, "BEGIN IMMEDIATE"
    )


def create_read_engine(path: Path, key: bytes | None = None) -> Engine:
    """Readers never take the write lock; WAL lets them run beside the writer."""
    return Keyed(path, key).engine({"poolclass": QueuePool, "pool_size": 4, "max_overflow": 4}, "BEGIN")


def create_migration_engine(path: Path, key: bytes | None = None) -> Engine:
    """For alembic: one short-lived connection, foreign keys off while tables are rebuilt (batch mode)."""
    return Keyed(path, key).engine({"poolclass": NullPool}, "BEGIN IMMEDIATE", ("PRAGMA foreign_keys=OFF",))
