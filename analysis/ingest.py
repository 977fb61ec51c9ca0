"""Ingest ITA results: find each sheet's header, map columns, normalise values, validate, return tidy frames."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import framework
from analysis.normalise import (MISSING_TOKENS, Role, cell_text, classify, classify_label, is_summary_label,
                                norm_header, parse_year, to_numbers, year_in_text)
from analysis.report import IngestError, IngestReport, Problem
from analysis.units import clean_name, infer_unit_type
from analysis.validate import Context, check_range, drop_duplicates, field_label, validate

SCAN_ROWS = 30
VALUE_KINDS = frozenset({"indicator", "tool", "total", "score", "level"})
TOOLS = ("iit", "eit", "oit")
SCORE_COLUMNS = ["unit", "unit_type", "fiscal_year", "indicator", "score"]
PUBLISHED_COLUMNS = ["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"]
EXPECTED_TH = ("ต้องมีคอลัมน์ชื่อหน่วยงาน ปีงบประมาณ (หรือชื่อชีตเป็นปี) และคะแนนตัวชี้วัด/เครื่องมือ/คะแนนรวม "
               "เช่น หน่วยงาน | ปีงบประมาณ | ตัวชี้วัดที่ 1 … ตัวชี้วัดที่ 10 | IIT | EIT | OIT | คะแนนรวม | ระดับ "
               "หรือแบบยาว หน่วยงาน | ปีงบประมาณ | ตัวชี้วัด | คะแนน")
EXPECTED_EN = ("needs columns for the unit name, the fiscal year (or sheets named by year) and indicator, tool or "
               "total scores, e.g. unit | fiscal year | indicator 1 … indicator 10 | IIT | EIT | OIT | total | level, "
               "or long: unit | fiscal year | indicator | score")


@dataclass
class IngestResult:
    """What an ingest produced: the `scores` and `published` contract frames and the report."""
    scores: pd.DataFrame
    published: pd.DataFrame
    report: IngestReport


@dataclass
class Column:
    """One column of a found header: position, text as shown to the user, and what it means."""
    index: int
    text: str                 # the header as the user sees it ("IIT / ตัวชี้วัดที่ 1" for two-row headers)
    role: Role | None

    @property
    def label(self) -> str:
        return f"{self.text} ({letter(self.index)})"


@dataclass
class Header:
    """A header found in a sheet: its rows (one, or two for tool-above-indicator headers) and columns."""
    first: int                # 0-based grid rows
    last: int
    columns: list[Column]
    score: float
    valid: bool


def letter(index: int) -> str:
    """Excel column letter of a 0-based column index (0 → A, 26 → AA)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


# ---------------------------------------------------------------- header detection

def _rate(roles: list[Role | None]) -> tuple[bool, float]:
    kinds = [r.kind for r in roles if r is not None]
    known = len({r.field for r in roles if r is not None and r.kind != "ignore"}) + 0.1 * kinds.count("ignore")
    return "unit" in kinds and any(k in VALUE_KINDS for k in kinds), known


def _pair_columns(top: list[str], bottom: list[str], top_roles, bottom_roles, merged: bool) -> list[Column]:
    """Columns of a two-row header: group cells (merged across columns) filled to the right over the row below.

    With the workbook's merged ranges known they are already filled; otherwise a group heading carries to the
    right over blank cells."""
    cols, group = [], ""
    for c, (t, b) in enumerate(zip(top, bottom)):
        if t or merged:
            group = t if b else ""          # a cell merged down (nothing below it) is not a group heading
        if not b:
            cols.append(Column(c, t, top_roles[c]))
            continue
        role = bottom_roles[c]
        if group and (role is None or role.kind in ("score", "ignore")):
            role = _under_group(group, b) or role
        cols.append(Column(c, f"{group} / {b}" if group else b, role))
    return cols


def _under_group(group: str, cell: str) -> Role | None:
    """The role of a cell read with the group heading above it; a bare number under IIT/EIT/OIT is an indicator
    of that tool (IIT over 1…5, EIT over 6…8), otherwise e.g. EIT over 1, 2 means EIT parts."""
    g = classify(norm_header(group))
    number = norm_header(cell)
    if g is not None and number.isdigit():
        if g.kind == "tool" and g.part is None:
            if int(number) in {i.number for i in framework.latest().indicators_of(str(g.key))}:
                return Role("indicator", int(number))
        elif g.kind in ("indicator_label", "indicator"):
            return classify(f"ตัวชี้วัดที่ {number}")
    return classify(norm_header(f"{group} {cell}"))


def find_header(grid: pd.DataFrame) -> tuple[Header | None, Header | None]:
    """(best usable header, best candidate at all) among the first rows, single or two-row (tool above indicator)."""
    top = grid.iloc[:SCAN_ROWS]
    texts = [[cell_text(v).strip() for v in row] for row in top.itertuples(index=False, name=None)]
    merged = grid.attrs.get("merged") or []
    for (r0, c0), (r1, c1) in merged:               # fill merged header cells across their columns
        if r0 < len(texts) and c1 > c0:
            for c in range(c0 + 1, min(c1 + 1, len(texts[r0]))):
                texts[r0][c] = texts[r0][c0]
    roles = [[classify(norm_header(t)) for t in row] for row in texts]
    best: Header | None = None
    any_best: Header | None = None
    singles = [_rate(row) for row in roles]
    for r in range(len(texts)):
        cands = [(r, r, [Column(c, t, roles[r][c]) for c, t in enumerate(texts[r])])]
        if r + 1 < len(texts) and any(roles[r]):     # a group row above always names something we know
            cands.append((r, r + 1, _pair_columns(texts[r], texts[r + 1], roles[r], roles[r + 1], bool(merged))))
        for first, last, cols in cands:
            valid, score = _rate([c.role for c in cols])
            if last != first and (score <= singles[last][1] or score <= singles[first][1]):
                continue                    # the row above adds nothing: a title, not the top of a two-row header
            h = Header(first, last, cols, score, valid)
            if any_best is None or score > any_best.score:
                any_best = h
            if valid and (best is None or score > best.score):
                best = h
    return best, any_best


# ---------------------------------------------------------------- cell helpers

def _codes(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(code per row, -1 for empty cells; the unique cell texts stripped) — parsing is then done per unique value."""
    codes, uniq = pd.factorize(series.to_numpy(dtype=object))
    return codes, [cell_text(u).strip() for u in uniq]


def _blank_text(text: str) -> bool:
    return len(text) < 12 and norm_header(text) in MISSING_TOKENS


def _texts(series: pd.Series, clean: bool = False) -> np.ndarray:
    """Each cell as text (None when blank or '-'), parsed once per distinct value."""
    codes, uniq = _codes(series)
    vals = [None if _blank_text(t) else (clean_name(t) if clean else t) for t in uniq]
    return np.array(vals + [None], dtype=object)[codes]


def _is_indicator(name: str) -> bool:
    return name[:1] == "i" and name[1:].isdigit()


class _State:
    """What one ingest carries across sheets: report, problem context, notes already made, counts."""

    def __init__(self, file_name: str, report: IngestReport):
        self.report = report
        self.ctx = Context(file_name, report)
        self.file_year = year_in_text(Path(file_name).stem)[0]
        self.noted: set[str] = set()
        self.rows_read = 0
        self.layouts: list[str] = []
        self.year_sheets = 0

    def note_year_kind(self, kind: str, example: object, year: int) -> None:
        """Say once per file that CE (or two-digit) years were converted."""
        if kind not in ("ce", "be2") or kind in self.noted:
            return
        self.noted.add(kind)
        if kind == "ce":
            self.report.assume(f"ปี ค.ศ. (เช่น {cell_text(example)}) ถือเป็นปีงบประมาณ พ.ศ. {year} (บวก 543)",
                               f"CE years (e.g. {cell_text(example)}) taken as fiscal year BE {year} (+543)")
        else:
            self.report.assume(f"ปีสองหลัก (เช่น {cell_text(example)}) ถือเป็น พ.ศ. {year}",
                               f"two-digit years (e.g. {cell_text(example)}) taken as BE {year}")


# ---------------------------------------------------------------- column mapping

def _mapping(header: Header, sheet: str, long: bool, st: _State) -> dict[str, Column]:
    """Field name → column; records the mapping and warns about repeated and unknown columns."""
    fields: dict[str, Column] = {}
    unknown: list[str] = []
    lines_th, lines_en = [], []
    has_total = any(c.role and c.role.kind == "total" for c in header.columns)
    for col in header.columns:
        role = col.role
        if role is None or (not long and role.kind == "indicator_label") or (role.kind == "score" and not long
                                                                            and has_total):
            if col.text:
                unknown.append(col.label)
            continue
        name = role.field
        if role.kind == "score" and not long:
            name = "total"
            st.report.assume(f"ชีต '{sheet}': คอลัมน์ {col.label} ถือเป็นคะแนนรวม",
                             f"sheet '{sheet}': column {col.label} taken as the total")
        th, en = field_label(name)
        if name in fields and name != "ignore":
            first = fields[name]
            st.ctx.add("warning", "duplicate_column",
                       f"คอลัมน์ {col.label} มีความหมายเดียวกับ {first.label} ({th}) — ใช้ {first.label}",
                       f"column {col.label} means the same as {first.label} ({en}); {first.label} is used",
                       "ลบหรือเปลี่ยนชื่อคอลัมน์ที่ซ้ำ", "delete or rename the repeated column", sheet,
                       header.last + 1, col.label)
            continue
        if name != "ignore":
            fields[name] = col
        hint = {"points": (" (คะแนนถ่วงน้ำหนัก)", " (weighted points)"),
                "scale100": (" (0–100)", " (0–100)")}.get(role.hint or "", ("", ""))
        lines_th.append(f"{col.label} → {th}{hint[0]}")
        lines_en.append(f"{col.label} → {en}{hint[1]}")
    st.report.assume(f"ชีต '{sheet}' จับคู่คอลัมน์: " + "; ".join(lines_th),
                     f"sheet '{sheet}' column mapping: " + "; ".join(lines_en))
    if unknown:
        st.ctx.add("warning", "unknown_columns", f"ไม่รู้จักคอลัมน์ {', '.join(unknown)} — ไม่ได้นำมาใช้",
                   f"unknown columns {', '.join(unknown)}; they are not used",
                   "ถ้าเป็นคะแนน ให้ตั้งหัวคอลัมน์ตามแบบ เช่น 'ตัวชี้วัดที่ 1', 'IIT', 'คะแนนรวม', 'ระดับ'",
                   "if they hold scores, name them like 'Indicator 1', 'IIT', 'total', 'level'",
                   sheet, header.last + 1, ", ".join(unknown))
    return fields


def _unlabelled_columns(grid: pd.DataFrame, header: Header, sheet: str, st: _State) -> None:
    """Warn about columns that have no header text but hold data below the header."""
    out = []
    for c in range(grid.shape[1]):
        if header.columns[c].text:
            continue
        body = grid.iloc[header.last + 1:, c]
        if body.notna().any() and body.map(lambda v: bool(cell_text(v).strip())).any():
            out.append(f"({letter(c)})")
    if out:
        st.ctx.add("warning", "unknown_columns", f"คอลัมน์ไม่มีหัวแต่มีข้อมูล {', '.join(out)} — ไม่ได้นำมาใช้",
                   f"columns without a header but with data {', '.join(out)}; they are not used",
                   "ใส่หัวคอลัมน์ หรือลบคอลัมน์ที่ไม่ใช้", "give the column a header or delete it", sheet,
                   header.last + 1, ", ".join(out))


# ---------------------------------------------------------------- years

def _fallback_year(sheet: str, grid: pd.DataFrame, header: Header, st: _State) -> tuple[int | None, str, str]:
    """A year for rows without one: from the sheet name, the title rows above the header, or the file name."""
    y, kind = parse_year(sheet)
    if y is not None:
        st.note_year_kind(kind, sheet, y)
        return y, "ชื่อชีต", "the sheet name"
    found = set()
    for row in grid.iloc[:header.first].itertuples(index=False, name=None):
        found |= {year_in_text(v)[0] for v in row if isinstance(v, str)}
    found.discard(None)
    if len(found) == 1:
        return found.pop(), "ชื่อเรื่องเหนือหัวตาราง", "the title above the header"
    if st.file_year is not None:
        return st.file_year, "ชื่อไฟล์", "the file name"
    return None, "", ""


def _years(col: pd.Series | None, n: int, fallback: int | None, st: _State) -> tuple[np.ndarray, np.ndarray]:
    """(BE year per row, 0 where none; mask of rows whose year cell cannot be read)."""
    if col is None:
        return np.full(n, fallback or 0, dtype=np.int64), np.zeros(n, dtype=bool)
    raw = col.to_numpy(dtype=object)
    codes, uniq = pd.factorize(raw)
    parsed = np.full(len(uniq) + 1, fallback or 0, dtype=np.int64)
    unreadable = np.zeros(len(uniq) + 1, dtype=bool)
    for k, value in enumerate(uniq):
        if _blank_text(cell_text(value).strip()):
            continue
        y, kind = parse_year(value)
        if y is None:
            unreadable[k] = True
        else:
            parsed[k] = y
            st.note_year_kind(kind, value, y)
    return parsed[codes], unreadable[codes]


# ---------------------------------------------------------------- values

def _numbers(col: pd.Series, name: str, sheet: str, rows: np.ndarray, st: _State, label: str | None,
             skip: np.ndarray) -> np.ndarray:
    """Float per row; a warning for every non-blank cell that is not a number (it becomes NaN) outside skip."""
    values, bad = to_numbers(col)
    bad &= ~skip
    if bad.any():
        raw = col.to_numpy(dtype=object)
        th, en = field_label(name)
        for i in np.flatnonzero(bad):
            st.ctx.add("warning", "bad_value", f"{th}: '{cell_text(raw[i])}' ไม่ใช่ตัวเลข — ถือว่าไม่มีคะแนน",
                       f"{en}: '{cell_text(raw[i])}' is not a number; treated as missing",
                       "ใส่ตัวเลข 0–100 หรือเว้นว่าง", "enter a number from 0 to 100 or leave the cell blank",
                       sheet, int(rows[i]), label)
    return values


def _level_or_total(col: pd.Series, fields: dict[str, Column], sheet: str, st: _State):
    """A level column's texts, or (when every value is a number and there is no total column) the total."""
    texts = _texts(col)
    if "total" not in fields:
        nums, bad = to_numbers(col)
        if not bad.any() and not np.isnan(nums).all():
            st.report.assume(f"ชีต '{sheet}': คอลัมน์ {fields['level'].label} เป็นตัวเลข จึงถือเป็นคะแนนรวม",
                             f"sheet '{sheet}': column {fields['level'].label} holds numbers, taken as the total")
            return None, nums
    return texts, None


def _drop(mask: np.ndarray, rows: np.ndarray, labels, code: str, th: str, en: str, sheet: str, st: _State,
          severity: str = "info", fix: tuple[str, str] = ("", "")) -> None:
    """One problem per dropped row, saying why it was not used."""
    for i in np.flatnonzero(mask):
        name = f" '{labels[i]}'" if labels is not None and labels[i] else ""
        st.ctx.add(severity, code, f"ไม่ใช้แถว{name}: {th}", f"row{name} not used: {en}", *fix, sheet, int(rows[i]))


def _unit_types(names: np.ndarray, name_code: np.ndarray, given: np.ndarray | None) -> np.ndarray:
    """Unit type per row: the type column where it has a value, else inferred from the unit's name."""
    need = np.ones(len(name_code), dtype=bool) if given is None else pd.isna(given)
    out = np.full(len(name_code), None, dtype=object) if given is None else given.copy()
    if need.any():
        inferred = np.full(len(names), "", dtype=object)
        for k in np.unique(name_code[need]):
            if names[k]:
                inferred[k] = infer_unit_type(names[k])
        out[need] = inferred[name_code[need]]
    return out


# ---------------------------------------------------------------- one sheet

def _read_sheet(sheet: str, grid: pd.DataFrame, st: _State) -> pd.DataFrame | None:
    """The sheet's unit-year rows as an internal wide frame, or None when it has no usable table."""
    header, _ = find_header(grid)
    if header is None:
        return None
    kinds = {c.role.field for c in header.columns if c.role}
    long = ("indicator_label" in kinds and not any(_is_indicator(k) for k in kinds)
            and ("score" in kinds or "total" in kinds))
    two = header.first != header.last
    rows_txt = f"{header.first + 1}" + (f"–{header.last + 1}" if two else "")
    titles = "1" if header.first == 1 else f"1–{header.first}"
    st.report.assume(
        f"ชีต '{sheet}': หัวตารางอยู่แถว {rows_txt}" + (" (หัวสองชั้น เซลล์ผสานเติมไปทางขวา)" if two else "")
        + (f"; แถว {titles} เป็นชื่อเรื่อง" if header.first else ""),
        f"sheet '{sheet}': header in row{'s' if two else ''} {rows_txt}"
        + (" (two-row header, merged cells filled to the right)" if two else "")
        + (f"; row{'s' if header.first > 1 else ''} {titles} taken as titles" if header.first else ""))
    fields = _mapping(header, sheet, long, st)
    if long and "score" not in fields:
        fields["score"] = fields.pop("total")
    _unlabelled_columns(grid, header, sheet, st)
    st.ctx.headers[sheet] = {name: col.label for name, col in fields.items()}
    fallback, src_th, src_en = _fallback_year(sheet, grid, header, st)
    if "year" not in fields:
        if fallback is None:
            st.ctx.add("error", "no_fiscal_year",
                       "ไม่พบปีงบประมาณ: ไม่มีคอลัมน์ปีงบประมาณ และชื่อชีต ชื่อเรื่อง หรือชื่อไฟล์ไม่ระบุปี",
                       "no fiscal year: there is no fiscal-year column and neither the sheet name, the title rows "
                       "nor the file name gives a year",
                       "เพิ่มคอลัมน์ 'ปีงบประมาณ' (เช่น 2566) หรือตั้งชื่อชีตเป็นปี เช่น 2566",
                       "add a 'fiscal year' column (e.g. 2566) or name the sheet after the year, e.g. 2566",
                       sheet, header.last + 1)
            return None
        st.report.assume(f"ชีต '{sheet}': ปีงบประมาณ {fallback} จาก{src_th}",
                         f"sheet '{sheet}': fiscal year {fallback} taken from {src_en}")
    sheet_named = parse_year(sheet)[0] is not None
    st.year_sheets += sheet_named

    body = grid.iloc[header.last + 1:]
    n = len(body)
    rows = np.arange(header.last + 2, header.last + 2 + n)

    def col(name):
        return body.iloc[:, fields[name].index] if name in fields else None

    def label(name):
        return fields[name].label if name in fields else None

    # units and summary rows: parsed once per distinct name
    ucodes, uniq = pd.factorize(col("unit").to_numpy(dtype=object))
    cleaned = [u if type(u) is str and u.isprintable() and u == u.strip() and "  " not in u   # already clean
               else clean_name(cell_text(u)) for u in uniq] + [""]
    ncodes, names = pd.factorize(np.array(cleaned, dtype=object))
    names = np.asarray(names, dtype=object)
    name_code = ncodes[ucodes]                      # an empty cell (-1) takes the "" added last
    unit = names[name_code]
    unit_blank = np.array([_blank_text(x) for x in names])[name_code]
    summary = np.array([is_summary_label(x) for x in names])[name_code]

    years, bad_year = _years(col("year"), n, fallback, st)
    if "year" in fields and sheet_named:
        other = (years != fallback) & (years != 0)
        if other.any():
            found = ", ".join(map(str, np.unique(years[other])))
            st.ctx.add("warning", "year_mismatch",
                       f"{int(other.sum())} แถวมีปีงบประมาณ ({found}) ไม่ตรงกับชื่อชีต ({fallback}) — ใช้ปีในคอลัมน์",
                       f"{int(other.sum())} rows give a fiscal year ({found}) other than the sheet name "
                       f"({fallback}); the column is used",
                       "ตรวจปีงบประมาณหรือชื่อชีต", "check the fiscal years or the sheet name", sheet,
                       int(rows[np.argmax(other)]), label("year"))

    # values
    labels = raw_labels = None
    hints = {name: c.role.hint for name, c in fields.items() if c.role and c.role.hint}
    skip_bad = np.zeros(n, dtype=bool)
    if long:
        lab_codes, lab_uniq = pd.factorize(col("indicator_label").to_numpy(dtype=object))
        lab_roles = [classify_label(u) for u in lab_uniq]
        for r in lab_roles:
            if r is not None and r.hint:
                hints.setdefault(r.field, r.hint)
        labels = np.array([r.field if r else None for r in lab_roles] + [None], dtype=object)[lab_codes]
        raw_labels = np.array([cell_text(u).strip() for u in lab_uniq] + [""], dtype=object)[lab_codes]
        skip_bad = labels == "level"
    values: dict[str, np.ndarray] = {}
    level = level_rows = None
    for name in fields:
        if name == "level":
            level, as_total = _level_or_total(col(name), fields, sheet, st)
            if as_total is not None:
                values["total"] = as_total
                st.ctx.headers[sheet]["total"] = fields["level"].label
        elif name == "score" or _is_indicator(name) or name[:3] in TOOLS or name == "total":
            values[name] = _numbers(col(name), name, sheet, rows, st, label(name), skip_bad)
    if long and skip_bad.any():
        level_rows = np.where(skip_bad, _texts(col("score")), None)
    has_value = np.zeros(n, dtype=bool)
    for v in values.values():
        has_value |= ~np.isnan(v)
    for texts in (level, level_rows):
        if texts is not None:
            has_value |= pd.notna(texts)
    non_blank = ~unit_blank | has_value
    summary &= non_blank
    if unit_blank.any():                 # a summary label may sit in a row-number column when the unit is blank
        for c in header.columns:
            if c.role and c.role.kind == "ignore":
                texts = _texts(body.iloc[:, c.index])
                for i in np.flatnonzero(unit_blank & has_value & ~summary):
                    if texts[i] and is_summary_label(texts[i]):
                        summary[i], unit[i] = True, texts[i]
    no_unit = unit_blank & has_value & ~summary
    bad_year &= non_blank & ~summary & ~no_unit
    for i in np.flatnonzero(bad_year):
        text = cell_text(col("year").iat[i])
        st.ctx.add("error", "bad_year", f"อ่านปีงบประมาณ '{text}' ไม่ได้ — ไม่นำแถวนี้มาใช้",
                   f"cannot read the fiscal year '{text}'; the row is not used",
                   "ใส่ปี พ.ศ. 4 หลัก เช่น 2566 (หรือ ค.ศ. เช่น 2023)",
                   "enter a 4-digit BE year such as 2566 (or CE such as 2023)", sheet, int(rows[i]), label("year"))
    no_values = ~unit_blank & ~has_value & ~summary & ~bad_year
    no_year = (years == 0) & ~bad_year & non_blank & ~summary & ~no_unit & ~no_values
    st.rows_read += int(non_blank.sum())
    if (~non_blank).any():
        st.report.assume(f"ชีต '{sheet}': ข้ามแถวว่าง {int((~non_blank).sum())} แถว",
                         f"sheet '{sheet}': skipped {int((~non_blank).sum())} blank row(s)")
    _drop(summary, rows, unit, "summary_row", "เป็นแถวสรุป (รวม/เฉลี่ย) ไม่ใช่หน่วยงาน",
          "a summary row (total/average), not a unit", sheet, st)
    _drop(no_unit, rows, None, "row_dropped", "ไม่มีชื่อหน่วยงาน", "no unit name", sheet, st)
    _drop(no_values, rows, unit, "row_dropped", "ไม่มีคะแนน", "no scores", sheet, st)
    _drop(no_year, rows, unit, "no_fiscal_year", "ไม่มีปีงบประมาณ", "no fiscal year", sheet, st, "error",
          ("ใส่ปีงบประมาณในแถวนี้ เช่น 2566 หรือตั้งชื่อชีตเป็นปี", "enter the fiscal year in this row, e.g. 2566, "
           "or name the sheet after the year"))
    keep = non_blank & ~summary & ~no_unit & ~no_values & ~bad_year & ~no_year
    given_type = _texts(col("unit_type"), clean=True) if "unit_type" in fields else None
    base = {"unit": unit, "unit_type": _unit_types(names, name_code, given_type), "fiscal_year": years,
            "_row": rows}
    if level is not None:
        values["level"] = level
    if long:
        frame = _pivot_long(base, keep, labels, raw_labels, level_rows, values, sheet, st)
    else:
        frame = pd.DataFrame({k: v[keep] for k, v in base.items()} | {k: v[keep] for k, v in values.items()})
    frame["_sheet"] = sheet
    frame["_has_ind"] = any(_is_indicator(c) for c in frame.columns)
    st.layouts.append("long" if long else _layout_of(frame))
    return _finish(frame, sheet, st, hints)


def _layout_of(frame: pd.DataFrame) -> str:
    if any(_is_indicator(c) for c in frame.columns):
        return "wide"
    return "tools" if any(c[:3] in TOOLS for c in frame.columns) else "totals"


def _pivot_long(base: dict, keep: np.ndarray, labels: np.ndarray, raw_labels: np.ndarray,
                level_rows: np.ndarray | None, values: dict, sheet: str, st: _State) -> pd.DataFrame:
    """Long rows (unit, year, indicator, score) → one row per unit-year; repeated cells checked first.

    Other columns of a long file (a total or level per row) give the first value per unit-year."""
    rows = base["_row"]
    unknown = keep & pd.isna(labels) & (raw_labels != "")
    for text in pd.unique(raw_labels[unknown]):
        where = np.flatnonzero(unknown & (raw_labels == text))
        st.ctx.add("warning", "unknown_indicator",
                   f"ไม่รู้จักตัวชี้วัด '{text}' ({len(where)} แถว) — ไม่ได้นำมาใช้",
                   f"unknown indicator '{text}' ({len(where)} row{'s' if len(where) > 1 else ''}); not used",
                   "ใช้เลขตัวชี้วัด 1–10 ชื่อตัวชี้วัด หรือ IIT/EIT/OIT/คะแนนรวม",
                   "use indicator numbers 1–10, indicator names, or IIT/EIT/OIT/total", sheet,
                   int(rows[where[0]]), st.ctx.column(sheet, "indicator_label"))
    _drop(keep & (raw_labels == ""), rows, base["unit"], "row_dropped", "ไม่มีชื่อตัวชี้วัด", "no indicator",
          sheet, st)
    score = values.pop("score")
    sel = keep & pd.notna(labels)
    text = level_rows if level_rows is not None else np.full(len(rows), None, dtype=object)
    cells = pd.DataFrame({k: v[sel] for k, v in base.items()}
                         | {"field": labels[sel], "value": score[sel], "text": text[sel], "_sheet": sheet})
    cells = drop_duplicates(cells, ["unit", "fiscal_year", "field"], ["value", "text"], st.ctx,
                            label=lambda r: (f"{r['unit']} ปี {r['fiscal_year']} {field_label(r['field'])[0]}",
                                             f"{r['unit']} FY{r['fiscal_year']} {field_label(r['field'])[1]}"))
    gid, _ = pd.factorize(pd.MultiIndex.from_arrays([cells["unit"].to_numpy(), cells["fiscal_year"].to_numpy()]))
    first = np.unique(gid, return_index=True)[1]
    out = pd.DataFrame({k: cells[k].to_numpy()[first] for k in ("unit", "unit_type", "fiscal_year", "_row")})
    fld = cells["field"].to_numpy()
    for name in pd.unique(fld):
        m = fld == name
        src = cells["text" if name == "level" else "value"].to_numpy()
        v = np.full(len(out), None if name == "level" else np.nan, dtype=object if name == "level" else float)
        r = np.full(len(out), np.nan)
        v[gid[m]] = src[m]
        r[gid[m]] = cells["_row"].to_numpy()[m]
        out[name] = v
        out[f"_r_{name}"] = r
    if values:                           # per-row columns beside the long ones: first value per unit-year
        gid_all, _ = pd.factorize(pd.MultiIndex.from_arrays([base["unit"][keep], base["fiscal_year"][keep]]))
        pos = {k: i for i, k in enumerate(zip(out["unit"], out["fiscal_year"]))}
        keys = list(zip(base["unit"][keep], base["fiscal_year"][keep]))
        for name, arr in values.items():
            if name in out.columns:
                continue
            col = np.full(len(out), None if name == "level" else np.nan, dtype=object if name == "level" else float)
            for k, val in zip(keys, arr[keep]):
                i = pos.get(k)
                if i is not None and pd.isna(col[i]) and not pd.isna(val):
                    col[i] = val
            out[name] = col
    return out


# ---------------------------------------------------------------- tool scales

def _tool_scale(frame: pd.DataFrame, tool: str, hint: str | None, fw) -> tuple[bool, str, str]:
    """(given as weighted points?, reason in Thai, in English) for one tool column."""
    weight = fw.tool(tool.upper()).weight
    if hint == "points":
        return True, "หัวคอลัมน์ระบุคะแนนถ่วงน้ำหนัก", "the header says weighted points"
    if hint == "scale100":
        return False, "หัวคอลัมน์ระบุ 0–100", "the header says 0–100"
    v = frame[tool].to_numpy(dtype=float)
    ok = v[(v >= 0) & (v <= 100)]
    if not len(ok):
        return False, "ไม่มีค่า", "no values"
    if ok.max() > weight:
        return False, f"มีค่าเกิน {weight:g}", f"values above {weight:g}"
    inds = [f"i{i.number}" for i in fw.indicators_of(tool.upper())]
    if all(c in frame.columns for c in inds):
        w = np.array([fw.indicator(int(c[1:])).weight for c in inds])
        expected = frame[inds].to_numpy(dtype=float) @ w / w.sum()
        sel = ~np.isnan(expected) & ~np.isnan(v)
        if sel.any():
            d100 = np.median(np.abs(v[sel] - expected[sel]))
            dpts = np.median(np.abs(v[sel] - expected[sel] * weight / 100))
            return (dpts < d100, "ตรงกับคะแนนตัวชี้วัดเมื่อคิดเป็นคะแนนถ่วงน้ำหนัก" if dpts < d100
                    else "ตรงกับคะแนนตัวชี้วัดบนสเกล 0–100",
                    "matches the indicator scores as weighted points" if dpts < d100
                    else "matches the indicator scores on the 0–100 scale")
    return True, f"ทุกค่าไม่เกิน {weight:g}", f"every value is at most {weight:g}"


def _finish(frame: pd.DataFrame, sheet: str, st: _State, hints: dict) -> pd.DataFrame:
    """Tool scales detected and converted to 0–100, scores outside their range dropped, tool parts averaged."""
    years = frame["fiscal_year"].to_numpy()
    fw = framework.for_year(int(np.bincount(years).argmax())) if len(years) else None
    fw = fw or framework.latest()
    limits: dict[str, float] = {}
    points: dict[str, float] = {}
    for tool in TOOLS:
        if tool not in frame.columns:
            continue
        is_points, why_th, why_en = _tool_scale(frame, tool, hints.get(tool), fw)
        where = st.ctx.column(sheet, tool) or tool.upper()
        weight = fw.tool(tool.upper()).weight
        if is_points:
            limits[tool] = points[tool] = weight
            st.report.assume(f"ชีต '{sheet}' {where}: คะแนนถ่วงน้ำหนัก (เต็ม {weight:g}; {why_th}) — แปลงเป็น 0–100",
                             f"sheet '{sheet}' {where}: weighted points (of {weight:g}; {why_en}); "
                             f"converted to 0–100")
        else:
            st.report.assume(f"ชีต '{sheet}' {where}: คะแนน 0–100 ตามที่ให้มา ({why_th})",
                             f"sheet '{sheet}' {where}: on the 0–100 scale as given ({why_en})")
    names = [c for c in frame.columns if not c.startswith("_") and frame[c].dtype.kind == "f"]
    check_range(frame, names, limits, sheet, st.ctx)
    for tool, weight in points.items():
        frame[tool] = frame[tool] * (100.0 / weight)
    for tool in TOOLS:
        parts = [c for c in frame.columns if c.startswith(f"{tool}_p")]
        if not parts:
            continue
        if tool in frame.columns:
            st.report.assume(f"ชีต '{sheet}': มีทั้ง {tool.upper()} และ {tool.upper()} แยกส่วน — ใช้ {tool.upper()}",
                             f"sheet '{sheet}': both {tool.upper()} and its parts are given; {tool.upper()} is used")
        else:
            frame[tool] = frame[parts].mean(axis=1, skipna=False)
            if f"_r_{parts[0]}" in frame.columns:
                frame[f"_r_{tool}"] = frame[f"_r_{parts[0]}"]
            st.report.assume(f"ชีต '{sheet}': {tool.upper()} แยกเป็น {len(parts)} ส่วน — ใช้ค่าเฉลี่ยของทุกส่วนเป็น "
                             f"{tool.upper()}", f"sheet '{sheet}': {tool.upper()} given in {len(parts)} parts; "
                             f"their mean is taken as {tool.upper()}")
        frame = frame.drop(columns=parts + [f"_r_{p}" for p in parts if f"_r_{p}" in frame.columns])
    return frame


# ---------------------------------------------------------------- whole file

def _empty_scores() -> pd.DataFrame:
    dtypes = {"unit": "str", "unit_type": "str", "fiscal_year": "int64", "indicator": "int64", "score": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes[c]) for c in SCORE_COLUMNS})


def _strings(values: np.ndarray):
    """(codes, str-dtype array of the distinct values): each distinct string is converted once, then taken."""
    codes, uniq = pd.factorize(values)
    return codes, pd.array(np.asarray(uniq, dtype=object), dtype="str")


def _outputs(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The `scores` and `published` contract frames from the validated unit-year rows."""
    ind = sorted((c for c in frame.columns if _is_indicator(c)), key=lambda c: int(c[1:]))
    ucodes, units = _strings(frame["unit"].to_numpy(dtype=object))
    tcodes, types = _strings(frame["unit_type"].to_numpy(dtype=object))
    years = frame["fiscal_year"].to_numpy(dtype=np.int64)
    if ind:
        mat = frame[ind].to_numpy(dtype=float)
        present = ~np.isnan(mat)
        r, c = np.nonzero(present)
        scores = pd.DataFrame({"unit": units.take(ucodes[r]), "unit_type": types.take(tcodes[r]),
                               "fiscal_year": years[r], "indicator": np.array([int(x[1:]) for x in ind])[c],
                               "score": mat[present]})
    else:
        scores = _empty_scores()
    has = np.zeros(len(frame), dtype=bool)
    for c in ("iit", "eit", "oit", "total", "level"):
        if c in frame.columns:
            has |= frame[c].notna().to_numpy()
    sel = np.flatnonzero(has)
    pub = {"unit": units.take(ucodes[sel]), "unit_type": types.take(tcodes[sel]), "fiscal_year": years[sel]}
    for c in ("iit", "eit", "oit", "total"):
        pub[c] = frame[c].to_numpy(dtype=float)[sel] if c in frame.columns else np.full(len(sel), np.nan)
    level = frame["level"].to_numpy(dtype=object)[sel] if "level" in frame.columns else np.full(len(sel), None)
    level[pd.isna(level)] = None
    pub["level"] = pd.Series(level, dtype=object)          # str or None, as printed in the file
    return scores, pd.DataFrame(pub)[PUBLISHED_COLUMNS]


def ingest_sheets(sheets: dict[str, pd.DataFrame], file_name: str, report: IngestReport) -> IngestResult:
    """Tidy `scores` and `published` frames from raw sheet grids, and the filled report.

    Raises IngestError when nothing usable is found (no header, no fiscal year, no rows)."""
    st = _State(file_name, report)
    blocks = []
    skipped = []
    for sheet, grid in sheets.items():
        sheet = str(sheet)
        block = _read_sheet(sheet, grid, st) if grid.shape[0] and grid.shape[1] else None
        if block is None:
            skipped.append((sheet, grid))
            continue
        if sheet not in report.sheets:
            report.sheets.append(sheet)
        blocks.append(block)
    if not blocks:
        if not report.errors:
            _no_header(sheets, st)
        st.ctx.finish()
        raise IngestError(report)
    for sheet, grid in skipped:
        if grid.shape[0] and not any(p.sheet == sheet for p in report.errors):
            report.assume(f"ชีต '{sheet}' ไม่มีหัวตารางที่รู้จัก — ข้าม",
                          f"sheet '{sheet}' has no recognisable header; skipped")
    frame = pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]
    for c in ("iit", "eit", "oit", "total"):
        if c in frame.columns:
            frame[c] = frame[c].astype(float)
    frame = validate(frame, st.ctx)
    scores, published = _outputs(frame)
    report.layout = "per_year_sheets" if st.year_sheets > 1 else (st.layouts[0] if len(set(st.layouts)) == 1
                                                                   else "mixed")
    report.rows_read += st.rows_read
    report.rows_kept += len(frame)
    st.ctx.finish()
    if scores.empty and published.empty:
        report.add(Problem("error", "no_rows", "ไม่มีแถวข้อมูลที่ใช้ได้ในไฟล์นี้", "no usable rows in this file",
                           "ตรวจว่ามีชื่อหน่วยงาน ปีงบประมาณ และคะแนนในแต่ละแถว",
                           "check that each row has a unit name, a fiscal year and scores", file_name))
        raise IngestError(report)
    return IngestResult(scores, published, report)


def _no_header(sheets: dict[str, pd.DataFrame], st: _State) -> None:
    found = []
    for grid in sheets.values():
        if grid.shape[0] and grid.shape[1]:
            _, cand = find_header(grid)
            if cand is not None:
                found += [c.label for c in cand.columns if c.role]
    seen_th = f" (พบเพียง: {', '.join(found)})" if found else ""
    seen_en = f" (found only: {', '.join(found)})" if found else ""
    st.ctx.add("error", "no_header", f"ไม่พบหัวตารางที่รู้จักใน {SCAN_ROWS} แถวแรก{seen_th}",
               f"no recognisable header in the first {SCAN_ROWS} rows{seen_en}", EXPECTED_TH, EXPECTED_EN)


def ingest_bytes(data: bytes, file_name: str) -> IngestResult:
    """IngestResult of a file's bytes (xlsx, xls, ods, csv): guarded read, then ingest_sheets.

    Raises IngestError (with bilingual problems) when the file is refused or nothing usable is in it."""
    from analysis.readers import read_sheets

    report = IngestReport(file=file_name)
    sheets = read_sheets(data, file_name, report)
    return ingest_sheets(sheets, file_name, report)


def ingest_path(path) -> IngestResult:
    """ingest_bytes of a file on disk (named by its file name in messages)."""
    path = Path(path)
    return ingest_bytes(path.read_bytes(), path.name)
