"""Version 6: what an imported file states is kept, so the key tree has two new keys over version 5:
patient.gender (ePatient.13, as the source gave it) and each immunization's correlation_id (its group's
CorrelationID). No value changed form (a Not Reporting is a Blank like Not Applicable), so no OLD_FORMS entry:
a report locked under 5 hashes without the new keys, and one claiming 5 while holding them is refused."""

from __future__ import annotations

import copy
import json

import pytest

from epcr.demo import demo_report
from epcr.domain import canonical
from epcr.domain.assessment import Immunization
from epcr.domain.report import SCHEMA_VERSION, Report


def _keys(tree: object, where: str = "") -> set[str]:
    if isinstance(tree, dict):
        return {p for k, v in tree.items() for p in {f"{where}.{k}".lstrip("."), *_keys(v, f"{where}.{k}")}}
    if isinstance(tree, list):
        return _keys(tree[0], f"{where}[]")
    return set()


def test_version_6_adds_gender_and_the_immunization_correlation_id() -> None:
    assert SCHEMA_VERSION >= 6
    added = _keys(canonical.frozen_tree(6)) - _keys(canonical.frozen_tree(5))
    assert added == {"patient.gender", "assessment.sample.immunizations[].correlation_id"}
    assert not _keys(canonical.frozen_tree(5)) - _keys(canonical.frozen_tree(6))


def test_a_version_5_report_hashes_without_the_new_keys() -> None:
    document = demo_report(1).model_dump(mode="json")
    document["schema_version"] = 5
    locked_hash = canonical.content_hash(document)
    as_v5_stored = copy.deepcopy(document)
    del as_v5_stored["patient"]["gender"]  # what a version-5 release dumped and hashed
    assert canonical.content_hash(as_v5_stored) == locked_hash
    content = {k: v for k, v in as_v5_stored.items() if k not in canonical.OUTSIDE_CONTENT}
    assert locked_hash == canonical.sha256_hex(canonical.canonical_bytes(content))
    opened = Report.model_validate(as_v5_stored)
    assert opened.patient.gender is None and opened.content_hash() == locked_hash


def test_the_new_keys_under_version_5_are_refused() -> None:
    report = demo_report(1)
    report.patient.gender = "9906005"
    document = report.model_dump(mode="json") | {"schema_version": 5}
    with pytest.raises(canonical.CanonicalFormError, match=r"patient\.gender: not part of this report"):
        canonical.content_hash(document)
    report = demo_report(1)
    report.assessment.sample.immunizations = [Immunization(kind="9910025", correlation_id="c1")]
    document = json.loads(report.model_dump_json()) | {"schema_version": 5}
    with pytest.raises(canonical.CanonicalFormError, match=r"immunizations\[0\]\.correlation_id"):
        canonical.content_hash(document)
    assert Report.model_validate(report.model_dump(mode="json")).content_hash() == report.content_hash()
