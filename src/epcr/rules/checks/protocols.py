"""Protocol rules: what the NASEMSO National Model EMS Clinical Guidelines v3 (2022) expect documented for a
time-critical condition, and the trauma destination of the CDC/ACS 2021 field triage guideline.

Severities, as a medical director sets them: these are warnings. A protocol step that was not done is a
fact the record must be able to hold truthfully; an error would block the lock until the crew wrote
something, and invites an invented value. The warning stays on the report for QA and the medical director.
Most are lock-stage (something still missing once the call is over); the refusal check is entry-stage, so
the crew sees it on scene while the patient is still there. The thresholds are data
(resources/clinical/protocols.toml, and the agency file).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache
from typing import Any

from epcr.domain.nemsis import codes as c
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.report import Report
from epcr.rules.checks.common import (
    arrest_yes,
    at,
    documented,
    has_value,
    hhmm,
    medication_codes,
    performed_care,
    procedure_codes,
    transported_by_this_unit,
    when,
)
from epcr.rules.clinical import YEAR_DAYS, age_in_days
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source, Stage
from epcr.rules.registry import Issue, rule

NASEMSO = "NASEMSO National Model EMS Clinical Guidelines v3 (2022)"

# ICD-10-CM impressions (eSituation.11/.12) by prefix, and the eProtocols.01 protocol, that say the crew
# suspected the condition; the rules read the impression the crew chose, never guess from free text.
STROKE_IMPRESSIONS = ("I60", "I61", "I62", "I63", "G45", "G46")
ACS_IMPRESSIONS = ("I20", "I21", "I22", "I24", "R07.2", "R07.89", "R07.9")
AMS_IMPRESSIONS = ("R40", "R41.0", "R41.82", "E16.2")
STROKE_PROTOCOL, ACS_PROTOCOL, AMS_PROTOCOL = "9914145", "9914117", "9914113"

TWELVE_LEAD_ECG_TYPES = frozenset(
    {
        c.EcgType._12_LEAD_LEFT_SIDED_NORMAL,
        c.EcgType._12_LEAD_RIGHT_SIDED,
        c.EcgType._15_LEAD,
        c.EcgType._18_LEAD,
    }
)
# eHistory.01 barriers that put a refusal's decision-making capacity in doubt
INCAPACITY_BARRIERS = {
    "3101003": "developmentally impaired",
    "3101019": "psychologically impaired",
    "3101027": "unconscious",
    "3101033": "alcohol use suspected",
    "3101035": "drug use suspected",
}
# eExam.16 findings that are a motor or sensory check of the limbs; any eExam.20 finding but "Not Done" is one
NEURO_EXTREMITY = frozenset(
    {"3516043", "3516045", "3516047", "3516055", "3516065", "3516067", "3516069", "3516083"}
)
NEURO_NOT_DONE = "3520023"
_NOT_ALERT = (c.Avpu.UNRESPONSIVE, c.Avpu.PAINFUL, c.Avpu.VERBAL)
REFUSALS = (
    c.PatientEvaluationCare.PATIENT_EVALUATED_AND_REFUSED_CARE,
    c.PatientEvaluationCare.PATIENT_REFUSED_EVALUATION_CARE,
)


@cache
def twelve_lead_procedures() -> frozenset[str]:
    return procedure_codes("12 lead electrocardiogram")


@cache
def smr_procedures() -> frozenset[str]:
    return procedure_codes(
        "Cervical spine immobilization",
        "Manual inline stabilization of cervical spine",
        "Stabilization of spine",
        "Immobilization using long board",
        "Application of cervical collar",
        "Immobilization using extrication splint",
    )


@cache
def analgesics() -> frozenset[str]:
    # opioids and other analgesics of the NEMSIS list, with ibuprofen (5640) and nitrous oxide (7517)
    named = medication_codes(
        "fentanyl", "morphine", "hydromorphone", "ketamine", "ketorolac", "acetaminophen"
    )
    return named | {"5640", "7517"}


@cache
def naloxone() -> frozenset[str]:
    return medication_codes("naloxone")


@cache
def aspirin() -> frozenset[str]:
    return medication_codes("aspirin")


# -- what the record says about the patient (worked out once per validation) ----------------------------


def _impressions(report: Report, ctx: Context) -> tuple[str, ...]:
    found: tuple[str, ...] | None = ctx.cache.get("impressions")
    if found is None:
        s = report.situation
        codes = [s.primary_impression] if isinstance(s.primary_impression, str) else []
        if isinstance(s.secondary_impressions, list):
            codes += s.secondary_impressions
        found = ctx.cache["impressions"] = tuple(codes)
    return found


def _protocols(report: Report) -> set[str]:
    return {p.protocols_used for p in report.protocols.protocols if isinstance(p.protocols_used, str)}


def _suspected(report: Report, ctx: Context, prefixes: tuple[str, ...], protocol: str) -> bool:
    return any(code.startswith(prefixes) for code in _impressions(report, ctx)) or protocol in _protocols(
        report
    )


def _is_child(report: Report, ctx: Context) -> bool:
    days = age_in_days(report)
    return days is not None and days < ctx.clinical.value("child_under_years") * YEAR_DAYS


def _first_vitals_path(report: Report, field: str) -> str:
    return at("vitals", report.vitals[0], field) if report.vitals else "vitals"


def _glucose_documented(report: Report) -> bool:
    return any(documented(v.glucose) for v in report.vitals)


def _care_by_anyone(item: Any) -> bool:
    """Done (by this unit or before it), or documented as not done with its reason: the step is addressed."""
    return item.documented_as_not_done or has_value(item.code)


# -- stroke ----------------------------------------------------------------------------------------------


@rule(
    "protocol.stroke",
    "Suspected stroke: stroke scale, last known well and glucose",
    reads=["situation", "vitals", "protocols", "disposition"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Suspected Stroke/Transient Ischemic Attack",
    severity=Severity.WARNING,  # time-critical documentation QA must see; never invented to pass a gate
    stage=Stage.LOCK,
)
def stroke(report: Report, ctx: Context) -> Iterator[Issue]:
    suspected = (
        _suspected(report, ctx, STROKE_IMPRESSIONS, STROKE_PROTOCOL)
        or report.disposition.pre_arrival_alert == c.PreArrivalAlert.YES_STROKE
        or any(v.stroke_scale_result == c.StrokeScaleResult.POSITIVE for v in report.vitals)
    )
    if not suspected:
        return
    if not any(documented(v.stroke_scale_result) and documented(v.stroke_scale_type) for v in report.vitals):
        yield Issue(
            _first_vitals_path(report, "stroke_scale_result"),
            "suspected stroke: document a stroke scale, its result and type (eVitals.29/.30)",
        )
    if not documented(report.situation.last_known_well):
        yield Issue(
            "situation.last_known_well",
            "suspected stroke: document last known well (eSituation.18), or that it could not be found out",
        )
    if not _glucose_documented(report):
        yield Issue(
            _first_vitals_path(report, "glucose"),
            "suspected stroke: document a blood glucose (eVitals.18): hypoglycemia mimics a stroke",
        )


# -- chest pain / ACS --------------------------------------------------------------------------------------


def _acs(report: Report, ctx: Context) -> bool:
    if _is_child(report, ctx):
        return False  # the ACS guideline is for adults (aspirin is not given to children)
    return (
        _suspected(report, ctx, ACS_IMPRESSIONS, ACS_PROTOCOL)
        or report.disposition.pre_arrival_alert == c.PreArrivalAlert.YES_STEMI
    )


@rule(
    "protocol.acs_ecg",
    "Chest pain/ACS: a 12-lead ECG within minutes of patient contact",
    reads=["situation", "protocols", "disposition", "procedures", "vitals", "times", "patient"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Chest Pain/Acute Coronary Syndrome/STEMI; threshold ecg_minutes",
    severity=Severity.WARNING,  # a late or missing ECG is a care fact for QA, not a documentation error
    stage=Stage.LOCK,
)
def acs_ecg(report: Report, ctx: Context) -> Iterator[Issue]:
    if not _acs(report, ctx):
        return
    minutes = ctx.clinical.value("ecg_minutes")
    codes = twelve_lead_procedures()
    done = [p for p in report.procedures if p.code in codes]
    if any(p.documented_as_not_done for p in done):
        return  # not done, and why (refused, unable): addressed
    moments = [t for p in done if (t := when(p.at)) is not None]
    moments += [
        t
        for v in report.vitals
        if v.ecg_type in TWELVE_LEAD_ECG_TYPES and (t := when(v.taken_at)) is not None
    ]
    twelve_lead = bool(done) or any(v.ecg_type in TWELVE_LEAD_ECG_TYPES for v in report.vitals)
    if not twelve_lead:
        yield Issue(
            "procedures",
            f"chest pain/ACS: no 12-lead ECG documented (within {minutes} minutes of patient contact), "
            "or why not",
        )
        return
    contact = when(report.times.arrived_at_patient)
    if contact is None or not moments:
        return
    first = min(moments)
    late = (first - contact).total_seconds() / 60
    if late > minutes:
        yield Issue(
            "times.arrived_at_patient",
            f"chest pain/ACS: first 12-lead ECG at {hhmm(first)}, {late:.0f} minutes after patient contact "
            f"({hhmm(contact)}); the guideline asks within {minutes}",
        )


@rule(
    "protocol.acs_aspirin",
    "Chest pain/ACS: aspirin given, or why not",
    reads=["situation", "protocols", "disposition", "medications", "patient"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Chest Pain/Acute Coronary Syndrome/STEMI (aspirin)",
    severity=Severity.WARNING,  # QA follows up; the crew answers with a pertinent negative, not a value
    stage=Stage.LOCK,
)
def acs_aspirin(report: Report, ctx: Context) -> Iterator[Issue]:
    if not _acs(report, ctx):
        return
    codes = aspirin()
    if any(m.code in codes and _care_by_anyone(m) for m in report.medications):
        return
    yield Issue(
        "medications",
        "chest pain/ACS: aspirin not documented: record it given, or not given with the reason beside it "
        "(already taken, allergy, contraindication, refused)",
    )


# -- altered mental status -------------------------------------------------------------------------------


def _altered(report: Report, ctx: Context) -> str | None:
    """Why the patient's mental status is altered, or None."""
    if _suspected(report, ctx, AMS_IMPRESSIONS, AMS_PROTOCOL):
        return "altered mental status"
    a = report.assessment
    for avpu, gcs in ((a.avpu, a.gcs), *((v.avpu, v.gcs) for v in report.vitals)):
        if avpu in (c.Avpu.VERBAL, c.Avpu.PAINFUL, c.Avpu.UNRESPONSIVE):
            return f"AVPU {avpu.label}"
        total = gcs.total if type(gcs.total) is int else gcs.computed_total
        if total is not None and total < 15:
            return f"GCS {total}"
    return None


@rule(
    "protocol.ams_glucose",
    "Altered mental status: blood glucose checked",
    reads=["situation", "protocols", "assessment", "vitals", "arrest"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Altered Mental Status; Hypoglycemia",
    severity=Severity.WARNING,  # a missed glucose is a care gap for QA; the crew cannot make it up afterwards
    stage=Stage.LOCK,
)
def ams_glucose(report: Report, ctx: Context) -> Iterator[Issue]:
    if arrest_yes(report) or _glucose_documented(report):
        return  # in cardiac arrest the resuscitation comes first
    why = _altered(report, ctx)
    if why is not None:
        yield Issue(
            _first_vitals_path(report, "glucose"),
            f"{why}: document a blood glucose (eVitals.18), or that it could not be obtained",
        )


# -- naloxone and analgesia ------------------------------------------------------------------------------


@rule(
    "protocol.naloxone_response",
    "Naloxone: the patient's response recorded",
    reads=["medications"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Opioid Poisoning/Overdose; eMedications.07",
    severity=Severity.WARNING,  # the response is what the next clinician doses by; QA follows it up
    stage=Stage.LOCK,
)
def naloxone_response(report: Report, ctx: Context) -> Iterator[Issue]:
    codes = naloxone()
    for m in report.medications:
        if m.code in codes and performed_care(m) and not documented(m.response):
            yield Issue(
                at("medications", m, "response"),
                "naloxone given: record the patient's response (eMedications.07): improved, unchanged, worse",
            )


@rule(
    "protocol.analgesia_reassessed",
    "Analgesia: pain reassessed after it",
    reads=["medications", "vitals"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Pain Management (reassess pain after each dose)",
    severity=Severity.WARNING,  # a QA measure of care given, not a missing element
    stage=Stage.LOCK,
)
def analgesia_reassessed(report: Report, ctx: Context) -> Iterator[Issue]:
    codes = analgesics()
    given = [m for m in report.medications if m.code in codes and performed_care(m)]
    if not given:
        return
    scored = [v for v in report.vitals if documented(v.pain_score)]
    times = [t for v in scored if (t := when(v.taken_at)) is not None]
    latest = max(times) if times else None
    for m in given:
        moment = when(m.at)
        reassessed = bool(scored) if moment is None else latest is not None and latest > moment
        if not reassessed:
            yield Issue(
                at("medications", m, "code"),
                "analgesic given: document a pain score (eVitals.27) in a later vital-sign set, "
                "or that it could not be obtained",
            )


# -- spinal motion restriction ---------------------------------------------------------------------------


def _neuro_checks(report: Report) -> list[datetime | None]:
    """When a motor or sensory check was done: GCS motor in a vital-sign set, or a neurological or extremity
    motor/sensation finding (untimed: the initial exam)."""
    checks: list[datetime | None] = [
        when(v.taken_at) for v in report.vitals if type(v.gcs.motor) is int and when(v.taken_at) is not None
    ]
    for finding in report.assessment.exam_findings:
        code = finding.code if isinstance(finding.code, str) else None
        if (finding.element == "eExam.16" and code in NEURO_EXTREMITY) or (
            finding.element == "eExam.20" and code is not None and code != NEURO_NOT_DONE
        ):
            checks.append(finding.assessed_at)
    return checks


@rule(
    "protocol.smr_neuro",
    "Spinal motion restriction: motor and sensory check before and after",
    reads=["procedures", "vitals", "assessment"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Spinal Care (neurological exam before and after spinal motion restriction)",
    severity=Severity.WARNING,  # a QA measure; the crew cannot add an exam afterwards
    stage=Stage.LOCK,
)
def smr_neuro(report: Report, ctx: Context) -> Iterator[Issue]:
    codes = smr_procedures()
    restricted = [p for p in report.procedures if p.code in codes and performed_care(p)]
    if not restricted:
        return
    checks = _neuro_checks(report)
    timed = [t for p in restricted if (t := when(p.at)) is not None]
    if not timed:
        if not checks:
            yield Issue(
                at("procedures", restricted[0]), "spinal motion restriction: document a motor/sensory check"
            )
        return
    start = min(timed)
    before = any(t is None or t <= start for t in checks)
    after = any(t is not None and t > start for t in checks)
    missing = [word for word, done in (("before", before), ("after", after)) if not done]
    if missing:
        yield Issue(
            at("procedures", restricted[0]),
            f"spinal motion restriction at {hhmm(start)}: document a motor and sensory check "
            f"{' and '.join(missing)} it (GCS motor, eExam.16 motor/sensation, eExam.20)",
        )


# -- refusal ---------------------------------------------------------------------------------------------


def _refused(report: Report) -> str | None:
    d = report.disposition
    if d.patient_evaluation_care in REFUSALS:
        return "disposition.patient_evaluation_care"
    if d.transport_disposition == c.TransportDisposition.PATIENT_REFUSED_TRANSPORT:
        return "disposition.transport_disposition"
    if d.crew_disposition == c.CrewDisposition.BACK_IN_SERVICE_CARE_SUPPORT_SERVICES_REFUSED:
        return "disposition.crew_disposition"
    return None


def _incapacity(report: Report, ctx: Context) -> list[str]:
    signs = []
    below = ctx.clinical.value("refusal_gcs_below")
    a = report.assessment
    totals = [
        t
        for g in (a.gcs, *(v.gcs for v in report.vitals))
        if (t := g.total if type(g.total) is int else g.computed_total) is not None
    ]
    if totals and min(totals) < below:
        signs.append(f"GCS {min(totals)}")
    responsive = {a.avpu, *(v.avpu for v in report.vitals)}
    worst = next((x for x in _NOT_ALERT if x in responsive), None)  # the least responsive recorded
    if worst is not None:
        signs.append(f"AVPU {worst.label}")
    barriers = a.sample.barriers_to_care if isinstance(a.sample.barriers_to_care, list) else []
    signs += [INCAPACITY_BARRIERS[b] for b in barriers if b in INCAPACITY_BARRIERS]
    if any(v.glucose == "Low" or (type(v.glucose) is int and v.glucose < 60) for v in report.vitals):
        signs.append("low blood glucose")
    if _is_child(report, ctx):
        signs.append("a minor")
    return signs


@rule(
    "protocol.refusal_capacity",
    "A refusal with signs of incapacity: decision-making capacity assessed",
    reads=["disposition", "assessment", "vitals", "patient"],
    source=Source.AGENCY,
    reference=f"{NASEMSO}: Universal Care, refusal and decision-making capacity; threshold refusal_gcs_below",
    severity=Severity.WARNING,  # the riskiest refusals, for the medical director's review: the facts stand
    stage=Stage.ENTRY,  # shown at once, while the crew is still with the patient
)
def refusal_capacity(report: Report, ctx: Context) -> Iterator[Issue]:
    path = _refused(report)
    if path is None:
        return
    signs = _incapacity(report, ctx)
    if signs:
        yield Issue(
            path,
            f"a refusal with {', '.join(signs)}: the patient may lack decision-making capacity; assess and "
            "document capacity (narrative), contact medical control, and do not leave a patient without it",
        )


# -- trauma destination ----------------------------------------------------------------------------------


@rule(
    "protocol.trauma_destination",
    "High-risk trauma taken to a trauma center",
    reads=["injury", "disposition"],
    source=Source.AGENCY,
    reference="CDC/ACS National Guideline for the Field Triage of Injured Patients (2021); eInjury.03, "
    "eDisposition.21/.23; threshold trauma_centers",
    severity=Severity.WARNING,  # a destination decision for QA (diversion, distance), not an entry error
    stage=Stage.LOCK,
)
def trauma_destination(report: Report, ctx: Context) -> Iterator[Issue]:
    criteria = report.injury.trauma_triage_criteria_high_risk_for_serious_injury
    if not isinstance(criteria, list) or not criteria:
        return
    d = report.disposition
    ours = transported_by_this_unit(report) or (
        d.transport_disposition
        == c.TransportDisposition.TRANSPORT_BY_ANOTHER_EMS_UNIT_AGENCY_WITH_A_MEMBER_OF_THIS_CREW
    )
    if not ours or d.destination_type == c.DestinationType.OTHER_EMS_RESPONDER_AIR:
        return  # not our transport, or handed to air medical: its crew chooses the trauma center
    capabilities = d.hospital_capability if isinstance(d.hospital_capability, list) else []
    centers = ctx.clinical.value("trauma_centers")
    if set(capabilities) & set(centers):
        return
    labels = ENUMERATIONS["eInjury.03"]
    named = "; ".join(labels.get(code, code) for code in criteria[:3]) + (
        "; ..." if len(criteria) > 3 else ""
    )
    where = d.destination_name if isinstance(d.destination_name, str) else "the destination"
    wanted = ", ".join(ENUMERATIONS["eDisposition.23"].get(code, code) for code in centers)
    said = (
        "no hospital capability documented (eDisposition.23)" if not capabilities else "not a trauma center"
    )
    yield Issue(
        "disposition.hospital_capability",
        f"high-risk trauma criteria ({named}) but {where}: {said}; the field triage guideline sends these "
        f"patients to {wanted}",
    )
