"""Bounded reading: a workbook's used range is measured from its XML before any parser sees it.

A single cell reference such as r="XFD1048576" makes the workbook reader allocate the whole grid up to it
(tens of GB) and abort the process; a far column alone makes it crawl. The sheets' XML is streamed here
(in chunks, never whole) and every cell and row reference is read with a regular expression, so the
bounding box each sheet would allocate is known and refused when it is too large.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from analysis.common import settings

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384                       # XFD
_CHUNK = 1 << 20
# Cell and row references. Patterns start with a literal so the scan runs at C speed; a "c r=" inside inline
# text can only make the check stricter. Cells whose r is not their first attribute are read by _OTHER_CELL.
_COL = re.compile(rb'c r="([A-Za-z]{1,7})')
_ROW_IN_CELL = re.compile(rb'c r="[A-Za-z]{0,7}([0-9]{1,12})')
_ROW_REF = re.compile(rb'row r="([0-9]{1,12})')
_OTHER_CELL = re.compile(rb'<(?:\w+:)?c\s+(?!r=)[^>]*?\sr="([A-Za-z]{0,7})([0-9]{1,12})"')
_SHEET_NAME = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\sname="([^"]*)"[^>]*?\sr:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\sId="([^"]*)"[^>]*?\sTarget="([^"]*)"')
_REL_ALT = re.compile(rb'<Relationship\b[^>]*?\sTarget="([^"]*)"[^>]*?\sId="([^"]*)"')


def column_number(letters: bytes | str) -> int:
    """'A' → 1, 'XFD' → 16384 (any length: 'ZZZZZ' → 12356630)."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode("ascii").upper():
        n = n * 26 + (ord(ch) - 64)
    return n


@dataclass(frozen=True)
class SheetRange:
    """The bounding box of one sheet's cells as the reader would allocate it (1-based, inclusive)."""
    member: str
    name: str
    rows: int                 # max row referenced, or a bound above it when that is within the limits
    columns: int              # max column referenced
    cells: int                # rows × columns: the grid a reader builds from A1 to the farthest reference


def _max_rows(part: bytes, exact: bool) -> int:
    """The largest row a chunk references: from its row elements when no cell has a longer row number
    (then every cell row is below 10^digits, a bound that is enough unless the sheet is wide), else exactly."""
    refs = [] if exact else _ROW_REF.findall(part)
    if refs:
        top = max(map(int, refs))
        longer = re.search(b'c r="[A-Za-z]{0,7}[0-9]{%d}' % (len(str(top)) + 1), part)
        if longer is None:
            return 10 ** len(str(top)) - 1 if len(str(top)) > 1 else 9
    cells = _ROW_IN_CELL.findall(part)
    return max(map(int, cells), default=0)


def _scan(zf: zipfile.ZipFile, member: str, exact: bool = False) -> tuple[int, int]:
    """(rows, columns) a sheet's XML references, streamed in chunks: the column exact, the rows exact or bounded."""
    max_row = 0
    letters: set[bytes] = set()
    tail = b""
    with zf.open(member) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            buf = tail + chunk
            cut = buf.rfind(b"<")              # keep a possibly cut tag for the next round
            cut = len(buf) if cut < 0 or len(buf) - cut > 4096 else cut
            part, tail = buf[:cut], buf[cut:]
            letters.update(_COL.findall(part))
            max_row = max(max_row, _max_rows(part, exact))
            if part.count(b"c ") != part.count(b'c r="'):      # some cell has another attribute before r
                for col, row in _OTHER_CELL.findall(part):
                    letters.add(col)
                    max_row = max(max_row, int(row))
    max_col = max((column_number(c) for c in letters if c), default=0)
    return max_row, max_col


def _sheet_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet member path → the sheet's name as the user sees it (best effort; the member name otherwise)."""
    try:
        book = zf.read("xl/workbook.xml")[:4 << 20]
        rels = zf.read("xl/_rels/workbook.xml.rels")[:4 << 20]
    except KeyError:
        return {}
    targets = {i: t for i, t in _REL.findall(rels)} | {i: t for t, i in _REL_ALT.findall(rels)}
    out = {}
    for name, rid in _SHEET_NAME.findall(book):
        target = targets.get(rid, b"").decode("utf-8", "replace").lstrip("/")
        member = target if target.startswith("xl/") else "xl/" + target
        out[member] = name.decode("utf-8", "replace").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return out


def xlsx_ranges(zf: zipfile.ZipFile) -> list[SheetRange]:
    """The used range of every worksheet of an .xlsx/.xlsm, from its cell and row references."""
    names = _sheet_names(zf)
    out = []
    for info in zf.infolist():
        member = info.filename
        if not (member.startswith("xl/worksheets/") and member.endswith(".xml")):
            continue
        name = names.get(member, member.rsplit("/", 1)[-1])
        rows, cols = _scan(zf, member)
        if too_large(SheetRange(member, name, rows, cols, rows * cols)):
            rows, cols = _scan(zf, member, exact=True)       # the rows were a bound: say the real size
        out.append(SheetRange(member, name, rows, cols, rows * cols))
    return out


def too_large(r: SheetRange) -> str | None:
    """Why a sheet is refused ('rows', 'columns' or 'cells'), or None when it is within the limits."""
    if r.rows > EXCEL_MAX_ROWS:
        return "rows"
    if r.columns > EXCEL_MAX_COLUMNS:
        return "columns"
    if r.cells > max_cells():
        return "cells"
    return None


def max_cells() -> int:
    """ITA_MAX_CELLS: the largest used range (rows × columns) of one sheet that is read."""
    return int(settings.get("ITA_MAX_CELLS"))
