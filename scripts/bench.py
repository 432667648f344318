#!/usr/bin/env python3
"""Benchmarks: prints one JSON object of figures (`make bench`).

Keys say their unit (_ms, _per_s, _ratio, _mib). A ratio compares our code with a floor measured in the same
run on the same disk (a bare sqlite3 durable commit, a bare reportlab document), because this machine's
timings drift with its load.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench_agency import bench_agency
from bench_e2e import bench_e2e
from bench_fidelity import bench_fidelity
from bench_nemsis import bench_nemsis
from bench_pdf import bench_pdf
from bench_pin import bench_pin
from bench_station_flood import bench_station_flood
from bench_sync import bench_qa_search, bench_sync
from bench_ui import bench_ui  # scripts/ is this script's directory, so it is on sys.path

from epcr.cli import export_json, read_report_file
from epcr.demo import demo_report, large_report
from epcr.device import Device
from epcr.rules.engine import Validator
from epcr.rules.scope import load
from epcr.security.accounts import Account
from epcr.security.keyslots import KeySlots
from epcr.security.roles import Role
from epcr.store.database import Database

SAVE_PAIRS = 1500
OPEN_RUNS = 40
LIST_RUNS = 15
IMPORT_REPORTS = 1000
LIST_REPORTS = 10_000
LOGIN_RUNS = 7


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 4)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bare_sqlite(path: Path) -> sqlite3.Connection:
    """The floor: Python's sqlite3, WAL, synchronous=FULL, one single-row transaction per commit."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    return conn


def bench_save_field(folder: Path) -> dict[str, float]:
    plain = Database(folder / "save.sqlite3")
    encrypted = Database(folder / "save-encrypted.sqlite3", key=os.urandom(32))  # SQLCipher, raw key
    report = demo_report(0)
    plain.import_reports([report], "bench")
    encrypted.import_reports([report], "bench")
    path = f"vitals[{report.vitals[0].id}].heart_rate"
    floor = bare_sqlite(folder / "floor.sqlite3")

    def bare_commit(i: int) -> None:
        floor.execute("BEGIN IMMEDIATE")
        floor.execute("INSERT INTO t (v) VALUES (?)", (f"heart rate {i}",))
        floor.execute("COMMIT")

    ours, sealed, bare = [], [], []
    for i in range(SAVE_PAIRS):  # interleaved so all three see the same disk and CPU weather
        ours.append(timed(lambda i=i: plain.save_field(report.uuid, path, 40 + i % 120, "b")))
        sealed.append(timed(lambda i=i: encrypted.save_field(report.uuid, path, 40 + i % 120, "b")))
        bare.append(timed(lambda i=i: bare_commit(i)))
    plain.close()
    encrypted.close()
    floor.close()
    return {
        "save_field_median_ms": median_ms(ours),
        "bare_sqlite_durable_commit_median_ms": median_ms(bare),
        "save_field_vs_bare_sqlite_ratio": round(statistics.median(ours) / statistics.median(bare), 3),
        "save_field_encrypted_median_ms": median_ms(sealed),
        "save_field_encrypted_vs_plain_ratio": round(statistics.median(sealed) / statistics.median(ours), 3),
    }


def bench_login(folder: Path) -> dict[str, float]:
    """Logging in: argon2id of the PIN unwraps the database key (once per login), then the database opens."""
    device = Device.at(folder / "login-home")
    session, _ = device.set_up(Account(id="A-0001", name="Bench Admin", role=Role.ADMIN), "90000001")
    session.log_out()
    samples = []
    for _ in range(LOGIN_RUNS):
        start = time.perf_counter()
        session = device.log_in("A-0001", "90000001")
        samples.append(time.perf_counter() - start)
        session.log_out()
    key = KeySlots.load(device.keys).unlock("A-0001", "90000001")
    opens = [timed(lambda: Database(device.database, key=key).close()) for _ in range(LOGIN_RUNS)]
    return {"login_median_ms": median_ms(samples), "open_encrypted_database_median_ms": median_ms(opens)}


def bench_open_large(folder: Path) -> dict[str, float]:
    db = Database(folder / "large.sqlite3")
    report = large_report()
    db.import_reports([report], "bench")
    db.open_report(report.uuid)  # warm caches once, as an open app would be
    samples = [timed(lambda: db.open_report(report.uuid)) for _ in range(OPEN_RUNS)]
    db.close()
    return {"open_large_report_median_ms": median_ms(samples)}


def bench_import(folder: Path) -> dict[str, float]:
    files = folder / "json"
    files.mkdir()
    for number in range(IMPORT_REPORTS):
        (files / f"{number:05d}.json").write_text(export_json(demo_report(number, seed=7)), encoding="utf-8")
    db = Database(folder / "import.sqlite3")
    paths = sorted(files.iterdir())
    start = time.perf_counter()
    for path in paths:  # as `epcr import`: each file validated, then stored in its own transaction
        db.import_reports(read_report_file(path), "bench")
    elapsed = time.perf_counter() - start
    db.close()
    return {
        "import_1000_json_reports_total_ms": round(elapsed * 1000, 1),
        "import_json_reports_per_s": round(IMPORT_REPORTS / elapsed, 1),
    }


def bench_list(folder: Path) -> dict[str, float]:
    path = folder / "import.sqlite3"  # 1,000 imported reports; copy their list rows to reach 10,000
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT * FROM reports").fetchall()
        columns = [d[0] for d in conn.execute("SELECT * FROM reports LIMIT 0").description]
        id_at = columns.index("id")
        copies = []
        for i in range(LIST_REPORTS - len(rows)):
            row = list(rows[i % len(rows)])
            row[id_at] = str(uuid.uuid4())
            copies.append(row)
        conn.executemany(f"INSERT INTO reports VALUES ({','.join('?' * len(columns))})", copies)
    db = Database(path)
    count = len(db.list_reports())
    assert count == LIST_REPORTS, count
    samples = [timed(db.list_reports) for _ in range(LIST_RUNS)]
    db.close()
    return {"list_10000_reports_median_ms": median_ms(samples)}


def bench_rules() -> dict[str, float]:
    validator = Validator(load(), clock=lambda: datetime(2026, 11, 25, tzinfo=UTC))
    figures: dict[str, float] = {}
    medians = {}
    for scale, runs in ((1, 60), (10, 10), (100, 3)):
        report = large_report(scale=scale)
        validator.validate(report)  # warm: code lists and scope decisions load once
        medians[scale] = statistics.median(timed(lambda r=report: validator.validate(r)) for _ in range(runs))
    figures["validate_large_report_median_ms"] = round(medians[1] * 1000, 4)
    figures["validate_10x_items_median_ms"] = round(medians[10] * 1000, 3)
    figures["validate_100x_items_median_ms"] = round(medians[100] * 1000, 2)
    figures["validate_10x_vs_1x_ratio"] = round(medians[10] / medians[1], 2)  # linear growth: about 10
    figures["validate_100x_vs_1x_ratio"] = round(medians[100] / medians[1], 2)  # linear growth: about 100
    report = large_report()
    previous = validator.validate(report)
    # One edit re-checks what it touched: an entry of a repeating group, or a singleton section. Times
    # and crew fan out to every care entry (each time and performer is checked against them).
    changes = {
        "one_vital_set": f"vitals[{report.vitals[50].id}].sbp",
        "one_procedure": f"procedures[{report.procedures[50].id}].at",
        "one_medication": f"medications[{report.medications[50].id}].dose",
        "patient_section": "patient.age",
        "situation_section": "situation.chief_complaint",
        "disposition_section": "disposition.destination_name",
        "times_section": "times.arrived_at_patient",
        "crew_section": "crew",
    }
    for name, path in changes.items():
        samples = [timed(lambda p=path: validator.revalidate(report, previous, [p])) for _ in range(300)]
        figures[f"revalidate_{name}_median_ms"] = median_ms(samples)
    return figures


def bench_code_search() -> dict[str, float]:
    """Type-to-search over a 2,000-entry code list: every keystroke of a crew's words, the best of three."""
    from epcr.domain.code_search import CodeIndex, load_abbreviations
    from tests.unit.test_code_search import two_thousand_entries

    entries = two_thousand_entries()
    aliases = load_abbreviations().aliases("Impression")
    started = time.perf_counter()
    index = CodeIndex(entries, {code: aliases.get(code.split(".")[0], []) for code, _ in entries})
    build = time.perf_counter() - started
    keystrokes = []
    for word in ("chest pain", "male", "coronary", "inj", "a", "heart failure acute", "xyzzy", "i21"):
        for end in range(1, len(word) + 1):
            keystrokes.append(min(timed(lambda t=word[:end]: index.search(t, limit=50)) for _ in range(3)))
    keystrokes.sort()
    return {
        "code_search_2000_entries_build_ms": round(build * 1000, 2),
        "code_search_2000_entries_keystroke_median_ms": median_ms(keystrokes),
        "code_search_2000_entries_keystroke_worst_ms": round(keystrokes[-1] * 1000, 3),
    }


def main() -> int:
    # Bench devices keep their device secrets in a folder of this run, never the user's keyring (the bench's
    # subprocesses inherit it); removed when the run ends.
    secrets = tempfile.TemporaryDirectory(prefix="epcr-bench-secrets-")
    os.environ["EPCR_SECRETS_DIR"] = secrets.name
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="epcr-bench-") as tmp:
        folder = Path(tmp)
        figures |= bench_save_field(folder)
        figures |= bench_open_large(folder)
        figures |= bench_import(folder)
        figures |= bench_list(folder)
        figures |= bench_login(folder)
        figures |= bench_pin(folder)  # one offline PIN guess; guesses the files alone allow (none)
        figures |= bench_sync(folder)  # a station in its own process on loopback
        figures |= bench_agency(folder)  # the 2025 DEM case imported, exported, and pulled by a device
    figures |= bench_station_flood()  # a real `epcr-station serve`: its memory under a flood of bodies
    figures |= bench_qa_search()  # 100,000 reports on the local PostgreSQL (skipped, and said, if none)
    figures |= bench_rules()
    figures |= bench_code_search()
    figures |= bench_pdf()  # the batch of 1,000 PDFs runs in its own process (its own peak memory)
    figures |= bench_nemsis()  # NEMSIS XML: export, XSD and Schematron of a large report; a batch of 1,000
    figures |= bench_fidelity()  # the official files through import -> store -> export: what comes back
    figures |= bench_ui()  # GUI figures, measured in fresh offscreen Qt processes
    figures |= bench_e2e()  # the chest-pain chart and the 1,000-edit typing soak, real X input on Xvfb
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
