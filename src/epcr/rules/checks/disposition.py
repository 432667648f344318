"""The disposition chain (eDisposition.27-.30) and what each answer makes required."""

from __future__ import annotations

from collections.abc import Iterator

from epcr.domain.nemsis.codes import LevelOfCare, UnitDisposition
from epcr.domain.report import Report
from epcr.rules.checks.common import care_provided, documented, patient_contact, transported_by_this_unit
from epcr.rules.context import Context
from epcr.rules.findings import Source, Stage
from epcr.rules.registry import Issue, rule


@rule(
    "disposition.chain",
    "The disposition chain is complete",
    reads=["disposition", "times"],
    source=Source.NATIONAL,
    reference="NEMSIS eDisposition.27-.32, e017-e023, e160-e187",
    stage=Stage.LOCK,
)
def disposition_chain(report: Report, ctx: Context) -> Iterator[Issue]:
    d, t = report.disposition, report.times
    if d.unit_disposition is None:
        yield Issue("disposition.unit_disposition", "document the unit disposition (eDisposition.27)")
        return
    if d.unit_disposition != UnitDisposition.CANCELLED_PRIOR_TO_ARRIVAL_AT_SCENE:
        for field, what in (
            ("en_route", "unit en route"),
            ("arrived_on_scene", "arrived on scene"),
            ("left_scene", "unit left scene"),
        ):
            if not documented(getattr(t, field)):
                yield Issue(f"times.{field}", f"document the time {what}")
    if not patient_contact(report):
        return
    if not documented(t.arrived_at_patient):
        yield Issue(
            "times.arrived_at_patient", "patient contact made: document arrived at patient (eTimes.07)"
        )
    for field, what in (
        ("patient_evaluation_care", "patient evaluation/care (eDisposition.28)"),
        ("crew_disposition", "crew disposition (eDisposition.29)"),
        ("transport_disposition", "transport disposition (eDisposition.30)"),
        ("level_of_care", "level of care provided (eDisposition.32)"),
    ):
        if not documented(getattr(d, field)):
            yield Issue(f"disposition.{field}", f"patient contact made: document {what}")
    if care_provided(report) and d.level_of_care == LevelOfCare.NO_CARE_PROVIDED:
        yield Issue(
            "disposition.level_of_care", "care was provided: level of care cannot be 'No care provided'"
        )
    if transported_by_this_unit(report):
        for field, what in (
            ("destination_name", "destination"),
            ("transport_method", "transport method"),
            ("transport_mode", "transport mode"),
            ("destination_type", "type of destination"),
        ):
            if not documented(getattr(d, field)):
                yield Issue(f"disposition.{field}", f"transported by this unit: document the {what}")
        for field, what in (
            ("arrived_at_destination", "patient arrived at destination (eTimes.11)"),
            ("transfer_of_care", "transfer of care (eTimes.12)"),
        ):
            if not documented(getattr(t, field)):
                yield Issue(f"times.{field}", f"transported by this unit: document {what}")


@rule(
    "disposition.care_needs_contact",
    "Care documented means patient contact",
    reads=["disposition", "vitals", "procedures", "medications"],
    source=Source.NATIONAL,
    reference="NEMSIS e160-e163",
)
def care_needs_contact(report: Report, ctx: Context) -> Iterator[Issue]:
    d = report.disposition
    if d.unit_disposition is None or patient_contact(report):
        return
    if report.vitals or report.procedures or report.medications:
        yield Issue(
            "disposition.unit_disposition",
            "vitals or care are documented, so the unit disposition must be 'Patient contact made'",
        )
