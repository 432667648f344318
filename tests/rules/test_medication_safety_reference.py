"""The drug reference as agency data: an agency file changes a limit from its effective date; a bad file is
refused with its file and line, and the last good one stays in force."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from epcr.domain.report import Report
from epcr.rules.drug_reference import (
    AGENCY_FILE,
    DrugReference,
    DrugReferenceError,
    active_drug_reference,
    install,
    load,
    shipped,
)
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity
from epcr.rules.scope import load as load_scope
from tests.rules.test_medication_safety import FENTANYL, IV, MCG, call, child

NOW = datetime(2027, 6, 1, tzinfo=UTC)
AGENCY = """\
[reference]
id = "metro-ems"
name = "Metro EMS formulary"
extends = "national"

# From 2027 the medical director halves the pediatric fentanyl ceiling.
[[drug."4337".dose]]
band = "pediatric"
routes = ["IV", "IO", "IM", "IN"]
unit = "mcg"
per_kg = 1
max_single = 50
effective_from = 2027-01-01
source = "Metro EMS protocol 4.2 (2027)"

[list.pde5_inhibitors]
codes = { "1309313" = "avanafil" }
"""


def agency_file(folder: Path, text: str = AGENCY) -> Path:
    path = folder / AGENCY_FILE
    path.write_text(text, encoding="utf-8")
    return path


def on(day: str, data: dict[str, Any]) -> dict[str, Any]:
    """The same call moved to another day (every time in it)."""
    moved: dict[str, Any] = json.loads(json.dumps(data).replace("2026-11-01", day))
    return moved


def dose_findings(data: dict[str, Any], reference: DrugReference) -> list[Finding]:
    validator = Validator(load_scope(), clock=lambda: NOW, drugs=reference)
    return [
        f for f in validator.validate(Report.model_validate(data)).findings if f.rule == "medications.dose"
    ]


def test_an_agency_limit_applies_from_its_effective_date(tmp_path: Path) -> None:
    reference = load(agency_file(tmp_path))
    assert reference.layers == ("national", "metro-ems")
    fentanyl_75 = call((FENTANYL, 75, MCG, IV), **child())
    assert dose_findings(fentanyl_75, reference) == []  # 2026: the national 100 mcg
    assert dose_findings(on("2026-12-31", fentanyl_75), reference) == []
    found = dose_findings(on("2027-01-01", fentanyl_75), reference)
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "maximum single dose for a 2-year-old (pediatric): 50 mcg" in found[0].message
    assert "[Metro EMS protocol 4.2 (2027)]" in found[0].message
    assert dose_findings(on("2027-01-01", call((FENTANYL, 50, MCG, IV))), reference) == []  # adults unchanged


def test_an_agency_adds_to_a_medication_list(tmp_path: Path) -> None:
    listed = load(agency_file(tmp_path)).lists["pde5_inhibitors"]
    assert {"136411", "358263", "306674", "1309313"} <= listed.codes.keys()


BAD_CASES = [
    (
        '[[drug."4337".dose]]\nband = "pediatric"\nunit = "mcg/hr"\nmax_single = 50\n',
        8,
        "unit must be one of",
    ),
    ('[drug."999999999"]\nsource = "x"\nunits = ["mg"]\n', 6, "not in the NEMSIS Medication list"),
    ('[[drug."4337".dose]]\nband = "toddler"\nunit = "mcg"\nmax_single = 50\n', 7, "band must be one of"),
    ('[[drug."4917".contraindication]]\nsbp_below = 90\ntaking = "pde5_inhibitors"\n', 6, "exactly one"),
    ('[[drug."4337".dose]]\nband = "adult"\nunit = "mcg"\nmax_single = 50\nroutes = ["XX"]\n', 10, "'XX'"),
    ("[tape]\nBlack = [1, 2]\n", 7, "not an eExam.02 colour"),
    ('[[drug."4337".dose]]\nband = "adult"\nunit = "mcg"\nmax_single = = 50\n', 9, "not valid TOML"),
]


@pytest.mark.parametrize(("body", "line", "problem"), BAD_CASES)
def test_a_bad_agency_file_is_refused_naming_file_and_line(
    tmp_path: Path, body: str, line: int, problem: str
) -> None:
    head = '[reference]\nid = "metro-ems"\nname = "Metro EMS"\nextends = "national"\n\n'
    path = agency_file(tmp_path, head + body)
    with pytest.raises(DrugReferenceError) as refused:
        load(path)
    assert refused.value.path == str(path) and refused.value.line == line
    assert problem in refused.value.problem
    assert f"{path} line {line}:" in str(refused.value)


def test_the_last_good_agency_file_stays_in_force(tmp_path: Path) -> None:
    good = active_drug_reference(tmp_path)
    assert good.reference is shipped() and good.problems == []  # no agency file: the national defaults
    install(tmp_path, _written(tmp_path, "new.toml", AGENCY))
    installed = active_drug_reference(tmp_path)
    assert installed.problems == [] and installed.reference.layers[-1] == "metro-ems"
    path = agency_file(tmp_path, AGENCY.replace('unit = "mcg"', 'unit = "mcg/hr"'))
    os.utime(path, ns=(1, 1))  # a new version of the file, whatever the clock's resolution
    refused = active_drug_reference(tmp_path)
    assert refused.reference.layers[-1] == "metro-ems"  # the last good agency file, not the bad one
    assert refused.problems[0].startswith(f"{path} line 10:")  # unit = "mcg/hr"
    assert "last good agency drug reference" in refused.problems[1]


def test_install_refuses_a_bad_file_and_changes_nothing(tmp_path: Path) -> None:
    bad = _written(tmp_path, "bad.toml", AGENCY.replace("max_single = 50", "max_single = -5"))
    with pytest.raises(DrugReferenceError, match=r"line 12: .*max_single must be a number above 0"):
        install(tmp_path, bad)
    assert not (tmp_path / AGENCY_FILE).exists()


def _written(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
