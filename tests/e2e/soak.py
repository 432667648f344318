"""The typing soak: N scripted edits of realistic text into the text fields of the form pages, seeded.

The crew moves as crews do: mostly Tab to the next field, sometimes Shift+Tab back to retype the one before,
sometimes a tap on another field or another page, now and then a short pause after the Tab. Which of these
reaches the field is decided by the robot from where the focus is (tests/e2e/robot.py Fill)."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.e2e.script import Await, Fill, Key, Page, Step, field

Text = Callable[[random.Random], str]


def _pick(*choices: str) -> Text:
    return lambda rng: rng.choice(choices)


def _either(*makers: Text) -> Text:
    return lambda rng: rng.choice(makers)(rng)


LAST = _pick("Okafor", "O'Neill", "Nguyen", "Hernandez-Lopez", "McAllister", "Van der Berg", "Kowalski", "Li")
FIRST = _pick("Chidi", "Grace", "Bao", "Maria", "Sean", "Astrid", "Tunde", "Ana", "Jo")
COMPLAINT = _pick(
    "Chest pain", "Shortness of breath", "Fall from standing", "Syncope at church", "Abdominal pain x2 days"
)
SYMPTOMS = _pick("Diaphoretic, nauseated", "Pale, cool skin", "Dizzy when standing", "SOB on exertion")
EVENTS = _pick("Sudden onset at rest", "Mowing the lawn", "After dinner", "Climbing stairs")
ONSET = _pick("At rest watching TV", "Gradual over 2 hours", "Woke him at 0400", "Sudden")
PROVOCATION = _pick("Worse with exertion", "Nothing helps", "Better sitting up", "Worse on inspiration")
QUALITY = _pick("Pressure", "Sharp", "Dull ache", "Tearing", "Burning")
REGION = _pick("Substernal to left arm", "Epigastric, no radiation", "L shoulder and jaw", "Mid back")
DURATION = _either(lambda rng: f"{rng.randint(5, 90)} minutes", lambda rng: f"{rng.randint(2, 12)} hours")
HOSPITAL = _pick("Riverside General", "St. Mary's Medical Center", "RGH ED", "Mercy Cath Lab")
HANDOFF = _pick("RN Patel", "Dr. Okoye, ED", "Charge RN Lee", "ED triage")

# Text fields of the form pages in their order on the page, and the shape of what a crew types there.
PAGES: dict[str, list[tuple[str, Text]]] = {
    "Incident and times": [
        ("response.incident_number", lambda rng: f"INC-{rng.randint(10000, 99999)}"),
        ("response.response_number", lambda rng: f"R-{rng.randint(0, 99999):05d}"),
    ],
    "Patient": [("patient.last_name", LAST), ("patient.first_name", FIRST)],
    "Situation and assessment": [
        ("situation.chief_complaint", COMPLAINT),
        ("assessment.sample.signs_symptoms", SYMPTOMS),
        ("assessment.sample.events", EVENTS),
        ("assessment.opqrst.onset", ONSET),
        ("assessment.opqrst.provocation", PROVOCATION),
        ("assessment.opqrst.quality", QUALITY),
        ("assessment.opqrst.region_radiation", REGION),
        ("assessment.opqrst.time", DURATION),
    ],
    "Disposition": [("disposition.destination_name", HOSPITAL), ("disposition.care_transferred_to", HANDOFF)],
}
PAUSES_MS = (0, 0, 0, 0, 150, 300)  # mostly straight on after Tab; sometimes a glance at the patient


def steps(edits: int, seed: int) -> list[Step]:
    """`edits` field edits; the same seed gives the same script."""
    rng = random.Random(seed)
    titles = list(PAGES)
    title = rng.choice(titles)
    at: int | None = None
    last: dict[str, str] = {}
    script: list[Step] = []
    for _ in range(edits):
        fields = PAGES[title]
        roll = rng.random()
        if at is None or roll < 0.08:  # (another) page: tap it, then tap a field
            if at is not None:
                title = rng.choice([t for t in titles if t != title])
            script.append(Page(title))
            fields = PAGES[title]
            at = rng.randrange(len(fields))
        elif roll < 0.55 and at + 1 < len(fields):  # the next field: Tab
            at += 1
        elif roll < 0.75 and at > 0:  # back one: Shift+Tab, retype a filled field
            at -= 1
        else:  # any field on the page: a tap (or Tab when it is next)
            at = rng.randrange(len(fields))
        path, make = fields[at]
        text = make(rng)
        while text == last.get(path):
            text = make(rng)
        last[path] = text
        script.append(Fill(field(path), text, pause_ms=rng.choice(PAUSES_MS)))
    return [*script, Key("Tab"), Await("idle")]
