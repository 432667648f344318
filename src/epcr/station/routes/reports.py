"""Reports: a device pushes its locked reports and addenda, and asks which of them the station holds."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from datetime import UTC, datetime

from fastapi import APIRouter

from epcr.station.routes.deps import Device, Store
from epcr.sync.protocol import API, HeldResponse, PushRequest, PushResponse

router = APIRouter(prefix=API, tags=["reports"], responses={401: {"description": "bad token"}})


@router.post("/push", response_model=PushResponse)
def push(request: PushRequest, device_id: Device, store: Store) -> PushResponse:
    receipts = store.receive(device_id, request.items)
    return PushResponse(receipts=receipts, station_time=datetime.now(UTC).isoformat())


@router.get("/held", response_model=HeldResponse)
def held(device_id: Device, store: Store) -> HeldResponse:
    return HeldResponse(items=store.held(device_id))
