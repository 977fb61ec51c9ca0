"""Tests for analysis/files/readers.py and analysis/files/guards.py: every fixture read or refused with a bilingual fix."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.common.report import IngestError, IngestReport
from analysis.files import guards
from analysis.files.readers import read_sheets

DATA = Path(__file__).parent / "data"
THAI = re.compile(r"[\u0E00-\u0E7F]")
UNIT_1, UNIT_2 = "สำนักงานเขตพระนคร", "สำนักงานเขตดุสิต"
BASIC = ["ผลการประเมิน", "หมายเหตุ"]


@pytest.fixture(autouse=True)
def default_limits(monkeypatch):
    """The documented defaults, whatever the machine's environment says."""
    monkeypatch.delenv("ITA_MAX_UPLOAD_MB", raising=False)
    monkeypatch.delenv("ITA_MAX_UNCOMPRESSED_MB", raising=False)


def read(name: str, data: bytes | None = None) -> tuple[dict, IngestReport]:
    report = IngestReport(name)
    data = (DATA / name).read_bytes() if data is None else data
    return read_sheets(data, name, report), report


def refused(name: str, data: bytes | None = None) -> IngestReport:
    with pytest.raises(IngestError) as caught:
        read(name, data)
    return caught.value.report


# fixture, sheets read, cells expected as (sheet, row, column, value), words expected in the English assumptions
READ_CASES = [
    ("read_utf8.csv", ["read_utf8"], [("read_utf8", 0, 0, "หน่วยงาน"), ("read_utf8", 1, 0, UNIT_1),
                                      ("read_utf8", 2, 4, "100")], ["UTF-8", "comma"]),
    ("read_utf8_bom.csv", ["read_utf8_bom"], [("read_utf8_bom", 0, 0, "หน่วยงาน")], ["UTF-8 with BOM", "comma"]),
    ("read_cp874.csv", ["read_cp874"], [("read_cp874", 0, 2, "ตัวชี้วัดที่ 1"), ("read_cp874", 2, 0, UNIT_2)],
     ["cp874", "comma"]),
    ("read_semicolon.csv", ["read_semicolon"], [("read_semicolon", 1, 2, "1,092.5"), ("read_semicolon", 1, 1, "2566")],
     ["semicolon"]),
    ("read_tab.tsv", ["read_tab"], [("read_tab", 1, 3, "88"), ("read_tab", 2, 0, UNIT_2)], ["tab"]),
    ("read_utf16.txt", ["read_utf16"], [("read_utf16", 0, 0, "หน่วยงาน"), ("read_utf16", 2, 2, "85")], ["UTF-16", "tab"]),
    ("read_sep_hint.csv", ["read_sep_hint"], [("read_sep_hint", 0, 0, "หน่วยงาน")], ["semicolon"]),
    ("read_ragged.csv", ["read_ragged"], [("read_ragged", 0, 0, "รายงานผล ITA ปี 2566"), ("read_ragged", 1, 0, None),
                                          ("read_ragged", 2, 6, None), ("read_ragged", 4, 6, "หมายเหตุ"),
                                          ("read_ragged", 4, 5, None)], ["UTF-8"]),
    ("read_basic.xlsx", BASIC, [("ผลการประเมิน", 0, 0, "หน่วยงาน"), ("ผลการประเมิน", 1, 2, 92.5),
                                ("ผลการประเมิน", 2, 0, UNIT_2), ("หมายเหตุ", 0, 0, "ข้อมูลตัวอย่างสำหรับทดสอบ")],
     ["Excel (.xlsx)"]),
    ("read_basic.xls", BASIC, [("ผลการประเมิน", 1, 1, 2566), ("ผลการประเมิน", 2, 4, 100)], ["(.xls)"]),
    ("read_basic.ods", BASIC, [("ผลการประเมิน", 1, 4, 79.25), ("ผลการประเมิน", 2, 0, UNIT_2)], ["(.ods)"]),
    ("read_offset.xlsx", ["ITA 2566"], [("ITA 2566", 0, 0, "รายงานผลการประเมิน ITA ปีงบประมาณ 2566"),
                                        ("ITA 2566", 0, 1, None), ("ITA 2566", 2, 1, "หน่วยงาน"),
                                        ("ITA 2566", 3, 1, UNIT_1)], ["Excel (.xlsx)"]),
    ("read_hidden.xlsx", ["ผลการประเมิน", "ซ่อน"], [("ซ่อน", 0, 1, 0)],
     ["hidden sheets (read as well): ซ่อน", "skipped empty sheets: ว่าง"]),
    ("read_misnamed.csv", BASIC, [("ผลการประเมิน", 1, 0, UNIT_1)], ["ends in .csv", "Excel (.xlsx); read by content"]),
    ("read_textnamed.xlsx", ["read_textnamed"], [("read_textnamed", 1, 0, UNIT_1)], ["ends in .xlsx", "CSV; read by content"]),
]


@pytest.mark.parametrize("name, sheets, cells, assumed", READ_CASES, ids=[c[0] for c in READ_CASES])
def test_reads_every_format_as_raw_grids(name, sheets, cells, assumed):
    frames, report = read(name)
    assert list(frames) == sheets and report.sheets == sheets
    assert report.ok
    for frame in frames.values():
        assert all(str(dtype) == "object" for dtype in frame.dtypes)
        assert list(frame.columns) == list(range(frame.shape[1]))
    for sheet, row, column, value in cells:
        assert frames[sheet].iat[row, column] == value
    english = " / ".join(report.assumption_lines("en"))
    for words in assumed:
        assert words in english


def test_csv_cells_stay_text_and_blanks_become_none():
    frames, _ = read("read_ragged.csv")
    values = {type(v) for v in frames["read_ragged"].to_numpy().ravel()}
    assert values == {str, type(None)}
    assert frames["read_ragged"].shape == (5, 7)          # ragged rows padded to the widest


def test_extension_mismatch_is_an_info_not_an_error():
    _, report = read("read_misnamed.csv")
    assert [(p.severity, p.code) for p in report.problems] == [("info", "extension_mismatch")]


def test_merged_cells_and_hidden_sheets_are_marked_on_the_grid():
    frames, _ = read("read_offset.xlsx")
    assert frames["ITA 2566"].attrs["merged"] == [((0, 0), (0, 5))]
    frames, _ = read("read_hidden.xlsx")
    assert frames["ซ่อน"].attrs.get("hidden") is True and "hidden" not in frames["ผลการประเมิน"].attrs


# fixture, error code, words the Thai and English message or fix must contain
ERROR_CASES = [
    ("guard_empty.csv", "file_empty", ["ว่างเปล่า"], ["empty"]),
    ("guard_blank.csv", "no_data", ["ไม่พบข้อมูล"], ["no data"]),
    ("guard_nodata.xlsx", "no_data", ["ไม่พบข้อมูล"], ["no data"]),
    ("guard_notaspreadsheet.pdf", "format_unknown", ["PDF"], ["PDF", ".xlsx"]),
    ("guard_word.xlsx", "format_unknown", ["Word"], ["Word document"]),
    ("guard_html.xls", "format_unsupported", ["HTML", "บันทึกเป็น"], ["web page", "Save As"]),
    ("guard_binary.csv", "format_unknown", ["ชนิดไฟล์"], ["unknown file type"]),
    ("guard_encoding.csv", "csv_encoding", ["UTF-8"], ["CSV UTF-8"]),
    ("guard_corrupt.xlsx", "file_corrupt", ["ไฟล์เสียหายหรืออ่านไม่ได้"], ["damaged or cannot be read"]),
    ("guard_corrupt.xls", "file_corrupt", ["ไฟล์เสียหายหรืออ่านไม่ได้"], ["damaged or cannot be read", "OLE2"]),
    ("guard_zipbomb.xlsx", "zip_too_large", ["300 MB", "zip bomb"], ["300 MB", "ITA_MAX_UNCOMPRESSED_MB"]),
    ("guard_zipratio.xlsx", "zip_bomb", ["xl/worksheets/sheet1.xml"], ["compressed", "zip bomb"]),
    ("guard_xxe.xlsx", "xml_entities", ["xl/sharedStrings.xml", "ENTITY"], ["billion laughs"]),
    ("guard_xxe_workbook.xlsx", "xml_entities", ["xl/workbook.xml"], ["DOCTYPE"]),
    ("guard_password.xlsx", "file_encrypted", ["ไฟล์มีรหัสผ่าน", "บันทึกเป็นไฟล์ใหม่โดยไม่ใส่รหัสผ่าน"],
     ["password-protected", "save a copy without a password"]),
    ("guard_password.xls", "file_encrypted", ["ไฟล์มีรหัสผ่าน"], ["password-protected"]),
    ("guard_password.ods", "file_encrypted", ["ไฟล์มีรหัสผ่าน"], ["password-protected"]),
]


@pytest.mark.parametrize("name, code, thai, english", ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_refused_files_get_one_bilingual_error_naming_the_file(name, code, thai, english):
    report = refused(name)
    assert [p.code for p in report.errors] == [code]
    problem = report.errors[0]
    assert problem.file == name and name in problem.text("th") and name in problem.text("en")
    assert THAI.search(problem.message("th")) and THAI.search(problem.fix_text("th"))
    assert problem.message("en") and problem.fix_text("en") and not THAI.search(problem.fix_text("en"))
    for words in thai:
        assert words in problem.message("th") + problem.fix_text("th")
    for words in english:
        assert words in problem.message("en") + problem.fix_text("en")
    assert report.sheets == []


@pytest.mark.parametrize("size, refused_", [(1024 * 1024, False), (1024 * 1024 + 1, True)])
def test_size_cap_comes_from_the_setting(monkeypatch, size, refused_):
    monkeypatch.setenv("ITA_MAX_UPLOAD_MB", "1")
    line = "สำนักงานเขตพระนคร,2566\n".encode()
    data = (line * (size // len(line) + 1))[:size - 1] + b"\n"
    if refused_:
        problem = refused("big.csv", data).errors[0]
        assert problem.code == "file_too_large" and "1 MB" in problem.message("en") and "ITA_MAX_UPLOAD_MB" in problem.fix_text("en")
    else:
        frames, _ = read("big.csv", data)
        assert frames["big"].iat[0, 0] == UNIT_1


def test_uncompressed_cap_comes_from_the_setting(monkeypatch):
    monkeypatch.setenv("ITA_MAX_UNCOMPRESSED_MB", "0")
    assert refused("read_basic.xlsx").errors[0].code == "zip_too_large"
    monkeypatch.setenv("ITA_MAX_UNCOMPRESSED_MB", "1")
    assert list(read("read_basic.xlsx")[0]) == BASIC


def test_too_many_zip_members_is_refused(monkeypatch):
    monkeypatch.setattr(guards, "MAX_ZIP_MEMBERS", 5)
    assert refused("read_basic.xlsx").errors[0].code == "zip_too_many_members"


@pytest.mark.parametrize("name, streams", [("guard_password.xlsx", {"EncryptionInfo", "EncryptedPackage"}),
                                           ("read_basic.xls", {"Workbook"})])
def test_ole2_directory_names(name, streams):
    assert streams <= guards.ole_stream_names((DATA / name).read_bytes())


@pytest.mark.parametrize("name", ["read_basic.xlsx", "read_basic.xls", "read_basic.ods", "read_cp874.csv",
                                  "guard_password.xlsx", "guard_password.xls"])
def test_damaged_copies_never_raise_anything_but_ingest_error(name):
    base = (DATA / name).read_bytes()
    rng = random.Random(name)
    codes = set()
    for i in range(40):
        data = bytearray(base)
        if i % 2:
            data = data[:rng.randrange(1, len(data))]
        else:
            for _ in range(rng.randint(1, 12)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read(name, bytes(data))
        except IngestError as exc:
            assert exc.report.errors and all(p.file == name for p in exc.report.errors)
            codes.add(exc.report.errors[0].code)
    assert codes <= {"file_corrupt", "file_encrypted", "format_unknown", "format_unsupported", "csv_encoding",
                     "zip_too_large", "zip_bomb", "xml_entities", "no_data"}


# --- the grid's trip out of the isolated worker --------------------------------------------------------------------

def test_a_grid_comes_back_from_the_worker_cell_for_cell():
    import datetime as dt
    import pickle

    from analysis.files import readers

    rows = [["หน่วยงาน", "ปี", "คะแนน", "วันที่", "ผ่าน"],
            ["สำนักงานเขตบางรัก", 2568.0, 91.25, dt.date(2025, 1, 2), True],
            ["", 2568.0, 0.0, dt.datetime(2025, 1, 3, 4, 5), False],
            ["สำนักการคลัง", 2568.0, 88.5, "", ""]]
    packed = pickle.loads(pickle.dumps(readers._by_column(rows)))       # as the worker's pipe carries it
    assert packed[0] == "columns" and packed[1] == 4
    cells = readers._cells(packed)
    assert cells.tolist() == rows
    assert [type(c) for c in cells[1]] == [str, float, float, dt.date, bool]     # Python values, not numpy ones
    numbers = readers._by_column([[1.0, "a"], [2.5, "b"]])[2]
    assert numbers[0].dtype == float and numbers[1] == ["a", "b"]        # a column of numbers travels as an array
    frame = readers._grid(cells)
    assert frame.iloc[2, 0] is None and frame.iloc[3, 4] is None          # blanks become None, as from rows


def test_a_ragged_or_empty_grid_travels_as_its_rows():
    from analysis.files import readers

    ragged = [["a", "b", "c"], ["d"]]
    assert readers._by_column(ragged) is ragged and readers._cells(ragged) is ragged
    assert readers._by_column([]) == []
