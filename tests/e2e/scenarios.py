"""The plans the driver plays, as data. The pytest process builds the same plan to know what was typed.

A plan logs in as a demo crew member (typing crew ID and PIN), opens a new report and does what a crew does.
Each plan is a list of steps (tests/e2e/script.py); the soak's steps come from a seeded generator and the
chest-pain chart's from tests/e2e/chart.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from epcr.demo import demo_accounts
from tests.e2e import chart, soak
from tests.e2e.script import (
    Answer,
    Await,
    Choose,
    Click,
    Fill,
    Key,
    Note,
    Page,
    Pause,
    Step,
    Target,
    Type,
    Wheel,
    button,
    cell,
    field,
    log_in,
    new_report,
)

PARAMEDIC = "P-1042"
INCIDENT, PATIENT, SITUATION = "Incident and times", "Patient", "Situation and assessment"
VITALS, MEDICATIONS, PROCEDURES = "Vital signs", "Medications", "Procedures"
CODE_MODE, DISPOSITION = "Cardiac arrest: code mode", "Disposition"
SCENE, HISTORY, INJURY = "Scene", "History", "Injury"


@dataclass(frozen=True)
class Plan:
    name: str
    user: str
    steps: list[Step]
    timeout_s: float
    latency_ms: int = 0  # each database job waits this long first: a tablet whose storage syncs slowly


def pin_of(user: str) -> str:
    return next(pin for account, pin in demo_accounts() if account.id == user)


def start(user: str = PARAMEDIC) -> list[Step]:
    return [*log_in(user, pin_of(user)), *new_report()]


def incident(name: str) -> Target:
    return field(f"response.{name}")


def after_tab() -> list[Step]:
    """Empty fields typed one after another, each right after the Tab that saves the one before: the save's
    echo must not eat the first characters ("INC-26104" stored as "NC-26104"), nor a grid cell's value."""
    last, first = field("patient.last_name"), field("patient.first_name")
    onset, provocation = field("assessment.opqrst.onset"), field("assessment.opqrst.provocation")
    quality, region = field("assessment.opqrst.quality"), field("assessment.opqrst.region_radiation")
    return [
        *start(),
        Page(INCIDENT),
        Click(incident("incident_number")),
        Type("INC-26104", into=incident("incident_number")),
        Type("R-00104", into=incident("response_number"), tabs=1),
        Key("Tab"),
        Page(PATIENT),
        Click(last),
        Type("Okafor", into=last),
        Type("Chidi", into=first, tabs=1),
        Key("Tab"),
        Page(SITUATION),
        Click(onset),
        Type("At rest watching TV", into=onset),
        Type("Worse with exertion", into=provocation, tabs=1),
        Type("Pressure", into=quality, tabs=1),
        Type("Substernal to left arm", into=region, tabs=1),
        Key("Tab"),
        Page(VITALS),
        Click(button("Add vital signs (now)", page=VITALS)),
        Await("idle"),
        Click(cell(0, "SBP")),
        Type("158", into=cell(0, "SBP")),
        Type("102", into=cell(0, "DBP"), tabs=1),
        Type("96", into=cell(0, "HR"), tabs=1),
        Type("18", into=cell(0, "RR"), tabs=1),
        Type("97", into=cell(0, "SpO2"), tabs=1),
        Type("8", into=cell(0, "Pain"), tabs=3),
        Key("Return"),
        Await("idle"),
    ]


def retype() -> list[Step]:
    """Filled fields retyped after Tab (0, 300 and 1,000 ms after it, each right after the save of the
    field before) and after Shift+Tab: typing replaces the selected text, never appends to it."""
    incident_no, response_no = incident("incident_number"), incident("response_number")
    vehicle, call_sign = incident("vehicle_number"), incident("call_sign")
    last, first = field("patient.last_name"), field("patient.first_name")
    return [
        *start(),
        Page(INCIDENT),
        Click(incident_no),
        Key("ctrl+a"),
        Type("INC-OLD", into=incident_no),
        Type("R-OLD", into=response_no, tabs=1),
        Type("M-OLD", into=vehicle, tabs=1),
        Type("CS-OLD", into=call_sign, tabs=1),
        Key("Tab"),
        Await("idle"),
        Click(incident_no),
        Key("ctrl+a"),
        Type("INC-26104", into=incident_no),
        Type("R-00104", into=response_no, tabs=1),  # at once: the incident number's save is on its way
        Type("M12", into=vehicle, tabs=1, pause_ms=300),
        Type("Medic 12", into=call_sign, tabs=1, pause_ms=1000),
        Type("M14", into=vehicle, tabs=1, back=True),  # Shift+Tab back into a filled, saved field
        Key("Tab"),
        Await("idle"),
        Page(PATIENT),
        Click(last),
        Key("ctrl+a"),
        Type("OLD", into=last),
        Type("OLD", into=first, tabs=1),
        Key("Tab"),
        Await("idle"),
        Click(last),
        Key("ctrl+a"),
        Type("Smith", into=last),
        Type("NEW", into=first, tabs=1),
        Type("Smyth", into=last, tabs=1, back=True, pause_ms=300),
        Key("Tab"),
        Await("idle"),
    ]


# The drop-downs the wheel passes over, page by page (their stored values must not change).
WHEEL_PAGES = {
    INCIDENT: ("response.unit_capability", "response.type_of_service", "response.response_mode"),
    PATIENT: ("patient.sex", "patient.age_units"),
    SITUATION: ("situation.anatomic_location", "situation.acuity", "assessment.avpu"),
    DISPOSITION: ("disposition.unit_disposition", "disposition.transport_disposition"),
}
WHEEL_PATHS = tuple(path for paths in WHEEL_PAGES.values() for path in paths)


def wheel() -> list[Step]:
    """The mouse wheel turned over drop-downs while scrolling long pages: nothing may change or be saved."""
    steps: list[Step] = [*start()]
    for title in WHEEL_PAGES:
        steps.append(Page(title))
    steps += [Await("idle"), Note("values", WHEEL_PATHS)]
    for title, paths in WHEEL_PAGES.items():
        steps.append(Page(title))
        for path in paths:
            steps += [Wheel(field(path), 4), Wheel(field(path), -4)]  # over the drop-down itself
        steps += [Wheel(field(paths[0]), 12), Wheel(field(paths[0]), -12)]  # scrolling the page past more
    steps += [Await("idle"), Note("after", WHEEL_PATHS)]
    return steps


def double_tap() -> list[Step]:
    """Give tapped twice in quick succession: the second Give of the same drug within two minutes must ask
    first; the script answers No, so one dose is stored. A procedure button tapped twice is recorded too."""
    return [
        *start(),
        Page(MEDICATIONS),
        Choose(Target(accessible="Medication", page=MEDICATIONS), "Aspirin (1191)", search="aspirin"),
        Fill(Target(accessible="Dose", page=MEDICATIONS), "324"),
        Choose(
            Target(accessible="Dose unit", page=MEDICATIONS), "mg (Milligrams)", also=("Milligrams (mg)",)
        ),
        Choose(Target(accessible="Route", page=MEDICATIONS), "Oral (PO)", also=("Oral",)),
        Click(Target(accessible="Give (now)", page=MEDICATIONS), times=2, interval_ms=150),
        Await("idle"),
        Answer("No"),
        Await("idle"),
        Page(PROCEDURES),
        Click(Target(accessible="Add procedure: 12-lead", page=PROCEDURES), times=2, interval_ms=150),
        Await("idle"),
        Answer("No"),
        Await("idle"),
    ]


def history_scene() -> list[Step]:
    """The rest of the record a crew fills at the scene, by keyboard and taps: the address typed, MCI picked
    by typing, allergies picked one by one and then "No known drug allergy" standing instead, a medical
    history code typed in its ICD-10 form, a trauma triage criterion found by a word of it."""
    allergies = Target(accessible="Add Medication Allergies", page=HISTORY)
    past = Target(accessible="Add Medical/Surgical History", page=HISTORY)
    high_risk = Target(accessible="Add Trauma Triage Criteria (High Risk for Serious Injury)", page=INJURY)
    return [
        *start(),
        Page(SCENE),
        Fill(field("scene.incident_street_address"), "1200 Main Street"),
        Fill(field("scene.incident_zip_code"), "90012"),
        Choose(field("scene.mass_casualty_incident"), "No", search="No"),
        Page(HISTORY),
        Choose(allergies, "Morphine (7052)", search="morph", resets=True),
        Await("idle"),
        Choose(allergies, "No Known Drug Allergy", search="no known", resets=True),
        Await("idle"),
        Fill(past, "I10"),
        Key("Return"),
        Await("idle"),
        Fill(past, "E11.9"),
        Key("Return"),
        Await("idle"),
        Page(INJURY),
        Choose(high_risk, HIGH_RISK_PICK, search="spinal inj", resets=True),
        Await("idle"),
    ]


HIGH_RISK_PICK = "Suspected spinal injury with new motor or sensory loss"


CODE_TAPS = (
    "Arrest recognized",
    "Compressions ON",
    "AED applied",
    "Analyze: SHOCK advised",
    "Shock delivered",
    "Rhythm check",
    "ROSC",
)
TAP_PACE_MS = 1200  # a tap every 1.2 s: stored times are whole seconds, so each must be later than the last


def code_mode() -> list[Step]:
    steps: list[Step] = [*start(), Page(CODE_MODE)]
    for label in CODE_TAPS:
        steps += [Click(Target(accessible=label, page=CODE_MODE)), Pause(TAP_PACE_MS)]
    return [*steps, Await("idle")]


# Typing right after Tab is raced against the echo of the save Tab started: on this machine a save comes back
# in 3-6 ms, before the next key; on a tablet's slow storage it comes back mid-word (the "NC-26104").
SLOW_DISK_MS = 150
SOAK_DISK_MS = 60  # the soak's echoes land anywhere from before the first key to mid-word
PLANS: dict[str, tuple[Callable[[], list[Step]], float, int]] = {
    "after_tab": (after_tab, 120.0, SLOW_DISK_MS),
    "retype": (retype, 120.0, 0),
    "wheel": (wheel, 120.0, 0),
    "double_tap": (double_tap, 120.0, 0),
    "code_mode": (code_mode, 120.0, 0),
    "history_scene": (history_scene, 180.0, 0),
    "chest_pain_chart": (chart.steps, 300.0, 0),
}


def build(name: str, params: Mapping[str, str] | None = None) -> Plan:
    params = dict(params or {})
    latency = params.get("latency_ms")
    if name == "soak":
        edits, seed = int(params.get("edits", "60")), int(params.get("seed", "1"))
        steps = [*start(), *soak.steps(edits, seed)]
        return Plan(name, PARAMEDIC, steps, 60.0 + edits * 3.0, int(latency or SOAK_DISK_MS))
    if name not in PLANS:
        raise SystemExit(f"no plan {name!r}; plans: soak, {', '.join(PLANS)}")
    make, timeout_s, slow = PLANS[name]
    user = chart.USER if name == "chest_pain_chart" else PARAMEDIC
    return Plan(name, user, make(), timeout_s, int(latency or slow))


__all__ = ["Fill", "Plan", "build"]
