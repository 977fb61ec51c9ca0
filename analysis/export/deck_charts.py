"""The deck's building blocks (python-pptx): text in the Thai font, native column charts with the 85 line as a line
series, every category named, whole-number count axes, hidden helper series, and tables."""
from __future__ import annotations

import copy
import math
import unicodedata
from dataclasses import dataclass

import pandas as pd
from lxml import etree
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from analysis.common.colours import PASS_LINE_COLOR, level_color

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
PASS_RED = RGBColor.from_string(PASS_LINE_COLOR.lstrip("#"))
BLUE = RGBColor(0x15, 0x65, 0xC0)
GREEN = RGBColor(0x43, 0xA0, 0x47)
AMBER = RGBColor(0xFF, 0xA0, 0x00)
GREY = RGBColor(0x75, 0x75, 0x75)
REST_GREY = RGBColor(0xBD, 0xBD, 0xBD)
NAME_CHARS = 18             # a unit name longer than this is shortened on a turned chart axis (LibreOffice staggers longer
#                             labels; the workbook has the name whole)


def rgb(level: str | None) -> RGBColor:
    """The band or level colour of the pages (analysis.common.colours) as a slide colour."""
    return RGBColor.from_string(level_color(level).lstrip("#"))


@dataclass(frozen=True)
class Bars:
    """One series of a column chart: its name, values (None: no bar), colour; hidden: no fill, not in the legend
    (the invisible base under a floating range bar)."""
    name: str
    values: list
    color: RGBColor | None = None
    hidden: bool = False


# ----------------------------------------------------------------------------------------- text
def cs_font(rpr, font: str) -> None:
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


def text_box(slide, text_value: str, left, top, width, height, font: str, size: int, bold=False, color=None):
    """A text box with one paragraph in the deck font."""
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text_value
    run.font.size, run.font.bold = Pt(size), bold
    if color is not None:
        run.font.color.rgb = color
    cs_font(run._r.get_or_add_rPr(), font)
    return box


def short(name: str, chars: int = NAME_CHARS, head: int = 7) -> str:
    """The name in at most `chars` letters that take room (Thai marks above/below take none and stay with their
    letter): whole when short enough, else its first `head` letters, "…" and its end — the end tells apart units
    whose names share a long beginning ("องค์การบริหารส่วนตำบล…")."""
    name = str(name)
    wide = [unicodedata.category(c) != "Mn" for c in name]
    if sum(wide) <= chars:
        return name
    starts = [i for i, w in enumerate(wide) if w]          # where each letter that takes room begins
    tail = chars - head - 1
    return name[:starts[head]].rstrip() + "…" + name[starts[-tail]:].lstrip()


# ----------------------------------------------------------------------------------------- chart XML
def _insert_before(parent, element, *later: str) -> None:
    """Put element into parent before its first child named in later (schema order), else at the end."""
    for child in parent:
        if child.tag in {qn(tag) for tag in later}:
            child.addprevious(element)
            return
    parent.append(element)


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


def _every_label(chart, rotate: int = 0) -> None:
    """Name every category (no label skipped however many there are), the labels turned `rotate` degrees."""
    cat = chart._chartSpace.chart.plotArea.find(qn("c:catAx"))
    for tag in ("c:tickLblSkip", "c:tickMarkSkip"):
        el = etree.Element(qn(tag))
        el.set("val", "1")
        _insert_before(cat, el, "c:noMultiLvlLbl", "c:extLst")
    if rotate:
        chart.category_axis.tick_labels.font.size = chart.font.size     # makes txPr
        body = cat.find(qn("c:txPr")).find(qn("a:bodyPr"))
        body.set("rot", str(int(rotate * 60000)))
        body.set("vert", "horz")


def _hide_from_legend(chart, index: int) -> None:
    legend = chart._chartSpace.chart.find(qn("c:legend"))
    entry = etree.Element(qn("c:legendEntry"))
    etree.SubElement(entry, qn("c:idx")).set("val", str(index))
    etree.SubElement(entry, qn("c:delete")).set("val", "1")
    legend.find(qn("c:legendPos")).addnext(entry)


def count_step(high: float) -> int:
    """A whole-number axis step (1, 2, 5, 10, 20, 50 …) giving at most 10 steps up to high."""
    step = 1
    while high / step > 10:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return step


def integer_axis(chart, values) -> None:
    """The value axis counts whole things: from 0, whole-number steps, labels without decimals."""
    high = max([float(v) for v in values if v is not None and not pd.isna(v)] + [1.0])
    axis = chart.value_axis
    step = count_step(high)
    axis.minimum_scale, axis.major_unit = 0, step
    axis.maximum_scale = step * math.ceil(high / step + 0.05)
    axis.tick_labels.number_format, axis.tick_labels.number_format_is_linked = "#,##0", False


# ----------------------------------------------------------------------------------------- charts and tables
def _value_title(chart, title: str, font: str) -> None:
    axis = chart.value_axis
    axis.has_title = True
    frame = axis.axis_title.text_frame
    frame.text = title
    for run in frame.paragraphs[0].runs:
        run.font.size, run.font.bold = Pt(13), False
        cs_font(run._r.get_or_add_rPr(), font)


def _data_labels(chart, number_format: str) -> None:
    """Each bar's value above it."""
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format, labels.number_format_is_linked = number_format, False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.show_value = True
    labels.font.size = Pt(13)


def _fill(plot, series: list[Bars], pass_line) -> None:
    """Each series in its colour (hidden ones without fill); the pass-line series red and dashed."""
    for s, drawn in zip(series, plot.series):
        if s.hidden:
            drawn.format.fill.background()
        elif s.color is not None:
            drawn.format.fill.solid()
            drawn.format.fill.fore_color.rgb = s.color
    if pass_line:
        ps = plot.series[len(series)]
        ps.format.line.color.rgb = PASS_RED
        ps.format.line.width = Pt(2.5)
        ps.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH


def _value_axis(chart, value_range, counts: bool, values) -> None:
    """The value axis: the given range on steps of 5 or 10, or a whole-number count axis; gridlines."""
    axis = chart.value_axis
    low, high = value_range
    if low is not None:
        axis.minimum_scale = low
    if high is not None:
        axis.maximum_scale = high
    if low is not None and high is not None:
        axis.major_unit = 5 if high - low <= 30 else 10
    axis.has_major_gridlines = True
    if counts:
        integer_axis(chart, values)


def _legend(chart, series: list[Bars], shown: bool) -> None:
    chart.has_legend = shown
    if shown:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        for i, s in enumerate(series):
            if s.hidden:
                _hide_from_legend(chart, i)


def column_chart(slide, categories, series: list[Bars], font: str, pass_line: tuple[str, float] | None = None,
                 value_range=(None, None), stacked=False, top=None, height=None, number_format="0.00", legend=True,
                 counts=False, rotate: int = 0, one_bar=False, value_title: str = "", labels: str = ""):
    """A native column chart (editable in PowerPoint) naming every category: optionally the pass line as a line
    series, a whole-number count axis (counts), category labels turned `rotate` degrees, one bar per category
    (one_bar: the series fill different categories, e.g. one series per band), the value axis titled, each bar's
    value above it in the number format `labels`."""
    data = CategoryChartData(number_format=number_format)
    data.categories = [str(c) for c in categories]
    for s in series:
        data.add_series(s.name, [None if v is None or pd.isna(v) else float(v) for v in s.values])
    if pass_line:
        data.add_series(pass_line[0], [pass_line[1]] * len(categories))
    kind = XL_CHART_TYPE.COLUMN_STACKED if stacked else XL_CHART_TYPE.COLUMN_CLUSTERED
    frame = slide.shapes.add_chart(kind, Inches(0.5), Inches(1.35) if top is None else top, SLIDE_W - Inches(1.0),
                                   Inches(5.7) if height is None else height, data)
    chart = frame.chart
    chart.font.size, chart.font.name = Pt(14), font
    cs_font(chart._chartSpace.find(".//" + qn("a:defRPr")), font)
    plot = chart.plots[0]
    plot.gap_width = 40 if len(categories) > 12 else 80
    if one_bar and not stacked:
        plot.overlap = 100           # one bar per category (the other series are empty there)
    _fill(plot, series, pass_line)
    if pass_line:
        _as_line(chart, len(series))
    _value_axis(chart, value_range, counts, [v for s in series for v in s.values])
    _every_label(chart, rotate)
    chart.has_title = False          # the slide has the title (a single series would otherwise title the chart)
    if rotate:
        chart.category_axis.tick_labels.font.size = Pt(12)
    if value_title:
        _value_title(chart, value_title, font)
    if labels:
        _data_labels(chart, labels)
    _legend(chart, series, legend)
    return chart

def table(slide, frame: pd.DataFrame, font: str, top=None, size=16, widths: list[float] | None = None):
    """A native table (editable) of a small frame; widths: the columns' shares of the slide width."""
    top = Inches(1.4) if top is None else top
    rows, cols = len(frame) + 1, len(frame.columns)
    shape = slide.shapes.add_table(rows, cols, Inches(0.5), top, SLIDE_W - Inches(1.0),
                                   Emu(int(Inches(size / 30) * rows)))
    grid = shape.table
    if widths:
        for j, share in enumerate(widths):
            grid.columns[j].width = Emu(int((SLIDE_W - Inches(1.0)) * share))
    for j, col in enumerate(frame.columns):
        grid.cell(0, j).text = str(col)
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        for j, value in enumerate(row):
            grid.cell(i, j).text = f"{value:.2f}" if isinstance(value, float) else str(value)
    for cell in (grid.cell(i, j) for i in range(rows) for j in range(cols)):
        for p in cell.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)
                cs_font(r._r.get_or_add_rPr(), font)
    return grid
