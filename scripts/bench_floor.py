"""The docking benchmark's floor: the least a correct station must do with a push, as a bare FastAPI app.

A FastAPI route taking the protocol's PushRequest (FastAPI json-parses the body and checks each item's
envelope: kind, uuid, version, hash format) that stores every item's payload in one transaction per batch
(SQLite in WAL with synchronous=FULL, or PostgreSQL), a unique key refusing a second copy, and answers one
receipt per item. No token, no payload validation, no hash or lock check, no QA index, no guard, no
encryption at rest: what the station adds on top is what `dock_vs_bare_parse_write_ratio` measures.
Served by uvicorn with the station's own server settings and TLS.

    python scripts/bench_floor.py DATABASE PORT CERT KEY   (DATABASE: sqlite:///PATH or postgresql://...)
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI

from epcr.sync.protocol import Outcome, PushRequest, PushResponse, Receipt

TABLE = (
    "CREATE TABLE IF NOT EXISTS floor_items (id {serial} PRIMARY KEY, kind TEXT NOT NULL,"
    " uuid TEXT NOT NULL, version INTEGER NOT NULL, content_hash TEXT NOT NULL, payload TEXT NOT NULL,"
    " UNIQUE (kind, uuid, version))"
)


def sqlite_writer(path: str) -> Callable[[list[tuple[Any, ...]]], None]:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(TABLE.format(serial="INTEGER"))
    lock = threading.Lock()

    def write(rows: list[tuple[Any, ...]]) -> None:
        with lock:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO floor_items (kind, uuid, version, content_hash, payload) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                rows,
            )
            conn.execute("COMMIT")

    return write


def postgres_writer(url: str) -> Callable[[list[tuple[Any, ...]]], None]:
    import psycopg

    conn = psycopg.connect(url)
    with conn.transaction():
        conn.execute(TABLE.format(serial="BIGSERIAL"))
    lock = threading.Lock()

    def write(rows: list[tuple[Any, ...]]) -> None:
        with lock, conn.transaction(), conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO floor_items (kind, uuid, version, content_hash, payload) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                rows,
            )

    return write


def create_floor(database: str) -> FastAPI:
    if database.startswith("postgresql"):
        write = postgres_writer(database)
    else:
        write = sqlite_writer(database.removeprefix("sqlite:///"))
    app = FastAPI()

    @app.get("/v1/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}  # the bench waits for it before it starts the clock

    @app.post("/v1/push", response_model=PushResponse)
    def push(request: PushRequest) -> PushResponse:
        # FastAPI parses the body and checks each item's envelope (the protocol's own models), as any correct
        # station must before it stores a uuid, a version and a hash; the payload itself is not looked at.
        items = request.items
        write([(i.kind.value, i.uuid, i.version, i.content_hash, json.dumps(i.payload)) for i in items])
        receipts = [
            Receipt(uuid=i.uuid, version=i.version, content_hash=i.content_hash, outcome=Outcome.ACCEPTED)
            for i in items
        ]
        return PushResponse(receipts=receipts, station_time=datetime.now(UTC).isoformat())

    return app


def main() -> None:
    import uvicorn

    from epcr.station import limits

    database, port, cert, key = sys.argv[1:5]
    uvicorn.run(
        create_floor(database),
        host="127.0.0.1",
        port=int(port),
        log_level="warning",
        ssl_certfile=cert,
        ssl_keyfile=key,
        **limits.SERVER,
    )


if __name__ == "__main__":
    main()
