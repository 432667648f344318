#!/usr/bin/env python3
"""Generate the report model's sections that mirror the NEMSIS v3.5.1 XSD one to one.

Sections with no hand-written model (eScene, eInjury, ePayment, eOutcome, eLabs, eProtocols,
eCustomResults) are generated from the official XSDs (their elements and groups, in schema order, with
occurrence limits and attributes) and the data dictionary (names, NOT values, pertinent negatives, facets,
code lists, through epcr.domain.nemsis.elements). Every field carries its element id; the facets, code
lists and blank rules are enforced by NemsisModel at entry; the export and import walk them generically.

Output: src/epcr/domain/nemsis/sections.py. Run `python scripts/generate_sections.py`, `--check` to fail when
the committed file is stale.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from lxml import etree  # noqa: E402

from epcr.domain.nemsis.elements import ELEMENTS  # noqa: E402
from epcr.exports.nemsis.layout import Node, patient_care_report, xsd_folder  # noqa: E402

OUT = ROOT / "src" / "epcr" / "domain" / "nemsis" / "sections.py"
XS = "{http://www.w3.org/2001/XMLSchema}"
# Report field -> the section it holds. Only the field names are ours.
SECTIONS = {
    "scene": "eScene",
    "injury": "eInjury",
    "payment": "ePayment",
    "labs": "eLabs",
    "protocols": "eProtocols",
    "outcome": "eOutcome",
    "custom_results": "eCustomResults",
}
SKIPPED_ATTRIBUTES = {"NV", "PN", "CorrelationID"}  # blanks are Blank; correlation ids are not clinical data
NUMBER_BASES = {"integer", "positiveInteger", "nonNegativeInteger", "int", "long", "short", "gYear"}


def simple_bases() -> dict[str, str]:
    """simpleType or complexType name -> the xs: base type it restricts or extends, followed to the end."""
    parents: dict[str, str] = {}
    for path in sorted(xsd_folder().glob("*.xsd")):
        root = etree.parse(str(path)).getroot()
        for kind in root.iter(f"{XS}simpleType", f"{XS}complexType"):
            name = kind.get("name")
            if not name:
                continue
            found = kind.find(f".//{XS}restriction")
            if found is None:
                found = kind.find(f".//{XS}extension")
            if found is not None and found.get("base"):
                parents[name] = found.get("base", "").split(":")[-1]
    resolved: dict[str, str] = {}
    for name in parents:
        base, seen = parents[name], {name}
        while base in parents and base not in seen:
            seen.add(base)
            base = parents[base]
        resolved[name] = base
    return resolved


def element_type(element_id: str, bases: dict[str, str]) -> str:
    element = ELEMENTS[element_id]
    base = bases.get(element.data_type, element.data_type)
    if base == "dateTime":
        return "AwareDatetime"
    if base == "date":
        return "date"
    if base in NUMBER_BASES:
        return "int"
    if base == "decimal":
        return "float"
    return "str"


def snake(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text.replace("'", ""))
    name = "_".join(w.lower() for w in words) or "value"
    if name[0].isdigit():
        name = "n_" + name
    return name + "_" if keyword.iskeyword(name) else name


def class_name(group: str) -> str:
    section, _, rest = group.partition(".")
    stem = section[1:] + rest.removesuffix("Group")
    return stem[0].upper() + stem[1:]


PLURAL = {"data": "data_records", "procedures": "procedures"}


def group_field(group: str, repeats: bool) -> str:
    name = snake(re.sub(r"(?<!^)(?=[A-Z])", " ", group.partition(".")[2].removesuffix("Group")))
    if not repeats:
        return name
    last = name.rsplit("_", 1)[-1]
    if last in PLURAL:
        return name[: -len(last)] + PLURAL[last]
    return name if name.endswith("s") else name + "s"


class Writer:
    def __init__(self) -> None:
        self.bases = simple_bases()
        self.classes: list[str] = []
        self.value_classes: dict[str, str] = {}

    def group(self, node: Node, name: str) -> str:
        lines: list[str] = []
        used: set[str] = set()
        for child in node.children:
            if child.is_group:
                repeats = child.max_occurs != 1
                field = unique(group_field(child.name, repeats), used)
                inner = self.group(child, class_name(child.name))
                if repeats:
                    lines.append(f'    {field}: list[{inner}] = group("{child.name}")')
                else:
                    lines.append(f'    {field}: {inner} = group("{child.name}", single={inner})')
                continue
            lines += self.value(child, used)
        doc = ELEMENTS[node.name].name if node.name in ELEMENTS else node.name
        body = "\n".join(lines) if lines else "    pass"
        self.classes.append(f'class {name}(NemsisModel):\n    """{doc}"""\n\n{body}\n')
        return name

    def value(self, node: Node, used: set[str]) -> list[str]:
        element = ELEMENTS[node.name]
        field = unique(snake(element.name), used)
        kind = element_type(node.name, self.bases)
        attributes = [a for a in node.attributes if a not in SKIPPED_ATTRIBUTES]
        repeats = node.max_occurs != 1
        blank = "7701001" in element.not_values or bool(element.pertinent_negatives)
        lines = []
        if attributes and repeats:
            kind = self.value_class(node.name, kind, attributes)
            annotation = f"list[{kind}]" + (" | Blank | None" if blank else "")
            lines.append(
                f'    {field}: {annotation} = el("{node.name}", default_factory=list)'
                if not blank
                else f'    {field}: {annotation} = el("{node.name}")'
            )
            return lines
        if repeats:
            annotation = f"list[{kind}]" + (" | Blank" if blank else "") + " | None"
        else:
            annotation = kind + (" | Blank" if blank else "") + " | None"
        lines.append(f'    {field}: {annotation} = el("{node.name}")')
        if element.pertinent_negatives and not element.pn_on_nil_only and not repeats:
            beside = unique(f"{field}_pertinent_negative", used)
            lines.append(f'    {beside}: PertinentNegative | None = el("{node.name}")')
        for attribute in attributes:
            name = unique(f"{field}_{snake(re.sub(r'(?<!^)(?=[A-Z])', ' ', attribute))}", used)
            lines.append(f'    {name}: str | None = attribute("{node.name}", "{attribute}")')
        return lines

    def value_class(self, element_id: str, kind: str, attributes: list[str]) -> str:
        """A repeated value that carries attributes of its own (a phone number and its type)."""
        name = "".join(w.capitalize() for w in snake(ELEMENTS[element_id].name).split("_")) + "Value"
        if name not in self.value_classes:
            fields = [f'    value: {kind} = value_of("{element_id}")']
            for attribute in attributes:
                field = snake(re.sub(r"(?<!^)(?=[A-Z])", " ", attribute))
                fields.append(f'    {field}: str | None = attribute("{element_id}", "{attribute}")')
            doc = f"{ELEMENTS[element_id].name}: one value with its attributes"
            self.value_classes[name] = (
                f'class {name}(NemsisModel):\n    """{doc}"""\n\n' + "\n".join(fields) + "\n"
            )
        return name


def unique(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    while candidate in used:
        candidate, number = f"{name}_{number}", number + 1
    used.add(candidate)
    return candidate


def render() -> str:
    writer = Writer()
    pcr = patient_care_report()
    roots = {}
    for field, section in SECTIONS.items():
        node = pcr.child(section)
        roots[field] = writer.group(node, section[1:])
    header = (
        "# GENERATED FILE - do not edit. Produced by scripts/generate_sections.py from the NEMSIS v3.5.1"
        " XSDs\n# and data dictionary (NEMSIS TAC, www.nemsis.org)."
        " Regenerate with: python scripts/generate_sections.py\n"
        '"""The report sections that mirror the NEMSIS XSD one to one: every element a field (its id beside'
        ' it),\nevery group a model, repeating groups lists, attributes fields of their own."""\n\n'
        "from __future__ import annotations\n\n"
        "{imports}"
        "from epcr.domain.fields import Blank, NemsisModel, attribute, el, group, value_of\n"
        "from epcr.domain.nemsis.codes import PertinentNegative\n\n"
        "__all__ = [\n"
        + "".join(f'    "{c}",\n' for c in sorted(roots.values()))
        + '    "SECTIONS",\n]\n\n\n'
    )
    body = "\n\n".join([*writer.value_classes.values(), *writer.classes])
    table = "\n\n# Report field -> (section model, its XSD section).\n"
    table += "SECTIONS: dict[str, tuple[type[NemsisModel], str]] = {\n"
    table += "".join(f'    "{field}": ({roots[field]}, "{SECTIONS[field]}"),\n' for field in SECTIONS) + "}\n"
    imports = "from datetime import date\n\n" if re.search(r"\bdate\b", body) else ""
    imports += "from pydantic import AwareDatetime\n\n" if "AwareDatetime" in body else ""
    return header.replace("{imports}", imports) + body + table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed file is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUT.relative_to(ROOT)} is stale: run python scripts/generate_sections.py", file=sys.stderr
            )
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
