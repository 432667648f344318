"""The sections generated from the XSD (scene, injury, payment, labs, protocols, outcome, custom results), as
PDF blocks: each documented element by its NEMSIS name, codes in words, repeating groups as tables. Only what
was documented is printed; an empty section prints nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from reportlab.platypus import Flowable

from epcr.domain.fields import BINARY_TYPES, Blank, attribute_of, element_of, group_of
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS
from epcr.exports.pdf.blocks import Blocks
from epcr.exports.pdf.page import CONTENT_WIDTH
from epcr.exports.pdf.words import words

Clock = Callable[[Any], str]


def has_content(obj: BaseModel) -> bool:
    return any(_filled(getattr(obj, name)) for name in type(obj).model_fields)


def blocks(b: Blocks, obj: BaseModel, clock: Clock) -> list[Flowable]:
    """A generated section (or one of its single groups): its values as label/value pairs, its repeating
    groups as tables, its single groups under a subheading of their own."""
    model = type(obj)
    pairs: list[tuple[str, str]] = []
    after: list[Flowable] = []
    for name in model.model_fields:
        value = getattr(obj, name)
        if not _filled(value):
            continue
        group = group_of(model, name)
        if group is not None and isinstance(value, list):
            after += [b.subheading(_group_label(group)), _table(b, value, clock)]
        elif group is not None and isinstance(value, BaseModel):
            after += [b.subheading(_group_label(group)), *blocks(b, value, clock)]
        elif attribute_of(model, name) is None:
            pairs.append((_label(model, name), _text(model, name, obj, clock)))
    return ([b.fields(pairs)] if pairs else []) + after


def table(b: Blocks, items: Sequence[BaseModel], clock: Clock) -> Flowable:
    """Entries of a repeating group as a table: one column per documented element (ids left out)."""
    return _table(b, list(items), clock)


def _table(b: Blocks, items: list[BaseModel], clock: Clock) -> Flowable:
    model = type(items[0])
    columns = [
        n
        for n in model.model_fields
        if attribute_of(model, n) is None
        and (element_of(model, n) or group_of(model, n))  # an entry's id is not documentation
        and any(_filled(getattr(i, n)) for i in items)
    ]
    rows = [[_text(model, n, item, clock) for n in columns] for item in items]
    width = CONTENT_WIDTH / max(len(columns), 1)
    return b.table([_label(model, n) for n in columns], rows, [width] * len(columns))


def _filled(value: Any) -> bool:
    if isinstance(value, BaseModel) and not isinstance(value, Blank):
        return has_content(value)
    return value is not None and value != [] and value != ""


def _label(model: type[BaseModel], name: str) -> str:
    element = element_of(model, name)
    if element in ELEMENTS:
        return ELEMENTS[element].name
    return name.replace("_", " ").capitalize()


def _group_label(group: str) -> str:
    section, _, name = group.partition(".")
    # "EMSCrewMember" -> "EMS Crew Member": a space where a word starts, acronyms kept whole
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name.removesuffix("Group"))
    return f"{spaced} ({section})"


def _text(model: type[BaseModel], name: str, obj: BaseModel, clock: Clock) -> str:
    value = getattr(obj, name)
    element = element_of(model, name) or ""
    attributes = {
        attribute_of(model, n): getattr(obj, n)
        for n in model.model_fields
        if element_of(model, n) == element and attribute_of(model, n) and getattr(obj, n) is not None
    }
    shown = _value(element, value, clock)
    if attributes:
        shown += " (" + ", ".join(f"{a} {v}" for a, v in attributes.items()) + ")"
    return shown


def _value(element: str, value: Any, clock: Clock) -> str:
    if isinstance(value, list):
        return ", ".join(_value(element, item, clock) for item in value)
    if isinstance(value, BaseModel) and not isinstance(value, Blank):  # a value with its attributes
        model = type(value)
        return ", ".join(
            _text(model, n, value, clock) for n in model.model_fields if attribute_of(model, n) is None
        )
    if isinstance(value, datetime):
        return clock(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and element in ELEMENTS and ELEMENTS[element].data_type in BINARY_TYPES:
        return f"file attached, {len(value) * 3 // 4 / 1024:.0f} KB"  # the file itself, not its base64
    if isinstance(value, str) and element in ENUMERATIONS:
        label = ENUMERATIONS[element].get(value)
        return f"{label} ({value})" if label else value
    return words(value)
