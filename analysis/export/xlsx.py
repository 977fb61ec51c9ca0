"""Tables as an .xlsx workbook (one sheet per frame); text is always stored as text, never as a formula.

A cell such as "=HYPERLINK(...)", "+66 2 ...", "-5 คะแนน" or "@user" typed into a source file must open in Excel
as the same text, not run as a formula (CSV/formula injection). Every string cell, headers included, is written
with data_type "s" (a plain string), so Excel/LibreOffice never evaluate it.
"""
from __future__ import annotations

import io
import math
import re
from datetime import date, datetime

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters, not empty."""
    base = _BAD_SHEET_CHARS.sub(" ", str(name)).strip().strip("'")[:31] or "Sheet"
    out, k = base, 2
    while out.lower() in used:
        suffix = f" ({k})"
        out, k = base[:31 - len(suffix)] + suffix, k + 1
    used.add(out.lower())
    return out


def _value(v):
    """A value openpyxl can write: NaN/NA → None, numpy scalars → Python, other objects → str."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return None if math.isnan(v) or math.isinf(v) else float(v)
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime().replace(tzinfo=None)
    if isinstance(v, (datetime, date)):
        return v.replace(tzinfo=None) if isinstance(v, datetime) else v
    return ILLEGAL_CHARACTERS_RE.sub("", str(v))


def _put(ws, row: int, col: int, value) -> None:
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"          # never "f": text beginning with = + - @ stays text


def table_to_xlsx(frames: dict[str, pd.DataFrame]) -> bytes:
    """The bytes of an .xlsx workbook with one sheet per frame (sheet names from the keys, made valid and unique),
    the column names as a bold, frozen header row, and every text cell stored as text."""
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for name, frame in (frames or {"Sheet": pd.DataFrame()}).items():
        ws = wb.create_sheet(_sheet_name(name, used))
        headers = [str(c) for c in frame.columns]
        for j, h in enumerate(headers, start=1):
            _put(ws, 1, j, _value(h))
            ws.cell(row=1, column=j).font = Font(bold=True)
        for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
            for j, v in enumerate(row, start=1):
                _put(ws, i, j, _value(v))
        for j, h in enumerate(headers, start=1):
            longest = max([len(h)] + [len(str(v)) for v in frame.iloc[:200, j - 1].tolist()])
            ws.column_dimensions[get_column_letter(j)].width = min(60, max(8, longest + 2))
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
