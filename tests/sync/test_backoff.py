"""Retries after a failed sync: capped exponential backoff with full jitter, and a station's Retry-After
obeyed (architecture: "network error, 5xx, 429 -> retry with capped exponential backoff and full jitter
(honour Retry-After)")."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from epcr.store.database import Database
from epcr.store.links import Link
from epcr.sync.client import Backoff, Syncer, SyncFailed, retry_after


def test_full_jitter_spreads_over_the_whole_range_and_doubles_its_ceiling() -> None:
    backoff = Backoff(base=5.0, cap=600.0, rng=random.Random(7))
    for failures, ceiling in enumerate((5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 320.0, 600.0, 600.0)):
        samples = []
        for _ in range(400):
            backoff.failures = failures
            samples.append(backoff.next_delay())
        assert min(samples) >= Backoff.FLOOR_S and max(samples) <= ceiling
        # Full jitter: the waits reach down near the floor and up near the ceiling, not only its upper half.
        assert min(samples) < Backoff.FLOOR_S + 0.1 * ceiling and max(samples) > 0.9 * ceiling


def test_each_failure_raises_the_ceiling_and_a_success_resets_it() -> None:
    backoff = Backoff(base=5.0, cap=600.0, rng=random.Random(1))
    for _ in range(20):
        backoff.next_delay()
    assert backoff.failures == 20 and backoff.next_delay() <= 600.0
    backoff.reset()
    assert backoff.next_delay() <= 5.0


def test_a_station_asking_to_wait_is_obeyed_up_to_the_cap() -> None:
    backoff = Backoff(base=5.0, cap=600.0, rng=random.Random(3))
    assert backoff.next_delay(retry_after=120.0) >= 120.0
    assert backoff.next_delay(retry_after=86_400.0) == 600.0  # a day is not a wait we take from anyone


def response(status: int, value: str | None) -> httpx.Response:
    return httpx.Response(status, headers={"Retry-After": value} if value is not None else {})


def test_retry_after_reads_seconds_and_http_dates_on_429_and_503_only() -> None:
    assert retry_after(response(503, "120")) == 120.0
    assert retry_after(response(429, "0")) == 0.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    assert 80.0 < (retry_after(response(503, later)) or 0) <= 90.0
    past = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert retry_after(response(503, past)) == 0.0
    assert retry_after(response(503, "soon")) is None
    assert retry_after(response(503, None)) is None
    assert retry_after(response(500, "120")) is None  # only where the status defines it


class Busy(BaseHTTPRequestHandler):
    """A station that is up but overloaded: 503 with Retry-After to every request."""

    def do_GET(self) -> None:
        body = b'{"detail":"busy"}'
        self.send_response(503)
        self.send_header("Retry-After", "45")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def busy_station() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()


def test_a_sync_refused_with_retry_after_carries_the_wait(busy_station: str, tmp_path: Path) -> None:
    with Database(tmp_path / "device.sqlite3") as db:
        link = Link(busy_station, "station-1", "device-1", "token", datetime.now(UTC).isoformat())
        db.set_station_link(link, "A-0001")
        with pytest.raises(SyncFailed, match="station answered 503") as refused:
            Syncer(db).run()
    assert refused.value.retry_after == 45.0
    assert Backoff(rng=random.Random(0)).next_delay(refused.value.retry_after) >= 45.0
