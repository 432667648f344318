"""The call's clock: eTimes.01-.17, every one timezone-aware."""

from __future__ import annotations

from pydantic import AwareDatetime

from epcr.domain.fields import Blank, NemsisModel, el


class Times(NemsisModel):
    psap_call: AwareDatetime | Blank | None = el("eTimes.01")
    dispatch_notified: AwareDatetime | None = el("eTimes.02")
    unit_notified: AwareDatetime | None = el("eTimes.03")
    dispatch_acknowledged: AwareDatetime | None = el("eTimes.04")
    en_route: AwareDatetime | Blank | None = el("eTimes.05")
    arrived_on_scene: AwareDatetime | Blank | None = el("eTimes.06")
    arrived_at_patient: AwareDatetime | Blank | None = el("eTimes.07")
    transfer_to_other_ems: AwareDatetime | Blank | None = el("eTimes.08")
    left_scene: AwareDatetime | Blank | None = el("eTimes.09")
    arrived_at_landing_area: AwareDatetime | None = el("eTimes.10")
    arrived_at_destination: AwareDatetime | Blank | None = el("eTimes.11")
    transfer_of_care: AwareDatetime | Blank | None = el("eTimes.12")
    back_in_service: AwareDatetime | None = el("eTimes.13")
    canceled: AwareDatetime | None = el("eTimes.14")
    back_at_home: AwareDatetime | None = el("eTimes.15")
    call_completed: AwareDatetime | None = el("eTimes.16")
    arrived_at_staging: AwareDatetime | None = el("eTimes.17")
