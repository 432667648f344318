"""Schema version 3: a current medication became a group (eHistory.CurrentMedsGroup: drug, dose, unit, route,
frequency) where versions 1 and 2 held a bare eHistory.12 code. Reports locked under v1/v2 still hash over
the bytes they were locked with, and drafts begun under v1/v2 open, take the new detail and lock as v3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from epcr.domain import canonical
from epcr.domain.assessment import CurrentMedication
from epcr.domain.canonical import OUTSIDE_CONTENT, CanonicalFormError
from epcr.domain.report import SCHEMA_VERSION, Report, Status
from epcr.store.database import Database

LOCKED = Path(__file__).parent.parent / "fixtures" / "locked"
CHEST_PAIN = LOCKED / "chest-pain.json"  # locked by release d2a48d6 with current_medications ["1191"]
NONE_REPORTED = {"not_value": None, "pertinent_negative": "8801015"}


def as_an_older_release_hashed(document: dict[str, Any]) -> str:
    """The hash a release before v3 took: its version's frozen key tree over the stored values as they are."""
    tree = canonical.frozen_tree(document["schema_version"])
    content = {k: v for k, v in document.items() if k not in OUTSIDE_CONTENT}
    return canonical.sha256_hex(canonical.canonical_bytes(canonical._prune(tree, content, "")))


def chest_pain(version: int, current_medications: Any) -> dict[str, Any]:
    """The locked chest-pain call as the release writing `version` stored it (v1: the fixture as it is)."""
    document: dict[str, Any] = json.loads(CHEST_PAIN.read_text(encoding="utf-8"))
    if version > 1:  # every key that version's model had (v2 added the generated sections, eOther ...)
        document = Report.model_validate(document).model_dump(mode="json")
    if version == 2:
        for key in ("devices", "custom_configuration"):  # added by v3
            del document[key]
        del document["other"]["attachments"]
    document["schema_version"] = version
    document["assessment"]["sample"]["current_medications"] = current_medications
    return document


def test_the_model_is_version_3() -> None:
    assert SCHEMA_VERSION >= 3 and canonical.known_versions()[:3] == [1, 2, 3]


def test_a_v1_report_with_a_current_medication_opens_as_a_group_and_verifies() -> None:
    text = CHEST_PAIN.read_text(encoding="utf-8")
    report = Report.model_validate_json(text)
    assert report.assessment.sample.current_medications == [CurrentMedication(drug="1191")]
    assert report.content_hash() == report.lifecycle.content_hash  # locked by release d2a48d6
    assert report.content()["assessment"]["sample"]["current_medications"] == ["1191"]
    again = Report.model_validate_json(report.model_dump_json())  # stored again in the v3 shape
    assert again.content_hash() == report.lifecycle.content_hash


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize(
    "stored",
    [["1191", "6809"], [], None, NONE_REPORTED],
    ids=["codes", "empty-list", "not-documented", "none-reported"],
)
def test_every_old_form_hashes_exactly_as_its_release_hashed_it(version: int, stored: Any) -> None:
    document = chest_pain(version, stored)
    expected = as_an_older_release_hashed(document)
    report = Report.model_validate(document)
    assert report.content_hash() == expected
    assert Report.model_validate_json(report.model_dump_json()).content_hash() == expected


def test_a_blank_becomes_the_one_group_that_says_it() -> None:
    report = Report.model_validate(chest_pain(2, NONE_REPORTED))
    (only,) = report.assessment.sample.current_medications or []
    assert only.drug is not None and not isinstance(only.drug, str)
    assert only.drug.pertinent_negative is not None and only.drug.pertinent_negative.value == "8801015"


def test_a_dose_in_a_report_of_an_older_version_is_refused_not_left_out_of_the_hash() -> None:
    document = chest_pain(2, [{"drug": "1191", "dose": 81.0}])
    with pytest.raises(CanonicalFormError, match=r"current_medications\[0\]: a current medication's dose"):
        Report.model_validate(document).content_hash()


def test_a_v3_report_hashes_its_doses() -> None:
    report = Report.model_validate(chest_pain(3, [{"drug": "1191", "dose": 81.0, "route": "9927035"}]))
    other = Report.model_validate(chest_pain(3, [{"drug": "1191", "dose": 325.0, "route": "9927035"}]))
    assert report.content_hash() != other.content_hash()
    assert report.content()["assessment"]["sample"]["current_medications"][0]["dose"] == 81.0


@pytest.mark.parametrize("version", [1, 2])
def test_a_draft_begun_under_an_older_version_opens_with_its_data_and_locks_as_v3(
    version: int, tmp_path: Path
) -> None:
    with Database(tmp_path / "device.sqlite3") as db:
        rid = str(db.create_report("C-0815").uuid)

        def as_stored_by_an_older_release(reports: Any, now: Any) -> None:
            row = reports.db.execute(
                "SELECT data FROM report_parts WHERE report_id = ? AND part = 'assessment'", (rid,)
            ).fetchone()
            data = json.loads(row[0])
            data["sample"]["current_medications"] = ["1191", "6809"]  # aspirin, metformin as v1/v2 kept them
            reports.db.execute(
                "UPDATE report_parts SET data = ? WHERE report_id = ? AND part = 'assessment'",
                (json.dumps(data), rid),
            )
            reports.db.execute("UPDATE reports SET schema_version = ? WHERE id = ?", (version, rid))

        db.write(as_stored_by_an_older_release)
        draft = db.open_report(rid)
        assert draft.schema_version == version
        assert [m.drug for m in draft.assessment.sample.current_medications or []] == ["1191", "6809"]

        aspirin = {
            "drug": "1191",
            "dose": 81,
            "dose_unit": "3114029",
            "route": "9927035",
            "frequency": "3120019",
        }
        db.save_field(rid, "assessment.sample.current_medications", [aspirin, {"drug": "6809"}], "C-0815")
        locked = db.write(lambda reports, now: reports.lock(rid, "C-0815", now, lambda report: []))
        assert locked.status is Status.LOCKED and locked.schema_version == SCHEMA_VERSION
        opened = db.open_report(rid)
        assert (
            opened.schema_version == SCHEMA_VERSION and opened.content_hash() == opened.lifecycle.content_hash
        )
        first = (opened.assessment.sample.current_medications or [])[0]
        assert (first.drug, first.dose, first.dose_unit, first.route, first.frequency) == (
            "1191",
            81.0,
            "3114029",
            "9927035",
            "3120019",
        )
