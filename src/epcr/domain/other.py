"""eOther: review requested, registries, disaster type, who completed the report, each crew member's
protective equipment and work-related exposure, and the files attached to the report. (Signatures, also
eOther, are their own part: `signatures`; the PDF of the report is attached at export.)"""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import Field

from epcr.domain.fields import Blank, NemsisModel, el, group


class CrewExposure(NemsisModel):
    """eOther.EMSCrewMemberGroup: one crew member's protective equipment and work-related exposure."""

    protective_equipment: list[str] | None = el("eOther.03")
    member_id: str | None = el("eOther.04")  # eCrew.01 of that member
    work_related_exposure: str | Blank | None = el("eOther.05")  # suspected exposure, injury or death
    exposure_types: list[str] | Blank | None = el("eOther.06")


class Attachment(NemsisModel):
    """eOther.FileGroup: a file attached to the report (an ECG strip, a DNR, a refusal sheet, a photo)."""

    id: UUID = Field(default_factory=uuid4)  # stored on its own: a file is large, the rest is not
    document_type: str | None = el("eOther.09")  # 4509xxx External Electronic Document Type
    file_type: str | None = el("eOther.10")  # e.g. application/pdf, image/jpeg
    data: str | None = el("eOther.11")  # base64, at most 10 MiB (fields.MAX_BINARY_BYTES)
    file_name: str | None = el("eOther.22")


class Other(NemsisModel):
    review_requested: str | None = el("eOther.01")
    registries: list[str] | None = el("eOther.02")  # potential system of care / specialty registry patient
    crew_exposures: list[CrewExposure] = group("eOther.EMSCrewMemberGroup")
    disaster_type: list[str] | None = el("eOther.07")  # natural, suspected, intentional or unintentional
    completed_by: str | Blank | None = el("eOther.08")  # the crew member completing this report
    attachments: list[Attachment] = group("eOther.FileGroup")
