"""The crew on the unit (eCrew), with what each member is certified to do."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from pydantic import Field

from epcr.domain.fields import NemsisModel, custom, el
from epcr.domain.levels import Level
from epcr.domain.nemsis.codes import ResponseRole


class CrewMember(NemsisModel):
    id: UUID = Field(default_factory=uuid4)
    member_id: str | None = el("eCrew.01")
    name: str | None = custom(
        "Crew member's full name (dPersonnel, looked up from the roster)", max_length=120
    )
    level: Level | None = custom("Certification level on our ladder; exported as eCrew.02")
    certification_number: str | None = custom(
        "State certification/licence number (dPersonnel.23)", max_length=50
    )
    certification_expires: date | None = custom("Certification expiry date (dPersonnel.27)")
    endorsements: list[str] = custom("Endorsements held, e.g. 'IV/IO initiation'", default_factory=list)
    roles: list[ResponseRole] = el("eCrew.03", default_factory=list)
