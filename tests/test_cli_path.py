"""`python -m analysis path`: JSON keys exactly as the issue states, plans, reasons and bad input."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.cli.main import main

DATA = Path(__file__).resolve().parent / "data"
HEADER = "หน่วยงาน,ปีงบประมาณ," + ",".join(f"ตัวชี้วัดที่ {k}" for k in range(1, 11)) + "\n"


@pytest.fixture
def results(tmp_path) -> Path:
    """Two units: เขตทดสอบ at 83.00 in 2568 (and 2565), เขตผ่าน at 90.00 in 2568."""
    path = tmp_path / "results.csv"
    path.write_text(HEADER + "สำนักงานเขตทดสอบ,2568,90,90,90,90,90,90,90,90,75,70\n"
                    "สำนักงานเขตทดสอบ,2565,90,90,90,90,90,90,90,90,75,70\n"
                    "สำนักงานเขตผ่าน,2568,90,90,90,90,90,90,90,90,90,90\n", encoding="utf-8")
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["path", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_exactly_the_issue_keys(results, capsys):
    code, out, _ = run(capsys, results, "--unit", "สำนักงานเขตทดสอบ", "--year", 2568, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["feasible", "reason", "changes", "total_after", "tools_after"]
    assert data == {"feasible": True, "reason": None,
                    "changes": [{"indicator": 10, "from": 70.0, "to": 79.98}],
                    "total_after": 85.0, "tools_after": {"IIT": 90.0, "EIT": 90.0, "OIT": 77.49}}
    assert all(list(c) == ["indicator", "from", "to"] for c in data["changes"])


def test_band_target_and_ce_year(results, capsys):
    code, out, _ = run(capsys, results, "--unit", "สำนักงานเขตทดสอบ", "--year", 2025, "--target", "ผ่านดี",
                       "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["feasible"] and data["tools_after"]["OIT"] >= 85 and data["total_after"] >= 85


def test_not_feasible_gives_thai_then_english_reason(results, capsys):
    code, out, _ = run(capsys, results, "--unit", "สำนักงานเขตทดสอบ", "--year", 2565, "--target", "ผ่านดี",
                       "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["feasible"] is False and data["changes"] == []
    assert data["reason"] == ("ปีงบประมาณ 2565 ไม่มีเป้าหมาย ผ่านดี (เลือกได้: pass, AA) / "
                              "FY2565 has no target ผ่านดี (choose one of: pass, AA)")


def test_already_passing_needs_no_change(results, capsys):
    code, out, _ = run(capsys, results, "--unit", "สำนักงานเขตผ่าน", "--year", 2568, "--format", "json")
    assert code == 0 and json.loads(out)["changes"] == [] and json.loads(out)["total_after"] == 90.0


def test_table_format(results, capsys):
    code, out, _ = run(capsys, results, "--unit", "สำนักงานเขตทดสอบ", "--year", 2568)
    assert code == 0 and "79.98" in out and "85.00" in out and "total after" in out


@pytest.mark.parametrize("unit, close", [("เขตทดสอบ", "สำนักงานเขตทดสอบ"), ("สำนักงานเขตทดสอป", "สำนักงานเขตทดสอบ")])
def test_unknown_unit_lists_close_names(results, capsys, unit, close):
    code, out, err = run(capsys, results, "--unit", unit, "--year", 2568)
    assert code == 2 and not out
    assert "ไม่พบหน่วยงาน" in err and "close names" in err and close in err


def test_unknown_unit_without_close_names(results, capsys):
    code, _, err = run(capsys, results, "--unit", "Hospital X", "--year", 2568)
    assert code == 2 and "check the spelling" in err


def test_year_without_scores(results, capsys):
    code, _, err = run(capsys, results, "--unit", "สำนักงานเขตผ่าน", "--year", 2566)
    assert code == 2 and "FY2568" in err and "ปีงบประมาณ 2566" in err


@pytest.mark.parametrize("fixture", ["guard_empty.csv", "ingest_bad_no_header.csv", "missing.csv"])
def test_bad_input_exits_non_zero_with_the_bilingual_message(capsys, fixture):
    code, out, err = run(capsys, DATA / fixture, "--unit", "x", "--year", 2568)
    assert code == 2 and not out
    lines = err.strip().splitlines()
    thai = [any("\u0e00" <= ch <= "\u0e7f" for ch in line) for line in lines]
    assert any(thai), "a Thai line"
    assert any(re.search(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}", line) for line in lines), "an English line"


def test_target_choices_are_the_issue_ones(results, capsys):
    assert main(["path", str(results), "--unit", "สำนักงานเขตทดสอบ", "--year", "2568", "--target", "AA"]) == 2
    err = capsys.readouterr().err
    assert "'AA'" in err and "ผ่านดีเยี่ยม" in err, "argparse names the bad target and the ones offered"
