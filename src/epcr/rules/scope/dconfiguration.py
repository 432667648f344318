"""Scope tables in the NEMSIS DEMDataSet shape: dConfiguration.ProcedureGroup (level x SNOMED CT procedures,
dConfiguration.06/.07) and dConfiguration.MedicationGroup (level x medications, dConfiguration.08/.09).

That shape has no routes, endorsements or dates: an export lists what each level may do without an
endorsement by at least one route; an import gives each listed code to exactly the levels that list it.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from epcr.domain.defined_lists import medications, procedures
from epcr.domain.levels import Level
from epcr.rules.scope.loading import ScopeTableError
from epcr.rules.scope.table import Kind, ScopeTable

NS = "http://www.nemsis.org"
_GROUPS = {
    Kind.PROCEDURE: ("dConfiguration.ProcedureGroup", "dConfiguration.06", "dConfiguration.07"),
    Kind.MEDICATION: ("dConfiguration.MedicationGroup", "dConfiguration.08", "dConfiguration.09"),
}


def export_xml(table: ScopeTable, on: date, state: str) -> str:
    """A <dConfiguration> element for `state` (2-digit ANSI code), as a DEMDataSet carries it."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}dConfiguration")
    group = ET.SubElement(root, f"{{{NS}}}dConfiguration.ConfigurationGroup", UUID=str(uuid.uuid4()))
    ET.SubElement(group, f"{{{NS}}}dConfiguration.01").text = state
    for kind in (Kind.PROCEDURE, Kind.MEDICATION):
        tag, level_tag, code_tag = _GROUPS[kind]
        for level in Level:
            if level.value not in table.ladder:
                continue
            codes = table.permitted_codes(kind, level.value, on)
            if not codes:
                continue
            node = ET.SubElement(group, f"{{{NS}}}{tag}", UUID=str(uuid.uuid4()))
            ET.SubElement(node, f"{{{NS}}}{level_tag}").text = level.scope_code.value
            for code in codes:
                element = ET.SubElement(node, f"{{{NS}}}{code_tag}")
                element.text = code
                if kind is Kind.MEDICATION:  # CodeType: RxNorm, or SNOMED CT for blood products
                    entry = medications().get(code)
                    element.set(
                        "CodeType", "9924005" if entry and entry.code_system == "SNOMED-CT" else "9924003"
                    )
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def import_toml(source: Path | str | bytes | ET.Element, table_id: str, name: str, jurisdiction: str) -> str:
    """A scope table file (TOML) from the dConfiguration groups of a DEMDataSet or dConfiguration: a file
    (Path), its XML text (str or bytes: what the station keeps of an agency's dConfiguration) or an
    element."""
    path = source if isinstance(source, Path) else Path("dConfiguration")  # names the source in the TOML
    try:
        if isinstance(source, Path):
            root = ET.parse(source).getroot()
        elif isinstance(source, str | bytes):
            root = ET.fromstring(source)
        else:
            root = source
    except (ET.ParseError, OSError) as error:
        raise ScopeTableError(
            path, getattr(error, "position", (None,))[0], f"not readable XML: {error}"
        ) from None
    by_code: dict[Kind, dict[str, list[str]]] = {Kind.PROCEDURE: {}, Kind.MEDICATION: {}}
    levels_seen: set[str] = set()
    for kind, (tag, level_tag, code_tag) in _GROUPS.items():
        for group in root.iter(f"{{{NS}}}{tag}"):
            level_code = (group.findtext(f"{{{NS}}}{level_tag}") or "").strip()
            level = Level.from_scope_code(level_code)
            if level is None:
                continue  # physicians, nurses ...: not on the EMS ladder we check against
            levels_seen.add(level.value)
            for element in group.iter(f"{{{NS}}}{code_tag}"):
                code = (element.text or "").strip()
                if code:
                    by_code[kind].setdefault(code, []).append(level.value)
    if not levels_seen:
        raise ScopeTableError(
            path, None, "no dConfiguration.ProcedureGroup or MedicationGroup for an EMS level"
        )
    lines = [
        f"# Imported from {path.name} (NEMSIS dConfiguration): each code is permitted at exactly the levels",
        "# that list it; levels do not include each other.",
        "[table]",
        f"id = {_q(table_id)}",
        f"name = {_q(name)}",
        f"jurisdiction = {_q(jurisdiction)}",
        'role = "state"  # a whole table: the licensed scope of its levels',
        "",
        "[levels]",
        *(f"{_q(level.value)} = []" for level in Level if level.value in levels_seen),
    ]
    labels = {Kind.PROCEDURE: procedures(), Kind.MEDICATION: medications()}
    for kind, codes in by_code.items():
        name_key, code_key = ("skill", "snomed") if kind is Kind.PROCEDURE else ("drug", "rxnorm")
        for code, levels in sorted(codes.items()):
            entry = labels[kind].get(code)
            lines += [
                "",
                f"[[{kind.value}]]",
                f"{name_key} = {_q(entry.source_label if entry else f'{kind.value} {code}')}",
                f"{code_key} = [{_q(code)}]",
                f"levels = [{', '.join(_q(level) for level in sorted(set(levels)))}]",
                f"source = {_q(f'{path.name}: NEMSIS dConfiguration, levels permitted ({code})')}",
            ]
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
