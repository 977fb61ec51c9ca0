"""Ingest (analysis/ita/ingest/_pipeline.py + analysis/ita/ingest/_validate.py): every layout, header and value variant, every bad-input case."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.common.report import IngestError, IngestReport
from analysis.ita.ingest import IngestResult, find_header, ingest_path, ingest_sheets

DATA = Path(__file__).parent / "data"
THAI = re.compile(r"[\u0e00-\u0e7f]")
ENGLISH = re.compile(r"[A-Za-z]{3,}")
IND = [f"ตัวชี้วัดที่ {n}" for n in range(1, 11)]
TRAT_64 = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]   # published total 81.45


def grid_ingest(rows: list[list], sheet: str = "ผล", file_name: str = "upload.xlsx", **sheets) -> IngestResult:
    """Ingest in-memory grids as analysis.files.readers gives them (object cells, None for blank)."""
    grids = {sheet: pd.DataFrame(rows, dtype=object)} if rows is not None else {}
    grids.update({k: pd.DataFrame(v, dtype=object) for k, v in sheets.items()})
    return ingest_sheets(grids, file_name, IngestReport(file=file_name))


def score_of(result: IngestResult, unit: str, year: int, indicator: int) -> float | None:
    s = result.scores
    hit = s[(s.unit == unit) & (s.fiscal_year == year) & (s.indicator == indicator)]
    return None if hit.empty else float(hit.score.iloc[0])


def published(result: IngestResult, unit: str, year: int) -> dict:
    p = result.published
    return p[(p.unit == unit) & (p.fiscal_year == year)].iloc[0].to_dict()


def problems(result_or_report, code: str):
    report = getattr(result_or_report, "report", result_or_report)
    return [p for p in report.problems if p.code == code]


def notes(report: IngestReport) -> list[str]:
    """The report's assumptions as "Thai | English" lines."""
    return [f"{th} | {en}" for th, en in zip(report.assumption_lines("th"), report.assumption_lines("en"))]


def assert_bilingual(p) -> None:
    assert THAI.search(p.message("th")) and ENGLISH.search(p.message("en")), p
    if p.fix_text("th") or p.fix_text("en"):
        assert THAI.search(p.fix_text("th")) and ENGLISH.search(p.fix_text("en")), p


# ---------------------------------------------------------------- one fixture per layout

LAYOUTS = [
    # file, layout, {unit-years}, {(unit, year, indicator): score}, {(unit, year, field): value}
    ("ingest_wide.csv", "wide",
     {("สำนักงานเขตพระนคร", 2566), ("สำนักงานเขต ดุสิต", 2566), ("สำนักการคลัง", 2566), ("สำนักงานเขตพระนคร", 2565)},
     {("สำนักงานเขต ดุสิต", 2566, 1): 91.5, ("สำนักงานเขต ดุสิต", 2566, 2): 85.0, ("สำนักงานเขต ดุสิต", 2566, 3): 90.1,
      ("สำนักงานเขตพระนคร", 2566, 10): 65.56, ("สำนักการคลัง", 2566, 8): 85.97},
     {("สำนักงานเขตพระนคร", 2566, "total"): 81.45, ("สำนักงานเขตพระนคร", 2565, "level"): "B",
      ("สำนักการคลัง", 2566, "unit_type"): "หน่วยงานส่วนกลาง",
      ("สำนักงานเขต ดุสิต", 2566, "unit_type"): "สำนักงานเขต"}),
    ("ingest_long.csv", "long",
     {("สำนักงานเขตบางรัก", 2564), ("สำนักงานเขตบางรัก", 2563), ("สำนักการโยธา", 2564)},
     {("สำนักงานเขตบางรัก", 2564, 1): 92.84, ("สำนักงานเขตบางรัก", 2564, 2): 86.27,
      ("สำนักงานเขตบางรัก", 2564, 4): 84.70, ("สำนักงานเขตบางรัก", 2564, 10): 65.39, ("สำนักการโยธา", 2564, 5): 96.40},
     {("สำนักงานเขตบางรัก", 2564, "total"): 80.99, ("สำนักงานเขตบางรัก", 2564, "oit"): 70.39}),
    ("ingest_per_year.xlsx", "per_year_sheets",
     {("สำนักงานเขตคลองเตย", 2565), ("สำนักงานเขตจตุจักร", 2565), ("สำนักงานเขตคลองเตย", 2566),
      ("สำนักงานเขตจตุจักร", 2566), ("สำนักงานเขตคลองเตย", 2567)},
     {("สำนักงานเขตคลองเตย", 2565, 10): 52.78, ("สำนักงานเขตคลองเตย", 2566, 10): 65.56,
      ("สำนักงานเขตคลองเตย", 2567, 9): 98.0},
     {("สำนักงานเขตจตุจักร", 2565, "total"): 80.99}),
    ("ingest_titled.xlsx", "wide",
     {("สำนักงานเขตลาดพร้าว", 2567), ("สำนักงานเขตบางกะปิ", 2567), ("สำนักอนามัย", 2567)},
     {("สำนักงานเขตลาดพร้าว", 2567, 1): 93.55, ("สำนักงานเขตลาดพร้าว", 2567, 6): 90.55,
      ("สำนักงานเขตลาดพร้าว", 2567, 9): 72.89, ("สำนักงานเขตลาดพร้าว", 2567, 10): 65.56},
     {("สำนักงานเขตบางกะปิ", 2567, "level"): "ผ่านดีเยี่ยม", ("สำนักงานเขตบางกะปิ", 2567, "total"): 95.83}),
    ("ingest_tools_points.csv", "tools",
     {("สำนักงานเขตสาทร", 2567), ("สำนักงานเขตยานนาวา", 2567), ("สำนักการศึกษา", 2567)},
     {},
     {("สำนักงานเขตยานนาวา", 2567, "iit"): 89.93,   # 26.98 of 30 ("สำนักงานเขตยานนาวา", 2567, "eit"): 89.27,
      ("สำนักงานเขตยานนาวา", 2567, "oit"): 69.23, ("สำนักงานเขตยานนาวา", 2567, "total"): 81.45,
      ("สำนักงานเขตสาทร", 2567, "level"): "ผ่านดีเยี่ยม"}),
    ("ingest_total_only.csv", "totals",
     {("Phra Nakhon District Office", 2566), ("Bang Rak District Office", 2566)},
     {},
     {("Phra Nakhon District Office", 2566, "total"): 81.45,
      ("Bang Rak District Office", 2566, "level"): "Pass, excellent",
      ("Bang Rak District Office", 2566, "iit"): None}),
    ("ingest_eit_parts.csv", "tools",
     {("สำนักงานเขตบางซื่อ", 2566)},
     {},
     {("สำนักงานเขตบางซื่อ", 2566, "eit"): 80.82, ("สำนักงานเขตบางซื่อ", 2566, "iit"): 90.0}),
]


@pytest.mark.parametrize("name, layout, unit_years, scores, pub", LAYOUTS, ids=[x[0] for x in LAYOUTS])
def test_layouts(name, layout, unit_years, scores, pub):
    result = ingest_path(DATA / name)
    both = pd.concat([result.scores[["unit", "fiscal_year"]], result.published[["unit", "fiscal_year"]]])
    assert set(map(tuple, both.drop_duplicates().itertuples(index=False))) == unit_years
    assert result.report.layout == layout
    assert result.report.ok, [p.bilingual() for p in result.report.errors]
    for (unit, year, ind), value in scores.items():
        assert score_of(result, unit, year, ind) == pytest.approx(value), (unit, year, ind)
    for (unit, year, field), value in pub.items():
        got = published(result, unit, year)[field]
        if value is None:
            assert pd.isna(got)
        elif isinstance(value, float):
            assert got == pytest.approx(value, abs=0.01), (unit, year, field)
        else:
            assert got == value


def test_contract_dtypes_and_columns():
    result = ingest_path(DATA / "ingest_wide.csv")
    assert list(result.scores.columns) == ["unit", "unit_type", "fiscal_year", "indicator", "score"]
    assert list(result.published.columns) == ["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"]
    assert result.scores.fiscal_year.dtype == np.int64 and result.scores.indicator.dtype == np.int64
    assert result.scores.score.dtype == np.float64
    assert pd.api.types.is_string_dtype(result.scores.unit) and pd.api.types.is_string_dtype(result.published.unit)
    assert result.published.fiscal_year.dtype == np.int64
    assert all(result.published[c].dtype == np.float64 for c in ("iit", "eit", "oit", "total"))
    assert result.published.level.dtype == object and result.published.level.tolist()[-1] == "B"
    assert ingest_path(DATA / "ingest_eit_parts.csv").published.level.tolist() == [None]
    assert set(result.scores.indicator) == set(range(1, 11))
    tools = ingest_path(DATA / "ingest_tools_points.csv")
    assert tools.scores.empty and list(tools.scores.columns) == list(result.scores.columns)
    assert tools.scores.fiscal_year.dtype == np.int64 and tools.scores.score.dtype == np.float64


def test_wide_report_records_header_mapping_and_ce_years_once():
    report = ingest_path(DATA / "ingest_wide.csv").report
    lines = "\n".join(notes(report))
    assert "header in row 1" in lines and "หัวตารางอยู่แถว 1" in lines
    assert "i3 (G) → ตัวชี้วัดที่ 3" in lines and "Indicator 10 (N) → indicator 10" in lines
    assert "การปรับปรุงการทำงาน (L) → indicator 8" in lines
    assert "ลำดับ (A) → not used" in lines
    assert sum("CE years" in a for a in notes(report)) == 1
    assert (report.rows_read, report.rows_kept) == (4, 4)


def test_titled_two_row_header_drops_summary_rows_and_reports_them():
    result = ingest_path(DATA / "ingest_titled.xlsx")
    report = result.report
    lines = "\n".join(notes(report))
    assert "header in rows 4–5" in lines and "rows 1–3 taken as titles" in lines
    assert "IIT / ตัวชี้วัดที่ 1 (D) → indicator 1" in lines and "EIT / 6 (I) → indicator 6" in lines
    assert "fiscal year 2567 taken from the title" in lines
    dropped = {(p.row, p.code) for p in report.problems if p.severity == "info"}
    assert dropped == {(10, "summary_row"), (11, "summary_row"), (12, "summary_row")}
    assert not {"รวม", "ค่าเฉลี่ย", "Average"} & set(result.scores.unit)
    assert (report.rows_read, report.rows_kept) == (6, 3)


def test_tool_points_are_detected_and_reported():
    report = ingest_path(DATA / "ingest_tools_points.csv").report
    lines = "\n".join(notes(report))
    assert "IIT (30) (C): weighted points (of 30; the header says weighted points)" in lines
    assert "EIT (D): weighted points (of 30; every value is at most 30)" in lines
    assert "OIT (E): weighted points (of 40" in lines


@pytest.mark.parametrize("iit_header, iit_values, expected, seen", [
    ("IIT", [27.0, 26.7], [90.0, 89.0], "matches the indicator scores as weighted points"),
    ("IIT", [90.0, 89.0], [90.0, 89.0], "values above 30"),
    ("IIT (100)", [29.0, 28.0], [29.0, 28.0], "the header says 0–100"),
    ("IIT คะแนนถ่วงน้ำหนัก", [27.0, 26.7], [90.0, 89.0], "the header says weighted points"),
])
def test_tool_scale_per_column(iit_header, iit_values, expected, seen):
    head = ["หน่วยงาน", "ปีงบประมาณ", *IND[:5], iit_header]
    rows = [head, ["สำนักงานเขตบางแค", 2566, 90, 90, 90, 90, 90, iit_values[0]],
            ["สำนักงานเขตภาษีเจริญ", 2566, 89, 89, 89, 89, 89, iit_values[1]]]
    result = grid_ingest(rows)
    assert result.published.iit.tolist() == pytest.approx(expected)
    assert any(seen in a for a in notes(result.report))


def test_two_row_header_without_merge_information():
    """CSV-style: group headings carry to the right; numbers under IIT are its indicators, under EIT its parts."""
    rows = [["ผลการประเมิน ปี 2566", None, None, None, None, None, None, None, None],
            ["หน่วยงาน", "ปี", "IIT", None, None, "EIT", None, "OIT", "คะแนนรวม"],
            [None, None, "1", "2", "คะแนน", "1", "2", "คะแนน", None],
            ["สำนักงานเขตบางพลัด", "2566", "90", "91", "88", "80", "82", "85", "86"],
            [None] * 9,
            ["เฉลี่ย", None, "90", "91", "88", "80", "82", "85", "86"]]
    result = grid_ingest(rows)
    assert score_of(result, "สำนักงานเขตบางพลัด", 2566, 2) == 91
    row = published(result, "สำนักงานเขตบางพลัด", 2566)
    assert (row["iit"], row["eit"], row["oit"], row["total"]) == (88, 81, 85, 86)
    assert [p.row for p in problems(result, "summary_row")] == [6]


def test_spacer_column_is_ignored_but_an_unlabelled_column_with_data_is_reported():
    rows = [["หน่วยงาน", None, "ปีงบประมาณ", "คะแนนรวม", None],
            ["สำนักงานเขตบางบอน", None, "2566", "91.2", "ดูหมายเหตุ"]]
    result = grid_ingest(rows)
    [p] = problems(result, "unknown_columns")
    assert p.column == "(E)" and p.severity == "warning"
    assert_bilingual(p)


def test_per_year_sheets_with_a_year_column_that_disagrees():
    head = ["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม"]
    result = grid_ingest(None, **{"2566": [head, ["สำนักงานเขตทุ่งครุ", "2566", "90"],
                                          ["สำนักงานเขตบางขุนเทียน", "2565", "88"]],
                                  "ปี ๒๕๖๗": [head[:1] + head[2:], ["สำนักงานเขตทุ่งครุ", "93"]]})
    assert set(zip(result.published.unit, result.published.fiscal_year)) == {
        ("สำนักงานเขตทุ่งครุ", 2566), ("สำนักงานเขตบางขุนเทียน", 2565), ("สำนักงานเขตทุ่งครุ", 2567)}
    [p] = problems(result, "year_mismatch")
    assert (p.sheet, p.row, p.column) == ("2566", 3, "ปีงบประมาณ (B)")
    assert result.report.layout == "per_year_sheets"


def test_long_layout_with_level_rows_and_points():
    rows = [["Unit", "Year", "Indicator", "Score"],
            ["Bangkok Noi", "2023", "IIT (30)", "27.00"], ["Bangkok Noi", "2023", "ระดับ", "ผ่าน"],
            ["Bangkok Noi", "2023", "Indicator 10", "๙๐"]]
    result = grid_ingest(rows)
    row = published(result, "Bangkok Noi", 2566)
    assert row["iit"] == pytest.approx(90.0) and row["level"] == "ผ่าน"
    assert score_of(result, "Bangkok Noi", 2566, 10) == 90
    assert not problems(result, "bad_value")


@pytest.mark.parametrize("rows, expected, note", [
    # a level column that holds numbers is the total
    ([["หน่วยงาน", "ปี", "ผลการประเมิน"], ["สำนักงานเขตวัฒนา", "2566", 91.2]],
     {"total": 91.2, "level": None}, "holds numbers, taken as the total"),
    # a bare "score" column in a wide table is the total; a level-only table is kept as published
    ([["หน่วยงาน", "ปี", "Score", "ระดับ"], ["สำนักงานเขตวัฒนา", "2566", "91.2", "ผ่าน"]],
     {"total": 91.2, "level": "ผ่าน"}, "taken as the total"),
    ([["หน่วยงาน", "ปี", "ระดับ"], ["สำนักงานเขตวัฒนา", "2566", "ผ่านดี"]], {"total": None, "level": "ผ่านดี"}, None),
    # a long table with per-row total and level columns beside indicator and score
    ([["หน่วยงาน", "ปี", "ตัวชี้วัด", "คะแนน", "คะแนนรวม", "ระดับ"],
      ["สำนักงานเขตวัฒนา", "2566", "1", "90", "88", "ผ่าน"], ["สำนักงานเขตวัฒนา", "2566", "2", "80", "88", "ผ่าน"]],
     {"total": 88.0, "level": "ผ่าน"}, None),
])
def test_grid_variants(rows, expected, note):
    result = grid_ingest(rows)
    row = published(result, "สำนักงานเขตวัฒนา", 2566)
    for field, value in expected.items():
        assert (pd.isna(row[field]) if value is None else row[field] == value), field
    if note:
        assert any(note in a for a in notes(result.report))


def test_a_row_without_any_fiscal_year_is_an_error_and_dropped():
    result = grid_ingest([["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม"], ["สำนักงานเขตสวนหลวง", "", "90"],
                          ["สำนักงานเขตบางคอแหลม", "2566", "80"]])
    [p] = problems(result, "no_fiscal_year")
    assert (p.severity, p.row) == ("error", 2)
    assert_bilingual(p)
    assert result.published.unit.tolist() == ["สำนักงานเขตบางคอแหลม"]


@pytest.mark.parametrize("cell, score, code", [
    ("๙๑.๕๐", 91.5, None),
    ("1,234", None, "score_out_of_range"),
    ("85 %", 85.0, None),
    (" 90.1 ", 90.1, None),
    ("\u00a088.25", 88.25, None),
    (91.5, 91.5, None),
    ("-", None, None),
    ("", None, None),
    (None, None, None),
    ("ดี", None, "bad_value"),
    (-3, None, "score_out_of_range"),
])
def test_value_cells(cell, score, code):
    result = grid_ingest([["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2"],
                          ["สำนักงานเขตจอมทอง", "2566", cell, "80"]])
    assert score_of(result, "สำนักงานเขตจอมทอง", 2566, 1) == (None if score is None else pytest.approx(score))
    assert score_of(result, "สำนักงานเขตจอมทอง", 2566, 2) == 80      # the rest of the row is kept
    if code:
        [p] = problems(result, code)
        assert (p.row, p.column) == (2, "ตัวชี้วัดที่ 1 (C)")
        assert_bilingual(p)


@pytest.mark.parametrize("cell, year, noted", [
    ("2566", 2566, False), ("๒๕๖๖", 2566, False), ("ปี 2566", 2566, False), ("พ.ศ. 2566", 2566, False),
    ("ปีงบประมาณ 2566", 2566, False), (2566, 2566, False), ("2023", 2566, True), (2023.0, 2566, True),
])
def test_year_cells(cell, year, noted):
    result = grid_ingest([["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม"], ["สำนักงานเขตตลิ่งชัน", cell, "90"]])
    assert result.published.fiscal_year.tolist() == [year]
    assert any("CE years" in a for a in notes(result.report)) is noted


def test_header_is_found_only_in_the_top_rows():
    rows = [["x", None, None]] * 31 + [["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม"], ["สำนักงานเขตบางซื่อ", "2566", "90"]]
    best, _ = find_header(pd.DataFrame(rows, dtype=object))
    assert best is None


# ---------------------------------------------------------------- bad input: one small file per case

BAD = [
    # file, code, severity, row, column (None = not checked), words in the English message
    ("ingest_bad_out_of_range.csv", "score_out_of_range", "error", 2, "ตัวชี้วัดที่ 3 (E)", "105"),
    ("ingest_bad_out_of_range.csv", "score_out_of_range", "error", 3, "ตัวชี้วัดที่ 5 (G)", "1234"),
    ("ingest_bad_duplicate.csv", "duplicate_conflict", "error", 3, "ตัวชี้วัดที่ 1 (C)",
     "row 2 of sheet ingest_bad_duplicate, row 3 of sheet ingest_bad_duplicate; neither row is used"),
    ("ingest_bad_duplicate.csv", "duplicate_merged", "info", 5, None, "repeats row 4"),
    ("ingest_bad_long_duplicate.csv", "duplicate_conflict", "error", 3, "คะแนน (D)",
     "indicator 1 is given more than once with different values (score): row 2"),
    ("ingest_bad_missing.csv", "missing_indicators", "warning", 2, "ตัวชี้วัดที่ 9 (K)", "indicator 9, 10"),
    ("ingest_bad_unknown_column.csv", "unknown_columns", "warning", 1, "ผู้ประเมิน (C)", "unknown columns"),
    ("ingest_bad_unknown_indicator.csv", "unknown_indicator", "warning", 3, "ตัวชี้วัด (C)", "ตัวชี้วัดที่ 11"),
    ("ingest_bad_total_wrong_year.csv", "total_mismatch", "warning", 3, "คะแนนรวม (M)",
     "75.62 differs from the total recomputed from the indicators 81.45 (by 5.83); likely cause: wrong fiscal year? "
     "it matches FY2565"),
    ("ingest_bad_total_unweighted.csv", "total_mismatch", "warning", 2, "คะแนนรวม (M)", "without weights"),
    ("ingest_bad_total_other.csv", "total_mismatch", "warning", 2, "คะแนนรวม (M)", "check the indicator scores"),
    ("ingest_bad_no_framework.csv", "no_framework", "warning", 2, None, "FY2540"),
    ("ingest_bad_year_cell.csv", "bad_year", "error", 2, "ปีงบประมาณ (B)", "ปีหน้า"),
    ("ingest_bad_value.csv", "bad_value", "warning", 2, "ตัวชี้วัดที่ 7 (I)", "ดีมาก"),
]


@pytest.mark.parametrize("name, code, severity, row, column, words", BAD, ids=[f"{b[0]}:{b[1]}:{b[3]}" for b in BAD])
def test_bad_input(name, code, severity, row, column, words):
    result = ingest_path(DATA / name)
    hits = [p for p in problems(result, code) if p.row == row]
    assert len(hits) == 1, [p.bilingual() for p in result.report.problems]
    p = hits[0]
    assert p.severity == severity and p.file == name and p.sheet == Path(name).stem
    if column is not None:
        assert p.column == column
    assert words in p.message("en")
    assert_bilingual(p)


def test_bad_rows_are_dropped_and_the_rest_kept():
    dup = ingest_path(DATA / "ingest_bad_duplicate.csv")
    assert score_of(dup, "สำนักงานเขตบางเขน", 2566, 1) is None           # no row wins (issue 10.4)
    assert len(dup.published) == 2 and dup.report.rows_read == 4 and dup.report.rows_kept == 2
    year = ingest_path(DATA / "ingest_bad_year_cell.csv")
    assert set(year.published.unit) == {"สำนักงานเขตลาดกระบัง"}
    assert not year.report.ok
    rng = ingest_path(DATA / "ingest_bad_out_of_range.csv")
    assert score_of(rng, "สำนักงานเขตพญาไท", 2566, 3) is None
    assert score_of(rng, "สำนักงานเขตพญาไท", 2566, 4) == 87.93


@pytest.mark.parametrize("name, code, words_th, words_en", [
    ("ingest_bad_no_header.csv", "no_header", "ต้องมีคอลัมน์ชื่อหน่วยงาน ปีงบประมาณ (หรือชื่อชีตเป็นปี)",
     "needs columns for the unit name, the fiscal year"),
    ("ingest_bad_no_year.csv", "no_fiscal_year", "ตั้งชื่อชีตเป็นปี", "name the sheet after the year"),
])
def test_nothing_usable_raises_a_bilingual_ingest_error(name, code, words_th, words_en):
    with pytest.raises(IngestError) as caught:
        ingest_path(DATA / name)
    [p] = [e for e in caught.value.report.errors if e.code == code]
    assert words_th in p.fix_text("th") and words_en in p.fix_text("en")
    assert_bilingual(p)
    assert words_en in str(caught.value)


def test_a_sheet_without_a_table_is_skipped_with_a_note():
    report = ingest_path(DATA / "ingest_per_year.xlsx").report
    assert any("sheet 'คำอธิบาย' has no recognisable header; skipped" in a for a in notes(report))


def test_problems_are_capped_per_code_and_summed_up():
    rows = [["หน่วยงาน", "ปีงบประมาณ", "IIT", "คะแนนรวม"]]
    rows += [[f"หน่วยงาน {i}", "2566", "90", "150"] for i in range(400)]
    result = grid_ingest(rows)
    hits = problems(result, "score_out_of_range")
    assert len(hits) == 301 and "100 more of the same (rows 302–401)" in hits[-1].message("en")
    assert len(result.published) == 400 and result.published.total.isna().all()


def _reference_warn_unlabelled(grid, header, sheet, st) -> None:
    """_columns.warn_unlabelled as it was: each cell of a column without a header turned into text one by one."""
    from analysis.ita.ingest._columns import cell_text, letter

    out = []
    for c in range(grid.shape[1]):
        if header.columns[c].text:
            continue
        body = grid.iloc[header.last + 1:, c]
        if body.notna().any() and body.map(lambda v: bool(cell_text(v).strip())).any():
            out.append(f"({letter(c)})")
    if out:
        st.ctx.add("warning", "unknown_columns", "ingest.unlabelled_columns", "ingest.unlabelled_columns_fix",
                   {"columns": ", ".join(out)}, sheet, header.last + 1, ", ".join(out))


def test_unlabelled_columns_are_found_as_before(monkeypatch):
    """Issue 16.3: columns without a header are checked for data on whole columns; the warnings are unchanged on
    grids of 2,000 units with unlabelled columns holding data, spaces only, NaN or nothing."""
    import analysis.ita.ingest._pipeline as pipeline

    n = 2_000
    body = [[f"สำนักงานเขตทดสอบ {k}", None, "2566", f"{80 + k % 20}", " " if k % 3 else None,
             float("nan"), "ดู" if k == n - 1 else None, 0.0 if k == 5 else None] for k in range(n)]
    grids = [[["หน่วยงาน", None, "ปีงบประมาณ", "คะแนนรวม", None, None, None, None], *body],
             [["หน่วยงาน", None, "ปีงบประมาณ", "คะแนนรวม", None], ["สำนักงานเขตบางบอน", None, "2566", "91.2", "ดูหมายเหตุ"]]]
    got = [grid_ingest(rows).report.to_dict() for rows in grids]
    monkeypatch.setattr(pipeline, "warn_unlabelled", _reference_warn_unlabelled)
    assert got == [grid_ingest(rows).report.to_dict() for rows in grids]
    assert [p["column"] for p in got[0]["problems"] if p["code"] == "unknown_columns"] == ["(G), (H)"]


def _reference_row_values(out, base, keep, values) -> None:
    """_layouts._row_values as it was: a dictionary look-up per row of the long file."""
    if not values:
        return
    pos = {k: i for i, k in enumerate(zip(out["unit"], out["fiscal_year"]))}
    keys = list(zip(base["unit"][keep], base["fiscal_year"][keep]))
    for name, arr in values.items():
        if name in out.columns:
            continue
        col = np.full(len(out), None if name == "level" else np.nan, dtype=object if name == "level" else float)
        for k, val in zip(keys, arr[keep]):
            i = pos.get(k)
            if i is not None and pd.isna(col[i]) and not pd.isna(val):
                col[i] = val
        out[name] = col


def _long_with_row_values(n: int = 1_500) -> list[list]:
    """A long grid whose rows also carry the unit-year's total, tool score and level — blank on some rows, given
    twice on others, some unit-years without any, one row with no indicator."""
    rows = [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน", "คะแนนรวม", "IIT", "ระดับผล"]]
    for k in range(n):
        unit, year = f"สำนักงานเขตทดสอบ {k:04d}", 2567 + k % 2
        for j in range(1, 11):
            total = None if (j + k) % 4 else 80 + k % 20 + j / 100          # first given on a later row
            level = None if k % 9 == 0 else ("ผ่าน" if j % 3 else "ผ่านดี")
            rows.append([unit, year, f"ตัวชี้วัดที่ {j}", 70 + (k * j) % 30, total, None if j < 5 else 88.5, level])
    rows.append(["สำนักงานเขตทดสอบ 0001", 2568, None, None, 99, 99, "ผ่าน"])
    return rows


@pytest.mark.parametrize("case", ["generated", "demo"])
def test_long_files_take_the_first_per_row_value_as_before(case, monkeypatch):
    """Issue 16.3: a long file's per-row total/level/tool columns give each unit-year its first value, found on
    whole columns; the ingest is the same as with the row-by-row look-up."""
    from analysis.common.paths import SAMPLES_DIR
    from analysis.ita.ingest import _layouts

    run = ((lambda: grid_ingest(_long_with_row_values())) if case == "generated" else
           (lambda: ingest_path(SAMPLES_DIR / "demo_districts_2567-2568_long.csv")))
    got = run()
    monkeypatch.setattr(_layouts, "_row_values", _reference_row_values)
    want = run()
    assert got.report.to_dict() == want.report.to_dict()
    pd.testing.assert_frame_equal(got.scores, want.scores)
    pd.testing.assert_frame_equal(got.published, want.published)
    if case == "generated":
        assert got.published["total"].notna().sum() > 1_000
