"""The station's HTTP API (FastAPI): the app, its guard (body limits, the token before any body), its access
log and error format, and its routers (epcr.station.routes). Every route but /health and /enroll needs a live
device or reviewer token, checked by the guard before the body is read (epcr.station.limits)."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from epcr.station.limits import Guard, Limits
from epcr.station.logs import AccessLog
from epcr.station.routes import devices, qa, reports, roster
from epcr.station.routes.deps import identify
from epcr.station.store import StationStore
from epcr.sync.protocol import API


async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    # One line per problem, naming the field: what an integrator needs to fix the request.
    problems = [
        f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}" for e in error.errors()
    ]
    return JSONResponse({"detail": problems}, status_code=422)


def create_app(store: StationStore, floor: bool = False, limits: Limits | None = None) -> FastAPI:
    """`floor` adds /v1/echo, a route that only reads its body: the benchmark's bare endpoint."""
    app = FastAPI(
        title="epcr station",
        version="1",
        description="Receives locked reports and addenda from enrolled ambulances (docs/sync.md).",
    )
    app.state.store = store
    app.state.failed_codes = devices.FailedCodes()
    limits = limits or Limits()
    app.add_middleware(
        Guard, identify=lambda token: identify(store, token), limits=limits.with_echo() if floor else limits
    )
    app.add_middleware(AccessLog)  # added last: outermost, it sees every answer, the guard's too
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
