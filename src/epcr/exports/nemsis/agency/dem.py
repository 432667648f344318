"""An agency's DEMDataSet as a document: the one DemographicReport's timeStamp and its sections as trees.

`read_dem` refuses (DataSetRefused) a file the XSD or the national DEM Schematron refuses, and a file with
more than one DemographicReport: a station holds one agency. `write_dem` writes every element back as it
was read, with one exception: dRecord (the software that made the file) names this software, epcr and its
installed version, as the EMS export names itself in eRecord.02-.04. The dRecord a file arrived with stays
readable in `DemDocument.record`; it is not written back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version

from epcr.exports.nemsis.agency.element import Element
from epcr.exports.nemsis.agency.files import DataSetRefused, read, write
from epcr.exports.nemsis.export import SOFTWARE_CREATOR, SOFTWARE_NAME
from epcr.exports.nemsis.validate import Problem

# DemDocument field -> the section element it holds, in the DemographicReport's schema order.
SECTIONS: dict[str, str] = {
    "record": "dRecord",
    "agency": "dAgency",
    "contact": "dContact",
    "configuration": "dConfiguration",
    "location": "dLocation",
    "vehicle": "dVehicle",
    "personnel": "dPersonnel",
    "device": "dDevice",
    "facility": "dFacility",
    "custom_results": "dCustomResults",
}


@dataclass(frozen=True)
class DemDocument:
    time_stamp: str  # DemographicReport/@timeStamp, as written (date-time with its UTC offset)
    agency: Element  # dAgency
    configuration: Element  # dConfiguration
    custom_configuration: Element | None = None  # dCustomConfiguration (outside the DemographicReport)
    record: Element | None = None  # dRecord: the software that made the file (replaced on write)
    contact: Element | None = None  # dContact
    location: Element | None = None  # dLocation
    vehicle: Element | None = None  # dVehicle
    personnel: Element | None = None  # dPersonnel
    device: Element | None = None  # dDevice
    facility: Element | None = None  # dFacility
    custom_results: Element | None = None  # dCustomResults
    warnings: list[Problem] = field(default_factory=list, compare=False)  # national [WARNING]s on read

    @property
    def recorded_at(self) -> datetime:
        """The timeStamp as a timezone-aware date-time (the XSD demands the offset)."""
        return datetime.fromisoformat(self.time_stamp)


def _agencies(reports: list[Element]) -> str:
    numbers = []
    for report in reports:
        agency = report.first("dAgency")
        numbers.append((agency.value("dAgency.02") if agency else None) or "(no number)")
    return ", ".join(numbers)


def read_dem(xml: bytes) -> DemDocument:
    """The agency of a DEMDataSet file; DataSetRefused with every problem otherwise."""
    root, warnings = read(xml, "DEM")
    reports = root.all("DemographicReport")
    if len(reports) != 1:
        problem = Problem(
            "file",
            "error",
            "DemographicReport",
            "file",
            f"a station holds one agency; this file has {len(reports)}: dAgency.02 {_agencies(reports)}",
        )
        raise DataSetRefused("NEMSIS DEMDataSet refused, nothing read", [problem])
    report = reports[0]
    sections = {key: report.first(name) for key, name in SECTIONS.items()}
    agency, configuration = sections.pop("agency"), sections.pop("configuration")
    if agency is None or configuration is None:  # the XSD requires both: this is the schema's promise
        raise RuntimeError("an XSD-valid DemographicReport without dAgency or dConfiguration")
    return DemDocument(
        time_stamp=report.attrs["timeStamp"],
        agency=agency,
        configuration=configuration,
        custom_configuration=root.first("dCustomConfiguration"),
        warnings=warnings,
        **sections,
    )


def software_version() -> str:
    try:
        return version("epcr")
    except PackageNotFoundError:  # a source checkout that was never installed
        return "unknown"


def this_software() -> Element:
    """dRecord naming epcr: creator (dRecord.01), name (.02) and installed version (.03)."""
    group = Element(
        "dRecord.SoftwareApplicationGroup",
        children=[
            Element("dRecord.01", text=SOFTWARE_CREATOR),
            Element("dRecord.02", text=SOFTWARE_NAME),
            Element("dRecord.03", text=software_version()),
        ],
    )
    return Element("dRecord", children=[group])


def dem_tree(document: DemDocument) -> Element:
    """The DEMDataSet root of a document, its dRecord naming this software."""
    sections = {f.name: getattr(document, f.name) for f in fields(document) if f.name in SECTIONS}
    sections["record"] = this_software()
    report = Element(
        "DemographicReport",
        attrs={"timeStamp": document.time_stamp},
        children=[sections[key] for key in SECTIONS if sections[key] is not None],
    )
    custom = [document.custom_configuration] if document.custom_configuration is not None else []
    return Element("DEMDataSet", children=[*custom, report])


def write_dem(document: DemDocument) -> bytes:
    """The document as a DEMDataSet file that passes the XSD and the national DEM Schematron (else
    DataSetRefused): every element as read, except dRecord, which names this software."""
    return write(dem_tree(document), "DEM")
