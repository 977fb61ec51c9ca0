"""An OIT item list read from a table (.xlsx/.xls/.ods/.csv or .docx) as the NACC's manual prints it: code, Thai
name and indicator (from the table, its headings, or the year's framework — never guessed).

Pure core: no Streamlit. An item list goes through the same file guards as every upload; every row that cannot be
used is a Problem naming its sheet (or Word table), row and column, and is not taken.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from analysis.common.normalise import norm_header
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg, pair, seq
from analysis.ita.framework import Framework, OitItem
from analysis.ita.framework_words import family_words
from analysis.ita.ingest import Context
from analysis.ita.item_tables import (
    SUB,
    Grid,
    clean,
    code_of,
    docx_grids,
    find_header,
    guard_docx,
    guess_columns,
    header_roles,
    indicator_value,
    is_docx,
    refuse_other,
    section,
    sheet_grids,
    sub_value,
    truncate,
)

log = logging.getLogger(__name__)

__all__ = ["read_item_list", "ITEM_LIST_KIND"]

ITEM_LIST_KIND = "oit_item_list"


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

    def read(self, grid: Grid, head: int | None, cols: dict[str, int]) -> list[_Row]:
        labels = {role: grid.column(c, clean(grid.rows[head][c]) if head is not None else "")
                  for role, c in cols.items()}
        self._assume_columns(grid, head, labels)
        out: list[_Row] = []
        started = head is not None                        # without a header, rows above the first code are titles
        for r in range(0 if head is None else head + 1, len(grid.rows)):
            cells = grid.rows[r]

            def cell(role: str, cells=cells) -> str:
                c = cols.get(role)
                return clean(cells[c]) if c is not None and c < len(cells) else ""

            if not any(clean(c) for c in cells):
                continue
            raw = cell("code")
            found = code_of(raw) if raw else None
            if found is None:
                heading = section(cells)
                if heading is not None:
                    self.section = heading
                elif not started or (head is not None and header_roles(cells).keys() >= {"code", "name"}):
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

    def _assume_columns(self, grid: Grid, head: int | None, labels: dict[str, str]) -> None:
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

    def _item(self, grid: Grid, r: int, found: tuple[str, str], cell, labels: dict, section) -> _Row:
        code, rest = found
        row = r + 1
        name = cell("name") or rest
        again = code_of(name) if name else None
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
            indicator, sub = indicator_value(raw_ind, self.fw)
            if indicator is None:
                self.ctx.add("error", "item_list_bad_indicator", "fwio.bad_indicator", "fwio.bad_indicator_fix",
                             {"at": at, "code": code, "value": raw_ind[:80], "choices": _choices(self.fw)},
                             grid.sheet, row, labels["indicator"])
                return _Row(code, name, None, "", grid.place(row), row, False)
        if cell("sub"):
            sub = sub_value(cell("sub"))
            head = SUB.fullmatch(sub)
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

    def _from_framework(self, grid: Grid, row: int, code: str, name: str, sub: str) -> tuple[int | None, str]:
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


def _columns(grid: Grid, fw: Framework | None) -> tuple[int | None, dict[str, int]] | None:
    found = find_header(grid)
    if found is not None:
        return found
    cols = guess_columns(grid, fw)
    return (None, cols) if cols else None


def _same(a: _Row, b: _Row) -> bool:
    return (norm_header(a.name) == norm_header(b.name)
            and (a.indicator is None or b.indicator is None or a.indicator == b.indicator)
            and (not a.sub or not b.sub or a.sub == b.sub))


def _unique(rows: list[tuple[Grid, _Row]], ctx: Context) -> list[_Row]:
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
    if is_docx(data):
        guard_docx(data, report)
        report.layout = "docx"
        grids = docx_grids(data, report)
        if not grids:
            report.add(Problem("error", "item_list_no_table", "fwio.docx_no_table", "fwio.docx_no_table_fix", {},
                               file_name))
            raise IngestError(report)
    else:
        refuse_other(data, file_name, report)
        report.layout = "sheet"
        grids = sheet_grids(data, file_name, report)
    reader = _Reader(ctx, family, fw)
    rows: list[tuple[Grid, _Row]] = []
    used: list[Grid] = []
    for grid in grids:
        truncate(grid, ctx)
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
                      family=family_words(family), year=fw.fiscal_year)
    items = [OitItem(family, r.code, r.name, int(r.indicator), r.sub) for r in kept]
    report.rows_kept = len(items)
    report.assume("fwio.found", n=len(items), family=family_words(family))
    return items, report
