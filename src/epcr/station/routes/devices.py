"""Devices: the health probe, enrollment (a one-time code for a device token), and the audit anchor."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

import threading
import time
from collections import deque
from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException, Request, Response, status

from epcr.station import anchors
from epcr.station.routes.deps import Device, Store
from epcr.station.store import StationError
from epcr.sync.protocol import (
    API,
    AuditAnchor,
    AuditHead,
    AuditVerdict,
    EnrollRequest,
    EnrollResponse,
    Health,
)

router = APIRouter(prefix=API, tags=["devices"])


class FailedCodes:
    """Wrong enrollment codes per client address in the last minute: guessing is slowed to a crawl."""

    LIMIT, WINDOW_S = 10, 60.0

    def __init__(self) -> None:
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._seen.setdefault(client, deque())
        while times and now - times[0] > self.WINDOW_S:
            times.popleft()
        return times

    def too_many(self, client: str) -> bool:
        with self._lock:
            return len(self._recent(client, time.monotonic())) >= self.LIMIT

    def record(self, client: str) -> None:
        with self._lock:
            self._recent(client, time.monotonic()).append(time.monotonic())


@router.get("/health", response_model=Health)
def health(store: Store) -> Health:
    return Health(status="ok", station_id=store.station_id, time=datetime.now(UTC).isoformat())


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    responses={401: {"description": "bad code"}, 429: {"description": "too many bad codes"}},
)
def enroll(request: EnrollRequest, http: Request, store: Store) -> EnrollResponse:
    failures: FailedCodes = http.app.state.failed_codes
    client = http.client.host if http.client else "unknown"
    if failures.too_many(client):
        raise HTTPException(429, "code: too many wrong codes from this address; wait a minute")
    try:
        device_id, token = store.enroll(request.code)
    except StationError as error:
        failures.record(client)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None
    return EnrollResponse(device_id=device_id, token=token)


@router.get(
    "/audit/anchor",
    response_model=AuditAnchor,
    responses={
        204: {"description": "nothing anchored yet for this device"},
        401: {"description": "bad token"},
    },
)
def audit_anchor(device_id: Device, store: Store) -> AuditAnchor | Response:
    found = anchors.last(store.engine, device_id)
    return Response(status_code=204) if found is None else found


@router.post("/audit/head", response_model=AuditVerdict)
def audit_head(head: AuditHead, device_id: Device, store: Store) -> AuditVerdict:
    return anchors.anchor(store.engine, device_id, head)
