"""Regenerate the hostile workbook fixtures (tests/data/hostile_*.xlsx): tiny files whose cell references
would make a workbook reader allocate a huge grid. Run: .venv/bin/python tests/data/make_fixtures_hostile.py"""
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


if __name__ == "__main__":
    src = base()
    for name, ref in CASES.items():
        (HERE / name).write_bytes(with_cell(src, ref))
        print(name, ref)
