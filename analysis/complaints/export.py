"""The public complaint statistics as an .xlsx file (text cells are always text, never a formula)."""
from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font


def statistics_xlsx(table: pd.DataFrame, headers: list[str], sheet: str) -> bytes:
    """The table (columns in order) as .xlsx bytes with the given header texts; blanks stay empty."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=str(text))
        cell.data_type = "s"
        cell.font = Font(bold=True)
    for r, row in enumerate(table.itertuples(index=False), start=2):
        for c, value in enumerate(row, start=1):
            if value is None or value is pd.NA or (isinstance(value, float) and value != value):
                continue
            if isinstance(value, str):
                cell = ws.cell(row=r, column=c, value=value)
                cell.data_type = "s"            # "=1+1" or "@x" stays text
            else:
                ws.cell(row=r, column=c, value=value.item() if hasattr(value, "item") else value)
    for c in range(1, len(headers) + 1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 22
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
