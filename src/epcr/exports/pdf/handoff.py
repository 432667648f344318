"""The bedside handoff sheet: one page with what the receiving nurse needs first. Printable from a draft
at any time; long lists are cut with "+N more" so it never spills onto a second page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.report import Report
from epcr.exports.pdf.blocks import Blocks
from epcr.exports.pdf.chart import TrendChart
from epcr.exports.pdf.page import CONTENT_WIDTH, FRAME_HEIGHT, Printout, render
from epcr.exports.pdf.report import _gcs, _unit, _vital_row, _when, letterhead, patient_name
from epcr.exports.pdf.snapshot import ReportSnapshot
from epcr.exports.pdf.words import (
    allergy_name,
    between,
    current_medications,
    history_name,
    impression_name,
    medication_name,
    names,
    procedure_name,
    words,
)

# Every list shows at most `cap` entries, one cap for all so the longest give way first; at least this many.
MIN_ROWS = 2


class HandoffPdf(Printout):
    """The one-page bedside sheet. Same shape as ReportPdf: `render()` bytes, `write(path)` -> pages (1)."""

    def _render(self) -> tuple[bytes, int]:
        s = self.snapshot
        sheet = Sheet(s)
        story = sheet.fitted()
        return render(story, letterhead(s, "BEDSIDE HANDOFF"), f"Bedside handoff {s.pcr_number}")


class Sheet:
    def __init__(self, snapshot: ReportSnapshot) -> None:
        self.s = snapshot
        self.r: Report = snapshot.report
        self.b = Blocks()

    def fitted(self) -> list[Flowable]:
        """The story at the longest lists that fit the page; whatever still overflows is clipped, never
        carried onto a second page."""
        r = self.r
        longest = max(len(r.vitals), len(r.procedures), len(r.medications), len(self.tourniquets()), MIN_ROWS)
        story = self.story(longest)
        if self.height(story) > FRAME_HEIGHT:  # binary search for the largest cap that fits
            low, high = MIN_ROWS, longest - 1
            story = self.story(low)
            while low < high:
                middle = (low + high + 1) // 2
                candidate = self.story(middle)
                if self.height(candidate) <= FRAME_HEIGHT:
                    low, story = middle, candidate
                else:
                    high = middle - 1
        # The search leaves it fitting; "shrink" is the guarantee that it never spills onto a second page.
        return [KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT, story, mode="shrink")]

    @staticmethod
    def height(story: list[Flowable]) -> float:
        return sum(f.wrap(CONTENT_WIDTH, FRAME_HEIGHT)[1] + _spacing(f) for f in story)

    def tourniquets(self) -> list[tuple[str, str, str]]:
        found = []
        for p in sorted(self.r.procedures, key=_when):
            b = p.bleeding_control
            if b is not None and (b.tourniquet_applied_at is not None or b.tourniquet_limb is not None):
                clock = self.s.clock
                state = "on"
                if b.tourniquet_removed_at is not None:
                    state = f"removed {clock.time(b.tourniquet_removed_at)}"
                elif b.tourniquet_converted_at is not None:
                    state = f"converted {clock.time(b.tourniquet_converted_at)}"
                found.append((words(b.tourniquet_limb), clock.time(b.tourniquet_applied_at), state))
        return found

    def story(self, cap: int) -> list[Flowable]:
        r, b, clock = self.r, self.b, self.s.clock
        p, s, a = r.patient, r.situation, r.assessment
        age = " ".join(x for x in (words(p.age), words(p.age_units)) if x)
        weight = f"{words(p.weight_kg)} kg" if isinstance(p.weight_kg, float | int) else words(p.weight_kg)
        allergies = names(a.sample.medication_allergies, allergy_name)  # eHistory.06
        other = words(a.sample.environmental_food_allergies)  # eHistory.07
        allergy_text = "; ".join(x for x in (allergies, other) if x) or "not documented"
        story: list[Flowable] = [
            b.fields(
                [
                    ("Patient", patient_name(p)),  # ePatient.02-.04
                    ("Age / sex", " · ".join(x for x in (age, words(p.sex)) if x)),  # ePatient.15, .25
                    ("Date of birth", words(p.date_of_birth)),  # ePatient.17
                    ("Weight", weight),  # eExam.01
                    ("Chief complaint", words(s.chief_complaint)),  # eSituation.04
                    ("Impression", impression_name(s.primary_impression)),  # eSituation.11
                    ("Acuity", words(s.acuity)),  # eSituation.13
                    ("Mental status", " · ".join(x for x in (words(a.avpu), _gcs(a.gcs)) if x)),
                    ("History", names(a.sample.medical_history, history_name)),  # eHistory.08
                    ("Home meds", current_medications(a.sample.current_medications)),  # eHistory.12-.20
                    *self.trauma(),
                ]
            ),
            b.text(f"ALLERGIES: {allergy_text}", "alert"),
        ]
        t = r.times
        story += [
            b.heading("Times"),
            b.fields(
                [
                    ("Unit notified", clock.time(t.unit_notified)),  # eTimes.03
                    ("At patient", clock.time(t.arrived_at_patient)),  # eTimes.07
                    ("Left scene", clock.time(t.left_scene)),  # eTimes.09
                    ("At destination", clock.time(t.arrived_at_destination)),  # eTimes.11
                    ("Symptom onset", clock.time(s.symptom_onset)),  # eSituation.01
                    ("Last known well", clock.time(s.last_known_well)),  # eSituation.18
                ],
                columns=3,
            ),
        ]
        story += self.arrest()
        story += self.tourniquet_block(cap)
        vitals = sorted(r.vitals, key=_when)
        story.append(b.heading("Vital signs"))
        if vitals:
            shown = vitals[-cap:]
            rows = [_vital_row(v, clock)[:11] for v in shown]
            header = ["Time", "BP", "HR", "RR", "SpO2", "EtCO2", "Glucose", "Temp", "GCS", "AVPU", "Pain"]
            story.append(
                b.table(header, rows, [0.7, 0.6, 0.38, 0.35, 0.45, 0.7, 0.75, 0.6, 0.75, 0.95, 0.38])
            )
            story += self.more(len(vitals) - len(shown), "earlier vital sets (full report has all)")
            story += [Spacer(1, 5), TrendChart(vitals, clock, CONTENT_WIDTH, height=110)]
        else:
            story.append(b.text("No vital signs documented.", "small"))
        story += self.care(cap)
        if r.disposition.destination_name or r.disposition.care_transferred_to:
            story.append(
                b.fields(
                    [
                        ("Destination", words(r.disposition.destination_name)),  # eDisposition.01
                        ("Care to", words(r.disposition.care_transferred_to)),
                    ]
                )
            )
        return story

    def trauma(self) -> list[tuple[str, str]]:
        """What the trauma team asks first, when documented: how it happened, which field triage criteria
        were met, pregnancy."""
        injury, sample = self.r.injury, self.r.assessment.sample
        rows = [
            ("Mechanism", _coded("eInjury.01", injury.cause_of_injury)),
            ("How", _coded("eInjury.02", injury.mechanism_of_injury)),
            (
                "Trauma criteria",
                _coded("eInjury.03", injury.trauma_triage_criteria_high_risk_for_serious_injury),
            ),
            ("Pregnancy", _coded("eHistory.18", sample.pregnancy)),
        ]
        return [(label, text) for label, text in rows if text]

    def more(self, hidden: int, what: str) -> list[Flowable]:
        return [self.b.text(f"+{hidden} more {what}", "small")] if hidden > 0 else []

    def arrest(self) -> list[Flowable]:
        r, clock = self.r, self.s.clock
        a, events = r.arrest, sorted(r.cpr_events, key=lambda e: e.at)
        if a.cardiac_arrest is None and not events:
            return []
        shocks = [e for e in events if e.kind is CprEventKind.SHOCK_DELIVERED]
        rosc = [e for e in events if e.kind is CprEventKind.ROSC]
        doses = [e for e in events if e.kind is CprEventKind.MEDICATION_GIVEN]
        first = events[0].at if events else None
        energies = ", ".join(f"{e.energy_joules} J" for e in shocks if e.energy_joules)
        return [
            self.b.heading("Cardiac arrest"),
            self.b.fields(
                [
                    ("Arrest", words(a.cardiac_arrest)),  # eArrest.01
                    ("Witnessed by", words(a.witnessed_by)),  # eArrest.04
                    ("Arrest time", clock.time(a.arrest_at)),  # eArrest.14
                    ("CPR started", clock.time(a.initial_cpr_at)),  # eArrest.19
                    ("First rhythm", words(a.first_monitored_rhythm)),  # eArrest.11
                    ("Shocks", f"{len(shocks)}" + (f" ({energies})" if energies else "")),
                    ("Drug doses in code", str(len(doses))),
                    ("ROSC", self.rosc_text(rosc, first) or words(a.rosc)),  # eArrest.12
                    ("End of event", words(a.end_of_event)),  # eArrest.18
                    ("Rhythm at arrival", words(a.rhythm_at_destination)),  # eArrest.17
                ]
            ),
        ]

    def rosc_text(self, rosc: list[CprEvent], first: datetime | None) -> str:
        shown = ", ".join(f"{self.s.clock.time(e.at)} (+{between(first, e.at)})" for e in rosc[:3])
        return shown + (f", +{len(rosc) - 3} more" if len(rosc) > 3 else "")

    def tourniquet_block(self, limit: int) -> list[Flowable]:
        found = self.tourniquets()
        if not found:
            return []
        shown = found[:limit]
        return [
            self.b.heading("Tourniquets"),
            self.b.table(["Limb", "Applied", "Now"], shown, [1.5, 1.5, 3]),
            *self.more(len(found) - len(shown), "tourniquets"),
        ]

    def care(self, cap: int) -> list[Flowable]:
        r, b, clock = self.r, self.b, self.s.clock
        procedures = sorted(r.procedures, key=_when)
        medications = sorted(r.medications, key=_when)
        left: list[Flowable] = [b.subheading("Interventions")]
        marks = {entry: status for entry, status in self.s.scope_status.items() if "VIOLATION" in status}
        if procedures:
            rows = [
                (
                    clock.time(p.at),
                    procedure_name(p.code) + _not_done(p.pertinent_negative) + _marked(marks.get(p.id)),
                )
                for p in procedures[:cap]
            ]
            left.append(b.table(["Time", "Procedure"], rows, [0.8, 2.9], CONTENT_WIDTH / 2 - 4))
            left += self.more(len(procedures) - cap, "procedures")
        else:
            left.append(b.text("No procedures documented.", "small"))
        right: list[Flowable] = [b.subheading("Medications")]
        if medications:
            given = [
                (
                    clock.time(m.at),  # eMedications.01
                    medication_name(m.code)  # eMedications.03
                    + _not_done(m.pertinent_negative)
                    + _marked(marks.get(m.id)),
                    " ".join(x for x in (words(m.dose), _unit(m.dose_unit)) if x),  # eMedications.05, .06
                    words(m.route),  # eMedications.04
                )
                for m in medications[:cap]
            ]
            right.append(
                b.table(
                    ["Time", "Medication", "Dose", "Route"],
                    given,
                    [0.8, 1.7, 0.6, 0.9],
                    CONTENT_WIDTH / 2 - 4,
                )
            )
            right += self.more(len(medications) - cap, "medications")
        else:
            right.append(b.text("No medications documented.", "small"))
        holder = Table([[left, right]], colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
        holder.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        out = [b.heading("Care given"), holder]
        if marks:
            out.append(b.text(f"{len(marks)} SCOPE OF PRACTICE VIOLATION(S): see the full report.", "alert"))
        return out


def _coded(element: str, value: Any) -> str:
    """Codes of an element in words ("Blunt", "Passenger car occupant ..."), ICD-10 codes as they are."""
    labels = ENUMERATIONS.get(element, {})
    values = value if isinstance(value, list) else [value] if value is not None else []
    return ", ".join(labels.get(v, v) if isinstance(v, str) else words(v) for v in values)


def _not_done(code: Any) -> str:
    return f" — not given: {words(code)}" if code is not None else ""


def _marked(status: str | None) -> str:
    return f" — {status}" if status else ""


def _spacing(flowable: Flowable) -> float:
    return float(flowable.getSpaceBefore() + flowable.getSpaceAfter())


__all__ = ["HandoffPdf"]
