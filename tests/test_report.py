"""Reports hold catalogue codes and render per language; JSON round-trips; reports saved before the catalogue still read."""
from __future__ import annotations

import json
import logging

import pandas as pd
import pytest

from analysis.common.report import FrameworkError, IngestReport, Problem
from analysis.ita.ingest._pipeline import ingest_sheets
from analysis.store import workspace

PROBLEM = Problem("error", "score_out_of_range", "ingest.out_of_range", "ingest.out_of_range_fix",
                  {"field": "IIT", "unit": "สำนักงานเขตบางรัก", "score": 120.0, "scale": "0–100"},
                  file="ผล.xlsx", sheet="ผล | 2566", row=7, column="IIT (D)")


@pytest.mark.parametrize("lang, line", [
    ("th", "ผล.xlsx, ชีต ผล | 2566, แถว 7, คอลัมน์ IIT (D): IIT ของ สำนักงานเขตบางรัก: คะแนน 120 อยู่นอกช่วง 0–100 "
           "— ไม่นำค่านี้มาใช้ — วิธีแก้: แก้เป็นคะแนน 0–100 เช่น 91.50 (ตรวจจุดทศนิยมและตัวคั่นหลักพัน)"),
    ("en", "ผล.xlsx, sheet ผล | 2566, row 7, column IIT (D): IIT of สำนักงานเขตบางรัก: score 120 is outside 0–100; "
           "this value is not used — fix: enter a score of 0–100, e.g. 91.50 (check the decimal point and thousands "
           "separators)"),
])
def test_problem_renders_location_message_and_fix_per_language(lang, line):
    assert PROBLEM.text(lang) == line
    assert PROBLEM.bilingual() == PROBLEM.text("th") + "\n" + PROBLEM.text("en")


def test_unknown_code_is_refused_when_the_problem_is_made():
    with pytest.raises(KeyError):
        Problem("error", "x", "ingest.no_such_message")


def test_report_round_trips_through_json():
    report = IngestReport(file="ผล.xlsx", layout="wide", sheets=["ผล | 2566"], rows_read=3, rows_kept=2)
    report.assume("ingest.header", sheet="ผล | 2566", rows="3", titles="")
    report.add(PROBLEM)
    again = IngestReport.from_dict(json.loads(json.dumps(report.to_dict(), ensure_ascii=False)))
    assert again == report
    assert again.assumption_lines("en") == ["sheet 'ผล | 2566': header in row 3"]


def test_a_sheet_name_with_a_bar_shows_english_in_english():
    grid = [["หน่วยงาน", "ปีงบประมาณ", "คะแนนรวม"], ["สำนักงานเขตบางรัก", 2566, 91.2]]
    result = ingest_sheets({"ผล | 2566": pd.DataFrame(grid, dtype=object)}, "ผล.xlsx", IngestReport(file="ผล.xlsx"))
    english = result.report.assumption_lines("en")
    assert english and all("ชีต" not in line for line in english)
    assert any("sheet 'ผล | 2566'" in line for line in english)


def test_reports_saved_before_the_catalogue_still_read():
    old = {"file": "x.csv", "kind": "ita", "layout": "wide", "sheets": ["ผล | 2566"], "rows_read": 3, "rows_kept": 2,
           "ok": False,
           "assumptions": ["ชีต 'ผล | 2566': หัวตารางอยู่แถว 1 | sheet 'ผล | 2566': header in row 1",
                           "อ่านไฟล์เป็น CSV | read the file as CSV", "only one language"],
           "problems": [{"severity": "error", "code": "bad_year", "message_th": "อ่านปีไม่ได้",
                         "message_en": "cannot read the year", "fix_th": "ใส่ปี", "fix_en": "enter the year",
                         "file": "x.csv", "sheet": "ผล | 2566", "row": 4, "column": "ปี (B)"},
                        {"severity": "info", "code": "row_dropped", "message_th": "ไม่ใช้แถว", "message_en": "row not used",
                         "fix_th": "", "fix_en": "", "file": "x.csv", "sheet": None, "row": 5, "column": None}]}
    report = IngestReport.from_dict(old)
    assert report.assumption_lines("th") == ["ชีต 'ผล | 2566': หัวตารางอยู่แถว 1", "อ่านไฟล์เป็น CSV", "only one language"]
    assert report.assumption_lines("en") == ["sheet 'ผล | 2566': header in row 1", "read the file as CSV",
                                             "only one language"]
    first, second = report.problems
    assert (first.code, first.row, first.message("th"), first.fix_text("en")) == ("bad_year", 4, "อ่านปีไม่ได้",
                                                                                 "enter the year")
    assert first.text("en") == "x.csv, sheet ผล | 2566, row 4, column ปี (B): cannot read the year — fix: enter the year"
    assert second.fix_text("th") == "" and second.text("th") == "x.csv, แถว 5: ไม่ใช้แถว"
    assert not report.ok
    assert IngestReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report     # saved again, new shape


def test_framework_error_names_file_and_field_in_both_languages():
    err = FrameworkError("fy2566.toml", "indicators.weight", "fw.weights_total", total=90.0)
    assert err.message("th") == "น้ำหนักรวมเป็น 90 ต้องเท่ากับ 100"
    assert err.text("en") == "fy2566.toml: indicators.weight: weights add to 90; they must add to 100"
    assert str(err) == "fy2566.toml: indicators.weight: น้ำหนักรวมเป็น 90 ต้องเท่ากับ 100 / weights add to 90; they must add to 100"


def test_an_unexpected_failure_is_logged_with_its_traceback(monkeypatch, caplog):
    def broken(data, file_name):
        raise RuntimeError("reader bug")

    class NoDatasets:
        def find_by_sha256(self, digest):
            return None

    class NoStore:
        datasets = NoDatasets()

    monkeypatch.setattr("analysis.ita.ingest.ingest_bytes", broken)
    with caplog.at_level(logging.ERROR, logger="analysis"):
        outcome = workspace.ingest_and_store(NoStore(), b"x", "x.csv")
    assert outcome.status == "failed" and "RuntimeError" in outcome.report.errors[0].message("en")
    [record] = [r for r in caplog.records if r.name == "analysis.store.workspace"]
    assert record.exc_info and record.exc_info[0] is RuntimeError


def test_report_lines_are_logged_not_printed(caplog, capsys):
    with caplog.at_level(logging.DEBUG, logger="analysis"):
        report = IngestReport(file="x.csv")
        report.assume("files.read_as", kind="CSV")
        report.add(PROBLEM)
    assert any("read the file as CSV" in r.getMessage() for r in caplog.records)
    assert any(r.levelno == logging.INFO and "score 120 is outside" in r.getMessage() for r in caplog.records)
    assert capsys.readouterr() == ("", "")


def test_a_workspace_saved_before_the_catalogue_shows_its_reports(tmp_path):
    import sqlalchemy as sa

    from analysis.store import Store
    from analysis.store.tables import datasets as datasets_table

    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    result = ingest_sheets({"2566": pd.DataFrame([["หน่วยงาน", "คะแนนรวม"], ["สำนักงานเขตบางรัก", 91.2]], dtype=object)},
                           "old.xlsx", IngestReport(file="old.xlsx"))
    store.datasets.save(result, "old.xlsx", "0" * 64)
    old = {"file": "old.xlsx", "kind": "ita", "layout": "wide", "sheets": ["2566"], "rows_read": 1, "rows_kept": 1,
           "ok": True, "assumptions": ["ชีต '2566': ปีงบประมาณ 2566 จากชื่อชีต | sheet '2566': fiscal year 2566 taken "
                                       "from the sheet name"],
           "problems": [{"severity": "warning", "code": "no_framework", "message_th": "ไม่มีไฟล์กรอบ",
                         "message_en": "no framework file", "fix_th": "เพิ่มไฟล์", "fix_en": "add the file",
                         "file": "old.xlsx", "sheet": "2566", "row": 2, "column": None}]}
    with store.engine.begin() as conn:
        conn.execute(sa.update(datasets_table).values(report_json=json.dumps(old, ensure_ascii=False)))
    [info] = store.datasets.list_all()
    assert info.report.assumption_lines("en") == ["sheet '2566': fiscal year 2566 taken from the sheet name"]
    assert info.report.problems[0].text("th") == "old.xlsx, ชีต 2566, แถว 2: ไม่มีไฟล์กรอบ — วิธีแก้: เพิ่มไฟล์"
