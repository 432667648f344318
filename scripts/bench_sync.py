"""Docking figures: 1,000 locked reports to a station running in its own process, against the floor of
POSTing the same bytes to a route that only reads them, on the same server in the same run."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.sync.faults: the same fault proxy the reliability test uses

from epcr.demo import demo_report  # noqa: E402
from epcr.station.store import StationStore  # noqa: E402
from epcr.store.database import Database  # noqa: E402
from epcr.sync.client import Syncer, SyncFailed, enroll, push_body  # noqa: E402
from tests.sync.faults import Faults, FaultyProxy  # noqa: E402

REPORTS = 1000
SERVER = """
import sys, uvicorn
from epcr.station.app import create_app
from epcr.station.store import StationStore
uvicorn.run(create_app(StationStore(sys.argv[1]), floor=True), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning")
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


def serve(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port)])
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/v1/health", timeout=1)
            return process, base
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("station did not start")


def dock(db: Database) -> float:
    start = time.perf_counter()
    while True:
        try:
            Syncer(db).run()
        except SyncFailed:
            continue  # under faults: the app's next try (no backoff wait here: we time the work)
        if not db.pending_outbox():
            return time.perf_counter() - start


def bench_sync(folder: Path) -> dict[str, float]:
    template = folder / "dock-template.sqlite3"
    device_with_locked_reports(template)
    station_url = f"sqlite:///{folder / 'station.sqlite3'}"
    faulty_url = f"sqlite:///{folder / 'station-faulty.sqlite3'}"  # a second station: the same reports again
    codes = []
    for url in (station_url, faulty_url):
        store = StationStore(url)
        codes.append(store.invite("Bench"))
        store.close()
    process, base = serve(station_url)
    faulty_process, faulty_base = serve(faulty_url)
    try:
        # The floor: the very bytes a sync sends, POSTed to /v1/echo in the same batches.
        shutil.copy(template, folder / "floor.sqlite3")
        floor_db = Database(folder / "floor.sqlite3")
        syncer = Syncer(floor_db)
        bodies = [
            push_body([item for _, item in batch]) for batch in syncer._batches(floor_db.pending_outbox())
        ]
        floor_db.close()
        with httpx.Client(base_url=base, timeout=60) as http:
            start = time.perf_counter()
            for body in bodies:
                http.post(
                    "/v1/echo", content=body, headers={"Content-Type": "application/json"}
                ).raise_for_status()
            floor = time.perf_counter() - start

        shutil.copy(template, folder / "clean.sqlite3")
        clean = Database(folder / "clean.sqlite3")
        enroll(clean, base, codes[0], "bench")
        clean_s = dock(clean)
        clean.close()

        shutil.copy(template, folder / "faulty.sqlite3")
        faulty = Database(folder / "faulty.sqlite3")
        link = enroll(faulty, faulty_base, codes[1], "bench")
        proxy = FaultyProxy(int(faulty_base.rsplit(":", 1)[1]), Faults.everything(0.10, seed=5))
        faulty.set_station_link(replace(link, url=proxy.url), "bench")
        faulty_s = dock(faulty)
        proxy.close()
        faulty.close()
    finally:
        for running in (process, faulty_process):
            running.terminate()
            running.wait()
    return {
        "dock_1000_reports_ms": round(clean_s * 1000, 1),
        "dock_same_bytes_bare_post_ms": round(floor * 1000, 1),
        "dock_vs_bare_post_ratio": round(clean_s / floor, 2),
        "dock_reports_per_s": round(REPORTS / clean_s, 1),
        "dock_1000_reports_10pct_faults_ms": round(faulty_s * 1000, 1),
        "dock_10pct_faults_reports_per_s": round(REPORTS / faulty_s, 1),
    }


POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
QA_REPORTS = 100_000
QA_RUNS = 15


def bench_qa_search() -> dict[str, float]:
    """A QA search page over 100,000 received reports on PostgreSQL, through the station's HTTP API."""
    import statistics
    import uuid as uuidlib

    from sqlalchemy import create_engine, text

    from epcr.station import qa
    from epcr.station.schema import reports

    schema = f"bench_{uuidlib.uuid4().hex[:10]}"
    try:
        admin = create_engine(POSTGRES, connect_args={"connect_timeout": 2})
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # no PostgreSQL here: the figure is missing, and says why on stderr
        print(
            f"qa search bench skipped: no PostgreSQL at {POSTGRES} ({type(error).__name__})", file=sys.stderr
        )
        return {}
    url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    try:
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
        process, base = serve(url)
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
        try:
            with httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
            ) as http:
                for name, params in searches.items():
                    samples = []
                    for _ in range(QA_RUNS):
                        start_t = time.perf_counter()
                        http.get("/v1/qa/reports", params={**params, "limit": 50}).raise_for_status()
                        samples.append(time.perf_counter() - start_t)
                    figures[f"qa_search_100k_{name}_median_ms"] = round(statistics.median(samples) * 1000, 2)
        finally:
            process.terminate()
            process.wait()
        return figures
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="epcr-bench-sync-") as tmp:
        print(json.dumps(bench_sync(Path(tmp)) | bench_qa_search(), indent=2))
