"""The agency's DEMDataSet at the station: the 2025 DEM compliance case imported into the crew roster, the
directory and a new configuration version, exported back element by element from those same tables; a
refused file or a failure part way changes nothing; `epcr-station agency import/export`."""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from epcr.domain.levels import Level
from epcr.exports.nemsis.agency import facts, read, read_dem
from epcr.exports.nemsis.agency.dem_views import personnel
from epcr.exports.nemsis.agency.element import Fact
from epcr.security.accounts import Account
from epcr.security.roles import Role
from epcr.station import config, demographics, directory, roster
from epcr.station.cli import main
from epcr.station.schema import (
    agency_config,
    agency_dataset,
    agency_facilities,
    agency_locations,
    agency_vehicles,
    crew,
    roster_head,
)
from epcr.station.store import StationError, StationStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nemsis"
DEM_FILE = FIXTURES / "2025-DEM-1_v351.xml"
DEM = DEM_FILE.read_bytes()
REFUSED = FIXTURES / "2025-DEM-FailSchematron_v351.xml"
RECORD = "DEMDataSet/DemographicReport[1]/dRecord"
SCOPE = Path(__file__).parents[2] / "resources" / "scope" / "examples" / "agency-riverside.toml"
MEMBERS = {"84568", "67981", "54266", "42257"}  # dPersonnel.23 in Connecticut (dAgency.04 09)


@pytest.fixture
def store(station_url: str) -> Iterator[StationStore]:
    opened = StationStore(station_url)
    yield opened
    opened.close()


def _facts(xml: bytes) -> Counter[Fact]:
    return Counter({f: n for f, n in facts(read(xml, "DEM").root).items() if not f[0].startswith(RECORD)})


def _tables(store: StationStore) -> dict[str, list[Any]]:
    """Every row the import may touch, so "nothing changed" is checked against all of them."""
    tables = (crew, roster_head, agency_facilities, agency_vehicles, agency_locations, agency_config)
    with store.engine.connect() as conn:
        found = {t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))] for t in tables}
        found["agency_dataset"] = [tuple(r) for r in conn.execute(select(agency_dataset))]
    return found


def test_import_places_the_case_and_export_gives_it_back(store: StationStore) -> None:
    summary = demographics.import_dem(store, DEM, "admin")
    assert (summary.new, summary.changed, set(summary.waiting)) == (4, 0, MEMBERS)
    assert (summary.facilities, summary.vehicles, summary.locations, summary.devices) == (5, 3, 2, 2)
    assert summary.levels == ["EMT-Basic", "Paramedic"] and summary.unplaced == []
    assert "  epcr-station crew update --id 42257 --new-pin" in summary.lines()

    members = {m.id: m for m in roster.members(store.engine)}
    assert set(members) == MEMBERS and roster.waiting_for_pin(store.engine) == MEMBERS
    spencer = members["54266"]
    assert spencer.name == "Malinda Kaylie Spencer" and spencer.level == "Paramedic"
    assert spencer.role == Role.EMT and str(spencer.certification_expires) == "2027-12-31"
    assert roster.latest(store.engine, 0) is not None  # no member without a PIN goes to devices
    assert [f.name for f in directory.facilities(store.engine)][1:3] == [
        "Connecticut Children's Medical Center",
        "Danbury Hospital",
    ]
    assert [v.call_sign for v in directory.vehicles(store.engine)] == ["DF CP", "DF R2", "DF A1"]
    assert [loc.station_number for loc in directory.locations(store.engine)] == ["DF1", "DFCP"]

    published = config.latest(store.engine)
    assert published is not None and published.version == summary.version
    assert published.settings.agency_name == "Danbury EMS Division of Danbury Fire Department"
    assert published.settings.agency_number == "351-C034P2"
    assert published.scope_toml is not None and '"Paramedic" = []' in published.scope_toml
    assert published.facilities is not None and len(published.facilities) == 5  # the directory goes too

    written = demographics.export_dem(store)
    assert _facts(written) == _facts(DEM)  # every element, group, attribute and value but dRecord
    assert sum(_facts(DEM).values()) > 1000


def test_a_second_import_of_the_same_file_changes_nothing(store: StationStore) -> None:
    demographics.import_dem(store, DEM, "admin")
    before = _tables(store)
    again = demographics.import_dem(store, DEM, "admin")
    assert (again.new, again.changed, again.published) == (0, 0, False)
    after = _tables(store)
    assert after.pop("agency_dataset")[0][1:6] == before.pop("agency_dataset")[0][1:6]  # but when, by whom
    assert after == before


def test_station_changes_are_in_the_export(store: StationStore) -> None:
    demographics.import_dem(store, DEM, "admin")
    roster.update_member(store.engine, "54266", {"name": "Malinda Q Public-Spencer", "level": "EMT-Basic"})
    account = Account(id="P-2001", name="Sam Lee", role=Role.EMT, level="AEMT", certification_number="C-77")
    roster.add(store.engine, account, "horse-battery-77")

    written = demographics.export_dem(store)  # write_dem refuses a file the XSD or Schematron would refuse
    people = {p.crew_member_id("09"): p for p in personnel(read_dem(written))}
    renamed = people["54266"]
    assert (renamed.first_name, renamed.middle_name, renamed.last_name) == ("Malinda", "Q", "Public-Spencer")
    assert renamed.level("09") == "9925005"  # dPersonnel.38: EMT
    assert people["C-77"].last_name == "Lee" and people["C-77"].level("09") == Level.AEMT.crew_code.value
    assert demographics.export_dem(store) == written  # groups made here keep their UUIDs
    changed = set(_facts(written)) ^ set(_facts(DEM))
    assert {f[0].split("/")[3] for f in changed} <= {
        "dPersonnel.PersonnelGroup[3]",
        "dPersonnel.PersonnelGroup[5]",
    }


def test_a_newer_scope_table_replaces_the_kept_one_on_export(store: StationStore) -> None:
    demographics.import_dem(store, DEM, "admin")
    kept = read_dem(demographics.export_dem(store)).configuration
    settings = config.latest(store.engine)
    assert settings is not None
    config.publish(store.engine, settings.settings, SCOPE.read_text(encoding="utf-8"))
    written = read_dem(demographics.export_dem(store)).configuration
    groups = ("dConfiguration.ProcedureGroup", "dConfiguration.MedicationGroup")
    procedures = [e for e in written.walk() if e.name in groups]
    assert procedures and procedures != [e for e in kept.walk() if e.name in groups]
    rest = [e for e in written.walk() if e.name == "dConfiguration.10"]
    assert rest == [e for e in kept.walk() if e.name == "dConfiguration.10"]  # the rest as kept


def test_a_member_without_a_usable_id_is_kept_and_named(store: StationStore) -> None:
    # The first member's licensure moved to New York (36): no Connecticut licensure id, no crew member id.
    moved = DEM.replace(b"<dPersonnel.22>09</dPersonnel.22>", b"<dPersonnel.22>36</dPersonnel.22>", 1)
    assert moved != DEM
    summary = demographics.import_dem(store, moved, "admin")
    assert summary.new == 3 and len(summary.unplaced) == 1
    assert "dPersonnel.PersonnelGroup 1" in summary.unplaced[0] and "no dPersonnel.23" in summary.unplaced[0]
    assert _facts(demographics.export_dem(store)) == _facts(moved)


def test_a_refused_file_changes_nothing(store: StationStore) -> None:
    demographics.import_dem(store, DEM, "admin")
    before = _tables(store)
    with pytest.raises(demographics.DemRefused) as refused:
        demographics.import_dem(store, REFUSED.read_bytes(), "admin")
    assert "refused" in str(refused.value) and "line" in str(refused.value)
    assert _tables(store) == before


def test_a_failure_part_way_changes_nothing(store: StationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    roster.add(store.engine, Account(id="P-1", name="Ada Ng", role=Role.ADMIN), "horse-battery-77")
    before = _tables(store)
    # The directory's real bound, lowered: the crew is written by then, and must be rolled back.
    monkeypatch.setattr(directory, "MAX_FACILITIES", 2)
    with pytest.raises(StationError, match="facilities: 5 given, at most 2 allowed"):
        demographics.import_dem(store, DEM, "admin")
    assert _tables(store) == before
    with pytest.raises(StationError, match=r"agency import FILE\.xml"):
        demographics.export_dem(store)


def test_agency_import_and_export_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPCR_STATION_HOME", str(tmp_path / "home"))
    url = ["--database-url", f"sqlite:///{tmp_path / 'station.sqlite3'}"]
    out_file = tmp_path / "agency.xml"
    assert main([*url, "agency", "export", "-o", str(out_file)]) == 1
    assert "agency import FILE.xml" in capsys.readouterr().err and not out_file.exists()

    assert main([*url, "agency", "import", str(REFUSED)]) == 2
    assert "nothing changed" in capsys.readouterr().err
    assert main([*url, "agency", "import", str(DEM_FILE)]) == 0
    out = capsys.readouterr().out
    assert "crew: 4 new, 0 changed, 4 waiting for a PIN" in out and "version 1 (published)" in out
    assert main([*url, "agency", "facilities"]) == 0 and "Danbury Hospital" in capsys.readouterr().out
    assert main([*url, "crew", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 4 and all(line.endswith("no PIN yet (crew update --new-pin)") for line in listed)

    out_file.write_text("an older export")
    assert main([*url, "agency", "export", "-o", str(out_file)]) == 0
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert _facts(out_file.read_bytes()) == _facts(DEM)
    assert main([*url, "agency", "import", str(tmp_path / "missing.xml")]) == 2
