"""The real app under Xvfb, driven by real X input (xdotool) at a typist's pace, its database read back after.

"The unit tests pass because they set values programmatically; a crew types, tabs, scrolls and taps twice."
(issue 12). Each test plays one plan of tests/e2e/scenarios.py in tests/e2e/driver.py (its own process) and
compares what is stored with what was typed. Screenshots of every run are kept under the test's tmp_path.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from epcr.demo import demo_settings
from epcr.device import Device
from epcr.domain.report import Status
from tests.cli.conftest import PINS, home  # noqa: F401
from tests.e2e import chart
from tests.e2e.conftest import Crew
from tests.e2e.harness import Run, all_losses, characters_lost, explain
from tests.e2e.scenarios import CODE_TAPS, WHEEL_PATHS, build

pytestmark = pytest.mark.e2e

SOAK_EDITS = int(os.environ.get("EPCR_E2E_SOAK", "60"))  # `make bench` runs 1,000


def completed(run: Run) -> None:
    assert "error" not in run.result, f"the script could not finish:\n{run.context()}"
    assert not run.result["app_errors"], f"the app raised:\n{run.result['app_errors'][0]}"


def nothing_lost(run: Run, plan: str) -> None:
    assert run.report is not None
    expected = dict(run.typed)
    losses = all_losses(run)
    assert not losses, explain(losses, run)
    assert expected, f"nothing was typed\n{run.context()}"
    completed(run)
    assert sorted(expected) == sorted(dict(_planned(plan))), "the driver typed other fields than planned"


def _planned(plan: str) -> list[tuple[str, str]]:
    from tests.e2e.script import typed_values

    return list(typed_values(build(plan).steps).items())


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 800)], indirect=True)
def test_characters_typed_right_after_tab_all_arrive(crew: Crew) -> None:
    """Field after field, each typed the moment Tab leaves the one before (whose save is on its way):
    "INC-26104" must not be stored as "NC-26104", nor the pain score of 8 vanish from the grid."""
    run = crew("after_tab")
    nothing_lost(run, "after_tab")


def test_retyping_a_filled_field_replaces_it(crew: Crew) -> None:
    """Tab (or Shift+Tab) into a filled field selects it and typing replaces it: "OLD" then "NEW" stores
    "NEW", 0, 300 and 1,000 ms after the Tab, right after another field's save."""
    run = crew("retype")
    nothing_lost(run, "retype")


def test_the_wheel_over_drop_downs_changes_nothing(crew: Crew) -> None:
    """Scrolling long pages with the wheel passes drop-downs under the pointer: none changes or saves."""
    run = crew("wheel")
    completed(run)
    assert run.report is not None
    before = run.result["notes"]["values"]
    after = {path: _code(run, path) for path in WHEEL_PATHS}
    changed = {path: (before[path], after[path]) for path in WHEEL_PATHS if before[path] != after[path]}
    assert not changed, f"the wheel changed and saved {changed} (before, after)\n{run.context()}"
    saves = [r.path for r in run.audit if r.action == "edit" and r.path in WHEEL_PATHS]
    assert not saves, f"the wheel saved {saves}\n{run.context()}"


def _code(run: Run, path: str) -> object:
    from tests.e2e.conditions import plain

    value: object = run.report
    for key in path.split("."):
        value = getattr(value, key, None)
    return plain(value)


def test_a_double_tap_on_give_stores_no_second_dose_silently(crew: Crew) -> None:
    """Give tapped twice: the second Give of the same drug within two minutes asks first (the script says
    No), or finds nothing picked (the form starts blank after a Give): one dose is stored either way; a
    second dose stored without a question is the bug."""
    run = crew("double_tap")
    assert run.report is not None
    doses = run.report.medications
    asked = run.result["questions"]
    assert len(doses) == 1, (
        f"{len(doses)} doses stored after a double tap on Give; questions asked: {asked or 'none'}\n"
        f"{run.context()}"
    )
    completed(run)


def test_the_scene_history_and_injury_pages_by_keyboard(crew: Crew) -> None:
    """Codes picked by typing a word of them, a pertinent negative standing instead of the codes picked
    before it, ICD-10 codes typed in their own form: the stored record holds exactly that."""
    run = crew("history_scene")
    completed(run)
    assert run.report is not None
    scene, sample, injury = run.report.scene, run.report.assessment.sample, run.report.injury
    assert scene.incident_street_address == "1200 Main Street" and scene.incident_zip_code == "90012"
    assert scene.mass_casualty_incident == "9923001"  # eScene.07 No
    allergies = sample.medication_allergies
    assert getattr(allergies, "pertinent_negative", None) is not None, f"allergies stored as {allergies!r}"
    assert allergies.pertinent_negative.value == "8801013"
    assert sample.medical_history == ["I10", "E11.9"]
    assert injury.trauma_triage_criteria_high_risk_for_serious_injury == ["2903039"]


def test_code_mode_taps_are_stored_in_order(crew: Crew) -> None:
    """Code mode tapped at a human pace: every tap is one event, in the order tapped, its time later than
    the one before (the taps are more than a second apart)."""
    run = crew("code_mode")
    completed(run)
    assert run.report is not None
    events = run.report.cpr_events
    kinds = [str(e.kind.value) for e in events]
    assert len(events) == len(CODE_TAPS), f"{len(CODE_TAPS)} taps stored as {kinds}\n{run.context()}"
    times = [e.at for e in events]
    assert all(isinstance(t, datetime) for t in times)
    assert times == sorted(times) and len(set(times)) == len(times), f"times out of order: {times}"


def test_a_typing_soak_loses_no_character(crew: Crew) -> None:
    """N scripted edits of realistic text into the form pages' text fields, reached by Tab, Shift+Tab or a
    tap, retyping filled fields: 0 characters lost or altered, in every edit and in the end."""
    run = crew("soak", edits=SOAK_EDITS)
    losses = all_losses(run)
    assert characters_lost(losses) == 0 and not losses, explain(losses, run)
    completed(run)
    assert len(run.typed) >= SOAK_EDITS


@pytest.fixture
def agency_device(home: Path) -> Path:  # noqa: F811
    """The device as an agency runs it: settings pulled from its station, its unit set by an admin."""
    session = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        demo_settings(session)
    finally:
        session.log_out()
    return home


def test_the_standard_chest_pain_chart_locks_within_the_goal(agency_device: Path, crew: Crew) -> None:
    """The whole chest-pain call, typed and tapped as a crew would, locked with signature and PIN: nothing
    lost, and no more than 70 actions (151 before the fixes of issue 12)."""
    run = crew("chest_pain_chart")
    assert run.report is not None
    losses = all_losses(run)
    assert not losses, explain(losses, run)
    completed(run)
    assert run.report.status is Status.LOCKED, f"not locked\n{run.context()}"
    actions = run.result["actions"]
    assert actions <= chart.GOAL_ACTIONS, (
        f"{actions} actions and {run.result['keystrokes']} keystrokes to lock the chart "
        f"(goal {chart.GOAL_ACTIONS}): {run.result['actions_by_kind']}\n{run.context()}"
    )
