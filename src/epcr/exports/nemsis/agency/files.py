"""Reading and writing a DEMDataSet or StateDataSet file as an element tree, all or nothing.

`read` takes untrusted bytes: at most 8 MiB (refused before parsing), no DOCTYPE, no entities, no network;
then the official XSD and the national Schematron of that data set. Any [ERROR] refuses the file whole with
every problem (element and line); [WARNING]s come back with the tree. Comments and processing instructions
are not data and are not kept; everything else is, xsi:nil and NV/PN attributes exactly as written.

`write` lays a tree out in the order the XSD demands, with the namespaces and xsi:schemaLocation of the
official files, and returns it only if it passes the same XSD and Schematron."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from lxml import etree

from epcr.exports.nemsis.agency.element import SCHEMA_LOCATION, Element, from_xml, to_xml
from epcr.exports.nemsis.errors import NemsisRefused
from epcr.exports.nemsis.layout import NEMSIS_NS, Node, root_of
from epcr.exports.nemsis.validate import Problem, check

# The EMS import's limit (epcr.cli.limits.MAX_FILE_BYTES, equal by test): cli sits above this layer.
MAX_FILE_BYTES = 8 * 1024 * 1024
DataSet = Literal["DEM", "STATE"]
ROOTS: dict[str, str] = {"DEM": "DEMDataSet", "STATE": "StateDataSet"}
# The schema location the official v3.5.1 files carry (build 250403 Critical Patch 1).
_XSD_URL = "https://nemsis.org/media/nemsis_v3/3.5.1.250403CP1/XSDs/NEMSIS_XSDs"


class DataSetRefused(NemsisRefused):
    """A file that is not a valid DEMDataSet / StateDataSet, or a tree that would not make one; `found` holds
    the problems (each names its element and line) and nothing was read or written."""

    def __init__(self, what: str, found: Sequence[Problem]) -> None:
        self.found = list(found)
        super().__init__(what, [str(problem) for problem in self.found])


class Reading(NamedTuple):
    root: Element
    warnings: list[Problem]  # the national Schematron's [WARNING]s: advice, not a reason to refuse


def _root_name(dataset: DataSet) -> str:
    if dataset not in ROOTS:
        raise ValueError(f"data set {dataset!r} is not one of {', '.join(ROOTS)}")
    return ROOTS[dataset]


def _file_problem(message: str, line: int | None = None) -> Problem:
    return Problem("file", "error", None, f"line {line}" if line else "file", message)


def _parser() -> etree.XMLParser:
    # Untrusted input: no entities, no DTD, no network, no huge text nodes; comments and PIs are not data.
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def read(xml: bytes, dataset: DataSet) -> Reading:
    """The file's root element, after the XSD and the national Schematron; DataSetRefused otherwise."""
    name = _root_name(dataset)
    refused = f"NEMSIS {name} refused, nothing read"
    if len(xml) > MAX_FILE_BYTES:
        limit = f"a file may be at most {MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES // 2**20} MiB)"
        size = f"the file is {len(xml):,} bytes ({len(xml) / 2**20:.1f} MiB)"
        raise DataSetRefused(refused, [_file_problem(f"{size}; {limit}")])
    try:
        node = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        raise DataSetRefused(
            refused, [_file_problem(f"not well-formed XML: {error.msg}", error.lineno)]
        ) from None
    if node.getroottree().docinfo.doctype:
        raise DataSetRefused(refused, [_file_problem("a NEMSIS file has no DOCTYPE (nor entities)", 1)])
    if node.tag != f"{{{NEMSIS_NS}}}{name}":
        found = etree.QName(node).localname
        raise DataSetRefused(
            refused,
            [_file_problem(f"the root element is {found}; expected a NEMSIS {name}", node.sourceline)],
        )
    problems = check(xml, dataset=name)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise DataSetRefused(refused, errors)
    return Reading(from_xml(node), [problem for problem in problems if problem.severity == "warning"])


def _in_schema_order(element: Element, node: Node, where: str) -> tuple[Element, list[Problem]]:
    """The tree with every group's children in XSD order (a stable sort: repeated groups keep their order);
    an element the schema does not have at that place is a problem."""
    position = {child.name: index for index, child in enumerate(node.children)}
    problems: list[Problem] = []
    children: list[tuple[int, Element]] = []
    for child in element.children:
        if child.name not in position:
            allowed = ", ".join(position) or "no child elements"
            problems.append(
                Problem(
                    "xsd",
                    "error",
                    child.name,
                    f"{where}/{child.name}",
                    f"not allowed here; {where} has {allowed}",
                )
            )
            continue
        ordered, below = _in_schema_order(child, node.children[position[child.name]], f"{where}/{child.name}")
        problems.extend(below)
        children.append((position[child.name], ordered))
    children.sort(key=lambda pair: pair[0])
    tree = Element(element.name, element.attrs, element.text, element.nil, [child for _, child in children])
    return tree, problems


def write(root: Element, dataset: DataSet) -> bytes:
    """The tree as a file of the data set, checked by XSD and Schematron; DataSetRefused if it is not valid
    (with every problem), so an invalid file is never returned."""
    name = _root_name(dataset)
    refused = f"NEMSIS {name} not written"
    if root.name != name:
        raise DataSetRefused(refused, [_file_problem(f"the root element is {root.name}; expected {name}")])
    ordered, problems = _in_schema_order(root, root_of(name), name)
    if problems:
        raise DataSetRefused(refused, problems)
    node = to_xml(ordered)
    node.set(SCHEMA_LOCATION, f"{NEMSIS_NS} {_XSD_URL}/{name}_v3.xsd")
    xml: bytes = etree.tostring(node, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    errors = [problem for problem in check(xml, dataset=name) if problem.severity == "error"]
    if errors:
        raise DataSetRefused(refused, errors)
    return xml
