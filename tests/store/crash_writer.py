"""The writer half of the crash test (tests/store/test_crash.py); run as a subprocess, killed with SIGKILL.

    python crash_writer.py DB_PATH STATE_FILE START

Opens the database, creates a report with one vital-sign set on the first run (its ids go to STATE_FILE,
written atomically) or reuses the ones in STATE_FILE, prints `ready <report uuid>`, then saves fields forever.
Save number n (counting from START) is `operation(n, vitals_id)`; once `save_field` has returned, the writer
prints `ok <path> <json value>` and flushes, so a printed line is a save the app acknowledged to its user.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

TEXT_PATHS = ("patient.last_name", "narrative.text", "situation.chief_complaint")
HEART_RATE_MAX = 500  # eVitals.10 allows 0..500


def operation(n: int, vitals_id: str) -> tuple[str, Any]:
    """The field path and value of save number n: a pure function, so the test can predict the save in flight.

    Text values embed n, so they are unique across runs. Heart rates can only be 0..500, so they cycle; two
    consecutive heart-rate saves (n and n + 4) always differ, so every save really changes the field.
    """
    kind = n % 4
    if kind < len(TEXT_PATHS):
        return TEXT_PATHS[kind], f"{TEXT_PATHS[kind].split('.')[0]}-{n}"
    return f"vitals[{vitals_id}].heart_rate", (n // 4) % (HEART_RATE_MAX + 1)


def _setup(db: Any, state_file: Path) -> dict[str, str]:
    if state_file.exists():
        state: dict[str, str] = json.loads(state_file.read_text())
        return state
    report = db.create_report("emt-crash")
    vitals_id = db.add_entry(report.uuid, "vitals", {"taken_at": "2025-03-02T14:05:00-07:00"}, "emt-crash")
    state = {"report": str(report.uuid), "vitals": str(vitals_id)}
    tmp = state_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    os.replace(tmp, state_file)  # a kill leaves either no state file or a whole one
    return state


def main(argv: list[str]) -> None:
    from epcr.store.database import Database

    db_path, state_file, start = Path(argv[1]), Path(argv[2]), int(argv[3])
    key = os.environ.get("EPCR_CRASH_KEY")  # hex: the SQLCipher-encrypted variant of the test
    db = Database(db_path, key=bytes.fromhex(key) if key else None)
    state = _setup(db, state_file)
    out = sys.stdout
    out.write(f"ready {state['report']}\n")
    out.flush()
    n = start
    while True:
        path, value = operation(n, state["vitals"])
        change = db.save_field(state["report"], path, value, "emt-crash")
        if not change.changed:
            raise SystemExit(f"save {n} did not change {path}: the test's value sequence is broken")
        out.write(f"ok {path} {json.dumps(value)}\n")
        out.flush()
        n += 1


if __name__ == "__main__":
    main(sys.argv)
