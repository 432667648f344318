"""The sync protocol between a device and its station (docs/sync.md). Both sides import these models."""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from epcr.domain.fields import check_value
from epcr.domain.nemsis.codes import TypeOfService, UnitCapability
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.unit import check_pattern
from epcr.security.accounts import Account

API = "/v1"
MAX_BATCH = 100  # items per push request
MAX_BODY_BYTES = 8 * 1024 * 1024  # a push larger than this is refused with 413


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


class PushItem(Strict):
    kind: Kind
    uuid: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    report_uuid: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    version: int = Field(ge=1)
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
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
    """One published version: the agency's scope table (TOML, over the national one) and its settings."""

    version: int = Field(ge=1)
    scope_toml: str | None = Field(None, max_length=1_000_000)
    settings: AgencySettings
    published_at: str


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


class AuditAnchor(Strict):
    """The chain position the station anchored last for this device."""

    entries: int = Field(ge=0)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class AuditHead(Strict):
    """The device's audit chain now, and its own hash at the entry the station anchored last."""

    entries: int = Field(ge=0)
    last_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    at_anchor: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")  # None: no anchor yet, or entry gone


class AuditVerdict(Strict):
    verdict: str  # first | extends | same | diverged
    detail: str | None = None
