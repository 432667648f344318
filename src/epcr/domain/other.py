"""eOther: review requested, registries, disaster type, who completed the report, and each crew member's
protective equipment and work-related exposure. (Signatures and attachments, also eOther, are their own
parts: `signatures`, and the PDF attached at export.)"""

from __future__ import annotations

from epcr.domain.fields import Blank, NemsisModel, el, group


class CrewExposure(NemsisModel):
    """eOther.EMSCrewMemberGroup: one crew member's protective equipment and work-related exposure."""

    protective_equipment: list[str] | None = el("eOther.03")
    member_id: str | None = el("eOther.04")  # eCrew.01 of that member
    work_related_exposure: str | Blank | None = el("eOther.05")  # suspected exposure, injury or death
    exposure_types: list[str] | Blank | None = el("eOther.06")


class Other(NemsisModel):
    review_requested: str | None = el("eOther.01")
    registries: list[str] | None = el("eOther.02")  # potential system of care / specialty registry patient
    crew_exposures: list[CrewExposure] = group("eOther.EMSCrewMemberGroup")
    disaster_type: list[str] | None = el("eOther.07")  # natural, suspected, intentional or unintentional
    completed_by: str | Blank | None = el("eOther.08")  # the crew member completing this report
