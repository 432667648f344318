"""Cardiac arrest documentation (NEMSIS eArrest rules e093-e123, plus: CPR means an arrest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from epcr.domain.fields import Blank
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.rules.checks.common import (
    arrest_yes,
    care_provided,
    documented,
    performed_care,
    procedure_codes,
    transported_by_this_unit,
)
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source, Stage
from epcr.rules.registry import Issue, rule

_ARREST_PROCEDURES = (
    "Cardiopulmonary resuscitation",
    "Mechanically assisted chest compression",
    "Defibrillation using automated external cardiac defibrillator",
    "External ventricular defibrillation",
)
ARREST_RHYTHMS = frozenset(
    {
        c.CardiacRhythm.ASYSTOLE,
        c.CardiacRhythm.PEA,
        c.CardiacRhythm.VENTRICULAR_FIBRILLATION,
        c.CardiacRhythm.VENTRICULAR_TACHYCARDIA_PULSELESS,
        c.CardiacRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM,
    }
)
ATTEMPTED = frozenset(
    {
        c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION,
        c.ResuscitationAttempted.ATTEMPTED_VENTILATION,
        c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS,
    }
)
NOT_ATTEMPTED = frozenset(set(c.ResuscitationAttempted) - ATTEMPTED)
COMPRESSIONS = frozenset(m for m in c.CprType if m.name.startswith("COMPRESSIONS"))
VENTILATIONS = frozenset(m for m in c.CprType if m.name.startswith("VENTILATION"))


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@rule(
    "arrest.implied",
    "CPR, defibrillation or an arrest rhythm means a cardiac arrest",
    reads=["arrest", "procedures", "vitals", "cpr_events"],
    source=Source.NATIONAL,
    reference="NEMSIS eArrest.01; epcr rule",
)
def arrest_implied(report: Report, ctx: Context) -> Iterator[Issue]:
    if arrest_yes(report):
        return
    codes = procedure_codes(*_ARREST_PROCEDURES)
    if any(p.code in codes and performed_care(p) for p in report.procedures):
        reason = "CPR or defibrillation is documented"
    elif _values(report.arrest.cpr_types):
        reason = "a type of CPR is documented"
    elif report.cpr_events:
        reason = "the CPR event log has entries"
    elif any(ARREST_RHYTHMS.intersection(_values(v.cardiac_rhythm)) for v in report.vitals):
        reason = "an arrest rhythm (asystole, PEA, VF, pulseless VT) is documented"
    else:
        return
    yield Issue("arrest.cardiac_arrest", f"{reason}: record the cardiac arrest (eArrest.01 Yes)")


@rule(
    "arrest.required",
    "An arrest needs its registry fields",
    reads=["arrest", "situation", "disposition"],
    source=Source.NATIONAL,
    reference="NEMSIS e093-e123, e085",
    stage=Stage.LOCK,
)
def arrest_required(report: Report, ctx: Context) -> Iterator[Issue]:
    a = report.arrest
    if not arrest_yes(report) or (
        documented(report.disposition.patient_evaluation_care) and not care_provided(report)
    ):
        return
    needed = [
        ("etiology", "etiology (eArrest.02)"),
        ("resuscitation_attempted", "resuscitation attempted (eArrest.03)"),
        ("witnessed_by", "who witnessed it (eArrest.04)"),
        ("rosc", "any ROSC (eArrest.12)"),
        ("end_of_event", "end of the arrest event (eArrest.18)"),
        ("arrest_at", "time of arrest (eArrest.14), or approximate / unable to complete"),
        ("first_monitored_rhythm", "first monitored rhythm (eArrest.11)"),
    ]
    if (
        a.cardiac_arrest
        == c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS
    ):
        needed.append(("aed_prior_to_arrival", "AED use before EMS arrival (eArrest.07)"))
    if ATTEMPTED.intersection(_values(a.resuscitation_attempted)):
        needed.append(("who_initiated_cpr", "who first initiated CPR (eArrest.20)"))
        needed.append(("cpr_types", "type of CPR provided (eArrest.09)"))
    if a.aed_prior_to_arrival in (
        c.AedPriorToArrival.YES_APPLIED_WITHOUT_DEFIBRILLATION,
        c.AedPriorToArrival.YES_WITH_DEFIBRILLATION,
    ):
        needed.append(("who_applied_aed", "who first applied the AED (eArrest.21)"))
    if a.aed_prior_to_arrival == c.AedPriorToArrival.YES_WITH_DEFIBRILLATION:
        needed.append(("who_defibrillated", "who first defibrillated (eArrest.22)"))
    if a.end_of_event in (c.EndOfArrestEvent.EXPIRED_IN_THE_FIELD,):
        needed.append(("resuscitation_discontinued_at", "when resuscitation was discontinued (eArrest.15)"))
        needed.append(("cpr_discontinued_reason", "why CPR was discontinued (eArrest.16)"))
    if transported_by_this_unit(report):
        needed.append(("rhythm_at_destination", "rhythm on arrival at destination (eArrest.17)"))
    for field, what in needed:
        if not documented(getattr(a, field)):
            yield Issue(f"arrest.{field}", f"cardiac arrest: document {what}")
    if not documented(report.situation.last_known_well):
        yield Issue("situation.last_known_well", "cardiac arrest: document last known well (eSituation.18)")


@rule(
    "arrest.exclusive",
    "Arrest answers that exclude the others",
    reads=["arrest"],
    source=Source.NATIONAL,
    reference="NEMSIS e097, e100-e103, e106, e107",
)
def arrest_exclusive(report: Report, ctx: Context) -> Iterator[Issue]:
    a = report.arrest
    tried = set(_values(a.resuscitation_attempted))
    if tried & ATTEMPTED and tried & NOT_ATTEMPTED:
        yield Issue(
            "arrest.resuscitation_attempted", "resuscitation cannot be both attempted and not attempted"
        )
    witnessed = _values(a.witnessed_by)
    if c.ArrestWitnessedBy.NOT_WITNESSED in witnessed and len(witnessed) > 1:
        yield Issue("arrest.witnessed_by", "'Not witnessed' cannot be combined with a witness")
    rosc = _values(a.rosc)
    if c.Rosc.NO in rosc and len(rosc) > 1:
        yield Issue("arrest.rosc", "ROSC 'No' cannot be combined with a ROSC time")
    cpr = set(_values(a.cpr_types))
    if cpr & COMPRESSIONS and c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS not in tried:
        yield Issue(
            "arrest.resuscitation_attempted",
            "compressions are documented: resuscitation attempted must "
            "include 'Initiated chest compressions'",
        )
    if cpr & VENTILATIONS and c.ResuscitationAttempted.ATTEMPTED_VENTILATION not in tried:
        yield Issue(
            "arrest.resuscitation_attempted",
            "ventilation is documented: resuscitation attempted must include 'Attempted ventilation'",
        )


@rule(
    "arrest.none_means_empty",
    "No arrest, no arrest details",
    reads=["arrest"],
    source=Source.NATIONAL,
    reference="NEMSIS e094-e123",
    severity=Severity.WARNING,
)
def no_arrest_no_details(report: Report, ctx: Context) -> Iterator[Issue]:
    a = report.arrest
    if a.cardiac_arrest != c.CardiacArrest.NO:
        return
    for field, value in a.__dict__.items():
        if field != "cardiac_arrest" and value not in (None, []) and not isinstance(value, Blank):
            yield Issue(f"arrest.{field}", "cardiac arrest is 'No': this arrest detail should be empty")
