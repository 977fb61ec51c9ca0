"""The meeting deck and its workbook reopen with the expected slides, native charts and numbers; LibreOffice renders them."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from analysis.export.deck import build_deck, build_workbook
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


def test_group_deck_has_six_slides_with_native_charts_and_the_85_line(demo):
    scores, published = demo
    content = gather(scores, published, year=2568, is_demo=True)
    prs = Presentation(io.BytesIO(build_deck(content, font="TH Sarabun New")))
    assert len(prs.slides) == 6
    title = slide_text(prs.slides[0])
    assert "2568" in title and "ข้อมูลสาธิต" in title
    results = dict(chart_values(prs.slides[1]))
    assert results["เกณฑ์ 85"] == [85.0] * 72, "the pass line is a series of the native chart"
    assert sorted(results["คะแนนรวม"]) == sorted(content.results["total"].tolist())
    weak = dict(chart_values(prs.slides[2]))["คะแนนที่เสีย (ถ่วงน้ำหนัก)"]
    assert weak == sorted(weak, reverse=True) and len(weak) == 10
    gaps = dict(chart_values(prs.slides[3]))["ขาดอีก (คะแนน)"]
    assert len(gaps) == 6 and all(g > 0 for g in gaps), "the six failing units of FY2568 with their gaps"
    with zipfile.ZipFile(io.BytesIO(build_deck(content, font="TH Sarabun New"))) as z:
        xml = z.read("ppt/slides/slide1.xml").decode("utf-8")
    assert 'cs typeface="TH Sarabun New"' in xml, "the Thai (complex-script) font is named, not only the Latin one"


def test_unit_deck_shows_its_years_and_plan(demo):
    scores, published = demo
    content = gather(scores, published, unit="สำนักการศึกษา", year=2568)
    prs = Presentation(io.BytesIO(build_deck(content)))
    totals = dict(chart_values(prs.slides[1]))["คะแนนรวม"]
    assert len(totals) == 5, "FY2565–FY2569"
    path = prs.slides[3]
    table = next(sh.table for sh in path.shapes if sh.has_table)
    assert table.cell(1, 0).text.startswith("10."), "the cheapest fix is indicator 10 (OIT)"
    assert "85.00" in slide_text(path)


def test_english_deck(demo):
    scores, published = demo
    prs = Presentation(io.BytesIO(build_deck(gather(scores, published, lang="en"))))
    assert "Integrity and Transparency Assessment" in slide_text(prs.slides[0])


def test_workbook_holds_every_table_with_the_same_numbers(demo):
    scores, published = demo
    content = gather(scores, published, year=2568)
    wb = load_workbook(io.BytesIO(build_workbook(content)))
    assert len(wb.sheetnames) == 5
    first = wb[wb.sheetnames[0]]
    totals = [row[1] for row in first.iter_rows(min_row=2, values_only=True)]
    assert sorted(totals) == sorted(content.results["total"].round(2).tolist())


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
    assert len(prs.slides) == 6
    measures = dict(chart_values(prs.slides[4]))["จำนวนมาตรการ"]
    assert sum(measures) == 10, "the demo plan's ten measures, counted by status"
    complaints = dict(chart_values(prs.slides[5]))
    assert len(complaints["ทุจริต/ประพฤติมิชอบ"]) == 6, "complaints FY2563–2568"
    categories = [shape.chart.plots[0].categories for shape in prs.slides[5].shapes if shape.has_chart][0]
    assert "วันแรก" in categories[-1], "the partial current year is labelled as such"
    assert len(load_workbook(tmp_path / "d.xlsx").sheetnames) == 5


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
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 6, "every slide renders to a page"
    assert (tmp_path / "tables.pdf").stat().st_size > 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "deck.pdf"), "-"], capture_output=True, text=True).stdout
        assert "ผลการประเมิน" in text, "Thai text is rendered as Thai glyphs"


def test_every_deck_text_exists_in_both_languages():
    from analysis.common.text import TEXT

    deck = [entry for code, entry in TEXT.items() if code.startswith("deck.")]
    assert deck and all(set(entry) == {"th", "en"} and all(entry.values()) for entry in deck)
