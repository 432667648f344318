"""The station's HTTP API (FastAPI). Every route but /health and /enroll needs a live device token."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime, closures included.

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from epcr.station.store import StationError, StationStore
from epcr.sync.protocol import (
    API,
    MAX_BODY_BYTES,
    EnrollRequest,
    EnrollResponse,
    Health,
    HeldResponse,
    PushRequest,
    PushResponse,
)

bearer = HTTPBearer(auto_error=False)


class BodyLimit:
    """Refuse a body over the limit before reading it (413), and one without a declared length (411)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in {"POST", "PUT", "PATCH"}:
            headers = dict(scope["headers"])
            length = headers.get(b"content-length")
            problem = None
            if length is None:
                problem = (411, "Content-Length: required")
            elif not length.isdigit():
                problem = (400, "Content-Length: must be a number of bytes")
            elif int(length) > self.limit:
                problem = (413, f"body: {int(length)} bytes; at most {self.limit} bytes per request")
            if problem is not None:
                response = JSONResponse({"detail": problem[1]}, status_code=problem[0])
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(store: StationStore, floor: bool = False) -> FastAPI:
    """`floor` adds /v1/echo, a route that only reads its body: the benchmark's bare endpoint."""
    app = FastAPI(
        title="epcr station",
        version="1",
        description="Receives locked reports and addenda from enrolled ambulances (docs/sync.md).",
    )
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        # One line per problem, naming the field: what an integrator needs to fix the request.
        problems = [
            f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}"
            for e in error.errors()
        ]
        return JSONResponse({"detail": problems}, status_code=422)

    def device(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
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

    @app.get(f"{API}/health", response_model=Health)
    def health() -> Health:
        return Health(status="ok", station_id=store.station_id, time=datetime.now(UTC).isoformat())

    @app.post(f"{API}/enroll", response_model=EnrollResponse, responses={401: {"description": "bad code"}})
    def enroll(request: EnrollRequest) -> EnrollResponse:
        try:
            device_id, token = store.enroll(request.code)
        except StationError as error:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None
        return EnrollResponse(device_id=device_id, token=token)

    @app.post(f"{API}/push", response_model=PushResponse, responses={401: {"description": "bad token"}})
    def push(request: PushRequest, device_id: Annotated[str, Depends(device)]) -> PushResponse:
        receipts = store.receive(device_id, request.items)
        return PushResponse(receipts=receipts, station_time=datetime.now(UTC).isoformat())

    @app.get(f"{API}/held", response_model=HeldResponse, responses={401: {"description": "bad token"}})
    def held(device_id: Annotated[str, Depends(device)]) -> HeldResponse:
        return HeldResponse(items=store.held(device_id))

    if not floor:
        return app

    @app.post(f"{API}/echo", include_in_schema=False)
    async def echo(request: Request) -> dict[str, Any]:
        # The benchmark's floor: the same bytes POSTed to a route that only reads them.
        body = await request.body()
        return {"bytes": len(body)}

    return app
