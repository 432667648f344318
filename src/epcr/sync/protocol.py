"""The sync protocol between a device and its station (docs/sync.md). Both sides import these models."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from epcr.domain.directory import MAX_FACILITIES, MAX_VEHICLES, Facility, Vehicle
from epcr.domain.fields import check_value
from epcr.domain.nemsis.codes import TypeOfService, UnitCapability
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.unit import check_pattern
from epcr.security.accounts import Account

API = "/v1"
MAX_BATCH = 100  # items per push request
MAX_BODY_BYTES = 8 * 1024 * 1024  # a push larger than this is refused with 413
# JSON values in one push, bounded from above by counting separators (`value_bound`): a device cuts its
# batches under it (a full batch of the largest realistic calls holds about 190,000), and the station checks
# a body under it in one pass, a larger one item by item.
MAX_BATCH_VALUES = 150_000


class Kind(StrEnum):
    REPORT = "report"  # a locked report, whole (its canonical JSON)
    ADDENDUM = "addendum"  # one addendum of a locked report


class Outcome(StrEnum):
    ACCEPTED = "accepted"  # stored now
    ALREADY_HAVE = "already_have"  # same uuid, version and hash were stored before: success, no second copy
    CONFLICT = "conflict"  # same uuid and version, another hash: kept aside, reported, never overwriting
    REJECTED = "rejected"  # refused (the reason says why); does not block the rest of the queue


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemHead(Strict):
    """What identifies a pushed item; its payload's type depends on `kind` (PushItem, station.receiving)."""

    kind: Kind
    uuid: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    report_uuid: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    version: int = Field(ge=1, le=2**31 - 1)  # MAX_INT: the station's INTEGER column
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class PushItem(ItemHead):
    payload: dict[str, Any]  # the report's JSON document, or {"addendum": {...}}


class PushRequest(Strict):
    items: list[PushItem] = Field(min_length=1, max_length=MAX_BATCH)


class Receipt(Strict):
    uuid: str
    version: int
    content_hash: str  # echoed: the device marks an item synced only when uuid and hash match its own
    outcome: Outcome
    reason: str | None = None


class PushResponse(Strict):
    receipts: list[Receipt]
    station_time: str


class HeldItem(Strict):
    kind: Kind
    uuid: str
    version: int
    content_hash: str


class HeldResponse(Strict):
    items: list[HeldItem]


class EnrollRequest(Strict):
    code: str = Field(min_length=6, max_length=64)
    device_name: str = Field(min_length=1, max_length=100)


class EnrollResponse(Strict):
    device_id: str
    token: str  # shown once; the station keeps only its SHA-256


class Health(Strict):
    status: str
    station_id: str
    time: str


def value_bound(data: bytes) -> int:
    """An upper bound on the JSON values in `data`: every value but the first follows a comma or an opening
    bracket (a member's value follows its colon, which follows a comma or the object's brace); in C."""
    return 1 + data.count(b",") + data.count(b"[") + data.count(b"{")


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


_CODES: dict[str, tuple[type[NemsisCode], str]] = {
    "type_of_service": (TypeOfService, "eResponse.05"),
    "unit_capability": (UnitCapability, "eResponse.07"),
}


class AgencySettings(Strict):
    """What an agency sets for all its devices (published with `epcr-station publish`). The optional fields
    prefill every new report (epcr.prefill); the device's unit (`epcr unit set`) adds vehicle, call sign."""

    agency_name: str = Field(min_length=1, max_length=100)  # eResponse.02
    idle_lock_minutes: float = Field(5.0, ge=1, le=30)  # 45 CFR 164.312(a)(2)(iii): automatic logoff
    sync_every_seconds: int = Field(60, ge=15, le=3600)
    agency_number: str | None = None  # eResponse.01, the state-assigned EMS agency number
    type_of_service: TypeOfService | None = None  # eResponse.05, what most calls are
    unit_capability: UnitCapability | None = None  # eResponse.07, unless the device's unit says otherwise
    pcr_number_pattern: str | None = None  # eRecord.01, e.g. "{yyyy}-{unit}-{seq:05}" (epcr.domain.unit)

    @field_validator("agency_number")
    @classmethod
    def _agency_number(cls, value: str | None) -> str | None:
        if value is not None:
            check_value(ELEMENTS["eResponse.01"], value)  # its length from the NEMSIS dictionary
        return value

    @field_validator("type_of_service", "unit_capability", mode="before")
    @classmethod
    def _code(cls, value: Any, info: ValidationInfo) -> Any:
        codes, element = _CODES[info.field_name or ""]
        if value is None or value in {member.value for member in codes}:
            return value
        allowed = ", ".join(f"{member.value} ({member.label})" for member in codes)
        raise ValueError(f"{value!r} is not a code of {ELEMENTS[element].label}; allowed: {allowed}")

    @field_validator("pcr_number_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        return None if value is None else check_pattern(value)


class AgencyConfig(Strict):
    """One published version: the agency's scope table (TOML, over the national one), its settings, and its
    facilities and vehicles (None: not published with this version; the station sends them only to a device
    that asks with `directory=1`, so a device that predates them never sees fields it would refuse)."""

    version: int = Field(ge=1)
    scope_toml: str | None = Field(None, max_length=1_000_000)
    settings: AgencySettings
    published_at: str
    facilities: list[Facility] | None = Field(None, max_length=MAX_FACILITIES)
    vehicles: list[Vehicle] | None = Field(None, max_length=MAX_VEHICLES)

    DIRECTORY: ClassVar[set[str]] = {"facilities", "vehicles"}


class WirePinKey(Strict):
    """The public half of a member's PIN key (epcr.security.pin_keys); the cost floor stops a weak one."""

    salt: str = Field(pattern=r"^[0-9a-f]{32}$")
    memory_kib: int = Field(ge=19_456, le=1_048_576)  # OWASP's argon2id floor: 19 MiB
    time_cost: int = Field(ge=2, le=10)
    parallelism: int = Field(ge=1, le=8)
    public: str = Field(pattern=r"^[0-9a-f]{64}$")


class RosterMember(Strict):
    account: Account  # eCrew.01 id, name, role, level (eCrew.02), certification; active=False: removed
    pin_verifier: str = Field(pattern=r"^\$argon2id\$", max_length=200)  # PHC string; changes when reset
    pin_key: WirePinKey


class Roster(Strict):
    """The agency's crew roster, whole; `revision` grows with every change at the station."""

    revision: int = Field(ge=1)
    members: list[RosterMember] = Field(max_length=10_000)
    published_at: str


# The largest number the station's INTEGER columns hold on both databases (PostgreSQL INTEGER is 4 bytes):
# a count, position or version past it is refused with 422, not a 500.
MAX_INT = 2**31 - 1
MAX_ENTRIES = MAX_INT


MAX_SEALS = 500  # audit entries checked per /audit/head; a longer tail goes in several, oldest first


class AuditAnchor(Strict):
    """The chain position the station anchored last for this device."""

    entries: int = Field(ge=0, le=MAX_ENTRIES)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    sealed: bool = False  # the station holds this device's sealing key (epcr.security.audit_chain)


class AuditSeal(Strict):
    """One audit entry as the station checks it: its place, its link, its hash and its seal."""

    position: int = Field(ge=1, le=MAX_ENTRIES)
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    mac: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")  # None: written before the chain was sealed


class SealStart(Strict):
    """The device's sealing key now, and the entry it seals next: trusted once, when the station has none."""

    position: int = Field(ge=1, le=MAX_ENTRIES)
    key: str = Field(pattern=r"^[0-9a-f]{64}$")


class AuditHead(Strict):
    """The device's audit chain up to `entries`, its own hash at the entry the station anchored last, and the
    entries since that anchor with their seals (up to MAX_SEALS a request)."""

    entries: int = Field(ge=0, le=MAX_ENTRIES)
    last_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    at_anchor: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")  # None: no anchor yet, or entry gone
    seals: list[AuditSeal] = Field(default_factory=list, max_length=MAX_SEALS)
    seal_start: SealStart | None = None


class AuditVerdict(Strict):
    verdict: str  # first | extends | same | diverged
    detail: str | None = None


# -- the QA review API (/v1/qa/...): the station serves these, the reviewer's app reads them ------------

QA_PAGE_MAX = 200  # rows per search page
QA_COUNT_CAP = 1000  # "1000+" is all a reviewer needs to know; counting further scans the whole table


class ReviewFlag(StrEnum):
    """What a reviewer's flag on a report (or one field of it) asks of the crew."""

    QUESTION = "question"  # the reviewer asks the crew
    CORRECTION = "correction"  # needs an addendum
    EDUCATION = "education"  # a teaching point for the crew
    COMMENDATION = "commendation"
    OK = "ok"  # reviewed, nothing to say

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    ReviewFlag.OK: "OK",
    ReviewFlag.QUESTION: "Question for the crew",
    ReviewFlag.CORRECTION: "Correction needed (addendum)",
    ReviewFlag.EDUCATION: "Teaching point",
    ReviewFlag.COMMENDATION: "Commendation",
}


class QaSearch(Strict):
    """What a reviewer narrows the report list by: the query of GET /v1/qa/reports."""

    start: datetime | None = Field(None, description="eTimes.03 at or after (ISO 8601, with offset)")
    end: datetime | None = Field(None, description="eTimes.03 before")
    unit: str | None = Field(None, max_length=50)  # eResponse.14 call sign
    crew: str | None = Field(None, max_length=50, description="crew member id (eCrew.01)")
    impression: str | None = Field(None, max_length=20, description="eSituation.11 ICD-10-CM code or prefix")
    arrest: bool | None = None  # eArrest.01: a cardiac arrest
    finding: str | None = Field(None, max_length=80, description="a validation rule id")
    scope_violation: bool | None = Field(
        None,
        description="care outside the performer's licensed scope (rule scope.practice): the director's queue",
    )
    location_type: str | None = Field(None, max_length=20, description="eScene.09 ICD-10-CM code or prefix")
    injury_cause: str | None = Field(None, max_length=20, description="eInjury.01 ICD-10-CM code or prefix")
    protocol: str | None = Field(None, max_length=10, description="eProtocols.01 protocol code")
    q: str | None = Field(None, max_length=100, description="PCR number, patient, complaint")
    reviewed: bool | None = Field(None, description="marked reviewed, or still waiting")
    limit: int = Field(50, ge=1, le=QA_PAGE_MAX)
    offset: int = Field(0, ge=0, le=2**31 - 1)  # past any real list; the database takes it as it is

    @field_validator("start", "end")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a UTC offset, e.g. 2026-11-01T00:00:00-07:00")
        if value is not None and not 1900 <= value.year <= 2999:  # in UTC it must still be a date: no 500
            raise ValueError("a date between the years 1900 and 2999")
        return value

    @field_validator(
        "unit", "crew", "impression", "finding", "q", "location_type", "injury_cause", "protocol"
    )
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return (value.strip() or None) if value is not None else None

    def params(self) -> dict[str, str]:
        """The query string: only what is set, times in ISO 8601 with their offset."""
        out = {}
        for name, value in self.model_dump(exclude_none=True).items():
            if isinstance(value, datetime):
                out[name] = value.isoformat()
            elif isinstance(value, bool):
                out[name] = "true" if value else "false"
            else:
                out[name] = str(value)
        return out


class QaReportRow(Strict):
    """One report in the reviewer's list (the station's search index)."""

    report_uuid: str
    incident_at: datetime | None  # eTimes.03
    unit: str | None  # eResponse.14
    pcr_number: str | None  # eRecord.01
    patient_name: str | None  # ePatient.02, ePatient.03
    chief_complaint: str | None  # eSituation.04
    primary_impression: str | None  # eSituation.11
    arrest: bool  # eArrest.01
    crew: list[str]  # eCrew.01
    findings: list[str]  # rule ids the station's re-check found
    errors: int
    warnings: int
    received_at: datetime
    reviewed_at: datetime | None
    reviewed_by: str | None
    location_type: str | None = None  # eScene.09


class QaReportPage(Strict):
    total: int  # how many match, counted up to QA_COUNT_CAP
    more: bool  # more than `total` match: narrow the search
    items: list[QaReportRow]


class QaReview(Strict):
    """A reviewer's flag and comment on a report or one of its fields."""

    id: int
    field: str | None  # a field path, or None for the whole report
    flag: ReviewFlag
    comment: str
    reviewer: str
    created_at: datetime


class QaReviewRequest(Strict):
    field: str | None = Field(None, max_length=200, description="a field path, e.g. vitals[<id>].sbp")
    flag: ReviewFlag
    comment: str = Field(min_length=1, max_length=4000)


class QaReviewedRequest(Strict):
    reviewed: bool = Field(description="true: reviewed now by this reviewer; false: back to waiting")


class QaReviewedState(Strict):
    reviewed_at: datetime | None
    reviewed_by: str | None


class QaReportDetail(Strict):
    """One report as the station holds it: the locked report's JSON, its addenda, and the reviews."""

    report: dict[str, Any]
    addenda: list[dict[str, Any]]
    reviews: list[QaReview]
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None
