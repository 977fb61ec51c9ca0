"""Regenerates the read_*/guard_* fixtures of tests/test_readers.py (they are committed frozen; this documents them).

Run from the repository root: .venv/bin/python tests/data/make_fixtures_readers.py
Needs LibreOffice (soffice) for the .xls/.ods files, and Debian's python3-uno (/usr/bin/python3) for the
password-protected ones. LibreOffice output is not byte-for-byte reproducible; the rest is.
"""
from __future__ import annotations

import io
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
HEADER = ["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 3"]
ROWS = [["สำนักงานเขตพระนคร", 2566, 92.5, 88, 79.25],
        ["สำนักงานเขตดุสิต", 2566, 85, 90.1, 100]]
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def csv_text(sep: str = ",") -> str:
    lines = [sep.join(HEADER)] + [sep.join(str(v) for v in row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


def xlsx_bytes(sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def offset_xlsx() -> bytes:
    """A merged title row A1:F1, a blank row, then the table from B3 (grid positions must match Excel's)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ITA 2566"
    ws["A1"] = "รายงานผลการประเมิน ITA ปีงบประมาณ 2566"
    ws.merge_cells("A1:F1")
    for r, row in enumerate([HEADER, *ROWS], start=3):
        for c, value in enumerate(row, start=2):
            ws.cell(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """The same zip with fixed timestamps (reproducible), members optionally replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = [i.filename for i in src.infolist()]
        for name in names + [n for n in (replace or {}) if n not in names]:
            body = (replace or {}).get(name) or src.read(name)
            dst.writestr(zipfile.ZipInfo(name, FIXED_TIME), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def declare_size(data: bytes, member: str, size: int) -> bytes:
    """Patch a member's declared uncompressed size in its local header and the central directory."""
    raw = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    struct.pack_into("<I", raw, info.header_offset + 22, size)
    name = member.encode()
    pos = raw.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", raw, pos + 28)[0]
        if bytes(raw[pos + 46:pos + 46 + n]) == name:
            struct.pack_into("<I", raw, pos + 24, size)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    return bytes(raw)


def soffice_convert(src: Path, fmt: str, dst: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", fmt, "--outdir", tmp, str(src)], check=True, capture_output=True)
        shutil.move(Path(tmp) / (src.stem + "." + fmt.split(":")[0]), dst)


UNO_SAVE_WITH_PASSWORD = r'''
import os, subprocess, sys, time, uno
from com.sun.star.beans import NamedValue, PropertyValue
src, dst, filt, port, profile = sys.argv[1:6]
def pv(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "-env:UserInstallation=file://" + profile,
                           "--accept=socket,host=127.0.0.1,port=%s;urp;" % port],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % port); break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
    props = [pv("FilterName", filt), pv("Password", "secret")]
    if "2007" in filt:   # OOXML needs the password as EncryptionData too (Standard = Office 2007 encryption)
        ooxml = uno.Any("[]com.sun.star.beans.NamedValue", (NamedValue("OOXPassword", "secret"), NamedValue("CryptoType", "Standard")))
        props.append(PropertyValue("EncryptionData", 0, ooxml, 0))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), uno.Any("[]com.sun.star.beans.PropertyValue", tuple(props))))
    doc.close(True)
finally:
    office.kill(); office.wait()
'''


def save_with_password(src: Path, dst: Path, filter_name: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["/usr/bin/python3", "-c", UNO_SAVE_WITH_PASSWORD, str(src), str(dst), filter_name,
                        str(port), f"{tmp}/profile"], check=True, timeout=300)


def billion_laughs() -> bytes:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                      for i in range(1, 10)]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [' + "".join(ents) + ']>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            '<si><t>&lol9;</t></si></sst>').encode()


def tiny_pdf() -> bytes:
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def tiny_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", FIXED_TIME),
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(zipfile.ZipInfo("word/document.xml", FIXED_TIME),
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>รายงานผล ITA</w:t></w:r></w:p></w:body></w:document>')
    return out.getvalue()


def main() -> None:
    os.chdir(HERE)
    basic = {"ผลการประเมิน": [HEADER, *ROWS], "หมายเหตุ": [["ข้อมูลตัวอย่างสำหรับทดสอบ"]]}
    files: dict[str, bytes] = {
        "read_utf8.csv": csv_text().encode("utf-8"),
        "read_utf8_bom.csv": b"\xef\xbb\xbf" + csv_text().encode("utf-8"),
        "read_cp874.csv": csv_text().encode("cp874"),
        "read_semicolon.csv": csv_text(";").replace("92.5", "1,092.5").encode("utf-8"),
        "read_tab.tsv": csv_text("\t").encode("utf-8"),
        "read_utf16.txt": csv_text("\t").encode("utf-16"),   # Excel's "Unicode Text": UTF-16 with BOM, tabs
        "read_sep_hint.csv": ("sep=;\r\n" + csv_text(";")).encode("utf-8"),
        "read_ragged.csv": "รายงานผล ITA ปี 2566\r\n\r\n".encode() + csv_text().replace("100\r\n", "100,,หมายเหตุ\r\n").encode(),
        "read_basic.xlsx": xlsx_bytes(basic),
        "read_hidden.xlsx": xlsx_bytes({"ผลการประเมิน": [HEADER, *ROWS], "ซ่อน": [["ลับ", 0]], "ว่าง": []},
                                       hidden=("ซ่อน",)),
        "read_offset.xlsx": offset_xlsx(),
        "read_misnamed.csv": xlsx_bytes(basic),
        "read_textnamed.xlsx": csv_text().encode("utf-8"),
        "guard_empty.csv": b"",
        "guard_blank.csv": b",,,\r\n, ,\r\n\r\n,,,\r\n",
        "guard_binary.csv": bytes(range(256)) * 4,
        "guard_encoding.csv": csv_text().encode("cp874") + b"\xff\xfe\xfd\r\n",
        "guard_nodata.xlsx": xlsx_bytes({"Sheet1": [], "Sheet2": []}),
        "guard_notaspreadsheet.pdf": tiny_pdf(),
        "guard_word.xlsx": tiny_docx(),
        "guard_html.xls": ('<html><head><meta charset="utf-8"></head><body><table><tr><td>หน่วยงาน</td>'
                           '<td>ปีงบประมาณ</td></tr><tr><td>สำนักงานเขตพระนคร</td><td>2566</td></tr></table>'
                           '</body></html>').encode(),
    }
    base = files["read_basic.xlsx"]
    files["guard_corrupt.xlsx"] = base[: len(base) // 2]
    # declares ~3.9 GB for the sheet while the file stays a few KB (the declared-size guard)
    files["guard_zipbomb.xlsx"] = declare_size(base, "xl/worksheets/sheet1.xml", 3_900_000_000)
    # a real 20 MB sheet (whitespace padding) deflated ~1000:1 to a few KB (the ratio guard)
    sheet = zipfile.ZipFile(io.BytesIO(base)).read("xl/worksheets/sheet1.xml")
    cut = sheet.index(b"</sheetData>")
    files["guard_zipratio.xlsx"] = rezip(base, {"xl/worksheets/sheet1.xml": sheet[:cut] + b" " * 20_000_000 + sheet[cut:]})
    # billion laughs in a shared-strings part that cell A2 uses; an external entity (classic XXE) in the workbook
    part = zipfile.ZipFile(io.BytesIO(base)).read
    first_unit = f'<c r="A2" t="inlineStr"><is><t>{ROWS[0][0]}</t></is></c>'.encode()
    assert first_unit in sheet
    files["guard_xxe.xlsx"] = rezip(base, {
        "xl/sharedStrings.xml": billion_laughs(),
        "xl/worksheets/sheet1.xml": sheet.replace(first_unit, b'<c r="A2" t="s"><v>0</v></c>'),
        "xl/_rels/workbook.xml.rels": part("xl/_rels/workbook.xml.rels").replace(b"</Relationships>", (
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            b'Target="sharedStrings.xml" Id="rId9" /></Relationships>')),
        "[Content_Types].xml": part("[Content_Types].xml").replace(b"</Types>", (
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sharedStrings+xml"/></Types>')),
    })
    files["guard_xxe_workbook.xlsx"] = rezip(base, {"xl/workbook.xml": part("xl/workbook.xml").replace(
        b"<workbook", b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<workbook', 1).replace(b"<bookViews>", b"<fileVersion appName='&xxe;'/><bookViews>", 1)})
    for name, body in files.items():
        (HERE / name).write_bytes(body)

    # LibreOffice conversions: .xls, .ods, truncated .xls, and password-protected copies
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "read_basic.xlsx"
        src.write_bytes(base)
        soffice_convert(src, "xls", HERE / "read_basic.xls")
        soffice_convert(src, "ods", HERE / "read_basic.ods")
        xls = (HERE / "read_basic.xls").read_bytes()
        (HERE / "guard_corrupt.xls").write_bytes(xls[: len(xls) // 2])
        save_with_password(src, HERE / "guard_password.xlsx", "Calc MS Excel 2007 XML")
        save_with_password(src, HERE / "guard_password.xls", "MS Excel 97")
        save_with_password(src, HERE / "guard_password.ods", "calc8")


if __name__ == "__main__":
    main()
