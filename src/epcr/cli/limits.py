"""How large an imported file may be, so that no file can take the device's memory: its size (checked before
it is read), how deep its JSON nests (checked before it is parsed) and how many entries one list holds.

The figures come from the largest realistic report, `epcr.demo.large_report()`: a long critical-care call
with 100 vital sets, 100 procedures, 100 medications and 200 CPR events is 0.32 MB of JSON, nests 5 deep
and its longest list has 200 entries. The limits give that call 25 times its size, 50 times its longest list
and 6 times its depth. Measured: that call 24 times over (7 MiB of JSON, 4,800 CPR events) is read, imported
and opened again in 1.5 s with the process peaking at 144 MiB.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from epcr.domain.errors import InvalidInput, Problem

MAX_FILE_BYTES = 8 * 1024 * 1024  # one import file (JSON or NEMSIS XML)
MAX_DEPTH = 32  # objects and lists inside one another
MAX_ENTRIES = 10_000  # entries of one list (vital sets, CPR events, reports in a file ...)

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # a JSON string: its brackets do not nest
_BRACKET = re.compile(r"[\[\]{}]")


def read_import_file(path: Path) -> bytes:
    """The file's bytes, refused before it is read whole if it is over MAX_FILE_BYTES (a file that grows
    while it is read, or a device such as /dev/zero, is refused the same way)."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise InvalidInput([Problem("", too_large(size))])
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InvalidInput([Problem("", f"cannot read: {error.strerror or error}")]) from None
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput([Problem("", too_large(None))])
    return data


def too_large(size: int | None) -> str:
    limit = f"an imported file may be at most {MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES // 2**20} MiB)"
    if size is None:
        return f"the file is larger than the limit: {limit}"
    return f"the file is {size:,} bytes ({size / 2**20:.1f} MiB); {limit}"


def parse_json(text: str) -> Any:
    """json.loads, after checking the nesting depth (a 10^6-deep file would exhaust the parser's stack);
    then every list's length is checked."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            where = f"line {text.count(chr(10), 0, bracket.start()) + 1}"
            raise InvalidInput(
                [Problem("", f"nested more than {MAX_DEPTH} levels deep (at {where}); a report nests 5")]
            )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise InvalidInput([Problem("", f"not valid JSON: {error.msg} at {where}")]) from None
    if problems := long_lists(data):
        raise InvalidInput(problems)
    return data


def long_lists(data: Any) -> list[Problem]:
    """Every list over MAX_ENTRIES, by its path (walked without recursion)."""
    problems = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            stack.extend((item, f"{where}.{key}" if where else str(key)) for key, item in value.items())
        elif isinstance(value, list):
            if len(value) > MAX_ENTRIES:
                problems.append(
                    Problem(where, f"{len(value):,} entries; a list may hold at most {MAX_ENTRIES:,}")
                )
                continue
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(value))
    return sorted(problems, key=lambda problem: problem.path)
