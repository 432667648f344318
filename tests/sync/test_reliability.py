"""Through a proxy that drops, resets, delays, fails and duplicates requests, and with the device killed
(SIGKILL) mid-sync, every locked report and addendum ends up on the station once and byte-identical."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from epcr.domain.canonical import canonical_bytes as canonical
from epcr.station.schema import items
from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed
from tests.sync.conftest import Station
from tests.sync.faults import Faults, FaultyProxy
from tests.sync.test_sync import enrolled, lock_calls

WORKER = Path(__file__).with_name("sync_worker.py")
ROOT = Path(__file__).parents[2]


def test_exactly_once_through_faults_and_kills(tmp_path: Path, station: Station) -> None:
    db = Database(tmp_path / "device.sqlite3")
    ids = lock_calls(db, 60)
    for report_id in ids[:10]:
        db.add_addendum(report_id, "P-1042", "late entry", "Receiving RN name added.")
    enrolled(db, station)
    port = int(station.url.rsplit(":", 1)[1])
    proxy = FaultyProxy(port, Faults.everything(0.35, seed=11))
    link = db.station_link()
    assert link is not None
    db.set_station_link(replace(link, url=proxy.url), "test")
    try:
        for round_ in range(3):  # the device dies mid-sync, three times
            worker = subprocess.Popen(
                [sys.executable, str(WORKER), str(db.path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
            )
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
            time.sleep(0.05 + 0.1 * round_)  # while its first batches are in flight
            deadline = time.monotonic() + 20
            while round_ == 2 and time.monotonic() < deadline:  # a slow machine: the last kill waits for
                if any(row.acknowledged for row in db.outbox()):  # a first receipt, so it lands mid-sync
                    break
                time.sleep(0.01)
            worker.kill()
            worker.wait()
        after_kills = sum(row.acknowledged for row in db.outbox())
        sent = failures = 0
        for _ in range(400):  # the app keeps trying, as its timer would
            syncer = Syncer(db, batch_size=3)
            try:
                syncer.run()
            except SyncFailed:
                failures += 1
                continue
            finally:
                sent += syncer.result.sent
            if not db.pending_outbox():
                break
    finally:
        proxy.close()

    outbox = db.outbox()
    held = station.store.item_hashes()
    with station.store.engine.connect() as conn:
        duplicates = conn.execute(
            select(func.count()).select_from(
                select(items.c.kind, items.c.uuid, items.c.version)
                .group_by(items.c.kind, items.c.uuid, items.c.version)
                .having(func.count() > 1)
                .subquery()
            )
        ).scalar_one()
    lost = [row for row in outbox if held.get((row.kind, row.entity_id, row.version)) != row.content_hash]
    acknowledged = sum(row.acknowledged for row in outbox)
    print(
        f"\nsync under faults {dict(proxy.faults.injected)}: items {len(outbox)}; "
        f"acknowledged before the 3rd kill {after_kills}; then sent {sent}, failed syncs {failures}; "
        f"acknowledged {acknowledged}, duplicates {duplicates}, conflicts {len(station.store.conflicts())}, "
        f"lost {len(lost)}"
    )
    assert sum(proxy.faults.injected.values()) > 10  # the faults really happened
    assert 0 < after_kills < len(outbox)  # the kills really interrupted a sync
    assert duplicates == 0 and not station.store.conflicts() and not lost
    assert acknowledged == len(outbox) == len(held) == 70
    for report_id in ids:  # byte-identical
        local = db.open_report(report_id).model_dump(mode="json", exclude={"addenda"})
        assert canonical(station.store.payload("report", report_id)) == canonical(local)
    db.close()
