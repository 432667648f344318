"""The pytest side: run the driver in its own process on a private X server, read the stored report back from
the device database, and count what was lost between the keys typed and the values stored."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from epcr.device import Device
from epcr.domain.audit import AuditRecord
from epcr.domain.report import Report
from tests.e2e.scenarios import build, pin_of
from tests.e2e.xserver import screenshot, stop

ROOT = Path(__file__).resolve().parents[2]
MARGIN_S = 60.0  # over the plan's own timeout: start-up, closing the app, writing the result
ENTRY = re.compile(r"^(?P<group>\w+)\[(?P<key>[^\]]+)\]\.(?P<field>.+)$")


@dataclass
class Run:
    """One driver run: what it reports, and the report it left in the database."""

    result: dict[str, Any]
    shots: Path
    report: Report | None = None
    audit: list[AuditRecord] = field(default_factory=list)

    @property
    def typed(self) -> list[tuple[str, str]]:
        return [(path, text) for path, text in self.result.get("typed", [])]

    def context(self) -> str:
        """What a failure message needs: the driver's own error, keys that went astray, the screenshots."""
        lines = [f"screenshots: {self.shots}"]
        for key in ("error", "stray_keys", "questions", "app_errors", "skipped"):
            if self.result.get(key):
                lines.append(f"{key}: {self.result[key]}")
        return "\n".join(lines)


def drive(display: str, home: Path, folder: Path, plan: str, **params: Any) -> Run:
    """Play `plan` in the driver; fail with its screenshot and last words when it hangs or dies."""
    folder.mkdir(parents=True, exist_ok=True)
    out, shots = folder / f"{plan}.json", folder / f"{plan}-shots"
    timeout = build(plan, {k: str(v) for k, v in params.items()}).timeout_s
    command = [sys.executable, "-m", "tests.e2e.driver", "--home", str(home), "--plan", plan]
    for key, value in params.items():
        command += ["--param", f"{key}={value}"]
    command += ["--out", str(out), "--shots", str(shots)]
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    with open(folder / f"{plan}.log", "wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            process.wait(timeout + MARGIN_S)
        except subprocess.TimeoutExpired:
            screenshot(display, shots / "hung.png")
            raise AssertionError(
                f"the driver of {plan!r} did not finish within {timeout + MARGIN_S:g} s; "
                f"screenshot in {shots}; its output:\n{tail(folder / f'{plan}.log')}"
            ) from None
        finally:
            stop(process)  # always: it and anything it started
    if not out.exists():
        last_words = tail(folder / f"{plan}.log")
        raise AssertionError(
            f"the driver of {plan!r} exited with {process.returncode}, no result:\n{last_words}"
        )
    return Run(json.loads(out.read_text(encoding="utf-8")), shots)


def tail(path: Path, size: int = 4000) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-size:] if path.exists() else ""


def read_back(home: Path, run: Run) -> Run:
    """Log in to the device database as the crew member of the run; open the report; read its audit trail."""
    uuid = run.result.get("report")
    if not uuid:
        raise AssertionError(f"the driver opened no report\n{run.context()}")
    user = run.result["user"]
    session = Device.at(home).log_in(user, pin_of(user))
    try:
        run.report = session.open_report(uuid)
        run.audit = session.db.audit_trail(uuid)
    finally:
        session.log_out()
    return run


# -- comparing ---------------------------------------------------------------------------------------------


def as_text(value: Any) -> str:
    """A stored value the way it was typed: None and blanks as "", codes by value, 8 as "8"."""
    if value is None or type(value).__name__ == "Blank":
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def stored_text(report: Report, path: str) -> str:
    """The stored value of `path`; `vitals[0].sbp` names the first vital-sign set by its row."""
    match = ENTRY.match(path)
    if match is None:
        value: Any = report
        for key in path.split("."):
            value = getattr(value, key, None)
        return as_text(value)
    entries = getattr(report, match["group"])
    key = match["key"]
    entry = entries[int(key)] if key.isdigit() and int(key) < len(entries) else None
    if entry is None:
        entry = next((e for e in entries if str(e.id) == key), None)
    return as_text(getattr(entry, match["field"], None)) if entry is not None else ""


def distance(a: str, b: str) -> int:
    """Levenshtein distance: the characters lost, added or altered between what was typed and stored."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class Loss:
    path: str
    typed: str
    stored: str

    @property
    def characters(self) -> int:
        return distance(self.typed, self.stored)

    def __str__(self) -> str:
        return f"{self.path}: typed {self.typed!r}, stored {self.stored!r}"


def final_losses(report: Report, expected: dict[str, str]) -> list[Loss]:
    """Every field whose stored value is not the last text typed into it."""
    found = [Loss(path, text, stored_text(report, path)) for path, text in expected.items()]
    return [loss for loss in found if loss.typed != loss.stored]


def edit_losses(run: Run) -> list[Loss]:
    """Every edit typed must have been saved as typed, in order (the audit trail keeps each save): a save
    of "OLDNEW" where "NEW" was typed, or a save that never came, is a loss even if later typing hid it."""
    assert run.report is not None
    rows = {str(v.id): n for n, v in enumerate(run.report.vitals)}
    saves: dict[str, list[str]] = {}
    for record in run.audit:
        if record.action != "edit" or not record.path:
            continue
        path = record.path
        match = ENTRY.match(path)
        if match is not None and match["group"] == "vitals" and match["key"] in rows:
            path = f"vitals[{rows[match['key']]}].{match['field']}"
        saves.setdefault(path, []).append(as_text(record.new_value))
    committed: list[tuple[str, str]] = []
    for path, text in run.typed:  # retyped without leaving the field: only the last text is committed
        if committed and committed[-1][0] == path:
            committed[-1] = (path, text)
        else:
            committed.append((path, text))
    losses = []
    cursor: dict[str, int] = {}
    held: dict[str, str] = {}  # what each field holds after the saves matched so far
    for path, text in committed:
        if text == held.get(path, ""):  # retyped to what it already held: nothing to save
            continue
        history, at = saves.get(path, []), cursor.get(path, 0)
        hit = next((k for k in range(at, len(history)) if history[k] == text), None)
        if hit is not None:
            cursor[path], held[path] = hit + 1, text
            continue
        losses.append(Loss(path, text, history[at] if at < len(history) else ""))
        cursor[path] = at + 1
    return losses


def characters_lost(losses: list[Loss]) -> int:
    return sum(loss.characters for loss in losses)


def all_losses(run: Run) -> list[Loss]:
    """Edits not saved as typed, then fields whose final value is not the last text typed (once each)."""
    assert run.report is not None
    found = edit_losses(run) + final_losses(run.report, dict(run.typed))
    return list(dict.fromkeys(found))


def explain(losses: list[Loss], run: Run) -> str:
    listed = "\n".join(f"  {loss}" for loss in losses[:30])
    more = f"\n  ... and {len(losses) - 30} more" if len(losses) > 30 else ""
    return f"{characters_lost(losses)} character(s) lost or altered:\n{listed}{more}\n{run.context()}"
