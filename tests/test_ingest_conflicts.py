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


# ----------------------------------------------------------------------------- the same, on whole columns (16.3)

def _reference_same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (a != a and b != b)
    return a == b or (pd.isna(a) and pd.isna(b))


def _reference_drop_duplicates(frame, keys, values, ctx, label=None):
    """_validate.drop_duplicates as it was: one pandas row at a time for every repeated unit-year."""
    import numpy as np

    from analysis.common.text import msg, seq
    from analysis.ita.ingest import _validate as v

    und = frame["_undetermined"].eq(True) if "_undetermined" in frame.columns else False
    frame = frame.assign(_undetermined=und)
    if len(frame) < 2:
        return frame
    dup = frame.duplicated(keys, keep=False).to_numpy()
    if not dup.any():
        return frame
    frame = frame.copy()
    drop = np.zeros(len(frame), dtype=bool)
    blank = []
    for _, grp in frame[dup].groupby(keys, sort=False, dropna=False):
        pos = [frame.index.get_loc(ix) for ix in grp.index]
        base = frame.iloc[pos[0]]
        what = label(base) if label else msg("ingest.unit_year", unit=base["unit"], year=base["fiscal_year"])
        rows = [(int(frame["_row"].iat[p]), frame["_sheet"].iat[p]) for p in pos]
        diff = []
        for p, (r2, s2) in zip(pos[1:], rows[1:]):
            drop[p] = True
            other = frame.iloc[p]
            cols = [c for c in values if not _reference_same(base[c], other[c])]
            diff += [c for c in cols if c not in diff]
            if not cols and not base["_undetermined"] and not other["_undetermined"]:
                at = (msg("ingest.at_row_sheet", row=rows[0][0], sheet=rows[0][1]) if rows[0][1] != s2
                      else msg("ingest.at_row", row=rows[0][0]))
                ctx.add("info", "duplicate_merged", "ingest.duplicate_merged", "ingest.duplicate_merged_fix",
                        {"what": what, "at": at}, s2, r2)
        if diff or grp["_undetermined"].any():
            blank.append(pos[0])
        if diff:
            sheet, row = rows[-1][1], rows[-1][0]
            ctx.add("error", "duplicate_conflict", "ingest.duplicate_conflict", "ingest.duplicate_conflict_fix",
                    {"what": what, "rows": v._row_refs(rows), "columns": seq([v.field_label(c) for c in diff]),
                     "unit_year": msg("ingest.unit_year", unit=base["unit"], year=base["fiscal_year"])},
                    sheet, row, ctx.column(sheet, diff[0]))
    if blank:
        v._null_values(frame, values, blank)
        und = frame["_undetermined"].to_numpy(copy=True)
        und[blank] = True
        frame["_undetermined"] = und
    return frame[~drop]


def _repeated_grids(n: int = 600) -> dict[str, dict[str, pd.DataFrame]]:
    """Grids whose unit-years repeat: identically, with other values, three times, across sheets, in a long file."""
    head = ["หน่วยงาน", "ปีงบประมาณ", *[f"ตัวชี้วัดที่ {k}" for k in range(1, 11)], "คะแนนรวม"]
    rows = [[f"สำนักงานเขตทดสอบ {k:04d}", 2567 + k % 2, *[80.0 + (k + j) % 17 for j in range(10)], None]
            for k in range(n)]
    again = [list(r) for r in rows[::2]]
    for k, r in enumerate(again):
        if k % 3 == 0:
            r[2 + k % 10] += 1.5                       # a different indicator score
        if k % 7 == 0:
            r[2], r[5] = None, "ดูหมายเหตุ"              # blank against a value, text against a number
    third = [list(r) for r in rows[::5]]
    grid = lambda body: pd.DataFrame([head, *body], dtype=object)  # noqa: E731
    long_rows = [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน"]]
    for r in rows[:200] + again[:100]:
        long_rows += [[r[0], r[1], j, r[1 + j]] for j in range(1, 11)]
    return {"one sheet": {"ผล": grid(rows + again + third)},
            "two sheets": {"รอบแรก": grid(rows), "รอบแก้ไข": grid(again + third)},
            "long": {"ผล": pd.DataFrame(long_rows, dtype=object)}}


@pytest.mark.parametrize("case", ["one sheet", "two sheets", "long", "fixtures"])
def test_repeated_unit_years_are_settled_as_before(case, monkeypatch):
    """Repeated unit-years are compared on whole columns now; the rows kept, the values blanked, and every message
    (its place, its words and its order) are those of the row-by-row code."""
    from analysis.ita.ingest import _layouts, _validate

    if case == "fixtures":
        names = ["ingest_bad_duplicate.csv", "ingest_bad_long_duplicate.csv", "ingest_bad_conflict_sheets.xlsx"]
        run = lambda: [ingest_path(ROOT / "tests" / "data" / name) for name in names]  # noqa: E731
    else:
        grids = _repeated_grids()[case]
        run = lambda: [ingest_sheets(grids, "repeats.xlsx", IngestReport(file="repeats.xlsx"))]  # noqa: E731
    got = run()
    monkeypatch.setattr(_validate, "drop_duplicates", _reference_drop_duplicates)
    monkeypatch.setattr(_layouts, "drop_duplicates", _reference_drop_duplicates)
    want = run()
    for new, old in zip(got, want, strict=True):
        assert new.report.to_dict() == old.report.to_dict()
        pd.testing.assert_frame_equal(new.scores, old.scores)
        pd.testing.assert_frame_equal(new.published, old.published)
    assert any(p.code == "duplicate_conflict" for r in got for p in r.report.problems)
