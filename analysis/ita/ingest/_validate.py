"""Checks on mapped ITA rows: score ranges, duplicates, missing indicators, framework years and published totals."""
from __future__ import annotations

import warnings
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.common.report import IngestReport, Problem
from analysis.common.text import msg, seq
from analysis.ita import framework
from analysis.ita.contract import KEY_COLUMNS

MAX_PER_CODE = 300          # individual problems per code and sheet; the rest are summed up in one line
TOTAL_TOLERANCE = 0.05
TOOL_FIELDS = ("iit", "eit", "oit")


_FIELD_CODES = {"total": "field.total", "level": "field.level", "unit": "field.unit", "unit_type": "field.unit_type",
                "year": "field.year", "ignore": "field.ignore", "indicator_label": "field.indicator_label",
                "score": "field.score", "value": "field.score", "text": "field.text"}


def field_label(name: str):
    """The words for an internal field name such as i3, eit_p1, total, as a message parameter (analysis.common.text)."""
    if name.startswith("i") and name[1:].isdigit():
        return msg("field.indicator", n=name[1:])
    if name[:3] in TOOL_FIELDS:
        code = name[:3].upper()
        return msg("field.tool_part", tool=code, part=name[-1]) if "_p" in name else code
    return msg(_FIELD_CODES[name]) if name in _FIELD_CODES else name


@dataclass
class Context:
    """Where problems go: the file, the report, and each sheet's column labels by field."""
    file: str
    report: IngestReport
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    _counts: Counter = field(default_factory=Counter)
    _over: dict = field(default_factory=dict)

    def column(self, sheet: str | None, name: str | None) -> str | None:
        if sheet is None or name is None:
            return None
        name = {"value": "score", "text": "score"}.get(name, name)     # cells of a long file
        return self.headers.get(sheet, {}).get(name)

    def add(self, severity: str, code: str, message: str, fix: str = "", params: dict | None = None,
            sheet: str | None = None, row: int | None = None, column: str | None = None) -> None:
        """Add a problem (message and fix by catalogue code, with their parameters); past MAX_PER_CODE of one code
        in one sheet they are only counted (see finish)."""
        key = (code, sheet)
        self._counts[key] += 1
        if self._counts[key] > MAX_PER_CODE:
            first = self._over.setdefault(key, [severity, row, row])
            first[2] = row
            return
        self.report.add(Problem(severity, code, message, fix, params or {}, self.file, sheet,
                                None if row is None else int(row), column))

    def finish(self) -> None:
        """One summary line per code whose problems went past the cap."""
        for (code, sheet), (severity, first, last) in self._over.items():
            n = self._counts[(code, sheet)] - MAX_PER_CODE
            self.report.add(Problem(severity, code, "ingest.more_of_same", "ingest.more_of_same_fix",
                                    {"n": n, "first": first, "last": last}, self.file, sheet, first))
        self._over.clear()


def row_of(frame: pd.DataFrame, i: int, name: str) -> int:
    """The Excel row (1-based) of a field's cell in row position i (long files keep one row per field)."""
    col = f"_r_{name}"
    if col in frame.columns:
        r = frame[col].iat[i]
        if r == r:
            return int(r)
    return int(frame["_row"].iat[i])


def check_range(frame: pd.DataFrame, names: list[str], limits: dict[str, float], sheet: str, ctx: Context) -> None:
    """Error for every score outside 0–limit (100, or a tool's weight when given as points); that cell becomes NaN."""
    for name in names:
        v = frame[name].to_numpy(dtype=float)
        limit = limits.get(name, 100.0)
        with np.errstate(invalid="ignore"):
            bad = (v < 0) | (v > limit + 1e-9)
        if not bad.any():
            continue
        label = field_label(name)
        scale = f"0–{limit:g}" if limit == 100 else msg("ingest.scale_points", limit=limit)
        for i in np.flatnonzero(bad):
            ctx.add("error", "score_out_of_range", "ingest.out_of_range", "ingest.out_of_range_fix",
                    {"field": label, "unit": frame["unit"].iat[i], "score": float(v[i]), "scale": scale},
                    sheet, row_of(frame, i, name), ctx.column(sheet, name))
        v = v.copy()
        v[bad] = np.nan
        frame[name] = v


def _differ(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Element-wise: True where a and b hold different values (two missing values are the same)."""
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    equal = (a == b).fillna(False).to_numpy(dtype=bool)
    return ~(equal | (a.isna().to_numpy() & b.isna().to_numpy()))


def _row_refs(rows: list[tuple[int, str]]) -> dict:
    """The rows as a message parameter, each with its sheet: "row 2 of sheet A, row 3 of sheet A"."""
    return seq([msg("ingest.at_row_sheet", row=r, sheet=s) for r, s in rows])


def _null_values(frame: pd.DataFrame, values: list[str], positions: list[int]) -> None:
    """Blank every value column of the given row positions (in place): NaN for numbers, None for texts."""
    for c in values:
        col = frame[c].to_numpy(copy=True)
        col[positions] = np.nan if col.dtype.kind == "f" else None
        frame[c] = col


def _repeats(frame: pd.DataFrame, keys: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(position of every repeated row, grouped by key in order of first appearance and by row within a key; the
    key's number; True on each key's first row)."""
    pos = np.flatnonzero(frame.duplicated(keys, keep=False).to_numpy())
    gid = frame.iloc[pos].groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    order = np.argsort(gid, kind="stable")
    pos, gid = pos[order], gid[order]
    return pos, gid, np.r_[True, gid[1:] != gid[:-1]]


def drop_duplicates(frame: pd.DataFrame, keys: list[str], values: list[str], ctx: Context,
                    label=None) -> pd.DataFrame:
    """The frame without repeated keys and with an `_undetermined` column.

    Identical repeats are merged (info). Repeats with different values are never settled by picking one: the
    first row is kept with all its values blank and `_undetermined` True, and one error names every row of the
    key and the columns that differ (issue 10.4). Rows are compared a whole column at a time (issue 16.3)."""
    und = frame["_undetermined"].eq(True) if "_undetermined" in frame.columns else False
    frame = frame.assign(_undetermined=und)       # a block without the column (wide) has NaN there after concat
    if len(frame) < 2 or not frame.duplicated(keys, keep=False).any():
        return frame
    frame = frame.copy()
    pos, gid, first = _repeats(frame, keys)
    base = pos[first][np.cumsum(first) - 1]                    # each repeated row's key's first row
    rep, bp = pos[~first], base[~first]                         # the repeats (every key has one) and their firsts
    differs = np.column_stack([_differ(frame[c].iloc[bp], frame[c].iloc[rep]) for c in values]
                              or [np.zeros(len(rep), dtype=bool)])
    und = frame["_undetermined"].to_numpy(dtype=bool)
    merged = ~differs.any(axis=1) & ~und[bp] & ~und[rep]
    conflict = np.bincount(gid[~first], weights=differs.any(axis=1), minlength=gid.max() + 1) > 0
    unsure = np.bincount(gid, weights=und[pos], minlength=gid.max() + 1) > 0
    _report_repeats(frame, values, ctx, label, (pos, gid, first, rep, merged, differs, conflict))
    drop = np.zeros(len(frame), dtype=bool)
    drop[rep] = True
    blank = pos[first][conflict | unsure]
    if len(blank):
        _null_values(frame, values, list(blank))
        und = frame["_undetermined"].to_numpy(copy=True)
        und[blank] = True
        frame["_undetermined"] = und
    return frame[~drop]


def _report_repeats(frame: pd.DataFrame, values: list[str], ctx: Context, label, found: tuple) -> None:
    """The messages of the repeated keys, key by key: an info per identical repeat, then an error naming every row
    of a key whose rows differ and the columns that do (in the order they first differ)."""
    pos, gid, first, rep, merged, differs, conflict = found
    cols = {c: frame[c].to_numpy() for c in frame.columns}
    row, sheet = cols["_row"], cols["_sheet"]

    def what(p: int):
        unit, year = cols["unit"][p], cols["fiscal_year"][p]
        return label({c: v[p] for c, v in cols.items()}) if label else msg("ingest.unit_year", unit=unit, year=year)

    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], len(pos)]
    rep_of = np.cumsum(~first) - 1                              # index into rep/merged/differs of each repeat
    for g in np.flatnonzero(conflict | np.bincount(gid[~first], weights=merged, minlength=len(starts)).astype(bool)):
        members = pos[starts[g]:ends[g]]
        b = members[0]
        for k in range(starts[g] + 1, ends[g]):
            if merged[rep_of[k]]:
                p = pos[k]
                at = (msg("ingest.at_row_sheet", row=int(row[b]), sheet=sheet[b]) if sheet[b] != sheet[p]
                      else msg("ingest.at_row", row=int(row[b])))
                ctx.add("info", "duplicate_merged", "ingest.duplicate_merged", "ingest.duplicate_merged_fix",
                        {"what": what(b), "at": at}, sheet[p], int(row[p]))
        if conflict[g]:
            block = differs[rep_of[starts[g] + 1]:rep_of[ends[g] - 1] + 1]
            firsts = np.where(block.any(axis=0), block.argmax(axis=0), len(block))
            diff = [values[j] for j in sorted(np.flatnonzero(block.any(axis=0)), key=lambda j: (firsts[j], j))]
            rows = [(int(row[p]), sheet[p]) for p in members]
            ctx.add("error", "duplicate_conflict", "ingest.duplicate_conflict", "ingest.duplicate_conflict_fix",
                    {"what": what(b), "rows": _row_refs(rows), "columns": seq([field_label(c) for c in diff]),
                     "unit_year": msg("ingest.unit_year", unit=cols["unit"][b], year=cols["fiscal_year"][b])},
                    rows[-1][1], rows[-1][0], ctx.column(rows[-1][1], diff[0]))


def check_frameworks(years, ctx: Context, first_rows: dict[int, tuple[str, int]]) -> dict[int, framework.Framework]:
    """The framework of each fiscal year; a warning for every year without a framework file."""
    out = {}
    for y in sorted(set(int(y) for y in years)):
        fw = framework.for_year(y)
        if fw is None:
            sheet, row = first_rows.get(y, (None, None))
            ctx.add("warning", "no_framework", "ingest.no_framework", "ingest.no_framework_fix", {"year": y},
                    sheet, row)
        else:
            out[y] = fw
    return out


def check_missing(frame: pd.DataFrame, frameworks: dict[int, framework.Framework], ctx: Context) -> None:
    """Warning for each unit-year (from a sheet with indicator columns) that lacks some of the year's indicators."""
    if "_has_ind" not in frame.columns or not frame["_has_ind"].any():
        return
    latest = framework.latest()
    years = frame["fiscal_year"].to_numpy()
    for y in np.unique(years):
        fw = frameworks.get(int(y), latest)
        names = [f"i{n}" for n in sorted(fw.weights)]
        sel = np.flatnonzero((years == y) & frame["_has_ind"].to_numpy(dtype=bool)
                             & ~frame["_undetermined"].to_numpy(dtype=bool))
        if not len(sel):
            continue
        mat = np.column_stack([frame[n].to_numpy(dtype=float)[sel] if n in frame.columns
                               else np.full(len(sel), np.nan) for n in names])
        miss = np.isnan(mat)
        for k in np.flatnonzero(miss.any(axis=1)):
            i = sel[k]
            nums = [names[j][1:] for j in np.flatnonzero(miss[k])]
            sheet = frame["_sheet"].iat[i]
            unit = frame["unit"].iat[i]
            ctx.add("warning", "missing_indicators", "ingest.missing_indicators", "ingest.missing_indicators_fix",
                    {"unit": unit, "year": y, "numbers": ", ".join(nums)},
                    sheet, int(frame["_row"].iat[i]), ctx.column(sheet, names[int(np.flatnonzero(miss[k])[0])]))


def recomputed_totals(frame: pd.DataFrame, frameworks: dict[int, framework.Framework]) -> np.ndarray:
    """Σ weight × score / 100 per row with the year's weights; NaN where an indicator or the framework is missing."""
    out = np.full(len(frame), np.nan)
    years = frame["fiscal_year"].to_numpy()
    for y, fw in frameworks.items():
        sel = years == y
        if not sel.any():
            continue
        w = fw.weights
        cols = [f"i{n}" for n in sorted(w)]
        if not all(c in frame.columns for c in cols):
            continue
        mat = frame.loc[sel, cols].to_numpy(dtype=float)
        out[sel] = mat @ np.array([w[n] for n in sorted(w)]) / 100.0
    return out


def check_totals(frame: pd.DataFrame, frameworks: dict[int, framework.Framework], ctx: Context) -> None:
    """Warning when a published total differs from the recomputed one by more than 0.05, with the likely cause."""
    if "total" not in frame.columns or not frameworks:
        return
    rec = recomputed_totals(frame, frameworks)
    pub = frame["total"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        bad = np.abs(pub - rec) > TOTAL_TOLERANCE + 1e-9
    if not bad.any():
        return
    units = frame["unit"].to_numpy()
    years = frame["fiscal_year"].to_numpy()
    ind_cols = [c for c in frame.columns if c.startswith("i") and c[1:].isdigit()]
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        plains = np.nanmean(frame[ind_cols].to_numpy(dtype=float), axis=1)
    others: dict[str, list[int]] = {}
    for j in np.flatnonzero(np.isin(units, units[bad]) & ~np.isnan(rec)):
        others.setdefault(units[j], []).append(int(j))
    for i in np.flatnonzero(bad):
        unit, y, p, r = units[i], int(years[i]), pub[i], rec[i]
        match = [int(years[j]) for j in others.get(unit, []) if years[j] != y and abs(rec[j] - p) <= TOTAL_TOLERANCE]
        plain = float(plains[i])
        if match:
            cause = msg("ingest.cause_year", year=match[0])
        elif abs(plain - p) <= TOTAL_TOLERANCE:
            cause = msg("ingest.cause_unweighted", mean=plain)
        else:
            cause = msg("ingest.cause_indicators")
        sheet = frame["_sheet"].iat[i]
        ctx.add("warning", "total_mismatch", "ingest.total_mismatch", "ingest.total_mismatch_fix",
                {"unit": unit, "year": y, "published": float(p), "recomputed": float(r), "difference": abs(p - r),
                 "cause": cause}, sheet, row_of(frame, i, "total"), ctx.column(sheet, "total"))


def validate(frame: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Rows after merging duplicate unit-years (conflicting ones kept blank, `_undetermined`), with warnings for
    missing indicators, unknown years and totals."""
    values = [c for c in frame.columns if not c.startswith("_") and c not in KEY_COLUMNS]
    frame = drop_duplicates(frame, ["unit", "fiscal_year"], values, ctx)
    frame = frame.reset_index(drop=True)
    years = frame["fiscal_year"].to_numpy()
    uniq, first = np.unique(years, return_index=True)
    first_rows = {int(y): (frame["_sheet"].iat[i], int(frame["_row"].iat[i])) for y, i in zip(uniq, first)}
    frameworks = check_frameworks(uniq, ctx, first_rows)
    check_missing(frame, frameworks, ctx)
    check_totals(frame, frameworks, ctx)
    return frame
