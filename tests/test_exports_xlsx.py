"""analysis/export/xlsx.py (and analysis/common/workbook.py under it): one sheet per table under a frozen header row,
numbers as shown, columns that fit, a source sheet, text never stored or run as a formula."""
from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.common.workbook import display_width
from analysis.export.xlsx import XlsxSource, table_to_xlsx


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
    assert wb.sheetnames == ["จุดอ่อน", "อันดับ", "แหล่งข้อมูล"], "the tables, then where the data came from"
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
    assert wb.sheetnames == [*expected, "แหล่งข้อมูล"]


def test_control_characters_are_dropped_not_a_crash():
    ws = reopen(table_to_xlsx({"s": pd.DataFrame({"x": ["ab\x00\x07c"]})})).active
    assert ws["A2"].value == "abc"


@pytest.mark.parametrize("value, shown", [(2.051000000000001, 2.05), (84.995, 85.0), (90.18, 90.18), (-0.125, -0.13)])
def test_scores_are_written_as_the_screen_shows_them(value, shown):
    ws = reopen(table_to_xlsx({"s": pd.DataFrame({"คะแนน": [value]})})).active
    assert ws["A2"].value == shown and ws["A2"].number_format == "0.00"


def test_a_column_can_keep_more_decimals_and_counts_stay_whole():
    frame = pd.DataFrame({"p": [0.01234], "n": [12]})
    ws = reopen(table_to_xlsx({"s": frame}, decimals={"p": 3})).active
    assert (ws["A2"].value, ws["A2"].number_format) == (0.012, "0.000")
    assert ws["B2"].value == 12 and isinstance(ws["B2"].value, int)


def test_columns_fit_their_text_by_display_width_and_are_capped():
    frame = pd.DataFrame({"หน่วยงาน": ["สำนักงานเขตป้อมปราบศัตรูพ่าย"], "x": [1], "หมายเหตุ": ["ก" * 300]})
    ws = reopen(table_to_xlsx({"s": frame})).active
    widths = {c: ws.column_dimensions[c].width for c in "ABC"}
    assert widths["A"] >= display_width("สำนักงานเขตป้อมปราบศัตรูพ่าย") and widths["A"] < 40
    assert widths["B"] == 8, "a narrow column still has room"
    assert widths["C"] == 60 and ws["C2"].alignment.wrap_text, "a long text wraps inside the capped width"


def test_thai_marks_above_and_below_a_letter_take_no_width():
    assert display_width("ที่") == display_width("ท")
    assert display_width("abc\nabcdef") == 6, "the longest line counts"


@pytest.mark.parametrize("lang, sheet, made, demo", [("th", "แหล่งข้อมูล", "จัดทำเมื่อ", "ข้อมูลสาธิต"),
                                                     ("en", "Source", "Made on", "Demo data")])
def test_source_sheet_names_the_files_the_date_and_the_demo_rows(lang, sheet, made, demo):
    from datetime import datetime, timezone

    from analysis.common.thaidate import format_datetime
    files = pd.DataFrame([{"file_name": "ผล ITA 2568.xlsx", "kind": "ita", "uploaded_by": "somchai",
                           "uploaded_at": datetime(2025, 11, 3, 2, 0, tzinfo=timezone.utc), "fiscal_years": [2567, 2568],
                           "rows": 72, "is_demo": False},
                          {"file_name": "demo_bma_2569.csv", "kind": "ita", "uploaded_by": "demo",
                           "uploaded_at": datetime(2025, 11, 1, tzinfo=timezone.utc), "fiscal_years": [2569],
                           "rows": 72, "is_demo": True}])
    source = XlsxSource(files=files, what="ITA", demo="แถวที่ชื่อมี (สาธิต)",
                        made_at=datetime(2025, 12, 7, 10, 0, tzinfo=timezone.utc))
    wb = reopen(table_to_xlsx({"t": pd.DataFrame({"x": [1]})}, lang, source))
    ws = wb[sheet]
    text = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    labels = {row[0]: row[1:] for row in text if row}
    assert labels[made] == [format_datetime(source.made_at, lang)] and ("2568" if lang == "th" else "2025") in labels[made][0]
    assert labels[demo] == ["แถวที่ชื่อมี (สาธิต)"]
    rows = [row for row in text if row and row[0] in ("ผล ITA 2568.xlsx", "demo_bma_2569.csv")]
    assert [r[0] for r in rows] == ["ผล ITA 2568.xlsx", "demo_bma_2569.csv"]
    assert "2567–2568" in rows[0] and "somchai" in rows[0]
    yes, no = ("ใช่", "ไม่ใช่") if lang == "th" else ("Yes", "No")
    assert rows[0][-1] == no and rows[1][-1] == yes
    assert ("ผลการประเมิน ITA" if lang == "th" else "ITA results") in rows[0], "the kind in words, not a code"


def test_without_a_source_the_sheet_still_dates_the_file():
    ws = reopen(table_to_xlsx({"t": pd.DataFrame({"x": [1]})}, "en"))["Source"]
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v]
    assert "Made on" in values and "No imported file" in values
