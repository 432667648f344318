"""Field paths: how an edit names the field it changes.

`patient.last_name`, `times.arrived_on_scene`, `assessment.gcs.eye`, `vitals[<id>].sbp`,
`airway.confirmations[<id>].device`. A report is stored in *parts*: each singleton section is one part,
each entry of a repeating group (a vital-sign set, a procedure, a CPR event ...) is one part of its own, so
an edit rewrites only the few hundred bytes it touches.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from functools import cache
from typing import Any, Union, get_args, get_origin
from uuid import UUID

from pydantic import BaseModel

from epcr.domain.report import Report

_SEGMENT = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*)(?:\[(?P<id>[0-9a-fA-F-]{36})\])?$")


class PathError(ValueError):
    """A field path that does not name a field of the report."""


@dataclass(frozen=True, slots=True)
class Part:
    """A stored unit of a report: a singleton section or the entries of a repeating group."""

    key: str  # "patient", "vitals", "assessment.exam_findings"
    model: type[BaseModel]
    repeating: bool
    nested_parts: tuple[str, ...]  # field names stored as parts of their own (repeating groups inside)


@dataclass(frozen=True, slots=True)
class FieldPath:
    part: Part
    item_id: str  # "" for a singleton section
    keys: tuple[str, ...]  # field names inside the part's model; () = the whole entry

    def __str__(self) -> str:
        item = f"[{self.item_id}]" if self.item_id else ""
        return ".".join([self.part.key + item, *self.keys]) if self.keys else self.part.key + item


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _list_model(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) is list:
        return _model_in(get_args(annotation)[0])
    return None


@cache
def parts() -> dict[str, Part]:
    """Every part of a report, discovered from the model: no list to keep in step by hand."""
    found: dict[str, Part] = {}
    for name, info in Report.model_fields.items():
        if name in ("lifecycle", "addenda"):
            continue
        if (model := _list_model(info.annotation)) is not None:
            found[name] = Part(name, model, True, ())
        elif (model := _model_in(info.annotation)) is not None:
            # Entries with an id of their own are stored one by one (airway.confirmations); a list of
            # groups without one (scene.responders) is part of its section's value.
            nested = tuple(
                n
                for n, f in model.model_fields.items()
                if (entry := _list_model(f.annotation)) is not None and "id" in entry.model_fields
            )
            found[name] = Part(name, model, False, nested)
            for child in nested:
                child_model = _list_model(model.model_fields[child].annotation)
                assert child_model is not None
                found[f"{name}.{child}"] = Part(f"{name}.{child}", child_model, True, ())
    return found


def parse(path: str) -> FieldPath:
    """Resolve a path; raise PathError naming what is allowed at the first wrong segment."""
    segments = path.split(".") if path else []
    if not segments:
        raise PathError("empty field path")
    head = _SEGMENT.match(segments[0])
    if head is None or head["name"] not in parts():
        raise PathError(f"{segments[0]!r} is not a section; sections: {', '.join(sorted(parts()))}")
    key, item_id, rest = head["name"], head["id"], segments[1:]
    part = parts()[key]
    if not part.repeating and rest:
        nested = _SEGMENT.match(rest[0])
        if nested and nested["name"] in part.nested_parts:
            key, item_id, rest = f"{key}.{nested['name']}", nested["id"], rest[1:]
            part = parts()[key]
    if part.repeating and item_id is None:
        raise PathError(f"{key} is a repeating group: name the entry as {key}[<id>]")
    if not part.repeating and item_id is not None:
        raise PathError(f"{key} is a single section; it has no entries")
    _check_keys(part.model, tuple(rest), path)
    return FieldPath(part, str(UUID(item_id)) if item_id else "", tuple(rest))


def _check_keys(model: type[BaseModel], keys: tuple[str, ...], path: str) -> None:
    current: type[BaseModel] | None = model
    for i, key in enumerate(keys):
        if current is None or key not in current.model_fields:
            where = ".".join(keys[:i]) or "this section"
            allowed = ", ".join(current.model_fields) if current else "nothing (not a section)"
            raise PathError(f"{key!r} is not a field of {where}; fields: {allowed}")
        current = _model_in(_strip_optional(current.model_fields[key].annotation))


def _strip_optional(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def field_annotation(path: str) -> Any:
    """The type annotation of the field a path names (for messages listing allowed values)."""
    fp = parse(path)
    model: Any = fp.part.model
    annotation: Any = model
    for key in fp.keys:
        annotation = model.model_fields[key].annotation
        model = _model_in(_strip_optional(annotation))
    return annotation


__all__ = ["FieldPath", "Part", "PathError", "field_annotation", "parse", "parts"]
