"""Publishing agency configuration at the station: checked whole, stored as a new version."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select

from epcr.rules.scope.loading import ScopeTableError, load
from epcr.station import directory
from epcr.station.schema import agency_config
from epcr.station.store import StationError
from epcr.sync.protocol import AgencyConfig, AgencySettings


def publish(engine: Engine, settings: AgencySettings, scope_toml: str | None) -> int:
    """A new version; a scope table that does not load over the national one is refused, nothing stored."""
    with engine.begin() as conn:
        return publish_in(conn, settings, scope_toml)


def publish_in(conn: Connection, settings: AgencySettings, scope_toml: str | None) -> int:
    """`publish` in the caller's transaction (the agency's DEM import): a refusal rolls back all of it."""
    if scope_toml is not None:
        with tempfile.TemporaryDirectory() as folder:
            staged = Path(folder) / "agency.toml"
            staged.write_text(scope_toml, encoding="utf-8")
            try:
                load(staged)
            except ScopeTableError as error:
                raise StationError(f"scope: {error}") from None
    # The directory as it is now goes out with this version (devices need no source trees).
    listed = {
        "facilities": [f.model_dump(mode="json", exclude={"source"}) for f in directory.facilities(conn)],
        "vehicles": [v.model_dump(mode="json", exclude={"source"}) for v in directory.vehicles(conn)],
    }
    version: int = conn.execute(
        agency_config.insert()
        .values(
            scope_toml=scope_toml,
            settings=settings.model_dump_json(),
            published_at=datetime.now(UTC),
            directory=json.dumps(listed),
        )
        .returning(agency_config.c.version)
    ).scalar_one()
    return version


def latest(bind: Engine | Connection) -> AgencyConfig | None:
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return latest(conn)
    row = bind.execute(select(agency_config).order_by(agency_config.c.version.desc()).limit(1)).first()
    if row is None:
        return None
    return AgencyConfig(
        version=row.version,
        scope_toml=row.scope_toml,
        settings=AgencySettings.model_validate_json(row.settings),
        published_at=row.published_at.isoformat(),
        **(json.loads(row.directory) if row.directory else {}),
    )
