"""Complaint files with impossible numbers and dates: each value is refused with a located message, nothing
invalid is stored, and the statistics still compute (these once ended in OverflowError or 'year 0 is out of range')."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.complaints.ingest import ingest_path
from tests.golden.make_golden import run

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _repo(monkeypatch, tmp_path):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    monkeypatch.setenv("ITA_DATA_DIR", str(tmp_path))


def test_infinite_negative_and_huge_counts_are_refused_by_row():
    result = ingest_path(DATA / "hostile_complaint_counts.csv")
    agg = result.aggregates
    assert agg["fiscal_year"].tolist() == [2569] and agg["received"].tolist() == [12]
    assert agg["finished"].isna().all()                       # -1 finished is not a count
    bad = [p for p in result.report.problems if p.code == "complaints_bad_count"]
    assert [p.column for p in bad] == ["จำนวนเรื่องร้องเรียน", "ดำเนินการแล้วเสร็จ"]
    assert "2566, 2567, 2568" in bad[0].text("th") and "2569" in bad[1].text("en")


def test_dates_outside_the_window_are_refused_and_the_rest_is_kept():
    result = ingest_path(DATA / "hostile_complaint_dates.csv")
    records = result.records
    assert len(records) == 2 and set(records["fiscal_year"]) == {2567}
    assert records["closed"].isna().sum() == 1                 # 9999-12-31 is not used as a closed date
    codes = {p.code: p for p in result.report.problems}
    assert codes["complaints_date_outside"].row == 2 and "2500–2600" in codes["complaints_date_outside"].text("th")
    assert "complaints_closed_outside" in codes


@pytest.mark.parametrize("name", ["hostile_complaint_counts.csv", "hostile_complaint_dates.csv"])
def test_cli_complaints_prints_statistics_not_a_traceback(name):
    out = run(["complaints", str(DATA / name), "--format", "json"])
    assert out["exit"] == 0 and "Traceback" not in out["stderr"]
    assert '"years"' in out["stdout"]
