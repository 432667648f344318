"""Invasive airways are confirmed, and the confirmation names its procedure."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from epcr.domain.airway import AirwayConfirmation
from epcr.domain.nemsis.codes import AirwayConfirmationMethod
from epcr.domain.procedures import Procedure
from epcr.domain.report import Report
from epcr.rules.checks.common import at, documented, performed_care, procedure_codes
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source
from epcr.rules.registry import Issue, entry_rule, rule

INVASIVE_AIRWAYS = (
    "Insertion of Single Lumen Supraglottic Airway Device",
    "Insertion of esophageal tracheal double lumen supraglottic airway",
    "Insertion of esophageal tracheal combitube",
    "Laryngeal mask airway insertion",
    "Orotracheal intubation",
    "Orotracheal intubation using bougie device",
    "Rapid sequence induction",
)


@entry_rule(
    "airway.confirmation",
    "An invasive airway is confirmed",
    groups=["procedures"],
    reads=["airway"],
    source=Source.AGENCY,
    reference="NEMSIS eAirway, NASEMSO airway measure",
)
def airway_confirmed(report: Report, ctx: Context, group: str, procedure: Procedure) -> Iterator[Issue]:
    if procedure.code not in procedure_codes(*INVASIVE_AIRWAYS) or not performed_care(procedure):
        return
    confirmations: dict[UUID, AirwayConfirmation] | None = ctx.cache.get("confirmations")
    if confirmations is None:
        confirmations = ctx.cache["confirmations"] = {
            c.procedure_id: c for c in report.airway.confirmations if c.procedure_id is not None
        }
    confirmation = confirmations.get(procedure.id)
    if confirmation is None:
        yield Issue(
            at("procedures", procedure),
            "invasive airway placed: add its confirmation (time, device, methods) in the airway section",
        )
        return
    base = f"airway.confirmations[{confirmation.id}]"
    for field, what in (("confirmed_at", "time"), ("device", "device"), ("methods", "method")):
        if not documented(getattr(confirmation, field)):
            yield Issue(f"{base}.{field}", f"airway confirmation needs its {what}")
    methods = confirmation.methods if isinstance(confirmation.methods, list) else []
    if methods and AirwayConfirmationMethod.WAVEFORM_ETCO2 not in methods:
        yield Issue(f"{base}.methods", "confirm invasive airways with waveform capnography", Severity.WARNING)


@rule(
    "airway.link",
    "An airway confirmation names an existing procedure",
    reads=["procedures", "airway"],
    source=Source.NATIONAL,
    reference="ProcedureGroupCorrelationID",
)
def airway_link(report: Report, ctx: Context) -> Iterator[Issue]:
    ids = {p.id for p in report.procedures}
    for confirmation in report.airway.confirmations:
        if confirmation.procedure_id is not None and confirmation.procedure_id not in ids:
            yield Issue(
                f"airway.confirmations[{confirmation.id}].procedure_id",
                "names a procedure that is not in this report",
            )
        elif confirmation.procedure_id is None:
            yield Issue(
                f"airway.confirmations[{confirmation.id}].procedure_id",
                "link the confirmation to the airway procedure it confirms",
                Severity.WARNING,
            )
