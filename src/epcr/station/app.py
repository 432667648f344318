"""The station's HTTP API (FastAPI). Every route but /health and /enroll needs a live device token."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime, closures included.

import threading
import time
from collections import deque
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import NoResultFound
from starlette.types import ASGIApp, Receive, Scope, Send

from epcr.domain.paths import PathError, parse
from epcr.station import anchors, qa, roster
from epcr.station import config as agency
from epcr.station.store import StationError, StationStore
from epcr.sync.protocol import (
    API,
    MAX_BODY_BYTES,
    AgencyConfig,
    AuditAnchor,
    AuditHead,
    AuditVerdict,
    EnrollRequest,
    EnrollResponse,
    Health,
    HeldResponse,
    PushRequest,
    PushResponse,
    Roster,
)

bearer = HTTPBearer(auto_error=False)
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class ReportRow(BaseModel):
    report_uuid: str
    incident_at: datetime | None
    unit: str | None
    pcr_number: str | None
    patient_name: str | None
    chief_complaint: str | None
    primary_impression: str | None
    arrest: bool
    crew: list[str]
    findings: list[str]
    errors: int
    warnings: int
    received_at: datetime
    reviewed_at: datetime | None
    reviewed_by: str | None


class ReportPage(BaseModel):
    total: int  # how many match, counted up to 1000
    more: bool  # more than `total` match: narrow the search
    items: list[ReportRow]


class Review(BaseModel):
    id: int
    field: str | None
    flag: str
    comment: str
    reviewer: str
    created_at: datetime


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field: str | None = Field(None, max_length=200, description="a field path, e.g. vitals[<id>].sbp")
    flag: qa.Flag
    comment: str = Field(min_length=1, max_length=4000)


class ReviewedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reviewed: bool = Field(description="true: reviewed now by this reviewer; false: back to waiting")


class ReviewedState(BaseModel):
    reviewed_at: datetime | None
    reviewed_by: str | None


class ReportDetail(BaseModel):
    report: dict[str, Any]
    addenda: list[dict[str, Any]]
    reviews: list[Review]
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None


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

    failures = FailedCodes()

    @app.post(
        f"{API}/enroll",
        response_model=EnrollResponse,
        responses={401: {"description": "bad code"}, 429: {"description": "too many bad codes"}},
    )
    def enroll(request: EnrollRequest, http: Request) -> EnrollResponse:
        client = http.client.host if http.client else "unknown"
        if failures.too_many(client):
            raise HTTPException(429, "code: too many wrong codes from this address; wait a minute")
        try:
            device_id, token = store.enroll(request.code)
        except StationError as error:
            failures.record(client)
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(error)) from None
        return EnrollResponse(device_id=device_id, token=token)

    @app.post(f"{API}/push", response_model=PushResponse, responses={401: {"description": "bad token"}})
    def push(request: PushRequest, device_id: Annotated[str, Depends(device)]) -> PushResponse:
        receipts = store.receive(device_id, request.items)
        return PushResponse(receipts=receipts, station_time=datetime.now(UTC).isoformat())

    @app.get(f"{API}/held", response_model=HeldResponse, responses={401: {"description": "bad token"}})
    def held(device_id: Annotated[str, Depends(device)]) -> HeldResponse:
        return HeldResponse(items=store.held(device_id))

    @app.get(
        f"{API}/config",
        response_model=AgencyConfig,
        responses={
            204: {"description": "the device has the newest version"},
            401: {"description": "bad token"},
        },
    )
    def config(
        device_id: Annotated[str, Depends(device)], since: Annotated[int, Query(ge=0)] = 0
    ) -> AgencyConfig | Response:
        newest = agency.latest(store.engine)
        if newest is None or newest.version <= since:
            return Response(status_code=204)
        return newest

    @app.get(
        f"{API}/audit/anchor",
        response_model=AuditAnchor,
        responses={
            204: {"description": "nothing anchored yet for this device"},
            401: {"description": "bad token"},
        },
    )
    def audit_anchor(device_id: Annotated[str, Depends(device)]) -> AuditAnchor | Response:
        found = anchors.last(store.engine, device_id)
        return Response(status_code=204) if found is None else found

    @app.post(f"{API}/audit/head", response_model=AuditVerdict)
    def audit_head(head: AuditHead, device_id: Annotated[str, Depends(device)]) -> AuditVerdict:
        return anchors.anchor(store.engine, device_id, head)

    @app.get(
        f"{API}/roster",
        response_model=Roster,
        responses={
            204: {"description": "the device has the newest roster revision"},
            401: {"description": "bad token"},
        },
    )
    def crew_roster(
        device_id: Annotated[str, Depends(device)], since: Annotated[int, Query(ge=0)] = 0
    ) -> Roster | Response:
        newest = roster.latest(store.engine, since)
        return Response(status_code=204) if newest is None else newest

    def reviewer(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> tuple[str, str]:
        found = qa.reviewer_for(store.engine, credentials.credentials) if credentials else None
        if found is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "Authorization: a QA reviewer's token is required (epcr-station reviewer add)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    @app.get(f"{API}/qa/reports", response_model=ReportPage)
    def search_reports(
        who: Annotated[tuple[str, str], Depends(reviewer)],
        start: Annotated[
            datetime | None, Query(description="incident at or after (ISO 8601, with offset)")
        ] = None,
        end: Annotated[datetime | None, Query(description="incident before")] = None,
        unit: Annotated[str | None, Query(max_length=50)] = None,
        crew: Annotated[str | None, Query(max_length=50, description="crew member id (eCrew.01)")] = None,
        impression: Annotated[
            str | None, Query(max_length=20, description="ICD-10-CM code or prefix")
        ] = None,
        arrest: bool | None = None,
        finding: Annotated[str | None, Query(max_length=80, description="a validation rule id")] = None,
        q: Annotated[str | None, Query(max_length=100, description="PCR number, patient, complaint")] = None,
        reviewed: Annotated[bool | None, Query(description="marked reviewed, or still waiting")] = None,
        limit: Annotated[int, Query(ge=1, le=qa.PAGE_MAX)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> ReportPage:
        for name, value in (("start", start), ("end", end)):
            if value is not None and value.tzinfo is None:
                raise HTTPException(
                    422, [f"query.{name}: needs a UTC offset, e.g. 2026-11-01T00:00:00-07:00"]
                )
        query = qa.Search(start, end, unit, crew, impression, arrest, finding, q, reviewed, limit, offset)
        total, more, rows = qa.search(store.engine, query)
        return ReportPage(total=total, more=more, items=[ReportRow(**row) for row in rows])

    @app.get(f"{API}/qa/reports/{{report_uuid}}", response_model=ReportDetail)
    def fetch_report(
        report_uuid: Annotated[str, Path(pattern=UUID_PATTERN)],
        who: Annotated[tuple[str, str], Depends(reviewer)],
    ) -> ReportDetail:
        try:
            report = store.payload("report", report_uuid)
        except NoResultFound:
            raise HTTPException(404, f"report_uuid: no report {report_uuid} on this station") from None
        reviewed_at, reviewed_by = qa.reviewed_state(store.engine, report_uuid)
        return ReportDetail(
            report=report,
            addenda=store.addenda(report_uuid),
            reviews=[Review(**r) for r in qa.reviews_of(store.engine, report_uuid)],
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
        )

    @app.post(f"{API}/qa/reports/{{report_uuid}}/reviews", response_model=Review, status_code=201)
    def review_report(
        report_uuid: Annotated[str, Path(pattern=UUID_PATTERN)],
        body: ReviewRequest,
        who: Annotated[tuple[str, str], Depends(reviewer)],
    ) -> Review:
        if not qa.indexed(store.engine, report_uuid):
            raise HTTPException(404, f"report_uuid: no report {report_uuid} on this station")
        if body.field is not None:
            try:
                parse(body.field)
            except PathError as error:
                raise HTTPException(422, [f"field: {error}"]) from None
        saved = qa.add_review(store.engine, report_uuid, who[0], body.flag, body.comment, body.field)
        return Review(reviewer=who[1], **saved)

    @app.put(f"{API}/qa/reports/{{report_uuid}}/reviewed", response_model=ReviewedState)
    def mark_reviewed(
        report_uuid: Annotated[str, Path(pattern=UUID_PATTERN)],
        body: ReviewedRequest,
        who: Annotated[tuple[str, str], Depends(reviewer)],
    ) -> ReviewedState:
        name = who[1] if body.reviewed else None
        try:
            at = qa.mark_reviewed(store.engine, report_uuid, name)
        except LookupError as error:
            raise HTTPException(404, str(error)) from None
        return ReviewedState(reviewed_at=at, reviewed_by=name)

    if not floor:
        return app

    @app.post(f"{API}/echo", include_in_schema=False)
    async def echo(request: Request) -> dict[str, Any]:
        # The benchmark's floor: the same bytes POSTed to a route that only reads them.
        body = await request.body()
        return {"bytes": len(body)}

    return app
