"""The agency's directory: facilities, vehicles and stations replaced whole at the station, read back in
order, published with the next configuration version, pulled by a device and kept offline; a device that
predates the directory still reads the configuration."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError

from epcr.domain.directory import MAX_VEHICLES, Facility, Location, Vehicle
from epcr.station import config, directory
from epcr.station.cli import main as station_cli
from epcr.station.store import StationError, StationStore
from epcr.store.database import Database
from epcr.sync import agency
from epcr.sync.client import Syncer, SyncFailed
from epcr.sync.protocol import API, AgencyConfig, AgencySettings, Strict
from tests.sync.conftest import Station
from tests.sync.test_sync import enrolled

MERCY = Facility(
    facility_type="1701005",  # Hospital
    name="Mercy General Hospital",
    code="MGH-01",
    designations=["9908021", "9908031", "9908043"],  # Trauma 1, STEMI/PCI, comprehensive stroke
    street="4001 J St",
    city=2411786,
    state="06",
    county="06067",
    zip="95819",
    country="US",
    gps="38.5705,-121.4660",
    source={"dFacility.02": "Mercy General Hospital", "dFacility.FacilityGroup": "kept as given"},
)
URGENT = Facility(facility_type="1701011", name="Midtown Urgent Care", zip="95816", state="06")
MEDIC_12 = Vehicle(number="M12", call_sign="Medic 12", vin="1FDXE4FS8KDC12345")
RESCUE_3 = Vehicle(number="R3")
STATION_1 = Location(name="Station 1", station_number="ST-0001-LONG-STATION-NUMBER", zip="95814")
SETTINGS = AgencySettings(agency_name="Riverside County EMS")


def test_replace_and_read_back_in_order_with_the_source(station: Station) -> None:
    engine = station.store.engine
    directory.replace(engine, [MERCY, URGENT], [MEDIC_12, RESCUE_3], [STATION_1])
    assert directory.facilities(engine) == [MERCY, URGENT]  # the source tree comes back as it went in
    assert directory.vehicles(engine) == [MEDIC_12, RESCUE_3]
    assert directory.locations(engine) == [STATION_1]

    directory.replace(engine, [URGENT], [], [])  # replaced whole, not merged
    assert directory.facilities(engine) == [URGENT]
    assert directory.vehicles(engine) == [] and directory.locations(engine) == []


def test_too_many_rows_change_nothing(station: Station) -> None:
    engine = station.store.engine
    directory.replace(engine, [MERCY], [MEDIC_12], [])
    too_many = [Vehicle(number=f"V{i}") for i in range(MAX_VEHICLES + 1)]
    with pytest.raises(StationError, match=f"vehicles: {MAX_VEHICLES + 1} given, at most {MAX_VEHICLES}"):
        directory.replace(engine, [], too_many, [])
    assert directory.facilities(engine) == [MERCY] and directory.vehicles(engine) == [MEDIC_12]


def test_a_row_the_report_would_refuse_is_refused_with_its_field() -> None:
    with pytest.raises(ValidationError, match=r"zip\n.*eDisposition.07"):
        Facility(name="Mercy", zip="958")
    with pytest.raises(ValidationError, match=r"facility_type\n"):
        Facility(name="Mercy", facility_type="4221003")  # an eDisposition.21 code is not a dFacility.01 one
    with pytest.raises(ValidationError, match=r"number\n.*eResponse.13"):
        Vehicle(number="X" * 26)


def test_publish_carries_them_and_a_device_keeps_them_offline(db: Database, station: Station) -> None:
    home = db.path.parent
    enrolled(db, station)
    assert agency.facilities(home) is None and agency.vehicles(home) is None  # no station list yet

    directory.replace(station.store.engine, [MERCY, URGENT], [MEDIC_12], [STATION_1])
    version = config.publish(station.store.engine, SETTINGS, None)
    published = config.latest(station.store.engine)
    assert published is not None and published.facilities is not None
    assert [f.name for f in published.facilities] == [MERCY.name, URGENT.name]
    assert all(f.source is None for f in published.facilities)  # the source trees stay at the station

    assert Syncer(db).run().config_version == version
    expected = [MERCY.model_copy(update={"source": None}), URGENT]
    assert agency.facilities(home) == expected
    assert agency.vehicles(home) == [MEDIC_12]

    directory.replace(station.store.engine, [URGENT], [], [])  # changed, not yet published: devices keep v1
    assert Syncer(db).run().config_version is None
    assert agency.facilities(home) == expected

    station.stop()  # offline: the last pulled lists stay
    with pytest.raises(SyncFailed):
        Syncer(db).run()
    assert agency.facilities(home) == expected and agency.vehicles(home) == [MEDIC_12]


def test_a_published_version_never_changes(station: Station) -> None:
    engine = station.store.engine
    directory.replace(engine, [MERCY], [MEDIC_12], [])
    config.publish(engine, SETTINGS, None)
    directory.replace(engine, [URGENT], [], [])
    published = config.latest(engine)
    assert published is not None and published.facilities is not None
    assert [f.name for f in published.facilities] == [MERCY.name]


class OldAgencyConfig(Strict):
    """AgencyConfig as a device released before the directory has it (extra fields refused)."""

    version: int
    scope_toml: str | None = None
    settings: AgencySettings
    published_at: str


def test_a_device_that_predates_the_directory_still_reads_the_configuration(
    db: Database, station: Station
) -> None:
    enrolled(db, station)
    directory.replace(station.store.engine, [MERCY], [MEDIC_12], [])
    config.publish(station.store.engine, SETTINGS, None)
    link = db.station_link()
    assert link is not None and link.token
    headers = {"Authorization": f"Bearer {link.token}"}
    old = httpx.get(f"{station.url}{API}/config", params={"since": 0}, headers=headers)
    assert old.status_code == 200 and "facilities" not in old.json()
    assert OldAgencyConfig.model_validate_json(old.content).settings == SETTINGS
    new = httpx.get(f"{station.url}{API}/config", params={"since": 0, "directory": 1}, headers=headers)
    assert AgencyConfig.model_validate_json(new.content).vehicles == [MEDIC_12]
    with pytest.raises(ValidationError):  # what the old device would have refused
        OldAgencyConfig.model_validate_json(new.content)


def test_apply_without_a_directory_keeps_the_last_one(tmp_path: Path) -> None:
    home = tmp_path / "device"
    first = AgencyConfig(
        version=1,
        settings=SETTINGS,
        published_at="2026-12-01T18:00:00+00:00",
        facilities=[URGENT],
        vehicles=[],
    )
    agency.apply(home, first)
    agency.apply(home, first.model_copy(update={"version": 2, "facilities": None, "vehicles": None}))
    assert agency.applied_version(home) == 2 and agency.facilities(home) == [URGENT]
    assert agency.vehicles(home) == []


def test_the_admin_lists_them(
    station_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPCR_STATION_HOME", str(tmp_path / "home"))
    url = ["--database-url", station_url]
    assert station_cli([*url, "agency", "facilities"]) == 0
    assert "no facilities yet" in capsys.readouterr().out
    store = StationStore(station_url)
    directory.replace(store.engine, [MERCY, URGENT], [MEDIC_12], [STATION_1])
    store.close()
    assert station_cli([*url, "agency", "facilities"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["MGH-01", "Mercy", "General", "Hospital"]
    assert "Trauma Center Level 1" in out[0] and "Stroke-Comprehensive Stroke Center (CSC)" in out[0]
    assert "Midtown Urgent Care" in out[1] and "Urgent Care" in out[1]
    assert station_cli([*url, "agency", "vehicles"]) == 0
    assert capsys.readouterr().out.split()[:4] == ["M12", "call", "sign", "Medic"]
    assert station_cli([*url, "agency", "locations"]) == 0
    assert "Station 1" in capsys.readouterr().out


def test_the_json_kept_on_the_device_is_plain(db: Database, station: Station) -> None:
    enrolled(db, station)
    directory.replace(station.store.engine, [URGENT], [RESCUE_3], [])
    config.publish(station.store.engine, SETTINGS, None)
    Syncer(db).run()
    kept = json.loads((db.path.parent / agency.FACILITIES_FILE).read_text(encoding="utf-8"))
    assert kept == [
        {
            "facility_type": "1701011",
            "name": "Midtown Urgent Care",
            "designations": [],
            "npi": [],
            "state": "06",
            "zip": "95816",
            "phones": [],
        }
    ]
