"""One part of a stored report as JSON: resolving a field path, reading and setting a value inside the
part, validating it, and the report-list columns it feeds. Used by the report repository."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import ColumnElement, bindparam, func, update

from epcr.domain.errors import InvalidInput, Problem, as_invalid_input
from epcr.domain.paths import FieldPath, Part, PathError, parse
from epcr.domain.report import Report
from epcr.store.sql import compiled, reports


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


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
