"""Bring a database to the current schema when it is opened (alembic, run in-process)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from epcr.resources import migrations_dir
from epcr.store.engine import create_migration_engine

# The newest migration; a test checks it against alembic so opening an up-to-date database skips alembic.
HEAD_REVISION = "0008"


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    engine = create_migration_engine(path, key)
    try:
        with engine.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
            if exists is None:
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    finally:
        engine.dispose()


def alembic_config(path: Path) -> object:
    from alembic.config import Config  # imported only when a migration has to run: it costs ~0.3 s

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


def upgrade(path: Path, revision: str = "head", key: bytes | None = None) -> None:
    _run("upgrade", path, revision, key)


def downgrade(path: Path, revision: str, key: bytes | None = None) -> None:
    _run("downgrade", path, revision, key)


def _run(direction: str, path: Path, revision: str, key: bytes | None) -> None:
    from alembic import command

    config = alembic_config(path)
    engine = create_migration_engine(path, key)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn  # type: ignore[attr-defined]
            getattr(command, direction)(config, revision)
    finally:
        engine.dispose()


def ensure_current(path: Path, key: bytes | None = None) -> None:
    """Upgrade to head unless already there (the common case costs one query, not an alembic import)."""
    if current_revision(path, key) != HEAD_REVISION:
        upgrade(path, key=key)
