"""Medication safety: each dose given against the drug reference in force (rules/drug_reference.py): its
limits for the patient's age band and weight, the patient's drug allergies, and the drug's listed
contraindications.

Entry rules on the medications group, so an edit re-checks only that dose. What every dose shares (the
patient's band and weight, allergies, current medications, blood pressures by time) is read once per
validation, and a verdict once per distinct dose (a long call repeats the same drug and dose).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from epcr.domain.defined_lists import medications
from epcr.domain.dosing import dose_text
from epcr.domain.medications import Medication
from epcr.domain.nemsis.codes import AgeUnits, DoseUnit, MedicationRoute, YesNo
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns
from epcr.rules.checks.common import at, hhmm
from epcr.rules.context import Context
from epcr.rules.drug_reference import DOSE_UNITS, LIMIT_UNITS, DoseLimit, Drug, DrugReference, shipped
from epcr.rules.findings import Confirmation, Severity, Source
from epcr.rules.registry import Issue, entry_rule

Verdict = tuple[tuple[str, str, Severity | None], ...]  # (field, message, severity) per finding
_YEARS_PER = {
    AgeUnits.YEARS: 1.0,
    AgeUnits.MONTHS: 1 / 12,
    AgeUnits.DAYS: 1 / 365.25,
    AgeUnits.HOURS: 1 / 8766,
    AgeUnits.MINUTES: 1 / 525960,
}
_EPSILON = 1e-9  # a dose exactly at the limit is within it, whatever the float rounding


@dataclass
class _Patient:
    """What every dose of one validation is judged against, read once."""

    reference: DrugReference
    band: str
    who: str  # "a 2-year-old (pediatric)"
    weight: tuple[float, float] | None  # kg: (lightest, heaviest) the record allows
    weight_said: str  # "12 kg (eExam.01)"
    allergy_codes: frozenset[str]
    allergy_ingredients: dict[str, str]  # ingredient name -> the allergy as recorded, for the message
    current: frozenset[str]  # eHistory.12 codes
    vitals: list[VitalSigns]
    verdicts: dict[tuple[Any, ...], Verdict] = field(default_factory=dict)
    _pressures: tuple[list[datetime], list[tuple[int, datetime]]] | None = None

    def pressure_before(self, moment: datetime) -> tuple[int, datetime] | None:
        """The last systolic pressure taken at or before `moment`, and when (read once, on first need)."""
        if self._pressures is None:
            readings = sorted(
                (
                    (v.taken_at, v.sbp)
                    for v in self.vitals
                    if isinstance(v.taken_at, datetime) and type(v.sbp) is int
                ),
                key=itemgetter(0),
            )
            self._pressures = ([t for t, _ in readings], [(sbp, t) for t, sbp in readings])
        times, found = self._pressures
        index = bisect_right(times, moment)
        return found[index - 1] if index else None


# -- the rules -----------------------------------------------------------------------------------------------


# An overdose beyond the largest single dose for the age band, or twice the weight-based dose, is an error at
# entry: it is how a mg/mcg mix-up or a misplaced decimal reads, and the record must not lock until it is
# corrected. Above the weight-based dose by less than that is a warning for QA (rounding, a repeat protocol).
@entry_rule(
    "medications.dose",
    "A dose within the drug reference's limits for the patient's age band and weight",
    groups=["medications"],
    reads=["patient"],
    source=Source.AGENCY,
    reference="drug reference table: per-kg and maximum single dose by drug, route and age band",
)
def dose_within_limits(report: Report, ctx: Context, group: str, med: Medication) -> list[Issue] | tuple[()]:
    code, dose, unit = med.code, med.dose, med.dose_unit
    if type(code) is not str or not isinstance(dose, int | float) or not isinstance(unit, DoseUnit):
        return ()
    patient = _patient(report, ctx)
    drug = patient.reference.drugs.get(code)
    if drug is None or not _given_here(med):
        return ()
    route = med.route.value if isinstance(med.route, MedicationRoute) else None
    day = med.at.date() if isinstance(med.at, datetime) else ctx.call_date
    key = ("dose", code, route, dose, unit, day)
    verdict = patient.verdicts.get(key)
    if verdict is None:
        verdict = patient.verdicts[key] = _judge_dose(patient, drug, med, route, day)
    return _as_recorded(med, [Issue(at(group, med, f), m, sev) for f, m, sev in verdict]) if verdict else ()


# An allergy conflict is an error at entry: the record says the patient is allergic to what was given.
@entry_rule(
    "medications.allergy",
    "No drug the patient is allergic to (the same drug or ingredient)",
    groups=["medications"],
    reads=["assessment"],
    source=Source.AGENCY,
    reference="eHistory.06 Medication Allergies (RxNorm, ICD-10-CM Z88); ingredients by NEMSIS RxNorm names",
)
def allergy_conflict(report: Report, ctx: Context, group: str, med: Medication) -> list[Issue] | tuple[()]:
    code = med.code
    if type(code) is not str:
        return ()
    patient = _patient(report, ctx)
    if not patient.allergy_codes or not _given_here(med):
        return ()
    key = ("allergy", code)
    verdict = patient.verdicts.get(key)
    if verdict is None:
        verdict = patient.verdicts[key] = _judge_allergy(patient, code)
    if not verdict:
        return ()
    given = _given(patient.reference, code, med)
    return _as_recorded(med, [Issue(at(group, med, f), f"{given} {m}", sev) for f, m, sev in verdict])


# Severity is the reference's, per contraindication: a low pressure the crew measured before the dose is an
# error; a current medication whose last dose the record does not time is a warning.
@entry_rule(
    "medications.contraindication",
    "No drug given against a contraindication the drug reference lists",
    groups=["medications"],
    reads=["vitals", "assessment"],
    source=Source.AGENCY,
    reference="drug reference table: contraindications per drug (SBP, current medications)",
)
def contraindicated(report: Report, ctx: Context, group: str, med: Medication) -> list[Issue] | tuple[()]:
    code = med.code
    if type(code) is not str:
        return ()
    patient = _patient(report, ctx)
    drug = patient.reference.drugs.get(code)
    if drug is None or not drug.contraindications or not _given_here(med):
        return ()
    moment = med.at if isinstance(med.at, datetime) else None
    day = moment.date() if moment else ctx.call_date
    route = med.route.value if isinstance(med.route, MedicationRoute) else None
    found: list[Issue] = []
    for rule in drug.contraindications:
        if not rule.in_effect(day) or (rule.routes is not None and route not in rule.routes):
            continue
        if rule.sbp_below is not None and moment is not None:
            before = patient.pressure_before(moment)
            if before is not None and before[0] < rule.sbp_below:
                sbp, taken = before
                found.append(
                    Issue(
                        at(group, med, "code"),
                        f"{_given(patient.reference, code, med)} with a systolic pressure of {sbp} mmHg "
                        f"(vitals at {hhmm(taken)}): contraindicated below {rule.sbp_below} mmHg "
                        f"[{rule.source}]",
                        rule.severity,
                    )
                )
        elif rule.taking is not None:
            listed = patient.reference.lists[rule.taking]
            taken_codes = sorted(patient.current & listed.codes.keys())
            if taken_codes:
                taking = ", ".join(f"{listed.codes[c]} ({c})" for c in taken_codes)
                found.append(
                    Issue(
                        at(group, med, "code"),
                        f"{_given(patient.reference, code, med)} while the patient takes "
                        f"{taking} (eHistory.12), a {listed.name} [{listed.source}]: "
                        f"contraindicated within 24-48 hours of its last dose; record when it was last taken "
                        f"[{rule.source}]",
                        rule.severity,
                    )
                )
    return _as_recorded(med, found)


def _as_recorded(med: Medication, issues: list[Issue]) -> list[Issue]:
    """The crew may confirm a dose was given as recorded (the entry's explanation): the record must say what
    happened. The report may then lock; the error stays on it, with the explanation, for QA."""
    text = (med.justification or "").strip()
    if not text or not issues:
        return issues
    return [
        issue._replace(
            message=f"{issue.message} (confirmed as recorded by the crew: {text})",
            confirmation=Confirmation(text),
        )
        if (issue.severity or Severity.ERROR) is Severity.ERROR
        else issue
        for issue in issues
    ]


def _given_here(med: Medication) -> bool:
    """Given by this unit, not a pertinent negative (common.performed_care, with the code already read)."""
    return (
        med.pertinent_negative is None and med.prior_to_care != YesNo.YES and med.by_another_unit != YesNo.YES
    )


# -- judging -------------------------------------------------------------------------------------------------


def _judge_dose(patient: _Patient, drug: Drug, med: Medication, route: str | None, day: date) -> Verdict:
    unit: DoseUnit = med.dose_unit  # type: ignore[assignment]
    amount = float(med.dose)  # type: ignore[arg-type]
    given = f"{drug.name} {dose_text(med.dose, unit, med.route)}"
    if unit not in drug.units:
        fit = ", ".join(sorted(dose_text(None, u) for u in drug.units))
        return (
            (
                "dose_unit",
                f"{given}: the unit does not fit {drug.name}, so the dose cannot be checked; "
                f"units that fit: {fit} [{drug.source}]",
                Severity.WARNING,
            ),
        )
    measure = DOSE_UNITS.get(unit)
    limit = patient.reference.limit(drug.code, route, patient.band, day)
    if measure is None or limit is None:
        return ()  # a rate or a count: not a single dose a limit judges; or no limit for this route and band
    dimension, factor, per_kg = measure
    if dimension == "volume":
        if drug.mg_per_ml is None:
            return ()
        dimension, factor = "mass", factor * drug.mg_per_ml
    limit_dimension, limit_factor = LIMIT_UNITS[limit.unit]
    if dimension != limit_dimension:
        return ()
    value = amount * factor / limit_factor  # in the limit's unit (per kg, when the unit is per kg)
    light, heavy = patient.weight or (None, None)
    # The lenient reading of the weight: the total at the lightest weight, the dose per kg at the heaviest.
    total = value * light if per_kg and light is not None else (None if per_kg else value)
    per_kilogram = value if per_kg else (value / heavy if heavy else None)
    found: list[tuple[str, str, Severity | None]] = []
    limits = "; ".join(_describe(limit))
    if limit.max_single is not None and total is not None and total > limit.max_single * (1 + _EPSILON):
        in_total = f" ({total:.3g} {limit.unit} for {patient.weight_said})" if per_kg else ""
        found.append(
            (
                "dose",
                f"{given}{in_total} is above the maximum single dose for {patient.who}: "
                f"{limit.max_single:g} {limit.unit} ({limits}) [{limit.source}]",
                None,
            )
        )
    if limit.per_kg is not None and per_kilogram is not None:
        ratio = per_kilogram / limit.per_kg
        error = ratio >= patient.reference.per_kg_error_factor - _EPSILON
        if error or ratio > 1 + patient.reference.per_kg_tolerance + _EPSILON:
            amount_per_kg = (
                " is" if per_kg else f" is {per_kilogram:.3g} {limit.unit}/kg for {patient.weight_said},"
            )
            expected = (
                f" = {limit.per_kg * heavy:.3g} {limit.unit}" if heavy is not None and not per_kg else ""
            )
            found.append(
                (
                    "dose",
                    f"{given}{amount_per_kg} {ratio:.3g} times the "
                    f"weight-based dose for {patient.who}: {limit.per_kg:g} {limit.unit}/kg{expected} "
                    f"({limits}) [{limit.source}]",
                    None if error else Severity.WARNING,
                )
            )
    return tuple(found)


def _judge_allergy(patient: _Patient, code: str) -> Verdict:
    if code in patient.allergy_codes:
        return (("code", "was given, but the patient is allergic to it (eHistory.06)", None),)
    for ingredient in ingredients(code):
        recorded = patient.allergy_ingredients.get(ingredient)
        if recorded is not None:
            return (
                (
                    "code",
                    f"was given, but the patient is allergic to {recorded}, the same ingredient "
                    f"({ingredient}) (eHistory.06)",
                    None,
                ),
            )
    for allergy in patient.reference.allergies.values():
        if allergy.code in patient.allergy_codes and code in allergy.drugs:
            return (
                (
                    "code",
                    f"was given, but the patient is allergic to a {allergy.name} "
                    f"({allergy.code}, eHistory.06) [{allergy.source}]",
                    None,
                ),
            )
    return ()


def _given(reference: DrugReference, code: str, med: Medication) -> str:
    drug = reference.drugs.get(code)
    name = drug.name if drug else _label(code)
    return f"{name} {dose_text(med.dose, med.dose_unit, med.route)}".strip()


def _describe(limit: DoseLimit) -> list[str]:
    parts = [f"{limit.per_kg:g} {limit.unit}/kg"] if limit.per_kg is not None else []
    if limit.max_single is not None:
        parts.append(f"max {limit.max_single:g} {limit.unit}")
    return parts


# -- the patient, once per validation ------------------------------------------------------------------------


def _patient(report: Report, ctx: Context) -> _Patient:
    found: _Patient | None = ctx.cache.get("medication_safety")
    if found is None:
        found = ctx.cache["medication_safety"] = _read_patient(report, ctx)
    return found


def _read_patient(report: Report, ctx: Context) -> _Patient:
    reference = ctx.drugs or shipped()
    patient = report.patient
    years = _years(patient.age, patient.age_units)
    tape = patient.length_based_tape if isinstance(patient.length_based_tape, str) else None
    zone = reference.tape.get(tape or "") or reference.tape.get(_tape_code(tape))
    band = reference.band_for(years, tape=zone is not None)
    age = (
        f"a {patient.age}-{_unit_word(patient.age_units)}-old ({band})"
        if years is not None
        else f"a patient of unknown age ({band})"
    )
    weight: tuple[float, float] | None = None
    said = ""
    kg = patient.weight_kg
    if isinstance(kg, int | float) and not isinstance(kg, bool) and kg > 0:
        weight, said = (float(kg), float(kg)), f"{kg:g} kg (eExam.01)"
    elif zone is not None:
        colour = ENUMERATIONS["eExam.02"].get(_tape_code(tape), tape)
        weight = zone
        said = f"{zone[0]:g}-{zone[1]:g} kg (length-based tape {colour}, eExam.02) [{reference.tape_source}]"
    sample = report.assessment.sample
    allergies = sample.medication_allergies if isinstance(sample.medication_allergies, list) else []
    allergy_codes = frozenset(a for a in allergies if isinstance(a, str))
    named: dict[str, str] = {}
    for allergy in sorted(allergy_codes):
        for ingredient in ingredients(allergy):
            named.setdefault(ingredient, f"{_label(allergy)} ({allergy})")
    current = frozenset(m.drug for m in sample.current_medications or () if isinstance(m.drug, str))
    return _Patient(reference, band, age, weight, said, allergy_codes, named, current, report.vitals)


def _years(age: Any, units: Any) -> float | None:
    if type(age) is not int or not isinstance(units, AgeUnits):
        return None
    return age * _YEARS_PER[units]


def _unit_word(units: Any) -> str:
    return {
        AgeUnits.MONTHS: "month",
        AgeUnits.DAYS: "day",
        AgeUnits.HOURS: "hour",
        AgeUnits.MINUTES: "minute",
    }.get(units, "year")


def _tape_code(tape: str | None) -> str:
    """An eExam.02 code from its code or its colour ("Yellow")."""
    if tape is None:
        return ""
    by_colour = {label.casefold(): code for code, label in ENUMERATIONS["eExam.02"].items()}
    return by_colour.get(tape.casefold(), tape)


def _label(code: str) -> str:
    entry = medications().get(code)
    return entry.label if entry else f"RxNorm {code}"


@cache
def ingredients(code: str) -> frozenset[str]:
    """The ingredients of a NEMSIS medication, by its RxNorm name ("epinephrine 0.1 MG/ML" -> epinephrine,
    "albuterol / ipratropium" -> both); a code the list does not have is matched by its code alone."""
    entry = medications().get(code)
    if entry is None or entry.code_system != "RxNorm":
        return frozenset()
    words = entry.source_label.replace("(USP)", "").split()
    while words and words[0][0].isdigit():  # "500 ML glucose 100 MG/ML Injection": the pack size first
        words = words[2:]
    name = []
    for word in words:
        if word[0].isdigit():
            break
        name.append(word)
    return frozenset(part.strip().casefold() for part in " ".join(name).split("/") if part.strip())
