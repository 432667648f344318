"""A real station: uvicorn on 127.0.0.1 in a thread, on a SQLite file or the local PostgreSQL."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, text

from epcr.station.app import create_app
from epcr.station.store import StationStore

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
START_TIMEOUT_S = STOP_TIMEOUT_S = 10.0


def postgres_reason() -> str | None:
    try:
        engine = create_engine(POSTGRES, connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # no server, no driver, no database: all mean "skip"
        return f"no PostgreSQL at 127.0.0.1:5432/test ({type(error).__name__})"
    return None


class Server(uvicorn.Server):
    """uvicorn's server, telling a waiting test the moment it listens (or that it failed to start)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            self.ready.set()


@dataclass
class Station:
    url: str
    store: StationStore
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        """Stop serving and wait until the server thread has ended: nothing listens or writes after this."""
        self.server.should_exit = True
        self.thread.join(STOP_TIMEOUT_S)
        if self.thread.is_alive():
            raise RuntimeError(f"the station did not stop within {STOP_TIMEOUT_S} s")


@pytest.fixture(params=["sqlite", "postgresql"])
def station_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'station.sqlite3'}"
        return
    reason = postgres_reason()
    if reason:
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:12]}"  # each test its own schema, dropped afterwards
    admin = create_engine(POSTGRES)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def start(store: StationStore, tls: tuple[Path, Path] | None = None) -> Station:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    ssl = {"ssl_certfile": str(tls[0]), "ssl_keyfile": str(tls[1])} if tls else {}
    config = uvicorn.Config(
        create_app(store),
        log_level="warning",
        lifespan="off",
        **ssl,  # type: ignore[arg-type]
    )
    server = Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    if not server.ready.wait(START_TIMEOUT_S) or not server.started:
        raise RuntimeError(f"the station did not start within {START_TIMEOUT_S} s")
    scheme = "https" if tls else "http"
    return Station(f"{scheme}://127.0.0.1:{sock.getsockname()[1]}", store, server, thread)


@contextmanager
def running_station(url: str) -> Iterator[Station]:
    store = StationStore(url)
    running = start(store)
    try:
        yield running
    finally:
        running.stop()
        store.close()


@pytest.fixture
def station(station_url: str) -> Iterator[Station]:
    with running_station(station_url) as running:
        yield running
