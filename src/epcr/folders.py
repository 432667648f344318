"""Where the device and the station keep their data by default: two folders, each with its own variable.

A device's `EPCR_HOME` never moves a station's folder, and `EPCR_STATION_HOME` never moves a device's: the
two may run on one machine (a station with the QA reviewer's app beside it) and must not share files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def platform_data_dir() -> Path:
    """The platform's per-user data folder (XDG on Linux)."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home())
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    # An empty XDG_DATA_HOME counts as unset (XDG Base Directory spec).
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def device_home() -> Path:
    """The device's data folder: EPCR_HOME, else <per-user data>/epcr."""
    if home := os.environ.get("EPCR_HOME"):
        return Path(home)
    return platform_data_dir() / "epcr"


def station_home() -> Path:
    """The station's data folder: EPCR_STATION_HOME, else <per-user data>/epcr-station."""
    if home := os.environ.get("EPCR_STATION_HOME"):
        return Path(home)
    return platform_data_dir() / "epcr-station"


def sync_folder(folder: Path) -> None:
    """fsync a folder, so a rename inside it survives a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
