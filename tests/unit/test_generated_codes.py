"""The code lists, the element table and the XSD-shaped sections are generated from the NEMSIS files, never
typed by hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from epcr.domain.nemsis import codes
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS

ROOT = Path(__file__).resolve().parents[2]


def test_generated_files_are_current() -> None:
    for script in ("generate_codes.py", "generate_sections.py"):
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / script), "--check"], capture_output=True, text=True
        )
        assert result.returncode == 0, script + ": " + result.stdout + result.stderr


def test_generated_files_say_so() -> None:
    for name in ("codes.py", "elements.py", "sections.py"):
        head = (ROOT / "src" / "epcr" / "domain" / "nemsis" / name).read_text(encoding="utf-8")[:200]
        assert "GENERATED FILE - do not edit" in head


def test_code_lists_match_the_dictionary() -> None:
    folder = ROOT / "resources" / "nemsis" / "dictionary"
    rows = set()
    for dataset in ("EMSDataSet", "DEMDataSet"):
        for line in (
            (folder / f"{dataset}_ElementEnumerations.txt").read_text(encoding="utf-8").splitlines()[1:]
        ):
            fields = line.strip("'|").split("'|'")
            rows.add((fields[1], fields[3]))
    for name, element in codes.SOURCE_ELEMENT.items():
        values = {m.value for m in getattr(codes, name)}
        assert values == {code for el, code in rows if el == element}, name
        if element.startswith("e"):
            assert values == set(ENUMERATIONS[element]), name


def test_element_table_knows_usage_and_blanks() -> None:
    sbp = ELEMENTS["eVitals.06"]
    assert sbp.usage == "Required" and sbp.nillable
    assert (sbp.min_inclusive, sbp.max_inclusive) == ("0", "500")
    assert "8801019" in sbp.pertinent_negatives  # Refused
    assert sbp.pn_on_nil_only
    assert ELEMENTS["eRecord.01"].usage == "Mandatory"
    assert codes.Sex.FEMALE.label == "Female"
    assert codes.NotValue.NOT_APPLICABLE.value == "7701001"
    assert codes.PertinentNegative.MEDICATION_ALREADY_TAKEN.value == "8801009"
