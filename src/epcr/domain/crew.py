"""The crew on the unit (eCrew), with what each member is certified to do."""

from __future__ import annotations

from datetime import date
from typing import Self
from uuid import UUID, uuid4

from pydantic import Field, model_validator

from epcr.domain.fields import Blank, NemsisModel, custom, el
from epcr.domain.levels import Level
from epcr.domain.nemsis.codes import CrewLevel, ResponseRole

# The eCrew.02 codes of our certification ladder: a member at one of them holds it in `level`.
LADDER_CODES = frozenset(level.crew_code for level in Level)


class CrewMember(NemsisModel):
    id: UUID = Field(default_factory=uuid4)
    member_id: str | Blank | None = el("eCrew.01")
    name: str | None = custom(
        "Crew member's full name (dPersonnel, looked up from the roster)", max_length=120
    )
    level: Level | None = custom("Certification level on our ladder; exported as eCrew.02")
    # eCrew.02 exactly as documented when it is not a level of our ladder (9925043 Registered Nurse ...), or
    # blank on purpose. No scope table of ours covers such a level: scope rules never treat it as checked.
    other_level: CrewLevel | Blank | None = el("eCrew.02")
    certification_number: str | None = custom(
        "State certification/licence number (dPersonnel.23)", max_length=50
    )
    certification_expires: date | None = custom("Certification expiry date (dPersonnel.27)")
    endorsements: list[str] = custom("Endorsements held, e.g. 'IV/IO initiation'", default_factory=list)
    roles: list[ResponseRole] | Blank = el("eCrew.03", default_factory=list)

    @model_validator(mode="after")
    def _one_level(self) -> Self:
        if self.other_level is not None and self.level is not None:
            raise ValueError("other_level: a member has one level; clear level or other_level")
        if self.other_level in LADDER_CODES:
            raise ValueError(f"other_level: {self.other_level} is a level of our ladder; set it as level")
        return self
