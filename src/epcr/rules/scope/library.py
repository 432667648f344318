"""The scope table in force on this device: the national default plus the agency's file, which an admin
installs. A bad file never replaces a good one: the last good table stays in force, and we say so."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from epcr.rules.agency_files import in_force
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
    table, problems = in_force(
        folder / AGENCY_FILE,
        folder / LAST_GOOD_FILE,
        load,
        ScopeTableError,
        load,
        ("the last good agency table", "the national table only"),
    )
    return ActiveScope(table, problems)


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
