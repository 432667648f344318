"""The agency's directory at the station: its facilities (dFacility), vehicles (dVehicle) and stations
(dLocation). Each list is replaced whole in one transaction (an import is all or nothing) and published to
devices with the next agency configuration (epcr.station.config)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, Engine, Table, delete, insert, select

from epcr.domain.directory import (
    MAX_FACILITIES,
    MAX_LOCATIONS,
    MAX_VEHICLES,
    DirectoryRow,
    Facility,
    Location,
    Vehicle,
)
from epcr.station.schema import agency_facilities, agency_locations, agency_vehicles
from epcr.station.store import StationError

Row = TypeVar("Row", bound=DirectoryRow)


def replace(
    engine: Engine,
    facilities: Sequence[Facility],
    vehicles: Sequence[Vehicle],
    locations: Sequence[Location],
) -> None:
    """The whole directory, in one transaction: a list over its bound is refused and nothing changes."""
    with engine.begin() as conn:
        replace_in(conn, facilities, vehicles, locations)


def replace_in(
    conn: Connection,
    facilities: Sequence[Facility],
    vehicles: Sequence[Vehicle],
    locations: Sequence[Location],
) -> None:
    """`replace` in the caller's transaction (the agency's DEM import): a refusal rolls back all of it."""
    for what, rows, most in (
        ("facilities", facilities, MAX_FACILITIES),
        ("vehicles", vehicles, MAX_VEHICLES),
        ("locations", locations, MAX_LOCATIONS),
    ):
        if len(rows) > most:
            raise StationError(f"{what}: {len(rows)} given, at most {most} allowed")
    _replace(conn, agency_facilities, "name", [(f.name, f) for f in facilities])
    _replace(conn, agency_vehicles, "number", [(v.number, v) for v in vehicles])
    _replace(conn, agency_locations, "name", [(loc.name, loc) for loc in locations])


def _replace(conn: Connection, table: Table, key: str, rows: list[tuple[str | None, DirectoryRow]]) -> None:
    conn.execute(delete(table))
    if rows:
        conn.execute(
            insert(table),
            [
                {
                    "position": position,
                    key: name,
                    "data": row.model_dump_json(exclude={"source"}),
                    "source": None if row.source is None else json.dumps(row.source),
                }
                for position, (name, row) in enumerate(rows)
            ],
        )


def facilities(bind: Engine | Connection) -> list[Facility]:
    return _read(bind, agency_facilities, Facility)


def vehicles(bind: Engine | Connection) -> list[Vehicle]:
    return _read(bind, agency_vehicles, Vehicle)


def locations(bind: Engine | Connection) -> list[Location]:
    return _read(bind, agency_locations, Location)


def _read(bind: Engine | Connection, table: Table, model: type[Row]) -> list[Row]:
    """The rows in the order they were given; one that no longer reads (a hand-edited database) is named."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return _read(conn, table, model)
    stored = bind.execute(select(table.c.position, table.c.data, table.c.source).order_by("position"))
    rows: list[Row] = []
    for position, data, source in stored:
        try:
            rows.append(model.model_validate({**json.loads(data), "source": _source(source)}))
        except (ValidationError, ValueError) as error:
            raise StationError(f"{table.name} row {position} does not read: {error}") from None
    return rows


def _source(text: str | None) -> dict[str, object] | None:
    value = None if text is None else json.loads(text)
    return value if isinstance(value, dict) else None


def dump(rows: Sequence[BaseModel]) -> list[dict[str, object]]:
    """JSON-ready rows without their source trees (what an admin listing shows)."""
    return [row.model_dump(mode="json", exclude={"source"}, exclude_none=True) for row in rows]
