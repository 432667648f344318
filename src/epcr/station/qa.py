"""QA at the station: the search index of received reports, reviewers, and their flags and comments."""

from __future__ import annotations

import logging
import secrets
import threading
import uuid
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, and_, delete, func, select, true, update

from epcr.domain.nemsis.codes import CardiacArrest
from epcr.domain.report import Report
from epcr.rules.engine import Validator
from epcr.rules.findings import Severity
from epcr.station.schema import insert_ignoring, items, qa_pending, reports, reviewers, reviews
from epcr.sync.protocol import QA_COUNT_CAP as COUNT_CAP
from epcr.sync.protocol import QaSearch, ReviewFlag, token_digest

SCOPE_VIOLATION = "scope.practice"  # the rule whose every finding is a violation (an error, never softened)
ARREST = {
    CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value,
    CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS.value,
}


@lru_cache(maxsize=1)
def validator() -> Validator:
    # The national table: the station re-checks what every device checked, for QA to filter on.
    from epcr.rules.scope import load
    from epcr.rules.scope.loading import national_path

    return Validator(load(national_path()))


def index_row(report: Report, now: datetime) -> dict[str, Any]:
    findings = validator().validate(report).findings
    impression = report.situation.primary_impression
    arrest = report.arrest.cardiac_arrest
    names = [n for n in (report.patient.last_name, report.patient.first_name) if isinstance(n, str) and n]
    location = report.scene.incident_location_type
    complaint = report.situation.chief_complaint
    return {
        "report_uuid": str(report.uuid),
        "incident_at": report.times.unit_notified,
        "unit": report.response.call_sign,
        "pcr_number": report.response.pcr_number,
        "patient_name": ", ".join(names) or None,
        "chief_complaint": complaint if isinstance(complaint, str) else None,
        "primary_impression": impression if isinstance(impression, str) else None,
        "arrest": getattr(arrest, "value", arrest) in ARREST,
        "crew": " "
        + " ".join(m.member_id for m in report.crew if isinstance(m.member_id, str) and m.member_id)
        + " ",
        "findings": " " + " ".join(sorted({f.rule for f in findings})) + " ",
        "errors": sum(f.severity is Severity.ERROR for f in findings),
        "warnings": sum(f.severity is Severity.WARNING for f in findings),
        "received_at": now,
        "location_type": location if isinstance(location, str) else None,
        "injury_causes": _words(report.injury.cause_of_injury),
        "protocols": _words([p.protocols_used for p in report.protocols.protocols]),
    }


def _words(values: Any) -> str:
    """A list of codes as " a b c ": a word search finds one without a join table."""
    codes = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
    return " " + " ".join(codes) + " "


# A report stored again after a partial restore keeps its index row (and the reviews that point at it).
INSERT_INDEX = insert_ignoring(reports, leave=frozenset({"reviewed_at", "reviewed_by"}))
INSERT_PENDING = insert_ignoring(qa_pending)
_catching_up = threading.Lock()  # one indexer at a time in this process: no report validated twice
# Items this process could not index, by database: logged once, not tried again at every read.
_unreadable: dict[str, set[int]] = {}
log = logging.getLogger(__name__)


def catch_up(engine: Engine, limit: int | None = None) -> int:
    """Index the reports stored and not yet indexed (`qa_pending`), oldest first, at most `limit`; how many
    were indexed. Every QA read calls it first, so a reviewer never misses a report the station holds."""
    unreadable = _unreadable.setdefault(engine.url.render_as_string(), set())
    with _catching_up, engine.begin() as conn:
        query = (
            select(qa_pending.c.item_id, items.c.payload, items.c.received_at)
            .join(items, items.c.id == qa_pending.c.item_id)
            .where(qa_pending.c.item_id.not_in(unreadable) if unreadable else true())
            .order_by(qa_pending.c.item_id)
            .limit(limit)
        )
        rows = conn.execute(query).all()
        indexed_rows, done = [], []
        for row in rows:
            try:
                report = Report.model_validate_json(row.payload)
            except ValidationError as error:  # verified at receipt: only a release that broke its reading
                unreadable.add(row.item_id)
                log.error("QA index: item %s cannot be read (%s); it stays waiting", row.item_id, error)
                continue
            indexed_rows.append(index_row(report, row.received_at))
            done.append(row.item_id)
        if indexed_rows:
            conn.execute(INSERT_INDEX, indexed_rows)
            conn.execute(delete(qa_pending).where(qa_pending.c.item_id.in_(done)))
    return len(done)


def search(engine: Engine, query: QaSearch) -> tuple[int, bool, list[dict[str, Any]]]:
    """(how many match, up to COUNT_CAP; whether there are more; one page of them, newest call first)."""
    catch_up(engine)
    where = []
    if query.start is not None:
        where.append(reports.c.incident_at >= query.start)
    if query.end is not None:
        where.append(reports.c.incident_at < query.end)
    if query.unit:
        where.append(reports.c.unit == query.unit)
    if query.crew:
        where.append(reports.c.crew.contains(f" {query.crew} ", autoescape=True))
    if query.impression:
        where.append(reports.c.primary_impression.startswith(query.impression, autoescape=True))
    if query.arrest is not None:
        where.append(reports.c.arrest.is_(query.arrest))
    if query.finding:
        where.append(reports.c.findings.contains(f" {query.finding} ", autoescape=True))
    if query.scope_violation is not None:  # the medical director's queue: every scope violation, confirmed
        violation = reports.c.findings.contains(f" {SCOPE_VIOLATION} ", autoescape=True)
        where.append(violation if query.scope_violation else ~violation)
    if query.location_type:
        where.append(reports.c.location_type.startswith(query.location_type, autoescape=True))
    if query.injury_cause:  # a code or the start of one, at a word's start
        where.append(reports.c.injury_causes.contains(f" {query.injury_cause}", autoescape=True))
    if query.protocol:
        where.append(reports.c.protocols.contains(f" {query.protocol} ", autoescape=True))
    if query.reviewed is not None:
        waiting = reports.c.reviewed_at.is_(None)
        where.append(~waiting if query.reviewed else waiting)
    if query.q:
        pattern = f"%{query.q.lower()}%"
        where.append(
            func.lower(func.coalesce(reports.c.pcr_number, "")).like(pattern)
            | func.lower(func.coalesce(reports.c.patient_name, "")).like(pattern)
            | func.lower(func.coalesce(reports.c.chief_complaint, "")).like(pattern)
        )
    condition = and_(True, *where)
    columns = [c for c in reports.c if c.name not in {"findings", "crew", "injury_causes", "protocols"}]
    with engine.connect() as conn:
        capped = select(reports.c.report_uuid).where(condition).limit(COUNT_CAP + 1).subquery()
        total = conn.execute(select(func.count()).select_from(capped)).scalar_one()
        rows = conn.execute(
            select(*columns, reports.c.findings, reports.c.crew)
            .where(condition)
            .order_by(reports.c.incident_at.desc(), reports.c.report_uuid)  # the index, backwards
            .limit(query.limit)
            .offset(query.offset)
        ).all()
    page = []
    for row in rows:
        item = dict(row._mapping)
        item["findings"] = item["findings"].split()
        item["crew"] = item["crew"].split()
        page.append(item)
    return min(total, COUNT_CAP), total > COUNT_CAP, page


def add_reviewer(engine: Engine, name: str, now: datetime | None = None) -> str:
    """A QA reviewer's API token (shown once; the station keeps its SHA-256)."""
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            reviewers.insert().values(
                id=str(uuid.uuid4()),
                name=name,
                token_hash=token_digest(token),
                created_at=now or datetime.now(UTC),
            )
        )
    return token


def revoke_reviewer(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        done = conn.execute(
            update(reviewers)
            .where(reviewers.c.name == name, reviewers.c.revoked_at.is_(None))
            .values(revoked_at=datetime.now(UTC), token_hash=None)
        )
    return done.rowcount == 1


def reviewer_for(engine: Engine, token: str) -> tuple[str, str] | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(reviewers.c.id, reviewers.c.name).where(
                reviewers.c.token_hash == token_digest(token), reviewers.c.revoked_at.is_(None)
            )
        ).first()
    return (row.id, row.name) if row else None


def add_review(
    engine: Engine, report_uuid: str, reviewer_id: str, flag: ReviewFlag, comment: str, field: str | None
) -> dict[str, Any]:
    catch_up(engine)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        review_id = conn.execute(
            reviews.insert()
            .values(
                report_uuid=report_uuid,
                field=field,
                flag=flag.value,
                comment=comment,
                reviewer_id=reviewer_id,
                created_at=now,
            )
            .returning(reviews.c.id)
        ).scalar_one()
    return {"id": review_id, "field": field, "flag": flag.value, "comment": comment, "created_at": now}


def mark_reviewed(engine: Engine, report_uuid: str, reviewer: str | None) -> datetime | None:
    """Reviewed now by `reviewer`, or back to waiting (None); False when there is no such report."""
    catch_up(engine)
    now = datetime.now(UTC) if reviewer else None
    with engine.begin() as conn:
        done = conn.execute(
            update(reports)
            .where(reports.c.report_uuid == report_uuid)
            .values(reviewed_at=now, reviewed_by=reviewer)
        )
    if done.rowcount != 1:
        raise LookupError(f"report_uuid: no report {report_uuid} on this station")
    return now


def reviewed_state(engine: Engine, report_uuid: str) -> tuple[datetime | None, str | None]:
    catch_up(engine)
    with engine.connect() as conn:
        row = conn.execute(
            select(reports.c.reviewed_at, reports.c.reviewed_by).where(reports.c.report_uuid == report_uuid)
        ).first()
    return (row.reviewed_at, row.reviewed_by) if row else (None, None)


def reviews_of(engine: Engine, report_uuid: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                reviews.c.id,
                reviews.c.field,
                reviews.c.flag,
                reviews.c.comment,
                reviews.c.created_at,
                reviewers.c.name.label("reviewer"),
            )
            .join(reviewers, reviewers.c.id == reviews.c.reviewer_id)
            .where(reviews.c.report_uuid == report_uuid)
            .order_by(reviews.c.id)
        ).all()
    return [dict(r._mapping) for r in rows]


def indexed(engine: Engine, report_uuid: str) -> bool:
    catch_up(engine)
    with engine.connect() as conn:
        return (
            conn.execute(select(reports.c.report_uuid).where(reports.c.report_uuid == report_uuid)).first()
            is not None
        )
