"""Docking: locked reports and addenda reach a real station exactly once, and bad input stores nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from epcr.demo import demo_report
from epcr.domain.canonical import canonical_bytes as canonical
from epcr.station.schema import items
from epcr.station.store import StationError, StationStore
from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed, enroll
from tests.sync.conftest import Station, start


def lock_calls(db: Database, count: int, first: int = 0) -> list[str]:
    reports = [demo_report(first + n) for n in range(count)]
    db.import_reports(reports, "import")
    for report in reports:
        db.lock_report(report.uuid, "P-1042")
    return [str(r.uuid) for r in reports]


def enrolled(db: Database, station: Station, name: str = "Medic 12") -> None:
    code = station.store.invite(name)
    enroll(db, station.url, code, "A-0001")


def test_docking_delivers_every_locked_report_and_addendum_once(db: Database, station: Station) -> None:
    ids = lock_calls(db, 5)
    db.add_addendum(ids[0], "P-1042", "late entry", "Pt reported penicillin allergy at ED triage.")
    draft = db.create_report("E-2210")  # drafts never leave the device
    enrolled(db, station)

    first = Syncer(db).run()
    assert (first.sent, first.accepted, first.already_have, first.rejected) == (6, 6, 0, 0)
    assert all(row.acknowledged and row.last_outcome == "accepted" for row in db.outbox())

    held = station.store.item_hashes()
    assert len(held) == 6 and ("report", str(draft.uuid), 1) not in held
    for report_id in ids:  # byte-identical: the stored payload hashes to the device's lock hash
        stored = station.store.payload("report", report_id)
        local = db.open_report(report_id)
        assert held[("report", report_id, 1)] == local.lifecycle.content_hash
        assert canonical(stored) == canonical(local.model_dump(mode="json", exclude={"addenda"}))

    again = Syncer(db).run()  # nothing pending: nothing sent, nothing duplicated
    assert (again.sent, again.requeued) == (0, 0)
    assert len(station.store.item_hashes()) == 6


def test_a_resent_item_is_already_there_not_a_second_copy(db: Database, station: Station) -> None:
    lock_calls(db, 3)
    enrolled(db, station)
    Syncer(db).run()
    # The receipts were lost on the way back: the device still thinks all three are pending.
    db.requeue([row.id for row in db.outbox()], "test: receipts lost")
    result = Syncer(db).run()
    assert (result.sent, result.accepted, result.already_have) == (3, 0, 3)
    assert len(station.store.item_hashes()) == 3
    assert all(row.acknowledged for row in db.outbox())


def test_a_station_restored_from_an_old_backup_gets_the_missing_items_again(
    db: Database, station: Station, station_url: str
) -> None:
    lock_calls(db, 4)
    enrolled(db, station)
    Syncer(db).run()
    from sqlalchemy import delete

    from epcr.station.schema import deliveries, items, qa_pending

    with station.store.engine.begin() as conn:  # the restore lost the last two deliveries
        conn.execute(delete(qa_pending).where(qa_pending.c.item_id > 2))
        conn.execute(delete(deliveries).where(deliveries.c.item_id > 2))
        conn.execute(delete(items).where(items.c.id > 2))
    result = Syncer(db).run()
    assert result.requeued == 2 and result.accepted == 2
    assert len(station.store.item_hashes()) == 4


def test_an_identical_copy_from_a_second_device_counts_as_held_for_both(
    db: Database, station: Station
) -> None:
    lock_calls(db, 2)
    enrolled(db, station)
    Syncer(db).run()
    with sqlite3.connect(db.path) as source, sqlite3.connect(db.path.with_name("twin.sqlite3")) as target:
        source.backup(target)  # e.g. a tablet restored from backup, holding the same reports
    twin = Database(db.path.with_name("twin.sqlite3"))
    try:
        twin.requeue([row.id for row in twin.outbox()], "test: restored from backup")
        enrolled(twin, station, "Medic 12 spare")
        first, second = Syncer(twin).run(), Syncer(twin).run()
    finally:
        twin.close()
    assert (first.already_have, first.requeued) == (2, 0)
    assert (second.sent, second.requeued) == (0, 0)  # not re-sent forever
    assert len(station.store.item_hashes()) == 2


def test_a_conflicting_copy_is_kept_aside_and_never_overwrites(db: Database, station: Station) -> None:
    (report_id,) = lock_calls(db, 1)
    enrolled(db, station)
    Syncer(db).run()
    original = station.store.item_hashes()[("report", report_id, 1)]

    other = Database(db.path.with_name("other.sqlite3"))  # a second device claims the same uuid
    try:
        report = demo_report(0)
        report = report.model_copy(
            update={"narrative": report.narrative.model_copy(update={"text": "changed"})}
        )
        other.import_reports([report], "import")
        other.lock_report(report.uuid, "P-1042")
        enrolled(other, station, "Medic 7")
        result = Syncer(other).run()
    finally:
        other.close()
    assert (result.conflicts, result.accepted) == (1, 0)
    assert station.store.item_hashes()[("report", report_id, 1)] == original
    assert len(station.store.conflicts()) == 1
    assert not other_ack(db.path.with_name("other.sqlite3"))


def other_ack(path: object) -> bool:
    other = Database(path)  # type: ignore[arg-type]
    try:
        return any(row.acknowledged for row in other.outbox())
    finally:
        other.close()


def test_a_revoked_device_is_refused_and_nothing_is_stored(db: Database, station: Station) -> None:
    lock_calls(db, 2)
    enrolled(db, station)
    station.store.revoke("Medic 12")
    with pytest.raises(SyncFailed, match="refused this device"):
        Syncer(db).run()
    assert station.store.item_hashes() == {}
    assert not any(row.acknowledged for row in db.outbox())


def test_an_enrollment_code_works_once(db: Database, station: Station) -> None:
    code = station.store.invite("Medic 12")
    enroll(db, station.url, code, "A-0001")
    with pytest.raises(SyncFailed, match="code: the station refused it"):
        enroll(db, station.url, code, "A-0001")
    with pytest.raises(StationError, match="is enrolled"):
        station.store.invite("Medic 12")


def test_an_unreachable_station_leaves_everything_pending(db: Database, station: Station) -> None:
    lock_calls(db, 2)
    enrolled(db, station)
    station.stop()
    with pytest.raises(SyncFailed, match="2 item\\(s\\) wait on this device"):
        Syncer(db).run()
    assert len(db.pending_outbox()) == 2


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 422),
        (b'{"items": "many"}', 422),
        (b'{"items": []}', 422),
        (b'{"items": [{"kind": "report"}]}', 422),
        (b'{"items": [], "extra": 1}', 422),
    ],
)
def test_bad_push_bodies_get_a_clear_4xx_and_store_nothing(
    db: Database, station: Station, body: bytes, status: int
) -> None:
    enrolled(db, station)
    token = db.station_link().token
    answer = httpx.post(
        f"{station.url}/v1/push",
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert answer.status_code == status
    assert answer.json()["detail"]
    assert station.store.item_hashes() == {}


def test_tampered_oversized_and_unauthenticated_pushes_are_refused(db: Database, station: Station) -> None:
    (report_id,) = lock_calls(db, 1)
    enrolled(db, station)
    token = db.station_link().token
    report = db.open_report(report_id).model_dump(mode="json", exclude={"addenda"})
    report["narrative"]["text"] = "tampered"
    item = {
        "kind": "report",
        "uuid": report_id,
        "report_uuid": report_id,
        "version": 1,
        "content_hash": db.outbox()[0].content_hash,
        "payload": report,
    }
    auth = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(f"{station.url}/v1/push", json={"items": [item]}, headers=auth)
    assert answer.status_code == 200
    (receipt,) = answer.json()["receipts"]
    assert receipt["outcome"] == "rejected" and receipt["reason"].startswith("content_hash:")

    huge = httpx.post(
        f"{station.url}/v1/push",
        content=b"x" * (9 * 1024 * 1024),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    assert httpx.post(f"{station.url}/v1/push", json={"items": [item]}).status_code == 401
    assert httpx.get(f"{station.url}/v1/held", headers={"Authorization": "Bearer forged"}).status_code == 401
    assert station.store.item_hashes() == {}


def test_the_station_publishes_its_openapi_schema(station: Station) -> None:
    schema = httpx.get(f"{station.url}/openapi.json").json()
    assert {"/v1/push", "/v1/held", "/v1/enroll", "/v1/health"} <= set(schema["paths"])


def test_another_station_at_the_address_gets_nothing(db: Database, station: Station, tmp_path: Path) -> None:
    lock_calls(db, 1)
    enrolled(db, station)
    other_store = StationStore(f"sqlite:///{tmp_path / 'other-station.sqlite3'}")
    other = start(other_store)
    try:
        link = db.station_link()
        assert link is not None
        db.set_station_link(replace(link, url=other.url), "test")  # the address now answers elsewhere
        with pytest.raises(SyncFailed, match="this device enrolled with; nothing was sent"):
            Syncer(db).run()
    finally:
        other.stop()
    assert other_store.item_hashes() == {}
    other_store.close()


def test_guessing_enrollment_codes_is_cut_off(station: Station) -> None:
    url = f"{station.url}/v1/enroll"
    statuses = [
        httpx.post(url, json={"code": f"WRONG-{n:04d}", "device_name": "x"}).status_code for n in range(12)
    ]
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
    good = station.store.invite("Medic 12")  # even a right code waits out the minute
    assert httpx.post(f"{station.url}/v1/enroll", json={"code": good, "device_name": "x"}).status_code == 429


def test_items_locked_before_payloads_were_kept_still_sync(db: Database, station: Station) -> None:
    """Outbox rows from before migration 0004 have no payload: the report is serialised from the store."""
    ids = lock_calls(db, 2)
    db.add_addendum(ids[0], "P-1042", "late entry", "Pt reported penicillin allergy at ED triage.")
    kept = db.outbox_payloads([row.id for row in db.outbox()])
    with db.unit_of_work() as uow:
        uow.db.execute("UPDATE outbox SET payload = NULL")
        uow.commit()
    enrolled(db, station)
    assert Syncer(db).run().accepted == 3
    with station.store.engine.connect() as conn:
        stored: dict[str, str] = {
            uuid: payload for uuid, payload in conn.execute(select(items.c.uuid, items.c.payload))
        }
    for row in db.outbox():  # the bytes made at lock time are the bytes the fallback makes now
        assert stored[row.entity_id].encode("utf-8") == kept[row.id]
