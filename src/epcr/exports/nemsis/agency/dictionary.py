"""The words of a DEMDataSet code, from the official data dictionary (resources/nemsis/dictionary)."""

from __future__ import annotations

from functools import cache

from epcr.resources import resources_dir


@cache
def dem_codes() -> dict[str, dict[str, str]]:
    """Element id -> code -> description, from DEMDataSet_ElementEnumerations.txt."""
    path = resources_dir() / "nemsis" / "dictionary" / "DEMDataSet_ElementEnumerations.txt"
    codes: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        # 'DEMDataSet'|'dFacility.04'|'Hospital Designations'|'9908021'|'Trauma Center Level 1'|
        # Fields are quoted with ' and descriptions hold apostrophes, so split on the quoted separator.
        parts = line.strip().removeprefix("'").removesuffix("'|").split("'|'")
        if len(parts) == 5:
            codes.setdefault(parts[1], {})[parts[3]] = parts[4]
    return codes


def words(element: str, code: str) -> str | None:
    """The dictionary's description of `code` for `element`; None for a code the dictionary does not list."""
    return dem_codes().get(element, {}).get(code)
