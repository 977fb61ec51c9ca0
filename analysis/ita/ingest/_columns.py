"""Column reading for ingest: field mapping, years, numbers, texts, unit types and dropped rows of a sheet."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.common.normalise import MISSING_TOKENS, cell_text, norm_header, parse_year, to_numbers, year_in_text
from analysis.common.report import IngestReport
from analysis.common.text import msg, seq
from analysis.common.units import clean_name, infer_unit_type
from analysis.ita.ingest._header import Column, Header, letter
from analysis.ita.ingest._validate import Context, field_label

TOOLS = ("iit", "eit", "oit")


# ---------------------------------------------------------------- cell helpers

def _codes(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(code per row, -1 for empty cells; the unique cell texts stripped) — parsing is then done per unique value."""
    codes, uniq = pd.factorize(series.to_numpy(dtype=object))
    return codes, [cell_text(u).strip() for u in uniq]


def blank_text(text: str) -> bool:
    """True when a stripped cell text stands for no value (blank, '-', 'N/A' …)."""
    return len(text) < 12 and norm_header(text) in MISSING_TOKENS


def cell_texts(series: pd.Series, clean: bool = False) -> np.ndarray:
    """Each cell as text (None when blank or '-'), parsed once per distinct value."""
    codes, uniq = _codes(series)
    vals = [None if blank_text(t) else (clean_name(t) if clean else t) for t in uniq]
    return np.array(vals + [None], dtype=object)[codes]


def is_indicator(name: str) -> bool:
    """True for an indicator field name ('i1' … 'i10')."""
    return name[:1] == "i" and name[1:].isdigit()


class IngestState:
    """What one ingest carries across sheets: report, problem context, notes already made, counts."""

    def __init__(self, file_name: str, report: IngestReport):
        self.report = report
        self.ctx = Context(file_name, report)
        self.file_year = year_in_text(Path(file_name).stem)[0]
        self.noted: set[str] = set()
        self.rows_read = 0
        self.layouts: list[str] = []
        self.year_sheets = 0

    def note_year_kind(self, kind: str, example: object, year: int) -> None:
        """Say once per file that CE (or two-digit) years were converted."""
        if kind not in ("ce", "be2") or kind in self.noted:
            return
        self.noted.add(kind)
        self.report.assume("ingest.ce_years" if kind == "ce" else "ingest.two_digit_years",
                           example=cell_text(example), year=year)


# ---------------------------------------------------------------- column mapping

def map_fields(header: Header, sheet: str, long: bool, st: IngestState) -> dict[str, Column]:
    """Field name → column; records the mapping and warns about repeated and unknown columns."""
    fields: dict[str, Column] = {}
    unknown: list[str] = []
    lines = []
    has_total = any(c.role and c.role.kind == "total" for c in header.columns)
    for col in header.columns:
        role = col.role
        if role is None or (not long and role.kind == "indicator_label") or (role.kind == "score" and not long
                                                                            and has_total):
            if col.text:
                unknown.append(col.label)
            continue
        name = role.field
        if role.kind == "score" and not long:
            name = "total"
            st.report.assume("ingest.column_as_total", sheet=sheet, column=col.label)
        label = field_label(name)
        if name in fields and name != "ignore":
            first = fields[name]
            st.ctx.add("warning", "duplicate_column", "ingest.duplicate_column", "ingest.duplicate_column_fix",
                       {"column": col.label, "first": first.label, "field": label}, sheet, header.last + 1,
                       col.label)
            continue
        if name != "ignore":
            fields[name] = col
        hint = {"points": msg("ingest.hint_points"), "scale100": " (0–100)"}.get(role.hint or "", "")
        lines.append(msg("ingest.mapping_line", column=col.label, field=label, hint=hint))
    st.report.assume("ingest.mapping", sheet=sheet, lines=seq(lines, "; "))
    if unknown:
        st.ctx.add("warning", "unknown_columns", "ingest.unknown_columns", "ingest.unknown_columns_fix",
                   {"columns": ", ".join(unknown)}, sheet, header.last + 1, ", ".join(unknown))
    return fields


def warn_unlabelled(grid: pd.DataFrame, header: Header, sheet: str, st: IngestState) -> None:
    """Warn about columns that have no header text but hold data below the header."""
    out = []
    for c in range(grid.shape[1]):
        if header.columns[c].text:
            continue
        body = grid.iloc[header.last + 1:, c].dropna()
        if len(body) and any(cell_text(v).strip() for v in pd.unique(body.to_numpy(dtype=object))):
            out.append(f"({letter(c)})")
    if out:
        st.ctx.add("warning", "unknown_columns", "ingest.unlabelled_columns", "ingest.unlabelled_columns_fix",
                   {"columns": ", ".join(out)}, sheet, header.last + 1, ", ".join(out))


# ---------------------------------------------------------------- years

def fallback_year(sheet: str, grid: pd.DataFrame, header: Header, st: IngestState) -> tuple[int | None, str]:
    """(year, catalogue code of where it comes from) for rows without one: from the sheet name, the title rows
    above the header, or the file name; (None, "") when none gives a year."""
    y, kind = parse_year(sheet)
    if y is not None:
        st.note_year_kind(kind, sheet, y)
        return y, "ingest.source_sheet"
    found = set()
    for row in grid.iloc[:header.first].itertuples(index=False, name=None):
        found |= {year_in_text(v)[0] for v in row if isinstance(v, str)}
    found.discard(None)
    if len(found) == 1:
        return found.pop(), "ingest.source_title"
    if st.file_year is not None:
        return st.file_year, "ingest.source_file"
    return None, ""


def read_years(col: pd.Series | None, n: int, fallback: int | None, st: IngestState) -> tuple[np.ndarray, np.ndarray]:
    """(BE year per row, 0 where none; mask of rows whose year cell cannot be read)."""
    if col is None:
        return np.full(n, fallback or 0, dtype=np.int64), np.zeros(n, dtype=bool)
    raw = col.to_numpy(dtype=object)
    codes, uniq = pd.factorize(raw)
    parsed = np.full(len(uniq) + 1, fallback or 0, dtype=np.int64)
    unreadable = np.zeros(len(uniq) + 1, dtype=bool)
    for k, value in enumerate(uniq):
        if blank_text(cell_text(value).strip()):
            continue
        y, kind = parse_year(value)
        if y is None:
            unreadable[k] = True
        else:
            parsed[k] = y
            st.note_year_kind(kind, value, y)
    return parsed[codes], unreadable[codes]


# ---------------------------------------------------------------- values

def read_numbers(col: pd.Series, name: str, sheet: str, rows: np.ndarray, st: IngestState, label: str | None,
                 skip: np.ndarray) -> np.ndarray:
    """Float per row; a warning for every non-blank cell that is not a number (it becomes NaN) outside skip."""
    values, bad = to_numbers(col)
    bad &= ~skip
    if bad.any():
        raw = col.to_numpy(dtype=object)
        field = field_label(name)
        for i in np.flatnonzero(bad):
            st.ctx.add("warning", "bad_value", "ingest.bad_value", "ingest.bad_value_fix",
                       {"field": field, "value": cell_text(raw[i])}, sheet, int(rows[i]), label)
    return values


def level_or_total(col: pd.Series, fields: dict[str, Column], sheet: str, st: IngestState):
    """A level column's texts, or (when every value is a number and there is no total column) the total."""
    texts = cell_texts(col)
    if "total" not in fields:
        nums, bad = to_numbers(col)
        if not bad.any() and not np.isnan(nums).all():
            st.report.assume("ingest.level_as_total", sheet=sheet, column=fields["level"].label)
            return None, nums
    return texts, None


def drop_rows(mask: np.ndarray, rows: np.ndarray, labels, code: str, reason: str, sheet: str, st: IngestState,
              severity: str = "info", fix: str = "") -> None:
    """One problem per dropped row, saying why it was not used (reason and fix: catalogue codes)."""
    why = msg(reason)
    for i in np.flatnonzero(mask):
        name = f" '{labels[i]}'" if labels is not None and labels[i] else ""
        st.ctx.add(severity, code, "ingest.row_not_used", fix, {"name": name, "reason": why}, sheet, int(rows[i]))


def unit_types(names: np.ndarray, name_code: np.ndarray, given: np.ndarray | None) -> np.ndarray:
    """Unit type per row: the type column where it has a value, else inferred from the unit's name."""
    need = np.ones(len(name_code), dtype=bool) if given is None else pd.isna(given)
    out = np.full(len(name_code), None, dtype=object) if given is None else given.copy()
    if need.any():
        inferred = np.full(len(names), "", dtype=object)
        for k in np.unique(name_code[need]):
            if names[k]:
                inferred[k] = infer_unit_type(names[k])
        out[need] = inferred[name_code[need]]
    return out
