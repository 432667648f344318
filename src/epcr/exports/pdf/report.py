"""The full patient care report as a PDF: every section in clinical order, then the record's integrity
(findings, signatures, addenda, audit, content hash). Rendered from a snapshot, never from the database."""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable
from datetime import datetime
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from epcr.domain.arrest import CprEvent
from epcr.domain.assessment import EXAM_REGIONS, ExamFinding, exam_area
from epcr.domain.fields import Blank
from epcr.domain.patient import Patient
from epcr.domain.procedures import BleedingControl, Procedure
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns
from epcr.exports.pdf import generated
from epcr.exports.pdf.blocks import Blocks
from epcr.exports.pdf.chart import TrendChart
from epcr.exports.pdf.page import CONTENT_WIDTH, Letterhead, Printout, render
from epcr.exports.pdf.snapshot import ReportSnapshot
from epcr.exports.pdf.words import (
    CallClock,
    allergy_name,
    between,
    current_medications,
    duration,
    history_name,
    impression_name,
    medication_name,
    names,
    procedure_name,
    symptom_name,
    words,
)

# Every heading, in the order a clinician reads a call (tests check each one is printed).
SECTIONS = (
    "Response and dispatch",
    "Times",
    "Crew",
    "Patient",
    "Situation",
    "Assessment",
    "Vital signs",
    "Cardiac arrest",
    "Airway",
    "Procedures",
    "Medications",
    "Narrative",
    "Disposition",
    "Validation findings",
    "Signatures",
    "Addenda",
    "Audit summary",
    "Record integrity",
)
NOTHING = "Nothing documented."
# The sections generated from the XSD, each after the section it belongs beside: (report field, heading).
GENERATED_AFTER: dict[str, tuple[tuple[str, str], ...]] = {
    "Situation": (("scene", "Scene"), ("injury", "Injury")),
    "Medications": (("protocols", "Protocols"), ("labs", "Labs")),
    "Disposition": (
        ("outcome", "Outcome (reported by the hospital)"),
        ("payment", "Payment"),
        ("custom_results", "Custom results"),
    ),
    "Signatures": (("other", "Review, registries and crew exposure"),),
}


def patient_name(patient: Patient) -> str:
    """ "Schäfer, Jürgen M." (ePatient.02, .03, .04); a blank name in words."""
    last, first = patient.last_name, patient.first_name
    if isinstance(last, Blank) and (first is None or isinstance(first, Blank)):
        return words(last)
    given = " ".join(p for p in (words(first), patient.middle_initial or "") if p)
    family = words(last)
    return ", ".join(p for p in (family, given) if p)


def letterhead(snapshot: ReportSnapshot, title: str) -> Letterhead:
    report, clock = snapshot.report, snapshot.clock
    return Letterhead(
        title=title,
        agency=snapshot.agency_name,
        pcr_number=snapshot.pcr_number,
        patient=patient_name(report.patient),
        call_date=clock.day.isoformat(),
        zone=clock.zone_label,
        status="LOCKED" if snapshot.locked else "DRAFT",
        content_hash=snapshot.content_hash
        if snapshot.locked
        else f"{snapshot.content_hash} (draft, not locked)",
        printed=f"{snapshot.generated_at:%Y-%m-%d %H:%M} UTC"
        if snapshot.generated_at.utcoffset() is not None and not snapshot.generated_at.utcoffset()
        else clock.stamp(snapshot.generated_at),
    )


class ReportPdf(Printout):
    """The full report. `render()` gives the bytes, `write(path)` writes them atomically."""

    def _render(self) -> tuple[bytes, int]:
        s = self.snapshot
        story = Sections(s).story()
        return render(story, letterhead(s, "PATIENT CARE REPORT"), f"Patient care report {s.pcr_number}")


class Sections:
    def __init__(self, snapshot: ReportSnapshot) -> None:
        self.s = snapshot
        self.r: Report = snapshot.report
        self.clock: CallClock = snapshot.clock
        self.b = Blocks()

    def story(self) -> list[Flowable]:
        parts: list[Callable[[], list[Flowable]]] = [
            self.response,
            self.times,
            self.crew,
            self.patient,
            self.situation,
            self.assessment,
            self.vitals,
            self.arrest,
            self.airway,
            self.procedures,
            self.medications,
            self.narrative,
            self.disposition,
            self.findings,
            self.signatures,
            self.addenda,
            self.audit,
            self.integrity,
        ]
        story: list[Flowable] = []
        for title, part in zip(SECTIONS, parts, strict=True):
            story.append(self.b.heading(title))
            story += part() or [self.b.text(NOTHING, "small")]
            for field, heading in GENERATED_AFTER.get(title, ()):  # printed only when documented
                section = getattr(self.r, field)
                if generated.has_content(section):
                    story += [self.b.heading(heading), *generated.blocks(self.b, section, self.t)]
        return story

    def t(self, value: Any) -> str:
        return self.clock.time(value)

    # -- the call ------------------------------------------------------------------------------------

    def response(self) -> list[Flowable]:
        r, d = self.r.response, self.r.dispatch
        return [
            self.b.fields(
                [
                    ("Agency", " ".join(p for p in (words(r.agency_name), _paren(r.agency_number)) if p)),
                    ("PCR number", words(r.pcr_number)),  # eRecord.01
                    ("Incident number", words(r.incident_number)),  # eResponse.03
                    ("Response number", words(r.response_number)),  # eResponse.04
                    ("Unit", " ".join(p for p in (words(r.call_sign), _paren(r.vehicle_number)) if p)),
                    ("Type of service", words(r.type_of_service)),  # eResponse.05
                    ("Unit capability", words(r.unit_capability)),  # eResponse.07
                    ("Response mode", words(r.response_mode)),  # eResponse.23
                    ("Mode descriptors", words(r.response_mode_descriptors)),  # eResponse.24
                    ("Dispatch reason", words(d.reason)),  # eDispatch.01
                    ("EMD performed", words(d.emd_performed)),  # eDispatch.02
                    ("EMD determinant", words(d.emd_determinant)),  # eDispatch.03
                    ("Dispatch delays", words(r.dispatch_delays)),  # eResponse.08
                    ("Response delays", words(r.response_delays)),  # eResponse.09
                    ("Scene delays", words(r.scene_delays)),  # eResponse.10
                    ("Transport delays", words(r.transport_delays)),  # eResponse.11
                ]
            )
        ]

    def times(self) -> list[Flowable]:
        t = self.r.times
        rows = [
            ("PSAP call", t.psap_call),  # eTimes.01
            ("Dispatch notified", t.dispatch_notified),  # eTimes.02
            ("Unit notified", t.unit_notified),  # eTimes.03
            ("Dispatch acknowledged", t.dispatch_acknowledged),  # eTimes.04
            ("En route", t.en_route),  # eTimes.05
            ("Arrived on scene", t.arrived_on_scene),  # eTimes.06
            ("Arrived at patient", t.arrived_at_patient),  # eTimes.07
            ("Transfer to other EMS", t.transfer_to_other_ems),  # eTimes.08
            ("Left scene", t.left_scene),  # eTimes.09
            ("Arrived at landing area", t.arrived_at_landing_area),  # eTimes.10
            ("Arrived at destination", t.arrived_at_destination),  # eTimes.11
            ("Transfer of care", t.transfer_of_care),  # eTimes.12
            ("Back in service", t.back_in_service),  # eTimes.13
            ("Canceled", t.canceled),  # eTimes.14
            ("Back at home", t.back_at_home),  # eTimes.15
            ("Call completed", t.call_completed),  # eTimes.16
        ]
        shown = [(label, value) for label, value in rows if value is not None]
        if not shown:
            return []
        left, right = CONTENT_WIDTH * 0.56, CONTENT_WIDTH * 0.40
        table = self.b.table(
            ["Event", "Time", "Since unit notified"],
            [(label, self.t(value), between(t.unit_notified, value)) for label, value in shown],
            [2.2, 1.6, 1.6],
            left,
        )
        intervals = [
            ("Response interval", between(t.unit_notified, t.arrived_on_scene)),  # eTimes.03 -> .06
            ("Scene interval", between(t.arrived_on_scene, t.left_scene)),  # eTimes.06 -> .09
            ("Transport interval", between(t.left_scene, t.arrived_at_destination)),  # eTimes.09 -> .11
            ("To patient contact", between(t.arrived_on_scene, t.arrived_at_patient)),  # eTimes.06 -> .07
            ("Turnover at destination", between(t.arrived_at_destination, t.transfer_of_care)),
            ("Whole call", between(t.unit_notified, t.back_in_service)),  # eTimes.03 -> .13
        ]
        summary = self.b.table(["Interval", "Length"], intervals, [1.6, 1.0], right)
        holder = Table([[table, summary]], colWidths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4])
        holder.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 8),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        return [holder]

    def crew(self) -> list[Flowable]:
        if not self.r.crew:
            return []
        rows = [
            (
                words(m.name),  # dPersonnel name, from the roster
                words(m.member_id),  # eCrew.01
                words(m.level),  # eCrew.02
                " ".join(p for p in (words(m.certification_number), _expires(m.certification_expires)) if p),
                words(m.roles),  # eCrew.03
            )
            for m in self.r.crew
        ]
        return [self.b.table(["Name", "ID", "Level", "Certification", "Role"], rows, [1.5, 0.7, 1.0, 1.5, 3])]

    def patient(self) -> list[Flowable]:
        p = self.r.patient
        age = " ".join(x for x in (words(p.age), words(p.age_units)) if x)  # ePatient.15, .16
        if p.age_pertinent_negative is not None:
            age += f" ({words(p.age_pertinent_negative)})"
        weight = f"{words(p.weight_kg)} kg" if isinstance(p.weight_kg, float | int) else words(p.weight_kg)
        return [
            self.b.fields(
                [
                    ("Name", patient_name(p)),  # ePatient.02-.04
                    ("Date of birth", words(p.date_of_birth)),  # ePatient.17
                    ("Age", age),
                    ("Sex", words(p.sex)),  # ePatient.25
                    ("Weight", weight),  # eExam.01
                    ("Race", words(p.race)),  # ePatient.14
                    ("Home ZIP", words(p.home_zip)),  # ePatient.09
                    (
                        "Home county / state",
                        " / ".join(w for x in (p.home_county, p.home_state) if (w := words(x))),
                    ),  # .07, .08
                ]
            )
        ]

    def situation(self) -> list[Flowable]:
        s = self.r.situation
        onset = self.t(s.symptom_onset)  # eSituation.01
        if s.symptom_onset_pertinent_negative is not None:
            onset += f" ({words(s.symptom_onset_pertinent_negative)})"
        well = self.t(s.last_known_well)  # eSituation.18
        if s.last_known_well_pertinent_negative is not None:
            well += f" ({words(s.last_known_well_pertinent_negative)})"
        duration_text = " ".join(
            x for x in (words(s.complaint_duration), words(s.complaint_duration_units)) if x
        )
        return [
            self.b.fields(
                [
                    ("Chief complaint", words(s.chief_complaint)),  # eSituation.04
                    ("Complaint type", words(s.complaint_type)),  # eSituation.03
                    ("Duration", duration_text),  # eSituation.05, .06
                    ("Symptom onset", onset),
                    ("Last known well", well),
                    ("Possible injury", words(s.possible_injury)),  # eSituation.02
                    ("Location", words(s.anatomic_location)),  # eSituation.07
                    ("Organ system", words(s.organ_system)),  # eSituation.08
                    ("Primary symptom", symptom_name(s.primary_symptom)),  # eSituation.09
                    ("Other symptoms", names(s.other_symptoms, symptom_name)),  # eSituation.10
                    # eSituation.10 with PN 8801031: asked about and denied, never shown as present.
                    ("Symptoms not present", names(s.symptoms_not_present or None, symptom_name)),
                    ("Primary impression", impression_name(s.primary_impression)),  # eSituation.11
                    (
                        "Secondary impressions",
                        names(s.secondary_impressions, impression_name),
                    ),  # eSituation.12
                    ("Acuity", words(s.acuity)),  # eSituation.13
                ]
            )
        ]

    def assessment(self) -> list[Flowable]:
        a = self.r.assessment
        gcs = _gcs(a.gcs)
        out: list[Flowable] = [
            self.b.fields([("AVPU", words(a.avpu)), ("GCS (E/V/M = total)", gcs)])  # eVitals.26, .19-.23
        ]
        ps = a.primary_survey
        survey = [
            ("Catastrophic bleeding", words(ps.catastrophic_bleeding)),
            ("Airway", words(ps.airway)),
            ("Breathing", words(ps.breathing)),
            ("Circulation", words(ps.circulation)),
            ("Disability", words(ps.disability)),
            ("Exposure", words(ps.exposure)),
        ]
        if any(v for _, v in survey):
            out += [self.b.subheading("Primary survey"), self.b.fields(survey, columns=1)]
        sm = a.sample
        out += [
            self.b.subheading("SAMPLE history"),
            self.b.fields(
                [
                    ("Signs / symptoms", words(sm.signs_symptoms)),
                    ("Medication allergies", names(sm.medication_allergies, allergy_name)),  # eHistory.06
                    ("Other allergies", words(sm.environmental_food_allergies)),  # eHistory.07
                    ("Medications", current_medications(sm.current_medications)),  # eHistory.12-.15, .20
                    ("Past history", names(sm.medical_history, history_name)),  # eHistory.08
                    ("Last oral intake", self.t(sm.last_oral_intake)),  # eHistory.19
                    ("Events", words(sm.events)),
                ],
                columns=1,
            ),
        ]
        o = a.opqrst
        opqrst = [
            ("Onset", words(o.onset)),
            ("Provocation", words(o.provocation)),
            ("Quality", words(o.quality)),
            ("Region / radiation", words(o.region_radiation)),
            ("Severity (0-10)", words(o.severity)),
            ("Time", words(o.time)),
        ]
        if any(v for _, v in opqrst):
            out += [self.b.subheading("OPQRST"), self.b.fields(opqrst)]
        if a.exam_findings:
            rows = [
                (
                    self.t(f.assessed_at),  # eExam.03
                    exam_area(f.element),
                    _exam_location(f),
                    ("NOT PRESENT: " if f.not_present else "") + _exam_code(f.element, f.code),
                    words(f.note),
                )
                for f in a.exam_findings
            ]
            out += [
                self.b.subheading("Exam findings"),
                self.b.table(
                    ["Time", "Area", "Location", "Finding", "Note"], rows, [0.9, 0.9, 1.5, 2.2, 1.8]
                ),
            ]
        return out

    # -- care ----------------------------------------------------------------------------------------

    def vitals(self) -> list[Flowable]:
        vitals = sorted(self.r.vitals, key=_when)
        if not vitals:
            return []
        rows = [_vital_row(v, self.clock) for v in vitals]
        header = [
            "Time",
            "BP",
            "HR",
            "RR",
            "SpO2",
            "EtCO2",
            "Glucose",
            "Temp",
            "GCS",
            "AVPU",
            "Pain",
            "Rhythm",
        ]
        widths = [0.7, 0.6, 0.38, 0.35, 0.45, 0.7, 0.75, 0.6, 0.75, 0.95, 0.38, 0.9]
        return [
            self.b.table(header, rows, widths),
            Spacer(1, 6),
            KeepTogether([self.b.subheading("Trend"), TrendChart(vitals, self.clock, CONTENT_WIDTH)]),
        ]

    def arrest(self) -> list[Flowable]:
        a = self.r.arrest
        if a.cardiac_arrest is None and not self.r.cpr_events and not self.r.devices:
            return []
        out: list[Flowable] = [
            self.b.fields(
                [
                    ("Cardiac arrest", words(a.cardiac_arrest)),  # eArrest.01
                    ("Etiology", words(a.etiology)),  # eArrest.02
                    ("Arrest time", self.t(a.arrest_at) + _pn(a.arrest_at_pertinent_negative)),  # eArrest.14
                    ("Witnessed by", words(a.witnessed_by)),  # eArrest.04
                    ("Resuscitation", words(a.resuscitation_attempted)),  # eArrest.03
                    ("AED before EMS", words(a.aed_prior_to_arrival)),  # eArrest.07
                    ("CPR started", self.t(a.initial_cpr_at)),  # eArrest.19
                    ("Who started CPR", words(a.who_initiated_cpr)),  # eArrest.20
                    ("CPR type", words(a.cpr_types)),  # eArrest.09
                    ("Who applied AED", words(a.who_applied_aed)),  # eArrest.21
                    ("Who defibrillated", words(a.who_defibrillated)),  # eArrest.22
                    ("First rhythm", words(a.first_monitored_rhythm)),  # eArrest.11
                    ("ROSC", words(a.rosc)),  # eArrest.12
                    ("Rhythm at destination", words(a.rhythm_at_destination)),  # eArrest.17
                    ("Resuscitation ended", self.t(a.resuscitation_discontinued_at)),  # eArrest.15
                    ("Reason CPR stopped", words(a.cpr_discontinued_reason)),  # eArrest.16
                    ("End of event", words(a.end_of_event)),  # eArrest.18
                    ("Hypothermia", words(a.therapeutic_hypothermia)),  # eArrest.10
                    ("Neurological outcome", words(a.neurological_outcome)),  # eArrest.13
                ]
            )
        ]
        events = sorted(self.r.cpr_events, key=lambda e: e.at)
        if events:
            first, rows, previous = events[0].at, [], events[0].at
            for event in events:
                rows.append(
                    (
                        self.t(event.at),
                        "+" + duration((event.at - first).total_seconds()),
                        "" if event is events[0] else duration((event.at - previous).total_seconds()),
                        _event_name(event),
                        self._event_detail(event),
                        self.s.crew_name(event.crew_member_id),
                    )
                )
                previous = event.at
            out += [
                self.b.subheading("CPR timeline"),
                self.b.table(
                    ["Time", "Elapsed", "Interval", "Event", "Detail", "By"],
                    rows,
                    [0.75, 0.8, 0.8, 1.5, 2, 1.6],
                ),
            ]
        if self.r.devices:  # device groups of their own (a monitor's events, its ECG, shocks, pacing)
            devices = generated.table(self.b, self.r.devices, self.t)
            out += [self.b.subheading("Device events (eDevice)"), devices]
        return out

    def _event_detail(self, event: CprEvent) -> str:
        parts = []
        if event.energy_joules is not None:
            parts.append(f"{event.energy_joules} J")
        if event.rhythm is not None:
            parts.append(words(event.rhythm))
        if event.medication is not None:
            parts.append(medication_name(event.medication))
        if event.note:
            parts.append(event.note)
        return "; ".join(parts)

    def airway(self) -> list[Flowable]:
        a = self.r.airway
        if not a.confirmations and all(
            v is None for v in (a.indications, a.complications, a.failure_reasons, a.decision_at)
        ):
            return []
        out: list[Flowable] = [
            self.b.fields(
                [
                    ("Indications", words(a.indications)),  # eAirway.01
                    ("Complications", words(a.complications)),  # eAirway.08
                    ("Decision time", self.t(a.decision_at)),  # eAirway.10
                    ("Failure reasons", words(a.failure_reasons)),  # eAirway.09
                    ("Abandoned", self.t(a.abandoned_at)),  # eAirway.11
                ]
            )
        ]
        if a.confirmations:
            rows = [
                (
                    self.t(c.confirmed_at),  # eAirway.02
                    words(c.device),  # eAirway.03
                    words(c.methods),  # eAirway.04
                    f"{c.tube_depth_cm} cm" if c.tube_depth_cm is not None else "",  # eAirway.05
                    " ".join(
                        x
                        for x in (words(c.confirmed_by), _paren(self.s.crew_name(c.confirmed_by_crew_id)))
                        if x
                    ),
                )
                for c in a.confirmations
            ]
            out.append(
                self.b.table(
                    ["Confirmed", "Device", "Methods", "Depth", "Confirmed by"],
                    rows,
                    [0.8, 1.4, 2.2, 0.5, 2.6],
                )
            )
        return out

    def procedures(self) -> list[Flowable]:
        if not self.r.procedures:
            return []
        rows = []
        for p in sorted(self.r.procedures, key=_when):
            rows.append(
                (
                    self.t(p.at),  # eProcedures.01
                    self._procedure_text(p),
                    self.s.crew_name(p.performer_crew_id),  # eProcedures.09
                    words(p.performer_level),  # eProcedures.10
                    words(p.authorization),  # eProcedures.11
                    self.s.scope_status.get(p.id, ""),
                )
            )
        header = ["Time", "Procedure", "Performed by", "Level", "Authorization", "Scope"]
        return [self.b.table(header, rows, [0.75, 2.6, 1.3, 1.2, 1.1, 0.95])]

    def _procedure_text(self, p: Procedure) -> str:
        parts = [procedure_name(p.code)]  # eProcedures.03
        if p.pertinent_negative is not None:
            parts.append(f"not done: {words(p.pertinent_negative)}")
        detail = [
            f"size {p.equipment_size}" if p.equipment_size else "",  # eProcedures.04
            f"attempts {words(p.attempts)}" if p.attempts is not None else "",  # eProcedures.05
            f"successful {words(p.successful)}" if p.successful is not None else "",  # eProcedures.06
            words(p.vascular_access_location),  # eProcedures.13
            words(p.airway_technique),  # eProcedures.14
            f"response {words(p.response)}" if p.response is not None else "",  # eProcedures.08
            f"complications {words(p.complications)}"
            if p.complications is not None
            else "",  # eProcedures.07
            "before EMS arrival" if words(p.prior_to_care) == "Yes" else "",  # eProcedures.02
        ]
        parts += [d for d in detail if d]
        if p.bleeding_control is not None:
            parts.append(self._bleeding(p.bleeding_control))
        if p.justification:
            parts.append(f"crew's explanation: {p.justification}")
        return "; ".join(x for x in parts if x)

    def _bleeding(self, b: BleedingControl) -> str:
        out = []
        if b.tourniquet_limb is not None or b.tourniquet_applied_at is not None:
            limb = words(b.tourniquet_limb)
            out.append(f"TOURNIQUET {limb} applied {self.t(b.tourniquet_applied_at)}".replace("  ", " "))
            if b.tourniquet_converted_at is not None:
                out.append(f"converted {self.t(b.tourniquet_converted_at)}")
            if b.tourniquet_removed_at is not None:
                out.append(f"removed {self.t(b.tourniquet_removed_at)}")
        if b.wound_location:
            out.append(f"wound {b.wound_location}")
        for flag, label in (
            (b.wound_packed, "packed"),
            (b.direct_pressure, "direct pressure"),
            (b.pressure_dressing, "pressure dressing"),
        ):
            if flag:
                out.append(label)
        if b.hemostatic_agent:
            out.append(b.hemostatic_agent)
        return ", ".join(out)

    def medications(self) -> list[Flowable]:
        if not self.r.medications:
            return []
        rows = []
        for m in sorted(self.r.medications, key=_when):
            name = medication_name(m.code)  # eMedications.03
            if m.pertinent_negative is not None:
                name += f" — not given: {words(m.pertinent_negative)}"
            if words(m.prior_to_care) == "Yes":  # eMedications.02
                name += " (before EMS arrival)"
            if m.justification:
                name += f"; crew's explanation: {m.justification}"
            dose = " ".join(x for x in (words(m.dose), _unit(m.dose_unit)) if x)  # eMedications.05, .06
            rows.append(
                (
                    self.t(m.at),  # eMedications.01
                    name,
                    dose,
                    words(m.route),  # eMedications.04
                    words(m.response),  # eMedications.07
                    self.s.crew_name(m.performer_crew_id),  # eMedications.09
                    words(m.performer_level),  # eMedications.10
                    self.s.scope_status.get(m.id, ""),
                )
            )
        header = ["Time", "Medication", "Dose", "Route", "Response", "Given by", "Level", "Scope"]
        return [self.b.table(header, rows, [0.75, 2.0, 0.6, 0.9, 0.75, 1.2, 1.0, 0.95])]

    def narrative(self) -> list[Flowable]:
        text = words(self.r.narrative.text)  # eNarrative.01, or its blank ("Not Applicable")
        return [self.b.text(text)] if text else []

    def disposition(self) -> list[Flowable]:
        d = self.r.disposition
        destination = " ".join(x for x in (words(d.destination_name), _paren(words(d.destination_code))) if x)
        return [
            self.b.fields(
                [
                    ("Unit disposition", words(d.unit_disposition)),  # eDisposition.27
                    ("Patient evaluation", words(d.patient_evaluation_care)),  # eDisposition.28
                    ("Crew disposition", words(d.crew_disposition)),  # eDisposition.29
                    ("Transport", words(d.transport_disposition)),  # eDisposition.30
                    ("Refusal reasons", words(d.refusal_reasons)),  # eDisposition.31
                    ("Destination", destination),  # eDisposition.01, .02
                    ("Destination type", words(d.destination_type)),  # eDisposition.21
                    ("Destination reasons", words(d.destination_reasons)),  # eDisposition.20
                    ("Transport method", words(d.transport_method)),  # eDisposition.16
                    ("Transport mode", words(d.transport_mode)),  # eDisposition.17
                    ("Mode descriptors", words(d.transport_mode_descriptors)),  # eDisposition.18
                    ("Acuity on release", words(d.acuity_on_release)),  # eDisposition.19
                    ("Pre-arrival alert", words(d.pre_arrival_alert)),  # eDisposition.24
                    ("Alert time", self.t(d.pre_arrival_alert_at)),  # eDisposition.25
                    ("Level of care", words(d.level_of_care)),  # eDisposition.32
                    ("Care transferred to", words(d.care_transferred_to)),
                ]
            )
        ]

    # -- the record ----------------------------------------------------------------------------------

    def findings(self) -> list[Flowable]:
        found = self.s.findings
        if not found:
            return [
                self.b.text(
                    f"No findings: every rule in force passed (scope table {self.s.scope_table}).", "small"
                )
            ]
        rows = [(f.severity.label.upper(), f.rule, f.path, f.message, f.source) for f in found]
        out: list[Flowable] = []
        violations = self.s.scope_violations
        if violations:  # never softened: printed first, in red, confirmed or not
            confirmed = sum(f.confirmation is not None for f in violations)
            out.append(
                self.b.text(
                    f"SCOPE OF PRACTICE VIOLATIONS: {len(violations)} ({confirmed} confirmed as recorded by "
                    "the crew), for the medical director's review",
                    "alert",
                )
            )
        out.append(
            self.b.table(["Severity", "Rule", "Field", "Finding", "Source"], rows, [0.65, 1.3, 1.6, 3.0, 1.2])
        )
        return out

    def signatures(self) -> list[Flowable]:
        out: list[Flowable] = []
        for sig in self.r.signatures:
            signer = " ".join(x for x in (words(sig.first_name), words(sig.last_name)) if x)  # eOther.21, .20
            lines = [
                f"{signer or 'Signer not named'} — {words(sig.signer_type)}",  # eOther.12
                f"Reason: {words(sig.reasons)}" if sig.reasons else "",  # eOther.13
                f"Representative: {words(sig.representative_type)}"
                if sig.representative_type
                else "",  # eOther.14
                f"Status: {words(sig.status)}" if sig.status else "",  # eOther.15
                f"Signed {self.clock.stamp(sig.signed_at)}" if sig.signed_at else "",  # eOther.19
            ]
            picture = _signature_image(sig.image_base64, sig.file_type)  # eOther.18, .17
            row = [
                picture or self.b.text("No signature image captured.", "small"),
                self.b.text("\n".join(x for x in lines if x)),
            ]
            table = Table([row], colWidths=[2.4 * 72, CONTENT_WIDTH - 2.4 * 72], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BOX", (0, 0), (0, 0), 0.4, "#aaaaaa"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            out += [KeepTogether([table]), Spacer(1, 4)]
        return out

    def addenda(self) -> list[Flowable]:
        out: list[Flowable] = []
        for number, addendum in enumerate(self.r.addenda, start=1):
            out += [
                self.b.subheading(
                    f"Addendum {number} — {self.clock.stamp(addendum.at)} "
                    f"by {self.s.crew_name(addendum.author)}"
                ),
                self.b.text(f"Reason: {addendum.reason}", "small"),
                self.b.text(addendum.text),
                self.b.text(f"SHA-256 {addendum.hash} (chained to {addendum.previous_hash[:16]}…)", "mono"),
            ]
        return out

    def audit(self) -> list[Flowable]:
        a = self.s.audit
        if not a.entries:
            return [self.b.text("No audit entries were supplied with this export.", "small")]
        counts = ", ".join(f"{action} {count}" for action, count in a.by_action)
        out: list[Flowable] = [
            self.b.fields(
                [
                    ("Entries", str(a.entries)),
                    ("By action", counts),
                    ("First", self.clock.stamp(a.first_at)),
                    ("Last", self.clock.stamp(a.last_at)),
                    ("People", ", ".join(self.s.crew_name(x) for x in a.actors)),
                ]
            )
        ]
        if a.milestones:
            rows = [
                (self.clock.stamp(m.at), self.s.crew_name(m.actor), m.action, m.detail) for m in a.milestones
            ]
            out.append(self.b.table(["When", "Who", "Action", "Detail"], rows, [1.2, 1.8, 0.8, 3.7]))
        if a.milestones_left_out:
            out.append(self.b.text(f"+{a.milestones_left_out} earlier entries not shown.", "small"))
        return out

    def integrity(self) -> list[Flowable]:
        life = self.r.lifecycle
        hash_label = "Content hash (locked)" if self.s.locked else "Content hash (draft, changes with edits)"
        imported = self.s.audit.imported
        # An imported report's authors are its source's: said as such, never as this device's crew's work.
        recorded = " (as recorded in the imported file)" if imported else ""
        created = f"{self.clock.stamp(life.created_at)} by {self.s.crew_name(life.created_by)}{recorded}"
        return [
            self.b.fields(
                [
                    ("Report UUID", str(self.r.uuid)),  # PatientCareReport/@UUID
                    ("Status", life.status.value),
                    ("Created", created),
                    (
                        "Locked",
                        f"{self.clock.stamp(life.locked_at)} by {self.s.crew_name(life.locked_by)}{recorded}"
                        if life.locked_at
                        else "",
                    ),
                    (
                        "Imported",
                        f"from {imported.detail}, {self.clock.stamp(imported.at)} by {imported.actor}"
                        if imported
                        else "",
                    ),
                    ("Scope table", self.s.scope_table),
                    ("Addenda", str(len(self.r.addenda))),
                ]
            ),
            Spacer(1, 4),
            self.b.text(f"{hash_label}, SHA-256 of the canonical JSON:", "small"),
            self.b.text(self.s.content_hash, "mono"),
        ]


def _when(item: Any) -> tuple[int, datetime | str]:
    moment = getattr(item, "at", None) or getattr(item, "taken_at", None)
    return (0, moment) if isinstance(moment, datetime) else (1, "")


def _paren(text: str | None) -> str:
    return f"({text})" if text else ""


def _pn(code: Any) -> str:
    return f" ({words(code)})" if code is not None else ""


def _expires(day: Any) -> str:
    return f"(expires {words(day)})" if day is not None else ""


def _unit(unit: Any) -> str:
    text = words(unit)
    return text.split(" (")[-1].rstrip(")") if text.endswith(")") and " (" in text else text


def _gcs(gcs: Any) -> str:
    parts = [words(gcs.eye), words(gcs.verbal), words(gcs.motor)]
    total = words(gcs.total) or words(gcs.computed_total)  # eVitals.23, or its blank ("Refused")
    if not any(parts) and not total:
        return ""
    text = "/".join(p or "–" for p in parts)
    if total:
        text += f" = {total}"
    if gcs.qualifiers:
        text += f" ({words(gcs.qualifiers)})"  # eVitals.22
    return text


def _exam_code(element: str, code: Any) -> str:
    from epcr.domain.nemsis.elements import ENUMERATIONS

    if isinstance(code, str):
        label = ENUMERATIONS.get(element, {}).get(code)
        return f"{label} ({code})" if isinstance(label, str) else code
    return words(code)


def _exam_location(finding: ExamFinding) -> str:
    """Where on the body a region finding was found (eExam.10/.13/.15/.17/.22/.24), in words."""
    region = EXAM_REGIONS.get(finding.element)
    if region is None or finding.location is None:
        return ""
    return _exam_code(region[1], finding.location)


def _event_name(event: CprEvent) -> str:
    return event.kind.value.replace("_", " ").capitalize().replace("Rosc", "ROSC").replace("Aed", "AED")


def _vital_row(v: VitalSigns, clock: CallClock) -> tuple[str, ...]:
    bp = ""
    if v.sbp is not None or v.dbp is not None:  # eVitals.06, .07
        bp = f"{words(v.sbp)}/{words(v.dbp)}" if isinstance(v.sbp, int) else words(v.sbp)
    etco2 = words(v.etco2)  # eVitals.16 and its unit
    if isinstance(v.etco2, int) and v.etco2_unit is not None:
        etco2 += f" {'%' if v.etco2_unit.label == 'Percentage' else v.etco2_unit.label}"
    glucose = words(v.glucose)  # eVitals.18, mg/dL
    if isinstance(v.glucose, int):
        glucose += " mg/dL"
    temp = f"{v.temperature_c:.1f} °C" if isinstance(v.temperature_c, float | int) else words(v.temperature_c)
    spo2 = f"{v.spo2} %" if isinstance(v.spo2, int) else words(v.spo2)  # eVitals.12
    pain = words(v.pain_score)  # eVitals.27
    return (
        clock.time(v.taken_at),  # eVitals.01
        bp,
        words(v.heart_rate),  # eVitals.10
        words(v.respiratory_rate),  # eVitals.14
        spo2,
        etco2,
        glucose,
        temp,  # eVitals.24
        _gcs(v.gcs),
        words(v.avpu),  # eVitals.26
        pain,
        words(v.cardiac_rhythm),  # eVitals.03
    )


def _signature_image(data: str | None, mime: str | None) -> Image | None:
    """The captured stroke, scaled into a 2.2 x 0.8 inch box; an unreadable image is said, not hidden."""
    if not data:
        return None
    try:
        raw = base64.b64decode(data, validate=True)
        reader = ImageReader(io.BytesIO(raw))
        width, height = reader.getSize()
    except (binascii.Error, OSError, ValueError):
        return None
    scale = min(2.2 * 72 / width, 0.8 * 72 / height)
    return Image(io.BytesIO(raw), width=width * scale, height=height * scale)


__all__ = ["SECTIONS", "ReportPdf", "patient_name"]
