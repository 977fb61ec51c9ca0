"""Bounded reading (analysis/files/bounds.py): a tiny workbook whose cell reference would make the reader
allocate a huge grid is refused by name before it is parsed; normal workbooks are measured right."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from analysis.common.report import IngestError, IngestReport
from analysis.files import bounds
from analysis.files.readers import read_sheets
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
HOSTILE = {"hostile_far_cell.xlsx": (1_048_576, 16_384), "hostile_huge_row.xlsx": (99_999_999, 5),
           "hostile_far_column.xlsx": (2, 12_356_630), "hostile_wide.xlsx": (2, 18_278)}


@pytest.mark.parametrize(("letters", "number"), [("A", 1), ("Z", 26), ("AA", 27), ("ZZ", 702), ("XFD", 16_384),
                                                 ("xfd", 16_384), ("ZZZZZ", 12_356_630)])
def test_column_number(letters, number):
    assert bounds.column_number(letters) == number


@pytest.mark.parametrize(("name", "size"), HOSTILE.items())
def test_hostile_workbook_is_measured_and_refused_by_sheet_name(name, size):
    ranges = bounds.xlsx_ranges(zipfile.ZipFile(DATA / name))
    assert [(r.name, r.rows, r.columns) for r in ranges] == [("ผล 2566", *size)]
    with pytest.raises(IngestError) as err:
        read_sheets((DATA / name).read_bytes(), name, IngestReport(file=name))
    problem = err.value.report.errors[0]
    assert problem.code == "sheet_too_large"
    assert "ผล 2566" in problem.text("th") and "ผล 2566" in problem.text("en")
    assert f"{size[0]:,} × {size[1]:,}" in problem.text("en")


@pytest.mark.parametrize("name", HOSTILE)
def test_cli_gives_the_bilingual_message_and_exit_2_not_a_crash(name):
    run = run_cli("score", DATA / name)
    assert run.returncode == 2, run.stderr[-500:]
    assert "มีช่วงข้อมูลใหญ่เกินไป" in run.stderr and "too large a used range" in run.stderr
    assert "Traceback" not in run.stderr and "panicked" not in run.stderr


def test_a_real_workbook_is_within_the_limits():
    sample = ROOT / "data" / "samples" / "demo_departments_2565-2568_wide.xlsx"
    (r,) = bounds.xlsx_ranges(zipfile.ZipFile(sample))
    assert r.columns == 18 and 89 <= r.rows <= 99 and bounds.too_large(r) is None


def test_the_limit_is_a_setting(monkeypatch):
    sample = (ROOT / "data" / "samples" / "demo_departments_2565-2568_wide.xlsx").read_bytes()
    monkeypatch.setenv("ITA_MAX_CELLS", "500")
    with pytest.raises(IngestError) as err:
        read_sheets(sample, "wide.xlsx", IngestReport(file="wide.xlsx"))
    assert err.value.report.errors[0].code == "sheet_too_large"
    monkeypatch.setenv("ITA_MAX_CELLS", "2000000")
    assert read_sheets(sample, "wide.xlsx", IngestReport(file="wide.xlsx"))


def test_a_cell_whose_r_is_not_the_first_attribute_is_measured_too():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'
                   '<c t="n" r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')
    (r,) = bounds.xlsx_ranges(zipfile.ZipFile(buf))
    assert (r.rows, r.columns) == (1_048_576, 16_384)
    assert bounds.too_large(r) == "cells"


def test_a_reader_crash_is_contained_in_the_worker(monkeypatch):
    """With the used-range check set out of the way, the far cell makes the reader exhaust the worker's memory:
    the worker dies, this process lives and the user gets a message."""
    monkeypatch.setenv("ITA_MAX_CELLS", str(10**12))
    monkeypatch.setenv("ITA_PARSE_MEMORY_MB", "1024")
    monkeypatch.setattr(bounds, "EXCEL_MAX_ROWS", 10**9)
    monkeypatch.setattr(bounds, "EXCEL_MAX_COLUMNS", 10**9)
    name = "hostile_far_cell.xlsx"
    with pytest.raises(IngestError) as err:
        read_sheets((DATA / name).read_bytes(), name, IngestReport(file=name))
    problem = err.value.report.errors[0]
    assert problem.code == "file_unreadable"
    assert "nothing already saved has changed" in problem.text("en")


def test_a_read_past_the_time_limit_is_stopped(monkeypatch):
    monkeypatch.setenv("ITA_PARSE_SECONDS", "0.001")
    sample = (ROOT / "data" / "samples" / "demo_departments_2565-2568_wide.xlsx").read_bytes()
    with pytest.raises(IngestError) as err:
        read_sheets(sample, "wide.xlsx", IngestReport(file="wide.xlsx"))
    assert err.value.report.errors[0].code == "file_too_slow"


def test_the_parse_worker_does_not_run_the_apps_script(tmp_path, monkeypatch):
    """Streamlit runs the app script as __main__; a worker that re-ran it would execute the whole app (seconds,
    and the database) before every workbook it reads."""
    import types

    marker = tmp_path / "ran"
    script = tmp_path / "app_script.py"
    script.write_text(f"open({str(marker)!r}, 'w').close()\n")
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    name = "read_basic.xls"
    frames = read_sheets((DATA / name).read_bytes(), name, IngestReport(file=name))
    assert frames, "the workbook was read"
    assert not marker.exists(), "the worker executed the parent's __main__"
