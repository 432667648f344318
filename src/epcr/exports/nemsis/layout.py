"""The shape of a NEMSIS v3.5.1 data set, read from the official XSDs: for every section, its elements and
groups in schema order with their occurrence limits, nillability and attributes. `root_of` gives any data
set's root (EMSDataSet, DEMDataSet, StateDataSet); `dataset()` and the helpers below it are the EMSDataSet's.

Export walks this tree to write elements in the order the schema demands (and to fill Required elements the
report does not hold); import walks it to know which elements are groups and which carry values."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lxml import etree

from epcr.resources import resources_dir

XS = "{http://www.w3.org/2001/XMLSchema}"
NEMSIS_NS = "http://www.nemsis.org"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
ROOT_XSD = "EMSDataSet_v3.xsd"
_NS = {"xs": XS[1:-1]}


def xsd_folder() -> Path:
    """The official XSDs shipped with the project (resources/nemsis/xsd)."""
    return resources_dir() / "nemsis" / "xsd"


@dataclass(frozen=True, slots=True)
class Node:
    """One element declaration: a group (has children) or a value element (has none)."""

    name: str
    min_occurs: int
    max_occurs: int | None  # None = unbounded
    nillable: bool
    attributes: tuple[str, ...]
    children: tuple[Node, ...] = field(default=())

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    @property
    def required(self) -> bool:
        return self.min_occurs > 0

    def child(self, name: str) -> Node:
        for node in self.children:
            if node.name == name:
                return node
        raise KeyError(f"{name} is not a child of {self.name}")

    def walk(self) -> list[Node]:
        """This node and every node below it, in document order."""
        found = [self]
        for node in self.children:
            found.extend(node.walk())
        return found

    def element_ids(self) -> set[str]:
        return {node.name for node in self.walk() if not node.is_group}


def _occurs(value: str | None, default: int) -> int | None:
    if value is None:
        return default
    return None if value == "unbounded" else int(value)


class _Schema:
    def __init__(self, folder: Path) -> None:
        self.complex_types: dict[str, etree._Element] = {}
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
        for path in sorted(folder.glob("*.xsd")):
            root = etree.parse(str(path), parser).getroot()
            for kind in root.iterfind(f"{XS}complexType"):
                self.complex_types[kind.get("name", "")] = kind

    def node(self, decl: etree._Element) -> Node:
        name = decl.get("name", "")
        kind = decl.find(f"{XS}complexType")
        if kind is None and decl.get("type") in self.complex_types:
            kind = self.complex_types[decl.get("type", "")]
        children: tuple[Node, ...] = ()
        attributes: list[str] = []
        if kind is not None:
            sequence = kind.find(f"{XS}sequence")
            if sequence is not None:
                children = tuple(self.node(child) for child in sequence.iterfind(f"{XS}element"))
            attributes = [
                a.get("name", "")
                for a in kind.xpath(
                    "xs:attribute | xs:simpleContent/xs:extension/xs:attribute", namespaces=_NS
                )
            ]
        return Node(
            name=name,
            min_occurs=_occurs(decl.get("minOccurs"), 1) or 0,
            max_occurs=_occurs(decl.get("maxOccurs"), 1),
            nillable=decl.get("nillable") == "true",
            attributes=tuple(attributes),
            children=children,
        )


@cache
def _schema() -> _Schema:
    return _Schema(xsd_folder())


@cache
def root_of(name: str) -> Node:
    """A data set's root (EMSDataSet, DEMDataSet or StateDataSet) with everything below it, from
    `<name>_v3.xsd`."""
    path = xsd_folder() / f"{name}_v3.xsd"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    root = etree.parse(str(path), parser).getroot()
    decl = root.find(f"{XS}element[@name='{name}']")
    if decl is None:
        raise RuntimeError(f"{path} declares no {name} element")
    return _schema().node(decl)


def dataset() -> Node:
    """The EMSDataSet root with everything below it."""
    return root_of("EMSDataSet")


@cache
def patient_care_report() -> Node:
    return dataset().child("Header").child("PatientCareReport")


@cache
def nodes_by_name() -> dict[str, Node]:
    """Every element and group below PatientCareReport by name (names are unique in the EMSDataSet)."""
    return {node.name: node for node in patient_care_report().walk()}


@cache
def parent_of() -> dict[str, str]:
    """Element or group name -> the name of the group or section it sits in."""
    parents: dict[str, str] = {}
    for node in patient_care_report().walk():
        for child in node.children:
            parents[child.name] = node.name
    return parents
