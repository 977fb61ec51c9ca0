"""Complaint files with impossible numbers and dates: each value is refused with a located message, nothing
invalid is stored, and the statistics still compute (these once ended in OverflowError or 'year 0 is out of range')."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.complaints.ingest import RECORD_COLUMNS, ingest_bytes, ingest_path
from tests.golden.make_golden import run


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


DATA = Path(__file__).resolve().parent / "data"


def test_ten_thousand_columns_are_judged_in_bounded_work(monkeypatch):
    """10,006 columns took 88 s: every column was checked for personal data. Only the columns a role uses and the
    first MAX_EXAMINED_COLUMNS others are examined now (the rest are never used, so never stored), and it is said."""
    from analysis.complaints import pdpa
    from analysis.complaints.ingest import MAX_EXAMINED_COLUMNS

    examined = []
    real = pdpa.content_reason
    monkeypatch.setattr(pdpa, "content_reason", lambda values: examined.append(1) or real(values))
    result = ingest_bytes((DATA / "hostile_complaints_wide.csv").read_bytes(), "hostile_complaints_wide.csv")
    assert len(result.records) == 3
    assert len(examined) <= MAX_EXAMINED_COLUMNS + 2
    assert any("were not examined for personal data" in line for line in result.report.assumption_lines("en"))
    assert set(result.records.columns) == set(RECORD_COLUMNS), "none of the 10,004 extra columns is kept"


def test_a_cell_longer_than_the_csv_field_limit_is_read():
    result = ingest_bytes((DATA / "hostile_complaints_huge_field.csv").read_bytes(), "huge.csv")
    assert len(result.records) == 2 and set(result.records["group"]) == {"corruption", "general"}


def test_rows_longer_or_shorter_than_the_header_are_read_by_position():
    result = ingest_bytes((DATA / "hostile_complaints_ragged.csv").read_bytes(), "ragged.csv")
    assert len(result.records) == 3
    assert result.records["group"].tolist() == ["corruption", "general", "general"]
