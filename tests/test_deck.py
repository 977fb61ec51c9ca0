"""The meeting deck and its workbook reopen with the expected slides, native charts in the band colours with the 85
line, every bar named, whole-number count axes, the source slide; headers in words; LibreOffice renders them."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pptx.oxml.ns import qn

from analysis.common.colours import LEVEL_COLORS, PASS_LINE_COLOR
from analysis.common.text import t
from analysis.common.thaidate import format_datetime
from analysis.common.workbook import display_width
from analysis.export.deck import build_deck, build_workbook
from analysis.export.deck_charts import short
from analysis.export.deck_data import DeckError, gather
from analysis.store import Store, seed_demo

ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def demo():
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        store = Store(f"sqlite:///{d}/deck.sqlite3")
        seed_demo(store, force=True)
        yield store.datasets.load_scores(), store.datasets.load_published()
        store.close()


def chart_values(slide) -> list[tuple[str, list[float]]]:
    """(series name, values) of every series of every native chart on a slide."""
    out = []
    for shape in slide.shapes:
        if shape.has_chart:
            for plot in shape.chart.plots:
                out += [(s.name, list(s.values)) for s in plot.series]
    return out


def slide_text(slide) -> str:
    return " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)


def title_of(slide) -> str:
    return next(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)


def slide_titled(prs, code: str, lang: str = "th"):
    return next(s for s in prs.slides if title_of(s) == t(code, lang))


def chart_on(slide):
    return next(sh.chart for sh in slide.shapes if sh.has_chart)


def categories(chart) -> list[str]:
    return list(chart.plots[0].categories)


def fill_hex(series) -> str | None:
    fill = series.format.fill
    return f"#{fill.fore_color.rgb}" if fill.type == 1 else None          # MSO_FILL.SOLID


@pytest.fixture(scope="module")
def group(demo):
    from analysis.export import measures_status

    scores, published = demo
    complaints = pd.DataFrame({"fiscal_year": [2566, 2567, 2568], "corruption": [3, 5, 2], "general": [40, 52, 30]})
    content = gather(scores, published, year=2568, is_demo=True, complaints=complaints,
                     measures=measures_status(["done", "in_progress", "done"]))
    return content, Presentation(io.BytesIO(build_deck(content, font="TH Sarabun New")))


def test_group_deck_slides_in_order_in_the_thai_font(group):
    content, prs = group
    assert [title_of(s) for s in list(prs.slides)[1:]] == [t(c) for c in (
        "deck.results", "deck.levels", "deck.weak", "deck.path", "deck.measures", "deck.complaints", "deck.source")]
    title = slide_text(prs.slides[0])
    assert "2568" in title and "ข้อมูลสาธิต" in title
    out = io.BytesIO()
    prs.save(out)
    with zipfile.ZipFile(out) as z:
        xml = z.read("ppt/slides/slide1.xml").decode("utf-8")
    assert 'cs typeface="TH Sarabun New"' in xml, "the Thai (complex-script) font is named, not only the Latin one"


def test_results_bars_carry_the_band_colours_and_the_85_line(group):
    content, prs = group
    chart = chart_on(slide_titled(prs, "deck.results"))
    cats = categories(chart)
    line = [p for p in chart.plots if p.__class__.__name__ == "LinePlot"][0].series[0]
    assert line.name == "เกณฑ์ 85" and list(line.values) == [85.0] * len(cats), "the pass line spans every bar"
    assert f"#{line.format.line.color.rgb}" == PASS_LINE_COLOR
    bars = chart.plots[0].series
    level_of = dict(zip(content.results["unit"], content.results["level"]))
    units = content.ranking[content.ranking["kind"] == "unit"]
    coloured = 0
    for i, unit in zip(units.index, units["unit"]):
        drawn = [s for s in bars if s.values[i] is not None]
        assert len(drawn) == 1, "one bar per unit"
        assert drawn[0].name == level_of[unit] and fill_hex(drawn[0]) == LEVEL_COLORS[level_of[unit]]
        coloured += 1
    assert coloured == 20 and {s.name for s in bars} >= {"ผ่าน", "ต้องปรับปรุง"}, "passing and failing units differ"


def test_every_unit_bar_is_named_and_the_rest_is_one_bar(group):
    content, prs = group
    cats = categories(chart_on(slide_titled(prs, "deck.results")))
    assert len(cats) == 21 <= 40
    lowest = content.results["unit"].head(10)
    assert all(short(u) in c and f"({v:.2f})" in c for u, v, c in
               zip(lowest, content.results["total"].head(10), cats[:10])), "each bar names its unit and total"
    assert cats[10] == "… อีก 52 หน่วยงาน"
    rest = next(s for s in chart_on(slide_titled(prs, "deck.results")).plots[0].series if s.name == t("deck.rest_series"))
    row = content.ranking.iloc[10]
    assert rest.values[10] == pytest.approx(row.rest_high - row.rest_low), "the grey bar spans the rest's totals"


@pytest.mark.parametrize("code", ["deck.results", "deck.levels", "deck.weak", "deck.path", "deck.measures",
                                  "deck.complaints"])
def test_no_category_label_is_skipped(group, code):
    _, prs = group
    cat_axis = chart_on(slide_titled(prs, code))._chartSpace.chart.plotArea.find(qn("c:catAx"))
    assert cat_axis.find(qn("c:tickLblSkip")).get("val") == "1"


@pytest.mark.parametrize("code", ["deck.levels", "deck.measures", "deck.complaints"])
def test_count_axes_step_in_whole_numbers(group, code):
    _, prs = group
    axis = chart_on(slide_titled(prs, code)).value_axis
    assert axis.minimum_scale == 0 and axis.major_unit >= 1 and float(axis.major_unit).is_integer()
    assert axis.tick_labels.number_format == "#,##0" and not axis.tick_labels.number_format_is_linked


def test_band_mix_counts_every_unit(group):
    content, prs = group
    chart = chart_on(slide_titled(prs, "deck.levels"))
    total = sum(v for s in chart.plots[0].series for v in s.values if v is not None)
    assert total == content.summary["units"] == 72
    assert all(fill_hex(s) == LEVEL_COLORS[s.name] for s in chart.plots[0].series)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_measure_statuses_are_the_measures_page_words(demo, lang):
    from analysis.common.labels import MEASURE_STATUSES, status_label
    from analysis.export import measures_status

    scores, published = demo
    measures = measures_status(["done", "in_progress", None, "done", "รอพิจารณา"], lang)
    prs = Presentation(io.BytesIO(build_deck(gather(scores, published, year=2568, lang=lang, measures=measures))))
    chart = chart_on(slide_titled(prs, "deck.measures", lang))
    assert categories(chart) == [status_label(k, lang) for k in MEASURE_STATUSES] + ["รอพิจารณา"]
    assert list(chart.plots[0].series[0].values) == [1, 1, 2, 0, 0, 1], "every measure counted, a new code as stored"


def sources_frame(n_real: int = 1) -> pd.DataFrame:
    when = datetime(2025, 11, 3, 9, 30, tzinfo=timezone.utc)
    rows = [{"file_name": "demo_bma_2569.csv", "kind": "ita", "uploaded_at": when, "uploaded_by": "demo",
             "fiscal_years": [2565, 2566, 2567, 2568], "rows": 72, "is_demo": True}]
    rows += [{"file_name": f"ผล ITA {i}.xlsx", "kind": "ita", "uploaded_at": when, "uploaded_by": "สมชาย",
              "fiscal_years": [2568], "rows": 10, "is_demo": False} for i in range(n_real)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("lang, yes, no", [("th", "ใช่", "ไม่ใช่"), ("en", "Yes", "No")])
def test_source_slide_names_the_files_when_by_whom_and_the_demo(demo, lang, yes, no):
    scores, published = demo
    content = gather(scores, published, year=2568, lang=lang, sources=sources_frame())
    slide = slide_titled(Presentation(io.BytesIO(build_deck(content))), "deck.source", lang)
    table = next(sh.table for sh in slide.shapes if sh.has_table)
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[1][0] == "demo_bma_2569.csv" and rows[1][3:5] == ["demo", "2565–2568"] and rows[1][-1] == yes
    assert rows[2][0] == "ผล ITA 0.xlsx" and rows[2][-1] == no
    text = slide_text(slide)
    assert format_datetime(content.made_at, lang) in text, "the day and time the deck was made"
    assert t("deck.source_demo", lang, n=1) in text


def test_a_long_file_list_is_cut_with_a_pointer_to_the_workbook(demo):
    scores, published = demo
    content = gather(scores, published, year=2568, sources=sources_frame(n_real=12))
    slide = slide_titled(Presentation(io.BytesIO(build_deck(content))), "deck.source")
    table = next(sh.table for sh in slide.shapes if sh.has_table)
    assert len(table.rows) == 11 and t("deck.source_more", n=3) in slide_text(slide)


def test_unit_deck_shows_its_years_in_their_colours_and_its_plan(demo):
    scores, published = demo
    content = gather(scores, published, unit="สำนักการศึกษา", year=2568)
    prs = Presentation(io.BytesIO(build_deck(content)))
    chart = chart_on(slide_titled(prs, "deck.results_unit"))
    assert len(categories(chart)) == 5, "FY2565–FY2569"
    for i, level in enumerate(content.results["level"]):
        drawn = [s for s in chart.plots[0].series if s.values[i] is not None]
        assert len(drawn) == 1 and fill_hex(drawn[0]) == LEVEL_COLORS.get(level, "#9E9E9E")
    path = slide_titled(prs, "deck.path")
    table = next(sh.table for sh in path.shapes if sh.has_table)
    assert table.cell(1, 0).text.startswith("10."), "the cheapest fix is indicator 10 (OIT)"
    assert "85.00" in slide_text(path)


def test_english_deck(demo):
    scores, published = demo
    prs = Presentation(io.BytesIO(build_deck(gather(scores, published, lang="en"))))
    assert "Integrity and Transparency Assessment" in slide_text(prs.slides[0])
    names = [s.name for s in chart_on(slide_titled(prs, "deck.results", "en")).plots[0].series]
    assert "Pass, good (ผ่านดี)" in names, "bands by their English names, the official Thai beside"


SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$|^(unit|total|passed|level|status|measures|name|indicator)$")


@pytest.mark.parametrize("lang, headers", [
    ("th", ["หน่วยงาน", "ประเภทหน่วยงาน", "คะแนนรวม", "ระดับผล", "ผลเทียบเกณฑ์ 85", "ขาดอีก (คะแนน)", "ข้อมูลสาธิต"]),
    ("en", ["Unit", "Unit type", "Total", "Level", "Against 85", "Points short of 85", "Demo"])])
def test_workbook_is_headed_in_words_rounded_frozen_fitted_and_sourced(demo, lang, headers):
    scores, published = demo
    content = gather(scores, published, year=2568, lang=lang, is_demo=True, sources=sources_frame())
    wb = load_workbook(io.BytesIO(build_workbook(content)))
    assert wb.sheetnames == [t(c, lang) for c in ("deck.sheet_results", "deck.sheet_weak", "deck.path",
                                                   "deck.sheet_measures", "deck.sheet_complaints", "book.source_sheet")]
    first = wb[wb.sheetnames[0]]
    assert [c.value for c in first[1]] == headers
    for ws in wb.worksheets[:-1]:
        assert ws.freeze_panes == "A2", ws.title
        assert not [c.value for c in ws[1] if isinstance(c.value, str) and SNAKE.match(c.value)], ws.title
    totals = [row[2] for row in first.iter_rows(min_row=2, values_only=True)]
    assert totals == [round(v, 2) for v in content.results["total"]] and first["C2"].number_format == "0.00"
    assert {row[4] for row in first.iter_rows(min_row=2, values_only=True)} == {
        t("deck.passed_yes", lang), t("deck.passed_no", lang)}
    longest = max(display_width(u) for u in content.results["unit"])
    assert longest <= first.column_dimensions["A"].width <= 60
    said = [v for row in wb[wb.sheetnames[-1]].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "demo_bma_2569.csv" in said and t("book.demo_column", lang) in " ".join(said)


def test_a_national_deck_stays_readable():
    from bench.national import tidy  # the benchmarks' 8,300 units (the deck's speed is measured in bench/deck.py)

    content = gather(*tidy(year=2568), year=2568)
    assert len(content.results) == 8300, "every unit is in the workbook's table"
    prs = Presentation(io.BytesIO(build_deck(content)))
    for code in ("deck.results", "deck.path"):
        cats = categories(chart_on(slide_titled(prs, code)))
        assert 10 < len(cats) <= 40 and all(cats), code
    ranking = categories(chart_on(slide_titled(prs, "deck.results")))
    assert len(set(ranking)) == len(ranking), "names sharing a long beginning still tell the units apart"
    assert t("deck.path_more", n=20, failing=f"{content.path_failing:,}") in slide_text(slide_titled(prs, "deck.path"))


@pytest.mark.parametrize("unit, year", [("ไม่มีหน่วยงานนี้", None), (None, 2500)])
def test_unknown_unit_or_year_is_a_clear_error(demo, unit, year):
    scores, published = demo
    with pytest.raises(DeckError) as err:
        gather(scores, published, unit=unit, year=year)
    assert "/" in str(err.value)


def test_cli_builds_the_deck_from_the_demo_on_a_new_install(tmp_path):
    env = {"ITA_DATA_DIR": str(tmp_path / "state"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "analysis", "deck", "--out", str(tmp_path / "d.pptx"),
                          "--year", "2568", "--xlsx", str(tmp_path / "d.xlsx")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert len(prs.slides) == 8
    measures = dict(chart_values(slide_titled(prs, "deck.measures")))["จำนวนมาตรการ"]
    assert sum(measures) == 10, "the demo plan's ten measures, counted by status"
    complaints = slide_titled(prs, "deck.complaints")
    assert len(dict(chart_values(complaints))["ทุจริต/ประพฤติมิชอบ"]) == 6, "complaints FY2563–2568"
    assert "วันแรก" in categories(chart_on(complaints))[-1], "the partial current year is labelled as such"
    table = next(sh.table for sh in slide_titled(prs, "deck.source").shapes if sh.has_table)
    source = [row.cells[0].text for row in table.rows]
    assert "demo_bma_2569.csv" in source and "demo_complaints_2563-2568.csv" in source, "results and complaint files"
    assert len(load_workbook(tmp_path / "d.xlsx").sheetnames) == 6


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_every_slide_and_sheet(demo, tmp_path):
    scores, published = demo
    content = gather(scores, published, year=2568, is_demo=True)
    (tmp_path / "deck.pptx").write_bytes(build_deck(content))
    (tmp_path / "tables.xlsx").write_bytes(build_workbook(content))
    for name in ("deck.pptx", "tables.xlsx"):
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(tmp_path / name)], capture_output=True, timeout=180)
    pdf = (tmp_path / "deck.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 8, "every slide renders to a page"
    assert (tmp_path / "tables.pdf").stat().st_size > 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "deck.pdf"), "-"], capture_output=True, text=True).stdout
        assert "ผลการประเมิน" in text, "Thai text is rendered as Thai glyphs"


def test_every_deck_text_exists_in_both_languages():
    from analysis.common.text import TEXT

    deck = [entry for code, entry in TEXT.items() if code.startswith(("deck.", "book.", "pdf."))]
    assert deck and all(set(entry) == {"th", "en"} and all(entry.values()) for entry in deck)
