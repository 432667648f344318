"""What a new report starts with, because the device already knows it: the logged-in EMT as primary caregiver
(eCrew), the agency and its defaults (eResponse.01/.02/.05/.07) from the station's settings, the unit this
device rides in (eResponse.13/.14, and .07 when it says), and the PCR number (eRecord.01) from the agency's
pattern and this device's counter. Nothing here is required: without settings a new report starts empty."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from epcr.domain.crew import CrewMember
from epcr.domain.nemsis.codes import ResponseRole
from epcr.domain.report import Lifecycle, Report
from epcr.domain.response import Response
from epcr.domain.unit import Unit, format_number
from epcr.security.accounts import Account
from epcr.security.roles import Role
from epcr.store import unit as unit_store
from epcr.sync.protocol import AgencySettings

# eCrew.03: the roles the lock gate looks for (rules/checks/completeness.py) and the partner's usual ones
PRIMARY_CAREGIVER = [
    ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
    ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
]
DRIVER = [ResponseRole.DRIVER_PILOT_RESPONSE, ResponseRole.DRIVER_PILOT_TRANSPORT]
_TRIES = 100  # numbers already taken (an import, a changed pattern) are skipped, this many at most


def crew_entry(account: Account, roles: Sequence[ResponseRole]) -> dict[str, Any]:
    """A crew member (eCrew) as their account knows them: id, name, level, certification and endorsements."""
    return {
        "member_id": account.id,  # eCrew.01
        "name": account.name,
        "level": account.level.value if account.level else None,  # eCrew.02 on export
        "certification_number": account.certification_number,
        "certification_expires": account.certification_expires.isoformat()
        if account.certification_expires
        else None,
        "endorsements": list(account.endorsements),
        "roles": [role.value for role in roles],  # eCrew.03
    }


def response_fields(agency: AgencySettings | None, unit: Unit | None) -> dict[str, Any]:
    """eResponse from the agency's settings and the device's unit; a value the element refuses is left out."""
    fields = {
        "agency_number": agency.agency_number if agency else None,  # eResponse.01
        "agency_name": agency.agency_name if agency else None,  # eResponse.02
        "type_of_service": agency.type_of_service if agency else None,  # eResponse.05
        "unit_capability": (unit.unit_capability if unit else None)  # eResponse.07: the unit's own first
        or (agency.unit_capability if agency else None),
        "vehicle_number": unit.vehicle_number if unit else None,  # eResponse.13
        "call_sign": unit.call_sign if unit else None,  # eResponse.14
    }
    return _valid(Response, {name: value for name, value in fields.items() if value})


def pcr_number(
    db: sqlite3.Connection, pattern: str, at: datetime, unit: Unit | None, agency_number: str | None
) -> str | None:
    """The next free number the pattern gives, counted in the caller's transaction (so two reports never
    share one); None when the pattern cannot be filled here (it names a unit and none is set)."""
    on = at.astimezone().date()  # the crew's local date: a call at 00:30 belongs to the new year
    vehicle = unit.vehicle_number if unit else None
    seq = unit_store.last_sequence(db)
    for _ in range(_TRIES):
        seq += 1
        number = format_number(pattern, on, seq, vehicle, agency_number)
        if number is None:
            return None
        if not unit_store.pcr_number_taken(db, number):
            unit_store.take_sequence(db, seq)
            return number
    return None


def new_report(
    db: sqlite3.Connection,
    account: Account,
    agency: AgencySettings | None,
    now: datetime,
    given: Mapping[str, Any] | None = None,
) -> Report:
    """A new draft by `account`: prefilled, then `given` sections on top (a given field wins over a prefilled
    one; a given model or list replaces the section). Runs inside the transaction that stores it."""
    given = dict(given or {})
    unit = unit_store.get(db)
    data: dict[str, Any] = {"response": response_fields(agency, unit)}
    if account.role is Role.EMT:
        me = crew_entry(account, PRIMARY_CAREGIVER)
        data["crew"] = [me] if _valid(CrewMember, me) == me else []
    wants_number = not isinstance(given.get("response"), BaseModel) and "pcr_number" not in (
        given.get("response") or {}
    )
    if agency and agency.pcr_number_pattern and wants_number:
        number = pcr_number(db, agency.pcr_number_pattern, now, unit, agency.agency_number)
        if number is not None:
            data["response"]["pcr_number"] = number  # eRecord.01
    for key, value in given.items():
        mine = data.get(key)
        data[key] = {**mine, **value} if isinstance(mine, dict) and isinstance(value, Mapping) else value
    return Report.model_validate({"lifecycle": Lifecycle(created_at=now, created_by=account.id), **data})


def _valid(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """`data` without the fields `model` refuses: a setting that does not fit never blocks a new report."""
    while data:
        try:
            model.model_validate(data)
            return data
        except ValidationError as error:
            bad = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
            if not bad & data.keys():
                return {}
            data = {k: v for k, v in data.items() if k not in bad}
    return data


__all__ = ["DRIVER", "PRIMARY_CAREGIVER", "crew_entry", "new_report", "pcr_number", "response_fields"]
