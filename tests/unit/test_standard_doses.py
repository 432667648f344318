"""Standard doses are data checked against the NEMSIS lists and the dose-unit table; a bad agency file is
refused with file and line and the shipped list stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.domain.dosing import load
from epcr.domain.standard_doses import AGENCY_FILE, StandardDoseError, active_standard_doses, read, shipped


def test_the_shipped_list_reads_as_crews_say_it() -> None:
    labels = [d.label for d in active_standard_doses(None).doses]
    assert "Aspirin 324 mg PO" in labels and "Nitroglycerin 0.4 mg SL" in labels
    assert "Naloxone 4 mg IN" in labels


def test_an_agency_list_replaces_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / AGENCY_FILE).write_text(
        '[[dose]]\ndrug = "1191"\ndose = 162\nunit = "3706021"\nroute = "9927035"\n', encoding="utf-8"
    )
    active = active_standard_doses(tmp_path)
    assert [d.label for d in active.doses] == ["Aspirin 162 mg PO"] and not active.problems


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ('drug = "999999999"\ndose = 1\nunit = "3706021"\nroute = "9927035"', "not a NEMSIS medication"),
        ('drug = "1191"\ndose = -5\nunit = "3706021"\nroute = "9927035"', "above 0"),
        ('drug = "1191"\ndose = 5\nunit = "3706039"\nroute = "9927035"', "per kilogram"),
        ('drug = "1191"\ndose = 5\nunit = "123"\nroute = "9927035"', "eMedications.06"),
        ('drug = "1191"\ndose = 5\nunit = "3706021"', "exactly drug, dose, unit and route"),
    ],
)
def test_a_bad_agency_file_is_refused_whole_and_named(tmp_path: Path, body: str, named: str) -> None:
    agency = tmp_path / AGENCY_FILE
    agency.write_text(f"# ours\n\n[[dose]]\n{body}\n", encoding="utf-8")
    with pytest.raises(StandardDoseError, match=named) as refused:
        read(agency, load())
    assert f"{agency}:3" in str(refused.value)  # the file and the line of the bad dose
    active = active_standard_doses(tmp_path)
    assert active.problems and active.doses == read(shipped(), load())  # the shipped list stays in force
