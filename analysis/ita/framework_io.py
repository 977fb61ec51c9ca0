"""Frameworks in and out of the app: the TOML text of a Framework (the shipped files' format), the copy for a new
year, and an OIT item list read from a table (.xlsx/.xls/.ods/.csv or .docx) as the NACC's manual prints it.

Pure core: no Streamlit. An item list goes through the same file guards as every upload; every row that cannot be
used is a Problem naming its sheet (or Word table), row and column, and is not taken.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, fields, replace
from pathlib import Path

import tomli_w

from analysis.common.normalise import cell_text, norm_header, thai_digits
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg, pair, seq, t
from analysis.ita.framework import Framework, OitItem, parse_framework
from analysis.ita.ingest import Context, letter

log = logging.getLogger(__name__)

__all__ = ["framework_to_dict", "framework_to_toml", "framework_from_previous", "check_framework", "toml_file_name",
           "read_item_list", "ITEM_LIST_KIND"]

ITEM_LIST_KIND = "oit_item_list"
SCAN_ROWS = 20          # the header row must be among a table's first rows
MAX_ROWS = 5_000        # rows read per table or sheet (an OIT list has a few dozen)
MAX_COLUMNS = 60        # columns read per table or sheet


# ------------------------------------------------------------------------------------------ TOML out
def _num(x: float) -> int | float:
    """A weight or edge as the shipped files write it: 30, not 30.0."""
    x = float(x)
    return int(x) if x.is_integer() and abs(x) < 1e15 else x


def framework_to_dict(fw: Framework) -> dict:
    """The framework as the data of its TOML file (what parse_framework reads): top-level fields, then tools,
    indicators, levels or bands (the grading's), the item-list statuses and the OIT items."""
    data: dict = {"fiscal_year": int(fw.fiscal_year), "grading": fw.grading, "pass_mark": _num(fw.pass_mark),
                  "status": fw.status}
    if getattr(fw, "source", ""):
        data["source"] = fw.source
    data["notes"] = fw.notes
    parts = getattr(fw, "parts", {}) or {}
    if parts:
        data["parts"] = {name: ({"status": st, "source": src} if src else {"status": st})
                         for name, (st, src) in parts.items()}
    data["tools"] = [{"code": x.code, "name_th": x.name_th, "name_en": x.name_en, "weight": _num(x.weight)}
                     for x in fw.tools]
    data["indicators"] = []
    for i in fw.indicators:
        row = {"number": int(i.number), "name_th": i.name_th, "name_en": i.name_en, "tool": i.tool,
               "weight": _num(i.weight)}
        if i.aliases:
            row["aliases"] = list(i.aliases)
        data["indicators"].append(row)
    if fw.grading == "levels":
        data["levels"] = [{"label": lv.label, "min_total": _num(lv.min_total)} for lv in fw.levels]
    else:
        data["bands"] = []
        for b in fw.bands:
            band = {"label": b.label, "label_en": b.label_en, "min_total": _num(b.min_total)}
            if b.tool_gate is not None:
                band["tool_gate"] = _num(b.tool_gate)
            band["passed"] = bool(b.passed)
            data["bands"].append(band)
    if fw.oit_items_status:
        data["oit_items_status"] = dict(fw.oit_items_status)
    if fw.oit_items:
        data["oit_items"] = []
        for it in fw.oit_items:
            row = {"family": it.family, "code": it.code, "name_th": it.name_th, "indicator": int(it.indicator)}
            if it.sub_indicator:
                row["sub_indicator"] = it.sub_indicator
            data["oit_items"].append(row)
    return data


_SAFE_FAMILY = re.compile(r"[A-Za-z0-9_]{1,40}")


def _inline(value: dict) -> str:
    """A small table written inline: { status = "verified", source = "…" }."""
    return "{ " + ", ".join(tomli_w.dumps({k: v}).strip() for k, v in value.items()) + " }"


def _table(name: str, row: dict) -> str:
    # tomli-w writes a short array of tables inline ({ … }); one [[name]] per row keeps the shipped files' layout
    return f"\n[[{name}]]\n" + tomli_w.dumps(row)


def framework_to_toml(fw: Framework) -> str:
    """The framework as the text of a framework file (UTF-8, Thai as is), laid out as the shipped files are;
    tomllib + parse_framework read it back to an equal Framework (source_file and version aside)."""
    data = framework_to_dict(fw)
    out = [f"# {t('fwio.toml_header', 'th', year=fw.fiscal_year)}\n",
           f"# {t('fwio.toml_header', 'en', year=fw.fiscal_year)}\n"]
    for key in ("fiscal_year", "grading", "pass_mark", "status", "source"):
        if key in data:
            out.append(tomli_w.dumps({key: data[key]}))
    # a multi-line string turns \r\n into \n: keep a note holding \r on one escaped line so it reads back the same
    out.append(tomli_w.dumps({"notes": data["notes"]}, multiline_strings="\r" not in data["notes"]))
    if "parts" in data:
        out.append("\n[parts]\n" + "".join(f"{name} = {_inline(value)}\n" for name, value in data["parts"].items()))
    for key in ("tools", "indicators", "levels", "bands"):
        out += [_table(key, row) for row in data.get(key, [])]
    if "oit_items_status" in data:
        out.append("\n[oit_items_status]\n" + tomli_w.dumps(data["oit_items_status"]))
    family = None
    for row in data.get("oit_items", []):
        if row["family"] != family and _SAFE_FAMILY.fullmatch(row["family"]):
            out.append(f"\n# ---- {row['family']}\n")
        family = row["family"]
        out.append(_table("oit_items", row))
    return "".join(out)


def toml_file_name(year: int) -> str:
    """The file name of a year's framework, as in data/frameworks/ (fy2570.toml)."""
    return f"fy{int(year)}.toml"


def check_framework(fw: Framework, file: str = "") -> Framework:
    """The framework validated exactly as a shipped file is (through its TOML data): an equal Framework whose
    source_file is `file` (default fy<year>.toml), or FrameworkError naming the field (tools[0].weight …)."""
    checked = parse_framework(framework_to_dict(fw), file or toml_file_name(fw.fiscal_year))
    if "version" in {f.name for f in fields(Framework)}:
        checked = replace(checked, version=fw.version)
    return checked


def framework_from_previous(fw: Framework, year: int) -> Framework:
    """The copy of a year's framework for another year: everything as in `fw` but the fiscal year, status unknown,
    every item list unknown, notes saying (Thai and English) that it is a copy, no source file, no source.
    Validated; FrameworkError (field fiscal_year) for a year outside 2500–2700."""
    notes = (t("fwio.copy_note", "th", prev=fw.fiscal_year, year=int(year)) + "\n"
             + t("fwio.copy_note", "en", prev=fw.fiscal_year, year=int(year)) + "\n")
    changes: dict = {"fiscal_year": int(year), "status": "unknown", "notes": notes, "source_file": "",
                     "oit_items_status": {family: "unknown" for family in fw.oit_items_status}}
    names = {f.name for f in fields(Framework)}
    changes.update({k: v for k, v in (("source", ""), ("version", 0), ("parts", {})) if k in names})
    copy = replace(fw, **changes)
    return replace(check_framework(copy), source_file="")


# ------------------------------------------------------------------------------------------ item list in
@dataclass
class _Grid:
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


_CODE = re.compile(r"(?:ข้อ\s*(?:ที่\s*)?)?o\s*[.\-]?\s*0*(\d{1,3})(?!\d|\s*\.\s*\d)\s*[.:)\-–]?\s*(.*)", re.S)
_SUB = re.compile(r"(\d{1,2})\s*\.\s*(\d{1,2})")
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


def _clean(text: str) -> str:
    """A cell's text on one line: spaces (and line breaks of a Word cell) collapsed, zero-width marks removed."""
    text = unicodedata.normalize("NFC", text).translate({0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None})
    return " ".join(text.split())


def _code(text: str) -> tuple[str, str] | None:
    """(code, text after it) of a code cell — 'O1', 'o 12', 'ข้อ O3', 'O๑๒', 'O1 โครงสร้าง' → ('O1', 'โครงสร้าง');
    None when the cell is not an OIT code."""
    clean = _clean(text)
    plain = thai_digits(clean)                  # digit for digit, so positions match the cell's own text
    low = plain.lower()
    m = _CODE.fullmatch(low) if len(low) == len(plain) else None
    rest_of = clean
    if m is None:                               # full-width letters and digits (Ｏ１)
        rest_of = unicodedata.normalize("NFKC", clean)
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


def _header_roles(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, cell in enumerate(cells):
        role = _role(cell)
        if role and role not in found:
            found[role] = c
    return found


def _find_header(grid: _Grid) -> tuple[int, dict[str, int]] | None:
    """(row index, {role: column}) of the first row naming a code and a name column, with a code below it."""
    for r in range(min(SCAN_ROWS, len(grid.rows))):
        roles = _header_roles(grid.rows[r])
        if "code" in roles and "name" in roles:
            c = roles["code"]
            if any(c < len(row) and _code(row[c]) for row in grid.rows[r + 1:]):
                return r, roles
    return None


def _guess_columns(grid: _Grid, fw: Framework | None) -> dict[str, int] | None:
    """{role: column} of a table without a header: the column holding the most codes, the names in the next column
    to its right with text, and indicator / sub-indicator columns when every value in them reads as one."""
    width = max((len(r) for r in grid.rows), default=0)
    hits = [sum(1 for row in grid.rows if c < len(row) and _code(row[c])) for c in range(width)]
    if not hits or max(hits) == 0:
        return None
    code_col = hits.index(max(hits))
    coded = [row for row in grid.rows if code_col < len(row) and _code(row[code_col])]
    cols = {"code": code_col}
    for c in range(code_col + 1, width):
        texts = [_clean(row[c]) for row in coded if c < len(row)]
        if sum(1 for x in texts if x and not _code(x)) * 2 >= len(coded):
            cols["name"] = c
            break
    oit = {i.number for i in fw.indicators if i.tool == "OIT"} if fw else set()
    for c in range(width):
        if c in cols.values():
            continue
        values = [_clean(row[c]) for row in coded if c < len(row) and _clean(row[c])]
        if not values:
            continue
        if "sub" not in cols and all(_SUB.fullmatch(thai_digits(v)) for v in values):
            cols["sub"] = c
        elif "indicator" not in cols and all(_SECTION.match(thai_digits(v)) or (thai_digits(v).isdigit()
                                                                               and int(thai_digits(v)) in oit)
                                             for v in values):
            cols["indicator"] = c
    return cols


def _section(cells: list[str]) -> tuple[int, str] | None:
    """(indicator, sub-indicator or "") of a heading row such as "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" or
    "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน" (the first cell with text), else None."""
    first = next((_clean(c) for c in cells if _clean(c)), "")
    m = _SECTION.match(thai_digits(first))
    if not m:
        m = re.match(r"(\d{1,2}\s*\.\s*\d{1,2})\s+\S", thai_digits(first))   # "9.1 ข้อมูลพื้นฐาน"
        if not m:
            return None
        number, is_sub = m.group(1), True
    else:
        number, is_sub = m.group(4), bool(m.group(2)) or "sub" in m.group(1).lower() or "." in m.group(4)
    sub = _SUB.fullmatch(number.strip())
    if sub:
        return int(sub.group(1)), f"{int(sub.group(1))}.{int(sub.group(2))}"
    return (int(number), "") if not is_sub else None


def _indicator_value(text: str, fw: Framework | None) -> tuple[int | None, str]:
    """(indicator, sub-indicator) of an indicator cell — 9, "๙", "ตัวชี้วัดที่ 10", "9.1", or an indicator's name in
    the framework — or (None, "") when it cannot be read."""
    plain = thai_digits(_clean(text))
    sub = _SUB.search(plain)
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


def _sub_value(text: str) -> str:
    plain = thai_digits(_clean(text))
    sub = _SUB.search(plain)
    return f"{int(sub.group(1))}.{int(sub.group(2))}" if sub else _clean(text)


def _choices(fw: Framework | None):
    if fw is None:
        return msg("fwio.choices_default")
    return seq([pair(f"{i.number} {i.name_th}", f"{i.number} {i.name_en}") for i in fw.indicators if i.tool == "OIT"],
               sep=" / ")


@dataclass
class _Row:
    code: str
    name: str
    indicator: int | None
    sub: str
    where: dict               # fwio.place_* message
    row: int
    ok: bool


class _Reader:
    """Reads the items of one grid into rows, reporting each problem with its place."""

    def __init__(self, ctx: Context, family: str, fw: Framework | None):
        self.ctx, self.family, self.fw = ctx, family, fw
        self.listed = {it.code: it for it in fw.oit_items if it.family == family} if fw else {}
        self.by_name = {norm_header(it.name_th): it for it in fw.oit_items if it.family == family} if fw else {}
        self.oit = {i.number for i in fw.indicators if i.tool == "OIT"} if fw else set()
        self.from_fw: list[str] = []
        self.from_sections = 0
        self.section: tuple[int, str] | None = None    # the last heading row: carries on into the next Word table

    def read(self, grid: _Grid, head: int | None, cols: dict[str, int]) -> list[_Row]:
        labels = {role: grid.column(c, _clean(grid.rows[head][c]) if head is not None else "")
                  for role, c in cols.items()}
        self._assume_columns(grid, head, labels)
        out: list[_Row] = []
        started = head is not None                        # without a header, rows above the first code are titles
        for r in range(0 if head is None else head + 1, len(grid.rows)):
            cells = grid.rows[r]

            def cell(role: str, cells=cells) -> str:
                c = cols.get(role)
                return _clean(cells[c]) if c is not None and c < len(cells) else ""

            if not any(_clean(c) for c in cells):
                continue
            raw = cell("code")
            found = _code(raw) if raw else None
            if found is None:
                heading = _section(cells)
                if heading is not None:
                    self.section = heading
                elif not started or (head is not None and _header_roles(cells).keys() >= {"code", "name"}):
                    pass                                   # the header repeated (a Word table over pages)
                elif raw:
                    self.ctx.add("warning", "item_list_bad_code", "fwio.bad_code", "fwio.bad_code_fix",
                                 {"at": grid.at(), "value": raw[:80]}, grid.sheet, r + 1, labels["code"])
                elif cell("name"):
                    self.ctx.add("warning", "item_list_no_code", "fwio.no_code", "fwio.no_code_fix",
                                 {"at": grid.at(), "name": cell("name")[:80]}, grid.sheet, r + 1, labels.get("name"))
                continue
            started = True
            self.ctx.report.rows_read += 1
            out.append(self._item(grid, r, found, cell, labels, self.section))
        return out

    def _assume_columns(self, grid: _Grid, head: int | None, labels: dict[str, str]) -> None:
        more = []
        if "indicator" in labels:
            more.append(msg("fwio.header_more_indicator", column=labels["indicator"]))
        if "sub" in labels:
            more.append(msg("fwio.header_more_sub", column=labels["sub"]))
        more_seq = seq(more, sep="")
        name = labels.get("name", "—")
        if head is None:
            self.ctx.report.assume("fwio.no_header", at=grid.at(), code=labels["code"], name=name, more=more_seq)
        else:
            self.ctx.report.assume("fwio.header", at=grid.at(), row=head + 1, code=labels["code"], name=name,
                                   more=more_seq)

    def _item(self, grid: _Grid, r: int, found: tuple[str, str], cell, labels: dict, section) -> _Row:
        code, rest = found
        row = r + 1
        name = cell("name") or rest
        again = _code(name) if name else None
        if again is not None and again[0] == code and again[1]:
            name = again[1]                        # the name cell repeats the code: "O1 โครงสร้าง"
        at = grid.at()
        if not name:
            self.ctx.add("error", "item_list_no_name", "fwio.no_name", "fwio.no_name_fix", {"at": at, "code": code},
                         grid.sheet, row, labels.get("name", labels["code"]))
            return _Row(code, "", None, "", grid.place(row), row, False)
        indicator, sub, ok = None, "", True
        raw_ind = cell("indicator")
        if raw_ind:
            indicator, sub = _indicator_value(raw_ind, self.fw)
            if indicator is None:
                self.ctx.add("error", "item_list_bad_indicator", "fwio.bad_indicator", "fwio.bad_indicator_fix",
                             {"at": at, "code": code, "value": raw_ind[:80], "choices": _choices(self.fw)},
                             grid.sheet, row, labels["indicator"])
                return _Row(code, name, None, "", grid.place(row), row, False)
        if cell("sub"):
            sub = _sub_value(cell("sub"))
            head = _SUB.fullmatch(sub)
            if indicator is None and head:
                indicator = int(head.group(1))
            elif indicator is not None and head and int(head.group(1)) != indicator:
                self.ctx.add("warning", "item_list_sub_mismatch", "fwio.sub_mismatch", "fwio.sub_mismatch_fix",
                             {"at": at, "code": code, "sub": sub, "n": indicator}, grid.sheet, row, labels["sub"])
        if indicator is None and section is not None:
            indicator, sub = section[0], sub or section[1]
            self.from_sections += 1
        if indicator is None:
            indicator, sub = self._from_framework(grid, row, code, name, sub)
        if indicator is None:
            self.ctx.add("error", "item_list_no_indicator", "fwio.no_indicator", "fwio.no_indicator_fix",
                         {"at": at, "code": code, "name": name[:80], "choices": _choices(self.fw)},
                         grid.sheet, row, labels.get("indicator"))
            ok = False
        elif self.fw is not None and indicator not in self.oit:
            self.ctx.add("error", "item_list_not_oit", "fwio.not_oit_indicator", "fwio.not_oit_indicator_fix",
                         {"at": at, "code": code, "n": indicator, "year": self.fw.fiscal_year,
                          "choices": _choices(self.fw)},
                         grid.sheet, row, labels.get("indicator", labels.get("sub")))
            ok = False
        return _Row(code, name, indicator, sub, grid.place(row), row, ok)

    def _from_framework(self, grid: _Grid, row: int, code: str, name: str, sub: str) -> tuple[int | None, str]:
        """The indicator (and sub-indicator) of the same code in the framework's list of the family — else of the
        item of the same name — or (None, sub)."""
        item = self.listed.get(code)
        if item is not None:
            self.from_fw.append(code)
            if norm_header(item.name_th) != norm_header(name):
                self.ctx.add("warning", "item_list_name_differs", "fwio.name_differs", "fwio.name_differs_fix",
                             {"at": grid.at(), "code": code, "n": item.indicator, "year": self.fw.fiscal_year,
                              "other": item.name_th, "name": name[:80]}, grid.sheet, row, None)
            return item.indicator, sub or item.sub_indicator
        item = self.by_name.get(norm_header(name))
        if item is not None:
            self.ctx.report.assume("fwio.by_name", code=code, n=item.indicator, other=item.code,
                                   year=self.fw.fiscal_year)
            return item.indicator, sub or item.sub_indicator
        return None, sub


# ------------------------------------------------------------------------------------------ formats
def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except Exception:  # noqa: BLE001 — a damaged zip is the guards' to refuse
        return False


def _guard_docx(data: bytes, report: IngestReport) -> None:
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


def _docx_grids(data: bytes, report: IngestReport) -> list[_Grid]:
    """Every table of the document (top level, in order) as a grid."""
    from docx import Document  # python-docx; its lxml parser does not resolve entities (and the guard refused them)

    from analysis.files.guards import refuse_corrupt

    try:
        document = Document(io.BytesIO(data))
        return [_Grid(_table_rows(table._tbl), table=n) for n, table in enumerate(document.tables, 1)]
    except Exception as exc:  # noqa: BLE001 — damaged parts, bad spans, missing relationships
        refuse_corrupt(report, exc)


def _sheet_grids(data: bytes, file_name: str, report: IngestReport) -> list[_Grid]:
    from analysis.files.readers import read_sheets

    sheets = read_sheets(data, file_name, report)
    order = sorted(sheets, key=lambda s: bool(sheets[s].attrs.get("hidden")))      # visible sheets first
    return [_Grid([[cell_text(v) for v in row]
                   for row in sheets[s].iloc[:MAX_ROWS + 1, :MAX_COLUMNS].itertuples(index=False)], sheet=str(s))
            for s in order]


def _refuse_other(data: bytes, file_name: str, report: IngestReport) -> None:
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


def _truncate(grid: _Grid, ctx: Context) -> None:
    if len(grid.rows) > MAX_ROWS:
        del grid.rows[MAX_ROWS:]
        ctx.add("warning", "item_list_truncated", "fwio.truncated", "fwio.truncated_fix",
                {"at": grid.at(), "limit": MAX_ROWS}, grid.sheet, None, None)


def _columns(grid: _Grid, fw: Framework | None) -> tuple[int | None, dict[str, int]] | None:
    found = _find_header(grid)
    if found is not None:
        return found
    cols = _guess_columns(grid, fw)
    return (None, cols) if cols else None


def _same(a: _Row, b: _Row) -> bool:
    return (norm_header(a.name) == norm_header(b.name)
            and (a.indicator is None or b.indicator is None or a.indicator == b.indicator)
            and (not a.sub or not b.sub or a.sub == b.sub))


def _unique(rows: list[tuple[_Grid, _Row]], ctx: Context) -> list[_Row]:
    """The rows in order, each code once: a code repeated the same way is used once (warning); given differently,
    an error naming both places, and neither row is used."""
    first: dict[str, _Row] = {}
    conflicted: set[str] = set()
    for grid, row in rows:
        prev = first.get(row.code)
        if prev is None:
            first[row.code] = row
        elif _same(prev, row):
            ctx.add("warning", "item_list_repeated", "fwio.repeated", "",
                    {"at": grid.at(), "code": row.code, "first": prev.where}, grid.sheet, row.row, None)
        else:
            ctx.add("error", "item_list_twice", "fwio.twice", "fwio.twice_fix",
                    {"code": row.code, "first": prev.where, "first_name": prev.name[:80],
                     "second": row.where, "second_name": row.name[:80]}, grid.sheet, row.row, None)
            conflicted.add(row.code)
    return [r for r in first.values() if r.ok and r.code not in conflicted]


def read_item_list(data: bytes, file_name: str, family: str,
                   fw: Framework | None = None) -> tuple[list[OitItem], IngestReport]:
    """The OIT items of a table as the NACC's manual prints it, in the table's order, and the report.

    Reads .xlsx/.xls/.ods/.csv (the first sheet holding item codes, through the upload guards) or .docx (every
    table holding codes, after the same zip and XML guards). Columns: the code (O1, o 12, ข้อ O3, O๑๒) and the Thai
    name, found by their header (ข้อ/รหัส/code, ชื่อ/รายการ/ประเด็น/name; the header may sit below a title) or, with
    no header, the column of codes and the next column of text; optionally the indicator (9, "ตัวชี้วัดที่ 10") and
    the sub-indicator (9.1), or heading rows such as "ตัวชี้วัดที่ 9 …" above the items. An item whose indicator the
    file does not give takes the indicator of the same code in `fw`'s list of the family (else of the item of the
    same name); with neither it is an error ("indicator needed") and not taken. A code given twice differently is
    an error naming both rows, and neither is taken. Rows with errors are left out: check report.ok.

    Raises IngestError (bilingual) for a refused file or one holding no table of item codes.
    """
    family = str(family).strip()
    if not family:
        raise ValueError("family must be named, e.g. 'nacc'")
    report = IngestReport(file=file_name, kind=ITEM_LIST_KIND)
    ctx = Context(file_name, report)
    if _is_docx(data):
        _guard_docx(data, report)
        report.layout = "docx"
        grids = _docx_grids(data, report)
        if not grids:
            report.add(Problem("error", "item_list_no_table", "fwio.docx_no_table", "fwio.docx_no_table_fix", {},
                               file_name))
            raise IngestError(report)
    else:
        _refuse_other(data, file_name, report)
        report.layout = "sheet"
        grids = _sheet_grids(data, file_name, report)
    reader = _Reader(ctx, family, fw)
    rows: list[tuple[_Grid, _Row]] = []
    used: list[_Grid] = []
    for grid in grids:
        _truncate(grid, ctx)
        found = _columns(grid, fw)
        if found is None:
            continue
        if grid.table is None and used:
            used.append(grid)                            # a second sheet with codes: named, not read
            continue
        if grid.table is None:
            report.assume("fwio.read_sheet", sheet=grid.sheet)
        used.append(grid)
        rows += [(grid, row) for row in reader.read(grid, *found)]
    if report.layout == "docx":
        report.assume("fwio.read_docx", n=len(grids), used=seq([g.table for g in used]) if used else "—")
    elif len(used) > 1:
        report.assume("fwio.other_sheets", names=", ".join(str(g.sheet) for g in used[1:]))
    if not rows:
        report.add(Problem("error", "item_list_no_codes", "fwio.no_codes", "fwio.no_codes_fix", {}, file_name))
        raise IngestError(report)
    kept = _unique(rows, ctx)
    ctx.finish()
    if reader.from_sections:
        report.assume("fwio.from_sections", n=reader.from_sections)
    if reader.from_fw:
        report.assume("fwio.from_framework", n=len(reader.from_fw), codes=seq(reader.from_fw[:12]),
                      family=family, year=fw.fiscal_year)
    items = [OitItem(family, r.code, r.name, int(r.indicator), r.sub) for r in kept]
    report.rows_kept = len(items)
    report.assume("fwio.found", n=len(items), family=family)
    return items, report
