"""The clinical tables as data (issue 15, item 6): the shipped tables, an agency file that changes thresholds
from its effective date, a bad file refused with its line while the last good one stays, and `epcr rules`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from epcr.cli import main
from epcr.demo import demo_report
from epcr.domain.report import Report
from epcr.rules.clinical import (
    AGENCY_FILE,
    ClinicalTableError,
    load,
    load_clinical,
    parse_text,
    shipped,
    shipped_tables,
)
from epcr.rules.engine import Validator
from epcr.rules.scope import load as load_scope

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
AGENCY = """\
[table]
id = "county-2026"
name = "County EMS pediatric flags"
source = "Medical director memo 2026-05-12"
extends = "pals-2020"
effective_from = 2026-07-01

[any_age]
spo2 = { below = 92 }

[[band]]
id = "school_age"
heart_rate = { below = 60, above = 130, source = "County pediatric protocol 4.2" }

[protocol.ecg_minutes]
value = 15
"""


def agency_file(folder: Path, text: str = AGENCY) -> Path:
    path = folder / AGENCY_FILE
    path.write_text(text, encoding="utf-8")
    return path


def flags(validator: Validator, data: dict[str, Any], rule: str = "vitals.pediatric_flags") -> list[str]:
    return [f.message for f in validator.validate(Report.model_validate(data)).findings if f.rule == rule]


def child_call(year: int, **vitals: Any) -> dict[str, Any]:
    data = demo_report(0).model_dump(mode="json")
    data["patient"] |= {"age": 8}
    data["vitals"] = [data["vitals"][0] | vitals]
    data["times"] = {
        k: v.replace("2026-11", f"{year}-11") if isinstance(v, str) else v for k, v in data["times"].items()
    }
    return data


def test_the_shipped_tables_cover_every_age_with_a_source_on_every_limit() -> None:
    tables = shipped()
    assert [b.id for b in tables.bands] == [
        "neonate", "infant", "toddler", "preschool", "school_age", "adolescent", "adult",
    ]  # fmt: skip
    assert tables.bands[0].from_days == 0 and tables.bands[-1].under_days is None
    for earlier, later in zip(tables.bands, tables.bands[1:], strict=False):
        assert earlier.under_days == later.from_days
    for band in tables.bands:
        assert {limit.vital for limit in band.limits} >= {"heart_rate", "respiratory_rate", "sbp", "spo2"}
        assert all(limit.source for limit in band.limits), band.id
    assert shipped_tables().on(date(2026, 1, 1)) is tables


def test_an_agency_file_changes_thresholds_from_its_date(tmp_path: Path) -> None:
    tables = load(agency_file(tmp_path))
    validator = Validator(load_scope(), clock=lambda: NOW, clinical=tables)
    before, after = tables.on(date(2026, 6, 30)), tables.on(date(2026, 7, 1))
    assert (before.id, after.id) == ("pals-2020", "county-2026")
    assert after.value("ecg_minutes") == 15 and before.value("ecg_minutes") == 10
    school = after.band_for(8 * 365.25)
    hr = next(limit for limit in school.limits if limit.vital == "heart_rate")
    assert (hr.below, hr.above, hr.source) == (60, 130, "County pediatric protocol 4.2")
    spo2 = next(limit for limit in after.bands[0].limits if limit.vital == "spo2")
    assert (spo2.below, spo2.source) == (92, "Medical director memo 2026-05-12")
    # a call after the effective date: the agency's limits
    assert flags(validator, child_call(2026, heart_rate=125)) == []
    assert flags(validator, child_call(2026, spo2=91)) == [
        "SpO2 91 is below 92 for age band school age (6 years to under 13 years): reassess and treat"
    ]
    # a call before it keeps the shipped ones
    assert [m.split(" is ")[0] for m in flags(validator, child_call(2025, heart_rate=125))] == [
        "Heart rate 125"
    ]
    assert flags(validator, child_call(2025, spo2=91)) == []


def test_the_device_home_agency_file_and_the_last_good_one(tmp_path: Path) -> None:
    assert load_clinical(tmp_path) is shipped_tables()  # no agency file
    agency_file(tmp_path)
    good = load_clinical(tmp_path)
    assert good.latest.id == "county-2026" and good.problems == ()
    agency_file(tmp_path, AGENCY.replace("value = 15", "value = 0"))  # refused whole
    kept = load_clinical(tmp_path)
    assert kept.latest.id == "county-2026" and kept.latest.value("ecg_minutes") == 15
    assert kept.problems[0] == (
        f"{tmp_path / AGENCY_FILE} line 15: [protocol.ecg_minutes] value 0: "
        "expected a whole number of minutes, 1-120"
    )
    assert "using the last good agency file" in kept.problems[1]


@pytest.mark.parametrize(
    ("change", "line", "problem"),
    [
        (
            (
                'heart_rate = { below = 60, above = 130, source = "County pediatric protocol 4.2" }',
                "heart_rate = { below = 160, above = 130 }",
            ),
            13,
            "below 160 is not under above 130",
        ),
        (("spo2 = { below = 92 }", "spo2 = { below = 192 }"), 9, "outside eVitals.12's range 0-100"),
        (("spo2 = { below = 92 }", "spo = { below = 92 }"), 9, "'spo' is no vital"),
        (('id = "school_age"', 'id = "kids"'), 11, "'kids' is no band"),
        (('id = "school_age"', 'id = "school_age"\nunder = "9 years"'), 11, "['under'] cannot change"),
        (("heart_rate = {", "heart_rat = {"), 13, "unknown key(s) ['heart_rat']"),
        (('extends = "pals-2020"', 'extends = "pals-2010"'), 1, "extends = one of"),
        (
            ("effective_from = 2026-07-01", ""),
            1,
            "effective_from = 2026-07-01: the date the changes apply from",
        ),
        (("[protocol.ecg_minutes]", "[protocol.ecg_seconds]"), 15, "[protocol.ecg_seconds] is no threshold"),
        (("value = 15", "value = 15\nvalues = 3"), 17, "unknown key(s) ['values']"),
        (("spo2 = { below = 92 }", "spo2 = { below = 92"), 9, "not valid TOML"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_bad_agency_file_is_refused_naming_its_line(
    tmp_path: Path, change: tuple[str, str], line: int, problem: str
) -> None:
    assert change[0] in AGENCY
    path = agency_file(tmp_path, AGENCY.replace(change[0], change[1]))
    with pytest.raises(ClinicalTableError) as refused:
        load(path)
    assert (refused.value.path, refused.value.line) == (str(path), line)
    assert problem in refused.value.problem


def test_the_shipped_bands_must_run_on_from_birth(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "resources" / "clinical" / "vital_signs.toml").read_text()
    broken = text.replace('from = "6 years"', 'from = "7 years"')
    parsed = parse_text(broken, tmp_path / "vital_signs.toml")
    from epcr.rules import clinical

    with pytest.raises(ClinicalTableError) as refused:
        clinical._base(parsed, clinical._parse_file(clinical.shipped_paths()[1]))
    assert "'school_age' starts at '7 years'" in str(refused.value)
    assert refused.value.line == text[: text.index('id = "school_age"')].count("\n")


def test_epcr_rules_lists_sources_bands_and_thresholds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "epcr.sqlite3"
    assert main(["--db", str(database), "rules"]) == 0
    out = capsys.readouterr().out
    assert "vitals.pediatric_flags" in out and "protocol.stroke" in out
    assert "School age (6 years to under 13 years):" in out
    assert "Systolic BP < 70 + 2 x age (at most 90)  [AHA PALS Provider Manual (2020)" in out
    assert "ecg_minutes = 10 minutes  [NASEMSO NMECG v3 (2022)" in out
    agency_file(tmp_path)
    assert main(["--db", str(database), "rules"]) == 0
    out = capsys.readouterr().out
    assert "ecg_minutes = 15 minutes  [Medical director memo 2026-05-12]" in out
    assert "clinical tables county-2026 (County EMS pediatric flags), from 2026-07-01" in out
