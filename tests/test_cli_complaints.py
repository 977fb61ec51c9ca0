"""analysis/cli/complaints.py: `python -m analysis complaints FILE` prints the statistics; JSON keys exactly."""
from __future__ import annotations

import json
from pathlib import Path

from analysis.cli.main import main

DEMO = Path(__file__).resolve().parent.parent / "data" / "samples" / "demo_complaints_2563-2568.csv"


def test_json_keys_and_latest_year(capsys):
    assert main(["complaints", str(DEMO), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["years", "yoy", "removed_columns"]
    assert [list(y) for y in data["years"]][0] == ["fiscal_year", "received", "finished", "in_progress",
                                                    "corruption", "general", "within_15_days_share"]
    last = data["years"][-1]
    assert (last["fiscal_year"], last["received"], last["finished"], last["in_progress"]) == (2568, 346, 322, 24)
    assert last["corruption"] + last["general"] == last["received"]
    assert list(data["yoy"]) == ["fiscal_year", "change", "p_value", "verdict"]
    assert data["yoy"]["fiscal_year"] == 2568 and data["yoy"]["verdict"] == "ยังสรุปไม่ได้"
    # 346 in 243 days vs 530 in 366 days: (346/243)/(530/366) - 1 = -0.0167
    assert abs(data["yoy"]["change"] - ((346 / 243) / (530 / 366) - 1)) < 1e-4
    assert data["removed_columns"] == ["ชื่อผู้ร้องเรียน", "เลขประจำตัวประชาชน", "โทรศัพท์", "อีเมล", "ที่อยู่", "รายละเอียด"]


def test_table_prints_verdicts_in_thai_and_english(capsys):
    assert main(["complaints", str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert "2568" in out and "ยังสรุปไม่ได้ / not conclusive yet" in out


def test_missing_and_refused_files_exit_2(tmp_path, capsys):
    assert main(["complaints", str(tmp_path / "none.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    assert main(["complaints", str(bad)]) == 2
    assert "complaint" in capsys.readouterr().err.lower()
