"""Version 5: a procedure keeps every airway placement technique (eProcedures.14 is 0..M), where versions 1-4
kept one. A report locked under 4 with its one technique hashes over exactly the bytes it was locked with;
one claiming version 4 while holding two is refused rather than half-hashed."""

from __future__ import annotations

import copy

import pytest

from epcr.demo import demo_report
from epcr.domain import canonical
from epcr.domain.nemsis.codes import AirwayPlacementTechnique
from epcr.domain.report import SCHEMA_VERSION, Report

TECHNIQUES = list(AirwayPlacementTechnique)[:2]


def with_techniques(count: int) -> Report:
    report = demo_report(1)
    report.procedures[0].airway_technique = TECHNIQUES[:count]
    return report


def as_version_4(report: Report) -> dict[str, object]:
    """The document a version-4 release stored: one technique, as a bare code."""
    document = report.model_dump(mode="json")
    for procedure in document["procedures"]:
        techniques = procedure["airway_technique"]
        procedure["airway_technique"] = techniques[0] if techniques else None
    document["schema_version"] = 4
    return document


def test_a_version_4_report_with_its_one_technique_still_verifies() -> None:
    stored = as_version_4(with_techniques(1))
    locked_hash = canonical.content_hash(stored)  # what the version-4 release computed at lock
    opened = Report.model_validate(copy.deepcopy(stored))
    assert opened.procedures[0].airway_technique == TECHNIQUES[:1]  # read into the list
    again = opened.model_dump(mode="json")
    assert again["procedures"][0]["airway_technique"] == [TECHNIQUES[0].value]
    assert canonical.content_hash(again) == locked_hash


def test_two_techniques_under_version_4_are_refused() -> None:
    document = with_techniques(2).model_dump(mode="json")
    document["schema_version"] = 4
    with pytest.raises(canonical.CanonicalFormError, match=r"procedures\[0\]\.airway_technique"):
        canonical.content_hash(document)


def test_the_current_version_hashes_every_technique() -> None:
    one, two = with_techniques(1), with_techniques(2)
    assert SCHEMA_VERSION >= 5 and one.schema_version == SCHEMA_VERSION
    assert one.content_hash() != two.content_hash()
    assert Report.model_validate(two.model_dump(mode="json")).procedures[0].airway_technique == TECHNIQUES
