"""The datasets repository: uploaded ITA datasets with provenance and their tidy frames (one per file content)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Protocol

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from analysis.common.report import IngestReport
from analysis.common.workbook import SOURCE_COLUMNS
from analysis.store import tables as t
from analysis.store.meta import MetaRepository, demo_shown_key
from analysis.store.records import DatasetInfo, Saved
from analysis.store.tables import PUBLISHED_COLUMNS, SCORE_COLUMNS

_CHUNK = 10_000     # rows per executemany on engines without a fast path


class ResultLike(Protocol):
    """What DatasetRepository.save needs (analysis.ita.ingest.IngestResult fits): the two contract frames and the report."""

    scores: pd.DataFrame
    published: pd.DataFrame
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


def _frame(rows: Sequence[tuple], columns: dict[str, str]) -> pd.DataFrame:
    """A contract frame (plus dataset_id, is_demo) with exactly the contract dtypes, also when empty, built column
    by column from the fetched rows (one object grid, no work per row in Python)."""
    names = [*columns, "dataset_id", "is_demo"]
    kinds = {**columns, "dataset_id": "int", "is_demo": "bool"}
    grid = np.empty((len(rows), len(names)), dtype=object)
    if rows:
        grid[:] = rows
    out = {}
    for i, name in enumerate(names):
        kind, values = kinds[name], grid[:, i]
        if kind == "str":
            out[name] = pd.array(values, dtype="str")
        elif kind == "level":
            out[name] = pd.Series(values, dtype=object)
        elif kind == "float":                       # None reads as NaN
            out[name] = pd.Series(values, dtype="float64")
        else:                                       # int; bool (SQLite gives 0/1)
            out[name] = values.astype("bool" if kind == "bool" else "int64")
    return pd.DataFrame(out)


def _columns(frame: pd.DataFrame, columns: dict[str, str], what: str) -> dict[str, np.ndarray]:
    """The contract columns of frame as arrays of plain Python values (None for missing), ready to insert.

    Raises ValueError when a column is missing or a number column holds a text that is no number."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"ตาราง {what} ขาดคอลัมน์ {', '.join(missing)} จึงบันทึกไม่ได้ / "
            f"the {what} frame lacks column(s) {', '.join(missing)}, so it cannot be saved"
        )
    return {col: _values(frame[col], kind) for col, kind in columns.items()}


def _values(series: pd.Series, kind: str) -> np.ndarray:
    """One column as an object array of int, float or str (None where missing), converted column-wise."""
    blank = series.isna().to_numpy(dtype=bool)
    if kind in ("int", "float"):
        numbers = pd.to_numeric(series)                   # ValueError on a text that is no number
        if kind == "float":
            values = numbers.to_numpy(dtype="float64", na_value=np.nan).astype(object)
        elif pd.api.types.is_integer_dtype(numbers) and not blank.any():
            values = numbers.to_numpy(dtype="int64").astype(object)
        else:                                             # whole numbers written as floats: int() as before
            values = np.trunc(numbers.to_numpy(dtype="float64", na_value=0.0)).astype("int64").astype(object)
    else:
        values = series.to_numpy(dtype=object, na_value=None, copy=True)
        if not all(type(v) is str for v in values[~blank]):
            values = np.array([None if b else str(v) for v, b in zip(values, blank)], dtype=object)
    values[blank] = None
    return values


def _copy(conn: Connection, target: str, rows: list[tuple]) -> None:
    """PostgreSQL (psycopg 3): the rows by COPY ... FROM STDIN; the driver's error raised as SQLAlchemy's."""
    sql = f"COPY {target} FROM STDIN"
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise sa.exc.DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=conn.dialect) from exc


def _executemany(conn: Connection, target: str, rows: list[tuple]) -> None:
    """SQLite (pysqlite): one executemany of plain tuples, past SQLAlchemy's per-row parameter work."""
    conn.exec_driver_sql(f"INSERT INTO {target} VALUES ({', '.join('?' * len(rows[0]))})", rows)


# the driver's fast path per SQLAlchemy driver name; any other engine takes Core's executemany in chunks
_FAST_PATHS = {"psycopg": _copy, "pysqlite": _executemany}


def _insert(conn: Connection, table: sa.Table, cols: dict[str, np.ndarray], dataset_id: int) -> None:
    """cols' rows into table (with dataset_id) in conn's transaction by the driver's fast path (_FAST_PATHS), else
    SQLAlchemy's executemany in chunks. A row the schema refuses raises SQLAlchemy's error (IntegrityError, ...) as
    a Core insert would."""
    n = len(next(iter(cols.values()), ()))
    if n == 0:
        return
    names = ["dataset_id", *cols]
    rows = list(zip([dataset_id] * n, *cols.values()))
    fast = _FAST_PATHS.get(conn.dialect.driver)
    if fast is not None:
        quote = conn.dialect.identifier_preparer
        fast(conn, f"{quote.format_table(table)} ({', '.join(quote.quote(name) for name in names)})", rows)
        return
    for start in range(0, n, _CHUNK):
        conn.execute(table.insert(), [dict(zip(names, row)) for row in rows[start:start + _CHUNK]])


def provenance_frame(infos) -> pd.DataFrame:
    """SOURCE_COLUMNS of stored uploads (DatasetInfo, ComplaintUpload: file name, when and by whom, years, rows,
    demo); a ComplaintUpload's kind is "complaints"."""
    return pd.DataFrame([{"file_name": i.file_name, "kind": getattr(i, "kind", "complaints"),
                          "uploaded_at": i.uploaded_at, "uploaded_by": i.uploaded_by,
                          "fiscal_years": list(i.fiscal_years), "rows": int(i.rows), "is_demo": bool(i.is_demo)}
                         for i in infos], columns=SOURCE_COLUMNS)


class DatasetRepository:
    """Datasets kept with provenance (file name, sha256, who, when), their scores and published figures."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def save(self, result: ResultLike, file_name: str, sha256: str, uploaded_by: str = "",
             is_demo: bool = False, *, uploaded_at: datetime | None = None) -> Saved[DatasetInfo]:
        """Store result's frames and report as one new dataset, all or nothing, unless a dataset with this sha256
        is stored (also by a concurrent save): then nothing is written and that one is returned with created=False.

        uploaded_at defaults to now (UTC). Raises ValueError when a frame lacks a contract column, and the
        database's error when a row breaks the schema; either way nothing is stored.
        """
        existing = self.find_by_sha256(sha256)
        if existing is not None:
            return Saved(existing, created=False)
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
        try:
            with self._engine.begin() as conn:
                dataset_id = conn.execute(t.datasets.insert().values(**row)).inserted_primary_key[0]
                _insert(conn, t.scores, scores, dataset_id)
                _insert(conn, t.published, published, dataset_id)
                stored = conn.execute(sa.select(t.datasets).where(t.datasets.c.id == dataset_id)).one()
        except sa.exc.IntegrityError:
            existing = self.find_by_sha256(sha256)     # the unique sha256 index: a concurrent save won
            if existing is None:
                raise
            return Saved(existing, created=False)
        return Saved(_info(stored), created=True)

    def find_by_sha256(self, sha256: str) -> DatasetInfo | None:
        """The dataset whose file had this sha256 (the same file uploaded before), or None."""
        query = sa.select(t.datasets).where(t.datasets.c.sha256 == sha256).limit(1)
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
        return _info(row) if row is not None else None

    def list_all(self) -> list[DatasetInfo]:
        """Every stored dataset, newest upload first."""
        d = t.datasets.c
        query = sa.select(t.datasets).order_by(d.uploaded_at.desc(), d.id.desc())
        with self._engine.connect() as conn:
            return [_info(row) for row in conn.execute(query)]

    def provenance(self) -> pd.DataFrame:
        """Every stored dataset's provenance as a plain frame (analysis.common.workbook.SOURCE_COLUMNS, newest upload
        first), for the source slide and sheet of the exports."""
        return provenance_frame(self.list_all())

    def _remove(self, condition: sa.ColumnElement[bool]) -> int:
        ids = sa.select(t.datasets.c.id).where(condition).scalar_subquery()
        with self._engine.begin() as conn:
            # ON DELETE CASCADE does this too; explicit so it also holds on engines without SQLite's pragma
            for table in (t.scores, t.published):
                conn.execute(table.delete().where(table.c.dataset_id.in_(ids)))
            return conn.execute(t.datasets.delete().where(condition)).rowcount

    def remove(self, dataset_id: int) -> bool:
        """Delete one dataset and all its rows; returns True when it existed."""
        return self._remove(t.datasets.c.id == dataset_id) > 0

    def remove_demo(self) -> int:
        """Delete every demo dataset and its rows; returns how many datasets were removed."""
        return self._remove(t.datasets.c.is_demo == sa.true())

    def has_data(self) -> bool:
        """True when at least one dataset (demo or real) is stored."""
        return self._exists(sa.true())

    def has_real_data(self) -> bool:
        """True when at least one dataset that is not demo data is stored."""
        return self._exists(t.datasets.c.is_demo == sa.false())

    def _exists(self, condition: sa.ColumnElement[bool]) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(sa.select(t.datasets.c.id).where(condition).limit(1)).first() is not None

    def version(self) -> str:
        """A short token that changes whenever a dataset is saved or removed, or the demo is shown or hidden beside
        the user's data (for cache keys)."""
        d = t.datasets.c
        with self._engine.connect() as conn:
            count, max_id, max_at = conn.execute(sa.select(sa.func.count(), sa.func.max(d.id),
                                                           sa.func.max(d.uploaded_at))).one()
            shown = self._demo_shown(conn)
        return f"{count}-{max_id or 0}-{max_at.isoformat() if max_at else ''}-{int(shown)}"

    @staticmethod
    def _demo_shown(conn: Connection) -> bool:
        value = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == demo_shown_key("results"))).scalar_one_or_none()
        return value == "1"

    def set_demo_shown(self, shown: bool) -> None:
        """Show the demo results beside the user's own (True) or leave them out of the analysis (False, the default
        once the user's data is stored)."""
        MetaRepository(self._engine).set_demo_shown("results", shown)

    def demo_in_analysis(self) -> bool:
        """True when the demo results are part of what the pages analyse: there is no dataset of the user's yet,
        or the user asked to see the demo beside theirs."""
        with self._engine.connect() as conn:
            return self._demo_in(conn)

    def _demo_in(self, conn: Connection) -> bool:
        real = conn.execute(sa.select(t.datasets.c.id).where(t.datasets.c.is_demo == sa.false()).limit(1)).first()
        return real is None or self._demo_shown(conn)

    def load_scores(self, latest_wins: bool = True, with_demo: bool | None = None) -> pd.DataFrame:
        """The stored scores frame (contract columns plus dataset_id, is_demo), sorted by year, unit, indicator.

        With latest_wins, each (unit, fiscal_year) keeps only the rows of the most recently uploaded
        dataset that holds that unit-year in scores or published (the same winner as load_published).
        The demo datasets are left out once the user's own data is stored, unless the user asked to see them
        (demo_in_analysis); with_demo=True/False overrides that.
        """
        return self._load(t.scores, SCORE_COLUMNS, latest_wins, ["fiscal_year", "unit", "indicator"], with_demo)

    def load_published(self, latest_wins: bool = True, with_demo: bool | None = None) -> pd.DataFrame:
        """The stored published frame (contract columns plus dataset_id, is_demo), sorted by year, unit.

        latest_wins and with_demo as in load_scores, with the same winning dataset per unit-year.
        """
        return self._load(t.published, PUBLISHED_COLUMNS, latest_wins, ["fiscal_year", "unit"], with_demo)

    def _load(self, table: sa.Table, columns: dict[str, str], latest_wins: bool, order: list[str],
              with_demo: bool | None) -> pd.DataFrame:
        d = t.datasets.c
        query = (sa.select(*(table.c[c] for c in columns), table.c.dataset_id, d.is_demo)
                 .join(t.datasets, d.id == table.c.dataset_id))
        with self._engine.connect() as conn:
            demo = self._demo_in(conn) if with_demo is None else with_demo
            if not demo:
                query = query.where(d.is_demo == sa.false())
            if latest_wins:
                won = _winners(demo)
                query = query.join(won, sa.and_(won.c.dataset_id == table.c.dataset_id, won.c.unit == table.c.unit,
                                                won.c.fiscal_year == table.c.fiscal_year))
            result = conn.execute(query)
            rows = result.cursor.fetchall()      # the driver's plain tuples, all at once (no Row object per row)
            result.close()
        frame = _frame(rows, columns)
        # sorted here, not in SQL: pandas orders texts by code point on every engine, and is quicker than SQLite
        return frame.sort_values([*order, "dataset_id"], kind="stable", ignore_index=True)


def _winners(with_demo: bool = True) -> sa.Subquery:
    """unit, fiscal_year, dataset_id of the most recently uploaded dataset per unit-year (ties: the higher id) over
    both tables, among the user's datasets only unless with_demo: one query (a window function)."""
    d = t.datasets.c
    keys = sa.union(*(sa.select(x.c.unit, x.c.fiscal_year, x.c.dataset_id) for x in (t.scores, t.published))).subquery()
    rank = sa.func.row_number().over(partition_by=[keys.c.unit, keys.c.fiscal_year],
                                     order_by=[d.uploaded_at.desc(), d.id.desc()]).label("rank")
    ranked = sa.select(keys.c.unit, keys.c.fiscal_year, keys.c.dataset_id, rank).join(t.datasets, d.id == keys.c.dataset_id)
    if not with_demo:
        ranked = ranked.where(d.is_demo == sa.false())
    ranked = ranked.subquery()
    return (sa.select(ranked.c.unit, ranked.c.fiscal_year, ranked.c.dataset_id)
            .where(ranked.c.rank == 1).subquery("winners"))
