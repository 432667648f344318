"""NEMSIS suggested code lists (DefinedLists): SNOMED CT procedures, RxNorm medications, ICD-10-CM
impressions and symptoms, read from the shipped CSV files for pick lists and lookups."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from epcr.resources import resources_dir


@dataclass(frozen=True, slots=True)
class CodeEntry:
    code: str
    code_system: str  # "RxNorm", "SNOMED-CT" (blood products), or "" where the list does not say
    category: str
    source_label: str  # the code system's own name
    label: str  # NEMSIS' suggested display label


@cache
def _load(name: str) -> dict[str, CodeEntry]:
    path = resources_dir() / "nemsis" / "defined_lists" / f"{name}.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.DictReader(handle)
        return {
            row["Value"]: CodeEntry(
                row["Value"], row["CodeType"], row["Category"], row["SourceLabel"], row["SuggestedLabel"]
            )
            for row in rows
            if row.get("Value")
        }


def procedures() -> dict[str, CodeEntry]:
    return _load("Procedure")


def medications() -> dict[str, CodeEntry]:
    return _load("Medication")


def impressions() -> dict[str, CodeEntry]:
    return _load("Impression")


def symptoms() -> dict[str, CodeEntry]:
    return _load("Symptom")


@cache
def blood_products() -> frozenset[str]:
    """Medications NEMSIS codes in SNOMED CT rather than RxNorm (e143-e145)."""
    return frozenset(code for code, entry in medications().items() if entry.code_system == "SNOMED-CT")


def code_for(entries: dict[str, CodeEntry], source_label: str) -> str:
    """The code whose official name is `source_label` (case-insensitive); KeyError names the label."""
    wanted = source_label.casefold()
    for entry in entries.values():
        if entry.source_label.casefold() == wanted:
            return entry.code
    raise KeyError(f"no code named {source_label!r} in the NEMSIS defined list")
