"""What must be there before a report is locked (the lock gate's completeness rules)."""

from __future__ import annotations

from collections.abc import Iterator

from epcr.domain.nemsis.codes import (
    PatientEvaluationCare,
    ResponseRole,
    SignatureStatus,
    SignerType,
    TransportDisposition,
)
from epcr.domain.report import Report
from epcr.rules.checks.common import care_provided, documented, has_value, patient_contact
from epcr.rules.context import Context
from epcr.rules.findings import Source, Stage
from epcr.rules.registry import Issue, rule

MANDATORY = (  # NEMSIS Mandatory elements: a real value, never a blank
    ("response.pcr_number", "PCR number (eRecord.01)"),
    ("response.agency_number", "EMS agency number (eResponse.01)"),
    ("response.type_of_service", "type of service requested (eResponse.05)"),
    ("response.unit_capability", "unit transport and equipment capability (eResponse.07)"),
    ("response.vehicle_number", "vehicle number (eResponse.13)"),
    ("response.call_sign", "unit call sign (eResponse.14)"),
    ("response.response_mode", "response mode to scene (eResponse.23)"),
    ("dispatch.reason", "dispatch reason (eDispatch.01)"),
    ("times.unit_notified", "unit notified by dispatch (eTimes.03)"),
    ("times.back_in_service", "unit back in service (eTimes.13)"),
)
REFUSALS = (
    PatientEvaluationCare.PATIENT_EVALUATED_AND_REFUSED_CARE,
    PatientEvaluationCare.PATIENT_REFUSED_EVALUATION_CARE,
)


def _get(report: Report, path: str) -> object:
    section, field = path.split(".")
    return getattr(getattr(report, section), field)


@rule(
    "lock.mandatory",
    "Mandatory elements have values",
    reads=["response", "dispatch", "times"],
    source=Source.NATIONAL,
    reference="NEMSIS Mandatory usage",
    stage=Stage.LOCK,
)
def mandatory_elements(report: Report, ctx: Context) -> Iterator[Issue]:
    for path, what in MANDATORY:
        if not has_value(_get(report, path)):
            yield Issue(path, f"document the {what}")


@rule(
    "lock.patient_contact",
    "A patient contact is documented enough to hand over",
    reads=["disposition", "vitals", "situation", "narrative", "patient"],
    source=Source.AGENCY,
    reference="agency documentation policy",
    stage=Stage.LOCK,
)
def patient_contact_minimum(report: Report, ctx: Context) -> Iterator[Issue]:
    if not patient_contact(report):
        return
    if not report.vitals:
        yield Issue("vitals", "patient contact made: document at least one set of vital signs")
    s = report.situation
    for path, value, what in (
        ("situation.chief_complaint", s.chief_complaint, "the chief complaint"),
        ("situation.primary_impression", s.primary_impression, "the primary impression"),
        ("situation.acuity", s.acuity, "the initial acuity"),
        ("narrative.text", report.narrative.text, "the narrative"),
    ):
        if not documented(value):
            yield Issue(path, f"patient contact made: document {what}")
    if care_provided(report):
        p = report.patient
        if not documented(p.age) and not documented(p.date_of_birth):
            yield Issue("patient.age", "care provided: document the patient's age or date of birth (e060)")
        elif has_value(p.age) and not documented(p.age_units):
            yield Issue("patient.age_units", "document the age units (ePatient.16)")
        if not documented(p.sex):
            yield Issue("patient.sex", "care provided: document the patient's sex (ePatient.25)")


@rule(
    "lock.crew_roles",
    "A primary caregiver and a driver",
    reads=["crew"],
    source=Source.NATIONAL,
    reference="NEMSIS eCrew.03 comment",
    stage=Stage.LOCK,
)
def crew_roles(report: Report, ctx: Context) -> Iterator[Issue]:
    roles = {role for member in report.crew if isinstance(member.roles, list) for role in member.roles}
    caregivers = {
        ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
        ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
    }
    drivers = {ResponseRole.DRIVER_PILOT_RESPONSE, ResponseRole.DRIVER_PILOT_TRANSPORT}
    if not report.crew:
        yield Issue("crew", "add the crew")
        return
    if not roles & caregivers:
        yield Issue("crew", "name the primary patient caregiver (eCrew.03)")
    if not roles & drivers:
        yield Issue("crew", "name the driver (eCrew.03)")


@rule(
    "lock.signatures",
    "The signatures the call needs",
    reads=["signatures", "disposition"],
    source=Source.AGENCY,
    reference="agency signature policy",
    stage=Stage.LOCK,
)
def signatures_present(report: Report, ctx: Context) -> Iterator[Issue]:
    if not patient_contact(report):
        return
    by_type = {s.signer_type: s for s in report.signatures}
    primary = by_type.get(SignerType.EMS_PRIMARY_CARE_PROVIDER_FOR_THIS_EVENT)
    if primary is None or primary.status != SignatureStatus.SIGNED:
        yield Issue("signatures", "the primary care provider signs the report")
    d = report.disposition
    refused = d.patient_evaluation_care in REFUSALS or d.transport_disposition == (
        TransportDisposition.PATIENT_REFUSED_TRANSPORT
    )
    if refused and not (by_type.get(SignerType.PATIENT) or by_type.get(SignerType.PATIENT_REPRESENTATIVE)):
        yield Issue(
            "signatures", "refusal: the patient or a representative signs, or record why not (status)"
        )
