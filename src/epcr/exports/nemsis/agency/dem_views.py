"""Typed, read-only views of a DemDocument for the station: pure functions over its trees.

Each field names the NEMSIS element it comes from. A value that is absent or nil (a NOT value) reads as None;
the trees keep the NOT value itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

from epcr.exports.nemsis.agency.dem import DemDocument
from epcr.exports.nemsis.agency.dictionary import words
from epcr.exports.nemsis.agency.element import Element, to_xml
from epcr.rules.scope.dconfiguration import import_toml


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _groups(section: Element | None, name: str) -> list[Element]:
    return section.all(name) if section is not None else []


@dataclass(frozen=True)
class Phone:
    number: str
    kind: str | None  # @PhoneNumberType code (9913001 Fax, 9913009 Work ...)


def _phones(holder: Element, name: str) -> tuple[Phone, ...]:
    return tuple(
        Phone(e.text, e.attrs.get("PhoneNumberType")) for e in holder.all(name) if not e.nil and e.text
    )


# ---- agency ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyHeader:
    state_id: str | None  # dAgency.01 EMS Agency Unique State ID
    number: str | None  # dAgency.02 EMS Agency Number
    name: str | None  # dAgency.03 EMS Agency Name
    state: str | None  # dAgency.04 EMS Agency State (ANSI code)


def agency_header(document: DemDocument) -> AgencyHeader:
    agency = document.agency
    return AgencyHeader(
        agency.value("dAgency.01"),
        agency.value("dAgency.02"),
        agency.value("dAgency.03"),
        agency.value("dAgency.04"),
    )


# ---- personnel ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Licensure:
    state: str | None  # dPersonnel.22 State of Licensure
    licensure_id: str | None  # dPersonnel.23 State's Licensure ID Number
    level: str | None  # dPersonnel.24 State EMS Certification Licensure Level
    expires: date | None  # dPersonnel.27 Current State's Licensure Expiration Date


@dataclass(frozen=True)
class PersonnelMember:
    uuid: str | None  # dPersonnel.PersonnelGroup/@UUID
    last_name: str | None  # dPersonnel.01
    first_name: str | None  # dPersonnel.02
    middle_name: str | None  # dPersonnel.03
    agency_id: str | None  # dPersonnel.21 Agency ID Number: the agency's own staff number
    licensures: tuple[Licensure, ...]  # dPersonnel.LicensureGroup, one per state
    practice_level: str | None  # dPersonnel.38 Practice Level: the level the person works at for this agency
    employment_status: str | None  # dPersonnel.31 Employment Status
    job_role: str | None  # dPersonnel.34 Primary EMS Job Role

    def licensure(self, state: str | None = None) -> Licensure | None:
        """The licensure in `state` (ANSI code), or the first one listed when no state is given."""
        for licensure in self.licensures:
            if state is None or licensure.state == state:
                return licensure
        return None

    def crew_member_id(self, state: str | None = None) -> str | None:
        """The id a report's eCrew.01 carries: NEMSIS defines eCrew.01 Crew Member ID as "the state
        certification/licensure ID number assigned to the crew member", which is dPersonnel.23 (dPersonnel.21
        is the agency's local number, not what a state registry matches on)."""
        licensure = self.licensure(state)
        return licensure.licensure_id if licensure else None

    def level(self, state: str | None = None) -> str | None:
        """The certification level to check scope against: dPersonnel.38, the level the person practises at
        for this agency (a paramedic may work as an EMT); else dPersonnel.24, the state licensure level."""
        if self.practice_level:
            return self.practice_level
        licensure = self.licensure(state)
        return licensure.level if licensure else None


def personnel(document: DemDocument) -> list[PersonnelMember]:
    members = []
    for group in _groups(document.personnel, "dPersonnel.PersonnelGroup"):
        name = group.first("dPersonnel.NameGroup") or Element("dPersonnel.NameGroup")
        licensures = tuple(
            Licensure(
                g.value("dPersonnel.22"),
                g.value("dPersonnel.23"),
                g.value("dPersonnel.24"),
                _date(g.value("dPersonnel.27")),
            )
            for g in group.all("dPersonnel.LicensureGroup")
        )
        practice = [g.value("dPersonnel.38") for g in group.all("dPersonnel.CertificationLevelGroup")]
        members.append(
            PersonnelMember(
                uuid=group.attrs.get("UUID"),
                last_name=name.value("dPersonnel.01"),
                first_name=name.value("dPersonnel.02"),
                middle_name=name.value("dPersonnel.03"),
                agency_id=group.value("dPersonnel.21"),
                licensures=licensures,
                practice_level=next((level for level in practice if level), None),
                employment_status=group.value("dPersonnel.31"),
                job_role=group.value("dPersonnel.34"),
            )
        )
    return members


# ---- vehicles, locations, devices -----------------------------------------------------------------------


@dataclass(frozen=True)
class Vehicle:
    uuid: str | None  # dVehicle.VehicleGroup/@UUID
    number: str | None  # dVehicle.01 Unit/Vehicle Number
    vin: str | None  # dVehicle.02 Vehicle Identification Number
    call_sign: str | None  # dVehicle.03 EMS Unit Call Sign
    kind: str | None  # dVehicle.04 Vehicle Type (code)
    model_year: int | None  # dVehicle.10 Vehicle Model Year


def vehicles(document: DemDocument) -> list[Vehicle]:
    return [
        Vehicle(
            g.attrs.get("UUID"),
            g.value("dVehicle.01"),
            g.value("dVehicle.02"),
            g.value("dVehicle.03"),
            g.value("dVehicle.04"),
            _int(g.value("dVehicle.10")),
        )
        for g in _groups(document.vehicle, "dVehicle.VehicleGroup")
    ]


@dataclass(frozen=True)
class Location:
    uuid: str | None  # dLocation.LocationGroup/@UUID
    kind: str | None  # dLocation.01 EMS Location Type (code)
    name: str | None  # dLocation.02 EMS Location Name
    number: str | None  # dLocation.03 EMS Location Number
    gps: str | None  # dLocation.04 GPS ("lat,long")
    usng: str | None  # dLocation.05 US National Grid
    street: str | None  # dLocation.06 Address
    city: str | None  # dLocation.07 City (GNIS code)
    state: str | None  # dLocation.08 State (ANSI code)
    zip_code: str | None  # dLocation.09 ZIP Code
    county: str | None  # dLocation.10 County (ANSI code)
    country: str | None  # dLocation.11 Country
    phones: tuple[Phone, ...]  # dLocation.12 Phone Number


def locations(document: DemDocument) -> list[Location]:
    found = []
    for g in _groups(document.location, "dLocation.LocationGroup"):
        found.append(
            Location(
                uuid=g.attrs.get("UUID"),
                kind=g.value("dLocation.01"),
                name=g.value("dLocation.02"),
                number=g.value("dLocation.03"),
                gps=g.value("dLocation.04"),
                usng=g.value("dLocation.05"),
                street=g.value("dLocation.06"),
                city=g.value("dLocation.07"),
                state=g.value("dLocation.08"),
                zip_code=g.value("dLocation.09"),
                county=g.value("dLocation.10"),
                country=g.value("dLocation.11"),
                phones=_phones(g, "dLocation.12"),
            )
        )
    return found


@dataclass(frozen=True)
class MedicalDevice:
    uuid: str | None  # dDevice.DeviceGroup/@UUID
    serial_number: str | None  # dDevice.01 Medical Device Serial Number
    name: str | None  # dDevice.02 Medical Device Name or ID
    kinds: tuple[str, ...]  # dDevice.03 Medical Device Type (codes)
    manufacturer: str | None  # dDevice.04 Medical Device Manufacturer


def medical_devices(document: DemDocument) -> list[MedicalDevice]:
    return [
        MedicalDevice(
            g.attrs.get("UUID"),
            g.value("dDevice.01"),
            g.value("dDevice.02"),
            tuple(g.values("dDevice.03")),
            g.value("dDevice.04"),
        )
        for g in _groups(document.device, "dDevice.DeviceGroup")
    ]


# ---- facilities -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Designation:
    code: str  # dFacility.04 Hospital Designations code
    words: str | None  # its description in the data dictionary ("Trauma Center Level 1")


@dataclass(frozen=True)
class Facility:
    uuid: str | None  # dFacility.FacilityGroup/@UUID
    kind: str | None  # dFacility.01 Type of Facility (of the dFacilityGroup it sits in)
    name: str | None  # dFacility.02 Facility Name
    code: str | None  # dFacility.03 Facility Location Code
    designations: tuple[Designation, ...]  # dFacility.04 Hospital Designations
    npis: tuple[str, ...]  # dFacility.05 National Provider Identifier
    street: str | None  # dFacility.07 Street Address
    street2: str | None  # dFacility.07/@StreetAddress2
    city: str | None  # dFacility.08 City (GNIS code)
    state: str | None  # dFacility.09 State (ANSI code)
    zip_code: str | None  # dFacility.10 ZIP Code
    county: str | None  # dFacility.11 County (ANSI code)
    country: str | None  # dFacility.12 Country
    gps: str | None  # dFacility.13 GPS Location ("lat,long")
    phones: tuple[Phone, ...]  # dFacility.15 Phone Number


def facilities(document: DemDocument) -> list[Facility]:
    found = []
    for by_type in _groups(document.facility, "dFacilityGroup"):
        kind = by_type.value("dFacility.01")
        for g in by_type.all("dFacility.FacilityGroup"):
            street = g.first("dFacility.07")
            found.append(
                Facility(
                    uuid=g.attrs.get("UUID"),
                    kind=kind,
                    name=g.value("dFacility.02"),
                    code=g.value("dFacility.03"),
                    designations=tuple(
                        Designation(code, words("dFacility.04", code)) for code in g.values("dFacility.04")
                    ),
                    npis=tuple(g.values("dFacility.05")),
                    street=g.value("dFacility.07"),
                    street2=street.attrs.get("StreetAddress2") if street is not None else None,
                    city=g.value("dFacility.08"),
                    state=g.value("dFacility.09"),
                    zip_code=g.value("dFacility.10"),
                    county=g.value("dFacility.11"),
                    country=g.value("dFacility.12"),
                    gps=g.value("dFacility.13"),
                    phones=_phones(g, "dFacility.15"),
                )
            )
    return found


# ---- scope ----------------------------------------------------------------------------------------------


def scope_table_toml(document: DemDocument, table_id: str, name: str, jurisdiction: str) -> str:
    """The agency's scope table (dConfiguration.06-.09) as a scope table file, through the same import the
    `epcr-admin` dConfiguration command uses."""
    xml = etree.tostring(to_xml(document.configuration))
    return import_toml(xml, table_id, name, jurisdiction)
