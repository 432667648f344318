"""One part of a stored report as JSON: resolving a field path, reading and setting a value inside the
part, validating it, and the report-list columns it feeds. Used by the report repository."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from sqlalchemy import ColumnElement, bindparam, func, update

from epcr.domain.errors import InvalidInput, Problem, as_invalid_input
from epcr.domain.fields import Blank, as_given_fields, element_of, not_reporting_in
from epcr.domain.nemsis.codes import NotValue
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.paths import FieldPath, Part, PathError, parse, parts
from epcr.domain.report import Report
from epcr.store.sql import compiled, reports

# Made once: json.dumps with these options builds a new encoder on every call (twice per saved edit).
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(value: Any) -> str:
    return _ENCODE(value)


@lru_cache(maxsize=4096)
def parse_path(path: str) -> FieldPath:
    return parse(path)


def summary_of(part_key: str, data: dict[str, Any]) -> dict[str, Any]:
    """The report-list columns a part feeds, so the list never has to open a report."""
    if part_key == "response":
        return {"pcr_number": data.get("pcr_number"), "unit": data.get("call_sign")}
    if part_key == "times":
        notified = data.get("unit_notified")
        if isinstance(notified, str):
            return {
                "incident_at": notified,
                "sort_at": datetime.fromisoformat(notified).astimezone(UTC).isoformat(),
            }
        return {"incident_at": None, "sort_at": None}
    if part_key == "situation":
        complaint = data.get("chief_complaint")
        return {"chief_complaint": complaint if isinstance(complaint, str) else None}
    if part_key == "patient":
        names = [data.get("last_name"), data.get("first_name")]
        shown = [n for n in names if isinstance(n, str) and n]
        return {"patient_name": ", ".join(shown) or None}
    return {}


@lru_cache(maxsize=64)
def touch_sql(columns: tuple[str, ...]) -> str:
    """A draft's edit: bump its revision and updated_at (:now), and set the list columns the edited part
    feeds (one parameter per column, by its name). Refuses (no row) a report that is not a draft (:rid)."""
    values: dict[str, ColumnElement[Any]] = {
        "updated_at": bindparam("now"),
        "revision": reports.c.revision + 1,
    }
    for column in columns:
        # With no incident time the list orders the report by when it was created.
        values[column] = (
            func.coalesce(bindparam(column), reports.c.created_at)
            if column == "sort_at"
            else bindparam(column)
        )
    statement = (
        update(reports).where(reports.c.id == bindparam("rid"), reports.c.status == "draft").values(values)
    )
    return compiled(statement, "now", "rid", *columns)


def check_lock_integrity(report: Report) -> None:
    life = report.lifecycle
    if not (life.locked_at and life.locked_by and life.content_hash):
        raise InvalidInput(
            [Problem("lifecycle", "a locked report needs locked_at, locked_by and content_hash")]
        )
    if report.content_hash() != life.content_hash:
        raise InvalidInput(
            [
                Problem(
                    "lifecycle.content_hash",
                    "does not match the report's content: it was altered after locking",
                )
            ]
        )
    previous = life.content_hash
    for index, addendum in enumerate(report.addenda):
        if addendum.previous_hash != previous or not addendum.verify(report.uuid):
            raise InvalidInput([Problem(f"addenda[{index}]", "hash chain broken: the addendum was altered")])
        previous = addendum.hash


def entries(report: Report, key: str) -> list[BaseModel]:
    section, _, child = key.partition(".")
    value = getattr(report, section)
    return list(getattr(value, child) if child else value)


def parse_or_invalid(path: str) -> FieldPath:
    try:
        return parse_path(path)
    except PathError as error:
        raise InvalidInput([Problem(path, str(error))]) from None


def entry_path(fp: FieldPath) -> str:
    return f"{fp.part.key}[{fp.item_id}]" if fp.item_id else fp.part.key


def validate_part(part: Part, data: Any, prefix: str) -> BaseModel:
    try:
        return part.model.model_validate(data)
    except ValidationError as error:
        raise as_invalid_input(error, prefix) from None


def get_value(data: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def set_value(data: dict[str, Any], keys: tuple[str, ...], value: Any) -> None:
    for key in keys[:-1]:
        child = data.get(key)
        if not isinstance(child, dict):
            child = {}
            data[key] = child
        data = child
    data[keys[-1]] = value.model_dump(mode="json") if isinstance(value, BaseModel) else value


# -- what a person may not enter ---------------------------------------------------------------------------

NOT_REPORTING_CODE = f'"{NotValue.NOT_REPORTING.value}"'  # as it sits in a part's JSON
NOT_REPORTING_REFUSED = (
    "7701005 Not Reporting is a NEMSIS file's statement that its agency does not collect the element: "
    "only an import keeps it. Leave the field empty, or choose Not Applicable or a pertinent negative"
)


def worth_checking(model: type[BaseModel], stored: str, keys: tuple[str, ...] = ()) -> bool:
    """Whether a part's new JSON (`keys`: the field edited in it, () for all of it) may hold something
    `refused_entries` refuses: a text search, no parsing, so an ordinary edit costs nothing more."""
    given = as_given_fields(model)
    return NOT_REPORTING_CODE in stored or bool(given and (not keys or keys[0] in given))


def refused_entries(model: type[BaseModel], before: Any, after: Any, where: str) -> list[Problem]:
    """What a person's entry into one stored part (a section or an entry: `before` and `after` its JSON,
    `before` None for a new one) may not carry: a Not Reporting the part did not already hold, or a change
    to a field kept only as its source gave it (`as_given`). What an import kept stays as it is: a Not
    Reporting the part held is counted by where it sits (list positions aside), so an edit elsewhere, a
    reordered or removed group, still passes."""
    problems: list[Problem] = []
    new = not_reporting_in(after)
    if new:
        had = Counter(_anywhere(keys) for keys in not_reporting_in(before))
        for keys in new:
            if had[_anywhere(keys)] > 0:
                had[_anywhere(keys)] -= 1
                continue
            problems.append(
                Problem(_path(where, keys), f"{_element_label(model, keys)}{NOT_REPORTING_REFUSED}")
            )
    for name in as_given_fields(model):
        old = before.get(name) if isinstance(before, dict) else None
        if isinstance(after, dict) and after.get(name) != old:
            element = ELEMENTS[element_of(model, name) or ""]
            problems.append(
                Problem(
                    _path(where, (name,)),
                    f"{element.label} is kept only as an imported file gave it; it is not entered or edited",
                )
            )
    return problems


def refused_in_report(report: Report) -> list[Problem]:
    """`refused_entries` over a whole new report (created here, or a person's draft typed in as JSON)."""
    problems: list[Problem] = []
    for key, part in parts().items():
        if part.repeating:
            for entry in entries(report, key):
                data = entry.model_dump(mode="json")
                problems += refused_entries(part.model, None, data, f"{key}[{data['id']}]")
        else:
            data = getattr(report, key).model_dump(mode="json", exclude=set(part.nested_parts))
            problems += refused_entries(part.model, None, data, key)
    return problems


def _anywhere(keys: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A place in a part with its list positions left out (scene.responders[*].x)."""
    return tuple("*" if isinstance(key, int) else key for key in keys)


def _path(where: str, keys: tuple[str | int, ...]) -> str:
    text = where
    for key in keys:
        text += f"[{key}]" if isinstance(key, int) else f".{key}" if text else key
    return text


def _element_label(model: type[BaseModel], keys: tuple[str | int, ...]) -> str:
    """ "ePatient.02 Last Name: " for the field the keys lead to in a part's model ("" when it has none)."""
    current: type[BaseModel] | None = model
    element: str | None = None
    for key in keys:
        if isinstance(key, int) or current is None:
            continue
        info = current.model_fields.get(key)
        if info is None:
            return ""
        element = element_of(current, key)
        current = _inner_model(info.annotation)  # type: ignore[arg-type]  # annotations are hashable
    found = ELEMENTS.get(element or "")
    return f"{found.label}: " if found is not None else ""


@cache
def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds (alone, in a list, beside a Blank or None), else None."""
    if get_origin(annotation) is Union or type(annotation).__name__ == "UnionType":
        found = [_inner_model(a) for a in get_args(annotation)]
        return next((m for m in found if m is not None), None)
    if get_origin(annotation) is list:
        return _inner_model(get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and annotation is not Blank:
        return annotation
    return None
