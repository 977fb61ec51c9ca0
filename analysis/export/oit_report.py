"""The O25/O26 Word report: a unit's ITA result against the pass mark, its indicators below it by points lost, the
measures linked to each (owner, steps, timeline, KPI) and, for O26, each measure's follow-up from its progress."""
from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

import pandas as pd

from analysis.common import settings
from analysis.common.labels import round_label, status_label
from analysis.common.text import t
from analysis.common.thaidate import BE_OFFSET, MONTHS_EN, MONTHS_TH, format_datetime, thai_date
from analysis.ita import DEFAULT_PASS_MARK, Framework, for_year, score, weak_view
from analysis.plan.export import measure_rows

KINDS = ("o25", "o26")
DOWNLOAD_LABELS = {"o25": "o25.dl_o25", "o26": "o25.dl_o26"}      # text codes of the page's download buttons
MEASURE_CODES = ("doc.col_measure", "doc.col_steps", "doc.col_responsible", "doc.col_period", "doc.col_kpi",
                 "doc.col_monitoring")
FOLLOWUP_CODES = ("doc.col_measure", "doc.col_status", "doc.col_percent", "doc.col_result", "doc.col_problems",
                  "doc.col_evidence")
SUMMARY_STATUSES = ("done", "in_progress", "not_started", "postponed", "cancelled")   # the first three always shown
# how late in the fiscal year a reporting round ends: the latest round of a measure is its follow-up
_ROUND_END = {"q1": 1, "q2": 2, "h1": 2, "q3": 3, "q4": 4, "annual": 4}
# column widths in cm: the result tables fill the 16 cm of a portrait page, the measure tables the 25.2 cm of the
# landscape pages that follow
_WIDTHS = {"tools": (6.0, 3.0, 3.5, 3.5), "weak": (1.8, 8.2, 3.0, 3.0), "measures": (5.0, 6.4, 3.4, 3.2, 4.0, 3.2),
           "followup": (5.0, 3.2, 2.4, 5.8, 4.8, 4.0)}
_HEADER_FILL = "D9E2F3"
# the tail of the OOXML order of a run's properties (w:rPr): w:szCs and w:lang go before what follows them
_RPR_TAIL = ("w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
             "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def build_oit_report(kind: str, unit: str, results_year: int, scores: pd.DataFrame, results: pd.DataFrame | None,
                     measures: Sequence[Any] = (), links: Mapping[int, Mapping] | None = None,
                     progress: Sequence[Any] = (), *, round_: str | None = None, fiscal_year: int | None = None,
                     lang: str = "th", font: str = "", prepared_by: str = "", today: date | None = None,
                     is_demo: bool = False) -> bytes:
    """The O25 ("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร") or O26 (its follow-up) report of a unit as .docx bytes:
    the result and the indicators below the pass mark on A4 portrait, the measures (and the follow-up) on A4 landscape.

    results_year is the ITA year analysed (the measures' and the progress' fiscal year); fiscal_year is the year the
    document is published for (results_year + 1 when not given). scores is the tidy indicator frame, results its
    scored frame (analysis.ita.score; None: scored here from scores alone). measures are the unit's stored measures
    (analysis.store.Measure or anything with the same attributes), links their effective links {id: {"indicators":
    [...]}} (MeasuresView.links), progress their Progress records (O26; the latest round of a measure is used).
    Every run is in font (the office font setting when empty). Raises ValueError for an unknown kind."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    results = score(scores) if results is None else results
    links = links or {}
    fw = for_year(results_year)
    doc = _Doc(font or settings.get("ITA_OFFICE_FONT"))
    rounds = {getattr(p, "round", None) for p in progress}
    round_ = round_ or (rounds.pop() if kind == "o26" and len(rounds) == 1 else None)
    _heading_block(doc, kind, unit, results_year, fiscal_year or results_year + 1, lang, prepared_by,
                   today or date.today(), round_, is_demo)
    weak = _result_section(doc, unit, results_year, scores, results, fw, lang)
    doc.landscape()
    _measures_section(doc, weak, measures, links, fw, lang)
    if kind == "o26":
        _followup_section(doc, measures, progress, round_, lang)
    return doc.bytes()


# ----------------------------------------------------------------------------------------- sections
def _heading_block(doc: _Doc, kind: str, unit: str, results_year: int, fiscal_year: int, lang: str,
                   prepared_by: str, today: date, round_: str | None, is_demo: bool) -> None:
    if kind == "o25":
        doc.para(t("o25.title_o25", lang), 20, bold=True, center=True)
        doc.para(t("o25.subtitle_o25", lang), 16, center=True)
    else:
        doc.para(t("o25.title_o26", lang), 20, bold=True, center=True)
        rnd = t("o25.round", lang, round=round_label(round_, lang)) if round_ else ""
        doc.para(t("o25.subtitle_o26", lang, round=rnd), 16, center=True)
    doc.para(t("o25.unit", lang, unit=unit), 16, bold=True, center=True)
    doc.para(t("o25.fiscal_year", lang, year=fiscal_year), 16, center=True)
    doc.para(t("o25.results_of", lang, year=results_year), 16, center=True)
    doc.para(t("o25.prepared_on", lang, date=_long_date(today, lang)), 16, center=True)
    if prepared_by:
        doc.para(t("o25.prepared_by", lang, name=prepared_by), 16, center=True)
    if is_demo:
        doc.para(t("o25.demo", lang), 16, bold=True, center=True)


def _result_section(doc: _Doc, unit: str, year: int, scores: pd.DataFrame, results: pd.DataFrame,
                    fw: Framework | None, lang: str) -> list[dict]:
    """Sections 1 and 2; returns the indicators below the pass mark, most points lost first."""
    doc.heading(t("o25.h_result", lang, year=year))
    mine = results.loc[(results["fiscal_year"] == year) & (results["unit"] == unit)]
    v = weak_view(scores, results, year, unit, lang) if len(mine) else None
    if v is None or v.unit != unit or v.year != year:          # weak_view falls back to another unit-year: not ours
        mark = fw.pass_mark if fw else DEFAULT_PASS_MARK
        doc.para(t("o25.no_result", lang, unit=unit, year=year))
        doc.heading(t("o25.h_weak", lang, mark=f"{mark:g}"))
        doc.para(t("o25.no_indicators", lang))
        return []
    row = mine.iloc[0]
    _total_lines(doc, row, v.total, v.level, v.pass_mark, fw, lang)
    if fw is not None:
        _tools_table(doc, row, fw, lang)
    doc.heading(t("o25.h_weak", lang, mark=f"{v.pass_mark:g}"))
    if v.weak.empty:
        doc.para(t("o25.no_indicators", lang))
        return []
    below = v.weak.loc[v.weak["below_85"].astype(bool)]
    weak = [{"n": int(r.indicator), "name": r.name_th if lang == "th" else (r.name_en or r.name_th),
             "score": float(r.score), "lost": float(r.points_lost)} for r in below.itertuples()]
    if not weak:
        doc.para(t("o25.no_weak", lang, mark=f"{v.pass_mark:g}"))
        return []
    doc.table("weak", [t(c, lang) for c in ("o25.col_rank", "o25.col_indicator", "o25.col_score",
                                            "o25.col_points_lost")],
              [[str(k), t("o25.indicator", lang, n=w["n"], name=w["name"]), _num(w["score"]), _num(w["lost"])]
               for k, w in enumerate(weak, 1)])
    doc.para(t("o25.weak_note", lang, lost=_num(sum(w["lost"] for w in weak))), 14)
    return weak


def _total_lines(doc: _Doc, row, total: float, level: str | None, mark: float, fw: Framework | None,
                 lang: str) -> None:
    if pd.isna(total):
        doc.para(t("o25.no_total", lang))
    else:
        doc.para(t("o25.total", lang, total=_num(total), level=_level(level, fw, lang)), bold=True)
        if pd.notna(row["passed"]) and bool(row["passed"]):
            doc.para(t("o25.passed", lang, mark=f"{mark:g}"))
        else:
            doc.para(t("o25.not_passed", lang, mark=f"{mark:g}", gap=_num(row["gap_to_85"])))
    note = row["level_note"] if lang == "th" else row["level_note_en"]
    if isinstance(note, str) and note.strip():
        doc.para(t("o25.reason", lang, note=note.strip()), 14)


def _tools_table(doc: _Doc, row, fw: Framework, lang: str) -> None:
    rows = []
    for tool in fw.tools:
        code = tool.code.lower()
        name = tool.name_th if lang == "th" else (tool.name_en or tool.name_th)
        rows.append([f"{tool.code} {name}", f"{tool.weight:g}", _num(row[code]), _num(row[f"{code}_points"])])
    rows.append([t("o25.row_total", lang), "100", "", _num(row["total"])])
    doc.table("tools", [t(c, lang) for c in ("o25.col_tool", "o25.col_weight", "o25.col_score", "o25.col_points")],
              rows)


def _measures_section(doc: _Doc, weak: list[dict], measures: Sequence[Any], links: Mapping[int, Mapping],
                      fw: Framework | None, lang: str) -> None:
    doc.heading(t("o25.h_measures", lang))
    headers = [t(c, lang) for c in MEASURE_CODES]
    linked = set()
    for k, w in enumerate(weak, 1):
        doc.subheading(t("o25.weak_heading", lang, k=k, n=w["n"], name=w["name"], score=_num(w["score"]),
                         lost=_num(w["lost"])))
        answering = [m for m in measures if w["n"] in _indicators(links, m)]
        linked.update(m.id for m in answering)
        if answering:
            doc.table("measures", headers, _measure_cells(answering, links, fw, lang))
        else:
            doc.para(t("o25.no_measure", lang))
    others = [m for m in measures if m.id not in linked]
    if others:
        doc.subheading(t("o25.h_other", lang))
        doc.table("measures", headers, _measure_cells(others, links, fw, lang))
    elif not measures and not weak:
        doc.para(t("o25.no_measures", lang))


def _followup_section(doc: _Doc, measures: Sequence[Any], progress: Sequence[Any], round_: str | None,
                      lang: str) -> None:
    rnd = t("o25.round", lang, round=round_label(round_, lang)) if round_ else ""
    doc.heading(t("o25.h_followup", lang, round=rnd))
    if not measures:
        doc.para(t("o25.no_measures", lang))
        return
    latest = _latest_progress(progress)
    rows, statuses = [], []
    for m in measures:
        p = latest.get(m.id)
        status = (getattr(p, "status", "") if p else "") or m.status
        statuses.append(status)
        if p is None:
            rows.append([_title(m), status_label(status, lang), "", t("o25.not_reported", lang), "", ""])
            continue
        rows.append([_title(m), status_label(status, lang), _percent(p.percent), p.result or "", p.problems or "",
                     _Link(p.evidence_url or "")])
    counts = [t("o25.count", lang, status=status_label(s, lang), n=statuses.count(s))
              for s in SUMMARY_STATUSES if s in SUMMARY_STATUSES[:3] or s in statuses]
    doc.subheading(t("o25.summary", lang, n=len(measures), counts=", ".join(counts)))
    doc.table("followup", [t(c, lang) for c in FOLLOWUP_CODES], rows)


# ----------------------------------------------------------------------------------------- values
def _indicators(links: Mapping[int, Mapping], measure) -> set[int]:
    return {int(i) for i in (links.get(measure.id) or {}).get("indicators", ())}


def _title(measure) -> str:
    return f"{measure.code} {measure.title}".strip() if measure.code else measure.title


def _measure_cells(records: Sequence[Any], links: Mapping[int, Mapping], fw: Framework | None,
                   lang: str) -> list[list[str]]:
    """measure_rows of the measures document without its weak-point column; dates in the report's language."""
    rows = []
    for rec, row in zip(records, measure_rows(records, links, fw)):
        span = " – ".join(_short_date(d, lang) for d in (rec.start_date, rec.end_date) if isinstance(d, date))
        rows.append([row[1], row[2], row[3], span, row[5], row[6]])
    return rows


def _latest_progress(progress: Sequence[Any]) -> dict[int, Any]:
    """Per measure id, its progress of the latest year and round (a later record wins a tie)."""
    out: dict[int, Any] = {}
    for p in progress:
        key = (getattr(p, "fiscal_year", 0) or 0, _ROUND_END.get(getattr(p, "round", ""), 0))
        have = out.get(p.measure_id)
        if have is None or key >= (getattr(have, "fiscal_year", 0) or 0, _ROUND_END.get(getattr(have, "round", ""), 0)):
            out[p.measure_id] = p
    return out


def _level(level: str | None, fw: Framework | None, lang: str) -> str:
    if not level:
        return t("o25.level_unknown", lang)
    if lang != "th" and fw is not None:
        return next((b.label_en for b in fw.bands if b.label == level and b.label_en), level)
    return level


def _num(value) -> str:
    return "" if value is None or pd.isna(value) else f"{float(value):.2f}"


def _percent(value) -> str:
    return "" if value is None or pd.isna(value) else f"{float(value):g}"


def _short_date(value: date, lang: str) -> str:
    return thai_date(value) if lang == "th" else format_datetime(datetime.combine(value, time()), lang, False)


def _long_date(value: date, lang: str) -> str:
    if lang == "th":
        return f"{value.day} {MONTHS_TH[value.month - 1]} {value.year + BE_OFFSET}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


class _Link(str):
    """A cell's text that is a web address: written as a hyperlink when it is http(s)."""


# ----------------------------------------------------------------------------------------- the document
class _Doc:
    """A python-docx document on A4 (portrait, then landscape) whose every run is in one (Thai) font, Latin and
    complex script alike."""

    def __init__(self, font: str):
        from docx import Document
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        self.font, self._qn, self._cm, self._pt = font, qn, Cm, Pt
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
        section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = font, Pt(16)
        self._fonts(normal.element.get_or_add_rPr(), 16, False)

    def landscape(self) -> None:
        """Start a new page in landscape A4 (the wide measure tables)."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = self._cm(29.7), self._cm(21.0)
        section.top_margin, section.bottom_margin = self._cm(2.5), self._cm(2.0)
        section.left_margin, section.right_margin = self._cm(2.5), self._cm(2.0)

    def _fonts(self, rpr, size: float, bold: bool) -> None:
        """rFonts for every script (ascii, hAnsi, cs, eastAsia), and the complex-script size and bold Thai text uses."""
        from docx.oxml import OxmlElement

        qn = self._qn
        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), self.font)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        if bold:
            rpr.get_or_add_bCs().set(qn("w:val"), "1")
        for tag, attrs in (("w:szCs", {"w:val": str(round(size * 2))}), ("w:lang", {"w:bidi": "th-TH"})):
            old = rpr.find(qn(tag))
            if old is not None:
                rpr.remove(old)
            el = OxmlElement(tag)
            for k, v in attrs.items():
                el.set(qn(k), v)
            rpr.insert_element_before(el, *_RPR_TAIL[_RPR_TAIL.index(tag) + 1:])

    def run(self, paragraph, text: str, size: float = 16, bold: bool = False):
        run = paragraph.add_run(text)
        run.font.name, run.font.size, run.font.bold = self.font, self._pt(size), bold
        self._fonts(run._element.get_or_add_rPr(), size, bold)
        return run

    def para(self, text: str, size: float = 16, bold: bool = False, center: bool = False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p = self.doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(p, text, size, bold)
        return p

    def heading(self, text: str, size: float = 18, before: float = 12) -> None:
        """A bold paragraph kept on the page of what follows it."""
        p = self.para(text, size, bold=True)
        p.paragraph_format.space_before = self._pt(before)
        p.paragraph_format.keep_with_next = True

    def subheading(self, text: str) -> None:
        self.heading(text, 16, 8)

    def table(self, layout: str, headers: list[str], rows: list[list[str]]) -> None:
        """A grid table with a bold, shaded header row repeated on every page; column widths by layout."""
        from docx.oxml import OxmlElement

        qn, widths = self._qn, _WIDTHS[layout]
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style, table.autofit = "Table Grid", False
        header = table.rows[0]
        for cell, text in zip(header.cells, headers):
            self.run(cell.paragraphs[0], text, 14, True)
        for values in rows:
            for cell, value in zip(table.add_row().cells, values):
                self._cell(cell, value)
        for row in table.rows:                    # a row stays on one page; the header row repeats on each page
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for col, width in zip(table.columns, widths):
            col.width = self._cm(width)
            for cell in col.cells:
                cell.width = self._cm(width)
        for cell in header.cells:
            shade = OxmlElement("w:shd")
            for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", _HEADER_FILL)):
                shade.set(qn(k), v)
            cell._tc.get_or_add_tcPr().append(shade)

    def _cell(self, cell, value: str) -> None:
        paragraph = cell.paragraphs[0]
        if isinstance(value, _Link) and value.lower().startswith(("http://", "https://")):
            self._hyperlink(paragraph, str(value))
        else:
            self.run(paragraph, str(value), 14)

    def _hyperlink(self, paragraph, url: str) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.shared import RGBColor

        link = OxmlElement("w:hyperlink")
        link.set(self._qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        run = self.run(paragraph, url, 14)
        run.font.underline, run.font.color.rgb = True, RGBColor(0x05, 0x63, 0xC1)
        link.append(run._r)                       # moves the run into the link
        paragraph._p.append(link)

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()
