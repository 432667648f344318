"""Doses read as a crew writes them ("0.4 mg SL"), and the units offered fit the drug: a data table keyed by
NEMSIS codes, per-kilogram units only with a weight, extended by an agency file (refused whole when bad)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from epcr.domain import dosing
from epcr.domain.defined_lists import code_for, medications
from epcr.domain.dosing import (
    AGENCY_FILE,
    DoseTableError,
    active_dose_table,
    dose_text,
    load,
    per_kilogram,
    route_abbreviation,
    unit_abbreviation,
    weight_recorded,
)
from epcr.domain.nemsis.codes import DoseUnit, MedicationRoute
from epcr.domain.patient import Patient
from epcr.resources import resources_dir

MG, MCG, MG_KG, MCG_KG = (
    DoseUnit.MILLIGRAMS_MG,
    DoseUnit.MICROGRAMS_MCG,
    DoseUnit.MILLIGRAMS_PER_KILOGRAM_MG_KG,
    DoseUnit.MICROGRAMS_PER_KILOGRAM_MCG_KG,
)
NITRO, FENTANYL = code_for(medications(), "nitroglycerin"), code_for(medications(), "fentanyl")

# What an EMT or paramedic gives commonly: each must have its own row (official names from Medication.csv).
COMMON = [
    "aspirin",
    "nitroglycerin",
    "epinephrine 1 MG/ML",
    "epinephrine 0.1 MG/ML",
    "naloxone",
    "albuterol",
    "ipratropium",
    "albuterol / ipratropium",
    "glucose",
    "glucose 500 MG/ML Injectable Solution",
    "glucose 250 MG/ML Injectable Solution",
    "500 ML glucose 100 MG/ML Injection",
    "glucagon",
    "oxygen",
    "fentanyl",
    "morphine",
    "ketamine",
    "midazolam",
    "ondansetron",
    "amiodarone",
    "adenosine",
    "diphenhydramine",
    "methylprednisolone",
    "sodium chloride 9 MG/ML Injectable Solution",
    "calcium chloride / lactate / potassium chloride / sodium chloride",
    "acetaminophen",
    "ketorolac",
    "magnesium sulfate",
    "sodium bicarbonate",
    "calcium chloride",
    "atropine",
    "lidocaine",
    "tranexamic acid",
]


def test_every_unit_and_route_of_the_standard_has_one_short_name() -> None:
    data = tomllib.loads((resources_dir() / "medications" / "abbreviations.toml").read_text("utf-8"))
    assert set(data["units"]) == {u.value for u in DoseUnit}  # no code missing, none invented
    assert set(data["routes"]) == {r.value for r in MedicationRoute}
    assert [
        unit_abbreviation(u) for u in (MG, MCG, DoseUnit.MICROGRAMS_PER_KILOGRAM_PER_MINUTE_MCG_KG_MIN)
    ] == [
        "mg",
        "mcg",
        "mcg/kg/min",
    ]
    routes = (MedicationRoute.SUBLINGUAL, MedicationRoute.INTRAVENOUS_IV, MedicationRoute.NEBULIZER)
    assert [route_abbreviation(r) for r in routes] == ["SL", "IV", "NEB"]
    for table in (data["units"], data["routes"]):  # a short name means one thing
        assert len({w.casefold() for w in table.values()}) == len(table)


def test_a_dose_reads_with_its_unit_and_route() -> None:
    assert dose_text(0.4, MG, MedicationRoute.SUBLINGUAL) == "0.4 mg SL"
    assert dose_text(324.0, MG, MedicationRoute.ORAL) == "324 mg PO"
    assert (
        dose_text(15, DoseUnit.LITERS_PER_MINUTE_LPM_GAS, MedicationRoute.NON_REBREATHER_MASK)
        == "15 L/min NRB"
    )
    assert dose_text(None, None, MedicationRoute.INTRANASAL) == "IN"  # only what is recorded
    assert dose_text(None) == ""


def test_the_shipped_table_covers_the_common_drugs_with_real_codes() -> None:
    table, known = load(), medications()
    assert set(table.drugs) <= set(known)  # every key is a code of the NEMSIS list: none made up
    for name in COMMON:
        assert code_for(known, name) in table.drugs, f"{name} has no dose-unit row"
    for code, drug in table.drugs.items():
        assert drug.units and drug.routes, code


def test_nitroglycerin_is_never_offered_per_kilogram() -> None:
    table = load()
    for weight in (False, True):
        units = table.units_for(NITRO, weight)
        assert MG in units and MG_KG not in units and not any(per_kilogram(u) for u in units)
    routes = table.routes_for(NITRO)
    assert routes[0] is MedicationRoute.SUBLINGUAL  # typical first
    assert set(routes) == set(MedicationRoute)  # every other route still there, below


def test_per_kilogram_units_only_once_a_weight_is_recorded() -> None:
    table, report = load(), SimpleNamespace(patient=Patient())
    assert not weight_recorded(report)
    assert table.units_for(FENTANYL, weight_recorded(report)) == (MCG,)
    report = SimpleNamespace(patient=Patient(weight_kg=18.0))  # eExam.01
    assert weight_recorded(report)
    assert table.units_for(FENTANYL, weight_recorded(report)) == (MCG, MCG_KG)
    assert table.units_for("99999", False) == tuple(u for u in table.default.units if not per_kilogram(u))


def test_an_agency_file_extends_and_overrides(tmp_path: Path) -> None:
    (tmp_path / AGENCY_FILE).write_text(
        '[default]\nroutes = ["IV", "IO"]\n\n'
        '[drug."4917"]\nunits = ["mg", "3706015"]\n\n'  # abbreviation or code, either
        '[drug."10454"]\nname = "Thiamine"\nunits = ["mg"]\nroutes = ["9927015"]\n',
        encoding="utf-8",
    )
    active = active_dose_table(tmp_path)
    assert active.problems == []
    assert active.table.units_for(NITRO, False) == (MG, MCG)
    assert active.table.dosing(NITRO).routes[0] is MedicationRoute.SUBLINGUAL  # routes kept from below
    assert active.table.routes_for("10454")[0] is MedicationRoute.INTRAMUSCULAR_IM
    assert active.table.default.routes == (MedicationRoute.INTRAVENOUS_IV, MedicationRoute.INTRAOSSEOUS_IO)
    assert active.table.units_for(FENTANYL, True) == load().units_for(FENTANYL, True)  # untouched
    assert active_dose_table(None).table == load() and active_dose_table(tmp_path / "none").problems == []


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ('\n[drug."4917"]\nunits = ["mg/kgg"]\n', 2, "'mg/kgg' is not a DoseUnit code or abbreviation"),
        ('[drug."4917"]\nroutes = ["SUBLINGUAL"]\n', 1, "'SUBLINGUAL' is not a MedicationRoute"),
        ('[drug."nitro"]\nunits = ["mg"]\n', 1, "is not a medication code"),
        ('[drug."7242"]\nunits = []\n', 1, "at least one unit"),
        ('[drug."11124"]\nroutes = ["IM"]\n', 1, "needs units"),
        ('[drug."7242"]\nunit = ["mg"]\n', 1, "unknown key(s) ['unit']"),
        ('[drug."7242"]\nunits = ["mg", "mg"]\n', 1, "listed twice"),
        ('[drugs."7242"]\nunits = ["mg"]\n', 1, "unknown section(s) ['drugs']"),
        ('[drug."7242"]\nunits = ["mg",, ]\n', 2, "not valid TOML"),
    ],
)
def test_a_bad_agency_file_is_refused_with_file_and_line(
    tmp_path: Path, text: str, line: int, says: str
) -> None:
    agency = tmp_path / AGENCY_FILE
    agency.write_text(text, encoding="utf-8")
    with pytest.raises(DoseTableError) as refused:
        load(agency)
    assert refused.value.line == line and says in refused.value.problem, str(refused.value)
    active = active_dose_table(tmp_path)
    assert active.table == load()  # the shipped table stays in force
    assert active.problems[0].startswith(f"{agency} line {line}: ") and "shipped" in active.problems[1]


def test_the_dose_table_works_without_qt() -> None:
    code = (
        "import sys\n"
        "class BlockQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('PySide6'):\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, BlockQt())\n"
        "from epcr.domain import dosing\n"
        "assert dosing.load().drugs\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert dosing.__name__ == "epcr.domain.dosing"
