"""Reliability: kill the writing process at random moments and check that nothing acknowledged is lost.

A writer subprocess (crash_writer.py) saves fields as fast as it can and prints a line for every save that
`Database.save_field` has returned; the test kills it with SIGKILL after a random delay and, with the file
opened anew, checks that:

- SQLite's integrity check passes;
- every acknowledged save is in the audit log, in order, and at most one more save (the one in flight when
  the writer died, which the test can predict) committed after them;
- every field holds exactly the new value of its latest audit row (no value without its audit row, no audit
  row without its value, nothing half-written), and that value is the last acknowledged one or the one in
  flight; the report's revision counter and list columns agree with it.

All runs share one database, so each run also starts from a file recovered after a crash. SIGKILL does not
lose the OS page cache: this proves atomicity and that a save is committed before it is acknowledged, not
that fsync reaches the disk (synchronous=FULL is checked by its own PRAGMA test elsewhere).

EPCR_CRASH_RUNS sets the number of kills (default 30); EPCR_CRASH_SEED replays a failing run's delays.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from epcr.store.database import Database

WRITER = Path(__file__).with_name("crash_writer.py")
RUNS = int(os.environ.get("EPCR_CRASH_RUNS", "30"))
DELAY_RANGE = (0.2, 1.0)  # seconds of writing before the kill, counted from the writer's "ready"
READY_TIMEOUT = 60.0

_spec = importlib.util.spec_from_file_location("crash_writer", WRITER)
assert _spec is not None and _spec.loader is not None
crash_writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash_writer)

Save = tuple[str, Any]  # (field path, JSON value)


@dataclass
class Run:
    index: int
    start: int  # the writer's first save number
    delay: float
    report_id: str = ""
    acknowledged: list[Save] = field(default_factory=list)
    stderr: str = ""

    def label(self, seed: int) -> str:
        return (
            f"run {self.index} (seed {seed}, delay {self.delay:.3f}s, start {self.start}, "
            f"{len(self.acknowledged)} acknowledged)"
        )


def _run_writer(run: Run, db_path: Path, state_file: Path, workdir: Path, key: bytes | None) -> None:
    """Start the writer, let it write `run.delay` seconds once ready, SIGKILL it, collect its acks."""
    stderr_path = workdir / f"writer-{run.index}.stderr"
    lines: list[bytes] = []
    ready = threading.Event()
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(state_file), str(run.start)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=workdir,
            env={**os.environ, "EPCR_CRASH_KEY": key.hex() if key else ""},
        )

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # ends at EOF, i.e. when the writer is dead
            lines.append(line)
            if line.startswith(b"ready "):
                ready.set()
        ready.set()  # the writer died before it got ready: stop waiting

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(READY_TIMEOUT):
            raise AssertionError(f"writer not ready after {READY_TIMEOUT}s")
        if proc.poll() is None:
            time.sleep(run.delay)
    finally:
        proc.kill()  # SIGKILL: no atexit, no finally, no flush
        proc.wait()
        reader.join(10)
    run.stderr = stderr_path.read_text(errors="replace")
    assert proc.returncode == -signal.SIGKILL, (
        f"writer exited on its own (code {proc.returncode}) before the kill:\n{run.stderr}"
    )
    assert lines and lines[0].startswith(b"ready "), f"writer never got ready:\n{run.stderr}"
    run.report_id = lines[0].decode().split()[1]
    for raw in lines[1:]:
        if not raw.endswith(b"\n"):
            break  # cut off by the kill mid-write: never shown to the user, so not acknowledged
        status, path, value = raw.decode().rstrip("\n").split(" ", 2)
        assert status == "ok", f"unexpected writer output {raw!r}"
        run.acknowledged.append((path, json.loads(value)))


_ENTRY_FIELD = re.compile(r"^(?P<group>\w+)\[(?P<id>[^\]]+)\]\.(?P<rest>.+)$")


def _stored_value(report: dict[str, Any], path: str) -> Any:
    """The value at a field path ("patient.last_name", "vitals[<id>].heart_rate") of a JSON-dumped report."""
    match = _ENTRY_FIELD.match(path)
    node: Any = report
    if match:
        entries = [e for e in report[match["group"]] if e["id"] == match["id"]]
        assert len(entries) == 1, f"{path}: entry missing from the report (or duplicated)"
        node, path = entries[0], match["rest"]
    for key in path.split("."):
        node = node[key]
    return node


def _check_report_consistency(db: Database, raw: sqlite3.Connection, report_id: str, where: str) -> None:
    """Every field equals its latest audit row; counters and list columns agree with the parts."""
    report = db.open_report(report_id)
    dumped = report.model_dump(mode="json")
    latest = {
        path: json.loads(value)
        for path, value in raw.execute(
            "SELECT path, new_value FROM audit_log WHERE id IN "
            "(SELECT MAX(id) FROM audit_log WHERE report_id = ? AND action = 'edit' GROUP BY path)",
            (report_id,),
        )
    }
    paths = set(latest) | set(crash_writer.TEXT_PATHS)
    paths |= {f"vitals[{v['id']}].heart_rate" for v in dumped["vitals"]}
    for path in sorted(paths):
        # A field never edited still holds its initial (empty) value: no value without an audit row.
        assert _stored_value(dumped, path) == latest.get(path), (
            f"{where}: report {report_id} field {path} holds {_stored_value(dumped, path)!r} "
            f"but its latest audit row says {latest.get(path)!r}"
        )
    revision, patient_name, complaint = raw.execute(
        "SELECT revision, patient_name, chief_complaint FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    (changes,) = raw.execute(
        "SELECT COUNT(*) FROM audit_log WHERE report_id = ? AND action IN ('edit', 'add', 'remove')",
        (report_id,),
    ).fetchone()
    assert revision == changes, f"{where}: report {report_id} revision {revision}, {changes} audited changes"
    assert patient_name == report.patient.last_name, f"{where}: list column patient_name out of step"
    assert complaint == report.situation.chief_complaint, f"{where}: list column chief_complaint out of step"


def _open_raw(path: Path, key: bytes | None) -> sqlite3.Connection:
    if key is None:
        return sqlite3.connect(path)
    import sqlcipher3  # type: ignore[import-untyped]

    conn: sqlite3.Connection = sqlcipher3.dbapi2.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


@pytest.mark.slow
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "sqlcipher"])
def test_killed_writer_loses_no_acknowledged_save(tmp_path: Path, encrypted: bool) -> None:
    seed = int(os.environ.get("EPCR_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    runs = RUNS if not encrypted else max(1, RUNS // 2)  # the encrypted file repeats the proof, shorter
    key = os.urandom(32) if encrypted else None
    print(f"crash test: {runs} runs, seed {seed} (replay with EPCR_CRASH_SEED={seed})")
    rng = random.Random(seed)
    db_path = tmp_path / "device.db"
    state_file = tmp_path / "writer-state.json"

    next_save = 0  # the number of the first save not yet committed
    last_audit_id = 0  # audit rows up to here were checked by earlier runs
    latest: dict[str, Any] = {}  # field path -> its committed value, as the test knows it
    total_acknowledged = 0
    for index in range(runs):
        run = Run(index=index, start=next_save, delay=rng.uniform(*DELAY_RANGE))
        first_run = not state_file.exists()
        _run_writer(run, db_path, state_file, tmp_path, key)
        where = run.label(seed)
        state = json.loads(state_file.read_text())
        assert state["report"] == run.report_id
        for k, save in enumerate(run.acknowledged):  # the writer did what the test expects of it
            assert save == tuple(crash_writer.operation(run.start + k, state["vitals"])), where
        in_flight = tuple(crash_writer.operation(run.start + len(run.acknowledged), state["vitals"]))

        # 1. The file, opened anew after the crash, is sound.
        raw = _open_raw(db_path, key)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == [], where

            # 2. Every acknowledged save is audited, in order; at most the one in flight committed after them.
            rows = raw.execute(
                "SELECT id, action, report_id, path, new_value FROM audit_log WHERE id > ? ORDER BY id",
                (last_audit_id,),
            ).fetchall()
            setup = [r for r in rows if r[1] not in ("edit", "view")]  # views: this checker's own reads
            assert not setup or (first_run and {r[1] for r in setup} <= {"create", "add"}), (
                f"{where}: unexpected audit rows {setup}"
            )
            edits = [(path, json.loads(value)) for _, action, rid, path, value in rows if action == "edit"]
            assert {r[2] for r in rows if r[1] == "edit"} <= {run.report_id}, where
            audited = edits[: len(run.acknowledged)]
            if audited != run.acknowledged:
                lost = next(
                    (k, ack)
                    for k, ack in enumerate(run.acknowledged)
                    if k >= len(audited) or audited[k] != ack
                )
                pytest.fail(f"{where}: acknowledged save #{lost[0]} {lost[1]} is not in the audit log")
            extra = edits[len(run.acknowledged) :]
            assert extra in ([], [in_flight]), (
                f"{where}: after the acknowledged saves the audit log holds {extra}; only the save in "
                f"flight {in_flight} may have committed"
            )
            if rows:
                last_audit_id = rows[-1][0]

            # 3. Each field holds its last acknowledged value, or the value in flight if that committed.
            for path, value in run.acknowledged:
                latest[path] = value
            if extra:
                latest[in_flight[0]] = in_flight[1]
            next_save = run.start + len(run.acknowledged) + len(extra)
            total_acknowledged += len(run.acknowledged)

            db = Database(db_path, key=key)
            try:
                report = db.open_report(run.report_id).model_dump(mode="json")
                for path, value in latest.items():
                    assert _stored_value(report, path) == value, (
                        f"{where}: {path} holds {_stored_value(report, path)!r}, expected {value!r} "
                        f"(in flight: {in_flight})"
                    )
                # 4. No value without its audit row, nothing half-written, in every report in the file.
                for (report_id,) in raw.execute("SELECT id FROM reports").fetchall():
                    _check_report_consistency(db, raw, report_id, where)
            finally:
                db.close()
        finally:
            raw.close()
        print(f"{where}: {len(extra)} unacknowledged save committed")

    print(f"crash test: {total_acknowledged} acknowledged saves over {runs} kills")
    assert total_acknowledged > runs, "the writer hardly wrote anything: the test proved nothing"
