"""Vital signs that cannot be, and ones a medical director wants flagged."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from epcr.domain.assessment import Gcs
from epcr.domain.nemsis.codes import AgeUnits, Avpu, Etco2Unit, GcsQualifier
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns
from epcr.rules.checks.common import arrest_yes, at, medication_codes, performed_care
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source
from epcr.rules.registry import Issue, entry_rule, rule

# Adult clinical flags (agency policy, to review with the medical director): (field, low, high, label).
ADULT_FLAGS = (
    ("sbp", 70, 220, "Systolic BP"),
    ("heart_rate", 40, 150, "Heart rate"),
    ("respiratory_rate", 8, 30, "Respiratory rate"),
    ("spo2", 90, None, "SpO2"),
    ("glucose", 60, 300, "Blood glucose"),
    ("temperature_c", 35.0, 39.5, "Temperature"),
)
ADULT_YEARS = 18


def is_adult(report: Report) -> bool:
    """Adult unless the documented age says otherwise (an unknown age gets adult flags)."""
    age, units = report.patient.age, report.patient.age_units
    if not isinstance(age, int) or units is None:
        return True
    return units == AgeUnits.YEARS and age >= ADULT_YEARS


@entry_rule(
    "vitals.dbp_below_sbp",
    "Diastolic below systolic",
    groups=["vitals"],
    source=Source.AGENCY,
    reference="physiology",
)
def dbp_below_sbp(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    if isinstance(v.sbp, int) and isinstance(v.dbp, int) and v.dbp >= v.sbp:
        yield Issue(at("vitals", v, "dbp"), f"diastolic {v.dbp} is not below systolic {v.sbp}")


@entry_rule(
    "vitals.adult_flags",
    "Adult vital signs outside clinical limits",
    groups=["vitals"],
    reads=["patient"],
    source=Source.AGENCY,
    reference="clinical flags",
    severity=Severity.WARNING,
)
def adult_flags(report: Report, ctx: Context, group: str, v: VitalSigns) -> Iterator[Issue]:
    adult = ctx.cache.get("adult")
    if adult is None:
        adult = ctx.cache["adult"] = is_adult(report)
    if not adult:
        return
    values = v.__dict__
    for field, low, high, name in ADULT_FLAGS:
        value = values[field]
        if type(value) is not int and type(value) is not float:
            continue
        if value == 0 and field in ("sbp", "heart_rate", "respiratory_rate"):
            continue  # reported by vitals.zero_without_arrest
        if low is not None and value < low:
            yield Issue(at("vitals", v, field), f"{name} {value} is below {low}: reassess and treat")
        elif high is not None and value > high:
            yield Issue(at("vitals", v, field), f"{name} {value} is above {high}: reassess and treat")
    if v.glucose == "Low":
        yield Issue(at("vitals", v, "glucose"), "Blood glucose reads LOW on the meter")


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
