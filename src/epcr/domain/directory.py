"""The agency's directory in NEMSIS DEM terms: its destinations (dFacility), vehicles (dVehicle) and stations
(dLocation), as the station keeps them and devices pull them; and what a picked destination fills in a report.

Each field names its DEM element; text is checked against the facets of the report element it fills (the
same NEMSIS data type), so a directory row can never put into a report what the report would refuse.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from epcr.domain.fields import check_value
from epcr.domain.nemsis.codes import DestinationType, FacilityType, HospitalDesignation
from epcr.domain.nemsis.elements import ELEMENTS

MAX_FACILITIES = 5_000  # a state's whole facility list fits; more is a wrong file, refused whole
MAX_VEHICLES = 1_000
MAX_LOCATIONS = 1_000


def dem(element: str) -> Any:
    """An optional field and the DEM element it holds (kept in the JSON schema as `nemsis`)."""
    return Field(None, json_schema_extra={"nemsis": element})


# The report element whose facets a directory field must meet (same NEMSIS data type in both data sets).
_SAME_TYPE = {
    "name": "eDisposition.01",
    "code": "eDisposition.02",
    "street": "eDisposition.03",
    "state": "eDisposition.05",
    "county": "eDisposition.06",
    "zip": "eDisposition.07",
    "country": "eDisposition.08",
    "gps": "eDisposition.09",
    "usng": "eDisposition.10",
    "number": "eResponse.13",
    "call_sign": "eResponse.14",
}


class DirectoryRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The group's whole element tree as the DEM reader gave it; kept, never read here.
    source: dict[str, Any] | None = None

    @field_validator(*_SAME_TYPE, mode="after", check_fields=False)
    @classmethod
    def _facets(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None:
            check_value(ELEMENTS[_SAME_TYPE[info.field_name or ""]], value)
        return value


class Facility(DirectoryRow):
    """One dFacility.FacilityGroup: a destination the agency transports to."""

    facility_type: FacilityType | None = dem("dFacility.01")
    name: str = Field(json_schema_extra={"nemsis": "dFacility.02"})  # a destination nobody can name: useless
    code: str | None = dem("dFacility.03")
    designations: list[HospitalDesignation] = Field([], json_schema_extra={"nemsis": "dFacility.04"})
    npi: list[str] = Field([], max_length=20, json_schema_extra={"nemsis": "dFacility.05"})
    room: str | None = Field(None, max_length=15, json_schema_extra={"nemsis": "dFacility.06"})
    street: str | None = dem("dFacility.07")
    city: int | None = Field(None, ge=0, json_schema_extra={"nemsis": "dFacility.08"})  # GNIS code
    state: str | None = dem("dFacility.09")
    zip: str | None = dem("dFacility.10")
    county: str | None = dem("dFacility.11")
    country: str | None = dem("dFacility.12")
    gps: str | None = dem("dFacility.13")
    usng: str | None = dem("dFacility.14")
    phones: list[str] = Field([], max_length=20, json_schema_extra={"nemsis": "dFacility.15"})


class Vehicle(DirectoryRow):
    """One dVehicle.VehicleGroup: a unit the agency runs calls with."""

    number: str = Field(json_schema_extra={"nemsis": "dVehicle.01"})
    vin: str | None = Field(None, min_length=17, max_length=17, json_schema_extra={"nemsis": "dVehicle.02"})
    call_sign: str | None = dem("dVehicle.03")
    vehicle_type: str | None = Field(None, pattern=r"^[0-9]{7}$", json_schema_extra={"nemsis": "dVehicle.04"})
    model_year: int | None = Field(None, ge=1900, le=2100, json_schema_extra={"nemsis": "dVehicle.10"})


class Location(DirectoryRow):
    """One dLocation.LocationGroup: a station or staging area of the agency."""

    location_type: str | None = Field(
        None, pattern=r"^[0-9]{7}$", json_schema_extra={"nemsis": "dLocation.01"}
    )
    name: str | None = dem("dLocation.02")
    # Not `number`: a station number may be 50 characters, a vehicle's (eResponse.13) only 25.
    station_number: str | None = Field(
        None, min_length=1, max_length=50, json_schema_extra={"nemsis": "dLocation.03"}
    )
    gps: str | None = dem("dLocation.04")
    usng: str | None = dem("dLocation.05")
    street: str | None = dem("dLocation.06")
    city: int | None = Field(None, ge=0, json_schema_extra={"nemsis": "dLocation.07"})  # GNIS code
    state: str | None = dem("dLocation.08")
    zip: str | None = dem("dLocation.09")
    county: str | None = dem("dLocation.10")
    country: str | None = dem("dLocation.11")
    phones: list[str] = Field([], max_length=20, json_schema_extra={"nemsis": "dLocation.12"})


# dFacility.01 -> eDisposition.21 where both lists name the same kind of place (the same official label).
# "Hospital" has none: the report must say emergency department or another bed, which only the crew knows.
DESTINATION_TYPE: dict[FacilityType, DestinationType] = {
    kind: destination
    for kind in FacilityType
    for destination in DestinationType
    if kind.label == destination.label
}


def destination_fields(facility: Facility) -> dict[str, Any]:
    """What picking `facility` writes into a report: field path -> JSON value, every eDisposition element
    the facility knows (.01-.09, .21); one it does not know is cleared, so a second pick leaves nothing of the
    first. eDisposition.23 (the capability that mattered for this patient) stays the crew's choice."""
    kind = DESTINATION_TYPE.get(facility.facility_type) if facility.facility_type else None
    return {
        "disposition.destination_name": facility.name,  # eDisposition.01
        "disposition.destination_code": facility.code,  # .02
        "disposition.destination_street": facility.street,  # .03
        "disposition.destination_city": facility.city,  # .04
        "disposition.destination_state": facility.state,  # .05
        "disposition.destination_county": facility.county,  # .06
        "disposition.destination_zip": facility.zip,  # .07
        "disposition.destination_country": facility.country,  # .08
        "disposition.destination_gps": facility.gps,  # .09
        "disposition.destination_usng": facility.usng,  # .10
        "disposition.destination_type": kind.value if kind else None,  # .21
    }


def unit_fields(vehicle: Vehicle) -> dict[str, Any]:
    """What picking `vehicle` writes: eResponse.13 and .14; a vehicle with no call sign clears it (the crew
    types it) rather than leave the call sign of a unit picked before."""
    return {"response.vehicle_number": vehicle.number, "response.call_sign": vehicle.call_sign}


def designation_words(facility: Facility) -> str:
    """The designations in words, e.g. "Trauma Center Level 1, Cardiac-STEMI/PCI Capable"."""
    return ", ".join(code.label for code in facility.designations)


def search_text(facility: Facility) -> str:
    """What type-to-search matches: the name, code, type and designations."""
    kind = facility.facility_type.label if facility.facility_type else ""
    return " ".join([facility.name, facility.code or "", kind, designation_words(facility)]).casefold()
