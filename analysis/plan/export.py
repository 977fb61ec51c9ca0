"""Export of the measures document (.docx with a Thai font, .xlsx) and of a round's progress report; text never a formula."""
from __future__ import annotations

import io
from datetime import date
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.common.labels import round_label, status_label
from analysis.common.settings import OFFICE_FONT as DEFAULT_FONT
from analysis.common.text import t
from analysis.common.thaidate import thai_date
from analysis.common.workbook import Source, write_workbook
from analysis.ita.framework import Framework

# The documents are official Thai documents: their texts come from the catalogue in Thai.
# The .xlsx copies are headed in the chosen language.
MEASURE_COLUMNS = ("doc.col_weakness", "doc.col_measure", "doc.col_steps", "doc.col_responsible", "doc.col_period",
                   "doc.col_kpi", "doc.col_monitoring")
PROGRESS_COLUMNS = ("doc.col_code", "doc.col_measure", "doc.col_status", "doc.col_percent", "doc.col_planned",
                    "doc.col_spent", "doc.col_result", "doc.col_problems", "doc.col_evidence")
MEASURE_HEADERS = [t(c) for c in MEASURE_COLUMNS]
PROGRESS_HEADERS = [t(c) for c in PROGRESS_COLUMNS]


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


def progress_rows(records: Sequence[Any], progress: Sequence[Any], lang: str = "th") -> list[list]:
    """One row per measure in PROGRESS_HEADERS order for a round (measures without a report show their own status).

    records and progress are stored measures and progress (analysis.store.Measure, Progress or the same attributes)."""
    by_id = {p.measure_id: p for p in progress}
    rows = []
    for rec in records:
        p = by_id.get(rec.id)
        if p is None:
            rows.append([rec.code or "", rec.title, status_label(rec.status, lang), None, None, None, "", "", ""])
            continue
        rows.append([rec.code or "", rec.title, status_label(p.status or rec.status, lang), p.percent,
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


def _demo(records: Sequence[Any]) -> list[bool]:
    """Which measures are the demo's (stored as created by "demo", see analysis.store.records.DEMO_AUTHOR)."""
    return [getattr(rec, "created_by", "") == "demo" for rec in records]


def to_xlsx(sheet: str, headers: list[str], rows: list[list], lang: str = "th", what: str = "",
            demo: Sequence[bool] = ()) -> bytes:
    """An .xlsx with one sheet (header row frozen, amounts to 2 decimals, columns fitted) and the source sheet; every
    text cell is stored as text (never a formula, even when it starts with = + - @). demo flags the rows that are
    the demo's: they are marked in a last column and named on the source sheet."""
    frame = pd.DataFrame(rows, columns=headers)
    source_demo = ""
    if any(demo):
        frame[t("book.src_demo", lang)] = [t("book.yes" if d else "book.no", lang) for d in demo]
        source_demo = t("book.demo_column", lang)
    return write_workbook({sheet: frame}, lang, Source(what=what, demo=source_demo))


def measures_document(records: Sequence[Any], links: Mapping[int, Mapping], framework: Framework | None, unit: str,
                      fiscal_year: int | None, fmt: str = "docx", font: str = DEFAULT_FONT, lang: str = "th") -> bytes:
    """The measures document (weak points → measures, steps, owner, timeline, KPI, monitoring) as docx or xlsx bytes
    (the .docx is an official Thai document; the .xlsx is headed in lang)."""
    rows = measure_rows(records, links, framework)
    if fmt == "xlsx":
        what = t("book.what_measures", lang, unit=unit or t("book.all_units", lang), year=fiscal_year or "")
        return to_xlsx(t("doc.sheet_measures", lang), [t(c, lang) for c in MEASURE_COLUMNS], rows, lang, what,
                       _demo(records))
    year = t("doc.fiscal_year", year=fiscal_year) if fiscal_year else ""
    return to_docx(t("doc.measures_title", year=year), unit, MEASURE_HEADERS, rows, font)


def progress_report(records: Sequence[Any], progress: Sequence[Any], round_: str, fiscal_year: int, unit: str,
                    fmt: str = "docx", font: str = DEFAULT_FONT, lang: str = "th") -> bytes:
    """The progress report of one round (status, percent, budget, result, problems, evidence) as docx or xlsx bytes
    (the .docx is an official Thai document; the .xlsx is headed in lang)."""
    if fmt == "xlsx":
        what = t("book.what_progress", lang, unit=unit or t("book.all_units", lang), year=fiscal_year,
                 round=round_label(round_, lang))
        return to_xlsx(t("doc.sheet_progress", lang), [t(c, lang) for c in PROGRESS_COLUMNS],
                       progress_rows(records, progress, lang), lang, what, _demo(records))
    rows = progress_rows(records, progress)
    title = t("doc.progress_title", round=round_label(round_), year=fiscal_year)
    return to_docx(title, unit, PROGRESS_HEADERS, rows, font)
