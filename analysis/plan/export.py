"""Export of the measures document (.docx with a Thai font, .xlsx) and of a round's progress report; text never a formula."""
from __future__ import annotations

import io
from datetime import date
from typing import Any, Mapping, Sequence

from analysis.common.labels import round_label, status_label
from analysis.common.settings import OFFICE_FONT as DEFAULT_FONT
from analysis.common.text import t
from analysis.common.thaidate import thai_date
from analysis.ita.framework import Framework

# The documents are official Thai documents: their texts come from the catalogue in Thai.
MEASURE_HEADERS = [t(c) for c in ("doc.col_weakness", "doc.col_measure", "doc.col_steps", "doc.col_responsible",
                                  "doc.col_period", "doc.col_kpi", "doc.col_monitoring")]
PROGRESS_HEADERS = [t(c) for c in ("doc.col_code", "doc.col_measure", "doc.col_status", "doc.col_percent",
                                   "doc.col_planned", "doc.col_spent", "doc.col_result", "doc.col_problems",
                                   "doc.col_evidence")]


def _thai_date(value) -> str:
    return thai_date(value) if isinstance(value, date) else ""


def measure_rows(records: Sequence[Any], links: Mapping[int, Mapping], framework: Framework | None) -> list[list[str]]:
    """One row per measure, in MEASURE_HEADERS order: weak point, measure, steps, owner, timeline, KPI/target, monitoring.

    records are stored measures (analysis.store.Measure, or anything with the same attributes)."""
    rows = []
    for rec in records:
        inds = links.get(rec.id, {}).get("indicators", [])
        names = [f"{i} {framework.indicator(i).name_th}" if framework else str(i) for i in inds]
        weakness = rec.weakness or "; ".join(names)
        title = f"{rec.code} {rec.title}".strip() if rec.code else rec.title
        steps = "\n".join(f"{n}. {s}" for n, s in enumerate(rec.steps or [], 1))
        owner = " / ".join(x for x in (rec.responsible, rec.responsible_person) if x)
        span = " – ".join(x for x in (_thai_date(rec.start_date), _thai_date(rec.end_date)) if x)
        kpi = " / ".join(x for x in (rec.kpi or rec.outputs, rec.target) if x)
        rows.append([weakness, title, steps, owner, span, kpi, rec.monitoring or ""])
    return rows


def progress_rows(records: Sequence[Any], progress: Sequence[Any]) -> list[list]:
    """One row per measure in PROGRESS_HEADERS order for a round (measures without a report show their own status).

    records and progress are stored measures and progress (analysis.store.Measure, Progress or the same attributes)."""
    by_id = {p.measure_id: p for p in progress}
    rows = []
    for rec in records:
        p = by_id.get(rec.id)
        if p is None:
            rows.append([rec.code or "", rec.title, status_label(rec.status), None, None, None, "", "", ""])
            continue
        rows.append([rec.code or "", rec.title, status_label(p.status or rec.status), p.percent,
                     p.budget_planned, p.budget_spent, p.result or "", p.problems or "", p.evidence_url or ""])
    return rows


def to_docx(title: str, subtitle: str, headers: list[str], rows: list[list], font: str = DEFAULT_FONT) -> bytes:
    """A landscape A4 .docx with a heading and one table, every run in the given (Thai) font; returns its bytes."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, m, Cm(1.5))

    def fonted(run, size: float = 14, bold: bool = False):
        run.font.name, run.font.size, run.font.bold = font, Pt(size), bold
        fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), font)
        return run

    style = doc.styles["Normal"]
    style.font.name = font
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), font)
    fonted(doc.add_paragraph().add_run(title), 18, True)
    if subtitle:
        fonted(doc.add_paragraph().add_run(subtitle), 16)
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        fonted(cell.paragraphs[0].add_run(text), 14, True)
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            fonted(cell.paragraphs[0].add_run("" if value is None else _fmt(value)), 14)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def to_xlsx(sheet: str, headers: list[str], rows: list[list]) -> bytes:
    """An .xlsx with one sheet; every text cell is stored as text (never a formula, even when it starts with = + - @)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for r, values in enumerate([headers, *rows], 1):
        for c, value in enumerate(values, 1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                cell.value = "" if value is None else str(value)
                cell.data_type = "s"      # keeps "=cmd()" as text: openpyxl would otherwise write a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r == 1:
                cell.font = Font(bold=True)
    for c in range(1, len(headers) + 1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 30
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def measures_document(records: Sequence[Any], links: Mapping[int, Mapping], framework: Framework | None, unit: str,
                      fiscal_year: int | None, fmt: str = "docx", font: str = DEFAULT_FONT) -> bytes:
    """The measures document (weak points → measures, steps, owner, timeline, KPI, monitoring) as docx or xlsx bytes."""
    rows = measure_rows(records, links, framework)
    if fmt == "xlsx":
        return to_xlsx(t("doc.sheet_measures"), MEASURE_HEADERS, rows)
    year = t("doc.fiscal_year", year=fiscal_year) if fiscal_year else ""
    return to_docx(t("doc.measures_title", year=year), unit, MEASURE_HEADERS, rows, font)


def progress_report(records: Sequence[Any], progress: Sequence[Any], round_: str, fiscal_year: int, unit: str,
                    fmt: str = "docx", font: str = DEFAULT_FONT) -> bytes:
    """The progress report of one round (status, percent, budget, result, problems, evidence) as docx or xlsx bytes."""
    rows = progress_rows(records, progress)
    if fmt == "xlsx":
        return to_xlsx(t("doc.sheet_progress"), PROGRESS_HEADERS, rows)
    title = t("doc.progress_title", round=round_label(round_), year=fiscal_year)
    return to_docx(title, unit, PROGRESS_HEADERS, rows, font)
