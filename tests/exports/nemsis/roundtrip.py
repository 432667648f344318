"""Element-by-element comparison of two EMSDataSet files over the elements the model keeps."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from epcr.exports.nemsis.layout import NEMSIS_NS, XSI_NS
from epcr.exports.nemsis.reading import LISTED, modelled_elements

NIL = f"{{{XSI_NS}}}nil"
# "Not Recorded" says nothing was documented: the same as an absent optional element ("Not Reporting" is a
# statement of the source, kept and compared like a value).
UNDOCUMENTED = {"7701003"}
UNORDERED = {"eExam.AssessmentGroup"}  # findings are regrouped by their assessment time

Entry = tuple[str, str, int, object, str | None, str | None, tuple[tuple[str, str], ...]]


def _normal(text: str | None) -> object:
    if text is None:
        return None
    if "T" in text and text[:4].isdigit():
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return text
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return text.strip()


def entries(xml: bytes) -> dict[str, Counter[Entry]]:
    """Per report UUID: (element, listed group, instance number, value, NV, PN, attributes) counted."""
    root = etree.fromstring(xml)
    modelled = modelled_elements()
    found: dict[str, Counter[Entry]] = {}
    for pcr in root.iter(f"{{{NEMSIS_NS}}}PatientCareReport"):
        counted: Counter[Entry] = Counter()
        instances: Counter[str] = Counter()
        for element in pcr.iter("{*}*"):
            name = etree.QName(element).localname
            if name in LISTED:
                instances[name] += 1
            if name not in modelled:
                continue
            group, index = "", 0
            for ancestor in element.iterancestors():
                local = etree.QName(ancestor).localname
                if local in LISTED:
                    group = local
                    index = 0 if local in UNORDERED else instances[local]
                    break
            nv, pn = element.get("NV"), element.get("PN")
            if nv in UNDOCUMENTED:
                continue
            text = None if element.get(NIL) == "true" else element.text
            if name == "eVitals.07" and text == "p":
                text = "P"  # palpated, either case
            attributes = tuple(
                sorted((k, v) for k, v in element.attrib.items() if k in {"ETCO2Type", "CodeType"})
            )
            entry = (name, group, index, _normal(text), nv, pn, attributes)
            if name == "eExam.03" and entry in counted:
                continue  # assessments at the same moment are one group after export
            counted[entry] += 1
        found[pcr.get("UUID", "")] = counted
    return found


def differences(source: bytes, exported: bytes, not_modelled: list[str]) -> list[str]:
    """What the export lost or changed of a source file, leaving out what the import listed as not kept."""
    before, after = entries(source), entries(exported)
    problems: list[str] = []
    if set(before) != set(after):
        return [f"report UUIDs differ: {sorted(before)} vs {sorted(after)}"]
    for uuid, counted in before.items():
        noted = noted_elements(not_modelled, uuid)
        lost = counted - after[uuid]
        added = after[uuid] - counted
        for entry in sorted(lost, key=str):
            if entry[0] not in noted:
                problems.append(f"{uuid}: lost {entry}")
        for entry in sorted(added, key=str):
            if entry[0] not in noted:
                problems.append(f"{uuid}: added {entry}")
    return problems


def noted_elements(not_modelled: list[str], uuid: str) -> set[str]:
    """The elements the import listed as (partly) not kept for one report."""
    return {
        line.split(": ", 1)[1].split(" ", 1)[0].split("/")[0]
        for line in not_modelled
        if line.startswith(f"report {uuid}: ")
    }
