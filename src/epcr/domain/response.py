"""Who responded and why: eRecord, eResponse and eDispatch."""

from __future__ import annotations

from epcr.domain.fields import Blank, NemsisModel, custom, el
from epcr.domain.nemsis.codes import (
    DispatchDelay,
    DispatchReason,
    EmdPerformed,
    ResponseDelay,
    ResponseMode,
    ResponseModeDescriptor,
    SceneDelay,
    TransportDelay,
    TurnaroundDelay,
    TypeOfService,
    UnitCapability,
)


class FileAgency(NemsisModel):
    """The agency an imported NEMSIS file named in its Header (dAgency.01, .02, .04), kept with the report so
    a re-export writes the same header unless the agency's own settings say otherwise. Empty for a report
    written here: the export takes the agency from eResponse.01 and the settings."""

    state_agency_id: str | None = custom(
        "dAgency.01 EMS Agency Unique State ID of the source file", max_length=50
    )
    agency_number: str | None = custom("dAgency.02 EMS Agency Number of the source file", max_length=15)
    state: str | None = custom("dAgency.04 EMS Agency State of the source file", pattern=r"^[0-9]{2}$")


class Response(NemsisModel):
    """The record and the unit's response to the call."""

    pcr_number: str | None = el("eRecord.01")
    agency_number: str | None = el("eResponse.01")
    agency_name: str | Blank | None = el("eResponse.02")
    incident_number: str | Blank | None = el("eResponse.03")
    response_number: str | Blank | None = el("eResponse.04")
    type_of_service: TypeOfService | None = el("eResponse.05")
    unit_capability: UnitCapability | None = el("eResponse.07")
    dispatch_delays: list[DispatchDelay] | Blank | None = el("eResponse.08")
    response_delays: list[ResponseDelay] | Blank | None = el("eResponse.09")
    scene_delays: list[SceneDelay] | Blank | None = el("eResponse.10")
    transport_delays: list[TransportDelay] | Blank | None = el("eResponse.11")
    turnaround_delays: list[TurnaroundDelay] | Blank | None = el("eResponse.12")
    vehicle_number: str | None = el("eResponse.13")
    call_sign: str | None = el("eResponse.14")
    response_mode: ResponseMode | None = el("eResponse.23")
    response_mode_descriptors: list[ResponseModeDescriptor] | Blank | None = el("eResponse.24")
    standby_purpose: str | None = el("eResponse.06")
    dispatch_location: str | None = el("eResponse.16")  # where the vehicle was when dispatched
    dispatch_gps: str | None = el("eResponse.17")
    dispatch_usng: str | None = el("eResponse.18")  # US National Grid
    odometer_begin: float | None = el("eResponse.19")
    odometer_on_scene: float | None = el("eResponse.20")
    odometer_destination: float | None = el("eResponse.21")
    odometer_end: float | None = el("eResponse.22")
    file_agency: FileAgency | None = None  # the Header of the NEMSIS file it came from, if imported


class Dispatch(NemsisModel):
    """Why the unit was sent."""

    reason: DispatchReason | None = el("eDispatch.01")
    emd_performed: EmdPerformed | Blank | None = el("eDispatch.02")
    emd_determinant: str | None = el("eDispatch.03")
    cad_record_id: str | None = el("eDispatch.06")
    dispatch_center: str | None = el("eDispatch.04")  # name or ID
    dispatch_priority: str | None = el("eDispatch.05")  # patient acuity as dispatched
