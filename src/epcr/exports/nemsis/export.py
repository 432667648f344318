"""Reports -> one NEMSIS v3.5.1 EMSDataSet (XML), written in schema order by walking the XSD layout.

Blank rules (NEMSIS NOT-values guidance): a Mandatory element must hold a real value, else the export is
refused naming it; a Required element the report leaves empty is written nil with NV 7701003 Not Recorded;
a Blank is written nil with its NV (7701001 Not Applicable the user chose, 7701005 Not Reporting an imported
file stated) or PN; a PN beside a value is the PN attribute on the valued element; Recommended and Optional
blanks are omitted."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

from lxml import etree
from pydantic import BaseModel

from epcr.domain.airway import AirwayConfirmation
from epcr.domain.arrest import CprEvent, CprEventKind
from epcr.domain.assessment import EXAM_LOCATIONS, EXAM_REGIONS, ExamFinding, Gcs
from epcr.domain.crew import CrewMember
from epcr.domain.devices import Device
from epcr.domain.fields import Blank, group_attributes
from epcr.domain.medications import Medication
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.nemsis.sections import CustomResultsResults
from epcr.domain.other import Attachment
from epcr.domain.procedures import Procedure
from epcr.domain.report import Report
from epcr.domain.response import FileAgency
from epcr.domain.signatures import Signature
from epcr.domain.vitals import VitalSigns
from epcr.exports.nemsis import custom
from epcr.exports.nemsis.binding import Binding, bindings, group_fields, owner, value_fields
from epcr.exports.nemsis.errors import ExportRefused
from epcr.exports.nemsis.layout import NEMSIS_NS, XSI_NS, Node, dataset
from epcr.exports.nemsis.validate import check, xsd_problems

SOFTWARE_CREATOR = "epcr project"  # eRecord.02
SOFTWARE_NAME = "epcr"  # eRecord.03
SOFTWARE_VERSION = "0.1.0"  # eRecord.04
NOT_RECORDED = "7701003"
SCHEMA_LOCATION = "http://www.nemsis.org https://nemsis.org/media/nemsis_v3/release-3.5.1/XSDs/NEMSIS_XSDs/EMSDataSet_v3.xsd"
PDF_ATTACHMENT_TYPE = "4509027"  # eOther.09 External Electronic Document Type: ePCR
# Gender: replaced by ePatient.25 Sex. Written only as an imported file held it (patient.gender), never
# filled with Not Recorded when empty.
DEPRECATED = frozenset({"ePatient.13"})
# The initial assessment's AVPU and GCS are eVitals elements: NEMSIS keeps them in a VitalGroup.
ROOT_SKIP = frozenset({"avpu", "gcs"})

Item = tuple[str | None, dict[str, str]]


def _allergy_code_type(code: str) -> dict[str, str]:
    # eHistory.06 holds ICD-10-CM Z88.x (allergy to a drug class) or RxNorm codes; the shape says which.
    return {"CodeType": "9924001" if code[:1].isalpha() else "9924003"}


# Attributes the model does not store because the value determines them.
DERIVED_ATTRIBUTES: dict[str, Callable[[str], dict[str, str]]] = {
    "eHistory.06": _allergy_code_type
}  # text (None = nil) and attributes
_NIL = f"{{{XSI_NS}}}nil"


@dataclass(frozen=True, slots=True)
class Header:
    """EMSDataSet/Header/DemographicGroup: which agency the reports come from."""

    state_agency_id: str  # dAgency.01 EMS Agency Unique State ID
    agency_number: str  # dAgency.02 EMS Agency Number
    state: str  # dAgency.04 EMS Agency State (ANSI code, 2 digits)

    @classmethod
    def from_reports(
        cls, reports: Sequence[Report], state: str | None = None, state_agency_id: str | None = None
    ) -> Header:
        """From the reports' eResponse.01 agency number; the state from `state`, else a documented one."""
        problems: list[str] = []
        kept = _file_agency(reports)  # the header the reports' own source file had, if they agree on one
        numbers = (
            {kept.agency_number}
            if kept.agency_number
            else {r.response.agency_number for r in reports if r.response.agency_number}
        )
        if len(numbers) != 1:
            found = ", ".join(sorted(numbers)) or "none"
            problems.append(f"dAgency.02 EMS Agency Number: the reports must name one agency; found {found}")
        if state is None:
            state = kept.state
        if state is None:
            documented = [
                value
                for r in reports
                for value in (r.disposition.destination_state, r.patient.home_state)
                if isinstance(value, str)
            ]
            state = documented[0] if documented else None
        if state is None or not (len(state) == 2 and state.isdigit()):
            problems.append(
                f"dAgency.04 EMS Agency State: a 2-digit ANSI state code is needed; got {state!r}"
            )
        if problems:
            raise ExportRefused(problems)
        number = numbers.pop()
        state_agency_id = state_agency_id or kept.state_agency_id or number
        return cls(state_agency_id=state_agency_id, agency_number=number, state=state or "")


def _file_agency(reports: Sequence[Report]) -> FileAgency:
    """The source file's header the reports kept (response.file_agency), when they all kept the same one;
    else an empty one (reports written here, or from different files: eResponse.01 and settings decide)."""
    kept = {(r.response.file_agency or FileAgency()).model_dump_json() for r in reports}
    return FileAgency.model_validate_json(kept.pop()) if len(kept) == 1 else FileAgency()


@dataclass(slots=True)
class Frame:
    """The model object a part of the XML is written from, and hand-written values that have no field."""

    obj: BaseModel | None
    binds: Mapping[str, Binding]
    extra: dict[str, list[Item]] = field(default_factory=dict)
    pick: int | None = None  # in the i-th copy of a repeated group that spreads a list
    # Sub-groups written from hand-built frames (an exam's body-region groups, each with its location).
    groups: dict[str, list[tuple[Frame, dict[str, str]]]] = field(default_factory=dict)

    def at(self, index: int) -> Frame:
        return Frame(self.obj, self.binds, self.extra, index, self.groups)

    def items(self, node: Node) -> list[Item]:
        items = self.extra.get(node.name)
        if items is None:
            items = _field_items(self.obj, self.binds.get(node.name), node)
        if self.pick is None:
            return items
        if node.max_occurs == 1:
            return items[self.pick : self.pick + 1]
        return items if self.pick == 0 else []


EMPTY = Frame(None, {})


def _field_items(obj: BaseModel | None, binding: Binding | None, node: Node) -> list[Item]:
    if obj is None or binding is None:
        return []
    holder = owner(obj, binding)
    if holder is None:
        return []
    items = _value_items(holder, binding) if binding.value is not None else []
    for pertinent_negative, name in binding.negated.items():  # e.g. symptoms denied: value with its PN
        items += [(text(value), {"PN": pertinent_negative}) for value in getattr(holder, name)]
    return items


def _value_items(holder: BaseModel, binding: Binding) -> list[Item]:
    assert binding.value is not None
    value = getattr(holder, binding.value)
    if value is None:
        return []
    if isinstance(value, Blank):
        return [(None, _blank_attributes(value))]
    if isinstance(value, list):
        if binding.item_model is not None:  # values with attributes of their own (phone and its type)
            field_name, attributes_of = value_fields(binding.item_model)
            return [
                (
                    text(getattr(item, field_name)),
                    {
                        a: text(getattr(item, n))
                        for a, n in attributes_of.items()
                        if getattr(item, n) is not None
                    },
                )
                for item in value
            ]
        derive = DERIVED_ATTRIBUTES.get(binding.element)
        return [(text(item), derive(text(item)) if derive else {}) for item in value]
    attributes: dict[str, str] = {}
    if binding.beside_pn is not None and getattr(holder, binding.beside_pn) is not None:
        attributes["PN"] = text(getattr(holder, binding.beside_pn))
    for attribute, name in binding.attributes.items():
        if getattr(holder, name) is not None:
            attributes[attribute] = text(getattr(holder, name))
    return [(text(value), attributes)]


def _blank_attributes(blank: Blank) -> dict[str, str]:
    if blank.not_value is not None:
        return {"NV": blank.not_value.value}
    assert blank.pertinent_negative is not None
    return {"PN": blank.pertinent_negative.value}


def text(value: Any) -> str:
    """A model value as NEMSIS text: codes as their number, date-times with their UTC offset."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError(f"{value.isoformat()} has no UTC offset")
        return value.isoformat(timespec="seconds" if not value.microsecond else "milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        shown = repr(value)
        return format(Decimal(shown), "f") if "e" in shown else shown
    return str(value)


class _Writer:
    def __init__(self, attachments: Mapping[UUID, bytes]) -> None:
        self.attachments = attachments
        self.problems: list[str] = []
        self.report: Report | None = None

    def write(self, reports: Sequence[Report], header: Header) -> etree._Element:
        root = etree.Element(f"{{{NEMSIS_NS}}}EMSDataSet", nsmap={None: NEMSIS_NS, "xsi": XSI_NS})
        root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
        head = _sub(root, "Header")
        group = _sub(head, "DemographicGroup")
        _sub(group, "dAgency.01").text = header.state_agency_id
        _sub(group, "dAgency.02").text = header.agency_number
        _sub(group, "dAgency.04").text = header.state
        custom.write_configuration(head, reports)  # what our (and kept foreign) custom results mean
        pcr_node = dataset().child("Header").child("PatientCareReport")
        for report in reports:
            self.report = report
            pcr = _sub(head, "PatientCareReport")
            pcr.set("UUID", str(report.uuid))
            self._children(pcr_node, _root_frame(report, self.attachments.get(report.uuid)), pcr)
        return root

    def _children(self, node: Node, frame: Frame, element: etree._Element) -> bool:
        content = False
        for child in node.children:
            if child.is_group:
                content = self._group(child, frame, element) or content
            else:
                content = self._value(child, frame, element) or content
        return content

    def _group(self, node: Node, frame: Frame, parent: etree._Element) -> bool:
        listed = frame.groups.get(node.name) if node.name in frame.groups else self._instances(node)
        if listed is None:  # a group of the current object's own elements: written in its frame
            copies = 1 if node.max_occurs == 1 else _spread(node, frame)
            instances: list[tuple[Frame, dict[str, str]]] = [
                (frame.at(i) if copies > 1 else frame, {}) for i in range(copies)
            ]
        else:
            instances = listed
        if not instances and node.required:
            instances = [(EMPTY, {})]  # the schema wants one, even if every child is "Not Recorded"
        content = False
        for instance, attributes in instances:
            element = _sub(parent, node.name)
            for name, value in attributes.items():
                element.set(name, value)
            known = len(self.problems)
            written = self._children(node, instance, element) or (
                listed is not None and instance is not EMPTY
            )
            if not written and not node.required:
                parent.remove(element)
                del self.problems[known:]  # a group left out cannot miss anything
            content = content or written
        return content

    def _value(self, node: Node, frame: Frame, parent: etree._Element) -> bool:
        items = frame.items(node)
        if not items:
            element = ELEMENTS.get(node.name)
            needed = node.required or (element is not None and element.usage == "Required")
            if not needed or node.name in DEPRECATED:
                return False
            if node.nillable:
                _sub(parent, node.name, nil=True).set("NV", NOT_RECORDED)
            else:
                label = element.label if element else node.name
                self.problems.append(f"{self._where()}{label}: Mandatory, the report has no value")
            return False
        for value, attributes in items:
            written = _sub(parent, node.name, nil=value is None)
            if value is None and not node.nillable:
                self.problems.append(
                    f"{self._where()}{ELEMENTS[node.name].label}: cannot be blank here; give a value"
                )
            written.text = value
            for name, attribute in attributes.items():
                written.set(name, attribute)
        return True

    def _where(self) -> str:
        return f"report {self.report.uuid}: " if self.report is not None else ""

    def _instances(self, node: Node) -> list[tuple[Frame, dict[str, str]]] | None:
        """Groups that are lists in the model; None for groups of the current object's own elements."""
        report = self.report
        assert report is not None
        name = node.name
        if name == "eCrew.CrewGroup":
            return [(_crew_frame(member), {}) for member in report.crew]
        if name == "eVitals.VitalGroup":
            return [(Frame(v, bindings(VitalSigns)), {}) for v in _vital_sets(report)]
        if name == "eMedications.MedicationGroup":
            # CorrelationID: a CPR event's medication_id (a custom result) points at its dose.
            return [
                (Frame(m, bindings(Medication)), {"CorrelationID": str(m.id)}) for m in report.medications
            ]
        if name == "eProcedures.ProcedureGroup":
            # CorrelationID lets eAirway.ConfirmationGroup point at the procedure it confirms.
            return [(Frame(p, bindings(Procedure)), {"CorrelationID": str(p.id)}) for p in report.procedures]
        if name == "eAirway.ConfirmationGroup":
            procedures, confirmations = {p.id for p in report.procedures}, report.airway.confirmations
            return [(Frame(c, bindings(type(c))), _confirmed_procedure(c, procedures)) for c in confirmations]
        if name == "eExam.AssessmentGroup":
            return _exam_groups(report.assessment.exam_findings)
        if name == "eDevice.DeviceGroup":
            # The CPR log's defibrillator events (CorrelationID: the event, whose custom results say the
            # rest), then the device groups the report holds of its own.
            derived = [
                (_device_frame(event), {"CorrelationID": str(event.id)})
                for event in report.cpr_events
                if event.kind in DEVICE_EVENTS
            ]
            return derived + [
                (Frame(d, bindings(Device)), {"CorrelationID": str(d.id)}) for d in report.devices
            ]
        if name == "eOther.SignatureGroup":
            return [(Frame(s, bindings(Signature)), {}) for s in report.signatures]
        return None


def _confirmed_procedure(confirmation: AirwayConfirmation, procedures: set[UUID]) -> dict[str, str]:
    """The ProcedureGroupCorrelationID of a confirmation: its procedure's, else the one it came with."""
    if confirmation.procedure_id in procedures:
        return {"ProcedureGroupCorrelationID": str(confirmation.procedure_id)}
    if confirmation.procedure_correlation_id is not None:
        return {"ProcedureGroupCorrelationID": confirmation.procedure_correlation_id}
    return {}


def _sub(parent: etree._Element, name: str, nil: bool = False) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NEMSIS_NS}}}{name}")
    if nil:
        element.set(_NIL, "true")
    return element


def _spread(node: Node, frame: Frame) -> int:
    """Copies of a repeating group needed for a list held one value per group."""
    counts = [
        len(frame.items(child)) for child in node.children if not child.is_group and child.max_occurs == 1
    ]
    return max([1, *counts])


@cache
def _report_bindings() -> dict[str, Binding]:
    return bindings(Report, ROOT_SKIP)


def _root_frame(report: Report, pdf: bytes | None = None) -> Frame:
    extra: dict[str, list[Item]] = {
        "eRecord.02": [(SOFTWARE_CREATOR, {})],
        "eRecord.03": [(SOFTWARE_NAME, {})],
        "eRecord.04": [(SOFTWARE_VERSION, {})],
    }
    # Every NEMSIS group the model holds as a list of group models (scene.responders, the history's
    # practitioners ...), wherever it sits; the other lists (vitals, medications ...) are written below.
    groups = _listed_groups(report)
    results = bindings(CustomResultsResults)
    groups["eCustomResults.ResultsGroup"] += [(Frame(r, results), {}) for r in custom.own_results(report)]
    if pdf is not None:
        groups["eOther.FileGroup"] = _with_pdf(report, pdf)
    return Frame(report, _report_bindings(), extra, groups=groups)


def _with_pdf(report: Report, pdf: bytes) -> list[tuple[Frame, dict[str, str]]]:
    """The report's attachments and its PDF, which replaces an ePCR PDF of the same name it kept."""
    name = f"{report.response.pcr_number or report.uuid}.pdf"
    ours = Attachment.model_construct(  # our own bytes: no need to decode them again to check them
        document_type=PDF_ATTACHMENT_TYPE,
        file_type="application/pdf",
        data=base64.b64encode(pdf).decode("ascii"),
        file_name=name,
    )
    kept = [
        a
        for a in report.other.attachments
        if not (a.document_type == PDF_ATTACHMENT_TYPE and a.file_name == name)
    ]
    return [(Frame(a, bindings(Attachment)), {}) for a in [*kept, ours]]


def _listed_groups(obj: BaseModel) -> dict[str, list[tuple[Frame, dict[str, str]]]]:
    """The repeating groups held as lists in a generated section (and in the single groups inside it)."""
    found: dict[str, list[tuple[Frame, dict[str, str]]]] = {}
    model: type[BaseModel] = type(obj)
    for name, where in group_fields(model).items():
        holder: BaseModel | None = obj
        for step in where.path:
            holder = getattr(holder, step) if holder is not None else None
        items: list[BaseModel] = (getattr(holder, where.field) if holder is not None else None) or []
        held = group_attributes(where.model).items()  # the group's attributes as imported (CorrelationID)
        found[name] = [
            (
                Frame(item, bindings(where.model), groups=_listed_groups(item)),
                {a: value for a, n in held if (value := getattr(item, n)) is not None},
            )
            for item in items
        ]
        if where.further and holder is not None and (items or _has_group_values(holder, where.model)):
            # The first occurrence is the owner's own fields (the chief complaint), then the further ones.
            found[name].insert(0, (Frame(holder, bindings(type(holder))), {}))
    return found


def _has_group_values(holder: BaseModel, group_model: type[BaseModel]) -> bool:
    """Whether the owner holds any value of a group's elements (its first occurrence is not empty)."""
    own = bindings(type(holder))
    return any(
        (binding := own.get(element)) is not None
        and binding.value is not None
        and bool(_value_items(holder, binding))
        for element in bindings(group_model)
    )


def _crew_frame(member: CrewMember) -> Frame:
    # eCrew.02 is our certification ladder in the model; NEMSIS wants its 9925xxx code.
    extra: dict[str, list[Item]] = {}
    if member.level is not None:
        extra["eCrew.02"] = [(member.level.crew_code.value, {})]
    return Frame(member, bindings(CrewMember), extra)


def _vital_sets(report: Report) -> list[VitalSigns]:
    """The vital sets, the first one completed with the initial assessment's AVPU and GCS it lacks."""
    vitals = list(report.vitals)
    initial = report.assessment
    has_gcs = any(value is not None for value in (initial.gcs.eye, initial.gcs.verbal, initial.gcs.motor))
    if initial.avpu is None and not has_gcs:
        return vitals
    first = vitals[0] if vitals else VitalSigns()
    update: dict[str, Any] = {}
    if first.avpu is None and initial.avpu is not None:
        update["avpu"] = initial.avpu
    if has_gcs and first.gcs == Gcs():
        update["gcs"] = initial.gcs
    if update:
        first = first.model_copy(update=update)
    return [first, *vitals[1:]] if vitals else [first]


# CPR events a monitor/defibrillator records, as eDevice.03 Medical Device Event Types; the other events
# (compressions, ROSC, drugs, airway) are in eArrest, eMedications and eProcedures, not device events.
DEVICE_EVENTS: dict[CprEventKind, str] = {
    CprEventKind.AED_APPLIED: "4103031",  # Patient Connected
    CprEventKind.ANALYSIS_SHOCK_ADVISED: "4103041",  # Shock Advised
    CprEventKind.ANALYSIS_NO_SHOCK_ADVISED: "4103019",  # No Shock Advised
    CprEventKind.SHOCK_DELIVERED: "4103009",  # Defibrillation
}


def _device_frame(event: CprEvent) -> Frame:
    """One eDevice.DeviceGroup: the event's time (eDevice.02), type (.03) and shock energy (.10, joules)."""
    extra: dict[str, list[Item]] = {
        "eDevice.02": [(text(event.at), {})],
        "eDevice.03": [(DEVICE_EVENTS[event.kind], {})],
    }
    if event.energy_joules is not None:
        extra["eDevice.10"] = [(str(event.energy_joules), {})]
    return Frame(None, {}, extra)


def _exam_groups(findings: Iterable[ExamFinding]) -> list[tuple[Frame, dict[str, str]]]:
    """Findings assessed at the same moment share one eExam.AssessmentGroup (eExam.03 is its time); within
    it, body-region findings go in region groups (eExam.ChestGroup ...) with their location, so a finding
    never leaves the place on the body it was found at. An imported finding goes back in the group it came
    in (`region_group`); otherwise findings in a row at one location share a group, and a new location, a
    finding already in the group or a location noted alone starts the next one."""
    frames: dict[datetime | None, Frame] = {}
    open_groups: dict[tuple[datetime | None, str], tuple[str | None, dict[str, list[Item]]] | None] = {}
    numbers: dict[tuple[datetime | None, str], int | None] = {}  # the group an imported finding came in
    for finding in findings:
        frame = frames.setdefault(finding.assessed_at, Frame(None, {}, {}))
        if finding.assessed_at is not None:
            frame.extra["eExam.03"] = [(text(finding.assessed_at), {})]
        if isinstance(finding.code, Blank):
            item: Item = (None, _blank_attributes(finding.code))
        else:
            attributes = {"PN": finding.pertinent_negative.value} if finding.pertinent_negative else {}
            item = (finding.code, attributes)
        where = _region_of(finding)
        if where is None:
            frame.extra.setdefault(finding.element, []).append(item)
            continue
        group, location_element, location = where
        key = (finding.assessed_at, group)
        current = open_groups.get(key)
        alone = finding.element == location_element
        numbered = finding.region_group is not None and finding.region_group != numbers.get(key)
        numbers[key] = finding.region_group
        if (
            alone
            or numbered
            or current is None
            or current[0] != location
            or item in current[1].get(finding.element, [])
        ):
            extra: dict[str, list[Item]] = {location_element: [(location, {})]} if location else {}
            frame.groups.setdefault(group, []).append((Frame(None, {}, extra), {}))
            current = (location, extra)
        open_groups[key] = None if alone else current
        if not alone:
            current[1].setdefault(finding.element, []).append(item)
    return [(frame, {}) for frame in frames.values()]


def _region_of(finding: ExamFinding) -> tuple[str, str, str | None] | None:
    """(region group, its location element, the location code) of a body-region finding or location."""
    if finding.element in EXAM_REGIONS:
        group, location_element = EXAM_REGIONS[finding.element]
        return group, location_element, finding.location
    if finding.element in EXAM_LOCATIONS and isinstance(finding.code, str):  # a location noted on its own
        return EXAM_LOCATIONS[finding.element][0], finding.element, finding.code
    return None


Validate = Callable[[bytes], list[str]]


def xsd_check(xml: bytes) -> list[str]:
    """XSD problems of a document, each naming the element, where it is and why."""
    return [str(problem) for problem in xsd_problems(xml) if problem.severity == "error"]


def full_check(xml: bytes) -> list[str]:
    """XSD problems and national Schematron [ERROR]s."""
    # Schematron [WARNING]s are advice for the user, not a reason to refuse the file.
    return [str(problem) for problem in check(xml) if problem.severity == "error"]


def to_xml(
    reports: Sequence[Report],
    header: Header | None = None,
    attach_pdf: Mapping[UUID, bytes] | None = None,
    validate: Validate | None = xsd_check,
) -> bytes:
    """One EMSDataSet holding every report; refused (ExportRefused) rather than invalid."""
    if not reports:
        raise ExportRefused(["PatientCareReport: an EMSDataSet needs at least one report"])
    header = header or Header.from_reports(reports)
    writer = _Writer(attach_pdf or {})
    root = writer.write(reports, header)
    if writer.problems:
        raise ExportRefused(writer.problems)
    xml: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    if validate is not None:
        problems = validate(xml)
        if problems:
            raise ExportRefused(problems)
    return xml


def write_xml(
    reports: Sequence[Report],
    target: Path,
    header: Header | None = None,
    attach_pdf: Mapping[UUID, bytes] | None = None,
    validate: Validate | None = xsd_check,
) -> int:
    """Export to `target` atomically (nothing is written when refused); returns the bytes written."""
    from epcr.exports.files import write_atomically

    xml = to_xml(reports, header, attach_pdf, validate)
    write_atomically(xml, Path(target))
    return len(xml)
