"""What every route depends on: the station's store and who is calling (a device or a QA reviewer).

The guard (epcr.station.limits) looks the bearer token up before the body is read and leaves the caller
in the request's state; each route then says which kind of caller it takes."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from epcr.station import qa
from epcr.station.limits import Caller
from epcr.station.store import StationStore

bearer = HTTPBearer(auto_error=False)  # names the scheme in the OpenAPI page; the guard reads the token
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def identify(store: StationStore, token: str) -> Caller | None:
    """The device or reviewer a live token belongs to; None for an unknown or revoked one."""
    device_id = store.authenticate(token)
    if device_id is not None:
        return Caller("device", device_id)
    found = qa.reviewer_for(store.engine, token)
    return Caller("reviewer", found[0], found[1]) if found else None


def station_store(request: Request) -> StationStore:
    store: StationStore = request.app.state.store
    return store


Store = Annotated[StationStore, Depends(station_store)]


def caller(request: Request, _credentials: Credentials) -> Caller | None:
    found = getattr(request.state, "caller", None)
    return found if isinstance(found, Caller) else None


def device(found: Annotated[Caller | None, Depends(caller)]) -> str:
    """The calling device's id; 401 for a reviewer's token (the guard refused none, unknown and revoked)."""
    if found is None or found.kind != "device":
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Authorization: a device token is required (Bearer); enroll the device",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return found.id


def reviewer(found: Annotated[Caller | None, Depends(caller)]) -> tuple[str, str]:
    """The calling QA reviewer's (id, name); 401 for a device's token."""
    if found is None or found.kind != "reviewer":
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Authorization: a QA reviewer's token is required (epcr-station reviewer add)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return found.id, found.name


Device = Annotated[str, Depends(device)]
Reviewer = Annotated[tuple[str, str], Depends(reviewer)]
