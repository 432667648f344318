"""The station refuses oversized, lying and stalled bodies, checks the token before reading one, and holds its
stated memory ceiling under a flood of them (docs/security.md, "The station under a flood")."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from epcr.station import qa
from epcr.station.app import create_app
from epcr.station.limits import SERVER, Limits
from epcr.station.store import StationStore
from epcr.sync.protocol import MAX_BODY_BYTES
from tests.sync.conftest import START_TIMEOUT_S, Server, Station

MIB = 1024 * 1024
# The stated ceilings (docs/security.md), over the station's resident memory at idle. A flood of oversized,
# lying, stalled and unauthenticated requests: bodies are cut at their limit and share a 32 MiB budget
# (measured: 26 MiB over idle).
FLOOD_CEILING_MIB = 128
# Then the heaviest pushes a valid device token can send (a stolen token): read under the same budget,
# parsed and checked one at a time; a payload of more values than any report holds is refused before it is
# validated (measured: 225 MiB over idle, the parsed JSON of one 8 MiB body of tiny values).
PUSH_CEILING_MIB = 384
PUSH_CLIENTS = 8
FLOOD_CLIENTS = 100
FLOOD_BYTES = 400 * MIB  # what each chunked sender offers; the station stops reading long before
STATION = Path(sys.executable).with_name("epcr-station")


# -- a station in this process, with limits a test chooses ---------------------------------------------


@contextmanager
def station_with(tmp_path: Path, limits: Limits | None = None) -> Iterator[Station]:
    store = StationStore(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(store, limits=limits), log_level="warning", lifespan="off", **SERVER)
    server = Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    if not server.ready.wait(START_TIMEOUT_S) or not server.started:
        raise RuntimeError(f"the station did not start within {START_TIMEOUT_S} s")
    running = Station(f"http://127.0.0.1:{sock.getsockname()[1]}", store, server, thread)
    try:
        yield running
    finally:
        running.stop()
        store.close()


def device_token(store: StationStore, name: str = "Medic 1") -> str:
    return store.enroll(store.invite(name))[1]


# -- raw HTTP/1.1 over a socket: framings no well-behaved client sends ----------------------------------


@dataclass
class Answer:
    status: int | None  # None: the connection ended without an answer
    body: bytes
    closed: bool  # the station closed the connection after answering
    sent: int  # body bytes the client managed to send
    seconds: float


def head(method: str, path: str, port: int, headers: dict[str, str]) -> bytes:
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def exchange(
    port: int,
    request_head: bytes,
    body: Iterable[bytes] = (),
    wait_s: float = 20.0,
) -> Answer:
    """Send the head, then body pieces until the station answers (or closes); read its first answer."""
    started = time.monotonic()
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as sock:
        sock.sendall(request_head)
        try:
            for piece in body:
                if select.select([sock], [], [], 0)[0]:
                    break  # the station answered (or closed): stop sending, as a real client would
                sock.sendall(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        closed = False
        deadline = started + wait_s
        try:
            while b"\r\n\r\n" not in data or len(data) < response_length(data):
                sock.settimeout(max(0.1, deadline - time.monotonic()))
                more = sock.recv(65536)
                if not more:
                    closed = True
                    break
                data += more
            sock.settimeout(2.0)
            while not closed:  # answered: does the station then close the connection?
                closed = sock.recv(65536) == b""
        except ConnectionResetError:
            closed = True
        except TimeoutError:
            pass
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else None
    return Answer(status, data.partition(b"\r\n\r\n")[2], closed, sent, time.monotonic() - started)


def response_length(data: bytes) -> int:
    header, _, _ = data.partition(b"\r\n\r\n")
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(header) + 4 + int(value)
    return len(header) + 4


def pieces(total: int, size: int = 64 * 1024, framed: bool = True) -> Iterator[bytes]:
    block = b"x" * size
    left = total
    while left > 0:
        data = block[: min(size, left)]
        left -= len(data)
        yield chunk(data) if framed else data
    if framed:
        yield b"0\r\n\r\n"


def auth(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def port_of(station: Station) -> int:
    return int(station.url.rsplit(":", 1)[1])


# -- bodies: each framing refused at its limit ----------------------------------------------------------


def test_a_declared_length_over_the_route_limit_is_refused_unread(tmp_path: Path) -> None:
    with station_with(tmp_path) as station:
        token, port = device_token(station.store), port_of(station)
        for path, length in (("/v1/push", MAX_BODY_BYTES + 1), ("/v1/enroll", 5000), ("/v1/held", 10)):
            method = "GET" if path == "/v1/held" else "POST"
            headers = {**auth(token), "Content-Length": str(length), "Content-Type": "application/json"}
            answer = exchange(port, head(method, path, port, headers), wait_s=5)  # no byte of body sent
            assert answer.status == 413, answer
            assert answer.closed and answer.seconds < 3
            assert b"body: " in answer.body
        chunked = {**auth(token), "Transfer-Encoding": "chunked"}
        answer = exchange(port, head("GET", "/v1/held", port, chunked), pieces(MIB), wait_s=5)
        assert answer.status == 413 and answer.closed and b"takes no body" in answer.body
        for digits, statuses in ((19, {413}), (40, {400, 413})):  # 40 digits: h11 refuses it first
            huge = {**auth(token), "Content-Length": "9" * digits}
            answer = exchange(port, head("POST", "/v1/push", port, huge), wait_s=5)
            assert answer.status in statuses and answer.closed, answer
        assert station.store.item_hashes() == {}


def test_a_chunked_body_is_cut_at_the_limit_and_the_connection_closed(tmp_path: Path) -> None:
    with station_with(tmp_path) as station:
        token, port = device_token(station.store), port_of(station)
        headers = {**auth(token), "Transfer-Encoding": "chunked", "Content-Type": "application/json"}
        answer = exchange(port, head("POST", "/v1/push", port, headers), pieces(64 * MIB))
        assert answer.status == 413 and answer.closed, answer
        assert b"more than 8388608 bytes" in answer.body
        # It stopped reading near the limit: what was sent is the limit plus what sockets buffer.
        assert answer.sent < MAX_BODY_BYTES + 16 * MIB
        # A chunked body under the limit is read whole and reaches the route (here: enrollment).
        code = station.store.invite("Medic 2")
        body = json.dumps({"code": code, "device_name": "Medic 2"}).encode()
        answer = exchange(
            port,
            head(
                "POST",
                "/v1/enroll",
                port,
                {"Transfer-Encoding": "chunked", "Content-Type": "application/json"},
            ),
            iter([chunk(body), b"0\r\n\r\n"]),
        )
        assert answer.status == 200 and "token" in json.loads(answer.body)
        assert station.store.item_hashes() == {}


def test_content_length_with_transfer_encoding_is_a_400(tmp_path: Path) -> None:
    # RFC 9112 6.3: the two together are how requests are smuggled past a proxy; refused, connection closed.
    with station_with(tmp_path) as station:
        token, port = device_token(station.store), port_of(station)
        headers = {**auth(token), "Content-Length": "100", "Transfer-Encoding": "chunked"}
        answer = exchange(port, head("POST", "/v1/push", port, headers), pieces(MIB))
        assert answer.status == 400 and answer.closed
        assert b"send one, not both" in answer.body
        twice = (
            head("POST", "/v1/push", port, auth(token))[:-2]
            + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\n"
        )
        assert exchange(port, twice, iter([b"{}{}{"])).status == 400
        assert station.store.item_hashes() == {}


def test_a_body_longer_than_its_length_is_refused_as_the_next_request(tmp_path: Path) -> None:
    with station_with(tmp_path) as station:
        token, port = device_token(station.store), port_of(station)
        headers = {**auth(token), "Content-Length": "100", "Content-Type": "application/json"}
        answer = exchange(port, head("POST", "/v1/push", port, headers), pieces(4 * MIB, framed=False))
        # The declared 100 bytes are the body (not JSON: 422); the rest is no request at all: closed.
        assert answer.status == 422 and answer.closed
        assert station.store.item_hashes() == {}


def test_a_body_that_stops_arriving_gets_a_408(tmp_path: Path) -> None:
    with station_with(tmp_path, Limits(idle_s=0.5, body_s=2.0)) as station:
        token, port = device_token(station.store), port_of(station)
        headers = {**auth(token), "Content-Length": "1000", "Content-Type": "application/json"}
        answer = exchange(port, head("POST", "/v1/push", port, headers), iter([b'{"items": ']), wait_s=5)
        assert answer.status == 408 and answer.closed and answer.seconds < 3
        # A trickle that never stalls for long still ends at the whole-body deadline.
        trickle = (b"x" for _ in iter(lambda: time.sleep(0.2), 1))
        answer = exchange(port, head("POST", "/v1/push", port, headers), trickle, wait_s=6)
        assert answer.status == 408 and answer.closed and 1.5 < answer.seconds < 4


def test_bodies_queue_for_the_budget_and_a_long_wait_is_a_503(tmp_path: Path) -> None:
    limits = Limits(budget_bytes=4096, queue_s=0.5, idle_s=5, routes=(("POST", "/v1/push", 4096),))
    with station_with(tmp_path, limits) as station:
        token, port = device_token(station.store), port_of(station)
        headers = {**auth(token), "Content-Length": "4000", "Content-Type": "application/json"}
        holder = socket.create_connection(("127.0.0.1", port))
        holder.sendall(head("POST", "/v1/push", port, headers) + b"{")  # holds the whole budget, stalls
        time.sleep(0.3)
        waiting = exchange(port, head("POST", "/v1/push", port, headers), wait_s=5)
        assert waiting.status == 503 and waiting.closed and b"busy" in waiting.body
        holder.close()  # gone: its share comes back
        time.sleep(0.3)
        body = b'{"items": []}'.ljust(4000)
        done = exchange(port, head("POST", "/v1/push", port, headers), iter([body]), wait_s=5)
        assert done.status == 422, done


# -- the token before the body ---------------------------------------------------------------------------


def test_the_token_is_checked_before_any_body_is_read(tmp_path: Path) -> None:
    with station_with(tmp_path) as station:
        port = port_of(station)
        reviewer = qa.add_reviewer(station.store.engine, "Quinn")
        for token in (None, "forged-token", "x" * 5000):
            headers = {**auth(token), "Content-Length": str(MIB), "Content-Type": "application/json"}
            for path in (
                "/v1/push",
                "/v1/audit/head",
                "/v1/qa/reports/00000000-0000-4000-8000-000000000000/reviews",
            ):
                answer = exchange(port, head("POST", path, port, headers), wait_s=5)  # the body never comes
                assert answer.status in {401, 413}, (path, answer)
                if path == "/v1/push":
                    assert answer.status == 401 and answer.closed and answer.seconds < 3
                    assert b"Authorization: " in answer.body
        # A route the station does not have takes nothing either.
        echo = {"Content-Length": "1000", "Content-Type": "application/json"}
        assert exchange(port, head("POST", "/v1/echo", port, echo), wait_s=5).status == 413
        assert httpx.post(f"{station.url}/v1/echo", timeout=5).status_code == 401
        for path in ("/v1/held", "/v1/roster", "/v1/qa/reports", "/v1/anything"):
            assert httpx.get(f"{station.url}{path}", timeout=5).status_code == 401
        # A token of the wrong kind is refused before the body too; the routes keep their own check.
        headers = {**auth(reviewer), "Content-Length": str(MIB), "Content-Type": "application/json"}
        answer = exchange(port, head("POST", "/v1/push", port, headers), wait_s=5)
        assert answer.status == 401 and answer.seconds < 3 and b"device's token" in answer.body
        assert httpx.get(f"{station.url}/v1/held", headers=auth(reviewer), timeout=5).status_code == 401
        device = device_token(station.store)
        assert httpx.get(f"{station.url}/v1/qa/reports", headers=auth(device), timeout=5).status_code == 401
        assert httpx.get(f"{station.url}/v1/qa/reports", headers=auth(reviewer), timeout=5).status_code == 200
        assert httpx.get(f"{station.url}/v1/held", headers=auth(device), timeout=5).status_code == 200
        assert httpx.get(f"{station.url}/v1/health", timeout=5).status_code == 200


def test_every_route_that_takes_a_body_has_a_limit_its_largest_valid_body_fits(tmp_path: Path) -> None:
    limits = Limits()
    with station_with(tmp_path) as station:
        for route in station.server.config.app.routes:
            for method in getattr(route, "methods", set()) - {"HEAD"}:
                path = route.path.replace("{report_uuid}", "00000000-0000-4000-8000-000000000000")
                takes_body = method in {"POST", "PUT", "PATCH"}
                assert (limits.body_limit(method, path) > 0) == takes_body, (method, route.path)
        # The largest bodies the models allow, every character escaped to its longest (\\ud83d\\ude91).
        wide = "\U0001f691"
        largest = {
            ("POST", "/v1/enroll"): {"code": wide * 64, "device_name": wide * 100},
            ("POST", "/v1/qa/reports/00000000-0000-4000-8000-000000000000/reviews"): {
                "field": wide * 200,
                "flag": "commendation",
                "comment": wide * 4000,
            },
            ("PUT", "/v1/qa/reports/00000000-0000-4000-8000-000000000000/reviewed"): {"reviewed": False},
            ("POST", "/v1/audit/head"): {"entries": 2**31 - 1, "last_hash": "f" * 64, "at_anchor": "f" * 64},
        }
        for (method, path), body in largest.items():
            assert len(json.dumps(body).encode()) <= limits.body_limit(method, path), path


# -- a real `epcr-station serve`, in its own process -----------------------------------------------------


@dataclass
class StationProcess:
    process: subprocess.Popen[bytes]
    port: int
    url: str
    log: Path

    def status(self, field: str) -> int:
        """A figure of /proc/PID/status in KiB (VmRSS: resident now, VmHWM: the peak so far)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
        raise LookupError(field)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def station_command(home: Path, *argv: str) -> str:
    url = f"sqlite:///{home / 'station.sqlite3'}"
    env = {**os.environ, "EPCR_STATION_HOME": str(home)}
    done = subprocess.run(
        [str(STATION), "--database-url", url, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@contextmanager
def serving(home: Path) -> Iterator[StationProcess]:
    """`epcr-station serve` on loopback (plain HTTP), its stderr (the log) to a file."""
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = home / "serve.log"
    url = f"sqlite:///{home / 'station.sqlite3'}"
    env = {**os.environ, "EPCR_STATION_HOME": str(home)}
    argv = [
        str(STATION),
        "--database-url",
        url,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--plain-http",
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(argv, env=env, stdout=sink, stderr=subprocess.STDOUT)
    running = StationProcess(process, port, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{running.url}/v1/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"epcr-station serve did not start: {log.read_text()}") from None
                time.sleep(0.1)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def enrolled_device(home: Path, url: str) -> str:
    out = station_command(home, "enroll", "--device", "Medic 7")
    code = out.split("Medic 7: ")[1].split()[0]
    answer = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_name": "Medic 7"}, timeout=10)
    answer.raise_for_status()
    return str(answer.json()["token"])


SHAPES = ("chunked", "lying_short", "lying_long", "both")


def full_push() -> bytes:
    """A push just under 8 MiB that parses into as many small objects as a body of that size can make."""
    item = {
        "kind": "report",
        "uuid": "00000000-0000-4000-8000-000000000000",
        "report_uuid": "00000000-0000-4000-8000-000000000000",
        "version": 1,
        "content_hash": "0" * 64,
        "payload": {"vitals": [[i, {"x": 1}] for i in range(480_000)]},
    }
    body = json.dumps({"items": [item]}, separators=(",", ":")).encode()
    assert len(body) <= MAX_BODY_BYTES, len(body)
    return body


FULL_PUSH = full_push()


def flood_request(port: int, token: str | None, shape: str) -> Answer:
    """One attacker: a chunked 400 MiB body, a length of 100 with megabytes behind it, a length of 2 MiB
    with 100 bytes and a stall, both framing headers, or a push of the largest size that parses heavily."""
    headers = {**auth(token), "Content-Type": "application/json"}
    if shape == "chunked":
        return exchange(
            port,
            head("POST", "/v1/push", port, headers | {"Transfer-Encoding": "chunked"}),
            pieces(FLOOD_BYTES),
            60,
        )
    if shape == "lying_short":
        request = head("POST", "/v1/push", port, headers | {"Content-Length": "100"})
        return exchange(port, request, pieces(8 * MIB, framed=False), 60)
    if shape == "lying_long":
        request = head("POST", "/v1/push", port, headers | {"Content-Length": str(2 * MIB)})
        return exchange(port, request, iter([b"x" * 100]), 60)
    if shape == "full":
        request = head("POST", "/v1/push", port, headers | {"Content-Length": str(len(FULL_PUSH))})
        return exchange(port, request, (FULL_PUSH[i : i + MIB] for i in range(0, len(FULL_PUSH), MIB)), 120)
    both = headers | {"Content-Length": "100", "Transfer-Encoding": "chunked"}
    return exchange(port, head("POST", "/v1/push", port, both), pieces(FLOOD_BYTES), 60)


@dataclass
class Flood:
    idle_rss_mib: float
    flood_peak_rss_mib: float  # after FLOOD_CLIENTS oversized, lying and unauthenticated requests
    push_peak_rss_mib: float  # after PUSH_CLIENTS largest pushes with a valid token, on top
    answers: Counter[tuple[str, str, int | None]]
    seconds: float


def flood(running: StationProcess, token: str) -> Flood:
    """FLOOD_CLIENTS at once, each token (none, forged, valid) with each framing; then PUSH_CLIENTS at once
    pushing the heaviest body of the largest size with a valid token (a stolen device token)."""
    for _ in range(3):  # warm: the routes' first use imports and caches what later requests reuse
        httpx.get(f"{running.url}/v1/held", headers=auth(token), timeout=10).raise_for_status()
        httpx.post(f"{running.url}/v1/push", content=b"{}", headers=auth(token), timeout=10)
    idle = running.status("VmRSS") / 1024
    tokens = {"none": None, "forged": "f0rged-" + token[7:], "valid": token}
    plan = [(name, shape) for name in tokens for shape in SHAPES]
    jobs = [plan[i % len(plan)] for i in range(FLOOD_CLIENTS)]
    pushes = [("valid", "full")] * PUSH_CLIENTS
    started = time.monotonic()
    answers: list[Answer] = []
    peaks = []
    for batch in (jobs, pushes):
        with ThreadPoolExecutor(len(batch)) as pool:
            answers += pool.map(lambda job: flood_request(running.port, tokens[job[0]], job[1]), batch)
        peaks.append(running.status("VmHWM") / 1024)
    seconds = time.monotonic() - started
    kinds = jobs + pushes
    counted = Counter(
        (name, shape, answer.status) for (name, shape), answer in zip(kinds, answers, strict=True)
    )
    return Flood(round(idle, 1), round(peaks[0], 1), round(peaks[1], 1), counted, round(seconds, 1))


# What each kind of attacker may get: refused for its token or framing, cut at the limit, timed out, or
# told to come back (503: uvicorn's connection limit, the body budget's queue or the push queue).
EXPECTED = {
    ("none", "both"): {400},
    ("forged", "both"): {400},
    ("valid", "both"): {400},
    ("valid", "chunked"): {413, 503},
    ("valid", "lying_short"): {422, 503},
    ("valid", "lying_long"): {408, 503},
    ("valid", "full"): {200, 503},  # read whole, parsed and checked: its one item comes back rejected
}


def test_a_flood_of_oversized_and_lying_requests_stays_under_the_ceiling(tmp_path: Path) -> None:
    home = tmp_path / "station"
    home.mkdir()
    station_command(home, "devices")  # creates the database
    with serving(home) as running:
        token = enrolled_device(home, running.url)
        result = flood(running, token)
        assert result.flood_peak_rss_mib - result.idle_rss_mib <= FLOOD_CEILING_MIB, result
        assert result.push_peak_rss_mib - result.idle_rss_mib <= PUSH_CEILING_MIB, result
        for (name, shape, status), count in result.answers.items():
            allowed = EXPECTED.get((name, shape), {401, 503})
            assert status in allowed, (name, shape, status, count, result)
        assert result.answers[("valid", "full", 200)] >= 1  # the heavy pushes were handled, not all refused
        # Still serving, and nothing stored.
        assert httpx.get(f"{running.url}/v1/held", headers=auth(token), timeout=10).json() == {"items": []}


# -- no PHI in the station's log ---------------------------------------------------------------------------


def test_the_log_of_a_qa_search_by_patient_name_holds_no_name(tmp_path: Path) -> None:
    home = tmp_path / "station"
    home.mkdir()
    out = station_command(home, "reviewer", "add", "--name", "Quinn Reviewer")
    reviewer = out.strip().splitlines()[-1]
    with serving(home) as running:
        search = {"q": "Esperanza Okonkwo-Vance", "unit": "Medic 12"}
        answer = httpx.get(f"{running.url}/v1/qa/reports", params=search, headers=auth(reviewer), timeout=10)
        assert answer.status_code == 200
        bad = httpx.get(
            f"{running.url}/v1/qa/reports",
            params={"q": "Esperanza", "offset": -1},
            headers=auth(reviewer),
            timeout=10,
        )
        assert bad.status_code == 422
        time.sleep(0.5)  # the access line is written once the answer is sent
    log = running.log.read_text()
    assert '"GET /v1/qa/reports" 200' in log and '"GET /v1/qa/reports" 422' in log, log
    for secret in ("Esperanza", "Okonkwo", "Medic 12", "Medic%2012", "q=", reviewer):
        assert secret not in log, (secret, log)


def test_a_payload_of_more_values_than_any_report_is_rejected_before_it_is_validated() -> None:
    from epcr.station.receiving import MAX_PAYLOAD_VALUES, check
    from epcr.sync.protocol import PushRequest

    (item,) = PushRequest.model_validate_json(FULL_PUSH).items
    reason, report = check(item)
    assert report is None
    assert reason == f"payload: more than {MAX_PAYLOAD_VALUES:,} values; a report holds far fewer"
