"""Pull: the agency's scope table and settings, published at the station as versions, reach the device at
its next sync, are applied whole, and stay in force offline; a bad table is refused at publish time."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.rules.scope.library import active_scope
from epcr.rules.scope.loading import ScopeTableError
from epcr.station import config
from epcr.station.store import StationError
from epcr.store.database import Database
from epcr.sync import agency
from epcr.sync.client import Syncer, SyncFailed
from epcr.sync.protocol import AgencyConfig, AgencySettings
from tests.sync.conftest import Station
from tests.sync.test_sync import enrolled

RIVERSIDE = Path(__file__).parents[2] / "resources" / "scope" / "examples" / "agency-riverside.toml"


def test_a_published_configuration_reaches_the_device_once(db: Database, station: Station) -> None:
    home = db.path.parent
    enrolled(db, station)
    assert Syncer(db).run().config_version is None and agency.applied_version(home) == 0  # nothing published

    settings = AgencySettings(agency_name="Riverside County EMS", idle_lock_minutes=3, sync_every_seconds=120)
    version = config.publish(station.store.engine, settings, RIVERSIDE.read_text(encoding="utf-8"))
    result = Syncer(db).run()
    assert result.config_version == version and agency.applied_version(home) == version
    assert agency.settings(home) == settings
    assert active_scope(home).table.id == "riverside-2026"

    assert Syncer(db).run().config_version is None  # already the newest: nothing fetched again

    station.stop()  # offline: the last version stays in force
    with pytest.raises(SyncFailed):
        Syncer(db).run()
    assert agency.settings(home) == settings and active_scope(home).table.id == "riverside-2026"


def test_a_bad_scope_table_is_refused_at_the_station(station: Station) -> None:
    settings = AgencySettings(agency_name="Riverside County EMS")
    with pytest.raises(StationError, match="scope: "):
        config.publish(station.store.engine, settings, "[table]\nid = 3\n")
    assert config.latest(station.store.engine) is None


def test_a_table_the_device_cannot_load_leaves_the_previous_one(tmp_path: Path) -> None:
    home = tmp_path / "device"
    good = AgencyConfig(
        version=1,
        scope_toml=RIVERSIDE.read_text(encoding="utf-8"),
        settings=AgencySettings(agency_name="Riverside County EMS"),
        published_at="2026-11-25T18:00:00+00:00",
    )
    agency.apply(home, good)
    broken = good.model_copy(update={"version": 2, "scope_toml": "[[procedure]]\nskill = 7\n"})
    with pytest.raises(ScopeTableError, match=r"missing \[table\]"):
        agency.apply(home, broken)
    assert agency.applied_version(home) == 1 and active_scope(home).table.id == "riverside-2026"


def test_settings_out_of_range_are_refused_with_the_field() -> None:
    with pytest.raises(ValueError, match="idle_lock_minutes"):
        AgencySettings(agency_name="X", idle_lock_minutes=90)
