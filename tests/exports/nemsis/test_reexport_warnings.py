"""A re-export of an official compliance case carries no national Schematron warning its source did not
have: what the crew documented (the scene, the injury, the outcome ...) goes back out, so the state's
checks see the same record (issue 14: re-exports used to add 5-6 warnings the crew could not clear)."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.exports.nemsis.export import Header, to_xml
from epcr.exports.nemsis.reading import read
from epcr.exports.nemsis.validate import schematron_problems
from tests.exports.nemsis.samples import COMPLIANCE


def warnings(xml: bytes) -> set[str]:
    # The rule's message, not its line: the same warning is the same problem wherever it sits.
    return {str(p).split(": ", 1)[-1] for p in schematron_problems(xml) if p.severity == "warning"}


@pytest.mark.parametrize("path", COMPLIANCE, ids=lambda p: p.name)
def test_a_re_export_adds_no_national_warning(path: Path) -> None:
    source = path.read_bytes()
    report = read(source, check=None).reports[0]
    number = report.response.agency_number or "0"
    again = to_xml([report], Header(number, number, "09"), validate=None)
    assert warnings(again) - warnings(source) == set()
