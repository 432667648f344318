"""The station's HTTP API (FastAPI): the app, its guard (body limits, the token before any body), its access
log and error format, and its routers (epcr.station.routes). Every route but /health and /enroll needs a live
device or reviewer token, checked by the guard before the body is read (epcr.station.limits)."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

import gc

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from epcr.station.limits import Guard, Limits
from epcr.station.logs import AccessLog
from epcr.station.routes import devices, qa, reports, roster
from epcr.station.routes.deps import identify
from epcr.station.store import StationStore


async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    # One line per problem, naming the field: what an integrator needs to fix the request.
    problems = [
        f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}" for e in error.errors()
    ]
    return JSONResponse({"detail": problems}, status_code=422)


def create_app(store: StationStore, limits: Limits | None = None) -> FastAPI:
    app = FastAPI(
        title="epcr station",
        version="1",
        description="Receives locked reports and addenda from enrolled ambulances (docs/sync.md).",
    )
    app.state.store = store
    app.state.failed_codes = devices.FailedCodes()
    limits = limits or Limits()
    app.add_middleware(Guard, identify=lambda token: identify(store, token), limits=limits)
    app.add_middleware(AccessLog)  # added last: outermost, it sees every answer, the guard's too
    app.add_exception_handler(RequestValidationError, invalid)  # type: ignore[arg-type]
    for routes in (devices, reports, roster, qa):
        app.include_router(routes.router)
    return app


def tune_for_serving() -> None:
    """The collector of a long-running station: what is loaded at start (code lists, rules, the app) is set
    aside for good, and a collection waits for 50,000 new objects, not 700. A push builds tens of thousands of
    short-lived objects per batch (each report's models), freed by reference counting; with the default
    thresholds the collector walked the batch's live reports over and over: half of a push's time."""
    from epcr.station import qa

    qa.validator()  # loaded now, not under the first push: frozen with the rest
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
