"""Regenerate the hostile fixtures: tiny workbooks (tests/data/hostile_*.xlsx) whose cell references would make a
workbook reader allocate a huge grid, and the complaint CSVs that broke the CSV reader. Run: .venv/bin/python tests/data/make_fixtures_hostile.py"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
CASES = {"hostile_far_cell.xlsx": "XFD1048576", "hostile_huge_row.xlsx": "C99999999", "hostile_far_column.xlsx": "ZZZZZ2",
         "hostile_wide.xlsx": "ZZZ2"}


def base() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ผล 2566"
    ws.append(["หน่วยงาน", "ปีงบประมาณ", "IIT", "EIT", "OIT"])
    ws.append(["สำนักงานเขตพระนคร", 2566, 90, 90, 90])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_cell(src: bytes, ref: str) -> bytes:
    row = ref[len(ref.rstrip("0123456789")):]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", f'<row r="{row}"><c r="{ref}"><v>1</v></c></row></sheetData>'.encode())
            zout.writestr(name, data)
    return out.getvalue()


def complaint_csvs() -> dict[str, bytes]:
    """Complaint registers that broke the CSV reader: 10,006 columns (88 s of personal-data checks), a cell of
    150,000 characters (over the csv module's field limit), rows longer than the header."""
    wide_head = "วันที่รับเรื่อง,ประเภท," + ",".join(f"คอลัมน์{i}" for i in range(10004))
    wide_row = "01/11/2566,ทุจริต," + ",".join("x" for _ in range(10004))
    return {
        "hostile_complaints_wide.csv": (wide_head + "\n" + (wide_row + "\n") * 3).encode(),
        "hostile_complaints_huge_field.csv": ("วันที่รับเรื่อง,ประเภท,รายละเอียด\n01/11/2566,ทุจริต," + "x" * 150_000
                                              + "\n02/11/2566,ร้องเรียนทั่วไป,สั้น\n").encode(),
        "hostile_complaints_ragged.csv": ("วันที่รับเรื่อง,ประเภท\n01/11/2566,ทุจริต,เกิน,อีก\n"
                                          "02/11/2566,ร้องเรียนทั่วไป\n03/11/2566\n").encode(),
    }


if __name__ == "__main__":
    for name, data in complaint_csvs().items():
        (HERE / name).write_bytes(data)
        print(name, len(data))
    src = base()
    for name, ref in CASES.items():
        (HERE / name).write_bytes(with_cell(src, ref))
        print(name, ref)
