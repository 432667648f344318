"""The unit a device rides in (set on the device by an admin) and the agency's PCR number pattern: what a new
report's eResponse and eRecord.01 start with."""

from __future__ import annotations

import re
from datetime import date

from epcr.domain.fields import NemsisModel, check_value, el
from epcr.domain.nemsis.codes import UnitCapability
from epcr.domain.nemsis.elements import ELEMENTS


class Unit(NemsisModel):
    """Which vehicle this device is in (`epcr unit set`); its capability overrides the agency's default."""

    vehicle_number: str = el("eResponse.13", ...)
    call_sign: str = el("eResponse.14", ...)
    unit_capability: UnitCapability | None = el("eResponse.07")


# {yyyy} {yy} {mm} {dd}: the call's local date; {unit}: eResponse.13; {agency}: eResponse.01; {seq} or
# {seq:05}: this device's report counter (zero-padded to 5)
PLACEHOLDERS = ("yyyy", "yy", "mm", "dd", "unit", "agency", "seq")
_TOKEN = re.compile(r"\{([^{}]*)\}")
_SEQ = re.compile(r"seq(?::0([1-9][0-9]?))?")
_PCR = ELEMENTS["eRecord.01"]
EXAMPLE = "{yyyy}-{unit}-{seq:05}"


def check_pattern(pattern: str) -> str:
    """The pattern, or ValueError saying what is wrong and what is allowed."""
    allowed = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    seqs = 0
    for name in _TOKEN.findall(pattern):
        if _SEQ.fullmatch(name):
            seqs += 1
        elif name not in PLACEHOLDERS:
            raise ValueError(
                f"unknown placeholder {{{name}}}; allowed: {allowed} or {{seq:0N}} (e.g. {EXAMPLE})"
            )
    literal = _TOKEN.sub("", pattern)
    if "{" in literal or "}" in literal:
        raise ValueError(f"an unmatched brace; placeholders are written {{name}}, e.g. {EXAMPLE}")
    if not literal.isprintable():
        raise ValueError("control characters (tab, newline) are not allowed")
    if seqs != 1:
        raise ValueError(
            f"needs exactly one {{seq}} (the report counter) so no two reports share a number; e.g. {EXAMPLE}"
        )
    shortest = len(format_number(pattern, date(2000, 1, 1), 1, "1", "1", check=False) or "")
    if shortest > (_PCR.max_length or shortest):
        raise ValueError(
            f"its numbers would be at least {shortest} characters; "
            f"{_PCR.label} allows at most {_PCR.max_length}"
        )
    return pattern


def format_number(
    pattern: str, on: date, seq: int, unit: str | None, agency: str | None, check: bool = True
) -> str | None:
    """The PCR number the pattern gives; None when a placeholder has no value here (no unit set) or the number
    would not be a valid eRecord.01."""
    values = {
        "yyyy": f"{on.year:04d}",
        "yy": f"{on.year % 100:02d}",
        "mm": f"{on.month:02d}",
        "dd": f"{on.day:02d}",
        "unit": unit,
        "agency": agency,
    }
    missing = False

    def fill(match: re.Match[str]) -> str:
        nonlocal missing
        name = match.group(1)
        if seq_match := _SEQ.fullmatch(name):
            return str(seq).zfill(int(seq_match.group(1) or 0))
        value = values.get(name)
        missing = missing or not value
        return value or ""

    number = _TOKEN.sub(fill, pattern)
    if missing:
        return None
    if check:
        try:
            check_value(_PCR, number)
        except ValueError:
            return None
    return number


__all__ = ["EXAMPLE", "PLACEHOLDERS", "Unit", "check_pattern", "format_number"]
