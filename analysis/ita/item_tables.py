"""The tables of an OIT item-list file, as rows of cell texts: the sheets of a spreadsheet (through the upload
readers and their guards) or the top-level tables of a Word .docx (with the same zip and XML guards), bounded in
rows and columns; and what a cell says (an OIT code, a header's role, an indicator, a heading row). The items
themselves are read by item_list.py."""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from analysis.common.normalise import cell_text, norm_header, thai_digits
from analysis.common.report import IngestReport
from analysis.common.text import msg
from analysis.ita.framework import Framework
from analysis.ita.ingest import Context, letter

log = logging.getLogger(__name__)
SCAN_ROWS = 20          # the header row must be among a table's first rows
MAX_ROWS = 5_000        # rows read per table or sheet (an OIT list has a few dozen)
MAX_COLUMNS = 60        # columns read per table or sheet


@dataclass
class Grid:
    """One sheet or Word table as rows of cell texts (rows[0] is row 1)."""
    rows: list[list[str]]
    sheet: str | None = None       # spreadsheets
    table: int | None = None       # Word tables, 1-based

    def at(self):
        """The message clause that says which Word table ("" for a sheet: the Problem names the sheet)."""
        return msg("fwio.at_table", table=self.table) if self.table is not None else ""

    def place(self, row: int) -> dict:
        if self.table is not None:
            return msg("fwio.place_table_row", table=self.table, row=row)
        return msg("fwio.place_sheet_row", sheet=str(self.sheet), row=row)

    def column(self, c: int, header: str = "") -> str:
        if self.table is not None:
            return f"{header} ({c + 1})" if header else str(c + 1)
        return f"{header} ({letter(c)})" if header else letter(c)



def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except Exception:  # noqa: BLE001 — a damaged zip is the guards' to refuse
        return False


def guard_docx(data: bytes, report: IngestReport) -> None:
    """The upload guards for a .docx: size, zip members and unpacked size, compression ratio, DOCTYPE/ENTITY."""
    from analysis.common import settings
    from analysis.files.guards import (
        MAX_RATIO,
        MAX_ZIP_MEMBERS,
        MB,
        RATIO_MIN_BYTES,
        check_size,
        check_xml_parts,
        refuse,
        refuse_corrupt,
    )

    check_size(data, report)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 — BadZipFile, struct errors of a damaged directory
        log.warning("%s: the .docx could not be opened", report.file, exc_info=exc)
        refuse_corrupt(report, f"zip: {exc}")
    too_big = sum(i.file_size for i in infos) > settings.get_int("ITA_MAX_UNCOMPRESSED_MB") * MB
    bomb = any(i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
    if len(infos) > MAX_ZIP_MEMBERS or too_big or bomb:
        refuse(report, "file_corrupt", "files.corrupt", "files.corrupt_fix", why=msg("fwio.zip_too_large"))
    check_xml_parts(zf, infos, report)


def _table_rows(tbl) -> list[list[str]]:
    """A Word table's rows as cell texts on the layout grid, read from its XML in one pass: a cell spanning columns
    gives its text once (then blanks), a cell merged down repeats the text of the cell it continues (as python-docx's
    row.cells would, without walking up the table for every cell)."""
    rows: list[list[str]] = []
    above: list[str] = []
    for tr in tbl.tr_lst[:MAX_ROWS + 1]:
        cells = [""] * min(int(tr.grid_before or 0), MAX_COLUMNS)
        for tc in tr.tc_lst:
            if len(cells) >= MAX_COLUMNS:
                break
            col, span = len(cells), max(1, int(tc.grid_span or 1))
            if tc.vMerge == "continue":
                text = above[col] if col < len(above) else ""
            else:
                text = "\n".join(p.text for p in tc.p_lst)
            cells += [text] + [""] * min(span - 1, MAX_COLUMNS)
        rows.append(cells[:MAX_COLUMNS])
        above = rows[-1]
    return rows


def docx_grids(data: bytes, report: IngestReport) -> list[Grid]:
    """Every table of the document (top level, in order) as a grid."""
    from docx import Document  # python-docx; its lxml parser does not resolve entities (and the guard refused them)

    from analysis.files.guards import refuse_corrupt

    try:
        document = Document(io.BytesIO(data))
        return [Grid(_table_rows(table._tbl), table=n) for n, table in enumerate(document.tables, 1)]
    except Exception as exc:  # noqa: BLE001 — damaged parts, bad spans, missing relationships
        refuse_corrupt(report, exc)


def sheet_grids(data: bytes, file_name: str, report: IngestReport) -> list[Grid]:
    from analysis.files.readers import read_sheets

    sheets = read_sheets(data, file_name, report)
    order = sorted(sheets, key=lambda s: bool(sheets[s].attrs.get("hidden")))      # visible sheets first
    return [Grid([[cell_text(v) for v in row]
                   for row in sheets[s].iloc[:MAX_ROWS + 1, :MAX_COLUMNS].itertuples(index=False)], sheet=str(s))
            for s in order]


def refuse_other(data: bytes, file_name: str, report: IngestReport) -> None:
    """Refuse, with a fix that fits an item list, the documents users are likely to try: the manual as a PDF, and
    an old Word .doc (the spreadsheet guards would call them "not a spreadsheet")."""
    from analysis.files.guards import check_size, ole_stream_names, refuse

    check_size(data, report)
    if Path(file_name).suffix.lower() in (".docx", ".docm", ".dotx") and not data.startswith(b"PK"):
        refuse(report, "file_corrupt", "files.corrupt", "files.corrupt_fix", why="not a .docx (zip) package")
    if data.startswith(b"%PDF"):
        refuse(report, "format_unsupported", "fwio.pdf", "fwio.pdf_fix")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        try:
            word = "WordDocument" in ole_stream_names(data)
        except Exception:  # noqa: BLE001 — a damaged container is the spreadsheet guards' to refuse
            word = False
        if word:
            refuse(report, "format_unsupported", "fwio.old_doc", "fwio.old_doc_fix")


def truncate(grid: Grid, ctx: Context) -> None:
    if len(grid.rows) > MAX_ROWS:
        del grid.rows[MAX_ROWS:]
        ctx.add("warning", "item_list_truncated", "fwio.truncated", "fwio.truncated_fix",
                {"at": grid.at(), "limit": MAX_ROWS}, grid.sheet, None, None)


# ------------------------------------------------------------------------------------------ cells
_CODE = re.compile(r"(?:ข้อ\s*(?:ที่\s*)?)?o\s*[.\-]?\s*0*(\d{1,3})(?!\d|\s*\.\s*\d)\s*[.:)\-–]?\s*(.*)", re.S)
SUB = re.compile(r"(\d{1,2})\s*\.\s*(\d{1,2})")
_NUMBER = re.compile(r"\d{1,3}")
_SECTION = re.compile(r"(ตัวชี้วัด|sub\s*-?\s*indicator|indicator)\s*(ย่อย)?\s*(ที่)?\s*(\d{1,2}(?:\s*\.\s*\d{1,2})?)",
                      re.I)
_HEADS = {
    "code": {"ข้อ", "ข้อที่", "รหัส", "รหัสข้อ", "รหัสรายการ", "code", "item code", "item", "items"},
    "name": {"ชื่อ", "ชื่อข้อ", "ชื่อรายการ", "ชื่อข้อมูล", "รายการ", "รายการข้อมูล", "ข้อมูล", "ประเด็น", "ประเด็นการตรวจ",
             "ประเด็นการประเมิน", "หัวข้อ", "name", "item name", "title", "name th", "ชื่อภาษาไทย"},
    "sub": {"ตัวชี้วัดย่อย", "ตัวชี้วัดย่อยที่", "sub indicator", "subindicator", "sub"},
    "indicator": {"ตัวชี้วัด", "ตัวชี้วัดที่", "indicator", "ind"},
}


def clean(text: str) -> str:
    """A cell's text on one line: spaces (and line breaks of a Word cell) collapsed, zero-width marks removed."""
    text = unicodedata.normalize("NFC", text).translate({0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None})
    return " ".join(text.split())


def code_of(text: str) -> tuple[str, str] | None:
    """(code, text after it) of a code cell — 'O1', 'o 12', 'ข้อ O3', 'O๑๒', 'O1 โครงสร้าง' → ('O1', 'โครงสร้าง');
    None when the cell is not an OIT code."""
    text_ = clean(text)
    plain = thai_digits(text_)                  # digit for digit, so positions match the cell's own text
    low = plain.lower()
    m = _CODE.fullmatch(low) if len(low) == len(plain) else None
    rest_of = text_
    if m is None:                               # full-width letters and digits (Ｏ１)
        rest_of = unicodedata.normalize("NFKC", text_)
        m = _CODE.fullmatch(thai_digits(rest_of).lower())
    if not m or int(m.group(1)) == 0:
        return None
    return f"O{int(m.group(1))}", rest_of[m.start(2):].strip() if m.group(2) else ""


def _role(text: str) -> str | None:
    h = norm_header(text)
    if not h or len(h) > 40:
        return None
    for role in ("sub", "indicator", "code", "name"):
        if h in _HEADS[role]:
            return role
    if h.startswith(("ชื่อ", "ประเด็น")):
        return "name"
    if h.startswith("รหัส"):
        return "code"
    return None


def header_roles(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, cell in enumerate(cells):
        role = _role(cell)
        if role and role not in found:
            found[role] = c
    return found


def find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """(row index, {role: column}) of the first row naming a code and a name column, with a code below it."""
    for r in range(min(SCAN_ROWS, len(grid.rows))):
        roles = header_roles(grid.rows[r])
        if "code" in roles and "name" in roles:
            c = roles["code"]
            if any(c < len(row) and code_of(row[c]) for row in grid.rows[r + 1:]):
                return r, roles
    return None


def guess_columns(grid: Grid, fw: Framework | None) -> dict[str, int] | None:
    """{role: column} of a table without a header: the column holding the most codes, the names in the next column
    to its right with text, and indicator / sub-indicator columns when every value in them reads as one."""
    width = max((len(r) for r in grid.rows), default=0)
    hits = [sum(1 for row in grid.rows if c < len(row) and code_of(row[c])) for c in range(width)]
    if not hits or max(hits) == 0:
        return None
    code_col = hits.index(max(hits))
    coded = [row for row in grid.rows if code_col < len(row) and code_of(row[code_col])]
    cols = {"code": code_col}
    for c in range(code_col + 1, width):
        texts = [clean(row[c]) for row in coded if c < len(row)]
        if sum(1 for x in texts if x and not code_of(x)) * 2 >= len(coded):
            cols["name"] = c
            break
    oit = {i.number for i in fw.indicators if i.tool == "OIT"} if fw else set()
    for c in range(width):
        if c in cols.values():
            continue
        values = [clean(row[c]) for row in coded if c < len(row) and clean(row[c])]
        if not values:
            continue
        if "sub" not in cols and all(SUB.fullmatch(thai_digits(v)) for v in values):
            cols["sub"] = c
        elif "indicator" not in cols and all(_SECTION.match(thai_digits(v)) or (thai_digits(v).isdecimal()
                                                                               and int(thai_digits(v)) in oit)
                                             for v in values):
            cols["indicator"] = c
    return cols


def section(cells: list[str]) -> tuple[int, str] | None:
    """(indicator, sub-indicator or "") of a heading row such as "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" or
    "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน" (the first cell with text), else None."""
    first = next((clean(c) for c in cells if clean(c)), "")
    m = _SECTION.match(thai_digits(first))
    if not m:
        m = re.match(r"(\d{1,2}\s*\.\s*\d{1,2})\s+\S", thai_digits(first))   # "9.1 ข้อมูลพื้นฐาน"
        if not m:
            return None
        number, is_sub = m.group(1), True
    else:
        number, is_sub = m.group(4), bool(m.group(2)) or "sub" in m.group(1).lower() or "." in m.group(4)
    sub = SUB.fullmatch(number.strip())
    if sub:
        return int(sub.group(1)), f"{int(sub.group(1))}.{int(sub.group(2))}"
    return (int(number), "") if not is_sub else None


def indicator_value(text: str, fw: Framework | None) -> tuple[int | None, str]:
    """(indicator, sub-indicator) of an indicator cell — 9, "๙", "ตัวชี้วัดที่ 10", "9.1", or an indicator's name in
    the framework — or (None, "") when it cannot be read."""
    plain = thai_digits(clean(text))
    sub = SUB.search(plain)
    if sub:
        return int(sub.group(1)), f"{int(sub.group(1))}.{int(sub.group(2))}"
    n = _NUMBER.search(plain)
    if n:
        return int(n.group(0)), ""
    if fw is not None:
        h = norm_header(text)
        for i in fw.indicators:
            if i.tool == "OIT" and h in {norm_header(x) for x in (i.name_th, i.name_en, *i.aliases) if x}:
                return i.number, ""
    return None, ""


def sub_value(text: str) -> str:
    plain = thai_digits(clean(text))
    sub = SUB.search(plain)
    return f"{int(sub.group(1))}.{int(sub.group(2))}" if sub else clean(text)
