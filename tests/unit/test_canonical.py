"""The canonical form and content hash: one definition, versioned, and every report locked by an earlier
release verifies with today's code (fixtures in tests/fixtures/locked, written by release d2a48d6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from uuid import UUID

import pytest
from pydantic import Field

from epcr.domain import canonical
from epcr.domain.canonical import CanonicalFormError
from epcr.domain.report import SCHEMA_VERSION, Addendum, Narrative, Report, Status
from epcr.store.database import Database
from epcr.store.parts import check_lock_integrity

LOCKED = Path(__file__).parent.parent / "fixtures" / "locked"
REPORTS = sorted(LOCKED.glob("*.json"))


def test_fixtures_are_there() -> None:
    assert len(REPORTS) == 4
    assert (LOCKED / "device-d2a48d6.sqlite3").is_file()


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_a_report_locked_by_the_previous_release_verifies(path: Path) -> None:
    text = path.read_text(encoding="utf-8").strip()
    report = Report.model_validate_json(text)
    assert report.status is Status.LOCKED and report.schema_version == 1
    assert report.content_hash() == report.lifecycle.content_hash
    check_lock_integrity(report)  # the addenda chain too
    # What the hash covers is, byte for byte, what the earlier release hashed.
    original = canonical.hashed_content(json.loads(text))
    assert canonical.canonical_bytes(report.content()) == canonical.canonical_bytes(original)


def test_every_queued_item_of_the_previous_release_verifies() -> None:
    items = [json.loads(line) for line in (LOCKED / "outbox.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {i["kind"] for i in items} == {"report", "addendum"}
    reports = [UUID(i["entity_id"]) for i in items if i["kind"] == "report"]
    for item in items:
        payload = json.loads(item["payload"])
        assert canonical.canonical_bytes(payload).decode("utf-8") == item["payload"]
        if item["kind"] == "report":
            assert canonical.content_hash(payload) == item["content_hash"]
            assert Report.model_validate(payload).content_hash() == item["content_hash"]
        else:
            addendum = Addendum.model_validate(payload["addendum"])
            assert addendum.hash == item["content_hash"]
            assert sum(addendum.verify(uuid) for uuid in reports) == 1  # chained to exactly one report


def test_the_previous_release_database_opens_migrated_and_its_reports_verify(tmp_path: Path) -> None:
    shutil.copy(LOCKED / "device-d2a48d6.sqlite3", tmp_path / "device.sqlite3")
    with Database(tmp_path / "device.sqlite3") as db:
        locked = db.list_reports(Status.LOCKED)
        assert len(locked) == len(REPORTS)
        by_uuid = {Report.model_validate_json(p.read_text(encoding="utf-8")).uuid: p for p in REPORTS}
        for summary in locked:
            report = db.open_report(summary.uuid)
            assert report.schema_version == 1
            check_lock_integrity(report)
            original = json.loads(by_uuid[report.uuid].read_text(encoding="utf-8"))
            assert report.content() == canonical.hashed_content(original)


def test_the_current_model_is_the_newest_frozen_form() -> None:
    # A new field changes the report's shape: that is a new schema version (a new frozen tree in
    # resources/canonical/, SCHEMA_VERSION + 1), never a silent change of the form old reports were locked in.
    assert canonical.known_versions()[-1] == SCHEMA_VERSION
    assert canonical.key_tree(Report) == canonical.frozen_tree(SCHEMA_VERSION), (
        "the report model's shape differs from resources/canonical/report-v"
        f"{SCHEMA_VERSION}.json: freeze a new version (canonical.key_tree(Report)) and bump SCHEMA_VERSION"
    )


class WiderReport(Report):
    """What a later release's model could look like: one more section, empty in every older report."""

    bystander_notes: Narrative = Field(default_factory=Narrative)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_a_wider_model_still_verifies_reports_locked_in_version_1(path: Path) -> None:
    report = WiderReport.model_validate_json(path.read_text(encoding="utf-8"))
    assert "bystander_notes" in report.model_dump(mode="json")
    assert report.content_hash() == report.lifecycle.content_hash


def test_data_a_version_did_not_have_is_refused_not_left_out_of_the_hash() -> None:
    report = WiderReport.model_validate_json(REPORTS[0].read_text(encoding="utf-8"))
    report.bystander_notes = Narrative(text="fell from a ladder")
    with pytest.raises(CanonicalFormError, match=r"bystander_notes: not part of this report's schema"):
        report.content_hash()


def test_a_changed_value_changes_the_hash() -> None:
    report = Report.model_validate_json(REPORTS[0].read_text(encoding="utf-8"))
    report.narrative = Narrative(text=f"{report.narrative.text or ''}.")
    assert report.content_hash() != report.lifecycle.content_hash


def test_an_unknown_schema_version_is_named() -> None:
    document = json.loads(REPORTS[0].read_text(encoding="utf-8"))
    for bad, message in ((99, "99 is not a version this release knows"), ("1", "an integer is required")):
        document["schema_version"] = bad
        with pytest.raises(CanonicalFormError, match=f"schema_version: {message}"):
            canonical.content_hash(document)


def test_canonical_bytes_are_sorted_compact_and_keep_text() -> None:
    assert canonical.canonical_bytes({"b": 1, "a": ["Ünal", None]}) == '{"a":["Ünal",null],"b":1}'.encode()


def test_the_sync_protocol_has_no_canonical_form_of_its_own() -> None:
    import epcr.sync.protocol as protocol

    assert not hasattr(protocol, "canonical")


def test_the_current_version_hashes_the_models_dump_as_the_pruned_form_would() -> None:
    # Report.content_hash skips the pruning for a report of the current version (its dump is that form):
    # the hash must be the one the general path gives, for every kind of call and the largest one.
    from epcr.demo import demo_report, large_report

    for report in [*(demo_report(n, seed=7) for n in range(24)), large_report(seed=2)]:
        assert report.schema_version == SCHEMA_VERSION
        document = report.model_dump(mode="json", exclude={"lifecycle", "addenda"})
        assert report.content_hash() == canonical.content_hash(document)
    wider = WiderReport.model_validate(demo_report(3, seed=7).model_dump(mode="json"))
    wider.bystander_notes.text = "not in any frozen form"
    with pytest.raises(canonical.CanonicalFormError):  # a wider model never takes the short path
        wider.content_hash()


def test_the_content_and_the_whole_document_in_one_pass_are_the_canonical_bytes() -> None:
    # The station makes a report's hashed content and the stored document from one serialisation.
    from epcr.demo import demo_report, large_report

    for report in [*(demo_report(n, seed=5) for n in range(12)), large_report(seed=1)]:
        content = report.model_dump(mode="json", exclude={"lifecycle", "addenda"})
        lifecycle = report.lifecycle.model_dump(mode="json")
        hashed, whole = canonical.canonical_with(content, "lifecycle", lifecycle)
        assert hashed == canonical.canonical_bytes(content)
        assert whole == canonical.canonical_bytes({**content, "lifecycle": lifecycle})
        assert canonical.sha256_hex(hashed) == report.content_hash()
    assert canonical.canonical_with({}, "k", 1) == (b"{}", b'{"k":1}')
    assert canonical.canonical_with({"a": 1, "z": [2]}, "m", None) == (
        b'{"a":1,"z":[2]}',
        b'{"a":1,"m":null,"z":[2]}',
    )
    with pytest.raises(ValueError, match="already in the content"):
        canonical.canonical_with({"k": 1}, "k", 2)
