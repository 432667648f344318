"""The agency configuration on the device: pulled from the station, applied whole, kept for offline use.

Each file is replaced atomically and the version marker is written last, so a crash mid-apply leaves the
previous version in force and the next sync applies the new one again.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import TypeAdapter

from epcr.domain.directory import Facility, Vehicle
from epcr.rules.scope.library import install
from epcr.sync.protocol import AgencyConfig, AgencySettings

SETTINGS_FILE = "agency-settings.json"
VERSION_FILE = "agency-version.json"
FACILITIES_FILE = "agency-facilities.json"  # the destinations the editor offers (dFacility)
VEHICLES_FILE = "agency-vehicles.json"  # the units the editor offers (dVehicle)

_FACILITIES = TypeAdapter(list[Facility])
_VEHICLES = TypeAdapter(list[Vehicle])


def applied_version(home: Path) -> int:
    try:
        return int(json.loads((home / VERSION_FILE).read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def settings(home: Path) -> AgencySettings | None:
    """The last applied settings, or None before the first pull (the app's defaults apply)."""
    try:
        return AgencySettings.model_validate_json((home / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def facilities(home: Path) -> list[Facility] | None:
    """The facilities last pulled, or None when no station has published any (destinations are typed)."""
    try:
        return _FACILITIES.validate_json((home / FACILITIES_FILE).read_bytes())
    except (OSError, ValueError):
        return None


def vehicles(home: Path) -> list[Vehicle] | None:
    """The vehicles last pulled, or None when no station has published any (the unit is typed)."""
    try:
        return _VEHICLES.validate_json((home / VEHICLES_FILE).read_bytes())
    except (OSError, ValueError):
        return None


def apply(home: Path, config: AgencyConfig) -> None:
    """Scope table first (checked whole by `install`; a bad one raises and changes nothing), then settings,
    the facilities and vehicles when the version carries them, then the version."""
    home.mkdir(parents=True, exist_ok=True)
    if config.scope_toml is not None:
        with tempfile.TemporaryDirectory(dir=home) as folder:
            staged = Path(folder) / "agency.toml"
            staged.write_text(config.scope_toml, encoding="utf-8")
            install(home, staged)
    _write(home / SETTINGS_FILE, config.settings.model_dump_json(indent=2))
    if config.facilities is not None:
        _write(home / FACILITIES_FILE, _FACILITIES.dump_json(config.facilities, exclude_none=True).decode())
    if config.vehicles is not None:
        _write(home / VEHICLES_FILE, _VEHICLES.dump_json(config.vehicles, exclude_none=True).decode())
    _write(home / VERSION_FILE, json.dumps({"version": config.version, "published_at": config.published_at}))


def set_local(home: Path, agency: AgencySettings) -> bool:
    """Settings for a device no station has configured yet (the demo): written only when there are none, and
    with no version, so the station's first configuration replaces them. False when settings were there."""
    if (home / SETTINGS_FILE).exists():
        return False
    home.mkdir(parents=True, exist_ok=True)
    _write(home / SETTINGS_FILE, agency.model_dump_json(indent=2, exclude_none=True))
    return True


def _write(path: Path, text: str) -> None:
    staged = path.with_name(f".{path.name}.new")
    with open(staged, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    staged.replace(path)
