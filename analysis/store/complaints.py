"""Complaint uploads in the workspace database (tables of migration 0003): only scrubbed data is ever stored."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from analysis.common.paths import DATA_DIR
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.complaints.counts import AGGREGATE_COLUMNS
from analysis.complaints.ingest import RECORD_COLUMNS, ComplaintsResult, empty_aggregates, empty_records, ingest_bytes
from analysis.store.datasets import UTCDateTime

log = logging.getLogger(__name__)

SAMPLES_DIR = DATA_DIR / "samples"
DEMO_FILE = "demo_complaints_2563-2568.csv"

_metadata = sa.MetaData()
uploads_table = sa.Table(
    "complaint_uploads", _metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("file_name", sa.Text), sa.Column("sha256", sa.String(64)),
    sa.Column("uploaded_at", UTCDateTime()), sa.Column("uploaded_by", sa.Text), sa.Column("rows", sa.Integer),
    sa.Column("fiscal_years", sa.Text), sa.Column("is_demo", sa.Boolean), sa.Column("removed_columns", sa.Text),
    sa.Column("report_json", sa.Text),
)
_fk = lambda: sa.Column("upload_id", sa.Integer, sa.ForeignKey("complaint_uploads.id", ondelete="CASCADE"))  # noqa: E731
records_table = sa.Table(
    "complaint_records", _metadata, sa.Column("id", sa.Integer, primary_key=True), _fk(),
    sa.Column("received", sa.DateTime), sa.Column("closed", sa.DateTime), sa.Column("fiscal_year", sa.Integer),
    sa.Column("status", sa.String(16)), sa.Column("category", sa.Text), sa.Column("grp", sa.String(16)),
    sa.Column("bribery", sa.Boolean), sa.Column("channel", sa.Text), sa.Column("unit", sa.Text),
    sa.Column("comment", sa.Text),
)
counts_table = sa.Table(
    "complaint_counts", _metadata, sa.Column("id", sa.Integer, primary_key=True), _fk(),
    sa.Column("fiscal_year", sa.Integer), sa.Column("month", sa.Integer), sa.Column("grp", sa.String(16)),
    sa.Column("received", sa.Integer), sa.Column("finished", sa.Integer), sa.Column("in_progress", sa.Integer),
)


@dataclass(frozen=True)
class ComplaintUpload:
    """One stored complaint file: provenance, the personal-data columns removed, and its import report."""
    id: int
    file_name: str
    sha256: str
    uploaded_at: datetime
    uploaded_by: str
    rows: int
    fiscal_years: list[int]
    is_demo: bool
    removed_columns: list[str]
    report: IngestReport


@dataclass
class ComplaintOutcome:
    """What happened to one uploaded complaint file: "saved", "duplicate" or "failed", with its report."""
    file_name: str
    status: str
    report: IngestReport
    upload_id: int | None = None
    duplicate_of: str | None = None
    removed_columns: list[str] = field(default_factory=list)


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


def save(store, result: ComplaintsResult, file_name: str, sha256: str, uploaded_by: str = "",
         is_demo: bool = False) -> ComplaintUpload:
    """Store a scrubbed result as one upload, all or nothing; returns the stored ComplaintUpload."""
    rec = result.records.rename(columns={"group": "grp"})
    cnt = result.aggregates.rename(columns={"group": "grp"})
    years = sorted(set(rec["fiscal_year"].tolist()) | set(cnt["fiscal_year"].tolist()))
    row = {"file_name": file_name, "sha256": sha256, "uploaded_at": datetime.now(timezone.utc),
           "uploaded_by": uploaded_by or "", "rows": int(result.report.rows_kept or len(rec) + len(cnt)),
           "fiscal_years": ",".join(map(str, years)), "is_demo": bool(is_demo),
           "removed_columns": json.dumps(result.removed_columns, ensure_ascii=False),
           "report_json": json.dumps(result.report.to_dict(), ensure_ascii=False, default=str)}
    with store.engine.begin() as conn:
        upload_id = conn.execute(uploads_table.insert().values(**row)).inserted_primary_key[0]
        for table, frame in ((records_table, rec), (counts_table, cnt)):
            if len(frame):
                conn.execute(table.insert(), [dict(r, upload_id=upload_id) for r in _plain(frame)])
        stored = conn.execute(sa.select(uploads_table).where(uploads_table.c.id == upload_id)).one()
    return _upload(stored)


def list_uploads(store) -> list[ComplaintUpload]:
    """Every stored complaint upload, newest first."""
    query = sa.select(uploads_table).order_by(uploads_table.c.uploaded_at.desc(), uploads_table.c.id.desc())
    with store.engine.connect() as conn:
        return [_upload(r) for r in conn.execute(query)]


def find_by_sha256(store, sha256: str) -> ComplaintUpload | None:
    """The newest upload of a file with this content, or None."""
    query = sa.select(uploads_table).where(uploads_table.c.sha256 == sha256).order_by(uploads_table.c.id.desc())
    with store.engine.connect() as conn:
        row = conn.execute(query.limit(1)).first()
    return _upload(row) if row is not None else None


def _remove(store, condition) -> int:
    ids = sa.select(uploads_table.c.id).where(condition).scalar_subquery()
    with store.engine.begin() as conn:
        for table in (records_table, counts_table):
            conn.execute(table.delete().where(table.c.upload_id.in_(ids)))
        return conn.execute(uploads_table.delete().where(condition)).rowcount


def remove_upload(store, upload_id: int) -> bool:
    """Delete one complaint upload and its rows; returns True when it existed."""
    return _remove(store, uploads_table.c.id == upload_id) > 0


def remove_demo_complaints(store) -> int:
    """Delete the demo complaint uploads and their rows; returns how many uploads were removed."""
    return _remove(store, uploads_table.c.is_demo == sa.true())


def load(store) -> tuple[pd.DataFrame, pd.DataFrame, bool]:
    """(records, aggregates, has_demo) of the stored uploads; for each fiscal year the newest upload holding it wins."""
    with store.engine.connect() as conn:
        uploads = pd.DataFrame(list(conn.execute(sa.select(uploads_table.c.id, uploads_table.c.is_demo,
                                                                uploads_table.c.fiscal_years))),
                               columns=["id", "is_demo", "fiscal_years"])
        if uploads.empty:
            return empty_records(), empty_aggregates(), False
        winner: dict[int, int] = {}
        for upload_id, years in zip(uploads["id"], uploads["fiscal_years"]):
            for y in (int(v) for v in years.split(",") if v.strip()):
                winner[y] = max(winner.get(y, 0), int(upload_id))
        rec_rows = list(conn.execute(sa.select(records_table)))
        cnt_rows = list(conn.execute(sa.select(counts_table)))
    rec = pd.DataFrame(rec_rows, columns=[c.name for c in records_table.columns])
    cnt = pd.DataFrame(cnt_rows, columns=[c.name for c in counts_table.columns])
    rec = rec[rec["fiscal_year"].map(winner).eq(rec["upload_id"])] if len(rec) else rec
    cnt = cnt[cnt["fiscal_year"].map(winner).eq(cnt["upload_id"])] if len(cnt) else cnt
    used = set(rec["upload_id"]) | set(cnt["upload_id"])
    has_demo = bool(uploads.loc[uploads["id"].isin(used), "is_demo"].any())
    records = empty_records()
    if len(rec):
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
        records = records.sort_values(["received"], kind="stable", ignore_index=True)[RECORD_COLUMNS]
    aggregates = empty_aggregates()
    if len(cnt):
        cnt = cnt.rename(columns={"grp": "group"})
        aggregates = pd.DataFrame({"fiscal_year": cnt["fiscal_year"].astype("int64").to_numpy(),
                                   "month": pd.array(cnt["month"].tolist(), dtype="Int64"),
                                   "group": cnt["group"].astype("str").to_numpy(),
                                   **{c: pd.array(cnt[c].tolist(), dtype="Int64")
                                      for c in ("received", "finished", "in_progress")}})[AGGREGATE_COLUMNS]
    return records, aggregates, has_demo


def ingest_and_store(store, data: bytes, file_name: str, uploaded_by: str = "", keep_text: bool = False,
                     is_demo: bool = False) -> ComplaintOutcome:
    """Ingest, scrub and save a complaint file unless the same content is stored; never raises on bad input."""
    digest = hashlib.sha256(data).hexdigest()
    existing = find_by_sha256(store, digest)
    if existing is not None:
        return ComplaintOutcome(file_name, "duplicate", existing.report, existing.id, existing.file_name,
                                existing.removed_columns)
    try:
        result = ingest_bytes(data, file_name, keep_text=keep_text)
    except IngestError as exc:
        return ComplaintOutcome(file_name, "failed", exc.report)
    except Exception as exc:    # a bug must reach the user as a message, never as a traceback
        log.error("%s: complaint ingest failed unexpectedly", file_name, exc_info=True)
        report = IngestReport(file=file_name, kind="complaints")
        report.add(Problem("error", "internal_error", "cmpl.internal_error", "cmpl.internal_error_fix",
                           {"error": type(exc).__name__}, file=file_name))
        return ComplaintOutcome(file_name, "failed", report)
    upload = save(store, result, file_name, digest, uploaded_by=uploaded_by, is_demo=is_demo)
    return ComplaintOutcome(file_name, "saved", result.report, upload.id, None, result.removed_columns)


def seed_demo_complaints(store, samples_dir: Path = SAMPLES_DIR) -> int:
    """Load the demo complaint register (once); returns 1 when loaded, 0 when absent or already stored."""
    path = Path(samples_dir) / DEMO_FILE
    if not path.is_file():
        return 0
    outcome = ingest_and_store(store, path.read_bytes(), DEMO_FILE, uploaded_by="demo", is_demo=True)
    return int(outcome.status == "saved")


def has_complaints(store) -> bool:
    """True when any complaint upload is stored."""
    with store.engine.connect() as conn:
        return conn.execute(sa.select(uploads_table.c.id).limit(1)).first() is not None

