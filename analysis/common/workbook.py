"""Every exported .xlsx is written here: one sheet per table under a bold, frozen header row in words, numbers as
the screen shows them (scores to 2 decimals), columns as wide as their content, text never run as a formula, and a
last sheet "แหล่งข้อมูล" / "Source" saying where the data came from, when the file was made and which rows are demo.

A cell such as "=HYPERLINK(...)", "+66 2 ...", "-5 คะแนน" or "@user" typed into a source file must open in Excel
as the same text, not run as a formula (CSV/formula injection). Every string cell, headers included, is written
with data_type "s" (a plain string), so Excel/LibreOffice never evaluate it.
"""
from __future__ import annotations

import io
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from analysis.common.text import TEXT, t
from analysis.common.thaidate import format_datetime

SOURCE_COLUMNS = ["file_name", "kind", "uploaded_at", "uploaded_by", "fiscal_years", "rows", "is_demo"]
SCORE_DECIMALS = 2          # scores and every other fraction, as the pages show them
MIN_WIDTH, MAX_WIDTH = 8, 60
SCAN_ROWS = 500             # rows read to size a column (a national table has thousands)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Source:
    """Where the tables of a workbook came from: the stored files (SOURCE_COLUMNS, one row each), what the tables
    hold and which of their rows are demo (in words, in the workbook's language), and when the file was made."""
    files: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SOURCE_COLUMNS))
    what: str = ""
    demo: str = ""              # "" = no demo row
    made_at: datetime | None = None


# ----------------------------------------------------------------------------------------- cells
def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters, not empty."""
    base = _BAD_SHEET_CHARS.sub(" ", str(name)).strip().strip("'")[:31] or "Sheet"
    out, k = base, 2
    while out.lower() in used:
        suffix = f" ({k})"
        out, k = base[:31 - len(suffix)] + suffix, k + 1
    used.add(out.lower())
    return out


def rounded(value: float, decimals: int = SCORE_DECIMALS) -> float:
    """The value rounded half-up as the pages and NACC show it (84.995 → 85.0; 2.051000000000001 → 2.05)."""
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _value(v, decimals: int = SCORE_DECIMALS):
    """A value openpyxl can write: NaN/NA → None, numpy scalars → Python, floats rounded, other objects → str."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return None if math.isnan(v) or math.isinf(v) else rounded(v, decimals)
    if isinstance(v, pd.Timestamp):
        v = v.to_pydatetime()
    if isinstance(v, datetime):
        return (v.astimezone() if v.tzinfo else v).replace(tzinfo=None)
    if isinstance(v, date):
        return v
    return ILLEGAL_CHARACTERS_RE.sub("", str(v))


def _put(ws, row: int, col: int, value, number_format: str | None = None):
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"          # never "f": text beginning with = + - @ stays text
    elif isinstance(value, float) and number_format:
        cell.number_format = number_format
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def display_width(text: str) -> float:
    """How wide a text is in Excel's character units: Thai vowel and tone marks above or below a letter take no
    room, a Thai letter a little more than a digit; the longest line of a multi-line text."""
    def line(s: str) -> float:
        return sum(0 if unicodedata.category(c) == "Mn" else 1.15 if "\u0e00" <= c <= "\u0e7f" else 1 for c in s)
    return max((line(part) for part in str(text).split("\n")), default=0)


def _shown(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return "yyyy-mm-dd hh:mm"
    return "" if value is None else str(value)


def _fit(ws, columns: int, first_row: int = 1) -> None:
    """Each column as wide as its widest cell (header included; capped, long text wraps)."""
    for j in range(1, columns + 1):
        cells = [ws.cell(row=i, column=j) for i in range(first_row, min(ws.max_row, first_row + SCAN_ROWS) + 1)]
        widest = max((display_width(_shown(c.value)) for c in cells), default=0)
        ws.column_dimensions[get_column_letter(j)].width = min(MAX_WIDTH, max(MIN_WIDTH, math.ceil(widest) + 2))
        if widest + 2 > MAX_WIDTH or any(isinstance(c.value, str) and "\n" in c.value for c in cells):
            for i in range(first_row + 1, ws.max_row + 1):
                ws.cell(row=i, column=j).alignment = Alignment(wrap_text=True, vertical="top")


# ----------------------------------------------------------------------------------------- sheets
def write_table(ws, frame: pd.DataFrame, decimals: dict[str, int] | None = None, first_row: int = 1) -> None:
    """The frame on a sheet from first_row: the column names as a bold header row, then its rows (floats rounded
    to their column's decimals, 2 unless given, with the matching number format); columns sized to fit."""
    decimals = decimals or {}
    headers = [str(c) for c in frame.columns]
    places = [int(decimals.get(h, SCORE_DECIMALS)) for h in headers]
    formats = ["0" if d == 0 else "0." + "0" * d for d in places]
    for j, h in enumerate(headers, start=1):
        _put(ws, first_row, j, _value(h)).font = Font(bold=True)
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=first_row + 1):
        for j, v in enumerate(row):
            _put(ws, i, j + 1, _value(v, places[j]), formats[j])
    _fit(ws, len(headers), first_row)


def year_span(years) -> str:
    """Fiscal years as short text: runs of consecutive years as 2565–2568, the rest listed (2563, 2565–2566)."""
    ys, parts = sorted({int(y) for y in years}), []
    for y in ys:
        if parts and parts[-1][1] == y - 1:
            parts[-1][1] = y
        else:
            parts.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in parts)


def source_files(files: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The stored files under the language's headers, dates and flags in words."""
    files = files.reindex(columns=SOURCE_COLUMNS)
    yes, no = t("book.yes", lang), t("book.no", lang)

    def when(v) -> str:
        return format_datetime(pd.Timestamp(v).to_pydatetime(), lang) if pd.notna(v) else ""

    def kind(v) -> str:
        return t(f"book.kind_{v}", lang) if f"book.kind_{v}" in TEXT else ("" if pd.isna(v) else str(v))

    def years(v) -> str:
        return year_span(v) if isinstance(v, (list, tuple)) else ("" if pd.isna(v) else str(v))
    out = pd.DataFrame({
        t("book.src_file", lang): files["file_name"].fillna("").astype(str),
        t("book.src_kind", lang): [kind(v) for v in files["kind"]],
        t("book.src_when", lang): [when(v) for v in files["uploaded_at"]],
        t("book.src_by", lang): files["uploaded_by"].fillna("").astype(str),
        t("book.src_years", lang): [years(v) for v in files["fiscal_years"]],
        t("book.src_rows", lang): pd.array(files["rows"], dtype="Int64"),
        t("book.src_demo", lang): [yes if bool(v) else no for v in files["is_demo"].fillna(False)],
    })
    return out


def write_source(ws, source: Source, lang: str) -> None:
    """The source sheet: when made, what the tables hold, which rows are demo, then the list of stored files."""
    made = source.made_at or datetime.now().astimezone()
    _put(ws, 1, 1, t("book.source_title", lang)).font = Font(bold=True, size=14)
    lines = [("book.made", format_datetime(made, lang)),
             ("book.what", source.what or t("book.what_default", lang)),
             ("book.demo", source.demo or t("book.demo_none", lang))]
    for i, (code, text) in enumerate(lines, start=2):
        _put(ws, i, 1, t(code, lang)).font = Font(bold=True)
        _put(ws, i, 2, text)            # one line, running on over the empty cells to its right
    row = len(lines) + 3
    files = source.files if source.files is not None else pd.DataFrame(columns=SOURCE_COLUMNS)
    if files.empty:
        _put(ws, row, 1, t("book.no_files", lang))
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, MAX_WIDTH
        return
    _put(ws, row - 1, 1, t("book.files", lang)).font = Font(bold=True)
    write_table(ws, source_files(files, lang), first_row=row)
    ws.column_dimensions["B"].width = max(ws.column_dimensions["B"].width, 30)


def write_workbook(frames: dict[str, pd.DataFrame], lang: str = "th", source: Source | None = None,
                   decimals: dict[str, int] | None = None) -> bytes:
    """The bytes of an .xlsx workbook: one sheet per frame (sheet names from the keys, made valid and unique) with
    its header row frozen, then the source sheet (the date and "no source recorded" when source is None)."""
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for name, frame in (frames or {"Sheet": pd.DataFrame()}).items():
        ws = wb.create_sheet(_sheet_name(name, used))
        write_table(ws, frame, decimals)
        ws.freeze_panes = "A2"
    write_source(wb.create_sheet(_sheet_name(t("book.source_sheet", lang), used)), source or Source(), lang)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
