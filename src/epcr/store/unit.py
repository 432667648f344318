"""The unit this device rides in and its PCR number counter (tables device_unit and pcr_sequence). Every
function works inside the caller's transaction; none commits."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from epcr.domain.unit import Unit
from epcr.store import audit
from epcr.store.sql import compiled, device_unit, params, pcr_sequence, reports

_GET = compiled(
    select(device_unit.c.vehicle_number, device_unit.c.call_sign, device_unit.c.unit_capability).where(
        device_unit.c.id == 1
    )
)
_CLEAR = compiled(delete(device_unit).where(device_unit.c.id == 1))
_COLUMNS = ("vehicle_number", "call_sign", "unit_capability", "set_at", "set_by")
_unit = upsert(device_unit).values(id=1, **params(*_COLUMNS))
_PUT = compiled(
    _unit.on_conflict_do_update(
        index_elements=[device_unit.c.id], set_={name: _unit.excluded[name] for name in _COLUMNS}
    ),
    *_COLUMNS,
)
_LAST_NUMBER = compiled(select(pcr_sequence.c.last_number).where(pcr_sequence.c.id == 1))
_TAKE_NUMBER = compiled(  # only forward
    update(pcr_sequence)
    .where(pcr_sequence.c.id == 1)
    .values(last_number=func.max(pcr_sequence.c.last_number, bindparam("number"))),
    "number",
)
_NUMBER_TAKEN = compiled(
    select(1).select_from(reports).where(reports.c.pcr_number == bindparam("pcr_number")).limit(1),
    "pcr_number",
)


def get(db: sqlite3.Connection) -> Unit | None:
    row = db.execute(_GET).fetchone()
    if row is None:
        return None
    return Unit.model_validate({"vehicle_number": row[0], "call_sign": row[1], "unit_capability": row[2]})


def put(db: sqlite3.Connection, unit: Unit | None, by: str, at: datetime) -> None:
    """Set (or, with None, clear) the unit, with its audit row (old and new values)."""
    old = get(db)
    if unit is None:
        db.execute(_CLEAR)
    else:
        db.execute(
            _PUT,
            {
                "vehicle_number": unit.vehicle_number,
                "call_sign": unit.call_sign,
                "unit_capability": unit.unit_capability,
                "set_at": at.isoformat(),
                "set_by": by,
            },
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
    return int(db.execute(_LAST_NUMBER).fetchone()[0])


def take_sequence(db: sqlite3.Connection, number: int) -> None:
    """Record `number` as used; the counter only goes forward."""
    db.execute(_TAKE_NUMBER, {"number": number})


def pcr_number_taken(db: sqlite3.Connection, pcr_number: str) -> bool:
    """Another report here (made, or imported) already carries this eRecord.01."""
    return db.execute(_NUMBER_TAKEN, {"pcr_number": pcr_number}).fetchone() is not None


def _json(unit: Unit | None) -> str | None:
    return None if unit is None else json.dumps(unit.model_dump(mode="json"), ensure_ascii=False)


__all__ = ["get", "last_sequence", "pcr_number_taken", "put", "take_sequence"]
