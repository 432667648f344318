"""SQLite engines set up for durability: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes.

Python's sqlite3 driver opens transactions lazily and not before DDL; we take control of BEGIN ourselves
(the recipe in SQLAlchemy's SQLite dialect documentation) so a write transaction holds the write lock from its
first statement and a reader sees one consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

BUSY_TIMEOUT_MS = 5_000

# Set on every connection: an acknowledged commit must survive a power cut (synchronous=FULL in WAL).
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # autocommit at the driver: we emit BEGIN ourselves
    for pragma in PRAGMAS:
        dbapi_connection.execute(pragma)


def _engine(path: Path, pool_size: int, overflow: int, begin: str) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=overflow,
        connect_args={"check_same_thread": False},  # handed to the database worker thread
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


def create_write_engine(path: Path) -> Engine:
    """The one writer: a single pooled connection, every transaction BEGIN IMMEDIATE."""
    return _engine(path, pool_size=1, overflow=0, begin="BEGIN IMMEDIATE")


def create_read_engine(path: Path) -> Engine:
    """Readers never take the write lock; WAL lets them run beside the writer."""
    return _engine(path, pool_size=4, overflow=4, begin="BEGIN")


def create_migration_engine(path: Path) -> Engine:
    """For alembic: one short-lived connection, foreign keys off while tables are rebuilt (batch mode)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    def connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        _on_connect(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine
