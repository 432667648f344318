"""A state's StateDataSet as a document: its attributes and its sections as trees.

`read_state` refuses (DataSetRefused) a file the XSD or the national State Schematron refuses. `write_state`
writes every element back as it was read, sSoftware included: the state's software made the file and the
station only passes it on (unlike a DEMDataSet, whose dRecord names the software that wrote it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from epcr.exports.nemsis.agency.element import Element
from epcr.exports.nemsis.agency.files import read, write
from epcr.exports.nemsis.validate import Problem

# StateDocument field -> the section element it holds, in the StateDataSet's schema order.
SECTIONS: dict[str, str] = {
    "state": "sState",
    "ems_custom_configuration": "seCustomConfiguration",
    "dem_custom_configuration": "sdCustomConfiguration",
    "software": "sSoftware",
    "elements": "sElement",
    "configuration": "sConfiguration",
    "agencies": "sAgency",
    "facilities": "sFacility",
}


@dataclass(frozen=True)
class StateDocument:
    state: Element  # sState: the state's ANSI code (sState.01)
    software: Element  # sSoftware: the state's software that made the file
    elements: Element  # sElement: the elements the state collects
    configuration: Element  # sConfiguration: levels, procedures, medications, protocols the state permits
    ems_custom_configuration: Element | None = None  # seCustomConfiguration: custom elements of a report
    dem_custom_configuration: Element | None = None  # sdCustomConfiguration: custom elements of an agency
    agencies: Element | None = None  # sAgency: the agencies the state licenses
    facilities: Element | None = None  # sFacility: the state's facilities by type
    timestamp: str | None = None  # StateDataSet/@timestamp: when the state's software made the file
    effective_date: str | None = None  # StateDataSet/@effectiveDate: from when this configuration applies
    warnings: list[Problem] = field(default_factory=list, compare=False)  # national [WARNING]s on read

    @property
    def effective_from(self) -> datetime | None:
        """@effectiveDate as a timezone-aware date-time (the XSD demands the offset); None when absent."""
        return datetime.fromisoformat(self.effective_date) if self.effective_date else None


def read_state(xml: bytes) -> StateDocument:
    """The state configuration of a StateDataSet file; DataSetRefused with every problem otherwise."""
    root, warnings = read(xml, "STATE")
    sections = {key: root.first(name) for key, name in SECTIONS.items()}
    required = {key: sections.pop(key) for key in ("state", "software", "elements", "configuration")}
    state, software, elements, configuration = required.values()
    if state is None or software is None or elements is None or configuration is None:
        raise RuntimeError("an XSD-valid StateDataSet without one of its required sections")
    return StateDocument(
        state=state,
        software=software,
        elements=elements,
        configuration=configuration,
        timestamp=root.attrs.get("timestamp"),
        effective_date=root.attrs.get("effectiveDate"),
        warnings=warnings,
        **sections,
    )


def state_tree(document: StateDocument) -> Element:
    attrs = {
        key: value
        for key, value in (("timestamp", document.timestamp), ("effectiveDate", document.effective_date))
        if value is not None
    }
    sections = [getattr(document, key) for key in SECTIONS]
    return Element("StateDataSet", attrs=attrs, children=[s for s in sections if s is not None])


def write_state(document: StateDocument) -> bytes:
    """The document as a StateDataSet file, every element as read, checked by the XSD and the national State
    Schematron (else DataSetRefused)."""
    return write(state_tree(document), "STATE")
