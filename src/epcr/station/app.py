"""The station's HTTP API (FastAPI): the app, its body limit and error format, and its routers
(epcr.station.routes). Every route but /health and /enroll needs a live device or reviewer token."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from epcr.station.routes import devices, qa, reports, roster
from epcr.station.store import StationStore
from epcr.sync.protocol import API, MAX_BODY_BYTES


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


async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    # One line per problem, naming the field: what an integrator needs to fix the request.
    problems = [
        f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}" for e in error.errors()
    ]
    return JSONResponse({"detail": problems}, status_code=422)


def create_app(store: StationStore, floor: bool = False) -> FastAPI:
    """`floor` adds /v1/echo, a route that only reads its body: the benchmark's bare endpoint."""
    app = FastAPI(
        title="epcr station",
        version="1",
        description="Receives locked reports and addenda from enrolled ambulances (docs/sync.md).",
    )
    app.state.store = store
    app.state.failed_codes = devices.FailedCodes()
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
    for routes in (devices, reports, roster, qa):
        app.include_router(routes.router)
    if floor:
        app.add_api_route(f"{API}/echo", echo, methods=["POST"], include_in_schema=False)
    return app


async def echo(request: Request) -> dict[str, Any]:
    # The benchmark's floor: the same bytes POSTed to a route that only reads them.
    body = await request.body()
    return {"bytes": len(body)}
