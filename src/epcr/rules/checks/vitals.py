"""Vital signs that cannot be, and ones a medical director wants flagged."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from epcr.domain.assessment import Gcs
from epcr.domain.nemsis.codes import Avpu, Etco2Unit, GcsQualifier
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns
from epcr.rules.checks.common import arrest_yes, at, has_value, medication_codes, performed_care
from epcr.rules.clinical import VITALS, YEAR_DAYS, Band, age_in_days
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source, Stage
from epcr.rules.registry import Issue, entry_rule, rule

# The vital-sign flags are data: resources/clinical/vital_signs.toml (age bands from AHA PALS 2020, the adult
# band the agency's), tuned by the agency file; ctx.clinical is the version in force on the call's date.
ADULT_YEARS = 18
_NO_READING = ("sbp", "heart_rate", "respiratory_rate")  # 0 is no pulse/pressure/breath: not a flag here
_NAMES = {vital: label for vital, (label, *_rest) in VITALS.items()}


def is_adult(report: Report) -> bool:
    """Adult unless the documented age (or the date of birth) says otherwise: an unknown age is an adult."""
    days = age_in_days(report)
    return days is None or days >= ADULT_YEARS * YEAR_DAYS


# One limit ready to compare: (field, low, high, 0 is no reading); a missing bound is an infinity.
Prepared = tuple[str, float, float, bool]
# What the flag rules read of a report, once per validation: adult?, the band, its limits, its GCS limit.
VitalLimits = tuple[bool, Band, tuple[Prepared, ...], Prepared | None]
_NO_BOUND = 10**9  # beyond every element's range; whole numbers compare fastest with whole readings


def _bound(value: float | None, missing: int) -> float:
    return missing if value is None else (int(value) if float(value).is_integer() else value)


def vital_limits(report: Report, ctx: Context) -> VitalLimits:
    """The patient's age band and its limits, worked out once per validation (the hot loop compares numbers
    only)."""
    found: VitalLimits | None = ctx.cache.get("vital_limits")
    if found is None:
        days = age_in_days(report)
        band = ctx.clinical.band_for(days)
        years = (days or 0.0) / YEAR_DAYS
        prepared = {
            limit.vital: (
                limit.vital,
                _bound(limit.low_for(years), -_NO_BOUND),
                _bound(limit.above, _NO_BOUND),
                limit.vital in _NO_READING,
            )
            for limit in band.limits
        }
        gcs = prepared.pop("gcs_total", None)
        if arrest_yes(report):
            gcs = None  # GCS 3 is part of a cardiac arrest, not a flag of its own
        found = ctx.cache["vital_limits"] = (band.under_days is None, band, tuple(prepared.values()), gcs)
    return found


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _flags(prepared: VitalLimits, v: VitalSigns) -> list[Issue] | tuple[()]:
    adult, band, limits, gcs = prepared
    found: list[Issue] | None = None
    values = v.__dict__
    for field, low, high, zero_is_no_reading in limits:
        value = values[field]
        if value.__class__ is not int and value.__class__ is not float:
            continue
        if value < low:
            if value == 0 and zero_is_no_reading:
                continue  # reported by vitals.zero_without_arrest (or part of an arrest)
            found = [*(found or ()), _flag(band, v, field, value, "below", low, adult)]
        elif value > high:
            found = [*(found or ()), _flag(band, v, field, value, "above", high, adult)]
    total = v.gcs.total
    if gcs is not None and total.__class__ is int:
        if total < gcs[1]:
            found = [*(found or ()), _flag(band, v, "gcs_total", total, "below", gcs[1], adult)]
        elif total > gcs[2]:
            found = [*(found or ()), _flag(band, v, "gcs_total", total, "above", gcs[2], adult)]
    if v.glucose == "Low":
        found = [*(found or ()), Issue(at("vitals", v, "glucose"), "Blood glucose reads LOW on the meter")]
    return found or ()


def _flag(band: Band, v: VitalSigns, vital: str, value: float, side: str, limit: float, adult: bool) -> Issue:
    field = "gcs.total" if vital == "gcs_total" else vital
    who = "" if adult else f" for age band {band.name.lower()} ({band.span})"
    return Issue(
        at("vitals", v, field), f"{_NAMES[vital]} {value} is {side} {_number(limit)}{who}: reassess and treat"
    )


@entry_rule(
    "vitals.dbp_below_sbp",
    "Diastolic below systolic",
    groups=["vitals"],
    reads=["arrest"],
    source=Source.AGENCY,
    reference="physiology",
)
def dbp_below_sbp(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    if v.sbp == 0 and v.dbp == 0 and arrest_yes(report):
        return  # 0/0 in cardiac arrest is what was measured: no pressure (issue 15), never an entry error
    if isinstance(v.sbp, int) and isinstance(v.dbp, int) and v.dbp >= v.sbp:
        yield Issue(at("vitals", v, "dbp"), f"diastolic {v.dbp} is not below systolic {v.sbp}")


@entry_rule(
    "vitals.adult_flags",
    "Adult vital signs outside clinical limits",
    groups=["vitals"],
    reads=["patient", "arrest"],
    source=Source.AGENCY,
    reference="clinical table, adult band and any-age limits: SpO2 < 90, GCS <= 8",
    severity=Severity.WARNING,  # a prompt to reassess and treat, not a wrong entry: it never blocks the lock
)
def adult_flags(report: Report, ctx: Context, group: str, v: VitalSigns) -> list[Issue] | tuple[()]:
    prepared = ctx.cache.get("vital_limits") or vital_limits(report, ctx)
    return _flags(prepared, v) if prepared[0] else ()


@entry_rule(
    "vitals.pediatric_flags",
    "A child's vital signs outside the limits for the age band",
    groups=["vitals"],
    reads=["patient", "arrest"],
    source=Source.AGENCY,
    reference="clinical table by age band: AHA PALS 2020 (HR, RR, hypotension 70 + 2 x age), SpO2 < 90",
    severity=Severity.WARNING,  # as the adult flags: a prompt to reassess and treat, for QA to see
)
def pediatric_flags(report: Report, ctx: Context, group: str, v: VitalSigns) -> list[Issue] | tuple[()]:
    prepared = ctx.cache.get("vital_limits") or vital_limits(report, ctx)
    return () if prepared[0] else _flags(prepared, v)


_NOT_WEIGHT_DOSED = frozenset({"7806"})  # oxygen (RxNorm 7806): titrated to SpO2, never by weight


@rule(
    "vitals.child_weight",
    "A child given a medication has a weight or a length-based tape colour",
    reads=["patient", "medications", "times"],
    source=Source.AGENCY,
    reference="NASEMSO NMECG v3 (2022) pediatric weight-based dosing; eExam.01 / eExam.02",
    severity=Severity.ERROR,  # an estimate or a tape colour can always be given; dose checks need it
    stage=Stage.LOCK,
)
def child_weight(report: Report, ctx: Context) -> Iterator[Issue]:
    if not report.medications:
        return
    days = age_in_days(report)
    if days is None or days >= ctx.clinical.value("child_under_years") * YEAR_DAYS:
        return
    patient = report.patient
    if has_value(patient.weight_kg) or has_value(patient.length_based_tape):
        return
    given = [m for m in report.medications if performed_care(m) and m.code not in _NOT_WEIGHT_DOSED]
    if given:
        yield Issue(
            "patient.weight_kg",
            f"a child given {len(given)} medication(s): document the weight (eExam.01, an estimate will do) "
            "or the length-based tape colour (eExam.02)",
        )


@entry_rule(
    "vitals.zero_without_arrest",
    "No pulse, pressure or breathing without a cardiac arrest",
    groups=["vitals"],
    reads=["arrest"],
    source=Source.AGENCY,
    reference="clinical consistency",
    severity=Severity.WARNING,
)
def zero_without_arrest(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    if arrest_yes(report):
        return
    for field, name in (("heart_rate", "Heart rate"), ("sbp", "Systolic BP"), ("respiratory_rate", "RR")):
        if getattr(v, field) == 0:
            yield Issue(at("vitals", v, field), f"{name} 0 but no cardiac arrest is recorded")
    if v.heart_rate == 0 and isinstance(v.spo2, int) and v.spo2 > 0:
        yield Issue(at("vitals", v, "spo2"), "SpO2 reading with a heart rate of 0: check the probe")


@entry_rule(
    "vitals.etco2_unit_range",
    "ETCO2 within its unit's range",
    groups=["vitals"],
    source=Source.NATIONAL,
    reference="NEMSIS e131-e134",
)
def etco2_unit_range(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    if isinstance(v.etco2, int) and v.etco2_unit in (Etco2Unit.PERCENTAGE, Etco2Unit.KPA) and v.etco2 > 100:
        yield Issue(at("vitals", v, "etco2"), f"ETCO2 {v.etco2} is impossible in {v.etco2_unit.label}")


@entry_rule(
    "vitals.etco2_unit",
    "An ETCO2 reading with its unit",
    groups=["vitals"],
    source=Source.AGENCY,
    reference="NEMSIS eVitals.16 ETCO2Type",
    severity=Severity.WARNING,
)
def etco2_unit(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    # The XSD leaves ETCO2Type optional, so a reading without it is kept as documented; but 35 mmHg and 35 %
    # are very different patients: the crew is asked for the unit.
    if isinstance(v.etco2, int | float) and v.etco2_unit is None:
        yield Issue(
            at("vitals", v, "etco2_unit"),
            f"eVitals.16 ETCO2 {v.etco2} has no unit (ETCO2Type): give mmHg, % or kPa",
        )


_LEGITIMATE = (
    GcsQualifier.INITIAL_GCS_HAS_LEGITIMATE_VALUES_WITHOUT_INTERVENTIONS_SUCH_AS_INTUBATION_AND_SEDATION
)


def _gcs_issues(gcs: Gcs, where: Callable[[], str]) -> Iterator[Issue]:
    eye, verbal, motor = gcs.eye, gcs.verbal, gcs.motor
    present = (eye is not None) + (verbal is not None) + (motor is not None)
    if 0 < present < 3:
        missing = [
            name for name, value in (("eye", eye), ("verbal", verbal), ("motor", motor)) if value is None
        ]
        yield Issue(
            f"{where()}.{missing[0]}",
            f"GCS {', '.join(missing)} missing: document all three or none",
            Severity.WARNING,
        )
    all_scored = type(eye) is int and type(verbal) is int and type(motor) is int
    if isinstance(gcs.total, int) and all_scored and gcs.total != eye + verbal + motor:  # type: ignore[operator]
        yield Issue(
            f"{where()}.total",
            f"GCS total {gcs.total} is not eye + verbal + motor = {eye + verbal + motor}",  # type: ignore[operator]
        )
    if isinstance(gcs.qualifiers, list) and len(gcs.qualifiers) > 1 and _LEGITIMATE in gcs.qualifiers:
        yield Issue(
            f"{where()}.qualifiers",
            "'Initial GCS has legitimate values' cannot be combined with another qualifier (NEMSIS e135)",
        )


def _avpu_gcs(avpu: object, gcs: Gcs, where: Callable[[], str]) -> Iterator[Issue]:
    total = gcs.total if isinstance(gcs.total, int) else gcs.computed_total  # a blank total: the parts'
    if total is None:
        return
    if avpu == Avpu.ALERT and total < 13:
        yield Issue(where(), f"AVPU Alert but GCS {total}: one of them is wrong")
    elif avpu == Avpu.UNRESPONSIVE and total > 8:
        yield Issue(where(), f"AVPU Unresponsive but GCS {total}: one of them is wrong")


@entry_rule(
    "vitals.gcs",
    "GCS total is the sum of its parts",
    groups=["vitals"],
    source=Source.NATIONAL,
    reference="NEMSIS eVitals.23, e135",
)
def gcs_consistent(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    yield from _gcs_issues(v.gcs, lambda: at("vitals", v, "gcs"))


@rule(
    "assessment.gcs",
    "Initial GCS total is the sum of its parts",
    reads=["assessment"],
    source=Source.NATIONAL,
    reference="NEMSIS eVitals.23, e135",
)
def initial_gcs_consistent(report: Report, ctx: Context) -> Iterator[Issue]:
    yield from _gcs_issues(report.assessment.gcs, lambda: "assessment.gcs")


@entry_rule(
    "vitals.avpu_gcs",
    "AVPU agrees with GCS",
    groups=["vitals"],
    source=Source.AGENCY,
    reference="clinical consistency",
    severity=Severity.WARNING,
)
def avpu_agrees_with_gcs(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    yield from _avpu_gcs(v.avpu, v.gcs, lambda: at("vitals", v, "avpu"))


@rule(
    "assessment.avpu_gcs",
    "Initial AVPU agrees with GCS",
    reads=["assessment"],
    source=Source.AGENCY,
    reference="clinical consistency",
    severity=Severity.WARNING,
)
def initial_avpu_agrees_with_gcs(report: Report, ctx: Context) -> Iterator[Issue]:
    yield from _avpu_gcs(report.assessment.avpu, report.assessment.gcs, lambda: "assessment.avpu")


GLUCOSE_TREATMENTS = (
    "glucose",
    "glucagon",
    "glucose 500 MG/ML Injectable Solution",
    "glucose 250 MG/ML Injectable Solution",
    "500 ML glucose 100 MG/ML Injection",
)


@rule(
    "vitals.low_glucose_untreated",
    "Low glucose treated or explained",
    reads=["vitals", "medications"],
    source=Source.AGENCY,
    reference="QA measure",
    severity=Severity.WARNING,
)
def low_glucose_untreated(report: Report, ctx: Context) -> Iterator[Issue]:
    low = [v for v in report.vitals if v.glucose == "Low" or (isinstance(v.glucose, int) and v.glucose < 60)]
    if not low:
        return
    treatments = medication_codes(*GLUCOSE_TREATMENTS)
    treated_or_explained = any(
        m.code in treatments and (performed_care(m) or m.pertinent_negative is not None)
        for m in report.medications
    )
    if not treated_or_explained:
        first: VitalSigns = low[0]
        yield Issue(
            at("vitals", first, "glucose"),
            "low blood glucose with no glucose, dextrose or glucagon given or documented as not given",
        )
