"""The unit this device rides in and its PCR number counter (tables device_unit and pcr_sequence). Every
function works inside the caller's transaction; none commits."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from epcr.domain.unit import Unit
from epcr.store import audit


def get(db: sqlite3.Connection) -> Unit | None:
    row = db.execute(
        "SELECT vehicle_number, call_sign, unit_capability FROM device_unit WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return Unit.model_validate({"vehicle_number": row[0], "call_sign": row[1], "unit_capability": row[2]})


def put(db: sqlite3.Connection, unit: Unit | None, by: str, at: datetime) -> None:
    """Set (or, with None, clear) the unit, with its audit row (old and new values)."""
    old = get(db)
    if unit is None:
        db.execute("DELETE FROM device_unit WHERE id = 1")
    else:
        db.execute(
            "INSERT INTO device_unit (id, vehicle_number, call_sign, unit_capability, set_at, set_by) "
            "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "vehicle_number = excluded.vehicle_number, call_sign = excluded.call_sign, "
            "unit_capability = excluded.unit_capability, set_at = excluded.set_at, set_by = excluded.set_by",
            (unit.vehicle_number, unit.call_sign, unit.unit_capability, at.isoformat(), by),
        )
    audit.record(
        db,
        at.isoformat(),
        by,
        "unit set" if unit else "unit cleared",
        None,
        "device.unit",
        _json(old),
        _json(unit),
    )


def last_sequence(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT last_number FROM pcr_sequence WHERE id = 1").fetchone()[0])


def take_sequence(db: sqlite3.Connection, number: int) -> None:
    """Record `number` as used; the counter only goes forward."""
    db.execute("UPDATE pcr_sequence SET last_number = MAX(last_number, ?) WHERE id = 1", (number,))


def pcr_number_taken(db: sqlite3.Connection, pcr_number: str) -> bool:
    """Another report here (made, or imported) already carries this eRecord.01."""
    return (
        db.execute("SELECT 1 FROM reports WHERE pcr_number = ? LIMIT 1", (pcr_number,)).fetchone() is not None
    )


def _json(unit: Unit | None) -> str | None:
    return None if unit is None else json.dumps(unit.model_dump(mode="json"), ensure_ascii=False)


__all__ = ["get", "last_sequence", "pcr_number_taken", "put", "take_sequence"]
