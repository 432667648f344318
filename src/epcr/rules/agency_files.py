"""An agency's file beside the shipped data (scope table, clinical tables, drug reference): the file is in
force when it is good, and kept as the last good copy; when a new one is bad, the last good copy stays in
force, else the shipped data, and what was refused is said. One rule for every table an agency tunes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def in_force(
    agency: Path,
    last_good: Path,
    load: Callable[[Path], T],
    refused: type[Exception],
    shipped: Callable[[], T],
    fallbacks: tuple[str, str],  # the words for "the last good copy" and "the shipped data only"
) -> tuple[T, list[str]]:
    """(what is in force, what was refused and what is used instead)."""
    if not agency.exists():
        return shipped(), []
    try:
        value = load(agency)
    except refused as error:
        problems = [str(error)]
        if last_good.exists():
            try:
                return load(last_good), [*problems, f"using {fallbacks[0]} ({last_good})"]
            except refused as older:
                problems.append(str(older))
        return shipped(), [*problems, f"using {fallbacks[1]}"]
    if not last_good.exists() or last_good.read_bytes() != agency.read_bytes():
        shutil.copyfile(agency, last_good)  # a good file becomes the copy a later bad one falls back to
    return value, []


__all__ = ["in_force"]
