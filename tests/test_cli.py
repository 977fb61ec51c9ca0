"""The command line: `python -m analysis score` output keys, formats, warnings on stderr, exit codes."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import Ran, run_cli

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["unit", "fiscal_year", "iit", "eit", "oit", "total", "level", "level_note", "passed", "gap_to_85"]
TRAT = ["ตราด", "2564", "93.55", "87.72", "91.01", "87.93", "89.52", "90.55", "88.68", "88.58", "72.89", "65.56", "81.45"]


@pytest.fixture(autouse=True)
def _from_repo(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ITA_DATA_DIR", str(tmp_path / "state"))     # never the user's workspace


def run(*args: str) -> Ran:
    return run_cli(*args)


@pytest.fixture
def trat_csv(tmp_path) -> Path:
    path = tmp_path / "trat.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["หน่วยงาน", "ปีงบประมาณ"] + [f"i{n}" for n in range(1, 11)] + ["คะแนนรวม"])
        w.writerow(TRAT)
        w.writerow(["จันทบุรี", "2564", "92.84", "86.27", "89.21", "84.70", "87.51", "90.03", "87.99", "85.97",
                    "75.39", "65.39", "80.99"])
    return path


def test_score_json_has_the_documented_keys_and_the_published_numbers(trat_csv):
    out = run("score", str(trat_csv), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [list(r) for r in rows] == [KEYS, KEYS]
    trat = next(r for r in rows if r["unit"] == "ตราด")
    assert trat["fiscal_year"] == 2564
    assert trat["total"] == pytest.approx(81.45, abs=0.01)
    assert trat["level"] == "B"
    assert trat["passed"] is False
    assert trat["gap_to_85"] == pytest.approx(3.55, abs=0.01)
    assert trat["iit"] == pytest.approx((93.55 + 87.72 + 91.01 + 87.93 + 89.52) / 5, abs=0.01)


@pytest.mark.parametrize("fmt, check", [
    ("csv", lambda s: s.splitlines()[0] == ",".join(KEYS) and "ตราด,2564" in s),
    ("table", lambda s: "ตราด" in s and "81.45" in s and "level_note" in s),
])
def test_score_other_formats(trat_csv, fmt, check):
    out = run("score", str(trat_csv), "--format", fmt)
    assert out.returncode == 0, out.stderr
    assert check(out.stdout)


@pytest.mark.parametrize("year, units", [("2564", {"ตราด", "จันทบุรี"}), ("2021", {"ตราด", "จันทบุรี"})])
def test_year_filter_accepts_be_and_ce(trat_csv, year, units):
    out = run("score", str(trat_csv), "--year", year, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert {r["unit"] for r in json.loads(out.stdout)} == units


def test_year_without_results_exits_non_zero(trat_csv):
    out = run("score", str(trat_csv), "--year", "2566")
    assert out.returncode == 1
    assert "2566" in out.stderr


def test_band_year_total_only_gives_null_level_with_note(tmp_path):
    path = tmp_path / "totals.csv"
    path.write_text("หน่วยงาน,ปีงบประมาณ,คะแนนรวม\nสำนักงานเขตบางรัก,2567,91.20\n", encoding="utf-8")
    out = run("score", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)[0]
    assert row["level"] is None and row["passed"] is True
    assert "ผ่าน" in row["level_note"]


def test_warnings_go_to_stderr_not_stdout(tmp_path):
    path = tmp_path / "mismatch.csv"
    header = ["หน่วยงาน", "ปีงบประมาณ"] + [f"i{n}" for n in range(1, 11)] + ["คะแนนรวม"]
    path.write_text(",".join(header) + "\n" + ",".join(TRAT[:-1] + ["85.00"]) + "\n", encoding="utf-8")
    out = run("score", str(path), "--format", "json")
    assert out.returncode == 0
    assert json.loads(out.stdout)[0]["total"] == pytest.approx(81.45, abs=0.01)
    assert "85" in out.stderr and "81.45" in out.stderr


@pytest.mark.parametrize("name, content", [
    ("broken.xlsx", b"PK\x03\x04 this is not really a workbook"),
    ("notes.csv", "สวัสดี\nไม่มีหัวตาราง\n".encode("utf-8")),
])
def test_bad_input_exits_non_zero_with_a_bilingual_message_and_no_traceback(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    out = run("score", str(path))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert name in out.stderr
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in out.stderr), "Thai message"
    assert any(word in out.stderr.lower() for word in ("file", "column", "header")), "English message"


def test_missing_file_is_a_clear_message():
    out = subprocess.run([sys.executable, "-m", "analysis", "score", "no/such/file.xlsx"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)     # once through the real program
    assert out.returncode == 2 and "no/such/file.xlsx" in out.stderr and "Traceback" not in out.stderr
