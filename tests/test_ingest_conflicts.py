"""Issue 10.4: a unit-year given twice with different values is not scored by guessing — it stays undetermined.

Covers analysis.ita.ingest (the one report problem naming both rows), analysis.ita.scoring (total and level
null) and the CLI (`score --format json` prints null and exits 0). Fixture: tests/data/ingest_bad_conflict_sheets.xlsx.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.common.report import IngestReport
from analysis.ita.ingest import ingest_path, ingest_sheets
from analysis.ita.scoring import score
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "ingest_bad_conflict_sheets.xlsx"
UNDECIDED, MERGED, SINGLE = "สำนักงานเขตบางกะปิ", "สำนักงานเขตห้วยขวาง", "สำนักงานเขตวังทองหลาง"
BOTH_ROWS = ("row 2 of sheet รอบแรก", "row 4 of sheet รอบแก้ไข")
BOTH_ROWS_TH = ("แถว 2 ชีต รอบแรก", "แถว 4 ชีต รอบแก้ไข")


@pytest.fixture(scope="module")
def result():
    return ingest_path(FIXTURE)


def conflicts(res):
    return [p for p in res.report.problems if p.code == "duplicate_conflict"]


def test_one_problem_names_both_rows_the_columns_and_the_fix(result):
    [p] = conflicts(result)
    assert p.severity == "error" and p.sheet == "รอบแก้ไข" and p.row == 4 and p.column == "ตัวชี้วัดที่ 3 (E)"
    en, th = p.message("en"), p.message("th")
    assert all(r in en for r in BOTH_ROWS) and all(r in th for r in BOTH_ROWS_TH)
    assert "(indicator 3, total)" in en and "undetermined" in en
    assert all(r in p.fix_text("en") for r in BOTH_ROWS) and "upload the file again" in p.fix_text("en")
    assert "อัปโหลดไฟล์อีกครั้ง" in p.fix_text("th")


def test_identical_repeat_is_merged_and_the_rest_of_the_file_loads(result):
    [merged] = [p for p in result.report.problems if p.code == "duplicate_merged"]
    assert merged.severity == "info" and merged.sheet == "รอบแก้ไข" and merged.row == 2
    assert set(result.scores.unit) == {MERGED, SINGLE}                   # no indicator of the undecided unit
    assert len(result.scores) == 20
    assert sorted(result.published.unit) == sorted([UNDECIDED, MERGED, SINGLE])
    row = result.published[result.published.unit == UNDECIDED].iloc[0]
    assert row[["iit", "eit", "oit", "total"]].isna().all() and row["level"] is None


def test_the_undetermined_unit_year_has_no_total_level_or_pass(result):
    scored = score(result.scores, result.published).set_index("unit")
    und = scored.loc[UNDECIDED]
    assert pd.isna(und["total"]) and und["level"] is None and pd.isna(und["passed"]) and pd.isna(und["gap_to_85"])
    assert scored.loc[SINGLE, "total"] == 80.99 and scored.loc[MERGED, "total"] == 95.83


def test_no_row_wins_even_when_only_the_published_total_differs():
    head = ["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม", "ระดับ"]
    grid = pd.DataFrame([head, ["สำนักงานเขตสาทร", "2566", "90", "ผ่าน"], ["สำนักงานเขตสาทร", "2566", "80", "ผ่าน"]],
                        dtype=object)
    res = ingest_sheets({"ผล": grid}, "t.xlsx", IngestReport(file="t.xlsx"))
    [p] = conflicts(res)
    assert "row 2 of sheet ผล, row 3 of sheet ผล" in p.message("en")
    scored = score(res.scores, res.published)
    assert scored["total"].isna().all() and scored["level"].isna().all()


def test_long_file_conflict_makes_the_whole_unit_year_undetermined():
    res = ingest_path(ROOT / "tests" / "data" / "ingest_bad_long_duplicate.csv")
    [p] = conflicts(res)
    assert "row 2 of sheet ingest_bad_long_duplicate, row 3 of sheet ingest_bad_long_duplicate" in p.message("en")
    assert res.scores.empty                                             # indicator 2 is not kept either
    assert score(res.scores, res.published)["total"].isna().all()


def test_cli_prints_null_and_exits_0_with_both_rows_on_stderr():
    out = run_cli("score", FIXTURE, "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = {r["unit"]: r for r in json.loads(out.stdout)}
    assert set(rows) == {UNDECIDED, MERGED, SINGLE}
    und = rows[UNDECIDED]
    assert und["total"] is None and und["level"] is None and und["passed"] is None
    assert rows[SINGLE]["total"] == 80.99
    assert all(r in out.stderr for r in BOTH_ROWS) and all(r in out.stderr for r in BOTH_ROWS_TH)
