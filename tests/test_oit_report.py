"""The O25/O26 Word report (analysis/export/oit_report.py) built from the demo results, reopened with python-docx and
checked: the unit and years, the result against 85, the weak indicators with their points lost, the measures under
each (or "ยังไม่มีมาตรการ"), the O26 follow-up, English, the font on every run; LibreOffice renders it."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table

from analysis.common.text import TEXT, fields
from analysis.export.oit_report import DOWNLOAD_LABELS, KINDS, build_oit_report
from analysis.ita import points_lost
from analysis.plan import load_rules, measures_view
from analysis.store import Measure, Progress

ROOT = Path(__file__).resolve().parent.parent
SOFFICE = shutil.which("soffice")
UNIT, YEAR = "สำนักการคลัง", 2567            # demo: total 85.56 (ผ่าน); indicators 10 and 9 below 85
TODAY = date(2025, 3, 5)
URL = "https://www.bangkok.go.th/finance/ita/o26-plan"
MEASURES = [
    Measure(id=1, code="2.2.3 (1)", title="มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต", steps=["จัดทำร่างแผน", "เสนอผู้บริหาร"],
            responsible="สก.สนค. (ฝกจ.)", responsible_person="นางสาว ก", start_date=date(2024, 10, 1),
            end_date=date(2025, 9, 30), kpi="ร้อยละของกิจกรรมที่ดำเนินการ", target="100", monitoring="รายงาน 6 เดือน",
            status="in_progress"),
    Measure(id=2, code="2.2.2 (2)", title="มาตรการ NO Gift Policy", responsible="สก.สนค. (จธก.)", status="done"),
    Measure(id=3, title="กิจกรรมอบรมการป้องกันผลประโยชน์ทับซ้อน", responsible="ทุกกอง", start_date=date(2025, 1, 15),
            status="not_started"),
]
LINKS = {1: {"indicators": [10]}, 2: {"indicators": [1]}, 3: {"indicators": [4, 10]}}
PROGRESS = [
    Progress(measure_id=1, fiscal_year=YEAR, round="h1", status="in_progress", percent=62.5, result="ร่างแผนเสร็จแล้ว",
             problems="งบประมาณจำกัด", evidence_url=URL),
    Progress(measure_id=2, fiscal_year=YEAR, round="h1", status="done", percent=100.0, result="ประกาศแล้ว"),
]


def report(demo, kind="o25", unit=UNIT, year=YEAR, measures=MEASURES, links=LINKS, progress=(), **kw):
    data = build_oit_report(kind, unit, year, demo.scores, demo.results, measures, links, progress, today=TODAY, **kw)
    return docx.Document(io.BytesIO(data))


def blocks(doc) -> list:
    """The body in order: a paragraph as its text, a table as its rows of cell texts."""
    return [[[c.text for c in r.cells] for r in b.rows] if isinstance(b, Table) else b.text
            for b in doc.iter_inner_content()]


def texts(doc) -> list[str]:
    return [b for b in blocks(doc) if isinstance(b, str)]


def after(doc, heading: str):
    """The block right after the paragraph that starts with heading."""
    body = blocks(doc)
    at = next(i for i, b in enumerate(body) if isinstance(b, str) and b.startswith(heading))
    return body[at + 1]


def result_row(demo, unit=UNIT, year=YEAR):
    return demo.results.loc[(demo.results["unit"] == unit) & (demo.results["fiscal_year"] == year)].iloc[0]


def test_heading_names_the_unit_the_years_and_the_date(demo):
    paras = texts(report(demo, prepared_by="คณะทำงาน ITA"))
    assert paras[0] == "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"
    assert f"หน่วยงาน: {UNIT}" in paras
    assert "ปีงบประมาณ พ.ศ. 2568" in paras, "published for the year after the results"
    assert "ใช้ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567" in paras
    assert "จัดทำเมื่อ 5 มีนาคม 2568" in paras and "ผู้จัดทำ: คณะทำงาน ITA" in paras
    assert not any("สาธิต" in p for p in paras)
    assert any("สาธิต" in p for p in texts(report(demo, is_demo=True)))


def test_result_against_the_pass_mark_with_the_tools(demo):
    row = result_row(demo)
    doc = report(demo)
    assert f"คะแนนรวม {row.total:.2f} คะแนน ระดับผลการประเมิน: {row.level}" in texts(doc)
    assert "ผ่านเกณฑ์ 85 คะแนน" in texts(doc)
    tools = after(doc, "เหตุผล:")
    assert tools[0][0] == "เครื่องมือการประเมิน"
    got = {r[0].split()[0]: r[2:] for r in tools[1:4]}
    assert got == {c.upper(): [f"{row[c]:.2f}", f"{row[c + '_points']:.2f}"] for c in ("iit", "eit", "oit")}
    assert tools[-1] == ["คะแนนรวม", "100", "", f"{row.total:.2f}"]


def test_a_failing_year_says_how_far_below_85(demo):
    row = result_row(demo, year=2566)
    assert row.total < 85
    assert f"ต่ำกว่าเกณฑ์ 85 คะแนน (ขาดอีก {85 - row.total:.2f} คะแนน)" in texts(report(demo, year=2566))


def test_weak_indicators_below_85_ranked_by_points_lost(demo):
    pts = points_lost(demo.scores.loc[(demo.scores["unit"] == UNIT) & (demo.scores["fiscal_year"] == YEAR)])
    below = pts.loc[pts["score"] < 85].sort_values("points_lost", ascending=False)
    assert list(below["indicator"]) == [10, 9]
    table = after(report(demo), "2. ตัวชี้วัดที่ต่ำกว่าเกณฑ์ 85 คะแนน")
    assert table[0] == ["ลำดับ", "ตัวชี้วัด", "คะแนน (เต็ม 100)", "คะแนนที่เสียไป"]
    assert table[1:] == [[str(k), f"ตัวชี้วัดที่ {r.indicator} {r.name_th}", f"{r.score:.2f}", f"{r.points_lost:.2f}"]
                         for k, r in enumerate(below.itertuples(), 1)]


def test_measures_under_each_weak_indicator_and_the_gap(demo):
    doc = report(demo)
    table = after(doc, "3.1 ตัวชี้วัดที่ 10 การป้องกันการทุจริต")
    assert table[0] == ["มาตรการ", "ขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลา",
                        "ตัวชี้วัดความสำเร็จ (KPI) / เป้าหมาย", "การกำกับติดตาม"]
    assert table[1] == ["2.2.3 (1) มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต", "1. จัดทำร่างแผน\n2. เสนอผู้บริหาร",
                        "สก.สนค. (ฝกจ.) / นางสาว ก", "1 ต.ค. 2567 – 30 ก.ย. 2568", "ร้อยละของกิจกรรมที่ดำเนินการ / 100",
                        "รายงาน 6 เดือน"]
    assert table[2][:4] == ["กิจกรรมอบรมการป้องกันผลประโยชน์ทับซ้อน", "", "ทุกกอง", "15 ม.ค. 2568"]
    assert after(doc, "3.2 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล") == "ยังไม่มีมาตรการ"
    others = after(doc, "มาตรการอื่นของหน่วยงาน")
    assert [r[0] for r in others[1:]] == ["2.2.2 (2) มาตรการ NO Gift Policy"], "linked to no weak indicator"
    assert not any(p.startswith("4. ") for p in texts(doc)), "O25 has no follow-up"


def test_links_as_the_measures_page_gives_them(demo):
    v = measures_view(MEASURES, {}, load_rules(), demo.scores, UNIT, YEAR)
    assert 10 in v.links[1]["indicators"]
    table = after(report(demo, links=v.links), "3.1 ตัวชี้วัดที่ 10")
    assert "2.2.3 (1) มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต" in [r[0] for r in table[1:]]


def test_o26_follow_up_of_each_measure(demo):
    doc = report(demo, "o26", progress=PROGRESS)
    paras = texts(doc)
    assert paras[0] == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert "รอบ 6 เดือน (ต.ค.–มี.ค.)" in paras[1], "the round of the progress records"
    assert "มาตรการทั้งหมด 3 มาตรการ: ดำเนินการแล้วเสร็จ 1, กำลังดำเนินการ 1, ยังไม่เริ่ม 1" in paras
    table = after(doc, "มาตรการทั้งหมด")
    assert table[0] == ["มาตรการ", "สถานะ", "ร้อยละความก้าวหน้า", "ผลการดำเนินงาน", "ปัญหา/อุปสรรค", "หลักฐาน"]
    assert table[1] == ["2.2.3 (1) มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต", "กำลังดำเนินการ", "62.5",
                        "ร่างแผนเสร็จแล้ว", "งบประมาณจำกัด", URL]
    assert table[2][1:4] == ["ดำเนินการแล้วเสร็จ", "100", "ประกาศแล้ว"]
    assert table[3][1:4] == ["ยังไม่เริ่ม", "", "ยังไม่ได้รายงานผล"], "no progress: the measure's own status"
    link = next(t for t in doc.tables if t.rows[0].cells[0].text == "มาตรการ" and len(t.columns) == 6
                and t.rows[0].cells[5].text == "หลักฐาน").rows[1].cells[5].paragraphs[0].hyperlinks[0]
    assert link.address == URL


def test_the_latest_round_of_a_measure_is_its_follow_up(demo):
    rows = [Progress(measure_id=1, fiscal_year=YEAR, round="annual", status="done", percent=100.0),
            Progress(measure_id=1, fiscal_year=YEAR, round="q1", status="in_progress", percent=10.0)]
    doc = report(demo, "o26", measures=MEASURES[:1], progress=rows)
    assert after(doc, "มาตรการทั้งหมด")[1][1:3] == ["ดำเนินการแล้วเสร็จ", "100"]
    assert not any("รอบ" in p for p in texts(doc)[:2]), "several rounds: none named in the title"


def test_english(demo):
    doc = report(demo, "o26", progress=PROGRESS, lang="en")
    paras = texts(doc)
    assert paras[0] == "Report on the measures to promote integrity and transparency in the unit"
    for heading in ("1. ITA result, FY2567 (BE)", "2. Indicators below 85 (points to improve)",
                    "3. Measures to improve the indicators below the pass mark", "Prepared on 5 March 2025",
                    "Passes the pass mark of 85", f"Total {result_row(demo).total:.2f}, level: Pass"):
        assert any(p.startswith(heading) for p in paras), heading
    assert after(doc, "3.2 Indicator 9") == "No measure yet"
    assert after(doc, "3.1 Indicator 10")[1][3] == "1 Oct 2024 – 30 Sep 2025"
    assert after(doc, "3 measures: Done 1, In progress 1, Not started 1")[1][1] == "In progress"


def test_every_run_is_in_the_font_for_every_script(demo):
    doc = report(demo, "o26", progress=PROGRESS, font="Angsana New")
    runs = [r for p in doc.paragraphs for r in p.runs]
    for cell in (c for t in doc.tables for row in t.rows for c in row.cells):
        for item in (i for p in cell.paragraphs for i in p.iter_inner_content()):
            runs += getattr(item, "runs", None) or [item]          # a hyperlink's runs, or the run itself
    assert len(runs) > 50
    for run in runs:
        fonts = run._element.rPr.rFonts
        assert {a: fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == dict.fromkeys(
            ("ascii", "hAnsi", "cs", "eastAsia"), "Angsana New"), run.text
        assert run._element.rPr.find(qn("w:szCs")) is not None, "Thai text takes the complex-script size"
    portrait, landscape = doc.sections
    assert (round(portrait.page_width.cm, 1), round(portrait.page_height.cm, 1)) == (21.0, 29.7), "A4 portrait"
    assert (round(landscape.page_width.cm, 1), round(landscape.page_height.cm, 1)) == (29.7, 21.0), "A4 landscape"
    assert all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in doc.tables), "header rows repeat"


def test_the_office_font_setting_is_the_default(demo, monkeypatch):
    monkeypatch.setenv("ITA_OFFICE_FONT", "Sarabun")
    assert report(demo).paragraphs[0].runs[0].font.name == "Sarabun"


@pytest.mark.parametrize("unit, year", [("หน่วยงานที่ไม่มีในข้อมูล", YEAR), (UNIT, 2560)])
def test_a_unit_without_a_result_says_so(demo, unit, year):
    doc = report(demo, "o26", unit=unit, year=year, progress=PROGRESS)
    paras = texts(doc)
    assert any(p.startswith(f"ไม่มีผลการประเมิน ITA ของ {unit} ปีงบประมาณ พ.ศ. {year} ในพื้นที่ทำงาน") for p in paras)
    assert "ไม่มีคะแนนรายตัวชี้วัดของปีนี้ จึงระบุตัวชี้วัดที่ต้องพัฒนาไม่ได้" in paras
    assert len(after(doc, "มาตรการอื่นของหน่วยงาน")) == 1 + len(MEASURES), "the measures are still listed"
    assert all(t.rows[0].cells[0].text != "เครื่องมือการประเมิน" for t in doc.tables), "no tool scores to show"


def test_no_measures_and_no_weak_indicator(demo):
    r = demo.results
    strong = r.loc[(r["fiscal_year"] == 2568) & (r["n_indicators"] == 10)]
    mins = demo.scores.loc[demo.scores["fiscal_year"] == 2568].groupby("unit")["score"].min()
    unit = next(u for u in strong["unit"] if mins[u] >= 85)
    doc = report(demo, "o26", unit=unit, year=2568, measures=[], links={})
    paras = texts(doc)
    assert "ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์ 85 คะแนน" in paras
    assert paras.count("ยังไม่มีมาตรการที่บันทึกไว้ของหน่วยงานนี้") == 2, "in the measures and in the follow-up"


def test_results_are_scored_here_when_not_given(demo):
    data = build_oit_report("o25", UNIT, YEAR, demo.scores, None, today=TODAY)
    assert any(p.startswith(f"คะแนนรวม {result_row(demo).total:.2f}") for p in texts(docx.Document(io.BytesIO(data))))


def test_an_unknown_kind_is_refused(demo):
    with pytest.raises(ValueError):
        build_oit_report("o27", UNIT, YEAR, demo.scores, demo.results)


def test_every_kind_has_a_download_label():
    assert set(DOWNLOAD_LABELS) == set(KINDS) and set(DOWNLOAD_LABELS.values()) <= set(TEXT)


def test_every_text_is_in_both_languages_and_used():
    source = (ROOT / "analysis/export/oit_report.py").read_text(encoding="utf-8")
    codes = [c for c in TEXT if c.startswith("o25.")]
    assert codes
    for code in codes:
        assert set(TEXT[code]) == {"th", "en"} and all(TEXT[code].values()), code
        assert fields(TEXT[code]["th"]) == fields(TEXT[code]["en"]), code
        assert f'"{code}"' in source, f"{code} is not used"
    assert set(re.findall(r'"(o25\.[a-z0-9_]+)"', source)) <= set(TEXT)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_it(demo, tmp_path):
    data = build_oit_report("o26", UNIT, YEAR, demo.scores, demo.results, MEASURES, LINKS, PROGRESS, today=TODAY)
    (tmp_path / "o26.docx").write_bytes(data)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "o26.docx")], capture_output=True, timeout=180)
    pdf = (tmp_path / "o26.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) >= 2, "portrait pages, then the landscape measure pages"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "o26.pdf"), "-"], capture_output=True, text=True).stdout
        assert "สำนักการคลัง" in text and "ยังไม่มีมาตรการ" in text, "Thai text is rendered as Thai glyphs"
        o25 = tmp_path / "o25.docx"
        o25.write_bytes(build_oit_report("o25", UNIT, YEAR, demo.scores, demo.results, MEASURES, LINKS, today=TODAY))
        subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(o25)], capture_output=True, timeout=180)
        title = subprocess.run(["pdftotext", str(tmp_path / "o25.pdf"), "-"], capture_output=True, text=True).stdout
        assert "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" in title
