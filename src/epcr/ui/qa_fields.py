"""A report as a read-only tree for QA: each field with its NEMSIS element ID and its value in words, each
leaf carrying its field path so a flag can name it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

if TYPE_CHECKING:
    from epcr.domain.report import Report

PathRole = Qt.ItemDataRole.UserRole + 1


def fill_tree(tree: Any, report: Report) -> dict[str, str]:
    """Each section and entry as a branch, each field as a leaf carrying its field path; the NEMSIS element
    ID beside each field, codes in words. Returns each path's name in words ("vitals 2 › sbp")."""
    tree.clear()
    root = tree.invisibleRootItem()
    names: dict[str, str] = {}
    for name in type(report).model_fields:
        if name not in {"lifecycle", "uuid"}:
            _branch(root, name, name, getattr(report, name), None, names)
    tree.expandToDepth(0)
    return names


def _branch(
    parent: QTreeWidgetItem, name: str, path: str, value: Any, element: str | None, names: dict[str, str]
) -> None:
    from pydantic import BaseModel

    from epcr.domain.fields import Blank, element_of

    label = name.replace("_", " ")
    # The path this one sits in: "airway.confirmations" for an entry, "vitals[<id>]" for its field.
    within = path[: path.rindex("[")] if path.endswith("]") else path.rsplit(".", 1)[0] if "." in path else ""
    names[path] = f"{names[within]} › {label}" if within in names and within != path else label
    if element and element != "custom":
        label = f"{label}  ({element})"
    if isinstance(value, BaseModel) and not isinstance(value, Blank):
        node = QTreeWidgetItem(parent, [label, ""])
        node.setData(0, PathRole, path)
        for field in type(value).model_fields:
            if field != "id":
                inner = getattr(value, field)
                _branch(node, field, f"{path}.{field}", inner, element_of(type(value), field), names)
        return
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, BaseModel) and hasattr(v, "id") for v in value)
    ):
        node = QTreeWidgetItem(parent, [label, f"{len(value)} entries"])
        for number, entry in enumerate(value, 1):
            _branch(node, str(number), f"{path}[{entry.id}]", entry, None, names)
        return
    leaf = QTreeWidgetItem(parent, [label, _words(value, element)])
    leaf.setData(0, PathRole, path)
    leaf.setToolTip(1, leaf.text(1))


def _words(value: Any, element: str | None) -> str:
    """A value as a reviewer reads it: codes by their NEMSIS description, blanks by what they mean."""
    from enum import Enum

    from epcr.domain.fields import Blank
    from epcr.domain.nemsis.element import NemsisCode
    from epcr.domain.nemsis.elements import ENUMERATIONS

    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, Blank):
        code = value.pertinent_negative or value.not_value
        return code.label if isinstance(code, NemsisCode) else str(code)
    if isinstance(value, NemsisCode):
        return value.label
    if isinstance(value, list):
        return "; ".join(_words(v, element) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S %z")
    if isinstance(value, Enum):
        value = value.value
    words = ENUMERATIONS.get(element or "", {}).get(str(value))
    return f"{words} ({value})" if words else str(value)
