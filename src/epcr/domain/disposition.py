"""How the call ended (eDisposition): the .27-.30 chain, destination, transport, level of care."""

from __future__ import annotations

from pydantic import AwareDatetime

from epcr.domain.fields import Blank, NemsisModel, attribute, custom, el, group
from epcr.domain.nemsis.codes import (
    AcuityOnRelease,
    CrewDisposition,
    DestinationReason,
    DestinationType,
    LevelOfCare,
    PatientEvaluationCare,
    PreArrivalAlert,
    RefusalReason,
    TransportDisposition,
    TransportMethod,
    TransportMode,
    TransportModeDescriptor,
    UnitDisposition,
)


class TeamActivation(NemsisModel):
    """eDisposition.HospitalTeamActivationGroup beyond the first: one more pre-arrival alert or team
    activation and its time (the first group is the disposition's own pre_arrival_alert and _at)."""

    alert: PreArrivalAlert | Blank | None = el("eDisposition.24")
    alert_at: AwareDatetime | Blank | None = el("eDisposition.25")


class Disposition(NemsisModel):
    unit_disposition: UnitDisposition | None = el("eDisposition.27")
    patient_evaluation_care: PatientEvaluationCare | Blank | None = el("eDisposition.28")
    crew_disposition: CrewDisposition | Blank | None = el("eDisposition.29")
    transport_disposition: TransportDisposition | Blank | None = el("eDisposition.30")
    refusal_reasons: list[RefusalReason] | None = el("eDisposition.31")
    destination_name: str | Blank | None = el("eDisposition.01")
    destination_code: str | Blank | None = el("eDisposition.02")
    destination_state: str | Blank | None = el("eDisposition.05")
    destination_county: str | Blank | None = el("eDisposition.06")
    destination_zip: str | Blank | None = el("eDisposition.07")
    transport_method: TransportMethod | Blank | None = el("eDisposition.16")
    transport_mode: TransportMode | Blank | None = el("eDisposition.17")
    transport_mode_descriptors: list[TransportModeDescriptor] | Blank | None = el("eDisposition.18")
    acuity_on_release: AcuityOnRelease | Blank | None = el("eDisposition.19")
    destination_reasons: list[DestinationReason] | Blank | None = el("eDisposition.20")
    destination_type: DestinationType | Blank | None = el("eDisposition.21")
    pre_arrival_alert: PreArrivalAlert | Blank | None = el("eDisposition.24")
    pre_arrival_alert_at: AwareDatetime | Blank | None = el("eDisposition.25")
    further_alerts: list[TeamActivation] = group("eDisposition.HospitalTeamActivationGroup", further=True)
    destination_street: str | None = el("eDisposition.03")
    destination_street_line_2: str | None = attribute("eDisposition.03", "StreetAddress2")
    destination_city: int | None = el("eDisposition.04")  # GNIS code
    destination_country: str | None = el("eDisposition.08")
    destination_gps: str | None = el("eDisposition.09")
    destination_usng: str | None = el("eDisposition.10")  # US National Grid
    patients_transported: int | Blank | None = el("eDisposition.11")  # in this unit
    moved_to_ambulance: list[str] | None = el("eDisposition.13")
    transport_position: list[str] | None = el("eDisposition.14")
    moved_from_ambulance: list[str] | None = el("eDisposition.15")
    hospital_inpatient_destination: str | Blank | None = el("eDisposition.22")
    hospital_capability: list[str] | Blank | None = el("eDisposition.23")
    instructions_provided: list[str] | None = el("eDisposition.26")
    level_of_care: LevelOfCare | Blank | None = el("eDisposition.32")
    care_transferred_to: str | None = custom(
        "Name and role of the clinician who took over care", max_length=200
    )
