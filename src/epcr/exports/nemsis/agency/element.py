"""A NEMSIS element as data: name, attributes, value, xsi:nil and children, in the order the file had them.

The agency's and the state's data sets are kept as these trees, element by element, so that nothing a file
holds is lost on its way through the station; `to_json`/`from_json` let the station store a section as JSON.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from epcr.exports.nemsis.layout import NEMSIS_NS, XSI_NS

NIL = f"{{{XSI_NS}}}nil"
SCHEMA_LOCATION = f"{{{XSI_NS}}}schemaLocation"
# One fact of a tree: (path with each element's position among same-named siblings, attributes, nil, text).
Fact = tuple[str, tuple[tuple[str, str], ...], bool, str | None]


@dataclass(frozen=True)
class Element:
    """One element. `attrs` holds its attributes by local name (NV, PN, UUID, CustomElementID ...); xsi:nil is
    `nil`, never an attribute. `text` is the value of an element without children (None when empty)."""

    name: str
    attrs: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    nil: bool = False
    children: list[Element] = field(default_factory=list)

    # ---- looking inside ----------------------------------------------------------------------------------

    def all(self, name: str) -> list[Element]:
        """The children named `name`, in order."""
        return [child for child in self.children if child.name == name]

    def first(self, name: str) -> Element | None:
        found = self.all(name)
        return found[0] if found else None

    def value(self, name: str) -> str | None:
        """The value of the first child `name`; None when it is absent or nil."""
        child = self.first(name)
        return None if child is None or child.nil else child.text

    def values(self, name: str) -> list[str]:
        """The values of every child `name` (nil ones left out)."""
        return [child.text for child in self.all(name) if not child.nil and child.text is not None]

    def walk(self) -> list[Element]:
        """This element and every element below it, in document order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    # ---- JSON ---------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.attrs:
            data["attrs"] = dict(self.attrs)
        if self.text is not None:
            data["text"] = self.text
        if self.nil:
            data["nil"] = True
        if self.children:
            data["children"] = [child.to_dict() for child in self.children]
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> Element:
        """The element a `to_dict` made; ValueError naming the place and what is wrong otherwise."""
        if not isinstance(data, dict):
            raise ValueError(f"{where or 'element'}: expected an object, got {type(data).__name__}")
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError(f"{where or 'element'}: 'name' must be a non-empty string")
        here = f"{where}/{name}"
        unknown = set(data) - {"name", "attrs", "text", "nil", "children"}
        if unknown:
            raise ValueError(
                f"{here}: unknown keys {sorted(unknown)}; allowed: name, attrs, text, nil, children"
            )
        attrs = data.get("attrs", {})
        if not isinstance(attrs, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in attrs.items()
        ):
            raise ValueError(f"{here}: 'attrs' must map attribute names to strings")
        text = data.get("text")
        if text is not None and not isinstance(text, str):
            raise ValueError(f"{here}: 'text' must be a string or absent")
        nil = data.get("nil", False)
        if not isinstance(nil, bool):
            raise ValueError(f"{here}: 'nil' must be true or false")
        children = data.get("children", [])
        if not isinstance(children, list):
            raise ValueError(f"{here}: 'children' must be a list")
        return cls(name, dict(attrs), text, nil, [cls.from_dict(child, here) for child in children])

    @classmethod
    def from_json(cls, text: str) -> Element:
        return cls.from_dict(json.loads(text))


# ---- XML ------------------------------------------------------------------------------------------------


def from_xml(node: etree._Element) -> Element:
    """The tree of a parsed NEMSIS element (comments and processing instructions already removed)."""
    children = [from_xml(child) for child in node if isinstance(child.tag, str)]
    # NEMSIS attributes have no namespace: kept by local name (anything else keeps its {namespace}name).
    attrs = {str(k): str(v) for k, v in node.attrib.items() if k not in (NIL, SCHEMA_LOCATION)}
    nil = node.get(NIL) in ("true", "1")
    # A group's text is the indentation between its children: layout, not data.
    text = None if children else node.text
    return Element(etree.QName(node).localname, attrs, text, nil, children)


def to_xml(element: Element, parent: etree._Element | None = None) -> etree._Element:
    """The lxml element of a tree, in the NEMSIS namespace, children in the order the tree has them."""
    tag = f"{{{NEMSIS_NS}}}{element.name}"
    node = (
        etree.Element(tag, nsmap={None: NEMSIS_NS, "xsi": XSI_NS})
        if parent is None
        else etree.SubElement(parent, tag)
    )
    if element.nil:
        node.set(NIL, "true")
    for key, value in element.attrs.items():
        node.set(key, value)
    node.text = element.text
    for child in element.children:
        to_xml(child, node)
    return node


# ---- comparing ------------------------------------------------------------------------------------------


def facts(root: Element) -> Counter[Fact]:
    """The tree as a multiset of facts: two trees with equal facts hold the same elements, groups, attributes
    and values at the same places (a canonical comparison, independent of layout and namespace prefixes)."""
    found: Counter[Fact] = Counter()
    stack: list[tuple[Element, str]] = [(root, root.name)]
    while stack:
        element, path = stack.pop()
        found[(path, tuple(sorted(element.attrs.items())), element.nil, element.text)] += 1
        seen: Counter[str] = Counter()
        for child in element.children:
            seen[child.name] += 1
            stack.append((child, f"{path}/{child.name}[{seen[child.name]}]"))
    return found
