"""analysis/complaints/export.py: the public statistics workbook; text that looks like a formula stays text."""
from __future__ import annotations

import io

import pandas as pd
from openpyxl import load_workbook

from analysis.complaints.export import statistics_xlsx


def test_values_and_formula_like_text_survive_reopening():
    table = pd.DataFrame({"fiscal_year": [2568, 2567], "received": [346, 530], "note": ["=1+1", "@SUM(A1)"],
                          "corruption": pd.array([9, pd.NA], dtype="Int64")})
    book = load_workbook(io.BytesIO(statistics_xlsx(table, ["ปีงบประมาณ", "ได้รับ", "=cmd", "ทุจริต"], "สถิติ")))
    ws = book.active
    assert ws.title == "สถิติ"
    rows = list(ws.values)
    assert rows[0] == ("ปีงบประมาณ", "ได้รับ", "=cmd", "ทุจริต")
    assert rows[1] == (2568, 346, "=1+1", 9) and rows[2] == (2567, 530, "@SUM(A1)", None)
    assert all(ws.cell(row=r, column=3).data_type == "s" for r in (1, 2, 3))


def test_source_sheet_names_the_demo_years():
    table = pd.DataFrame({"fiscal_year": [2567, 2568], "received": [530, 346]})
    book = load_workbook(io.BytesIO(statistics_xlsx(table, ["Fiscal year", "Received"], "Statistics", "en",
                                                    frozenset({2567, 2563}))))
    assert book.sheetnames == ["Statistics", "Source"] and book["Statistics"].freeze_panes == "A2"
    said = " ".join(str(v) for row in book["Source"].iter_rows(values_only=True) for v in row if v)
    assert "FY 2567 are demo" in said and "2563" not in said, "only the years in the table are named"
