"""Ingest ITA results: find each sheet's header, map columns, normalise values, validate, return tidy frames."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.common.normalise import cell_text, is_summary_label, parse_year
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg
from analysis.common.units import clean_name
from analysis.ita.contract import PUBLISHED_COLUMNS, SCORE_COLUMNS
from analysis.ita.ingest._columns import (
    TOOLS,
    IngestState,
    blank_text,
    cell_texts,
    drop_rows,
    fallback_year,
    is_indicator,
    level_or_total,
    map_fields,
    read_numbers,
    read_years,
    unit_types,
    warn_unlabelled,
)
from analysis.ita.ingest._header import SCAN_ROWS, find_header, letter
from analysis.ita.ingest._layouts import finish_frame, layout_of, pivot_long
from analysis.ita.ingest._validate import validate
from analysis.ita.roles import classify_label

__all__ = ["IngestResult", "ingest_bytes", "ingest_path", "ingest_sheets", "find_header", "letter"]


@dataclass
class IngestResult:
    """What an ingest produced: the `scores` and `published` contract frames and the report."""
    scores: pd.DataFrame
    published: pd.DataFrame
    report: IngestReport



# ---------------------------------------------------------------- one sheet

def _assume_header(sheet: str, header, st: IngestState) -> None:
    """Note which row(s) hold the header and which title rows above it were skipped."""
    two = header.first != header.last
    rows_txt = f"{header.first + 1}" + (f"–{header.last + 1}" if two else "")
    titles = "1" if header.first == 1 else f"1–{header.first}"
    title_rows = (msg("ingest.header_titles" if header.first > 1 else "ingest.header_title", titles=titles)
                  if header.first else "")
    st.report.assume("ingest.header_two" if two else "ingest.header", sheet=sheet, rows=rows_txt, titles=title_rows)


def _units(cells: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(unit, unit_blank, summary, names, name_code) of a unit column: each distinct name is cleaned once."""
    ucodes, uniq = pd.factorize(cells.to_numpy(dtype=object))
    cleaned = [u if type(u) is str and u.isprintable() and u == u.strip() and "  " not in u   # already clean
               else clean_name(cell_text(u)) for u in uniq] + [""]
    ncodes, names = pd.factorize(np.array(cleaned, dtype=object))
    names = np.asarray(names, dtype=object)
    name_code = ncodes[ucodes]                      # an empty cell (-1) takes the "" added last
    unit_blank = np.array([blank_text(x) for x in names])[name_code]
    summary = np.array([is_summary_label(x) for x in names])[name_code]
    return names[name_code], unit_blank, summary, names, name_code


@dataclass
class _Body:
    """The data rows under a sheet's header and the fields mapped to its columns."""
    sheet: str
    frame: pd.DataFrame
    fields: dict
    rows: np.ndarray                                 # the user's row numbers

    def col(self, name: str) -> pd.Series | None:
        return self.frame.iloc[:, self.fields[name].index] if name in self.fields else None

    def label(self, name: str) -> str | None:
        return self.fields[name].label if name in self.fields else None


def _warn_year_mismatch(body: _Body, years: np.ndarray, fallback: int, st: IngestState) -> None:
    """A sheet named by a year whose year column gives other years: warn (the column wins)."""
    other = (years != fallback) & (years != 0)
    if other.any():
        found = ", ".join(map(str, np.unique(years[other])))
        st.ctx.add("warning", "year_mismatch", "ingest.year_mismatch", "ingest.year_mismatch_fix",
                   {"n": int(other.sum()), "found": found, "year": fallback}, body.sheet,
                   int(body.rows[np.argmax(other)]), body.label("year"))


@dataclass
class _Values:
    """The numbers read from a sheet's value columns (and, in a long table, what each row's label means)."""
    values: dict[str, np.ndarray]
    level: np.ndarray | None = None                  # level texts of a wide table's level column
    level_rows: np.ndarray | None = None             # level texts of a long table's level rows
    labels: np.ndarray | None = None                 # long table: the field of each row's indicator label
    raw_labels: np.ndarray | None = None


def _read_values(body: _Body, long: bool, hints: dict, st: IngestState) -> _Values:
    """Every value column as numbers (levels as text); hints gains the long table's label hints."""
    n = len(body.frame)
    out = _Values({})
    skip_bad = np.zeros(n, dtype=bool)
    if long:
        lab_codes, lab_uniq = pd.factorize(body.col("indicator_label").to_numpy(dtype=object))
        lab_roles = [classify_label(u) for u in lab_uniq]
        for r in lab_roles:
            if r is not None and r.hint:
                hints.setdefault(r.field, r.hint)
        out.labels = np.array([r.field if r else None for r in lab_roles] + [None], dtype=object)[lab_codes]
        out.raw_labels = np.array([cell_text(u).strip() for u in lab_uniq] + [""], dtype=object)[lab_codes]
        skip_bad = out.labels == "level"
    for name in body.fields:
        if name == "level":
            out.level, as_total = level_or_total(body.col(name), body.fields, body.sheet, st)
            if as_total is not None:
                out.values["total"] = as_total
                st.ctx.headers[body.sheet]["total"] = body.fields["level"].label
        elif name == "score" or is_indicator(name) or name[:3] in TOOLS or name == "total":
            out.values[name] = read_numbers(body.col(name), name, body.sheet, body.rows, st, body.label(name),
                                            skip_bad)
    if long and skip_bad.any():
        out.level_rows = np.where(skip_bad, cell_texts(body.col("score")), None)
    return out


def _has_value(vals: _Values, n: int) -> np.ndarray:
    """Rows with at least one number or level."""
    has_value = np.zeros(n, dtype=bool)
    for v in vals.values.values():
        has_value |= ~np.isnan(v)
    for texts in (vals.level, vals.level_rows):
        if texts is not None:
            has_value |= pd.notna(texts)
    return has_value


def _summary_in_ignored(body: _Body, header, unit, unit_blank, has_value, summary) -> None:
    """A summary label may sit in a row-number column when the unit is blank: mark those rows (in place)."""
    for c in header.columns:
        if c.role and c.role.kind == "ignore":
            texts = cell_texts(body.frame.iloc[:, c.index])
            for i in np.flatnonzero(unit_blank & has_value & ~summary):
                if texts[i] and is_summary_label(texts[i]):
                    summary[i], unit[i] = True, texts[i]


def _keep_rows(body: _Body, header, unit, unit_blank, summary, has_value, years, bad_year,
               st: IngestState) -> np.ndarray:
    """The rows that are units with values and a year; the others are reported (summary, no unit, no values,
    no or unreadable year) and dropped."""
    sheet, rows = body.sheet, body.rows
    non_blank = ~unit_blank | has_value
    summary &= non_blank
    if unit_blank.any():
        _summary_in_ignored(body, header, unit, unit_blank, has_value, summary)
    no_unit = unit_blank & has_value & ~summary
    bad_year &= non_blank & ~summary & ~no_unit
    for i in np.flatnonzero(bad_year):
        text = cell_text(body.col("year").iat[i])
        st.ctx.add("error", "bad_year", "ingest.bad_year", "ingest.bad_year_fix", {"text": text}, sheet,
                   int(rows[i]), body.label("year"))
    no_values = ~unit_blank & ~has_value & ~summary & ~bad_year
    no_year = (years == 0) & ~bad_year & non_blank & ~summary & ~no_unit & ~no_values
    st.rows_read += int(non_blank.sum())
    if (~non_blank).any():
        st.report.assume("ingest.blank_rows", sheet=sheet, n=int((~non_blank).sum()))
    drop_rows(summary, rows, unit, "summary_row", "ingest.reason_summary", sheet, st)
    drop_rows(no_unit, rows, None, "row_dropped", "ingest.reason_no_unit", sheet, st)
    drop_rows(no_values, rows, unit, "row_dropped", "ingest.reason_no_scores", sheet, st)
    drop_rows(no_year, rows, unit, "no_fiscal_year", "ingest.reason_no_year", sheet, st, "error",
              "ingest.no_year_row_fix")
    return non_blank & ~summary & ~no_unit & ~no_values & ~bad_year & ~no_year


def _read_sheet(sheet: str, grid: pd.DataFrame, st: IngestState) -> pd.DataFrame | None:
    """The sheet's unit-year rows as an internal wide frame, or None when it has no usable table."""
    header, _ = find_header(grid)
    if header is None:
        return None
    kinds = {c.role.field for c in header.columns if c.role}
    long = ("indicator_label" in kinds and not any(is_indicator(k) for k in kinds)
            and ("score" in kinds or "total" in kinds))
    _assume_header(sheet, header, st)
    fields = map_fields(header, sheet, long, st)
    if long and "score" not in fields:
        fields["score"] = fields.pop("total")
    warn_unlabelled(grid, header, sheet, st)
    st.ctx.headers[sheet] = {name: col.label for name, col in fields.items()}
    fallback, source = fallback_year(sheet, grid, header, st)
    if "year" not in fields:
        if fallback is None:
            st.ctx.add("error", "no_fiscal_year", "ingest.no_year", "ingest.no_year_fix", {}, sheet, header.last + 1)
            return None
        st.report.assume("ingest.year_from", sheet=sheet, year=fallback, source=msg(source))
    sheet_named = parse_year(sheet)[0] is not None
    st.year_sheets += sheet_named

    frame = grid.iloc[header.last + 1:]
    n = len(frame)
    body = _Body(sheet, frame, fields, np.arange(header.last + 2, header.last + 2 + n))
    unit, unit_blank, summary, names, name_code = _units(body.col("unit"))
    years, bad_year = read_years(body.col("year"), n, fallback, st)
    if "year" in fields and sheet_named:
        _warn_year_mismatch(body, years, fallback, st)
    hints = {name: c.role.hint for name, c in fields.items() if c.role and c.role.hint}
    vals = _read_values(body, long, hints, st)
    keep = _keep_rows(body, header, unit, unit_blank, summary, _has_value(vals, n), years, bad_year, st)
    given_type = cell_texts(body.col("unit_type"), clean=True) if "unit_type" in fields else None
    base = {"unit": unit, "unit_type": unit_types(names, name_code, given_type), "fiscal_year": years,
            "_row": body.rows}
    values = vals.values
    if vals.level is not None:
        values["level"] = vals.level
    if long:
        out = pivot_long(base, keep, vals.labels, vals.raw_labels, vals.level_rows, values, sheet, st)
    else:
        out = pd.DataFrame({k: v[keep] for k, v in base.items()} | {k: v[keep] for k, v in values.items()})
    out["_sheet"] = sheet
    out["_has_ind"] = any(is_indicator(c) for c in out.columns)
    st.layouts.append("long" if long else layout_of(out))
    return finish_frame(out, sheet, st, hints)


# ---------------------------------------------------------------- whole file

def _empty_scores() -> pd.DataFrame:
    dtypes = {"unit": "str", "unit_type": "str", "fiscal_year": "int64", "indicator": "int64", "score": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes[c]) for c in SCORE_COLUMNS})


def _strings(values: np.ndarray):
    """(codes, str-dtype array of the distinct values): each distinct string is converted once, then taken."""
    codes, uniq = pd.factorize(values)
    return codes, pd.array(np.asarray(uniq, dtype=object), dtype="str")


def _outputs(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The `scores` and `published` contract frames from the validated unit-year rows."""
    ind = sorted((c for c in frame.columns if is_indicator(c)), key=lambda c: int(c[1:]))
    ucodes, units = _strings(frame["unit"].to_numpy(dtype=object))
    tcodes, types = _strings(frame["unit_type"].to_numpy(dtype=object))
    years = frame["fiscal_year"].to_numpy(dtype=np.int64)
    if ind:
        mat = frame[ind].to_numpy(dtype=float)
        present = ~np.isnan(mat)
        r, c = np.nonzero(present)
        scores = pd.DataFrame({"unit": units.take(ucodes[r]), "unit_type": types.take(tcodes[r]),
                               "fiscal_year": years[r], "indicator": np.array([int(x[1:]) for x in ind])[c],
                               "score": mat[present]})
    else:
        scores = _empty_scores()
    has = frame["_undetermined"].to_numpy(dtype=bool).copy()   # kept blank: scored as undetermined
    for c in ("iit", "eit", "oit", "total", "level"):
        if c in frame.columns:
            has |= frame[c].notna().to_numpy()
    sel = np.flatnonzero(has)
    pub = {"unit": units.take(ucodes[sel]), "unit_type": types.take(tcodes[sel]), "fiscal_year": years[sel]}
    for c in ("iit", "eit", "oit", "total"):
        pub[c] = frame[c].to_numpy(dtype=float)[sel] if c in frame.columns else np.full(len(sel), np.nan)
    level = frame["level"].to_numpy(dtype=object)[sel] if "level" in frame.columns else np.full(len(sel), None)
    level[pd.isna(level)] = None
    pub["level"] = pd.Series(level, dtype=object)          # str or None, as printed in the file
    return scores, pd.DataFrame(pub)[PUBLISHED_COLUMNS]


def ingest_sheets(sheets: dict[str, pd.DataFrame], file_name: str, report: IngestReport) -> IngestResult:
    """Tidy `scores` and `published` frames from raw sheet grids, and the filled report.

    Raises IngestError when nothing usable is found (no header, no fiscal year, no rows)."""
    st = IngestState(file_name, report)
    blocks = []
    skipped = []
    for sheet, grid in sheets.items():
        sheet = str(sheet)
        block = _read_sheet(sheet, grid, st) if grid.shape[0] and grid.shape[1] else None
        if block is None:
            skipped.append((sheet, grid))
            continue
        if sheet not in report.sheets:
            report.sheets.append(sheet)
        blocks.append(block)
    if not blocks:
        if not report.errors:
            _no_header(sheets, st)
        st.ctx.finish()
        raise IngestError(report)
    for sheet, grid in skipped:
        if grid.shape[0] and not any(p.sheet == sheet for p in report.errors):
            report.assume("ingest.sheet_skipped", sheet=sheet)
    frame = pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]
    for c in ("iit", "eit", "oit", "total"):
        if c in frame.columns:
            frame[c] = frame[c].astype(float)
    frame = validate(frame, st.ctx)
    scores, published = _outputs(frame)
    report.layout = "per_year_sheets" if st.year_sheets > 1 else (st.layouts[0] if len(set(st.layouts)) == 1
                                                                   else "mixed")
    report.rows_read += st.rows_read
    report.rows_kept += len(frame)
    st.ctx.finish()
    if scores.empty and published.empty:
        report.add(Problem("error", "no_rows", "ingest.no_rows", "ingest.no_rows_fix", {}, file_name))
        raise IngestError(report)
    return IngestResult(scores, published, report)


def _no_header(sheets: dict[str, pd.DataFrame], st: IngestState) -> None:
    found = []
    for grid in sheets.values():
        if grid.shape[0] and grid.shape[1]:
            _, cand = find_header(grid)
            if cand is not None:
                found += [c.label for c in cand.columns if c.role]
    seen = msg("ingest.found_only", found=", ".join(found)) if found else ""
    st.ctx.add("error", "no_header", "ingest.no_header", "ingest.no_header_fix", {"rows": SCAN_ROWS, "found": seen})


def ingest_bytes(data: bytes, file_name: str) -> IngestResult:
    """IngestResult of a file's bytes (xlsx, xls, ods, csv): guarded read, then ingest_sheets.

    Raises IngestError (with bilingual problems) when the file is refused or nothing usable is in it."""
    from analysis.files.readers import read_sheets

    report = IngestReport(file=file_name)
    sheets = read_sheets(data, file_name, report)
    return ingest_sheets(sheets, file_name, report)


def ingest_path(path) -> IngestResult:
    """ingest_bytes of a file on disk (named by its file name in messages)."""
    path = Path(path)
    return ingest_bytes(path.read_bytes(), path.name)
