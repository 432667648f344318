"""Which model field holds which NEMSIS element, derived from the fields' own element ids (`el(...)`).

A binding knows the field holding the value, the field holding a pertinent negative that sits beside a value
(ePatient.15 "Approximate", eMedications.03 "Already Taken"), and fields written as attributes
(eVitals.16/@ETCO2Type, eMedications.03/@CodeType). Nested single models (a vital set's GCS) are followed."""

from __future__ import annotations

import types
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from epcr.domain.fields import attribute_of, element_of, group_of, is_further, is_value_of, negation_of
from epcr.domain.nemsis.codes import PertinentNegative

# Fields that are an attribute of their element rather than its value (model shape != XSD shape).
ATTRIBUTE_FIELDS: dict[tuple[str, str], str] = {
    ("eVitals.16", "etco2_unit"): "ETCO2Type",
    ("eMedications.03", "code_type"): "CodeType",
}


@dataclass(slots=True)
class Binding:
    element: str
    path: tuple[str, ...]  # nested model fields from the scope's object to the field's owner
    value: str | None = None  # field holding the value (or a Blank)
    is_list: bool = False
    beside_pn: str | None = None  # field holding a PN written beside the value
    attributes: dict[str, str] = field(default_factory=dict)  # XML attribute -> field
    negated: dict[str, str] = field(default_factory=dict)  # PN -> list field of values documented absent
    item_model: type[BaseModel] | None = None  # a list of values with attributes (a phone number, its type)


def _annotation_args(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def is_list_annotation(annotation: Any) -> bool:
    return any(get_origin(arg) is list for arg in _annotation_args(annotation))


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model of a list's items (list[SceneResponder] | None -> SceneResponder), else None."""
    for arg in _annotation_args(annotation):
        if get_origin(arg) is list:
            inner = get_args(arg)[0]
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _single_model(annotation: Any) -> type[BaseModel] | None:
    for arg in _annotation_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel) and arg.__name__ != "Blank":
            return arg
    return None


@cache
def bindings(model: type[BaseModel], skip: frozenset[str] = frozenset()) -> dict[str, Binding]:
    """element id -> binding for a model and the single models nested in it (fields in `skip` excluded)."""
    found: dict[str, Binding] = {}
    _collect(model, (), skip, found)
    return found


def _collect(
    model: type[BaseModel], path: tuple[str, ...], skip: frozenset[str], found: dict[str, Binding]
) -> None:
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        element = element_of(model, name)
        annotation = info.annotation
        if element is None or element == "custom":
            nested = _single_model(annotation)
            if nested is not None and not is_list_annotation(annotation) and element is None:
                _collect(nested, (*path, name), skip, found)
            continue
        binding = found.get(element)
        if binding is None:
            binding = found[element] = Binding(element=element, path=path)
        elif binding.path != path:
            continue  # the same element held twice (the assessment's initial GCS): the first owner wins
        attribute = ATTRIBUTE_FIELDS.get((element, name)) or attribute_of(model, name)
        negation = negation_of(model, name)
        if negation is not None:
            binding.negated[negation] = name
        elif attribute is not None:
            binding.attributes[attribute] = name
        elif annotation == PertinentNegative | None:
            binding.beside_pn = name
        else:
            binding.value = name
            binding.is_list = is_list_annotation(annotation)
            binding.item_model = _item_model(annotation) if binding.is_list else None


def owner(obj: BaseModel, binding: Binding) -> BaseModel | None:
    for name in binding.path:
        nested = getattr(obj, name)
        if nested is None:
            return None
        obj = nested
    return obj


@dataclass(frozen=True, slots=True)
class GroupField:
    """A repeating NEMSIS group the model holds as a list of models (eScene.ResponderGroup)."""

    group: str
    path: tuple[str, ...]  # nested single models from the scope's object to the list's owner
    field: str
    model: type[BaseModel]
    further: bool = False  # the list holds the occurrences after the first, which is the owner's fields


@cache
def group_fields(model: type[BaseModel]) -> dict[str, GroupField]:
    """group name -> where its list sits, in a model and the single models nested in it."""
    found: dict[str, GroupField] = {}
    _groups(model, (), found)
    return found


def _groups(model: type[BaseModel], path: tuple[str, ...], found: dict[str, GroupField]) -> None:
    for name, info in model.model_fields.items():
        group = group_of(model, name)
        items = _item_model(info.annotation)
        if group is not None and items is not None:
            found[group] = GroupField(group, path, name, items, is_further(model, name))
            continue
        nested = _single_model(info.annotation)
        if nested is not None and not is_list_annotation(info.annotation) and element_of(model, name) is None:
            _groups(nested, (*path, name), found)


@cache
def all_group_fields(model: type[BaseModel]) -> tuple[GroupField, ...]:
    """Every repeating group held as a list of group models in a model, however deep (groups in groups)."""
    found: list[GroupField] = []
    for where in group_fields(model).values():
        found += [where, *all_group_fields(where.model)]
    return tuple(found)


def value_fields(model: type[BaseModel]) -> tuple[str, dict[str, str]]:
    """A value-with-attributes model: its value field, and XML attribute -> field."""
    value = next(n for n in model.model_fields if is_value_of(model, n))
    return value, {a: n for n in model.model_fields if (a := attribute_of(model, n)) is not None}
