"""QA: reviewers search the reports the station received, read one, flag and comment, mark it reviewed."""

# No `from __future__ import annotations`: FastAPI reads these signatures at run time.

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from sqlalchemy.exc import NoResultFound

from epcr.domain.paths import PathError, parse
from epcr.station import qa
from epcr.station.routes.deps import UUID_PATTERN, Reviewer, Store
from epcr.sync.protocol import (
    API,
    QaReportDetail,
    QaReportPage,
    QaReportRow,
    QaReview,
    QaReviewedRequest,
    QaReviewedState,
    QaReviewRequest,
    QaSearch,
)

router = APIRouter(prefix=f"{API}/qa", tags=["qa"], responses={401: {"description": "not a reviewer"}})
ReportUuid = Annotated[str, Path(pattern=UUID_PATTERN)]


@router.get("/reports", response_model=QaReportPage)
def search_reports(query: Annotated[QaSearch, Query()], who: Reviewer, store: Store) -> QaReportPage:
    total, more, rows = qa.search(store.engine, query)
    return QaReportPage(total=total, more=more, items=[QaReportRow(**row) for row in rows])


@router.get("/reports/{report_uuid}", response_model=QaReportDetail)
def fetch_report(report_uuid: ReportUuid, who: Reviewer, store: Store) -> QaReportDetail:
    try:
        report = store.payload("report", report_uuid)
    except NoResultFound:
        raise HTTPException(404, f"report_uuid: no report {report_uuid} on this station") from None
    reviewed_at, reviewed_by = qa.reviewed_state(store.engine, report_uuid)
    return QaReportDetail(
        report=report,
        addenda=store.addenda(report_uuid),
        reviews=[QaReview(**r) for r in qa.reviews_of(store.engine, report_uuid)],
        reviewed_at=reviewed_at,
        reviewed_by=reviewed_by,
    )


@router.post("/reports/{report_uuid}/reviews", response_model=QaReview, status_code=201)
def review_report(report_uuid: ReportUuid, body: QaReviewRequest, who: Reviewer, store: Store) -> QaReview:
    if not qa.indexed(store.engine, report_uuid):
        raise HTTPException(404, f"report_uuid: no report {report_uuid} on this station")
    if body.field is not None:
        try:
            parse(body.field)
        except PathError as error:
            raise HTTPException(422, [f"field: {error}"]) from None
    saved = qa.add_review(store.engine, report_uuid, who[0], body.flag, body.comment, body.field)
    return QaReview(reviewer=who[1], **saved)


@router.put("/reports/{report_uuid}/reviewed", response_model=QaReviewedState)
def mark_reviewed(
    report_uuid: ReportUuid, body: QaReviewedRequest, who: Reviewer, store: Store
) -> QaReviewedState:
    name = who[1] if body.reviewed else None
    try:
        at = qa.mark_reviewed(store.engine, report_uuid, name)
    except LookupError as error:
        raise HTTPException(404, str(error)) from None
    return QaReviewedState(reviewed_at=at, reviewed_by=name)
