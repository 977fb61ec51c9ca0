"""Workspace storage on SQLAlchemy: uploaded datasets with provenance and their tidy frames; schema by Alembic."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

import pandas as pd
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine

from analysis.common import settings
from analysis.common.report import IngestReport

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Contract columns and how each is stored and loaded: "str", "int", "float" or "level" (str or None).
SCORE_COLUMNS: dict[str, str] = {
    "unit": "str", "unit_type": "str", "fiscal_year": "int", "indicator": "int", "score": "float",
}
PUBLISHED_COLUMNS: dict[str, str] = {
    "unit": "str", "unit_type": "str", "fiscal_year": "int",
    "iit": "float", "eit": "float", "oit": "float", "total": "float", "level": "level",
}
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class UTCDateTime(sa.types.TypeDecorator):
    """A timestamp stored as UTC and always read back as a tz-aware UTC datetime (SQLite keeps no zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# The tables as migration 0001 creates them (the migrations are the source of truth for the schema).
_metadata = sa.MetaData()
datasets_table = sa.Table(
    "datasets", _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32)),
    sa.Column("file_name", sa.Text),
    sa.Column("sha256", sa.String(64)),
    sa.Column("uploaded_at", UTCDateTime()),
    sa.Column("uploaded_by", sa.Text),
    sa.Column("rows", sa.Integer),
    sa.Column("fiscal_years", sa.Text),
    sa.Column("is_demo", sa.Boolean),
    sa.Column("report_json", sa.Text),
)
meta_table = sa.Table("meta", _metadata,
                      sa.Column("key", sa.String(100), primary_key=True), sa.Column("value", sa.Text))
_SQL_TYPES = {"str": sa.Text, "int": sa.Integer, "float": sa.Float, "level": sa.Text}


def _frame_table(name: str, columns: dict[str, str]) -> sa.Table:
    return sa.Table(
        name, _metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dataset_id", sa.Integer, sa.ForeignKey("datasets.id", ondelete="CASCADE")),
        *(sa.Column(col, _SQL_TYPES[kind]()) for col, kind in columns.items()),
    )


scores_table = _frame_table("scores", SCORE_COLUMNS)
published_table = _frame_table("published", PUBLISHED_COLUMNS)


class ResultLike(Protocol):
    """What save_dataset needs (analysis.ita.ingest.IngestResult fits): the two contract frames and the report."""

    scores: pd.DataFrame
    published: pd.DataFrame
    report: IngestReport


@dataclass(frozen=True)
class DatasetInfo:
    """One stored dataset and its provenance."""

    id: int
    kind: str
    file_name: str
    sha256: str
    uploaded_at: datetime          # tz-aware, UTC
    uploaded_by: str
    rows: int                      # data rows kept from the file (report.rows_kept), else its unit-years
    fiscal_years: list[int]
    is_demo: bool
    report: IngestReport


def _info(row: sa.Row) -> DatasetInfo:
    try:
        report = IngestReport.from_dict(json.loads(row.report_json))
    except (ValueError, TypeError, KeyError):
        report = IngestReport(file=row.file_name, kind=row.kind)
    years = [int(y) for y in (row.fiscal_years or "").split(",") if y.strip()]
    return DatasetInfo(
        id=row.id, kind=row.kind, file_name=row.file_name, sha256=row.sha256, uploaded_at=row.uploaded_at,
        uploaded_by=row.uploaded_by, rows=row.rows, fiscal_years=years, is_demo=bool(row.is_demo),
        report=report,
    )


def _columns(frame: pd.DataFrame, columns: dict[str, str], what: str) -> dict[str, list[Any]]:
    """The contract columns of frame as lists of plain Python values (None for missing), ready to insert."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"ตาราง {what} ขาดคอลัมน์ {', '.join(missing)} จึงบันทึกไม่ได้ / "
            f"the {what} frame lacks column(s) {', '.join(missing)}, so it cannot be saved"
        )
    out: dict[str, list[Any]] = {}
    for col, kind in columns.items():
        convert = {"int": int, "float": float}.get(kind, str)
        values, blank = frame[col].tolist(), frame[col].isna().tolist()
        out[col] = [None if b else convert(v) for v, b in zip(values, blank)]
    return out


def _frame(rows: list[sa.Row], columns: dict[str, str]) -> pd.DataFrame:
    """A contract frame (plus dataset_id, is_demo) with exactly the contract dtypes, also when empty."""
    names = [*columns, "dataset_id", "is_demo"]
    kinds = {**columns, "dataset_id": "int", "is_demo": "bool"}
    data = list(zip(*rows)) if rows else [()] * len(names)
    dtypes = {"str": "str", "int": "int64", "float": "float64", "bool": "bool", "level": object}
    out = {}
    for name, values in zip(names, data):
        if kinds[name] == "float":
            values = [float("nan") if v is None else v for v in values]
        out[name] = pd.Series(list(values), dtype=dtypes[kinds[name]])
    return pd.DataFrame(out)


class Store:
    """The workspace database: datasets kept with provenance, their scores and published figures."""

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
                cursor.execute("PRAGMA busy_timeout=10000")
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
        """Bring the schema to the newest Alembic revision (a no-op when it already is); returns None."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
        config.attributes["version_table_schema"] = self.schema
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        """Release the database connections (the Store must not be used afterwards)."""
        self.engine.dispose()

    # ---------------------------------------------------------------- datasets

    def save_dataset(self, result: ResultLike, file_name: str, sha256: str, uploaded_by: str = "",
                     is_demo: bool = False, *, uploaded_at: datetime | None = None) -> DatasetInfo:
        """Store result's frames and report as one new dataset, all or nothing; returns its DatasetInfo.

        uploaded_at defaults to now (UTC). Raises ValueError when a frame lacks a contract column, and the
        database's error when a row breaks the schema; either way nothing is stored.
        """
        scores = _columns(result.scores, SCORE_COLUMNS, "scores")
        published = _columns(result.published, PUBLISHED_COLUMNS, "published")
        report = result.report
        unit_years = set(zip(scores["unit"], scores["fiscal_year"])) | set(
            zip(published["unit"], published["fiscal_year"]))
        years = sorted({y for _, y in unit_years if y is not None})
        row = {
            "kind": getattr(report, "kind", None) or "ita",
            "file_name": file_name,
            "sha256": sha256,
            "uploaded_at": uploaded_at or datetime.now(timezone.utc),
            "uploaded_by": uploaded_by or "",
            "rows": int(getattr(report, "rows_kept", 0) or len(unit_years)),
            "fiscal_years": ",".join(str(y) for y in years),
            "is_demo": bool(is_demo),
            "report_json": json.dumps(report.to_dict(), ensure_ascii=False, default=str),
        }
        with self.engine.begin() as conn:
            dataset_id = conn.execute(datasets_table.insert().values(**row)).inserted_primary_key[0]
            for table, cols in ((scores_table, scores), (published_table, published)):
                names = list(cols)
                records = [dict(zip(names, values), dataset_id=dataset_id) for values in zip(*cols.values())]
                if records:
                    conn.execute(table.insert(), records)   # executemany: one round of the driver's batch
            stored = conn.execute(sa.select(datasets_table).where(datasets_table.c.id == dataset_id)).one()
        return _info(stored)

    def find_by_sha256(self, sha256: str) -> DatasetInfo | None:
        """The newest dataset whose file had this sha256 (the same file uploaded before), or None."""
        query = (sa.select(datasets_table).where(datasets_table.c.sha256 == sha256)
                 .order_by(datasets_table.c.uploaded_at.desc(), datasets_table.c.id.desc()).limit(1))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _info(row) if row is not None else None

    def get_dataset(self, dataset_id: int) -> DatasetInfo | None:
        """The dataset with this id, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(datasets_table).where(datasets_table.c.id == dataset_id)).first()
        return _info(row) if row is not None else None

    def list_datasets(self) -> list[DatasetInfo]:
        """Every stored dataset, newest upload first."""
        query = sa.select(datasets_table).order_by(datasets_table.c.uploaded_at.desc(), datasets_table.c.id.desc())
        with self.engine.connect() as conn:
            return [_info(row) for row in conn.execute(query)]

    def _remove(self, condition: sa.ColumnElement[bool]) -> int:
        ids = sa.select(datasets_table.c.id).where(condition).scalar_subquery()
        with self.engine.begin() as conn:
            # ON DELETE CASCADE does this too; explicit so it also holds on engines without SQLite's pragma
            for table in (scores_table, published_table):
                conn.execute(table.delete().where(table.c.dataset_id.in_(ids)))
            return conn.execute(datasets_table.delete().where(condition)).rowcount

    def remove_dataset(self, dataset_id: int) -> bool:
        """Delete one dataset and all its rows; returns True when it existed."""
        return self._remove(datasets_table.c.id == dataset_id) > 0

    def remove_demo(self) -> int:
        """Delete every demo dataset and its rows; returns how many datasets were removed."""
        return self._remove(datasets_table.c.is_demo == sa.true())

    def has_data(self) -> bool:
        """True when at least one dataset (demo or real) is stored."""
        return self._exists(sa.true())

    def has_real_data(self) -> bool:
        """True when at least one dataset that is not demo data is stored."""
        return self._exists(datasets_table.c.is_demo == sa.false())

    def _exists(self, condition: sa.ColumnElement[bool]) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(datasets_table.c.id).where(condition).limit(1)).first() is not None

    def version(self) -> str:
        """A short token that changes whenever a dataset is saved or removed (for cache keys)."""
        d = datasets_table.c
        with self.engine.connect() as conn:
            count, max_id, max_at = conn.execute(sa.select(sa.func.count(), sa.func.max(d.id),
                                                           sa.func.max(d.uploaded_at))).one()
        return f"{count}-{max_id or 0}-{max_at.isoformat() if max_at else ''}"

    # ---------------------------------------------------------------- workspace flags

    def get_meta(self, key: str) -> str | None:
        """The stored value of a workspace flag (e.g. "demo_dismissed"), or None when never set."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(meta_table.c.value).where(meta_table.c.key == key)).scalar_one_or_none()

    def set_meta(self, key: str, value: str) -> None:
        """Store a workspace flag, replacing any earlier value; returns None."""
        with self.engine.begin() as conn:
            conn.execute(meta_table.delete().where(meta_table.c.key == key))
            conn.execute(meta_table.insert().values(key=key, value=str(value)))

    # ---------------------------------------------------------------- frames

    def load_scores(self, latest_wins: bool = True) -> pd.DataFrame:
        """The stored scores frame (contract columns plus dataset_id, is_demo), sorted by year, unit, indicator.

        With latest_wins, each (unit, fiscal_year) keeps only the rows of the most recently uploaded
        dataset that holds that unit-year in scores or published (the same winner as load_published).
        """
        return self._load(scores_table, SCORE_COLUMNS, latest_wins, ["fiscal_year", "unit", "indicator"])

    def load_published(self, latest_wins: bool = True) -> pd.DataFrame:
        """The stored published frame (contract columns plus dataset_id, is_demo), sorted by year, unit.

        latest_wins as in load_scores, with the same winning dataset per unit-year.
        """
        return self._load(published_table, PUBLISHED_COLUMNS, latest_wins, ["fiscal_year", "unit"])

    def _load(self, table: sa.Table, columns: dict[str, str], latest_wins: bool, order: list[str]) -> pd.DataFrame:
        query = (sa.select(*(table.c[c] for c in columns), table.c.dataset_id, datasets_table.c.is_demo)
                 .join(datasets_table, datasets_table.c.id == table.c.dataset_id))
        with self.engine.connect() as conn:
            frame = _frame(list(conn.execute(query)), columns)
            if latest_wins and not frame.empty:
                frame = frame.merge(self._winners(conn), on=["unit", "fiscal_year", "dataset_id"], how="inner")
        return frame.sort_values([*order, "dataset_id"], kind="stable", ignore_index=True)

    def _winners(self, conn: Connection) -> pd.DataFrame:
        """unit, fiscal_year, dataset_id of the most recently uploaded dataset per unit-year (both tables)."""
        keys = sa.union(*(sa.select(t.c.unit, t.c.fiscal_year, t.c.dataset_id).distinct()
                          for t in (scores_table, published_table))).subquery()
        order = sa.select(datasets_table.c.id).order_by(datasets_table.c.uploaded_at, datasets_table.c.id)
        rank = {dataset_id: i for i, dataset_id in enumerate(conn.execute(order).scalars())}
        pairs = pd.DataFrame(list(conn.execute(sa.select(keys))), columns=["unit", "fiscal_year", "dataset_id"])
        pairs = pairs.astype({"unit": "str", "fiscal_year": "int64", "dataset_id": "int64"})
        pairs["rank"] = pairs["dataset_id"].map(rank)
        pairs = pairs.sort_values("rank", kind="stable").drop_duplicates(["unit", "fiscal_year"], keep="last")
        return pairs[["unit", "fiscal_year", "dataset_id"]]
