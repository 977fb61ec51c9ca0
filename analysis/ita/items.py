"""Item-level ITA files (IIT i1…, EIT e1… scored 0–100; OIT O1… as มี/ไม่มี): guarded ingest, mapping, views.

Layouts: wide (unit, year, one column per item code) or long (unit, year, item, value), found by the header
row in the first rows of each sheet. IIT/EIT questions map to indicators by data/items_map.toml; OIT items by
the year's framework file, keyed by (year, family, code) — the family is chosen by the user ("nacc" default).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.common.normalise import is_summary_label, norm_header, parse_year, thai_digits, to_number
from analysis.common.paths import DATA_DIR
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg
from analysis.common.units import clean_name
from analysis.ita.framework import Framework, family_words, load_all
from analysis.ita.ingest import Context, letter
from analysis.ita.roles import classify

ITEMS_MAP = DATA_DIR / "items_map.toml"
ITEM_COLUMNS = ["unit", "fiscal_year", "tool", "item", "number", "indicator", "value", "name_th", "mapping"]
SCAN_ROWS = 30
_TOOL_OF = {"i": "IIT", "e": "EIT", "o": "OIT"}
_CODE = re.compile(r"(?:ข้อ\s*)?([ieo])\s*0*(\d{1,3})")
_ITEM_HEAD = re.compile(r"ข้อ|รหัสข้อ|ข้อคำถาม|คำถาม|รายการ|รหัสรายการ|items?|item\s*code|question|code|รหัส")
_VALUE_HEAD = re.compile(r"ค่า|คะแนน|ผล|ผลการตรวจ|คำตอบ|มี\s*ไม่มี|value|score|answer|result|response")
_YES = frozenset({"มี", "1", "✓", "✔", "☑", "yes", "y", "true", "ใช่"})
_NO = frozenset({"ไม่มี", "0", "✗", "✘", "×", "x", "☒", "no", "n", "false", "ไม่ใช่"})


@dataclass
class ItemsResult:
    """Tidy item rows (ITEM_COLUMNS; OIT value 1.0 = มี, 0.0 = ไม่มี) and the ingest report."""
    items: pd.DataFrame
    report: IngestReport


def load_map(path: Path = ITEMS_MAP) -> dict[tuple[str, int], tuple[int, str]]:
    """(tool, question number) → (indicator, confidence) from the items map file."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out = {}
    for rule in data["questions"]:
        for q in range(int(rule["first"]), int(rule["last"]) + 1):
            out[(rule["tool"], q)] = (int(rule["indicator"]), rule.get("confidence", "assumed"))
    return out


def item_code(value) -> tuple[str, str, int] | None:
    """(tool, code, number) of an item header or label — 'i1', 'E05', 'o 12', 'ข้อ O3' → ('OIT', 'O3', 3); else None."""
    m = _CODE.fullmatch(norm_header(value))
    if not m:
        return None
    letter_, n = m.group(1), int(m.group(2))
    if n == 0:
        return None
    return _TOOL_OF[letter_], (letter_.upper() if letter_ == "o" else letter_) + str(n), n


def yes_no(value) -> float:
    """1.0 for มี/1/✓/yes/true, 0.0 for ไม่มี/0/✗/no/false, NaN for a blank cell; ValueError for anything else."""
    if value is None:
        return np.nan
    if isinstance(value, (bool, np.bool_)):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float, np.integer, np.floating)):
        if value != value:
            return np.nan
        if value in (0, 1):
            return float(value)
        raise ValueError(value)
    text = thai_digits(str(value)).strip().casefold()
    if not text:
        return np.nan
    if text in _YES or text in ("1.0", "1.00"):
        return 1.0
    if text in _NO or text in ("0.0", "0.00"):
        return 0.0
    raise ValueError(value)


def _roles(row: list) -> list[tuple]:
    out = []
    for cell in row:
        h = norm_header(cell)
        code = item_code(cell) if h else None
        if code:
            out.append(("code", *code))
        elif h and _ITEM_HEAD.fullmatch(h):
            out.append(("item",))
        elif h and _VALUE_HEAD.fullmatch(h):
            out.append(("value",))
        else:
            role = classify(h) if h else None
            out.append((role.kind,) if role and role.kind in ("unit", "year", "unit_type") else (None,))
    return out


def _find_header(grid: pd.DataFrame) -> tuple[int, list[tuple], str] | None:
    """(row, roles, layout) of the first row holding unit and year plus item codes (wide) or item + value (long)."""
    for r in range(min(SCAN_ROWS, grid.shape[0])):
        roles = _roles(grid.iloc[r].tolist())
        kinds = [x[0] for x in roles]
        if "unit" in kinds and "year" in kinds:
            if "code" in kinds:
                return r, roles, "wide"
            if "item" in kinds and "value" in kinds:
                return r, roles, "long"
    return None


def _value(tool: str, raw, ctx: Context, where: tuple) -> float:
    """The cell's value (NaN when blank or bad; bad cells are reported with their place and a fix)."""
    sheet, row, col, unit, code = where
    try:
        v = yes_no(raw) if tool == "OIT" else to_number(raw)
    except ValueError:
        if tool == "OIT":
            ctx.add("error", "item_bad_yes_no", "items.bad_yes_no", "items.bad_yes_no_fix",
                    {"code": code, "unit": unit, "value": str(raw), "forms": msg("items.yes_no_forms")}, sheet, row, col)
        else:
            ctx.add("error", "item_not_a_number", "items.not_a_number", "items.not_a_number_fix",
                    {"code": code, "unit": unit, "value": str(raw)}, sheet, row, col)
        return np.nan
    if tool != "OIT" and not np.isnan(v) and not 0 <= v <= 100:
        ctx.add("error", "item_out_of_range", "items.out_of_range", "items.out_of_range_fix",
                {"code": code, "unit": unit, "score": float(v)}, sheet, row, col)
        return np.nan
    return v


def _read_sheet(sheet: str, grid: pd.DataFrame, ctx: Context, report: IngestReport) -> list[dict] | None:
    found = _find_header(grid)
    if found is None:
        return None
    head, roles, layout = found
    report.layout = layout if report.layout in (None, layout) else "mixed"
    header = grid.iloc[head].tolist()
    col = lambda c: f"{str(header[c]).strip()} ({letter(c)})"  # noqa: E731
    kinds = [x[0] for x in roles]
    cu, cy = kinds.index("unit"), kinds.index("year")
    report.assume("items.header_wide" if layout == "wide" else "items.header_long", sheet=sheet, row=head + 1)
    out = []
    for r in range(head + 1, grid.shape[0]):
        cells = grid.iloc[r].tolist()
        if all(c is None or (isinstance(c, float) and c != c) or str(c).strip() == "" for c in cells):
            continue
        report.rows_read += 1
        row = r + 1
        unit_raw = cells[cu]
        if unit_raw is None or str(unit_raw).strip() == "" or unit_raw != unit_raw:
            ctx.add("error", "item_no_unit", "items.no_unit", "items.no_unit_fix", {}, sheet, row, col(cu))
            continue
        unit = clean_name(unit_raw)
        if is_summary_label(unit):
            continue
        year, _ = parse_year(cells[cy])
        if year is None:
            ctx.add("error", "item_bad_year", "items.bad_year", "items.bad_year_fix", {"value": str(cells[cy])},
                    sheet, row, col(cy))
            continue
        if layout == "wide":
            pairs = [(roles[c][1:], cells[c], c) for c in range(len(roles)) if roles[c][0] == "code"]
        else:
            ci, cv = kinds.index("item"), kinds.index("value")
            code = item_code(cells[ci])
            if code is None:
                ctx.add("error", "item_bad_code", "items.bad_code", "items.bad_code_fix", {"value": str(cells[ci])},
                        sheet, row, col(ci))
                continue
            pairs = [(code, cells[cv], cv)]
        for (tool, code, number), raw, c in pairs:
            v = _value(tool, raw, ctx, (sheet, row, col(c), unit, code))
            if not np.isnan(v):
                out.append({"unit": unit, "fiscal_year": year, "tool": tool, "item": code, "number": number,
                            "value": v, "_sheet": sheet, "_row": row})
    return out


def _map(rows: pd.DataFrame, family: str, fws: dict[int, Framework], ctx: Context) -> pd.DataFrame:
    """Add indicator, name_th and mapping (framework / items_map:<confidence> / unmapped); warn once per gap."""
    qmap = load_map()
    ind, name, how = [], [], []
    warned = set()
    for tool, code, number, year in zip(rows["tool"], rows["item"], rows["number"], rows["fiscal_year"]):
        if tool != "OIT":
            hit = qmap.get((tool, int(number)))
            ind.append(hit[0] if hit else pd.NA)
            name.append("")
            how.append(f"items_map:{hit[1]}" if hit else "unmapped")
            if not hit and (tool, code) not in warned:
                warned.add((tool, code))
                ctx.add("warning", "item_unmapped", "items.unmapped", "items.unmapped_fix", {"code": code})
            continue
        fw = fws.get(int(year))
        item = next((it for it in fw.oit_items if it.family == family and it.code == code), None) if fw else None
        ind.append(item.indicator if item else pd.NA)
        name.append(item.name_th if item else "")
        how.append("framework" if item else "unmapped")
        if item is None and (year, code) not in warned:
            warned.add((year, code))
            status = fw.oit_items_status.get(family, "unknown") if fw else "unknown"
            ctx.add("warning", "item_not_in_framework", "items.not_in_framework", "items.not_in_framework_fix",
                    {"code": code, "year": year, "family": family_words(family),
                     "status": msg(f"items.list_{status}")})
    return rows.assign(indicator=pd.array(ind, dtype="Int64"), name_th=name, mapping=how)


def ingest_items_sheets(sheets: dict[str, pd.DataFrame], file_name: str, report: IngestReport,
                        family: str = "nacc", frameworks: dict[int, Framework] | None = None) -> ItemsResult:
    """ItemsResult from raw sheet grids; raises IngestError (bilingual) when no sheet holds item data."""
    fws = load_all() if frameworks is None else frameworks
    report.kind = "items"
    ctx = Context(file_name, report)
    rows = []
    for sheet, grid in sheets.items():
        got = _read_sheet(str(sheet), grid, ctx, report) if grid.shape[0] and grid.shape[1] else None
        if got is None:
            continue
        rows += got
    if report.layout is None:
        report.add(Problem("error", "item_no_header", "items.no_header", "items.no_header_fix", {"rows": SCAN_ROWS},
                           file_name))
        raise IngestError(report)
    frame = pd.DataFrame(rows, columns=["unit", "fiscal_year", "tool", "item", "number", "value", "_sheet", "_row"])
    dup = frame.duplicated(["unit", "fiscal_year", "item"], keep="first")
    for i in np.flatnonzero(dup.to_numpy())[:50]:
        r = frame.iloc[i]
        ctx.add("warning", "item_duplicate", "items.duplicate", "items.duplicate_fix",
                {"item": r["item"], "unit": r["unit"], "year": r["fiscal_year"]}, r["_sheet"], int(r["_row"]))
    frame = frame[~dup.to_numpy()].reset_index(drop=True)
    frame = _map(frame, family, fws, ctx)
    ctx.finish()
    report.rows_kept = len(frame)
    if frame.empty:
        report.add(Problem("error", "no_rows", "items.no_rows", "items.no_rows_fix", {}, file_name))
        raise IngestError(report)
    report.assume("items.mapped", family=family_words(family))
    frame["fiscal_year"] = frame["fiscal_year"].astype("int64")
    frame["number"] = frame["number"].astype("int64")
    return ItemsResult(frame[ITEM_COLUMNS], report)


def ingest_items_bytes(data: bytes, file_name: str, family: str = "nacc",
                       frameworks: dict[int, Framework] | None = None) -> ItemsResult:
    """ItemsResult of an item file's bytes, read through analysis.files.readers.read_sheets (same guards); raises IngestError."""
    from analysis.files.readers import read_sheets

    report = IngestReport(file=file_name, kind="items")
    sheets = read_sheets(data, file_name, report)
    return ingest_items_sheets(sheets, file_name, report, family, frameworks)


# ----------------------------------------------------------------------------------------- views
def _one(items: pd.DataFrame, unit: str, year: int) -> pd.DataFrame:
    return items[(items["unit"] == unit) & (items["fiscal_year"] == int(year))]


def oit_checklist(items: pd.DataFrame, unit: str, year: int, fw: Framework, family: str = "nacc") -> pd.DataFrame:
    """The year's OIT items of the family, in list order: code, name_th, indicator, present (True/False; NA when the
    file does not give the item), plus items the file gives that the list lacks (name empty)."""
    mine = _one(items, unit, year)
    given = dict(zip(mine.loc[mine["tool"] == "OIT", "item"], mine.loc[mine["tool"] == "OIT", "value"]))
    rows = [{"code": it.code, "name_th": it.name_th, "indicator": it.indicator,
             "present": (given[it.code] >= 0.5) if it.code in given else pd.NA}
            for it in fw.oit_items if it.family == family]
    listed = {r["code"] for r in rows}
    rows += [{"code": c, "name_th": "", "indicator": pd.NA, "present": v >= 0.5} for c, v in given.items()
             if c not in listed]
    out = pd.DataFrame(rows, columns=["code", "name_th", "indicator", "present"])
    out["present"] = out["present"].astype("boolean")
    out["indicator"] = out["indicator"].astype("Int64")
    return out


def missing_oit(items: pd.DataFrame, unit: str, year: int, fw: Framework, family: str = "nacc") -> pd.DataFrame:
    """OIT items the file marks ไม่มี for the unit-year: code, name_th, indicator (list order)."""
    check = oit_checklist(items, unit, year, fw, family)
    return check[check["present"].eq(False).fillna(False)][["code", "name_th", "indicator"]].reset_index(drop=True)


def list_status(fw: Framework | None, family: str) -> str:
    """complete | partial | unknown: how complete the year's OIT item list of the family is."""
    return fw.oit_items_status.get(family, "unknown") if fw else "unknown"


def lowest_questions(items: pd.DataFrame, unit: str, year: int, n: int = 10) -> pd.DataFrame:
    """The n lowest IIT/EIT questions of the unit-year: tool, item, indicator, value, mapping (lowest first)."""
    mine = _one(items, unit, year)
    q = mine[mine["tool"] != "OIT"].sort_values(["value", "tool", "number"], kind="stable")
    return q[["tool", "item", "indicator", "value", "mapping"]].head(n).reset_index(drop=True)


def oit_presence(items: pd.DataFrame, unit: str, year: int) -> dict[str, bool]:
    """OIT item code → present (True/False) for the unit-year, as the planner's oit_items input."""
    mine = _one(items, unit, year)
    o = mine[mine["tool"] == "OIT"]
    return {c: bool(v >= 0.5) for c, v in zip(o["item"], o["value"])}
