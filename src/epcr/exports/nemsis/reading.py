"""NEMSIS v3.5.1 EMSDataSet XML -> reports, through the same XSD layout and field bindings the export uses.

A file is checked first (XSD and the national Schematron's [ERROR]s) and refused whole with its problems.
Each PatientCareReport becomes one draft report keeping its UUID, codes, NOT values and pertinent negatives.
Whatever the model has no place for is listed in `not_modelled` (element, where, value), never dropped
silently. NV 7701003 Not Recorded reads as an empty field, which the export writes back the same way;
NV 7701005 Not Reporting is kept in its field as the source's statement and written back as it came."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from lxml import etree
from pydantic import BaseModel, ValidationError

from epcr.domain.airway import Airway, AirwayConfirmation
from epcr.domain.assessment import EXAM_REGIONS, ExamFinding
from epcr.domain.crew import CrewMember
from epcr.domain.custom_elements import CustomDefinition
from epcr.domain.devices import Device
from epcr.domain.disposition import Disposition
from epcr.domain.fields import group_attributes
from epcr.domain.levels import Level
from epcr.domain.medications import Medication
from epcr.domain.nemsis.codes import NotValue
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.domain.procedures import Procedure
from epcr.domain.report import XSD_SHAPED as GENERATED
from epcr.domain.report import Lifecycle, Report
from epcr.domain.signatures import Signature
from epcr.domain.vitals import VitalSigns
from epcr.exports.nemsis import custom
from epcr.exports.nemsis.binding import Binding, all_group_fields, bindings, group_fields, value_fields
from epcr.exports.nemsis.errors import ImportRefused
from epcr.exports.nemsis.export import ROOT_SKIP, full_check
from epcr.exports.nemsis.identifying import WITHHELD, identifies
from epcr.exports.nemsis.layout import NEMSIS_NS, XSI_NS, Node, nodes_by_name, patient_care_report

_NIL = f"{{{XSI_NS}}}nil"


# Groups that are lists in the model: each instance becomes one object (the rest is read into the report).
LISTED = (
    "eCrew.CrewGroup",
    "eVitals.VitalGroup",
    "eExam.AssessmentGroup",
    "eMedications.MedicationGroup",
    "eProcedures.ProcedureGroup",
    "eAirway.ConfirmationGroup",
    "eDevice.DeviceGroup",
    "eOther.SignatureGroup",
)
# Sub-groups read as one unit inside the group they sit in: each body-region exam group (location + findings)
# and every repeating group of the generated sections (eScene.ResponderGroup, eInjury.SeatGroup ...).
GENERATED_GROUPS = frozenset(g.group for g in all_group_fields(Report))  # held as lists of group models
NESTED = frozenset(group for group, _ in EXAM_REGIONS.values()) | GENERATED_GROUPS
# The group attributes a nested group's model keeps (eHistory.ImmunizationsGroup/@CorrelationID); not for a
# group whose first occurrence is its owner's fields, whose model has no place for that occurrence's.
HELD_GROUP_ATTRIBUTES = {
    g.group: group_attributes(g.model) for g in all_group_fields(Report) if not g.further
}
SECTIONS = ("response", "dispatch", "times", "patient", "situation", "assessment", "arrest", "narrative")
REGENERATED = ("eRecord.02", "eRecord.03", "eRecord.04")  # software identity: the export writes its own
KNOWN_ATTRIBUTES = frozenset({"NV", "PN", _NIL, "ETCO2Type", "CodeType"})
_CREW_LEVELS = {level.crew_code.value: level for level in Level}
# The Header's DemographicGroup, kept in each report's response.file_agency.
FILE_AGENCY = {"dAgency.01": "state_agency_id", "dAgency.02": "agency_number", "dAgency.04": "state"}


@dataclass(frozen=True, slots=True)
class Leaf:
    element: str
    text: str | None
    attributes: dict[str, str]

    @property
    def nil(self) -> bool:
        return self.text is None

    @property
    def says_nothing(self) -> bool:
        """Nil with Not Recorded and no pertinent negative: the same as leaving it out (a Not Reporting says
        the agency does not collect the element: a statement, kept where the model has its place)."""
        silent = self.attributes.get("NV") == NotValue.NOT_RECORDED.value
        return self.nil and silent and "PN" not in self.attributes

    def shown(self) -> str:
        extra = " ".join(f"{k}={v}" for k, v in self.attributes.items() if k != _NIL)
        value = (
            "nil" if self.text is None else repr(self.text if len(self.text) < 60 else self.text[:57] + "...")
        )
        if self.text is not None and identifies(self.element):  # the source file keeps it, whole
            value = WITHHELD
        return f"{value} {extra}".strip()


@dataclass(slots=True)
class Scope:
    """The elements of one object: the report itself or one instance of a listed group."""

    group: str
    attributes: dict[str, str] = field(default_factory=dict)
    leaves: dict[str, list[Leaf]] = field(default_factory=dict)
    groups: dict[str, list[Scope]] = field(default_factory=dict)  # sub-groups read as a whole (NESTED)


@dataclass(slots=True)
class ImportResult:
    reports: list[Report]
    not_modelled: list[str]  # "report UUID: element (where): value" for each element the model cannot hold
    documents: dict[UUID, bytes] = field(default_factory=dict)  # each report's own file, as it arrived

    def not_kept(self, report: UUID) -> list[str]:
        """What this report could not hold (the file's header lines included: they apply to every report)."""
        mine = f"report {report}: "
        return [line.removeprefix(mine) for line in self.not_modelled if line.startswith((mine, "Header: "))]


Check = Callable[[bytes], list[str]]


def read(xml: bytes, check: Check | None = full_check, created_by: str = "import") -> ImportResult:
    """Every PatientCareReport of an EMSDataSet file, or ImportRefused naming what is wrong with the file."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as error:
        raise ImportRefused([f"not well-formed XML: {error}"]) from None
    if root.getroottree().docinfo.doctype:  # NEMSIS files never have one; entities stay out
        raise ImportRefused(["DOCTYPE: a NEMSIS file has no document type declaration"])
    if root.tag != f"{{{NEMSIS_NS}}}EMSDataSet":
        raise ImportRefused([f"root element is {etree.QName(root).localname}; expected a NEMSIS EMSDataSet"])
    if check is not None:
        problems = check(xml)
        if problems:
            raise ImportRefused(problems)
    reader = _Reader(created_by)
    reports: list[Report] = []
    for header in root.iterfind(f"{{{NEMSIS_NS}}}Header"):
        reader.agency = {}
        for leaf in header.iterfind(f"{{{NEMSIS_NS}}}DemographicGroup/*"):
            name = etree.QName(leaf).localname
            if name in FILE_AGENCY and leaf.text:
                reader.agency[FILE_AGENCY[name]] = leaf.text  # kept with each report of this header
            else:
                shown = WITHHELD if identifies(name) else repr(leaf.text)
                reader.notes.append(f"Header: {name} = {shown} (agency of the file)")
        reader.configuration = custom.read_configuration(header, reader.notes.append)
        for pcr in header.iterfind(f"{{{NEMSIS_NS}}}PatientCareReport"):
            reports.append(reader.report(pcr))
    uuids = [r.uuid for r in reports]
    if len(set(uuids)) != len(uuids):
        raise ImportRefused(["PatientCareReport/@UUID: the file holds the same report UUID twice"])
    return ImportResult(reports=reports, not_modelled=reader.notes, documents=_own_files(xml))


def _own_files(xml: bytes) -> dict[UUID, bytes]:
    """Each report's own file as it arrived, comments and all (parsed again: the reading drops comments)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(xml, parser)
    return {
        UUID(pcr.get("UUID", "")): _own_file(root, header, pcr)
        for header in root.iterfind(f"{{{NEMSIS_NS}}}Header")
        for pcr in header.iterfind(f"{{{NEMSIS_NS}}}PatientCareReport")
    }


def _own_file(root: etree._Element, header: etree._Element, pcr: etree._Element) -> bytes:
    """A NEMSIS file of this one report as it arrived: the file's root and header around its own
    PatientCareReport (every other report left out), byte-faithful in content."""
    single = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
    own_header = etree.SubElement(single, header.tag, attrib=dict(header.attrib))
    for child in header:
        if child.tag != pcr.tag:
            own_header.append(copy.deepcopy(child))
    own_header.append(copy.deepcopy(pcr))  # after DemographicGroup and eCustomConfiguration (XSD order)
    return bytes(etree.tostring(single, xml_declaration=True, encoding="UTF-8"))


class _Reader:
    def __init__(self, created_by: str) -> None:
        self.created_by = created_by
        self.notes: list[str] = []
        self.where = ""
        self.configuration: dict[str, CustomDefinition] = {}  # the Header's foreign custom definitions
        self.agency: dict[str, str] = {}  # the Header's dAgency values (FileAgency fields)

    def note(self, text: str) -> None:
        self.notes.append(f"{self.where}: {text}")

    def report(self, pcr: etree._Element) -> Report:
        uuid = UUID(pcr.get("UUID", ""))
        self.where = f"report {uuid}"
        root = Scope("PatientCareReport")
        listed: dict[str, list[Scope]] = {name: [] for name in LISTED}
        self._walk(pcr, patient_care_report(), root, listed)
        _first_into_owner(root, Report)

        data = self._assign(root, bindings(Report, ROOT_SKIP), skip=REGENERATED)
        if self.agency:
            data.setdefault(("response", "file_agency"), {}).update(self.agency)
        for element in REGENERATED:
            for leaf in root.leaves.get(element, []):
                self.note(f"{element} = {leaf.shown()} (software identity; the export writes epcr's)")
        for where in group_fields(Report).values():  # generated sections' repeating groups
            items = [self._group_item(scope, where.model) for scope in root.groups.get(where.group, [])]
            if items:
                data.setdefault(where.path, {})[where.field] = items
        sections: dict[str, Any] = {}
        for name in (*SECTIONS, *GENERATED):
            model = Report.model_fields[name].annotation
            assert isinstance(model, type) and issubclass(model, BaseModel)
            sections[name] = self._validated(model, data.get((name,), {}), name, nested=data, prefix=(name,))
        procedures, links = self._procedures(listed["eProcedures.ProcedureGroup"])
        airway = data.get(("airway",), {})
        airway["confirmations"] = self._confirmations(listed["eAirway.ConfirmationGroup"], links)
        sections["airway"] = self._validated(Airway, airway, "airway")
        sections["disposition"] = self._validated(Disposition, data.get(("disposition",), {}), "disposition")
        assessment = sections["assessment"]
        findings = [f for scope in listed["eExam.AssessmentGroup"] for f in self._findings(scope)]
        sections["assessment"] = assessment.model_copy(update={"exam_findings": findings})
        report = Report(
            uuid=uuid,
            lifecycle=Lifecycle(created_at=datetime.now(UTC), created_by=self.created_by),
            crew=[m for s in listed["eCrew.CrewGroup"] if (m := self._crew(s)) is not None],
            vitals=self._objects(VitalSigns, listed["eVitals.VitalGroup"], "vitals"),
            medications=self._objects(Medication, listed["eMedications.MedicationGroup"], "medications"),
            procedures=procedures,
            signatures=self._objects(Signature, listed["eOther.SignatureGroup"], "signatures"),
            devices=self._objects(Device, listed["eDevice.DeviceGroup"], "devices"),
            **sections,
        )
        # Our custom elements back in their fields (the CPR log, bleeding control, primary survey).
        return custom.read_back(report, self.configuration, self.note)

    def _group_item(self, scope: Scope, model: type[BaseModel]) -> dict[str, Any]:
        """One instance of a generated section's repeating group, as the data of its model."""
        held = group_attributes(model).items()  # the group's own attributes (its CorrelationID)
        item: dict[str, Any] = {name: scope.attributes[a] for a, name in held if a in scope.attributes}
        _first_into_owner(scope, model)
        for path, values in self._assign(scope, bindings(model)).items():
            holder = item
            for step in path:
                holder = holder.setdefault(step, {})
            holder.update(values)
        for where in group_fields(model).values():
            inner = [self._group_item(s, where.model) for s in scope.groups.get(where.group, [])]
            if inner:
                holder = item
                for step in where.path:
                    holder = holder.setdefault(step, {})
                holder[where.field] = inner
        return item

    # -- reading the tree ------------------------------------------------------------------------------

    def _walk(
        self, element: etree._Element, node: Node, scope: Scope, listed: dict[str, list[Scope]]
    ) -> None:
        for child in element:
            if not isinstance(child.tag, str):  # processing instructions
                continue
            name = etree.QName(child).localname
            child_node = node.child(name)
            if child_node.is_group:
                if name in NESTED:  # kept whole inside its parent: an exam finding with its location
                    held = HELD_GROUP_ATTRIBUTES.get(name, {})
                    for attribute, value in child.attrib.items():
                        if attribute not in held:
                            self.note(f"{name}/@{attribute} = {value!r}")
                    nested = Scope(name, dict(child.attrib))
                    scope.groups.setdefault(name, []).append(nested)
                    self._walk(child, child_node, nested, listed)
                elif name in listed:
                    instance = Scope(name, dict(child.attrib))
                    listed[name].append(instance)
                    self._walk(child, child_node, instance, listed)
                else:
                    for attribute, value in child.attrib.items():
                        self.note(f"{name}/@{attribute} = {value!r}")
                    self._walk(child, child_node, scope, listed)
                continue
            attributes = dict(child.attrib)
            text = None if attributes.get(_NIL) == "true" else (child.text or "")
            scope.leaves.setdefault(name, []).append(Leaf(name, text, attributes))

    # -- placing values in model fields ----------------------------------------------------------------

    def _assign(
        self, scope: Scope, binds: dict[str, Binding], skip: tuple[str, ...] = ()
    ) -> dict[tuple[str, ...], dict[str, Any]]:
        """Field values by the path of the object holding them; notes for the elements without a field."""
        data: dict[tuple[str, ...], dict[str, Any]] = {}
        for element, leaves in scope.leaves.items():
            if element in skip:
                continue
            binding = binds.get(element)
            if binding is None or binding.value is None:
                for leaf in leaves:
                    if not leaf.says_nothing:  # a Not Recorded we do not model loses nothing
                        self.note(f"{element} = {leaf.shown()}")
                continue
            self._place(binding, leaves, data.setdefault(binding.path, {}))
        return data

    def _place(self, binding: Binding, leaves: list[Leaf], target: dict[str, Any]) -> None:
        assert binding.value is not None
        values: list[Any] = []
        present = []
        for leaf in leaves:
            negation = leaf.attributes.get("PN")
            if not leaf.nil and negation in binding.negated:  # "symptom not present": kept as absent
                target.setdefault(binding.negated[negation], []).append(leaf.text)
            else:
                present.append(leaf)
        leaves = present
        for leaf in leaves:
            held = set(binding.attributes)
            if binding.item_model is not None:
                held |= set(value_fields(binding.item_model)[1])
            for attribute, value in leaf.attributes.items():
                if attribute not in KNOWN_ATTRIBUTES and attribute not in held:
                    self.note(f"{leaf.element}/@{attribute} = {value!r}")
            value = self._value(binding, leaf, target)
            if value is not None:
                values.append(value)
        if not values:
            return
        blanks = [v for v in values if isinstance(v, dict) and {"not_value", "pertinent_negative"} & set(v)]
        if binding.is_list and not blanks:
            target[binding.value] = values  # a repeating element: every value kept
            return
        target[binding.value] = values[0]
        for leaf in leaves[1:]:
            self.note(f"{leaf.element} = {leaf.shown()} (only one value kept)")

    def _value(self, binding: Binding, leaf: Leaf, target: dict[str, Any]) -> Any:
        """The field value of one element occurrence (a dict for a Blank), or None when it stays empty."""
        nv, pn = leaf.attributes.get("NV"), leaf.attributes.get("PN")
        for attribute, name in binding.attributes.items():
            if attribute in leaf.attributes:
                target[name] = leaf.attributes[attribute]
        if leaf.nil:
            if pn is not None:
                return {"pertinent_negative": pn}
            if nv in (NotValue.NOT_APPLICABLE.value, NotValue.NOT_REPORTING.value):
                return {"not_value": nv}  # Not Reporting: the source's statement, kept (fields.Blank)
            return None  # Not Recorded: an empty field
        if binding.item_model is not None:  # a value with attributes of its own (a phone and its type)
            value_field, attributes_of = value_fields(binding.item_model)
            item = {value_field: leaf.text}
            item.update({n: leaf.attributes[a] for a, n in attributes_of.items() if a in leaf.attributes})
            return item
        if leaf.element == "eVitals.07" and leaf.text == "p":
            return "P"  # palpated, written either case; the model holds "P"
        if pn is not None:
            if binding.beside_pn is None:
                # A PN can negate its value ("not present"): keeping the value without it would say the
                # opposite of the source, so neither is kept (the source file keeps both).
                self.note(f"{leaf.element} = {leaf.shown()} (a value with a pertinent negative: not kept)")
                return None
            target[binding.beside_pn] = pn
        return leaf.text

    def _validated(
        self,
        model: type[BaseModel],
        data: dict[str, Any],
        where: str,
        nested: dict[tuple[str, ...], dict[str, Any]] | None = None,
        prefix: tuple[str, ...] = (),
    ) -> Any:
        """The model from the data; values it refuses are listed with the reason and left out."""
        if nested is not None:  # nested single models (a section's GCS, the SAMPLE history)
            for path, values in nested.items():
                if len(path) > len(prefix) and path[: len(prefix)] == prefix:
                    holder = data
                    for name in path[len(prefix) : -1]:
                        holder = holder.setdefault(name, {})
                    holder[path[-1]] = values
        for _ in range(100):
            try:
                return model.model_validate(data)
            except ValidationError as error:
                if not self._drop(model, error, data, where):
                    return model()
        return model()

    def _drop(self, model: type[BaseModel], error: ValidationError, data: dict[str, Any], where: str) -> bool:
        dropped = False
        for problem in error.errors():
            holder: Any = data
            parent: dict[str, Any] | None = None
            key: str | None = None
            for part in problem["loc"]:
                if isinstance(holder, list) and isinstance(part, int) and part < len(holder):
                    holder = holder[part]  # into one group of a list: only its refused value goes
                elif isinstance(holder, dict) and part in holder:
                    parent, key, holder = holder, str(part), holder[part]
                else:
                    break
            if parent is None or key is None or key not in parent:
                continue
            value = parent.pop(key)
            dropped = True
            shown = value if not isinstance(value, str) or len(value) < 60 else value[:57] + "..."
            element = _element_of(model, key)
            text = WITHHELD if identifies(element) else repr(shown)
            self.note(f"{element} = {text} ({where}.{key}) not kept: {problem['msg']}")
        if not dropped:  # the rules broken, by field, without the values (they may identify the patient)
            rules = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in error.errors())
            self.note(f"{where}: not kept: {rules}")
        return dropped

    # -- listed groups ---------------------------------------------------------------------------------

    def _objects(self, model: type[BaseModel], scopes: list[Scope], where: str) -> list[Any]:
        found = []
        for index, scope in enumerate(scopes):
            data = self._assign(scope, bindings(model))
            correlation = scope.attributes.get("CorrelationID")
            if correlation is not None and "id" in model.model_fields:  # links (a CPR event's dose) hold
                data.setdefault((), {})["id"] = custom.entry_id(correlation)
            found.append(self._validated(model, data.get((), {}), f"{where}[{index}]", nested=data))
        # an all-empty group is how a file says "none" (eVitals/eMedications/eProcedures must have one)
        return [item for item in found if item.model_dump(exclude={"id"}, exclude_defaults=True)]

    def _procedures(self, scopes: list[Scope]) -> tuple[list[Procedure], dict[str, UUID]]:
        links: dict[str, UUID] = {}
        procedures: list[Procedure] = []
        for index, scope in enumerate(scopes):
            data = self._assign(scope, bindings(Procedure)).get((), {})
            correlation = scope.attributes.get("CorrelationID")
            if correlation is not None:
                data["id"] = links[correlation] = custom.entry_id(correlation)
            procedure = self._validated(Procedure, data, f"procedures[{index}]")
            if procedure.model_dump(exclude={"id"}, exclude_defaults=True):
                procedures.append(procedure)
        return procedures, links

    def _confirmations(self, scopes: list[Scope], links: dict[str, UUID]) -> list[AirwayConfirmation]:
        confirmations = []
        for index, scope in enumerate(scopes):
            data = self._assign(scope, bindings(AirwayConfirmation)).get((), {})
            target = scope.attributes.get("ProcedureGroupCorrelationID")
            if target is not None:
                if target in links:
                    data["procedure_id"] = links[target]
                else:  # names no procedure of this report: kept as given, written back as it came
                    data["procedure_correlation_id"] = target
            confirmations.append(self._validated(AirwayConfirmation, data, f"airway.confirmations[{index}]"))
        return confirmations

    def _crew(self, scope: Scope) -> CrewMember | None:
        data = self._assign(scope, bindings(CrewMember)).get((), {})
        level = _CREW_LEVELS.get(data["other_level"]) if isinstance(data.get("other_level"), str) else None
        if level is not None:  # eCrew.02 9925xxx of our ladder; any other code stays as it came
            data["level"] = level
            del data["other_level"]
        member: CrewMember = self._validated(CrewMember, data, "crew")
        return member if member.model_dump(exclude={"id"}, exclude_defaults=True) else None

    def _findings(self, scope: Scope) -> list[ExamFinding]:
        """The findings of one eExam.AssessmentGroup, at its eExam.03 time: each coded element once, and
        each body-region group's findings with that group's location."""
        at = scope.leaves.get("eExam.03", [Leaf("eExam.03", None, {})])[0].text
        findings = []
        for element, leaves in scope.leaves.items():
            if element != "eExam.03":
                findings += [f for leaf in leaves if (f := self._finding(leaf, at, None)) is not None]
        for finding_element, (group, location_element) in EXAM_REGIONS.items():
            for number, region in enumerate(scope.groups.get(group, [])):
                places = [leaf for leaf in region.leaves.get(location_element, []) if not leaf.nil]
                location = places[0].text if places else None
                found = region.leaves.get(finding_element, [])
                for leaf in found:
                    finding = self._finding(leaf, at, location, number)
                    if finding is not None:
                        findings.append(finding)
                if not found and location is not None:  # a location noted with no finding
                    finding = self._finding(places[0], at, None, number)
                    if finding is not None:
                        findings.append(finding)
        return findings

    def _finding(
        self, leaf: Leaf, at: str | None, location: str | None, group: int | None = None
    ) -> ExamFinding | None:
        pn = leaf.attributes.get("PN")
        data: dict[str, Any] = {"element": leaf.element, "assessed_at": at, "location": location}
        if group is not None:
            data["region_group"] = group
        if leaf.nil:
            if not pn:
                return None  # Not Recorded: nothing to keep
            data["code"] = {"pertinent_negative": pn}
        else:
            data["code"] = leaf.text
            data["pertinent_negative"] = pn  # 8801005: looked for, not found
        try:
            return ExamFinding.model_validate(data)
        except ValidationError as error:
            where = f" at {location}" if location else ""
            self.note(f"{leaf.element} = {leaf.shown()}{where} not kept: {error.errors()[0]['msg']}")
            return None


def _first_into_owner(scope: Scope, model: type[BaseModel]) -> None:
    """A group whose first occurrence is its owner's own fields (`group(..., further=True)`): the first
    occurrence's elements read as the owner's, the later ones stay the group list's items."""
    for where in group_fields(model).values():
        if not where.further:
            continue
        occurrences = scope.groups.get(where.group, [])
        if occurrences:
            for element, leaves in occurrences[0].leaves.items():
                scope.leaves.setdefault(element, []).extend(leaves)
            scope.groups[where.group] = occurrences[1:]


def _element_of(model: type[BaseModel], name: str) -> str:
    """The element a field (or a nested model's field) holds, for naming it in a note."""
    for element, binding in bindings(model).items():
        if name in (binding.value, binding.beside_pn, *binding.path[:1]):
            return element if name in (binding.value, binding.beside_pn) else name
    return name


def modelled_elements() -> frozenset[str]:
    """Every element id an imported report keeps (and so the export writes back)."""
    found: set[str] = set()
    for model in (VitalSigns, Medication, Procedure, AirwayConfirmation, CrewMember, Signature, Device):
        found.update(e for e, b in bindings(model).items() if b.value is not None)
    found.update(e for e, b in bindings(Report, ROOT_SKIP).items() if b.value is not None)
    for where in all_group_fields(Report):
        found.update(e for e, b in bindings(where.model).items() if b.value is not None)
    exam = nodes_by_name()["eExam.AssessmentGroup"].element_ids()
    found.update(e for e in exam if e in ENUMERATIONS)  # ExamFinding: any coded element of the group
    found.add("eExam.03")
    return frozenset(found - set(REGENERATED))


__all__ = ["ImportResult", "modelled_elements", "read"]
