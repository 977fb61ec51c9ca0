"""Import of an anti-corruption action plan (text export, .docx, .xlsx/.csv) into a list of measures with a report."""
from __future__ import annotations

import io
import logging
import re
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from analysis.common.normalise import cell_text, norm_header
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import msg
from analysis.plan import _text as pt

log = logging.getLogger(__name__)

# Column roles and the header words that name them (checked in this order: "ภารกิจตามมิติ" is a mission).
ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mission", ("ภารกิจ", "mission")),
    ("dimension", ("มิติ", "dimension")),
    ("title", ("โครงการ", "กิจกรรม", "มาตรการ", "measure", "project", "activity")),
    ("budget", ("งบประมาณ", "budget")),
    ("steps", ("วิธีดำเนินการ", "ขั้นตอน", "วิธีการ", "steps", "method")),
    ("results", ("ตัวชี้วัด", "ผลลัพธ์", "ผลผลิต", "indicator", "result", "outcome", "output")),
    ("responsible", ("หมายเหตุ", "ผู้รับผิดชอบ", "หน่วยงาน", "responsible", "remark", "note", "owner")),
)
_CARRIED = ("dimension", "mission", "title", "budget")     # blank in a continuation row
_PLAN_TITLE = re.compile(r"แผน.{0,40}(?:ทุจริต|ปฏิบัติการ)|action plan", re.I)
_YEARS = re.compile(r"([0-9๐-๙]{4})\s*[-–]\s*([0-9๐-๙]{4})")


@dataclass
class Measure:
    """One measure of the plan; code is normalised ("2.2.2 (6)"), code_th as printed ("๒.๒.๒ (๖)")."""

    code: str
    code_th: str
    dimension: str
    mission: str
    title: str
    budget_text: str
    budget_amount: float | None          # 0.0 = "ไม่ใช้งบประมาณ" (no budget); None = not a single amount
    steps: list[str]
    outputs: str
    outcomes: str
    indicators_text: str
    responsible: list[str]
    source_row: int                      # line (text), table row or sheet row where the measure starts
    merged_rows: list[int] = field(default_factory=list)   # continuation rows merged into it

    def to_dict(self) -> dict:
        """The measure as a plain dict (all fields)."""
        return asdict(self)


@dataclass
class PlanResult:
    """What an import produced: the measures, the agency and years the plan states, and the report."""

    measures: list[Measure]
    report: IngestReport
    agency: str = ""
    plan_title: str = ""
    years: tuple[int, int] | None = None


def _roles(cells: list[str]) -> dict[int, str]:
    """Column index → role for a header row (empty when fewer than 4 roles, or no title column, are named)."""
    found: dict[int, str] = {}
    for i, cell in enumerate(cells):
        head = norm_header(cell)
        if not head or len(head) > 60:
            continue
        for role, words in ROLES:
            if role not in found.values() and any(w in head for w in words):
                found[i] = role
                break
    return found if len(found) >= 4 and "title" in found.values() else {}


def parse_rows(rows: list[tuple[int, list[str]]], report: IngestReport, sheet: str | None = None) -> list[Measure]:
    """Measures from table rows (row number, cells) holding one or more 7-column headers; records skipped rows.

    Repeated header rows are skipped; a row whose measure cell is blank continues the previous measure
    (its cells are appended); blank dimension/mission cells inherit from the measure above.
    """
    roles: dict[int, str] = {}
    records: list[dict] = []
    for row_no, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        header = _roles(cells)
        if header:
            roles = header
            continue
        if not roles:
            continue   # page titles and text before the first header
        if len(cells) < max(roles) + 1 and len([c for c in cells if c.strip()]) <= 1:
            continue   # a title line between tables
        values = {role: (cells[i] if i < len(cells) else "") for i, role in roles.items()}
        values = {r: pt.strip_html(v) for r, v in values.items()}
        if not values.get("title"):
            carried = any(values.get(r) for r in _CARRIED)
            if records and not carried and any(values.values()):
                _continue(records[-1], values, row_no)
            elif any(values.values()):
                report.add(_skipped(report, sheet, row_no, "plan_row_orphan", "plan.reason_orphan", "plan.orphan_fix"))
            continue
        if records and _same_measure(records[-1], values):
            _continue(records[-1], values, row_no)   # a merged cell repeated on the next page (docx)
            continue
        records.append({"row": row_no, "merged": [], "raw": values, "sheet": sheet})
    return [m for m in (_measure(r, records[:i], report) for i, r in enumerate(records)) if m is not None]


def _same_measure(record: dict, values: dict) -> bool:
    return values.get("title") == record["raw"].get("title")


def _continue(record: dict, values: dict, row_no: int) -> None:
    for role, text in values.items():
        if text and role not in _CARRIED and text != record["raw"].get(role):
            record["raw"][role] = (record["raw"].get(role, "") + "\n" + text).strip()
    record["merged"].append(row_no)


def _skipped(report: IngestReport, sheet: str | None, row: int, code: str, reason: str, fix: str) -> Problem:
    """A warning that a row was skipped, and why (reason and fix: catalogue codes)."""
    return Problem("warning", code, "plan.row_skipped", fix, {"reason": msg(reason)},
                   file=report.file, sheet=sheet, row=row)


def _measure(record: dict, before: list[dict], report: IngestReport) -> Measure | None:
    raw = record["raw"]
    wrapped = any(pt.is_wrapped(pt.split_code(raw.get(r, ""))[2]) for r in ("dimension", "mission", "title"))
    text = {r: pt.join_words(v, wrapped) for r, v in raw.items()}
    code, code_th, title = pt.split_code(text["title"].replace("\n", " "))
    if not title:
        report.add(_skipped(report, record["sheet"], record["row"], "plan_row_no_title", "plan.reason_no_title",
                            "plan.no_title_fix"))
        return None
    if not code:
        report.add(Problem("warning", "plan_row_no_code", "plan.no_code", "plan.no_code_fix",
                           file=report.file, sheet=record["sheet"], row=record["row"], column="โครงการ/กิจกรรม/มาตรการ"))
    dimension = pt.heading(text.get("dimension", "").replace("\n", " "))
    mission = pt.heading(text.get("mission", "").replace("\n", " "))
    for prev in reversed(before):   # blank heading cells (merged vertically) inherit from the row above
        if dimension and mission:
            break
        p_text = {r: pt.join_words(v, True) for r, v in prev["raw"].items() if r in ("dimension", "mission")}
        dimension = dimension or pt.heading(p_text.get("dimension", "").replace("\n", " "))
        mission = mission or pt.heading(p_text.get("mission", "").replace("\n", " "))
    budget_text, amount = pt.parse_budget(text.get("budget", "").replace("\n", " "))
    outputs, outcomes = pt.split_results(text.get("results", ""))
    return Measure(
        code=code, code_th=code_th, dimension=dimension, mission=mission, title=title,
        budget_text=budget_text, budget_amount=amount, steps=pt.split_items(text.get("steps", "")),
        outputs=outputs, outcomes=outcomes, indicators_text=text.get("results", ""),
        responsible=pt.split_units(text.get("responsible", "")), source_row=record["row"],
        merged_rows=list(record["merged"]),
    )


# ---------------------------------------------------------------- formats

def _text_rows(data: bytes, report: IngestReport) -> tuple[list[tuple[int, list[str]]], list[str]]:
    for encoding in ("utf-8-sig", "utf-16", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        _refuse_not_plan(report)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [(i, line.split("\t")) for i, line in enumerate(lines, 1)]
    singles = [line.strip() for line in lines if line.strip() and "\t" not in line]
    return rows, singles


def _docx_rows(data: bytes, report: IngestReport) -> tuple[list[tuple[int, list[str]]], list[str]]:
    from docx import Document  # python-docx; lxml there does not resolve entities

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:   # damaged package, missing parts
        from analysis.files.guards import refuse_corrupt
        refuse_corrupt(report, exc)
    rows: list[tuple[int, list[str]]] = []
    n = 0
    for table in document.tables:
        for row in table.rows:
            n += 1
            cells, seen = [], set()
            for cell in row.cells:   # a horizontally merged cell is returned once per grid column
                key = id(cell._tc)
                cells.append("" if key in seen else cell.text)
                seen.add(key)
            rows.append((n, cells))
    singles = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    return rows, singles


def _guard_docx(data: bytes, report: IngestReport) -> None:
    from analysis.files.guards import MAX_ZIP_MEMBERS, check_size, check_xml_parts, refuse, refuse_corrupt

    check_size(data, report)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:
        log.warning("%s: the .docx could not be opened", report.file, exc_info=exc)
        refuse_corrupt(report, f"zip: {exc}")
    from analysis.common import settings
    if len(infos) > MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > settings.get_int("ITA_MAX_UNCOMPRESSED_MB") * 1024 * 1024:
        refuse(report, "file_corrupt", "files.corrupt", "files.corrupt_fix", why=msg("plan.zip_too_large"))
    check_xml_parts(zf, infos, report)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except Exception:
        return False


def _sheet_rows(data: bytes, file_name: str, report: IngestReport) -> dict[str, list[tuple[int, list[str]]]]:
    from analysis.files.readers import read_sheets

    sheets = read_sheets(data, file_name, report)
    return {name: [(i + 1, [cell_text(v) for v in row]) for i, row in enumerate(grid.itertuples(index=False))]
            for name, grid in sheets.items()}


def _refuse_not_plan(report: IngestReport) -> None:
    report.add(Problem("error", "not_a_plan", "plan.not_a_plan", "plan.not_a_plan_fix", file=report.file))
    raise IngestError(report)


def import_bytes(data: bytes, file_name: str) -> PlanResult:
    """The plan's measures read from a text export, .docx, .xlsx/.xls/.ods or .csv file.

    Raises IngestError (bilingual) when the file cannot be read or holds no plan table; rows that cannot be
    used are skipped and listed as warnings in the report.
    """
    report = IngestReport(file=file_name, kind="action_plan")
    suffix = Path(file_name).suffix.lower()
    singles: list[str] = []
    tables: dict[str | None, list[tuple[int, list[str]]]]
    if _is_docx(data):
        _guard_docx(data, report)
        report.layout = "docx"
        rows, singles = _docx_rows(data, report)
        tables = {None: rows}
    elif data.startswith(b"PK") or data.startswith(b"\xd0\xcf") or suffix in (".xlsx", ".xls", ".ods", ".csv"):
        report.layout = "sheet"
        tables = dict(_sheet_rows(data, file_name, report))
        for grid in tables.values():
            for _, cells in grid[:8]:   # title lines above the first header row
                if _roles(cells):
                    break
                singles += [c.strip() for c in cells if c.strip()][:1] if sum(bool(x.strip()) for x in cells) == 1 else []
    else:
        from analysis.files.guards import check_size
        check_size(data, report)
        report.layout = "text"
        rows, singles = _text_rows(data, report)
        tables = {None: rows}
    measures: list[Measure] = []
    for sheet, rows in tables.items():
        report.rows_read += sum(1 for _, cells in rows if any(c.strip() for c in cells))
        found = parse_rows(rows, report, sheet)
        measures += found
    if not measures:
        _refuse_not_plan(report)
    report.rows_kept = len(measures)
    result = PlanResult(measures=measures, report=report)
    _plan_meta(result, singles)
    merged = sum(len(m.merged_rows) for m in measures)
    report.assume("plan.import_found", n=len(measures), merged=merged)
    return result


def _plan_meta(result: PlanResult, singles: list[str]) -> None:
    titles = [s for s in singles if _PLAN_TITLE.search(s)]
    if titles:
        result.plan_title = Counter(titles).most_common(1)[0][0]
        match = _YEARS.search(result.plan_title)
        if match:
            result.years = (int(pt.arabic(match.group(1))), int(pt.arabic(match.group(2))))
    others = [s for s in singles if s not in titles and len(s) <= 80 and "\t" not in s]
    if others:
        result.agency = Counter(others).most_common(1)[0][0]


def import_path(path: str | Path) -> PlanResult:
    """import_bytes on a file on disk."""
    path = Path(path)
    return import_bytes(path.read_bytes(), path.name)
