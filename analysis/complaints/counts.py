"""Complaint counts tables (per fiscal year or month, optionally by category) → the aggregates frame."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.common.normalise import cell_text, is_summary_label, parse_year, to_numbers
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.complaints import roles
from analysis.complaints.dates import fiscal_years, parse_dates

AGGREGATE_COLUMNS = ["fiscal_year", "month", "group", "received", "finished", "in_progress"]


def aggregates(frame: pd.DataFrame, cols: dict[str, str], report: IngestReport) -> pd.DataFrame:
    """The AGGREGATE_COLUMNS frame of a yearly or monthly counts table (summary rows skipped); raises
    IngestError when no row has a readable year and count."""
    n = len(frame)
    report.rows_read = n
    first = frame[cols.get("fiscal_year") or cols["month"]]
    keep = ~first.map(is_summary_label).to_numpy(dtype=bool) & first.notna().to_numpy()
    frame = frame.loc[keep].reset_index(drop=True)
    month = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    if "month" in cols:
        text = frame[cols["month"]].map(cell_text)
        dates = parse_dates("1 " + text.astype("str"))
        month = dates.dates.dt.month.astype("Int64")
        fy = fiscal_years(dates.dates)
        if "fiscal_year" in cols:
            fy = fy.fillna(pd.Series([parse_year(v)[0] for v in frame[cols["fiscal_year"]]], dtype="Int64"))
    else:
        fy = pd.Series([parse_year(v)[0] for v in frame[cols["fiscal_year"]]], dtype="Int64")
    counts = {k: to_numbers(frame[cols[c]])[0].copy() if c in cols else np.full(len(frame), np.nan)
              for k, c in (("received", "n_received"), ("finished", "n_finished"), ("in_progress", "n_in_progress"))}
    labels = first.loc[keep].map(cell_text).to_numpy()
    for key, role in (("received", "n_received"), ("finished", "n_finished"), ("in_progress", "n_in_progress")):
        if role in cols:
            _drop_invalid(counts[key], cols[role], labels, report)
    over = ~np.isnan(counts["finished"]) & ~np.isnan(counts["received"]) & (counts["finished"] > counts["received"])
    if over.any():
        _warn_rows(report, "complaints_finished_over_received", cols.get("n_finished", ""), labels[over],
                   "cmpl.finished_over_received", "cmpl.finished_over_received_fix")
        counts["finished"][over] = np.nan
    if "in_progress" in counts and np.isnan(counts["in_progress"]).all() and not np.isnan(counts["finished"]).all():
        counts["in_progress"] = counts["received"] - counts["finished"]
    group = (roles.categories(frame[cols["category"]])["group"] if "category" in cols
             else pd.Series(["all"] * len(frame), dtype="str"))
    out = pd.DataFrame({"fiscal_year": fy, "month": month, "group": group.to_numpy(),
                        **{k: pd.array(np.round(v), dtype="Int64") for k, v in counts.items()}})
    bad = out["fiscal_year"].isna() | out["received"].isna()
    if bad.any():
        report.add(Problem("warning", "complaints_bad_count_row", "cmpl.bad_count_rows", "cmpl.bad_count_rows_fix",
                           {"n": int(bad.sum())}, file=report.file))
    out = out.loc[~bad].astype({"fiscal_year": "int64"}).reset_index(drop=True)
    report.rows_kept = len(out)
    if out.empty:
        refuse_rows(report, "complaints_no_rows", "cmpl.no_count_rows", "cmpl.no_count_rows_fix")
    return out[AGGREGATE_COLUMNS]


MAX_COUNT = 10_000_000          # complaints in one row of a counts table: more is a typing error


def _drop_invalid(values: np.ndarray, column: str, labels: np.ndarray, report: IngestReport) -> None:
    """Counts must be finite whole numbers from 0 to MAX_COUNT: others become missing (in place), with a warning."""
    known = ~np.isnan(values)
    with np.errstate(invalid="ignore"):
        invalid = known & (~np.isfinite(values) | (values < 0) | (values > MAX_COUNT)
                           | (np.abs(values - np.round(values)) > 1e-9))
    if invalid.any():
        _warn_rows(report, "complaints_bad_count", column, labels[invalid], "cmpl.bad_count", "cmpl.bad_count_fix",
                   limit=MAX_COUNT)
        values[invalid] = np.nan


def _warn_rows(report: IngestReport, code: str, column: str, labels, message: str, fix: str, **params):
    """One warning (message and fix: catalogue codes) naming the column and the rows (by their year or month label,
    the first five)."""
    shown = ", ".join(str(x) for x in labels[:5]) + (" …" if len(labels) > 5 else "")
    report.add(Problem("warning", code, message, fix, {**params, "n": len(labels), "rows": shown},
                       file=report.file, column=column or None))


def refuse_rows(report: IngestReport, code: str, message: str, fix: str):
    """Add an error for the whole file (message and fix: catalogue codes) and raise IngestError."""
    report.add(Problem("error", code, message, fix, file=report.file))
    raise IngestError(report)
