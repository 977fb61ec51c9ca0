"""Item-level ITA files (IIT i1…, EIT e1… scored 0–100; OIT O1… as มี/ไม่มี): guarded ingest, mapping, views.

Layouts: wide (unit, year, one column per item code) or long (unit, year, item, value), found by the header
row in the first rows of each sheet. IIT/EIT questions map to indicators by data/items_map.toml; OIT items by
the year's framework file, keyed by (year, family, code) — the family is chosen by the user ("nacc" default).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.common.normalise import is_summary_label, norm_header, parse_year
from analysis.common.paths import DATA_DIR
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg
from analysis.common.units import clean_name
from analysis.ita.framework import Framework, load_all
from analysis.ita.framework_words import family_words
from analysis.ita.ingest import Context, letter
from analysis.ita.item_cells import (
    BAD_YES_NO,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    blank,
    per_value,
    scores,
    yes_no,  # noqa: F401  (items.yes_no, as before)
)
from analysis.ita.roles import classify

ITEMS_MAP = DATA_DIR / "items_map.toml"
ITEM_COLUMNS = ["unit", "fiscal_year", "tool", "item", "number", "indicator", "value", "name_th", "mapping"]
SCAN_ROWS = 30
_TOOL_OF = {"i": "IIT", "e": "EIT", "o": "OIT"}
_CODE = re.compile(r"(?:ข้อ\s*)?([ieo])\s*0*(\d{1,3})")
_ITEM_HEAD = re.compile(r"ข้อ|รหัสข้อ|ข้อคำถาม|คำถาม|รายการ|รหัสรายการ|items?|item\s*code|question|code|รหัส")
_VALUE_HEAD = re.compile(r"ค่า|คะแนน|ผล|ผลการตรวจ|คำตอบ|มี\s*ไม่มี|value|score|answer|result|response")


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


_ERRORS = {BAD_YES_NO: ("item_bad_yes_no", "items.bad_yes_no", "items.bad_yes_no_fix"),
           NOT_A_NUMBER: ("item_not_a_number", "items.not_a_number", "items.not_a_number_fix"),
           OUT_OF_RANGE: ("item_out_of_range", "items.out_of_range", "items.out_of_range_fix")}
ROW_COLUMNS = ["unit", "fiscal_year", "tool", "item", "number", "value", "_sheet", "_row"]


@dataclass
class _Sheet:
    """One sheet being read: its name, header cells, Excel row of each body row, and the problems found, each with
    its (row, column) so they are reported in the order of the cells."""
    name: str
    header: list
    rows: np.ndarray
    problems: list = field(default_factory=list)

    def col(self, c: int) -> str:
        return f"{str(self.header[c]).strip()} ({letter(c)})"

    def error(self, at: np.ndarray, c: int, code: str, message: str, fix: str, params) -> None:
        """One error per body position in `at` (params: a function of the position giving the message's values)."""
        self.problems += [(int(self.rows[i]), c, code, message, fix, params(i)) for i in at]

    def report(self, ctx: Context) -> None:
        for row, c, code, message, fix, params in sorted(self.problems, key=lambda p: p[:2]):
            ctx.add("error", code, message, fix, params, self.name, row, self.col(c))


def _units_and_years(body: pd.DataFrame, cu: int, cy: int, sh: _Sheet) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cleaned unit, fiscal year, usable) of each body row: rows without a unit or with a bad year are reported,
    summary rows (รวม, เฉลี่ย …) left out silently; names and years are read once per distinct value."""
    raw_unit, raw_year = body.iloc[:, cu], body.iloc[:, cy]
    no_unit = blank(raw_unit)
    sh.error(np.flatnonzero(no_unit), cu, "item_no_unit", "items.no_unit", "items.no_unit_fix", lambda i: {})
    units = per_value(raw_unit.astype(str), clean_name, "")
    summary = per_value(pd.Series(units, dtype=object), is_summary_label, False).astype(bool)
    ok = ~no_unit & ~summary
    years = np.full(len(body), None, dtype=object)
    years[ok] = [y for y, _ in per_value(raw_year[ok], parse_year, (None, ""))]
    bad_year = ok & pd.isna(years)
    sh.error(np.flatnonzero(bad_year), cy, "item_bad_year", "items.bad_year", "items.bad_year_fix",
             lambda i: {"value": str(raw_year.iat[i])})
    return units, years, ok & ~bad_year


def _cells(sh: _Sheet, raw: pd.Series, at: np.ndarray, c: np.ndarray, code: np.ndarray, tool: np.ndarray,
           number: np.ndarray, units: np.ndarray, years: np.ndarray) -> dict[str, np.ndarray]:
    """ROW_COLUMNS (+ _c, the column) of the readable cells raw (body positions at, columns c, item of each) as
    arrays; the bad ones are reported with their place and a fix."""
    value, wrong, parsed = scores(raw, tool == "OIT")
    for kind, (problem, message, fix) in _ERRORS.items():
        for k in np.flatnonzero(wrong == kind):
            params = {"code": code[k], "unit": units[at[k]]}
            params |= ({"score": float(parsed[k])} if kind == OUT_OF_RANGE else {"value": str(raw.iat[k])})
            if kind == BAD_YES_NO:
                params["forms"] = msg("items.yes_no_forms")
            sh.problems.append((int(sh.rows[at[k]]), int(c[k]), problem, message, fix, params))
    keep = ~np.isnan(value)
    return {"unit": units[at[keep]], "fiscal_year": years[at[keep]], "tool": tool[keep], "item": code[keep],
            "number": number[keep], "value": value[keep], "_row": sh.rows[at[keep]], "_c": c[keep]}


def _wide(body: pd.DataFrame, roles: list[tuple], usable: np.ndarray, units, years, sh: _Sheet) -> list[dict]:
    at = np.flatnonzero(usable)
    out = []
    for c in (c for c, r in enumerate(roles) if r[0] == "code"):
        tool, code, number = roles[c][1:]
        n = len(at)
        out.append(_cells(sh, body.iloc[at, c], at, np.full(n, c), np.full(n, code, dtype=object),
                          np.full(n, tool, dtype=object), np.full(n, number), units, years))
    return out


def _long(body: pd.DataFrame, kinds: list, usable: np.ndarray, units, years, sh: _Sheet) -> list[dict]:
    ci, cv = kinds.index("item"), kinds.index("value")
    at = np.flatnonzero(usable)
    codes = per_value(body.iloc[at, ci], item_code)
    bad = pd.isna(codes)
    sh.error(at[bad], ci, "item_bad_code", "items.bad_code", "items.bad_code_fix",
             lambda i: {"value": str(body.iat[i, ci])})
    at, codes = at[~bad], codes[~bad]
    return [_cells(sh, body.iloc[at, cv], at, np.full(len(at), cv), np.array([k[1] for k in codes], dtype=object),
                   np.array([k[0] for k in codes], dtype=object), np.array([k[2] for k in codes], dtype=int),
                   units, years)]


def _read_sheet(sheet: str, grid: pd.DataFrame, ctx: Context, report: IngestReport) -> dict[str, np.ndarray] | None:
    """ROW_COLUMNS of one sheet's readable item cells as arrays, in the order of the cells (None: no item header)."""
    found = _find_header(grid)
    if found is None:
        return None
    head, roles, layout = found
    report.layout = layout if report.layout in (None, layout) else "mixed"
    kinds = [x[0] for x in roles]
    report.assume("items.header_wide" if layout == "wide" else "items.header_long", sheet=sheet, row=head + 1)
    body = grid.iloc[head + 1:]
    filled = np.zeros(len(body), dtype=bool)
    for c in range(body.shape[1]):
        filled |= ~blank(body.iloc[:, c])
    body = body.iloc[np.flatnonzero(filled)]
    report.rows_read += len(body)
    sh = _Sheet(sheet, grid.iloc[head].tolist(), np.flatnonzero(filled) + head + 2)
    units, years, usable = _units_and_years(body, kinds.index("unit"), kinds.index("year"), sh)
    parts = (_wide if layout == "wide" else _long)(body, roles if layout == "wide" else kinds, usable, units, years, sh)
    sh.report(ctx)
    cols = {k: np.concatenate([p[k] for p in parts]) if parts else np.zeros(0, dtype=object) for k in (*ROW_COLUMNS, "_c")
            if k != "_sheet"}
    order = np.lexsort((cols.pop("_c"), cols["_row"]))
    return {k: v[order] for k, v in cols.items()} | {"_sheet": np.full(len(order), sheet, dtype=object)}


def _first_of_each(keys: list[np.ndarray]) -> tuple[np.ndarray, list[tuple], np.ndarray]:
    """(code of each row's key — a tuple of the arrays' values —, the distinct keys in order of first appearance,
    the row where each first appears)."""
    combined = np.zeros(len(keys[0]), dtype=np.int64)
    for values in keys:
        part, _ = pd.factorize(values)                      # -1 for a missing value
        combined = combined * (int(part.max(initial=-1)) + 2) + (part + 1)
    codes, _ = pd.factorize(combined)
    first = np.unique(codes, return_index=True)[1]
    return codes, [tuple(values[i] for values in keys) for i in first], first


def _map(rows: pd.DataFrame, family: str, fws: dict[int, Framework], ctx: Context) -> pd.DataFrame:
    """Add indicator, name_th and mapping (framework / items_map:<confidence> / unmapped); warn once per gap, in the
    order the gaps first appear. Looked up once per distinct (tool, question) and (year, OIT item)."""
    qmap = load_map()
    tool, code = rows["tool"].to_numpy(dtype=object), rows["item"].to_numpy(dtype=object)
    number, year = rows["number"].to_numpy(), rows["fiscal_year"].to_numpy()
    ind, name = np.full(len(rows), None, dtype=object), np.full(len(rows), "", dtype=object)
    how = np.full(len(rows), "unmapped", dtype=object)
    gaps = []                                        # (row of first appearance, warning)
    at = np.flatnonzero(tool != "OIT")
    codes, keys, first = _first_of_each([tool[at], number[at]])
    found = [qmap.get((t, int(n))) for t, n in keys]
    ind[at] = np.array([f[0] if f else None for f in found] + [None], dtype=object)[codes]
    how[at] = np.array([f"items_map:{f[1]}" if f else "unmapped" for f in found] + [None], dtype=object)[codes]
    gaps += [(at[first[k]], ("item_unmapped", "items.unmapped", "items.unmapped_fix", {"code": code[at[first[k]]]}))
             for k, f in enumerate(found) if not f]
    at = np.flatnonzero(tool == "OIT")
    codes, keys, first = _first_of_each([year[at], code[at]])
    for k, (y, c) in enumerate(keys):
        fw = fws.get(int(y))
        item = next((it for it in fw.oit_items if it.family == family and it.code == c), None) if fw else None
        where = at[codes == k]
        if item is not None:
            ind[where], name[where], how[where] = item.indicator, item.name_th, "framework"
            continue
        status = fw.oit_items_status.get(family, "unknown") if fw else "unknown"
        gaps.append((at[first[k]], ("item_not_in_framework", "items.not_in_framework", "items.not_in_framework_fix",
                                    {"code": c, "year": int(y), "family": family_words(family),
                                     "status": msg(f"items.list_{status}")})))
    for _, (problem, message, fix, params) in sorted(gaps, key=lambda g: g[0]):
        ctx.add("warning", problem, message, fix, params)
    return rows.assign(indicator=pd.array(ind, dtype="Int64"), name_th=name, mapping=how)


def ingest_items_sheets(sheets: dict[str, pd.DataFrame], file_name: str, report: IngestReport,
                        family: str = "nacc", frameworks: dict[int, Framework] | None = None) -> ItemsResult:
    """ItemsResult from raw sheet grids; raises IngestError (bilingual) when no sheet holds item data."""
    fws = load_all() if frameworks is None else frameworks
    report.kind = "items"
    ctx = Context(file_name, report)
    parts = []
    for sheet, grid in sheets.items():
        got = _read_sheet(str(sheet), grid, ctx, report) if grid.shape[0] and grid.shape[1] else None
        if got is not None:
            parts.append(got)
    if report.layout is None:
        report.add(Problem("error", "item_no_header", "items.no_header", "items.no_header_fix", {"rows": SCAN_ROWS},
                           file_name))
        raise IngestError(report)
    frame = pd.DataFrame({c: np.concatenate([p[c] for p in parts]) for c in ROW_COLUMNS}, columns=ROW_COLUMNS)
    frame = frame.astype({"fiscal_year": "int64", "number": "int64", "_row": "int64", "value": "float64"})
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
