"""Alembic environment for the workspace database; run programmatically by analysis.store.store.Store."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import context

config = context.config


def _run(connection: sa.engine.Connection) -> None:
    """Configure Alembic on this connection and run the pending migrations in its transaction."""
    context.configure(
        connection=connection,
        target_metadata=None,
        version_table_schema=config.attributes.get("version_table_schema"),
        render_as_batch=connection.dialect.name == "sqlite",   # ALTER TABLE on SQLite needs batch mode
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # e.g. the `alembic` command line pointed at this folder: use the configured workspace database
    from analysis.common import settings

    engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or settings.database_url())
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
