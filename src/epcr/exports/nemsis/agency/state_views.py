"""Typed, read-only views of a StateDocument, the material of the state's lock rules and pick lists.

NEMSIS v3.5.1's StateDataSet has no per-element code restriction section: what it restricts is sConfiguration
(the certification levels the state recognises, the procedures and medications each level may give, the
protocols it permits), given here as `Permissions`. sElement lists the elements the state collects, without a
required/recommended split; a state custom element's usage is in its definition (…CustomConfiguration.05)."""

from __future__ import annotations

from dataclasses import dataclass

from epcr.exports.nemsis.agency.element import Element
from epcr.exports.nemsis.agency.state import StateDocument

YES = "9923003"  # YesNoValues: Yes (9923001 is No)
USAGE = {"9903001": "Mandatory", "9903003": "Required", "9903005": "Recommended", "9903007": "Optional"}


def state_code(document: StateDocument) -> str | None:
    return document.state.value("sState.01")  # sState.01 the state's ANSI code


# ---- collected elements ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CollectedElements:
    """sElement.01 State Collected Element: every element the state collects or requires."""

    elements: tuple[str, ...]  # element ids as listed (dAgency.01, eVitals.06 ...)

    @property
    def agency(self) -> frozenset[str]:
        """The DEMDataSet elements the state collects (d...)."""
        return frozenset(e for e in self.elements if e.startswith("d"))

    @property
    def report(self) -> frozenset[str]:
        """The EMSDataSet elements the state collects (e...): what a report must carry for this state."""
        return frozenset(e for e in self.elements if e.startswith("e"))


def collected_elements(document: StateDocument) -> CollectedElements:
    return CollectedElements(tuple(document.elements.values("sElement.01")))


# ---- custom elements ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomValue:
    code: str  # …CustomConfiguration.06 Custom Data Element Potential Values
    nemsis_code: str | None  # @nemsisCode: the NEMSIS code it stands for, if any
    description: str | None  # @customValueDescription


@dataclass(frozen=True)
class CustomElement:
    """A custom element of the state (seCustomConfiguration: reports; sdCustomConfiguration: agencies)."""

    element_id: str  # …CustomGroup/@CustomElementID
    for_agency: bool  # True for sdCustomConfiguration (DEM), False for seCustomConfiguration (EMS)
    title: str | None  # …CustomConfiguration.01 Custom Data Element Title
    nemsis_element: str | None  # .01/@nemsisElement: the NEMSIS element or group it belongs with
    definition: str | None  # .02 Custom Definition
    data_type: str | None  # .03 Custom Data Type (code)
    recurs: bool  # .04 Custom Data Element Recurrence (9923003 Yes)
    usage: str | None  # .05 Custom Data Element Usage, in words (Mandatory, Required, Recommended, Optional)
    values: tuple[CustomValue, ...]  # .06 Potential Values (none: free entry of the data type)
    not_values: tuple[str, ...]  # .07 Acceptable NOT values
    pertinent_negatives: tuple[str, ...]  # .08 Acceptable pertinent negatives
    grouping_id: str | None  # .09 Custom Data Element Grouping ID


def _custom(section: Element | None, prefix: str, for_agency: bool) -> list[CustomElement]:
    found = []
    for g in section.all(f"{prefix}.CustomGroup") if section is not None else []:
        title = g.first(f"{prefix}.01")
        usage = g.value(f"{prefix}.05")
        found.append(
            CustomElement(
                element_id=g.attrs["CustomElementID"],  # required by the XSD
                for_agency=for_agency,
                title=g.value(f"{prefix}.01"),
                nemsis_element=title.attrs.get("nemsisElement") if title is not None else None,
                definition=g.value(f"{prefix}.02"),
                data_type=g.value(f"{prefix}.03"),
                recurs=g.value(f"{prefix}.04") == YES,
                usage=USAGE.get(usage or "", usage),
                values=tuple(
                    CustomValue(v.text, v.attrs.get("nemsisCode"), v.attrs.get("customValueDescription"))
                    for v in g.all(f"{prefix}.06")
                    if v.text is not None
                ),
                not_values=tuple(g.values(f"{prefix}.07")),
                pertinent_negatives=tuple(g.values(f"{prefix}.08")),
                grouping_id=g.value(f"{prefix}.09"),
            )
        )
    return found


def custom_elements(document: StateDocument) -> list[CustomElement]:
    """The state's custom elements: those of a report first, then those of an agency."""
    return [
        *_custom(document.ems_custom_configuration, "seCustomConfiguration", for_agency=False),
        *_custom(document.dem_custom_configuration, "sdCustomConfiguration", for_agency=True),
    ]


# ---- permissions (the state's code restrictions) --------------------------------------------------------


@dataclass(frozen=True)
class Permitted:
    level: str  # sConfiguration.02 / .04: the certification level (code)
    codes: tuple[str, ...]  # sConfiguration.03 procedures (SNOMED CT) / .05 medications
    code_types: tuple[
        str | None, ...
    ]  # .05/@CodeType per medication (9924003 RxNorm ...); None for procedures


@dataclass(frozen=True)
class Permissions:
    levels: tuple[str, ...]  # sConfiguration.01 State Certification/Licensure Levels (codes)
    procedures: tuple[Permitted, ...]  # sConfiguration.ProcedureGroup: procedures permitted per level
    medications: tuple[Permitted, ...]  # sConfiguration.MedicationGroup: medications permitted per level
    protocols: tuple[str, ...]  # sConfiguration.06 Protocols Permitted by the State (codes)


def _permitted(
    configuration: Element, group: str, level: str, code: str, typed: bool
) -> tuple[Permitted, ...]:
    found = []
    for g in configuration.all(group):
        listed = [e for e in g.all(code) if not e.nil and e.text]
        found.append(
            Permitted(
                g.value(level) or "",
                tuple(e.text or "" for e in listed),
                tuple(e.attrs.get("CodeType") if typed else None for e in listed),
            )
        )
    return tuple(p for p in found if p.level)


def permissions(document: StateDocument) -> Permissions:
    c = document.configuration
    return Permissions(
        levels=tuple(c.values("sConfiguration.01")),
        procedures=_permitted(
            c, "sConfiguration.ProcedureGroup", "sConfiguration.02", "sConfiguration.03", False
        ),
        medications=_permitted(
            c, "sConfiguration.MedicationGroup", "sConfiguration.04", "sConfiguration.05", True
        ),
        protocols=tuple(c.values("sConfiguration.06")),
    )


# ---- agencies and facilities ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StateAgency:
    state_id: str | None  # sAgency.01 EMS Agency Unique State ID
    number: str | None  # sAgency.02 EMS Agency Number
    name: str | None  # sAgency.03 EMS Agency Name


def agencies(document: StateDocument) -> list[StateAgency]:
    groups = document.agencies.all("sAgencyGroup") if document.agencies is not None else []
    return [StateAgency(g.value("sAgency.01"), g.value("sAgency.02"), g.value("sAgency.03")) for g in groups]


@dataclass(frozen=True)
class StateFacility:
    kind: str | None  # sFacility.01 Type of Facility (of the sFacilityGroup it sits in)
    name: str | None  # sFacility.02 Facility Name
    code: str | None  # sFacility.03 Facility Location Code
    designations: tuple[str, ...]  # sFacility.04 Hospital Designations (codes)
    npis: tuple[str, ...]  # sFacility.05 National Provider Identifier
    street: str | None  # sFacility.07 Street Address
    city: str | None  # sFacility.08 City (GNIS code)
    state: str | None  # sFacility.09 State (ANSI code)
    zip_code: str | None  # sFacility.10 ZIP Code
    county: str | None  # sFacility.11 County (ANSI code)
    country: str | None  # sFacility.12 Country
    gps: str | None  # sFacility.13 GPS Location ("lat,long")
    phones: tuple[str, ...]  # sFacility.15 Phone Number


def facilities(document: StateDocument) -> list[StateFacility]:
    found = []
    for by_type in document.facilities.all("sFacilityGroup") if document.facilities is not None else []:
        kind = by_type.value("sFacility.01")
        for g in by_type.all("sFacility.FacilityGroup"):
            found.append(
                StateFacility(
                    kind=kind,
                    name=g.value("sFacility.02"),
                    code=g.value("sFacility.03"),
                    designations=tuple(g.values("sFacility.04")),
                    npis=tuple(g.values("sFacility.05")),
                    street=g.value("sFacility.07"),
                    city=g.value("sFacility.08"),
                    state=g.value("sFacility.09"),
                    zip_code=g.value("sFacility.10"),
                    county=g.value("sFacility.11"),
                    country=g.value("sFacility.12"),
                    gps=g.value("sFacility.13"),
                    phones=tuple(g.values("sFacility.15")),
                )
            )
    return found
