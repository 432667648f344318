"""The device's and the station's data folders are apart: each variable moves only its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.folders import device_home, station_home


def test_defaults_sit_side_by_side_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("EPCR_HOME", "EPCR_STATION_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert device_home() == tmp_path / "data" / "epcr"
    assert station_home() == tmp_path / "data" / "epcr-station"


def test_epcr_home_does_not_move_the_station(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EPCR_STATION_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("EPCR_HOME", str(tmp_path / "ambulance-7"))
    assert device_home() == tmp_path / "ambulance-7"
    assert station_home() == tmp_path / "data" / "epcr-station"


def test_epcr_station_home_does_not_move_the_device(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EPCR_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("EPCR_STATION_HOME", str(tmp_path / "station"))
    assert station_home() == tmp_path / "station"
    assert device_home() == tmp_path / "data" / "epcr"
