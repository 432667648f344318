"""A request that meets a keep-alive connection the server has already closed is sent again once, on a new
connection (issue 17, item 2); a timeout, an answer with a status, a failure on a new connection and a
request that is not idempotent never are."""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from epcr.station import anchors
from epcr.store.database import Database
from epcr.sync.client import Stop, Syncer
from epcr.sync.transport import RetryStale, retrying
from tests.sync.conftest import Station
from tests.sync.faults import _read_request, _read_response
from tests.sync.test_sync import enrolled, lock_calls

LINGER_S = 30.0  # how long a closed connection is watched for a late request
OK = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
ERROR = b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n"


class ClosingProxy:
    """In front of a station: forwards one request per connection, passes the answer on as it is (keep-alive,
    no `Connection: close`), waits 0-20 ms, then closes its side. A request that still arrives on that
    connection (the client reused it before the close reached it) is counted as stale and never answered."""

    def __init__(self, upstream_port: int, seed: int = 17) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.forwarded = self.stale = self.open = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def settled(self) -> bool:
        """Every connection closed by the client and counted; waits up to 5 s."""
        deadline = time.monotonic() + 5.0
        while self.open and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.open == 0

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.open += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            self._forward_once(conn)
        finally:
            with self._lock:
                self.open -= 1

    def _forward_once(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            request = _read_request(conn, bytearray())
            if request is None:
                return
            with socket.create_connection(self.upstream) as upstream:
                upstream.sendall(request)
                response = _read_response(upstream)
            if response is None:
                return
            conn.sendall(response)
            with self._lock:
                self.forwarded += 1
                pause = self._rng.uniform(0.0, 0.02)
            time.sleep(pause)
            conn.shutdown(socket.SHUT_WR)  # the close: a FIN, no Connection: close header before it
            conn.settimeout(LINGER_S)
            late = False
            while chunk := conn.recv(65536):  # until the client closes its side
                late = True
                del chunk
            if late:
                with self._lock:
                    self.stale += 1


def test_syncs_through_a_proxy_that_closes_after_every_response_all_succeed(
    db: Database, station: Station
) -> None:
    enrolled(db, station)
    proxy = ClosingProxy(int(station.url.rsplit(":", 1)[1]))
    link = db.station_link()
    assert link is not None
    db.set_station_link(replace(link, url=proxy.url), "test")
    retried = 0
    try:
        for round_ in range(25):
            ids = lock_calls(db, 6, first=round_ * 6)
            db.add_addendum(ids[0], "P-1042", "late entry", "Receiving RN name added.")
            result = Syncer(db, batch_size=2).run()  # four pushes, then /held, /config, the audit anchor
            assert (result.sent, result.accepted, result.rejected) == (7, 7, 0)
            assert result.audit in {"first", "extends"}
            retried += result.retried
            line = f"retried {result.retried} request(s) on a fresh connection"
            assert (line in result.log[-1]) == (result.retried > 0)
        assert proxy.settled()
    finally:
        proxy.close()
    print(f"\n25 syncs through a closing proxy: {proxy.forwarded} requests, {retried} sent again")
    assert retried > 0  # the race really happened
    assert retried == proxy.stale  # each request that met a closed connection, and no other, went again
    held = station.store.item_hashes()
    assert len(held) == 175 and all(
        held[(row.kind, row.entity_id, row.version)] == row.content_hash for row in db.outbox()
    )
    assert anchors.diverged(station.store.engine) == {}


class Scripted:
    """A raw HTTP/1.1 server answering each request, in arrival order, as the script says: `ok` (200,
    keep-alive), `500` (keep-alive), `close` (close, no answer), `reset` (RST, no answer), `hang` (no answer
    until the client gives up)."""

    def __init__(self, *script: str) -> None:
        self.script = list(script)
        self.connections = self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        with conn, contextlib.suppress(OSError):
            while _read_request(conn, buffer) is not None:
                self.requests += 1
                action = self.script.pop(0)
                if action == "close":
                    return
                if action == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                if action == "hang":
                    conn.settimeout(LINGER_S)
                    conn.recv(1)  # until the client closes
                    return
                conn.sendall(OK if action == "ok" else ERROR)


@pytest.fixture
def scripted(request: pytest.FixtureRequest) -> Iterator[Scripted]:
    server = Scripted(*request.param)
    yield server
    server.close()


def client(server: Scripted, transport: RetryStale) -> httpx.Client:
    return httpx.Client(base_url=server.url, transport=transport, timeout=httpx.Timeout(2.0, read=0.5))


@pytest.mark.parametrize(
    ("scripted", "method", "path"),
    [
        (("ok", "close", "ok"), "GET", "/v1/held"),
        (("ok", "reset", "ok"), "GET", "/v1/config"),
        (("ok", "close", "ok"), "POST", "/v1/push"),
    ],
    indirect=["scripted"],
)
def test_a_request_on_a_reused_connection_closed_unanswered_goes_again_once(
    scripted: Scripted, method: str, path: str
) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http:
        assert http.get("/v1/health").status_code == 200
        assert http.request(method, path, content=b"{}").status_code == 200
    assert transport.retried == [f"{method} {path}"]
    assert (scripted.connections, scripted.requests) == (2, 3)  # the retry on a new connection


@pytest.mark.parametrize("scripted", [("ok", "close", "close")], indirect=True)
def test_the_retry_is_made_once_and_its_failure_is_the_answer(scripted: Scripted) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http:
        http.get("/v1/health")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            http.get("/v1/held")
    assert transport.retried == ["GET /v1/held"]
    assert (scripted.connections, scripted.requests) == (2, 3)


@pytest.mark.parametrize("scripted", [("ok", "500")], indirect=True)
def test_an_answer_with_a_status_is_never_sent_again(scripted: Scripted) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http:
        http.get("/v1/health")
        assert http.post("/v1/push", content=b"{}").status_code == 500
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (1, 2)


@pytest.mark.parametrize("scripted", [("ok", "hang")], indirect=True)
def test_a_timeout_on_a_reused_connection_is_not_retried(scripted: Scripted) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http:
        http.get("/v1/health")
        with pytest.raises(httpx.ReadTimeout):
            http.post("/v1/push", content=b"{}")
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (1, 2)


@pytest.mark.parametrize("scripted", [("close",)], indirect=True)
def test_a_new_connection_closed_unanswered_is_a_failure_not_a_retry(scripted: Scripted) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get("/v1/held")
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (1, 1)


@pytest.mark.parametrize("scripted", [("ok", "ok", "close")], indirect=True)
def test_a_request_that_is_not_idempotent_goes_on_a_new_connection_and_never_again(
    scripted: Scripted,
) -> None:
    transport = retrying(True)
    with client(scripted, transport) as http:
        http.get("/v1/audit/anchor")
        assert http.post("/v1/audit/head", content=b"{}").status_code == 200  # a second connection
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/v1/audit/head", content=b"{}")  # a third, closed unanswered: not sent again
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (3, 3)


@pytest.mark.parametrize("scripted", [("ok", "close")], indirect=True)
def test_a_stopped_sync_is_not_retried(scripted: Scripted) -> None:
    transport = retrying(True, give_up=lambda: True)
    with client(scripted, transport) as http:
        http.get("/v1/health")
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/v1/held")
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (1, 2)


@pytest.mark.parametrize("scripted", [("ok", "hang")], indirect=True)
def test_stop_still_cuts_a_request_off_and_nothing_is_sent_again(scripted: Scripted) -> None:
    """The Stop hook's trace still sees each new socket through the retrying transport."""
    stop = Stop()
    transport = retrying(True, give_up=lambda: stop.requested)
    with httpx.Client(
        base_url=scripted.url,
        transport=transport,
        timeout=httpx.Timeout(LINGER_S),
        event_hooks={"request": [stop.watch]},
    ) as http:
        http.get("/v1/health")
        threading.Timer(0.2, stop).start()
        started = time.monotonic()
        with pytest.raises(httpx.TransportError):
            http.post("/v1/push", content=b"{}")  # reused, shut under it: looks closed, not sent again
    assert time.monotonic() - started < 5.0  # cut off, not timed out
    assert transport.retried == []
    assert (scripted.connections, scripted.requests) == (1, 2)
