"""The station's alembic migrations create exactly the schema in epcr.station.schema, on SQLite and
PostgreSQL, and run again at start without changing anything."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from epcr.station.schema import metadata
from epcr.station.store import StationStore, make_engine, migrate


def differences(url: str) -> list[object]:
    engine = make_engine(url)  # the station's own opening: SQLite is encrypted
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, metadata))
    finally:
        engine.dispose()


def test_migrations_match_the_schema(station_url: str) -> None:
    StationStore(station_url).close()
    assert differences(station_url) == []


def test_restart_keeps_the_station_identity(station_url: str) -> None:
    first = StationStore(station_url)
    identity = first.station_id
    first.close()
    migrate(station_url)  # a second start: nothing to do
    again = StationStore(station_url)
    assert again.station_id == identity
    again.close()


def test_the_comparison_can_fail(station_url: str) -> None:
    StationStore(station_url).close()
    engine = make_engine(station_url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE reviews ADD COLUMN stray TEXT"))
    engine.dispose()
    assert any("stray" in repr(d) for d in differences(station_url))
