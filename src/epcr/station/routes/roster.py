"""What the agency publishes to its devices: the crew roster and its configuration (scope, settings)."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Annotated

from fastapi import APIRouter, Query, Response

from epcr.station import config as agency
from epcr.station import roster
from epcr.station.routes.deps import Device, Store
from epcr.sync.protocol import API, MAX_INT, AgencyConfig, Roster

router = APIRouter(prefix=API, tags=["roster"], responses={401: {"description": "bad token"}})


@router.get(
    "/config",
    response_model=AgencyConfig,
    responses={204: {"description": "the device has the newest version"}},
)
def config(
    device_id: Device,
    store: Store,
    since: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    directory: Annotated[int, Query(ge=0, le=1)] = 0,
) -> AgencyConfig | Response:
    newest = agency.latest(store.engine)
    if newest is None or newest.version <= since:
        return Response(status_code=204)
    # A device that does not ask for the directory predates it: its strict model would refuse the fields.
    left_out = set() if directory else AgencyConfig.DIRECTORY
    return Response(newest.model_dump_json(exclude=left_out), media_type="application/json")


@router.get(
    "/roster",
    response_model=Roster,
    responses={204: {"description": "the device has the newest roster revision"}},
)
def crew_roster(
    device_id: Device, store: Store, since: Annotated[int, Query(ge=0, le=MAX_INT)] = 0
) -> Roster | Response:
    newest = roster.latest(store.engine, since)
    return Response(status_code=204) if newest is None else newest
