"""Docking figures: 1,000 locked reports to a real station (its own process, TLS, the server settings of
`epcr-station serve`) on SQLite and on PostgreSQL, against the floor of a bare FastAPI endpoint that parses
and stores the same bytes in the same batches on the same database (scripts/bench_floor.py), in the same run.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import sys
import time
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.sync.faults: the same fault proxy the reliability test uses

from epcr.demo import demo_report  # noqa: E402
from epcr.station import qa  # noqa: E402
from epcr.station.store import StationStore  # noqa: E402
from epcr.station.tls import ensure_certificate, fingerprint  # noqa: E402
from epcr.store.database import Database  # noqa: E402
from epcr.sync.client import Syncer, SyncFailed, enroll, push_body  # noqa: E402
from tests.sync.faults import Faults, FaultyProxy  # noqa: E402

REPORTS = 1000
RUNS = 3  # each figure is the best of this many docks into a fresh station (the machine is noisy)
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
STATION = """
import sys, uvicorn
from epcr.station import limits
from epcr.station.app import create_app, tune_for_serving
from epcr.station.store import StationStore
tls = {"ssl_certfile": sys.argv[3], "ssl_keyfile": sys.argv[4]} if len(sys.argv) > 3 else {}
app = create_app(StationStore(sys.argv[1]))
tune_for_serving()  # as `epcr-station serve` does
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", **limits.SERVER, **tls)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def device_with_locked_reports(path: Path) -> None:
    db = Database(path)
    first = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)  # all calls inside the crew's certification dates
    reports = [demo_report(n, first + timedelta(minutes=10 * n), seed=3) for n in range(REPORTS)]
    db.import_reports(reports, "bench")
    for report in reports:
        db.lock_report(report.uuid, "P-1042")
    db.close()


@contextmanager
def running(args: list[str], tls: tuple[Path, Path] | None = None) -> Iterator[str]:
    """A server process on a free loopback port (https with `tls`), stopped on leaving."""
    port = free_port()
    extra = [str(tls[0]), str(tls[1])] if tls else []
    process = subprocess.Popen([sys.executable, *args, str(port), *extra])
    base = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(tls[0])) if tls else False
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/v1/health", timeout=1, verify=verify)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"server did not start: {args}") from None
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait()


def dock(db: Database) -> float:
    start = time.perf_counter()
    while True:
        try:
            Syncer(db).run()
        except SyncFailed:
            continue  # under faults: the app's next try (no backoff wait here: we time the work)
        if not db.pending_outbox():
            return time.perf_counter() - start


def push_bodies(template: Path, folder: Path) -> list[bytes]:
    """The very bodies a sync of the template device sends, batch by batch."""
    shutil.copy(template, folder / "bodies.sqlite3")
    db = Database(folder / "bodies.sqlite3")
    syncer = Syncer(db)
    bodies = [push_body([item for _, item in batch]) for batch in syncer._batches(db.pending_outbox())]
    db.close()
    return bodies


def floor_post(base: str, cert: Path, bodies: list[bytes]) -> float:
    context = ssl.create_default_context(cafile=str(cert))
    with httpx.Client(base_url=base, timeout=60, verify=context) as http:
        start = time.perf_counter()
        for body in bodies:
            answer = http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
            answer.raise_for_status()
            answer.json()  # a client reads its receipts
        return time.perf_counter() - start


@contextmanager
def postgres_schema(_name: str = "") -> Iterator[str | None]:
    """A fresh schema on the local PostgreSQL (its URL), dropped on leaving; None when no server answers."""
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuidlib.uuid4().hex[:10]}"
    try:
        admin = create_engine(POSTGRES, connect_args={"connect_timeout": 2})
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # no PostgreSQL here: the figures are missing, and say why on stderr
        print(
            f"PostgreSQL figures skipped: no server at {POSTGRES} ({type(error).__name__})", file=sys.stderr
        )
        yield None
        return
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def station_vs_floor(folder: Path, template: Path, name: str, make_url: object) -> dict[str, float]:
    """The best of RUNS docks into a fresh station against the best of RUNS floor runs on a fresh table."""
    assert callable(make_url)
    tls = ensure_certificate(folder / "tls")
    pin = fingerprint(tls[0].read_text())
    bodies = push_bodies(template, folder)
    docks, floors, searchable = [], [], []
    for run in range(RUNS):
        with make_url(f"floor{run}") as url:
            if url is None:
                return {}
            database = url.replace("postgresql+psycopg", "postgresql") if url.startswith("postgres") else url
            with running([str(ROOT / "scripts" / "bench_floor.py"), database], tls) as base:
                floors.append(floor_post(base, tls[0], bodies))
        with make_url(f"station{run}") as url:
            store = StationStore(url)
            code = store.invite("Bench")
            reviewer = qa.add_reviewer(store.engine, "Bench Reviewer")
            store.close()
            with running(["-c", STATION, url], tls) as base:
                device = folder / f"device-{name}-{run}.sqlite3"
                shutil.copy(template, device)
                db = Database(device)
                enroll(db, base, code, "bench", fingerprint=pin)
                docked = dock(db)
                docks.append(docked)
                db.close()
                # Until a reviewer's search finds all of them: the QA index is filled behind the receipts.
                start = time.perf_counter()
                found = httpx.get(
                    f"{base}/v1/qa/reports",
                    params={"limit": 1},
                    headers={"Authorization": f"Bearer {reviewer}"},
                    verify=ssl.create_default_context(cafile=str(tls[0])),
                    timeout=60,
                ).json()["total"]
                assert found == REPORTS, found
                searchable.append(docked + time.perf_counter() - start)
    best, floor = min(docks), min(floors)
    return {
        f"dock_1000_reports_{name}_ms": round(best * 1000, 1),
        f"dock_bare_parse_write_{name}_ms": round(floor * 1000, 1),
        f"dock_vs_bare_parse_write_{name}_ratio": round(best / floor, 2),
        f"dock_reports_per_s_{name}": round(REPORTS / best, 1),
        f"dock_then_qa_search_finds_all_{name}_ms": round(min(searchable) * 1000, 1),
    }


def bench_sync(folder: Path) -> dict[str, float]:
    template = folder / "dock-template.sqlite3"
    device_with_locked_reports(template)

    @contextmanager
    def sqlite_url(name: str) -> Iterator[str]:
        yield f"sqlite:///{folder / (name + '.sqlite3')}"

    figures = station_vs_floor(folder, template, "sqlite", sqlite_url)
    figures["dock_vs_bare_parse_write_ratio"] = figures["dock_vs_bare_parse_write_sqlite_ratio"]
    figures |= station_vs_floor(folder, template, "postgres", postgres_schema)

    # Through the fault proxy (raw HTTP: it reads requests to cut them at chosen points), 10% of exchanges.
    url = f"sqlite:///{folder / 'station-faulty.sqlite3'}"
    store = StationStore(url)
    code = store.invite("Bench")
    store.close()
    with running(["-c", STATION, url]) as base:
        shutil.copy(template, folder / "faulty.sqlite3")
        faulty = Database(folder / "faulty.sqlite3")
        link = enroll(faulty, base, code, "bench")
        proxy = FaultyProxy(int(base.rsplit(":", 1)[1]), Faults.everything(0.10, seed=5))
        faulty.set_station_link(replace(link, url=proxy.url), "bench")
        faulty_s = dock(faulty)
        proxy.close()
        faulty.close()
    return figures | {
        "dock_1000_reports_10pct_faults_ms": round(faulty_s * 1000, 1),
        "dock_10pct_faults_reports_per_s": round(REPORTS / faulty_s, 1),
    }


QA_REPORTS = 100_000
QA_RUNS = 15


def bench_qa_search() -> dict[str, float]:
    """A QA search page over 100,000 received reports on PostgreSQL, through the station's HTTP API."""
    with postgres_schema() as url:
        return {} if url is None else qa_search_figures(url)


def qa_search_figures(url: str) -> dict[str, float]:
    import statistics

    from sqlalchemy import text

    from epcr.station.schema import reports

    store = StationStore(url)
    first = datetime(2026, 1, 1, tzinfo=UTC)
    templates = [qa.index_row(demo_report(n, first, seed=9), first) for n in range(40)]
    units = [f"Medic {n}" for n in range(1, 41)]
    rows = []
    for n in range(QA_REPORTS):  # a year of calls for 40 units, from 40 real report shapes
        row = dict(templates[n % 40])
        row["report_uuid"] = str(uuidlib.UUID(int=n + 1, version=4))
        row["incident_at"] = first + timedelta(minutes=5 * n)
        row["unit"] = units[(n * 7) % 40]
        row["crew"] = f" P-{1000 + n % 300} E-{2000 + (n * 3) % 300} "
        rows.append(row)
    with store.engine.begin() as conn:
        for start in range(0, QA_REPORTS, 10_000):
            conn.execute(reports.insert(), rows[start : start + 10_000])
        conn.execute(text("ANALYZE reports"))
    token = qa.add_reviewer(store.engine, "Bench Reviewer")
    store.close()
    searches = {
        "unit_month": {
            "unit": "Medic 12",
            "start": "2026-06-01T00:00:00+00:00",
            "end": "2026-07-01T00:00:00+00:00",
        },
        "crew": {"crew": "P-1042"},
        "arrest": {"arrest": "true"},
        "text": {"q": "chest"},
    }
    figures: dict[str, float] = {}
    with (
        running(["-c", STATION, url]) as base,
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http,
    ):
        for name, params in searches.items():
            samples = []
            for _ in range(QA_RUNS):
                start_t = time.perf_counter()
                http.get("/v1/qa/reports", params={**params, "limit": 50}).raise_for_status()
                samples.append(time.perf_counter() - start_t)
            figures[f"qa_search_100k_{name}_median_ms"] = round(statistics.median(samples) * 1000, 2)
    return figures


if __name__ == "__main__":
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="epcr-bench-sync-") as tmp:
        print(json.dumps(bench_sync(Path(tmp)) | bench_qa_search(), indent=2))
