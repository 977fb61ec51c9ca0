"""Plan import: the seed text export counted by hand, .docx/.xlsx/.csv fixtures, not-a-plan and partly readable files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.common.report import IngestError
from analysis.plan import _text as pt
from analysis.plan.action_plan import import_bytes, import_path
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "action_plan_finance_office_2566-2570.txt"   # the shipped copy of the seed
DATA = ROOT / "tests" / "data"

# How the seed was counted, by reading the document: it has 11 pages, each repeating the title line,
# the agency line and the 7-column header, followed by 1 table row (12 rows in all: page 8 has 2).
# Rows whose first four cells are empty are the tail of the measure above, cut by a page break:
# line 56 (steps ๗)–๘) of ๒.๒.๓ (๑)) and line 71 (bullets and steps ๔.–๖. of ๓.๒.๒ (๒)).
# 12 rows − 2 continuation rows = 10 measures, with these codes in this order:
SEED_CODES = ["1.1.1 (1)", "1.1.2 (1)", "1.1.3 (8)", "2.1.1 (1)", "2.2.2 (2)", "2.2.2 (6)", "2.2.3 (1)",
              "2.3.3 (2)", "3.2.2 (2)", "4.3.1 (5)"]
# Steps per measure, counted from the top-level numbers ๑) ๒) … (sub-steps ๒.๑) and bullets stay in their step):
SEED_STEPS = [2, 1, 4, 5, 6, 8, 8, 3, 6, 9]
# The หมายเหตุ column, split at "/":
SEED_UNITS = [["สก.สนค. (ฝกจ.)"], ["สก.สนค. (ฝกจ.)"], ["ทุกกอง", "สก.สนค. (ฝกจ.)"], ["ทุกกอง", "สก.สนค. (งธก.)"],
              ["สก.สนค. (จธก.)"], ["ทุกกอง", "สก.สนค. (ฝกจ.)"], ["สก.สนค. (ฝกจ.)"], ["ทุกกอง"],
              ["สก.สนค. (ฝกจ.)"], ["ทุกกอง"]]


@pytest.fixture(scope="module")
def seed():
    return import_path(SEED)


def test_seed_count_codes_units(seed):
    assert [m.code for m in seed.measures] == SEED_CODES
    assert [m.code_th for m in seed.measures][5] == "๒.๒.๒ (๖)"
    assert [len(m.steps) for m in seed.measures] == SEED_STEPS
    assert [m.responsible for m in seed.measures] == SEED_UNITS
    assert seed.agency == "สำนักงานการคลัง" and seed.years == (2566, 2570)
    assert not seed.report.problems


def test_seed_budgets_all_no_budget(seed):
    # every row of the seed says ไม่ใช้งบประมาณ: no budget is recorded as amount 0.0 (not unknown)
    assert {(m.budget_text, m.budget_amount) for m in seed.measures} == {("ไม่ใช้งบประมาณ", 0.0)}


@pytest.mark.parametrize("code, merged_line, last_step_start, n_steps", [
    ("2.2.3 (1)", 57, "เผยแพร่รายงานผลการดำเนินงานให้สาธารณชน", 8),
    ("3.2.2 (2)", 72, "รายงานสรุปผลการดำเนินการเรื่องร้องเรียน", 6),
])
def test_seed_continuations_merged(seed, code, merged_line, last_step_start, n_steps):
    m = next(m for m in seed.measures if m.code == code)
    assert m.merged_rows == [merged_line]
    assert len(m.steps) == n_steps and m.steps[-1].startswith(last_step_start)


def test_seed_outputs_outcomes_and_split_words(seed):
    m = {x.code: x for x in seed.measures}
    assert m["2.2.2 (6)"].outputs.startswith("มีมาตรการเพื่อขับเคลื่อนคุณธรรม")
    assert m["2.2.2 (6)"].outcomes.endswith("(๘๕ คะแนนขึ้นไป)")
    assert m["2.2.2 (2)"].outputs.count("\n") == 1             # two numbered outputs, one per line
    assert m["1.1.2 (1)"].outputs == "" and m["1.1.2 (1)"].outcomes   # unlabelled → outcomes
    # words broken by the export's line wraps are joined again; abbreviations keep their space
    assert m["1.1.2 (1)"].title.endswith("ประพฤติมิชอบและการกระทำที่เป็นผลประโยชน์ที่ทับซ้อน")
    assert m["4.3.1 (5)"].dimension == "4. การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"
    assert "ตามกฎ ก.ก. ว่าด้วย" in m["1.1.1 (1)"].title
    assert m["1.1.1 (1)"].dimension == m["1.1.3 (8)"].dimension == "1. การสร้างวัฒนธรรมสุจริต"
    assert m["3.2.2 (2)"].steps[2].count("\n- ") == 4 + 3     # the bullets of step ๓, both pages


@pytest.mark.parametrize("file, merged", [("plan_small.docx", [4]), ("plan_small.xlsx", [4]), ("plan_small.csv", [3])])
def test_fixture_formats(file, merged):
    result = import_path(DATA / file)
    first, second = result.measures
    assert (first.code, first.budget_amount, first.merged_rows) == ("1.1.1 (1)", 0.0, merged)
    assert first.steps == ["เผยแพร่ประมวลจริยธรรม", "ให้ทุกคนลงลายมือชื่อรับทราบ", "รายงานผลการดำเนินการ"]
    assert (first.outputs, first.outcomes) == ("มีการเผยแพร่อย่างน้อย ๓ ช่องทาง", "บุคลากรปฏิบัติตามประมวลจริยธรรม")
    assert (second.code, second.budget_amount, second.responsible) == ("2.1.1 (2)", 50000.0, ["ฝ่ายสารสนเทศ", "ทุกกอง"])


def test_partly_readable_lists_skipped_row():
    result = import_path(DATA / "plan_small.xlsx")      # last row: dimension and mission but no measure
    assert len(result.measures) == 2
    (problem,) = result.report.problems
    assert (problem.code, problem.sheet, problem.row) == ("plan_row_orphan", "แผน", 6)


@pytest.mark.parametrize("data, name", [
    ((DATA / "plan_not_a_plan.txt").read_bytes(), "plan_not_a_plan.txt"),
    (b"unit,score\nA,90\n", "scores.csv"),
])
def test_not_a_plan(data, name):
    with pytest.raises(IngestError) as info:
        import_bytes(data, name)
    problem = info.value.report.errors[0]
    assert problem.code == "not_a_plan" and "แผนปฏิบัติการ" in problem.message("th") and "action-plan" in problem.message("en")


@pytest.mark.parametrize("text, expected", [
    ("ไม่ใช้งบประมาณ", 0.0), ("๕๐,๐๐๐ บาท", 50000.0), ("120,000.50", 120000.5), ("", None),
    ("ปี ๒๕๖๖ ๑๐,๐๐๐ บาท", 10000.0), ("๑๐,๐๐๐ และ ๒๐,๐๐๐", None),
])
def test_parse_budget(text, expected):
    assert pt.parse_budget(text)[1] == expected


@pytest.mark.parametrize("cell, code, code_th, rest", [
    ("๒.๒.๒ (๖) มาตรการส่งเสริม", "2.2.2 (6)", "๒.๒.๒ (๖)", "มาตรการส่งเสริม"),
    ("1.1.1(1) Activity", "1.1.1 (1)", "1.1.1 (1)", "Activity"),
    ("มาตรการไม่มีรหัส", "", "", "มาตรการไม่มีรหัส"),
])
def test_split_code(cell, code, code_th, rest):
    assert pt.split_code(cell) == (code, code_th, rest)


def test_cli_json_keys():
    ran = run_cli("action-plan", SEED, "--format", "json")
    assert ran.returncode == 0, ran.stderr
    out = ran.stdout
    rows = json.loads(out)
    assert len(rows) == 10 and list(rows[0]) == [
        "code", "code_th", "dimension", "mission", "title", "budget_text", "budget_amount", "steps", "outputs",
        "outcomes", "responsible", "linked_indicators"]
    assert all(1 <= i <= 10 for r in rows for i in r["linked_indicators"])
    assert rows[4]["linked_indicators"] == [1, 10]           # No Gift Policy


def test_cli_not_a_plan_exit_2():
    proc = run_cli("action-plan", DATA / "plan_not_a_plan.txt")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "action-plan table" in proc.stderr
