"""The QA reviewer's side of the station's QA API: search received reports, read one, flag and comment,
mark reviewed. Used by the app's review screen on a worker thread, never on the GUI thread.

The connection (station URL, pinned certificate, reviewer token) is kept inside the encrypted device
database, like the device's own sync link.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from epcr.domain.report import Addendum, Report
from epcr.security.pinning import fetch_certificate, normalise_fingerprint, pinned_context
from epcr.security.pinning import fingerprint as tls_fingerprint
from epcr.store.links import QaLink
from epcr.sync.protocol import API

TIMEOUT = httpx.Timeout(20.0, connect=5.0)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
FLAGS = ("ok", "question", "correction", "education", "commendation")  # station.qa.Flag


class QaFailed(Exception):
    """The station could not be reached or refused the request; the message says which field or why."""


@dataclass(frozen=True)
class Filters:
    """What the reviewer narrows the list by (GET /v1/qa/reports)."""

    start: datetime | None = None  # incident at or after (eTimes.03)
    end: datetime | None = None  # incident before
    unit: str | None = None  # eResponse.14 call sign
    crew: str | None = None  # eCrew.01 crew member id
    impression: str | None = None  # eSituation.11 ICD-10-CM code or prefix
    arrest: bool | None = None  # eArrest.01
    finding: str | None = None  # a validation rule id
    text: str | None = None  # PCR number, patient, complaint
    reviewed: bool | None = None

    def params(self) -> dict[str, str]:
        raw: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "unit": self.unit,
            "crew": self.crew,
            "impression": self.impression,
            "arrest": self.arrest,
            "finding": self.finding,
            "q": self.text,
            "reviewed": self.reviewed,
        }
        out = {}
        for name, value in raw.items():
            if value is None or value == "":
                continue
            if isinstance(value, datetime):
                out[name] = value.isoformat()
            elif isinstance(value, bool):
                out[name] = "true" if value else "false"
            else:
                out[name] = str(value).strip()
        return out


@dataclass(frozen=True)
class Row:
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


@dataclass(frozen=True)
class Page:
    total: int  # counted up to 1000
    more: bool  # more than `total` match
    rows: list[Row]


@dataclass(frozen=True)
class Review:
    id: int
    field: str | None  # a field path, or None for the whole report
    flag: str
    comment: str
    reviewer: str
    created_at: datetime


@dataclass
class ReviewedReport:
    report: Report  # with its addenda, as the station received them
    reviews: list[Review] = field(default_factory=list)
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None


def connect(url: str, token: str, fingerprint: str | None) -> QaLink:
    """Check the station's certificate against `fingerprint`, pin it, and check the token with one search."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise QaFailed("station: a URL like https://station.local:8443")
    if not token.strip():
        raise QaFailed("token: the reviewer token `epcr-station reviewer add` printed")
    certificate = None
    if parts.scheme == "https":
        if not fingerprint:
            raise QaFailed("fingerprint: required for https; `epcr-station serve` prints it")
        try:
            certificate = fetch_certificate(parts.hostname, parts.port or 443)
        except OSError as error:
            raise QaFailed(f"station: cannot reach {url} ({error})") from None
        if normalise_fingerprint(fingerprint) != normalise_fingerprint(tls_fingerprint(certificate)):
            raise QaFailed("fingerprint: the station's certificate does not match the fingerprint given")
    elif parts.hostname not in LOOPBACK:
        raise QaFailed("station: plain http only on this machine (127.0.0.1); use https and the fingerprint")
    link = QaLink(url, token.strip(), certificate)
    with QaClient(link) as client:
        client.search(Filters(), limit=1)
    return link


class QaClient:
    def __init__(self, link: QaLink, transport: httpx.BaseTransport | None = None) -> None:
        verify: ssl.SSLContext | bool = pinned_context(link.certificate) if link.certificate else True
        self.url = link.url
        self._http = httpx.Client(
            base_url=link.url,
            headers={"Authorization": f"Bearer {link.token}"},
            timeout=TIMEOUT,
            transport=transport,
            verify=verify,
        )

    def __enter__(self) -> QaClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def search(self, filters: Filters, limit: int = 50, offset: int = 0) -> Page:
        data = self._call("GET", "/qa/reports", params={**filters.params(), "limit": limit, "offset": offset})
        rows = [Row(**_times(item, "incident_at", "received_at", "reviewed_at")) for item in data["items"]]
        return Page(data["total"], data["more"], rows)

    def fetch(self, report_uuid: str) -> ReviewedReport:
        data = self._call("GET", f"/qa/reports/{report_uuid}")
        report = Report.model_validate(data["report"])
        report.addenda = [Addendum.model_validate(a) for a in data["addenda"]]
        reviews = [Review(**_times(r, "created_at")) for r in data["reviews"]]
        reviewed = _times(data, "reviewed_at")
        return ReviewedReport(report, reviews, reviewed.get("reviewed_at"), data.get("reviewed_by"))

    def review(self, report_uuid: str, field_path: str | None, flag: str, comment: str) -> Review:
        if flag not in FLAGS:
            raise QaFailed(f"flag: one of {', '.join(FLAGS)}")
        if not comment.strip():
            raise QaFailed("comment: say what the crew should know (up to 4000 characters)")
        body = {"field": field_path, "flag": flag, "comment": comment.strip()}
        return Review(
            **_times(self._call("POST", f"/qa/reports/{report_uuid}/reviews", json=body), "created_at")
        )

    def mark_reviewed(self, report_uuid: str, reviewed: bool = True) -> tuple[datetime | None, str | None]:
        data = self._call("PUT", f"/qa/reports/{report_uuid}/reviewed", json={"reviewed": reviewed})
        return _times(data, "reviewed_at").get("reviewed_at"), data.get("reviewed_by")

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            answer = self._http.request(method, f"{API}{path}", **kwargs)
        except httpx.HTTPError as error:
            if "CERTIFICATE_VERIFY_FAILED" in str(error):
                raise QaFailed("station certificate is not the one pinned when QA was connected") from None
            raise QaFailed(
                f"station unreachable ({type(error).__name__}); try again when connected"
            ) from None
        if answer.status_code == 401:
            raise QaFailed("token: the station refused this reviewer token (revoked or mistyped)")
        if answer.status_code >= 400:
            raise QaFailed(_detail(answer))
        return answer.json()


def _times(data: dict[str, Any], *names: str) -> dict[str, Any]:
    out = dict(data)
    for name in names:
        if out.get(name):
            out[name] = datetime.fromisoformat(out[name])
    return out


def _detail(answer: httpx.Response) -> str:
    try:
        detail = answer.json().get("detail")
    except ValueError:
        return f"station answered {answer.status_code}"
    return "; ".join(map(str, detail)) if isinstance(detail, list) else str(detail)
