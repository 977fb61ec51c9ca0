"""The meeting deck: a .pptx with native, editable charts (python-pptx) built from plain frames."""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from analysis.common.settings import OFFICE_FONT as DEFAULT_FONT
from analysis.common.text import t
from analysis.common.thaidate import format_datetime

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
PASS_RED = RGBColor(0xC6, 0x28, 0x28)
BLUE = RGBColor(0x15, 0x65, 0xC0)
GREEN = RGBColor(0x43, 0xA0, 0x47)
AMBER = RGBColor(0xFF, 0xA0, 0x00)
GREY = RGBColor(0x75, 0x75, 0x75)


@dataclass
class DeckContent:
    """Everything a deck shows, as plain frames (see analysis.export.deck_data.gather for how it is collected)."""
    fiscal_year: int
    unit: str | None                      # None = the whole group
    lang: str = "th"
    is_demo: bool = False
    pass_mark: float = 85.0
    results: pd.DataFrame = field(default_factory=pd.DataFrame)   # group: unit, total, passed; unit: fiscal_year, total
    summary: dict = field(default_factory=dict)                   # units, passing, share, mean
    weak: pd.DataFrame = field(default_factory=pd.DataFrame)      # indicator, name, points_lost
    path: pd.DataFrame = field(default_factory=pd.DataFrame)      # unit: indicator, name, from, to; group: unit, gap_to_85
    path_note: str = ""
    measures: pd.DataFrame = field(default_factory=pd.DataFrame)  # status, measures
    complaints: pd.DataFrame = field(default_factory=pd.DataFrame)  # fiscal_year, corruption, general
    made_at: datetime | None = None


# ----------------------------------------------------------------------------------------- fonts
def _cs_font(rpr, font: str) -> None:
    """Name the font for Latin, East-Asian and complex (Thai) scripts on a run or default run property."""
    for tag in ("a:latin", "a:ea", "a:cs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = etree.SubElement(rpr, qn(tag))
        el.set("typeface", font)
    # schema order inside rPr: ... latin, ea, cs, sym, hlink...: move the three to just before sym/hlink/ext
    tail = [c for c in rpr if c.tag in (qn("a:sym"), qn("a:hlinkClick"), qn("a:hlinkMouseOver"), qn("a:rtl"),
                                        qn("a:extLst"))]
    for c in tail:
        rpr.remove(c)
        rpr.append(c)


def _text(slide, text_value: str, left, top, width, height, font: str, size: int, bold=False, color=None):
    """A text box with one paragraph in the deck font."""
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text_value
    run.font.size, run.font.bold = Pt(size), bold
    if color is not None:
        run.font.color.rgb = color
    _cs_font(run._r.get_or_add_rPr(), font)
    return box


def _chart_font(chart, font: str, size: int = 14) -> None:
    chart.font.size = Pt(size)
    chart.font.name = font
    _cs_font(chart._chartSpace.find(".//" + qn("a:defRPr")), font)


# ----------------------------------------------------------------------------------------- charts
def _as_line(chart, series_index: int) -> None:
    """Move one series of a column chart into a line chart on the same axes (a combo chart)."""
    plot_area = chart._chartSpace.chart.plotArea
    bar = plot_area.find(qn("c:barChart"))
    ser = bar.findall(qn("c:ser"))[series_index]
    bar.remove(ser)
    for tag in ("c:invertIfNegative", "c:pictureOptions", "c:shape"):
        for el in ser.findall(qn(tag)):
            ser.remove(el)
    marker = etree.Element(qn("c:marker"))
    etree.SubElement(marker, qn("c:symbol")).set("val", "none")
    anchor = ser.find(qn("c:spPr"))
    (anchor if anchor is not None else ser.find(qn("c:tx"))).addnext(marker)
    etree.SubElement(ser, qn("c:smooth")).set("val", "0")
    line = etree.Element(qn("c:lineChart"))
    etree.SubElement(line, qn("c:grouping")).set("val", "standard")
    etree.SubElement(line, qn("c:varyColors")).set("val", "0")
    line.append(ser)
    etree.SubElement(line, qn("c:marker")).set("val", "1")
    for ax in bar.findall(qn("c:axId")):
        line.append(copy.deepcopy(ax))
    bar.addnext(line)


def _column_chart(slide, categories, series: dict[str, list[float]], font: str, colors: list[RGBColor],
                  pass_line: tuple[str, float] | None = None, value_range=(None, None), stacked=False,
                  top=None, height=None, number_format="0.00", legend=True):
    """A native column chart (editable in PowerPoint), optionally with the pass line as a line series."""
    top = Inches(1.35) if top is None else top
    height = Inches(5.7) if height is None else height
    data = CategoryChartData(number_format=number_format)
    data.categories = [str(c) for c in categories]
    for name, values in series.items():
        data.add_series(name, [None if pd.isna(v) else float(v) for v in values])
    if pass_line:
        data.add_series(pass_line[0], [pass_line[1]] * len(categories))
    kind = XL_CHART_TYPE.COLUMN_STACKED if stacked else XL_CHART_TYPE.COLUMN_CLUSTERED
    frame = slide.shapes.add_chart(kind, Inches(0.5), top, SLIDE_W - Inches(1.0), height, data)
    chart = frame.chart
    _chart_font(chart, font)
    for s, color in zip(chart.plots[0].series, colors):
        s.format.fill.solid()
        s.format.fill.fore_color.rgb = color
    if pass_line:
        ps = chart.plots[0].series[len(series)]
        ps.format.line.color.rgb = PASS_RED
        ps.format.line.width = Pt(2.5)
        ps.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        _as_line(chart, len(series))
    low, high = value_range
    axis = chart.value_axis
    if low is not None:
        axis.minimum_scale = low
    if high is not None:
        axis.maximum_scale = high
    axis.has_major_gridlines = True
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
    return chart


def _table(slide, frame: pd.DataFrame, font: str, top=None, size=16):
    """A native table (editable) of a small frame."""
    top = Inches(1.4) if top is None else top
    rows, cols = len(frame) + 1, len(frame.columns)
    shape = slide.shapes.add_table(rows, cols, Inches(0.5), top, SLIDE_W - Inches(1.0), Emu(Inches(0.45) * rows))
    table = shape.table
    for j, col in enumerate(frame.columns):
        table.cell(0, j).text = str(col)
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = f"{value:.2f}" if isinstance(value, float) else str(value)
    for cell in (table.cell(i, j) for i in range(rows) for j in range(cols)):
        for p in cell.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)
                _cs_font(r._r.get_or_add_rPr(), font)
    return table


# ----------------------------------------------------------------------------------------- slides
def _slide(prs, title: str, font: str, demo_note: str | None):
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _text(slide, title, Inches(0.5), Inches(0.3), SLIDE_W - Inches(1.0), Inches(0.8), font, 32, bold=True)
    if demo_note:
        _text(slide, demo_note, Inches(0.5), SLIDE_H - Inches(0.5), Inches(8), Inches(0.4), font, 14, color=GREY)
    return slide


def build_deck(c: DeckContent, font: str = DEFAULT_FONT) -> bytes:
    """The .pptx bytes: title, results against 85, weak indicators, path to 85, measures, complaints."""
    lang = c.lang
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    demo = t("deck.demo", lang) if c.is_demo else None
    who = c.unit or t("deck.group", lang, n=c.summary.get("units", len(c.results)))

    s = prs.slides.add_slide(prs.slide_layouts[6])
    _text(s, t("deck.title", lang, year=c.fiscal_year), Inches(0.8), Inches(2.2), SLIDE_W - Inches(1.6), Inches(1.5),
          font, 40, bold=True, color=BLUE)
    _text(s, who, Inches(0.8), Inches(3.8), SLIDE_W - Inches(1.6), Inches(0.8), font, 30)
    made = format_datetime(c.made_at or datetime.now().astimezone(), lang, with_time=False)
    _text(s, t("deck.made", lang, date=made), Inches(0.8), Inches(4.7), Inches(8), Inches(0.6), font, 20, color=GREY)
    if demo:
        _text(s, demo, Inches(0.8), Inches(5.4), Inches(10), Inches(0.6), font, 20, bold=True, color=AMBER)

    s = _slide(prs, t("deck.results_unit" if c.unit else "deck.results", lang), font, demo)
    if c.unit:
        cats = [t("deck.fy", lang, year=y) for y in c.results["fiscal_year"]]
    else:
        cats = list(c.results["unit"])
        sm = c.summary
        _text(s, t("deck.results_summary", lang, passing=sm.get("passing", 0), units=sm.get("units", 0),
                      share=f"{sm.get('share', 0):.1%}", mean=f"{sm.get('mean', 0):.2f}"),
              Inches(0.5), Inches(1.0), SLIDE_W - Inches(1), Inches(0.5), font, 20)
    low = min([c.pass_mark - 15] + [float(v) - 3 for v in c.results["total"].dropna()]) if len(c.results) else 50
    _column_chart(s, cats, {t("deck.series_total", lang): list(c.results["total"])}, font, [BLUE],
                  pass_line=(t("deck.series_pass", lang), c.pass_mark), value_range=(max(0, int(low)), 100),
                  top=Inches(1.5), height=Inches(5.5))

    s = _slide(prs, t("deck.weak", lang), font, demo)
    if not c.unit:
        _text(s, t("deck.weak_group_note", lang), Inches(0.5), Inches(1.0), Inches(10), Inches(0.5), font, 18,
              color=GREY)
    _column_chart(s, list(c.weak["name"]), {t("deck.weak_series", lang): list(c.weak["points_lost"])}, font, [AMBER],
                  legend=False, top=Inches(1.5), height=Inches(5.5))

    s = _slide(prs, t("deck.path", lang), font, demo)
    if c.path_note:
        _text(s, c.path_note, Inches(0.5), Inches(1.0), SLIDE_W - Inches(1), Inches(0.6), font, 18)
    if c.unit and len(c.path):
        table = c.path.rename(columns={"name": t("deck.path_col_indicator", lang), "from": t("deck.path_col_from", lang),
                                       "to": t("deck.path_col_to", lang)})
        _table(s, table.drop(columns=["indicator"], errors="ignore"), font, top=Inches(1.8))
    elif not c.unit and len(c.path):
        _column_chart(s, list(c.path["unit"]), {t("deck.path_series", lang): list(c.path["gap_to_85"])}, font, [AMBER],
                      legend=False, top=Inches(1.7), height=Inches(5.3))
    elif not c.path_note:
        _text(s, t("deck.path_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)

    s = _slide(prs, t("deck.measures", lang), font, demo)
    if len(c.measures):
        _column_chart(s, list(c.measures["status"]), {t("deck.measures_series", lang): list(c.measures["measures"])},
                      font, [GREEN], legend=False, number_format="0")
    else:
        _text(s, t("deck.measures_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)

    n = len(c.complaints)
    years_demo = list(c.complaints["is_demo"]) if "is_demo" in c.complaints else [c.is_demo] * n
    all_demo = n > 0 and all(years_demo)          # the complaint register's own demo flag, not the results'
    s = _slide(prs, t("deck.complaints", lang), font, t("deck.demo", lang) if all_demo else None)
    if n:
        partial = c.complaints["partial"] if "partial" in c.complaints else [False] * n
        days = c.complaints["exposure_days"] if "exposure_days" in c.complaints else [0] * n
        cats = [t("deck.fy_partial" if p else "deck.fy", lang, year=y, days=int(d))
                + (t("deck.demo_year", lang) if is_demo and not all_demo else "")
                for y, p, d, is_demo in zip(c.complaints["fiscal_year"], partial, days, years_demo)]
        _column_chart(s, cats, {t("deck.complaints_corruption", lang): list(c.complaints["corruption"]),
                                t("deck.complaints_general", lang): list(c.complaints["general"])},
                      font, [PASS_RED, BLUE], number_format="0")
    else:
        _text(s, t("deck.complaints_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)

    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def build_workbook(c: DeckContent) -> bytes:
    """The .xlsx bytes holding every table behind the deck, one sheet each (text never becomes a formula)."""
    from analysis.export.xlsx import table_to_xlsx

    lang = c.lang
    frames = {
        t("deck.results_unit" if c.unit else "deck.results", lang): c.results,
        t("deck.weak", lang): c.weak,
        t("deck.path", lang): c.path,
        t("deck.measures", lang): c.measures,
        t("deck.complaints", lang): c.complaints,
    }
    return table_to_xlsx({name: frame for name, frame in frames.items() if frame is not None})
