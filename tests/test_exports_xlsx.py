"""analysis/export/xlsx.py: one sheet per table, Thai headers, text never stored or run as a formula."""
from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.export.xlsx import table_to_xlsx


def reopen(data: bytes):
    return load_workbook(io.BytesIO(data))


@pytest.mark.parametrize("text", [
    "=1+1", '=HYPERLINK("http://evil.example","คลิก")', "+66 2 123 4567", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0",
])
def test_text_starting_with_formula_characters_stays_text(text):
    data = table_to_xlsx({"ตาราง": pd.DataFrame({"หน่วยงาน": [text], "คะแนน": [85.5]})})
    cell = reopen(data).active["A2"]
    assert cell.data_type == "s" and cell.value == text
    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml, "no formula element anywhere"


def test_header_starting_with_equals_is_text_too():
    ws = reopen(table_to_xlsx({"s": pd.DataFrame({"=x": [1]})})).active
    assert (ws["A1"].value, ws["A1"].data_type) == ("=x", "s")


def test_one_sheet_per_frame_thai_headers_values_and_blanks():
    a = pd.DataFrame({"หน่วยงาน": ["สำนักการคลัง", "สำนักงานเขตบางรัก"], "คะแนนรวม": [90.18, np.nan],
                      "ผ่าน 85": [True, False], "อันดับ": pd.array([1, None], dtype="Int64")})
    b = pd.DataFrame({"ตัวชี้วัดที่": [10], "ชื่อตัวชี้วัด": ["การป้องกันการทุจริต"]})
    wb = reopen(table_to_xlsx({"จุดอ่อน": a, "อันดับ": b}))
    assert wb.sheetnames == ["จุดอ่อน", "อันดับ"]
    ws = wb["จุดอ่อน"]
    assert [c.value for c in ws[1]] == ["หน่วยงาน", "คะแนนรวม", "ผ่าน 85", "อันดับ"]
    assert [c.value for c in ws[2]] == ["สำนักการคลัง", 90.18, True, 1]
    assert [c.value for c in ws[3]] == ["สำนักงานเขตบางรัก", None, False, None]
    assert ws["B2"].data_type == "n", "numbers stay numbers"
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    assert wb["อันดับ"]["B2"].value == "การป้องกันการทุจริต"


@pytest.mark.parametrize("names, expected", [
    (["a/b", "a:b"], ["a b", "a b (2)"]),                    # characters Excel refuses, then made unique
    (["ก" * 40], ["ก" * 31]),                                # at most 31 characters
    (["[]"], ["Sheet"]),
])
def test_sheet_names_are_valid_and_unique(names, expected):
    wb = reopen(table_to_xlsx({n: pd.DataFrame({"x": [1]}) for n in names}))
    assert wb.sheetnames == expected


def test_control_characters_are_dropped_not_a_crash():
    ws = reopen(table_to_xlsx({"s": pd.DataFrame({"x": ["ab\x00\x07c"]})})).active
    assert ws["A2"].value == "abc"
