"""The scope table in force on this device: the national default plus the agency's file, which an admin
installs. A bad file never replaces a good one: the last good table stays in force, and we say so."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from epcr.rules.scope.loading import ScopeTableError, load
from epcr.rules.scope.table import ScopeTable

AGENCY_FILE = "agency.toml"
LAST_GOOD_FILE = "agency.last-good.toml"


@dataclass(frozen=True)
class ActiveScope:
    table: ScopeTable
    problems: list[str] = field(default_factory=list)  # what went wrong, and what is used instead


def scope_folder(home: Path) -> Path:
    return home / "scope"


def active_scope(home: Path) -> ActiveScope:
    folder = scope_folder(home)
    agency, last_good = folder / AGENCY_FILE, folder / LAST_GOOD_FILE
    if not agency.exists():
        return ActiveScope(load())
    try:
        table = load(agency)
    except ScopeTableError as error:
        problems = [str(error)]
        if last_good.exists():
            try:
                return ActiveScope(
                    load(last_good), [*problems, f"using the last good agency table ({last_good})"]
                )
            except ScopeTableError as older:
                problems.append(str(older))
        return ActiveScope(load(), [*problems, "using the national table only"])
    if not last_good.exists() or last_good.read_bytes() != agency.read_bytes():
        shutil.copyfile(agency, last_good)
    return ActiveScope(table)


def install(home: Path, source: Path) -> ScopeTable:
    """Check `source` whole, then make it the agency table; a bad file raises and changes nothing."""
    table = load(source)
    folder = scope_folder(home)
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f".{AGENCY_FILE}.new"
    shutil.copyfile(source, staged)
    staged.replace(folder / AGENCY_FILE)  # atomic: a crash leaves the old table or the new, never half
    shutil.copyfile(folder / AGENCY_FILE, folder / LAST_GOOD_FILE)
    return table
