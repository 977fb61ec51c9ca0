"""The OIT readiness checklist of one unit and fiscal year: every item of that year's list with its status,
evidence URLs, owner, due date and notes; the predicted OIT score and total from it; and the .xlsx/.csv file the
working group circulates (columns item, status, url, owner, due, notes — Thai or English headers, Thai statuses
and Thai digits accepted).

The prediction rule (issue 12.3): an item counts 100 when it is published (เผยแพร่แล้ว) with at least one
evidence URL, otherwise 0; items marked not applicable (ไม่เกี่ยวข้อง) are left out; an indicator's score is the
mean over its items; the OIT score is the indicator-weighted mean of the OIT indicators that have items."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from analysis.common.normalise import cell_text, norm_header, thai_digits
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import t
from analysis.ita import Framework, family_name
from analysis.ita.ingest import Context, letter
from analysis.plan.forms import be_date, parse_typed_date

STATUSES = ("not_started", "in_progress", "ready", "published", "not_applicable")
DONE, LEFT_OUT = "published", "not_applicable"
_STATUS_WORDS = {
    "not_started": ("ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "ยังไม่ดำเนินการ", "ไม่ได้เริ่ม", "not started", "not_started", "todo",
                    "to do"),
    "in_progress": ("กำลังจัดทำ", "กำลังดำเนินการ", "อยู่ระหว่างจัดทำ", "อยู่ระหว่างดำเนินการ", "in progress",
                    "in_progress", "doing", "drafting"),
    "ready": ("พร้อมเผยแพร่", "รอเผยแพร่", "ready", "ready to publish"),
    "published": ("เผยแพร่แล้ว", "เผยแพร่", "published", "done"),
    "not_applicable": ("ไม่เกี่ยวข้อง", "ไม่เกี่ยวข้องกับหน่วยงาน", "ไม่มีภารกิจ", "not applicable", "not_applicable",
                       "n/a", "na", "-"),
}
_STATUS_OF = {re.sub(r"\s+", " ", w.casefold()): s for s, words in _STATUS_WORDS.items() for w in words}
COLUMNS = ("item", "name", "status", "url", "owner", "due", "notes")
_HEADS = {
    "item": ("item", "code", "ข้อ", "รหัส", "รหัสข้อ", "ข้อ oit", "oit"),
    "name": ("name", "ชื่อรายการ", "รายการ", "ชื่อ", "รายละเอียด"),
    "status": ("status", "สถานะ", "สถานะการดำเนินการ"),
    "url": ("url", "urls", "link", "links", "ลิงก์", "ลิงก์หลักฐาน", "หลักฐาน", "url หลักฐาน", "ที่อยู่เว็บไซต์"),
    "owner": ("owner", "ผู้รับผิดชอบ", "ผู้จัดทำ", "เจ้าของ", "หน่วยงานที่รับผิดชอบ"),
    "due": ("due", "due date", "กำหนดเสร็จ", "กำหนดส่ง", "วันครบกำหนด", "กำหนดแล้วเสร็จ"),
    "notes": ("notes", "note", "หมายเหตุ", "บันทึก"),
}
_HEAD_OF = {norm_header(h): col for col, heads in _HEADS.items() for h in heads}
_URL = re.compile(r"https?://[^\s,;<>\"']+", re.IGNORECASE)
_CODE = re.compile(r"o\s*0*(\d{1,3})", re.IGNORECASE)
SCAN_ROWS = 20


@dataclass(frozen=True)
class Entry:
    """One item of a unit's checklist as the group keeps it."""
    code: str
    status: str = "not_started"
    urls: tuple[str, ...] = ()
    owner: str = ""
    due: date | None = None
    notes: str = ""

    def counts(self) -> bool:
        """Published with at least one evidence URL: the item counts 100 in the prediction."""
        return self.status == DONE and bool(self.urls)


@dataclass(frozen=True)
class ItemScore:
    code: str
    name_th: str
    indicator: int
    status: str
    counted: bool | None          # True: 100, False: 0, None: left out (not applicable)


@dataclass(frozen=True)
class Prediction:
    """The predicted OIT (0–100) from a checklist; indicators maps each OIT indicator to its score (None when all
    its items are left out); warnings are (catalogue code, params) pairs."""
    fiscal_year: int
    family: str
    indicators: dict[int, float | None]
    oit: float | None
    items: list[ItemScore]
    warnings: list[tuple[str, dict]] = field(default_factory=list)

    def warning_texts(self, lang: str = "th") -> list[str]:
        """The warnings in words (the list family by its name, never its code)."""
        return [t(code, lang, **{**params, **({"family": family_name(params["family"], lang)} if "family" in params
                                              else {})}) for code, params in self.warnings]

    def to_dict(self, lang: str = "th") -> dict:
        """The CLI's JSON: {fiscal_year, indicators: {"9": s, …}, oit, items: [{code, status, counted}], warnings}."""
        return {"fiscal_year": self.fiscal_year,
                "indicators": {str(n): None if s is None else round(s, 2) for n, s in self.indicators.items()},
                "oit": None if self.oit is None else round(self.oit, 2),
                "items": [{"code": i.code, "status": i.status, "counted": i.counted} for i in self.items],
                "warnings": self.warning_texts(lang)}


def status_word(status: str, lang: str = "th") -> str:
    """A checklist status in words (ยังไม่เริ่ม / กำลังจัดทำ / พร้อมเผยแพร่ / เผยแพร่แล้ว / ไม่เกี่ยวข้อง)."""
    return t(f"oit.status_{status}", lang)


def parse_status(value) -> str | None:
    """The status code of a typed status in Thai or English (or the code itself); '' → not started; None when
    it is not a status."""
    text = re.sub(r"\s+", " ", thai_digits(cell_text(value)).strip().casefold())
    if not text:
        return "not_started"
    return text if text in STATUSES else _STATUS_OF.get(text)


def parse_urls(value) -> tuple[str, ...]:
    """Every http(s) address in a cell (several may be separated by new lines, spaces, commas or semicolons)."""
    seen: dict[str, None] = {}
    for url in _URL.findall(cell_text(value)):
        seen.setdefault(url.rstrip(".)"), None)
    return tuple(seen)


def item_code(value) -> str | None:
    """'O12', 'o 12', 'O012', 'ข้อ O12', 'O๑๒' → 'O12'; None when the cell names no OIT item."""
    text = thai_digits(cell_text(value)).strip()
    text = re.sub(r"^ข้อ\s*", "", text)
    m = _CODE.fullmatch(text)
    return f"O{int(m.group(1))}" if m and int(m.group(1)) > 0 else None


def items_of(fw: Framework | None, family: str) -> list:
    """The OIT items of that year's list for the family, in list order."""
    if fw is None:
        return []
    return [i for i in fw.oit_items if i.family == family]


def families(fw: Framework | None) -> list[str]:
    """The list families the year's framework has items for (nacc first)."""
    found = {i.family for i in fw.oit_items} if fw is not None else set()
    return sorted(found, key=lambda f: (f != "nacc", f))


def predict(fw: Framework, family: str, entries: Mapping[str, Entry]) -> Prediction:
    """The predicted OIT of a checklist (entries by item code) under that year's list; an item of the list with no
    entry counts as not started; an entry for an item not on the list is ignored, with a warning."""
    listed = items_of(fw, family)
    warnings: list[tuple[str, dict]] = []
    known = {i.code for i in listed}
    extra = sorted((c for c in entries if c not in known), key=_code_order)
    if extra:
        warnings.append(("oit.warn_not_listed", {"codes": ", ".join(extra), "year": fw.fiscal_year, "family": family}))
    missing = [i.code for i in listed if i.code not in entries]
    if missing and entries:
        warnings.append(("oit.warn_missing", {"codes": ", ".join(missing), "n": len(missing)}))
    status = fw.oit_items_status.get(family, "unknown")
    if status != "complete":
        warnings.append((f"oit.warn_list_{status}", {"year": fw.fiscal_year, "family": family}))
    items, per_ind = [], {}
    for item in listed:
        entry = entries.get(item.code, Entry(item.code))
        counted = None if entry.status == LEFT_OUT else entry.counts()
        items.append(ItemScore(item.code, item.name_th, item.indicator, entry.status, counted))
        if counted is not None:
            per_ind.setdefault(item.indicator, []).append(100.0 if counted else 0.0)
    oit_inds = [i for i in fw.indicators if i.tool == "OIT"]
    indicators = {i.number: (float(np.mean(per_ind[i.number])) if per_ind.get(i.number) else None) for i in oit_inds}
    for n, s in indicators.items():
        if s is None:
            warnings.append(("oit.warn_indicator_empty", {"n": n}))
    scored = [(i.weight, indicators[i.number]) for i in oit_inds if indicators[i.number] is not None]
    oit = sum(w * s for w, s in scored) / sum(w for w, _ in scored) if scored else None
    return Prediction(fw.fiscal_year, family, indicators, oit, items, warnings)


def predicted_indicator_scores(fw: Framework, prediction: Prediction, unit: str, unit_type: str,
                               last_year: Mapping[int, float], iit: float | None = None,
                               eit: float | None = None) -> pd.DataFrame:
    """Indicator scores (SCORE_COLUMNS) of the unit for the year predicted: the OIT indicators from the prediction
    (an indicator with no score keeps last year's), the IIT/EIT indicators from last year's — or, when iit/eit
    are given, every indicator of that tool at that value (so the tool scores are exactly the values entered)."""
    rows = []
    for ind in fw.indicators:
        value = last_year.get(ind.number)
        if ind.tool == "OIT" and prediction.indicators.get(ind.number) is not None:
            value = prediction.indicators[ind.number]
        elif ind.tool == "IIT" and iit is not None:
            value = iit
        elif ind.tool == "EIT" and eit is not None:
            value = eit
        rows.append({"unit": unit, "unit_type": unit_type, "fiscal_year": fw.fiscal_year, "indicator": ind.number,
                     "score": np.nan if value is None else float(value)})
    return pd.DataFrame(rows)


def overdue(entries: Iterable[Entry], today: date) -> list[str]:
    """Codes of items past their due date that are neither published nor left out."""
    return [e.code for e in entries if e.due is not None and e.due < today and e.status not in (DONE, LEFT_OUT)]


def _code_order(code: str) -> tuple[int, str]:
    m = re.fullmatch(r"O(\d+)", code)
    return (int(m.group(1)), code) if m else (10_000, code)


# ------------------------------------------------------------------------------------------ the circulated file
def checklist_table(fw: Framework | None, family: str, entries: Mapping[str, Entry], lang: str = "th") -> pd.DataFrame:
    """The checklist as the group's file: one row per item of the list (then any extra entries), columns item,
    name, status (in words), url (one per line), owner, due (dd/mm/yyyy BE) and notes, headed in the language."""
    rows = []
    listed = items_of(fw, family)
    codes = [i.code for i in listed] + sorted((c for c in entries if c not in {i.code for i in listed}), key=_code_order)
    names = {i.code: i.name_th for i in listed}
    for code in codes:
        e = entries.get(code, Entry(code))
        rows.append([code, names.get(code, ""), status_word(e.status, lang), "\n".join(e.urls), e.owner,
                     be_date(e.due), e.notes])
    return pd.DataFrame(rows, columns=[t(f"oit.col_{c}", lang) for c in COLUMNS])


def _header(grid: pd.DataFrame) -> tuple[int, dict[str, int]] | None:
    """(row index, {field: column index}) of the first row naming at least the item and the status."""
    for r in range(min(SCAN_ROWS, grid.shape[0])):
        found: dict[str, int] = {}
        for c in range(grid.shape[1]):
            col = _HEAD_OF.get(norm_header(grid.iat[r, c]))
            if col and col not in found:
                found[col] = c
        if "item" in found and "status" in found:
            return r, found
    return None


def read_checklist(sheets: Mapping[str, pd.DataFrame], file_name: str, report: IngestReport,
                   fw: Framework | None = None, family: str = "nacc") -> dict[str, Entry]:
    """The entries of a checklist file's first sheet with a header row (item and status at least); every row that
    cannot be read is a problem naming its sheet, row and column (and the entry is not taken); an item given twice
    is taken from neither row. Raises IngestError when no sheet has the header or nothing could be read."""
    report.kind = "checklist"
    ctx = Context(file_name, report)
    listed = {i.code for i in items_of(fw, family)}
    for sheet, grid in sheets.items():
        found = _header(grid) if grid.shape[0] and grid.shape[1] else None
        if found is None:
            continue
        head, cols = found
        report.layout = "checklist"
        ctx.headers[str(sheet)] = {f: f"{cell_text(grid.iat[head, c])} ({letter(c)})" for f, c in cols.items()}
        entries, rows_of = _read_rows(str(sheet), grid, head, cols, ctx, listed, fw, family)
        ctx.finish()
        report.rows_kept = len(entries)
        if not entries and not any(p.severity == "error" for p in report.problems):
            report.add(Problem("error", "checklist_empty", "oit.no_rows", "oit.no_rows_fix", {}, file_name, str(sheet)))
        if not entries:
            raise IngestError(report)
        return entries
    report.add(Problem("error", "checklist_no_header", "oit.no_header", "oit.no_header_fix", {"rows": SCAN_ROWS},
                       file_name))
    raise IngestError(report)


def _read_rows(sheet, grid, head, cols, ctx, listed, fw, family) -> tuple[dict[str, Entry], dict[str, int]]:
    entries: dict[str, Entry] = {}
    rows_of: dict[str, int] = {}
    twice: set[str] = set()

    def cell(r: int, name: str):
        return grid.iat[r, cols[name]] if name in cols else None

    for r in range(head + 1, grid.shape[0]):
        excel_row = r + 1
        raw_code = cell(r, "item")
        if not cell_text(raw_code).strip():
            continue
        code = item_code(raw_code)
        if code is None:
            ctx.add("error", "checklist_bad_item", "oit.bad_item", "oit.bad_item_fix", {"value": cell_text(raw_code)},
                    sheet, excel_row, ctx.column(sheet, "item"))
            continue
        status = parse_status(cell(r, "status"))
        if status is None:
            ctx.add("error", "checklist_bad_status", "oit.bad_status", "oit.bad_status_fix",
                    {"value": cell_text(cell(r, "status")), "code": code}, sheet, excel_row, ctx.column(sheet, "status"))
            continue
        due = None
        raw_due = cell(r, "due")
        if isinstance(raw_due, (pd.Timestamp, date)) and not pd.isna(raw_due):
            due = raw_due.date() if isinstance(raw_due, pd.Timestamp) else raw_due
        elif cell_text(raw_due).strip():
            try:
                due = parse_typed_date(cell_text(raw_due))
            except ValueError as exc:
                ctx.add("error", "checklist_bad_due", "oit.bad_due", "oit.bad_due_fix",
                        {"value": cell_text(raw_due), "code": code, "why": exc.args[0]}, sheet, excel_row,
                        ctx.column(sheet, "due"))
                continue
        urls = parse_urls(cell(r, "url"))
        if cell_text(cell(r, "url")).strip() and not urls:
            ctx.add("warning", "checklist_no_url", "oit.no_url", "oit.no_url_fix",
                    {"value": cell_text(cell(r, "url"))[:80], "code": code}, sheet, excel_row, ctx.column(sheet, "url"))
        if listed and code not in listed:
            ctx.add("warning", "checklist_not_listed", "oit.not_listed", "oit.not_listed_fix",
                    {"code": code, "year": fw.fiscal_year, "family": family}, sheet, excel_row, ctx.column(sheet, "item"))
        entry = Entry(code, status, urls, cell_text(cell(r, "owner")).strip(), due, cell_text(cell(r, "notes")).strip())
        if code in entries or code in twice:
            if code in entries:
                ctx.add("error", "checklist_twice", "oit.twice", "oit.twice_fix",
                        {"code": code, "first": rows_of[code], "second": excel_row}, sheet, excel_row,
                        ctx.column(sheet, "item"))
                del entries[code]
            twice.add(code)
            continue
        entries[code] = entry
        rows_of[code] = excel_row
    return entries, rows_of


def read_checklist_bytes(data: bytes, file_name: str, fw: Framework | None = None,
                         family: str = "nacc") -> tuple[dict[str, Entry], IngestReport]:
    """read_checklist on a file's bytes, read through the same guards as every upload; raises IngestError."""
    from analysis.files.readers import read_sheets

    report = IngestReport(file=file_name, kind="checklist")
    sheets = read_sheets(data, file_name, report)
    return read_checklist(sheets, file_name, report, fw, family), report


def merged(current: Mapping[str, Entry], imported: Mapping[str, Entry]) -> dict[str, Entry]:
    """The checklist after an import: imported items replace the stored ones, the others stay."""
    return {**current, **imported}


def with_status(entry: Entry, status: str) -> Entry:
    return replace(entry, status=status)


def progress_by_indicator(prediction: Prediction) -> dict[int, tuple[int, int]]:
    """(published with evidence, items that count) per OIT indicator: the progress bars of the tracker."""
    out: dict[int, list[int]] = {}
    for item in prediction.items:
        if item.counted is None:
            continue
        got = out.setdefault(item.indicator, [0, 0])
        got[0] += bool(item.counted)
        got[1] += 1
    return {n: (a, b) for n, (a, b) in out.items()}


def group_matrix(checklists: Mapping[str, Mapping[str, Entry]], codes: Sequence[str]) -> pd.DataFrame:
    """Units × items of status codes (the group view's heatmap); an item a unit has not entered is not started."""
    return pd.DataFrame([[checklists[u].get(c, Entry(c)).status for c in codes] for u in checklists],
                        index=list(checklists), columns=list(codes))


# ------------------------------------------------------------------------------------------ the demo
DEMO_YEAR = 2570
_DEMO_OWNERS = ("ฝ่ายบริหารงานทั่วไป", "ฝ่ายการคลัง", "ฝ่ายทะเบียน", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายปกครอง")


def demo_checklist(units: Sequence[str], fw: Framework, family: str = "nacc") -> dict[str, dict[str, Entry]]:
    """A fictitious FY2570 checklist for the demo units (the same every time): most items under way, some
    published with an evidence link on a made-up page of bangkok.go.th, a few overdue or not applicable."""
    import hashlib

    start = date(fw.fiscal_year - 543 - 1, 10, 1)            # 1 October of the fiscal year's first CE year
    out: dict[str, dict[str, Entry]] = {}
    for u, unit in enumerate(units):
        entries = {}
        for k, item in enumerate(items_of(fw, family)):
            h = int.from_bytes(hashlib.sha256(f"{unit}|{item.code}".encode()).digest()[:4], "big")
            roll = h % 100
            status = ("published" if roll < 35 else "ready" if roll < 50 else "in_progress" if roll < 75
                      else "not_applicable" if roll < 78 else "not_started")
            urls = (f"https://www.bangkok.go.th/demo/{u + 1:02d}/oit-{item.code.lower()}",) \
                if status in ("published", "ready") and h % 7 else ()
            due = date.fromordinal(start.toordinal() + 60 + (h // 100) % 150)
            entries[item.code] = Entry(item.code, status, urls, _DEMO_OWNERS[(h // 7) % len(_DEMO_OWNERS)], due,
                                       "ข้อมูลสาธิต" if k == 0 else "")
        out[unit] = entries
    return out
