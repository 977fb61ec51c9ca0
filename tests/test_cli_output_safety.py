"""CLI output is safe to open and to parse: CSV text cells never start a formula; JSON never holds NaN/Infinity."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analysis.cli.args import print_json, safe_cell
from tests.golden.make_golden import run

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _repo(monkeypatch, tmp_path):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    monkeypatch.setenv("ITA_DATA_DIR", str(tmp_path))


@pytest.mark.parametrize(("value", "safe"), [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"),
    ("\tx", "'\tx"), ("สำนักงานเขตพระนคร", "สำนักงานเขตพระนคร"), (85.5, 85.5), (-3.0, -3.0), (None, None),
])
def test_safe_cell(value, safe):
    assert safe_cell(value) == safe


def test_score_csv_neutralises_unit_names_that_start_a_formula():
    out = run(["score", str(DATA / "hostile_formula_units.csv"), "--format", "csv"])
    assert out["exit"] == 0
    units = [row["unit"] for row in csv.DictReader(io.StringIO(out["stdout"]))]
    assert sorted(units) == sorted(["'+cmd|' /C calc'!A0", "'-2+3", "'=HYPERLINK(\"http://evil.example\",\"คลิก\")",
                                    "'@SUM(1)"])
    assert all(not u.startswith(("=", "+", "-", "@")) for u in units)
    gaps = [float(row["gap_to_85"]) for row in csv.DictReader(io.StringIO(out["stdout"]))]
    assert sorted(gaps) == [0.0, 0.0, 5.0, 15.0]            # numbers stay numbers


def test_action_plan_json_with_a_400_digit_budget_is_valid_json():
    out = run(["action-plan", str(DATA / "hostile_budget_plan.csv"), "--format", "json"])
    assert out["exit"] == 0 and "Infinity" not in out["stdout"] and "NaN" not in out["stdout"]
    measures = json.loads(out["stdout"], parse_constant=lambda c: pytest.fail(f"non-standard JSON constant {c}"))
    assert measures[0]["budget_amount"] is None


def test_print_json_turns_every_non_finite_number_into_null():
    buf = io.StringIO()
    print_json({"a": float("inf"), "b": [float("-inf"), float("nan"), 1.5], "c": {"d": float("nan")}}, buf)
    assert json.loads(buf.getvalue()) == {"a": None, "b": [None, None, 1.5], "c": {"d": None}}
