"""The station anchors each device's audit chain at every sync: a log rewritten consistently on the device
(every hash recomputed, which `epcr audit verify` alone cannot catch) or cut back no longer matches what the
station holds, and the admin sees it."""

from __future__ import annotations

from epcr.security.audit_chain import GENESIS, entry_hash
from epcr.station import anchors
from epcr.station.cli import main as station_main
from epcr.store.database import Database
from epcr.sync.client import Syncer
from tests.sync.conftest import Station
from tests.sync.test_sync import enrolled, lock_calls


def rewrite_consistently(db: Database, keep: int | None = None, change_first: bool = True) -> None:
    """What someone with the key and a SQL shell could do: edit or cut the log, then recompute every hash."""
    with db.unit_of_work() as uow:
        raw = uow.db
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("DROP TRIGGER audit_log_no_delete")
        if keep is not None:
            raw.execute(
                "DELETE FROM audit_log WHERE id NOT IN (SELECT id FROM audit_log ORDER BY id LIMIT ?)",
                (keep,),
            )
        if change_first:
            raw.execute(
                "UPDATE audit_log SET actor = 'someone-else' WHERE id = (SELECT MIN(id) FROM audit_log)"
            )
        previous, count = GENESIS, 0
        rows = raw.execute(
            "SELECT id, at, actor, action, report_id, path, old_value, new_value FROM audit_log ORDER BY id"
        ).fetchall()
        for row_id, *fields in rows:
            digest = entry_hash(previous, fields)
            raw.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (previous, digest, row_id)
            )
            previous, count = digest, count + 1
        raw.execute("UPDATE audit_head SET entries = ?, last_hash = ? WHERE id = 1", (count, previous))
        uow.commit()


def test_each_sync_extends_the_anchor_and_a_rewritten_log_is_caught(
    db: Database, station: Station, capsys: object
) -> None:
    ids = lock_calls(db, 2)
    enrolled(db, station)
    assert Syncer(db).run().audit in {"same", "extends"}  # anchored first at enrollment
    db.record_event("Q-0100", "view", ids[0])  # the log grows: the new head must contain the old one
    assert Syncer(db).run().audit == "extends"
    assert Syncer(db).run().audit in {"same", "extends"}

    rewrite_consistently(db)
    assert db.verify_audit().intact  # the device's own check is fooled: every hash was recomputed
    result = Syncer(db).run()
    assert result.audit == "diverged"
    assert any(
        line.startswith("AUDIT: the station finds this device's audit log changed") for line in result.log
    )
    assert "no longer has the hash the station anchored" in next(
        iter(anchors.diverged(station.store.engine).values())
    )
    status = station_main(["--database-url", station.store.url, "devices"])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert status == 0 and "AUDIT LOG CHANGED: entry" in out


def test_a_log_cut_back_is_caught(db: Database, station: Station) -> None:
    lock_calls(db, 3)
    enrolled(db, station)
    assert Syncer(db).run().audit in {"same", "extends"}  # anchored first at enrollment
    rewrite_consistently(db, keep=3, change_first=False)
    result = Syncer(db).run()
    assert result.audit == "diverged"
    assert "entries; the station anchored" in next(iter(anchors.diverged(station.store.engine).values()))
