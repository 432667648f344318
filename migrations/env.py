"""Alembic environment for the device database.

The app calls alembic with an open connection in `config.attributes["connection"]` (see
epcr.store.migrate); `alembic` on the command line uses the URL in alembic.ini.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from epcr.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
elif context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        run_with(conn)
