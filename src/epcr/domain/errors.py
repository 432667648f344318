"""Turn validation failures into messages an EMT or an admin can act on: the field, what is wrong,
what is allowed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from epcr.domain.nemsis import codes
from epcr.domain.nemsis.element import NemsisCode

# Segments pydantic adds to a location for the member of a union it tried; they are not field names.
_UNION_MEMBER = re.compile(
    r"^(?:[A-Z][A-Za-z0-9]*|[a-z-]+\[.*\]|int|str|float|bool|date|datetime|uuid|dict|list)$"
)


@dataclass(frozen=True, slots=True)
class Problem:
    path: str  # e.g. vitals[0].sbp
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidInput(ValueError):
    """Input refused; `problems` name each field and what is allowed. Nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))


def problems_from(error: ValidationError, prefix: str = "") -> list[Problem]:
    """One problem per field, preferring the union member the input was meant for."""
    by_field: dict[str, list[tuple[bool, str, ErrorDetails]]] = {}
    for detail in error.errors(include_url=False):
        field, path, via_blank = _path(detail["loc"], prefix)
        by_field.setdefault(field, []).append((via_blank, path, detail))
    result = []
    for details in by_field.values():
        meant_blank = any(isinstance(d["input"], dict) and blank for blank, _, d in details)
        chosen = [(p, d) for blank, p, d in details if blank == meant_blank] or [
            (p, d) for _, p, d in details
        ]
        seen: set[tuple[str, str]] = set()
        for path, detail in chosen:
            problem = Problem(path, _message(detail))
            if (problem.path, problem.message) not in seen:
                seen.add((problem.path, problem.message))
                result.append(problem)
    return result


def _path(loc: tuple[int | str, ...], prefix: str) -> tuple[str, str, bool]:
    """(the field before any union member, the full path, whether the Blank member failed)."""
    text, field, via_blank = prefix, None, False
    for segment in loc:
        if isinstance(segment, int):
            text += f"[{segment}]"
        elif _UNION_MEMBER.match(segment):
            field = text if field is None else field
            via_blank = via_blank or "Blank" in segment
        else:
            text += f".{segment}" if text else segment
    return (text if field is None else field), text, via_blank


def _message(detail: ErrorDetails) -> str:
    kind, msg = detail["type"], detail["msg"]
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    if kind == "enum":
        expected = str(detail.get("ctx", {}).get("expected", ""))
        return f"{detail['input']!r} is not an allowed code; allowed: {_labelled(expected)}"
    if kind == "timezone_aware":
        return "a date-time must carry its UTC offset, e.g. 2025-03-02T14:05:00-07:00"
    if kind == "extra_forbidden":
        return "unknown field (not part of the report format; see `epcr schema`)"
    if kind == "literal_error":
        return f"{detail['input']!r} is not allowed; {msg[0].lower()}{msg[1:]}"
    return msg


def _labelled(expected: str) -> str:
    values = re.findall(r"'([^']*)'", expected)
    enum = _enums_by_values().get(frozenset(values))
    if enum is None:
        return expected
    return ", ".join(f"{m.value} ({getattr(m, 'label', m.name)})" for m in enum)


@cache
def _enums_by_values() -> dict[frozenset[str], type[Enum]]:
    found: dict[frozenset[str], type[Enum]] = {}
    for value in vars(codes).values():
        if isinstance(value, type) and issubclass(value, Enum) and value is not NemsisCode:
            found.setdefault(frozenset(str(m.value) for m in value), value)
    return found


def validation_problem(message: str, path: str = "") -> InvalidInput:
    return InvalidInput([Problem(path, message)])


def as_invalid_input(error: ValidationError, prefix: str = "") -> InvalidInput:
    return InvalidInput(problems_from(error, prefix))
