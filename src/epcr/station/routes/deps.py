"""What every route depends on: the station's store and who is calling (a device or a QA reviewer)."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from epcr.station import qa
from epcr.station.store import StationStore

bearer = HTTPBearer(auto_error=False)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def station_store(request: Request) -> StationStore:
    store: StationStore = request.app.state.store
    return store


Store = Annotated[StationStore, Depends(station_store)]


def device(credentials: Credentials, store: Store) -> str:
    """The calling device's id, from its bearer token; 401 for none, an unknown or a revoked one."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Authorization: a device token is required (Bearer)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    device_id = store.authenticate(credentials.credentials)
    if device_id is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Authorization: unknown or revoked device token; enroll again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return device_id


def reviewer(credentials: Credentials, store: Store) -> tuple[str, str]:
    """The calling QA reviewer's (id, name), from their bearer token."""
    found = qa.reviewer_for(store.engine, credentials.credentials) if credentials else None
    if found is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Authorization: a QA reviewer's token is required (epcr-station reviewer add)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return found


Device = Annotated[str, Depends(device)]
Reviewer = Annotated[tuple[str, str], Depends(reviewer)]
