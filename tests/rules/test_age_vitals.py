"""Age-aware vital signs (issue 15, item 1): flags by age band from the clinical table, SpO2 below 90 at any
age, a weight or tape colour for every child given a medication, and 0/0 in cardiac arrest is no error."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from epcr.demo import demo_report
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.exports.nemsis.reading import read
from epcr.rules.clinical import age_in_days, shipped
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity
from epcr.rules.scope import load

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
VALIDATOR = Validator(load(), clock=lambda: NOW)
EBIKE = Path(__file__).parents[1] / "fixtures" / "nemsis" / "2025-EMS-4-eBike_v351.xml"
FLAGS = ("vitals.pediatric_flags", "vitals.adult_flags")


def child(age: int, units: c.AgeUnits = c.AgeUnits.YEARS, /, **vitals: Any) -> dict[str, Any]:
    """The chest-pain demo call, the patient `age` old, its first vital-sign set changed by `vitals`."""
    data = demo_report(0).model_dump(mode="json")
    data["patient"] |= {"age": age, "age_units": units}
    data["vitals"][0] |= vitals
    return data


def findings(data: dict[str, Any] | Report, *rules: str) -> list[Finding]:
    report = data if isinstance(data, Report) else Report.model_validate(data)
    return [f for f in VALIDATOR.validate(report).findings if f.rule in rules]


def flagged(data: dict[str, Any], field: str) -> list[Finding]:
    first = data["vitals"][0]["id"]
    return [f for f in findings(data, *FLAGS) if f.path == f"vitals[{first}].{field}"]


# -- the official eBike compliance case: a 12-year-old, SpO2 89, GCS 6 ------------------------------------


def test_the_ebike_child_gets_her_flags() -> None:
    report = read(EBIKE.read_bytes(), check=None).reports[0]
    assert (report.patient.age, report.patient.age_units) == (12, c.AgeUnits.YEARS)
    found = findings(report, *FLAGS)
    assert {f.rule for f in found} == {"vitals.pediatric_flags"}  # a child: no adult limits
    messages = [f.message for f in found]
    assert any(m.startswith("SpO2 89 is below 90 for age band school age") for m in messages)
    assert sum(m.startswith("GCS 6 is below 9") for m in messages) == 5  # every set: GCS 6
    assert any(m.startswith("Respiratory rate 10 is below 18") for m in messages)
    assert all(f.severity is Severity.WARNING for f in found)
    assert not [f for f in findings(report, "vitals.child_weight")]  # weighed: 34 kg


# -- flags by age band -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vitals", "field"),
    [({"spo2": 70}, "spo2"), ({"heart_rate": 190}, "heart_rate")],
)
@pytest.mark.parametrize("age", [2, 5, 8, 15])
def test_spo2_70_or_a_heart_rate_of_190_in_a_child_is_flagged(
    age: int, vitals: dict[str, int], field: str
) -> None:
    found = flagged(child(age, **vitals), field)
    assert [f.rule for f in found] == ["vitals.pediatric_flags"]


def test_a_child_with_normal_vitals_is_not_flagged() -> None:
    data = child(8, heart_rate=90, respiratory_rate=20, sbp=100, dbp=60, spo2=98, temperature_c=37.0)
    data["vitals"] = data["vitals"][:1]
    data["vitals"][0]["gcs"] = {"eye": 4, "verbal": 5, "motor": 6, "total": 15}
    assert findings(data, *FLAGS) == []


@pytest.mark.parametrize("age", [0, 3, 30, 80])
def test_spo2_below_90_is_flagged_at_any_age(age: int) -> None:
    units = c.AgeUnits.DAYS if age == 0 else c.AgeUnits.YEARS
    assert flagged(child(age or 3, units, spo2=89), "spo2")
    assert not flagged(child(age or 3, units, spo2=90), "spo2")


@pytest.mark.parametrize(
    ("age", "units", "band"),
    [
        (2, c.AgeUnits.HOURS, "neonate"),
        (27, c.AgeUnits.DAYS, "neonate"),
        (30, c.AgeUnits.DAYS, "neonate"),
        (1, c.AgeUnits.MONTHS, "infant"),
        (11, c.AgeUnits.MONTHS, "infant"),
        (12, c.AgeUnits.MONTHS, "toddler"),
        (1, c.AgeUnits.YEARS, "toddler"),
        (2, c.AgeUnits.YEARS, "toddler"),
        (3, c.AgeUnits.YEARS, "preschool"),
        (5, c.AgeUnits.YEARS, "preschool"),
        (6, c.AgeUnits.YEARS, "school_age"),
        (12, c.AgeUnits.YEARS, "school_age"),
        (13, c.AgeUnits.YEARS, "adolescent"),
        (17, c.AgeUnits.YEARS, "adolescent"),
        (18, c.AgeUnits.YEARS, "adult"),
        (90, c.AgeUnits.YEARS, "adult"),
    ],
)
def test_age_bands_at_their_edges(age: int, units: c.AgeUnits, band: str) -> None:
    report = Report.model_validate(child(age, units))
    assert shipped().band_for(age_in_days(report)).id == band


def test_the_age_comes_from_the_date_of_birth_without_an_age() -> None:
    data = child(1)
    data["patient"] |= {"age": None, "age_units": None, "date_of_birth": "2026-05-01"}  # 6 months on the call
    report = Report.model_validate(data)
    assert shipped().band_for(age_in_days(report)).id == "infant"
    assert flagged(data | {"vitals": [data["vitals"][0] | {"heart_rate": 185}]}, "heart_rate")


@pytest.mark.parametrize(
    ("age", "field", "silent", "loud"),
    [
        (8, "heart_rate", 118, 119),  # school age: awake high 118
        (8, "heart_rate", 58, 57),  # school age: sleeping low 58
        (2, "respiratory_rate", 37, 38),  # toddler
        (15, "respiratory_rate", 12, 11),  # adolescent
        (4, "sbp", 78, 77),  # PALS hypotension 70 + 2 x 4
        (12, "sbp", 90, 89),  # above 10 years: 90
    ],
)
def test_thresholds_at_their_edges(age: int, field: str, silent: int, loud: int) -> None:
    extra = {"dbp": 40} if field == "sbp" else {}
    assert not flagged(child(age, **{field: silent}, **extra), field)
    assert flagged(child(age, **{field: loud}, **extra), field)


def test_a_febrile_infant_is_flagged_and_an_adult_with_the_same_temperature_is_not() -> None:
    assert flagged(child(2, c.AgeUnits.MONTHS, temperature_c=38.0), "temperature_c")
    assert not flagged(child(40, temperature_c=38.0), "temperature_c")


def test_adults_keep_their_limits_and_children_get_none_of_them() -> None:
    assert [f.rule for f in flagged(child(40, heart_rate=155), "heart_rate")] == ["vitals.adult_flags"]
    assert not flagged(child(40, heart_rate=120), "heart_rate")
    assert [
        f.rule for f in flagged(child(40, gcs={"eye": 1, "verbal": 2, "motor": 4, "total": 7}), "gcs.total")
    ]


# -- weight for a child given a medication ----------------------------------------------------------------


def test_a_child_given_a_medication_needs_a_weight_or_a_tape_colour() -> None:
    data = child(4)
    data["patient"]["weight_kg"] = None
    found = findings(data, "vitals.child_weight")
    assert [(f.path, f.severity, f.blocks_lock) for f in found] == [
        ("patient.weight_kg", Severity.ERROR, True)
    ]
    data["patient"]["length_based_tape"] = "3502017"  # Yellow
    assert findings(data, "vitals.child_weight") == []


def test_an_adult_or_a_child_given_only_oxygen_needs_no_weight() -> None:
    adult = child(40)
    adult["patient"]["weight_kg"] = None
    assert findings(adult, "vitals.child_weight") == []
    oxygen_only = child(4)
    oxygen_only["patient"]["weight_kg"] = None
    oxygen_only["medications"] = [
        oxygen_only["medications"][0] | {"code": "7806", "dose": 2, "dose_unit": None}
    ]
    assert findings(oxygen_only, "vitals.child_weight") == []


# -- cardiac arrest: 0/0 is what was measured ---------------------------------------------------------------


def test_a_blood_pressure_of_0_over_0_in_cardiac_arrest_passes_the_lock_gate() -> None:
    data = demo_report(1).model_dump(mode="json")  # the cardiac arrest call: it locks
    assert VALIDATOR.lock_gate(Report.model_validate(data)) == []
    data["vitals"][0] |= {"sbp": 0, "dbp": 0, "heart_rate": 0, "respiratory_rate": 0}
    report = Report.model_validate(data)
    assert VALIDATOR.lock_gate(report) == []
    assert findings(report, "vitals.dbp_below_sbp", "vitals.zero_without_arrest", *FLAGS) == []  # nor GCS 3


def test_0_over_0_without_an_arrest_is_still_questioned() -> None:
    data = child(40, sbp=0, dbp=0)
    assert [f.rule for f in findings(data, "vitals.dbp_below_sbp")] == ["vitals.dbp_below_sbp"]
    assert findings(data, "vitals.zero_without_arrest")
