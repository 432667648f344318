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
from epcr.sync.client import Syncer, SyncFailed, enroll  # noqa: E402
from epcr.sync.protocol import canonical  # noqa: E402
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
            canonical({"items": [item for _, item in batch]})
            for batch in syncer._batches(floor_db.pending_outbox())
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


if __name__ == "__main__":
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="epcr-bench-sync-") as tmp:
        print(json.dumps(bench_sync(Path(tmp)), indent=2))
