#!/usr/bin/env python3
"""End-to-end figures (part of `make bench`): the standard chest-pain chart typed and tapped into the real app
on a private Xvfb screen with real X input (tests/e2e), and the typing soak of 1,000 field edits. Prints one
JSON object when run on its own.

    chest_pain_chart_actions_count         taps, fields typed, page changes and key chords to lock it
    chest_pain_chart_keystrokes_count      keys pressed to lock it
    chest_pain_chart_to_lock_ms            wall-clock from New report to locked, at a typist's pace
    chest_pain_chart_characters_lost_count typed but not stored as typed
    typing_soak_edits_count                field edits typed in the soak
    typing_soak_characters_lost_count      characters lost or altered over all of them (must be 0)

Without Xvfb or xdotool the figures are left out and the reason goes to stderr."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the e2e harness lives in tests/e2e

SOAK_EDITS = int(os.environ.get("EPCR_E2E_SOAK", "1000"))
SCREEN = (1366, 768)


def prepare_device(home: Path) -> None:
    from epcr.demo import demo_accounts
    from epcr.device import Device

    accounts = demo_accounts()
    session, _ = Device.at(home).set_up(*accounts[0])
    for account, pin in accounts[1:]:
        session.add_account(account, pin)
    session.log_out()


def configure(home: Path) -> None:
    """Agency settings as the station publishes them and the unit an admin set on the device."""
    from epcr.demo import demo_accounts, demo_settings
    from epcr.device import Device

    admin, pin = demo_accounts()[0]
    session = Device.at(home).log_in(admin.id, pin)
    try:
        demo_settings(session)
    finally:
        session.log_out()


def bench_e2e() -> dict[str, float]:
    import shutil

    from tests.e2e.harness import all_losses, characters_lost, drive, read_back
    from tests.e2e.xserver import missing_tools, xvfb

    missing = missing_tools()
    if missing:
        print(f"bench_e2e: skipped, {' and '.join(missing)} not installed", file=sys.stderr)
        return {}
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="epcr-bench-e2e-") as tmp:
        folder = Path(tmp)
        template = folder / "template"
        prepare_device(template)
        with xvfb(*SCREEN) as display:
            home = folder / "chart"
            shutil.copytree(template, home)
            configure(home)  # the chart runs on a device set up as an agency runs it
            chart = read_back(home, drive(display, home, folder / "runs", "chest_pain_chart"))
            if "error" in chart.result:
                print(f"bench_e2e: the chart did not lock: {chart.result['error']}", file=sys.stderr)
            marks = chart.result.get("marks_ms", {})
            figures["chest_pain_chart_actions_count"] = chart.result["actions"]
            figures["chest_pain_chart_keystrokes_count"] = chart.result["keystrokes"]
            if "locked" in marks:
                figures["chest_pain_chart_to_lock_ms"] = round(marks["locked"] - marks["start"], 1)
            figures["chest_pain_chart_characters_lost_count"] = characters_lost(all_losses(chart))

            home = folder / "soak"
            shutil.copytree(template, home)
            soak = read_back(home, drive(display, home, folder / "runs", "soak", edits=SOAK_EDITS))
            if "error" in soak.result:
                print(f"bench_e2e: the soak stopped early: {soak.result['error']}", file=sys.stderr)
            figures["typing_soak_edits_count"] = len(soak.typed)
            figures["typing_soak_characters_lost_count"] = characters_lost(all_losses(soak))
    return figures


if __name__ == "__main__":
    print(json.dumps(bench_e2e(), indent=2))
