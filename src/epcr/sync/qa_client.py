"""The QA reviewer's side of the station's QA API: search received reports, read one, flag and comment,
mark reviewed. Used by the app's review screen on a worker thread, never on the GUI thread.

The connection (station URL, pinned certificate, reviewer token) is kept inside the encrypted device
database, like the device's own sync link.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from epcr.domain.report import Addendum, Report
from epcr.security.pinning import PinRefused, pin_station, pinned_context, refusal
from epcr.store.links import QaLink
from epcr.sync.protocol import (
    API,
    QaReportDetail,
    QaReportPage,
    QaReview,
    QaReviewedRequest,
    QaReviewedState,
    QaReviewRequest,
    QaSearch,
    ReviewFlag,
)
from epcr.sync.transport import retrying

T = TypeVar("T", bound=BaseModel)

TIMEOUT = httpx.Timeout(20.0, connect=5.0)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class QaFailed(Exception):
    """The station could not be reached or refused the request; the message says which field or why."""


@dataclass
class ReviewedReport:
    """A report as the reviewer reads it: parsed (its hash checked) and with the reviews on it."""

    report: Report  # with its addenda, as the station received them
    reviews: list[QaReview] = field(default_factory=list)
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None


def connect(url: str, token: str, fingerprint: str | None, ca_key: str | None = None) -> QaLink:
    """Check the station's certificate against `fingerprint` (or its chain against the agency CA key pin
    `ca_key`), pin it, and check the token with one search."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise QaFailed("station: a URL like https://station.local:8443")
    if not token.strip():
        raise QaFailed("token: the reviewer token `epcr-station reviewer add` printed")
    pin = None
    if parts.scheme == "https":
        try:
            pin = pin_station(parts.hostname, parts.port or 443, fingerprint, ca_key)
        except PinRefused as error:
            raise QaFailed(str(error)) from None
        except OSError as error:
            raise QaFailed(f"station: cannot reach {url} ({error})") from None
    elif parts.hostname not in LOOPBACK:
        raise QaFailed("station: plain http only on this machine (127.0.0.1); use https and the fingerprint")
    link = QaLink(url, token.strip(), pin.dumps() if pin else None)
    with QaClient(link) as client:
        client.search(QaSearch(), limit=1)
    return link


class QaClient:
    def __init__(self, link: QaLink, transport: httpx.BaseTransport | None = None) -> None:
        try:
            verify: ssl.SSLContext | bool = pinned_context(link.certificate) if link.certificate else True
        except PinRefused as error:
            raise QaFailed(f"QA connection: {error}") from None
        self.url = link.url
        self._http = httpx.Client(
            base_url=link.url,
            headers={"Authorization": f"Bearer {link.token}"},
            timeout=TIMEOUT,
            transport=retrying(verify, transport),  # one retry after a closed keep-alive connection
            verify=verify,
        )

    def __enter__(self) -> QaClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def search(self, filters: QaSearch, limit: int = 50, offset: int = 0) -> QaReportPage:
        query = filters.model_copy(update={"limit": limit, "offset": offset})
        return _answer(QaReportPage, self._call("GET", "/qa/reports", params=query.params()))

    def fetch(self, report_uuid: str) -> ReviewedReport:
        detail = _answer(QaReportDetail, self._call("GET", f"/qa/reports/{report_uuid}"))
        try:
            report = Report.model_validate(detail.report)
            report.addenda = [Addendum.model_validate(a) for a in detail.addenda]
        except ValidationError as error:
            problem = error.errors()[0]
            where = ".".join(map(str, problem["loc"]))
            raise QaFailed(f"report {report_uuid}: unreadable here ({where}: {problem['msg']})") from None
        return ReviewedReport(report, detail.reviews, detail.reviewed_at, detail.reviewed_by)

    def review(self, report_uuid: str, field_path: str | None, flag: str, comment: str) -> QaReview:
        try:
            request = QaReviewRequest(field=field_path, flag=ReviewFlag(flag), comment=comment.strip())
        except ValueError:
            if flag not in set(ReviewFlag):
                raise QaFailed(f"flag: one of {', '.join(ReviewFlag)}") from None
            raise QaFailed("comment: say what the crew should know (up to 4000 characters)") from None
        body = request.model_dump(mode="json")
        return _answer(QaReview, self._call("POST", f"/qa/reports/{report_uuid}/reviews", json=body))

    def mark_reviewed(self, report_uuid: str, reviewed: bool = True) -> tuple[datetime | None, str | None]:
        body = QaReviewedRequest(reviewed=reviewed).model_dump(mode="json")
        state = _answer(QaReviewedState, self._call("PUT", f"/qa/reports/{report_uuid}/reviewed", json=body))
        return state.reviewed_at, state.reviewed_by

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            answer = self._http.request(method, f"{API}{path}", **kwargs)
        except httpx.HTTPError as error:
            if refused := refusal(error, "when QA was connected"):  # expired, another name, or not pinned
                raise QaFailed(f"{refused.what}; nothing was sent ({refused.advice})") from None
            raise QaFailed(
                f"station unreachable ({type(error).__name__}); try again when connected"
            ) from None
        if answer.status_code == 401:
            raise QaFailed("token: the station refused this reviewer token (revoked or mistyped)")
        if answer.status_code >= 400:
            raise QaFailed(_detail(answer))
        return answer.json()


def _answer(contract: type[T], data: Any) -> T:
    """The station's answer read as its wire type; anything else is named, not half-read."""
    try:
        return contract.model_validate(data)
    except ValidationError as error:
        raise QaFailed(
            f"the station's answer is not a {contract.__name__}: {error.errors()[0]['msg']}"
        ) from None


def _detail(answer: httpx.Response) -> str:
    try:
        detail = answer.json().get("detail")
    except ValueError:
        return f"station answered {answer.status_code}"
    return "; ".join(map(str, detail)) if isinstance(detail, list) else str(detail)
