"""The complaints repository (tables of migration 0003): scrubbed complaint uploads, one per file content;
only scrubbed data is ever stored."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from analysis.common.report import IngestReport
from analysis.complaints.counts import AGGREGATE_COLUMNS
from analysis.complaints.ingest import RECORD_COLUMNS, ComplaintsResult, empty_aggregates, empty_records
from analysis.store import tables as t
from analysis.store.meta import MetaRepository
from analysis.store.records import ComplaintUpload, Saved, YearSource

log = logging.getLogger(__name__)
uploads_table, records_table, counts_table = t.complaint_uploads, t.complaint_records, t.complaint_counts


def _upload(row: sa.Row) -> ComplaintUpload:
    try:
        report = IngestReport.from_dict(json.loads(row.report_json))
    except (ValueError, TypeError, KeyError):
        report = IngestReport(file=row.file_name, kind="complaints")
    return ComplaintUpload(row.id, row.file_name, row.sha256, row.uploaded_at, row.uploaded_by, row.rows,
                           [int(y) for y in (row.fiscal_years or "").split(",") if y.strip()], bool(row.is_demo),
                           json.loads(row.removed_columns or "[]"), report)


def _plain(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values (None for NaT/NaN/NA)."""
    out = frame.astype(object).where(frame.notna(), None)
    return out.to_dict("records")


class ComplaintRepository:
    """Complaint uploads with provenance and their scrubbed records and monthly counts."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def save(self, result: ComplaintsResult, file_name: str, sha256: str, uploaded_by: str = "",
             is_demo: bool = False) -> Saved[ComplaintUpload]:
        """Store a scrubbed result as one upload, all or nothing, unless an upload with this sha256 is stored (also
        by a concurrent save): then nothing is written and that one is returned with created=False."""
        existing = self.find_by_sha256(sha256)
        if existing is not None:
            return Saved(existing, created=False)
        rec = result.records.rename(columns={"group": "grp"})
        cnt = result.aggregates.rename(columns={"group": "grp"})
        years = sorted(set(rec["fiscal_year"].tolist()) | set(cnt["fiscal_year"].tolist()))
        row = {"file_name": file_name, "sha256": sha256, "uploaded_at": datetime.now(timezone.utc),
               "uploaded_by": uploaded_by or "", "rows": int(result.report.rows_kept or len(rec) + len(cnt)),
               "fiscal_years": ",".join(map(str, years)), "is_demo": bool(is_demo),
               "removed_columns": json.dumps(result.removed_columns, ensure_ascii=False),
               "report_json": json.dumps(result.report.to_dict(), ensure_ascii=False, default=str)}
        try:
            with self._engine.begin() as conn:
                upload_id = conn.execute(uploads_table.insert().values(**row)).inserted_primary_key[0]
                for table, frame in ((records_table, rec), (counts_table, cnt)):
                    if len(frame):
                        conn.execute(table.insert(), [dict(r, upload_id=upload_id) for r in _plain(frame)])
                stored = conn.execute(sa.select(uploads_table).where(uploads_table.c.id == upload_id)).one()
        except sa.exc.IntegrityError:
            existing = self.find_by_sha256(sha256)     # the unique sha256 index: a concurrent save won
            if existing is None:
                raise
            return Saved(existing, created=False)
        return Saved(_upload(stored), created=True)

    def list_all(self) -> list[ComplaintUpload]:
        """Every stored complaint upload, newest first."""
        query = sa.select(uploads_table).order_by(uploads_table.c.uploaded_at.desc(), uploads_table.c.id.desc())
        with self._engine.connect() as conn:
            return [_upload(r) for r in conn.execute(query)]

    def provenance(self) -> pd.DataFrame:
        """Every stored complaint file's provenance as a plain frame (analysis.common.workbook.SOURCE_COLUMNS, kind
        "complaints"), for the source slide and sheet of the exports."""
        from analysis.store.datasets import provenance_frame

        return provenance_frame(self.list_all())

    def version(self) -> str:
        """A short token that changes whenever a complaint file is saved or removed, old records are reduced to
        yearly counts (retention), or the demo is shown or hidden beside the user's files (for cache keys)."""
        u, c = uploads_table.c, counts_table.c
        with self._engine.connect() as conn:
            uploads, last_upload = conn.execute(sa.select(sa.func.count(), sa.func.max(u.id))).one()
            records = conn.execute(sa.select(sa.func.count()).select_from(records_table)).scalar_one()
            counts, last_count = conn.execute(sa.select(sa.func.count(), sa.func.max(c.id))).one()
        shown = MetaRepository(self._engine).demo_shown("complaints")
        return f"{uploads}-{last_upload or 0}-{records}-{counts}-{last_count or 0}-{int(shown)}"

    def find_by_sha256(self, sha256: str) -> ComplaintUpload | None:
        """The upload of a file with this content, or None."""
        query = sa.select(uploads_table).where(uploads_table.c.sha256 == sha256)
        with self._engine.connect() as conn:
            row = conn.execute(query.limit(1)).first()
        return _upload(row) if row is not None else None

    def _remove(self, condition: sa.ColumnElement[bool]) -> int:
        ids = sa.select(uploads_table.c.id).where(condition).scalar_subquery()
        with self._engine.begin() as conn:
            for table in (records_table, counts_table):
                conn.execute(table.delete().where(table.c.upload_id.in_(ids)))
            return conn.execute(uploads_table.delete().where(condition)).rowcount

    def remove(self, upload_id: int) -> bool:
        """Delete one complaint upload and its rows; returns True when it existed."""
        return self._remove(uploads_table.c.id == upload_id) > 0

    def remove_demo(self) -> int:
        """Delete the demo complaint uploads and their rows; returns how many uploads were removed."""
        return self._remove(uploads_table.c.is_demo == sa.true())

    def has_data(self) -> bool:
        """True when any complaint upload is stored."""
        with self._engine.connect() as conn:
            return conn.execute(sa.select(uploads_table.c.id).limit(1)).first() is not None

    def year_sources(self, with_demo: bool | None = None) -> dict[int, YearSource]:
        """The upload each fiscal year is read from: the newest upload holding that year, among the user's uploads
        only when there is one (the demo then leaves the analysis, unless the user asked to keep it: the meta flag
        of "complaints") — with_demo=True keeps the demo in, False leaves it out."""
        u = uploads_table.c
        with self._engine.connect() as conn:
            rows = list(conn.execute(sa.select(u.id, u.file_name, u.is_demo, u.fiscal_years).order_by(u.id)))
        if with_demo is None:
            with_demo = all(r.is_demo for r in rows) or MetaRepository(self._engine).demo_shown("complaints")
        sources: dict[int, YearSource] = {}
        for r in rows:
            if with_demo or not r.is_demo:
                for y in (int(v) for v in (r.fiscal_years or "").split(",") if v.strip()):
                    sources[y] = YearSource(r.id, r.file_name, bool(r.is_demo))
        return sources

    def load(self, with_demo: bool | None = None) -> tuple[pd.DataFrame, pd.DataFrame, frozenset[int]]:
        """(records, aggregates, demo years) of the years' sources (year_sources): for each fiscal year the rows of
        the one upload it is read from, so two files' years are never mixed into one year; the demo years are the
        fiscal years read from the demo (empty, and false, when none is)."""
        sources = self.year_sources(with_demo)
        winner = {y: src.upload_id for y, src in sources.items()}
        if not winner:
            return empty_records(), empty_aggregates(), frozenset()
        with self._engine.connect() as conn:
            rec_rows = list(conn.execute(sa.select(records_table)))
            cnt_rows = list(conn.execute(sa.select(counts_table)))
        rec = pd.DataFrame(rec_rows, columns=[c.name for c in records_table.columns])
        cnt = pd.DataFrame(cnt_rows, columns=[c.name for c in counts_table.columns])
        rec = rec[rec["fiscal_year"].map(winner).eq(rec["upload_id"])] if len(rec) else rec
        cnt = cnt[cnt["fiscal_year"].map(winner).eq(cnt["upload_id"])] if len(cnt) else cnt
        used = set(rec["upload_id"]) | set(cnt["upload_id"])
        demo_years = frozenset(y for y, src in sources.items() if src.is_demo and src.upload_id in used)
        return _records(rec), _aggregates(cnt), demo_years

    def apply_retention(self, keep_years: int, current_year: int | None = None) -> int:
        """Reduce complaint records of fiscal years before the last keep_years (counting the current one) to yearly
        counts per group (received, finished, in progress) in the same upload; returns how many records were
        reduced. The yearly figures stay the same; the per-complaint detail (15-day share, age, channel) of those
        years is gone."""
        from analysis.common.thaidate import current_fiscal_year

        if keep_years <= 0:
            return 0
        first_kept = (current_year or current_fiscal_year()) - keep_years + 1
        r = records_table.c
        old = r.fiscal_year < first_kept
        query = (sa.select(r.upload_id, r.fiscal_year, r.grp, sa.func.count().label("received"),
                           sa.func.sum(sa.case((r.status == "finished", 1), else_=0)).label("finished"))
                 .where(old).group_by(r.upload_id, r.fiscal_year, r.grp))
        with self._engine.begin() as conn:
            groups = list(conn.execute(query))
            if not groups:
                return 0
            conn.execute(counts_table.insert(), [
                {"upload_id": g.upload_id, "fiscal_year": g.fiscal_year, "month": None, "grp": g.grp,
                 "received": int(g.received), "finished": int(g.finished),
                 "in_progress": int(g.received) - int(g.finished)} for g in groups])
            reduced = conn.execute(records_table.delete().where(old)).rowcount
        log.info("complaint retention: %d records before FY%d reduced to yearly counts", reduced, first_kept)
        return reduced


def _records(rec: pd.DataFrame) -> pd.DataFrame:
    """The stored complaint rows as the RECORD_COLUMNS frame with its dtypes, oldest first."""
    if not len(rec):
        return empty_records()
    rec = rec.rename(columns={"grp": "group"})
    records = pd.DataFrame({
        "received": pd.to_datetime(rec["received"]).astype("datetime64[us]").to_numpy(),
        "closed": pd.to_datetime(rec["closed"]).astype("datetime64[us]").to_numpy(),
        "fiscal_year": rec["fiscal_year"].astype("int64").to_numpy(),
        **{c: rec[c].astype("str").to_numpy() for c in ("status", "category", "group")},
        "bribery": rec["bribery"].astype(bool).to_numpy(),
        **{c: rec[c].astype("str").to_numpy() for c in ("channel", "unit")},
        "comment": pd.Series(rec["comment"].to_numpy(), dtype="str").to_numpy()})
    records = records.astype({c: "str" for c in ("status", "category", "group", "channel", "unit", "comment")})
    return records.sort_values(["received"], kind="stable", ignore_index=True)[RECORD_COLUMNS]


def _aggregates(cnt: pd.DataFrame) -> pd.DataFrame:
    """The stored monthly counts as the AGGREGATE_COLUMNS frame with its dtypes."""
    if not len(cnt):
        return empty_aggregates()
    cnt = cnt.rename(columns={"grp": "group"})
    return pd.DataFrame({"fiscal_year": cnt["fiscal_year"].astype("int64").to_numpy(),
                         "month": pd.array(cnt["month"].tolist(), dtype="Int64"),
                         "group": cnt["group"].astype("str").to_numpy(),
                         **{c: pd.array(cnt[c].tolist(), dtype="Int64")
                            for c in ("received", "finished", "in_progress")}})[AGGREGATE_COLUMNS]
