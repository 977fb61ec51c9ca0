"""The one Store: opens the workspace database (SQLite file by default, any SQLAlchemy URL), migrates it to the
newest Alembic revision (serialised, so several processes may start at once) and holds the repositories."""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine

from analysis.common import settings
from analysis.store.accounts import AccountRepository, AuditRepository
from analysis.store.checklists import ChecklistRepository
from analysis.store.complaints import ComplaintRepository
from analysis.store.datasets import DatasetRepository
from analysis.store.frameworks import FrameworkRepository
from analysis.store.measures import MeasureRepository
from analysis.store.meta import MetaRepository

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_WRITE_WAIT_MS = 10_000        # how long a write waits for another's lock (SQLite)
_MIGRATION_TRIES = 3
_MIGRATION_WAIT_MS = 120_000   # how long a Store waits for another process's migration (SQLite)
_ALEMBIC = threading.Lock()   # Alembic's `context` is one per process: one upgrade at a time in this process


class Store:
    """The workspace database and its repositories: datasets, measures, complaints and meta (workspace flags)."""

    datasets: DatasetRepository
    measures: MeasureRepository
    complaints: ComplaintRepository
    meta: MetaRepository
    accounts: AccountRepository
    audit: AuditRepository
    checklists: ChecklistRepository
    frameworks: FrameworkRepository

    def __init__(self, url: str | None = None, *, schema: str | None = None, engine: Engine | None = None):
        """Open (and migrate to head) the database at url (default settings.database_url()) or engine.

        schema (PostgreSQL only) puts every table, the Alembic version table included, in that existing
        schema by setting the connection's search_path; used by the tests to isolate each test.
        """
        if schema is not None and not _SCHEMA_NAME.match(schema):
            raise ValueError(f"bad schema name: {schema!r}")
        self.schema = schema
        self.engine = engine if engine is not None else self._create_engine(url or settings.database_url())
        self.migrate()
        self.datasets = DatasetRepository(self.engine)
        self.measures = MeasureRepository(self.engine)
        self.complaints = ComplaintRepository(self.engine)
        self.meta = MetaRepository(self.engine)
        self.accounts = AccountRepository(self.engine)
        self.audit = AuditRepository(self.engine)
        self.checklists = ChecklistRepository(self.engine)
        self.frameworks = FrameworkRepository(self.engine)

    def _create_engine(self, url: str) -> Engine:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
            if not in_memory:
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(parsed)

            @sa.event.listens_for(engine, "connect")
            def _pragmas(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute(f"PRAGMA busy_timeout={_WRITE_WAIT_MS}")
                if not in_memory:
                    cursor.execute("PRAGMA journal_mode=WAL")   # readers do not block the writer
                cursor.close()

            return engine
        connect_args = {}
        if self.schema is not None:
            if parsed.get_backend_name() != "postgresql":
                raise ValueError("schema= is supported on PostgreSQL only")
            connect_args["options"] = f"-csearch_path={self.schema}"
        return sa.create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (a no-op when it already is); returns None.

        The upgrade runs in one transaction that holds the database's migration lock (SQLite: the write lock,
        PostgreSQL: an advisory lock), so Stores opened at once on one database, by threads or by processes,
        migrate one after the other (the later finds the schema at head).
        """
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
        config.attributes["version_table_schema"] = self.schema
        for attempt in range(_MIGRATION_TRIES):
            try:
                with _ALEMBIC, self._migration_lock() as connection:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                return
            except sa.exc.OperationalError as exc:   # SQLite: another process held the file past the wait
                if "locked" not in str(exc) or attempt == _MIGRATION_TRIES - 1:
                    raise
                log.warning("the workspace database was locked during the migration; trying again")
                time.sleep(1 + attempt)

    @contextmanager
    def _migration_lock(self) -> Iterator[Connection]:
        """A connection in a transaction that no other Store's migration of this database runs beside."""
        backend = self.engine.dialect.name
        if backend == "sqlite":
            # pysqlite would start its own transaction only at the first INSERT/UPDATE and run DDL outside one;
            # in autocommit mode the transaction is ours: BEGIN IMMEDIATE takes the write lock (waiting for
            # busy_timeout) before Alembic reads the version table.
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                # another process's upgrade may hold the lock while it loads Alembic and the scripts (slow on a
                # loaded machine): wait for it longer than an ordinary write would
                conn.exec_driver_sql(f"PRAGMA busy_timeout={_MIGRATION_WAIT_MS}")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.exec_driver_sql("ROLLBACK")
                    raise
                finally:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={_WRITE_WAIT_MS}")
                conn.exec_driver_sql("COMMIT")
            return
        with self.engine.begin() as conn:
            if backend == "postgresql":   # released when the transaction ends; one lock per schema
                name = f"ita-migrate:{self.schema or ''}".encode()
                key = int.from_bytes(hashlib.sha256(name).digest()[:8], "big", signed=True)
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))
            yield conn

    def close(self) -> None:
        """Release the database connections (the Store must not be used afterwards)."""
        self.engine.dispose()
