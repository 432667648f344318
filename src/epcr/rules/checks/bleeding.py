"""Hemorrhage control: a tourniquet carries its limb and its clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from epcr.domain.procedures import Procedure
from epcr.domain.report import Report
from epcr.rules.checks.common import at, hhmm, performed_care, procedure_codes, when
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source
from epcr.rules.registry import Issue, entry_rule

TOURNIQUET_LIMIT = timedelta(hours=2)  # limb risk rises past two hours (TCCC)


@entry_rule(
    "bleeding.tourniquet",
    "A tourniquet needs its limb and time applied",
    groups=["procedures"],
    source=Source.AGENCY,
    reference="hemorrhage control policy",
)
def tourniquet_documented(report: Report, ctx: Context, group: str, p: Procedure) -> Iterator[Issue]:
    if p.code not in procedure_codes("Application of tourniquet") or p.pertinent_negative is not None:
        return
    detail = p.bleeding_control
    if detail is None or detail.tourniquet_limb is None:
        yield Issue(at("procedures", p, "bleeding_control.tourniquet_limb"), "tourniquet: document the limb")
    if detail is None or detail.tourniquet_applied_at is None:
        yield Issue(
            at("procedures", p, "bleeding_control.tourniquet_applied_at"),
            "tourniquet: document the time it was applied",
        )
        return
    applied = detail.tourniquet_applied_at
    for field, moment in (
        ("tourniquet_converted_at", detail.tourniquet_converted_at),
        ("tourniquet_removed_at", detail.tourniquet_removed_at),
    ):
        if moment is not None and moment < applied:
            yield Issue(
                at("procedures", p, f"bleeding_control.{field}"),
                f"{field.split('_')[1]} at {hhmm(moment)} is before the tourniquet was applied "
                f"({hhmm(applied)})",
            )


@entry_rule(
    "bleeding.tourniquet_time",
    "A tourniquet on past two hours is reassessed",
    groups=["procedures"],
    reads=["times"],
    source=Source.AGENCY,
    reference="TCCC tourniquet guidance",
    severity=Severity.WARNING,
)
def tourniquet_time(report: Report, ctx: Context, group: str, p: Procedure) -> Iterator[Issue]:
    detail = p.bleeding_control
    if (
        p.code not in procedure_codes("Application of tourniquet")
        or detail is None
        or detail.tourniquet_applied_at is None
    ):
        return
    if detail.tourniquet_converted_at or detail.tourniquet_removed_at:
        return
    end = when(report.times.transfer_of_care) or ctx.now
    if end - detail.tourniquet_applied_at > TOURNIQUET_LIMIT:
        yield Issue(
            at("procedures", p, "bleeding_control.tourniquet_converted_at"),
            f"tourniquet on since {hhmm(detail.tourniquet_applied_at)}, over 2 hours: reassess for "
            "conversion and document it",
        )


@entry_rule(
    "bleeding.wound_location",
    "Packing and hemostatic agents name the wound",
    groups=["procedures"],
    source=Source.AGENCY,
    reference="hemorrhage control policy",
    severity=Severity.WARNING,
)
def wound_location(report: Report, ctx: Context, group: str, p: Procedure) -> Iterator[Issue]:
    detail = p.bleeding_control
    packed = detail is not None and (detail.wound_packed or detail.hemostatic_agent)
    hemostatic = p.code in procedure_codes("Application of chemical hemostatic agents")
    if (hemostatic or packed) and performed_care(p) and (detail is None or not detail.wound_location):
        yield Issue(
            at("procedures", p, "bleeding_control.wound_location"),
            "wound packing / hemostatic agent: document where the wound is",
        )
