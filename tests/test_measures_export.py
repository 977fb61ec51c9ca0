"""Exports reopened and checked: the measures document (.docx with the Thai font, .xlsx) and a round's progress report."""
from __future__ import annotations

import io
from datetime import date

import docx
import openpyxl
import pytest

from analysis.ita.framework import for_year
from analysis.plan.export import MEASURE_HEADERS, measures_document, progress_report
from analysis.store import Measure, Progress

RECORDS = [Measure(id=1, code="", title="=HYPERLINK(\"http://x\",\"y\")", steps=["+ขั้นแรก", "@ขั้นสอง"],
                   responsible="ฝ่าย ก", responsible_person="นาย ข", start_date=date(2025, 10, 1),
                   end_date=date(2026, 3, 31), kpi="-ร้อยละ 80", target="80", monitoring="รายงาน 6 เดือน",
                   weakness="", status="in_progress")]
LINKS = {1: {"indicators": [9]}}


def test_docx_measures_document_font_and_table():
    data = measures_document(RECORDS, LINKS, for_year(2568), "สำนักงานทดสอบ", 2568, "docx", font="Angsana New")
    doc = docx.Document(io.BytesIO(data))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == MEASURE_HEADERS
    row = [c.text for c in table.rows[1].cells]
    assert row[0] == "9 การเปิดเผยข้อมูล" and row[2] == "1. +ขั้นแรก\n2. @ขั้นสอง"
    assert row[3] == "ฝ่าย ก / นาย ข" and row[4] == "1 ต.ค. 2568 – 31 มี.ค. 2569"
    run = table.rows[1].cells[1].paragraphs[0].runs[0]
    assert run.font.name == "Angsana New"
    assert run._element.rPr.rFonts.get(docx.oxml.ns.qn("w:cs")) == "Angsana New"   # the Thai (complex script) font
    assert "พ.ศ. 2568" in doc.paragraphs[0].text


@pytest.mark.parametrize("which", ["measures", "progress"])
def test_xlsx_text_never_formula(which):
    if which == "measures":
        data = measures_document(RECORDS, LINKS, None, "u", 2568, "xlsx")
    else:
        data = progress_report(RECORDS, [Progress(measure_id=1, fiscal_year=2568, round="h1", status="done",
                                                  percent=100.0, result="=1+1", budget_spent=1200.0)],
                               "h1", 2568, "u", "xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    texts = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert texts and all(c.data_type == "s" for c in texts)
    if which == "progress":
        assert [c.value for c in ws[2]][:4] == [None, "=HYPERLINK(\"http://x\",\"y\")", "ดำเนินการแล้วเสร็จ", 100]


def test_docx_progress_report_round_title():
    data = progress_report(RECORDS, [], "h1", 2568, "u", "docx")
    doc = docx.Document(io.BytesIO(data))
    assert "รอบ 6 เดือน (ต.ค.–มี.ค.)" in doc.paragraphs[0].text
    assert doc.tables[0].rows[1].cells[2].text == "กำลังดำเนินการ"


@pytest.mark.parametrize("lang, headers, sheet, source", [
    ("th", ["รหัส", "มาตรการ", "สถานะ", "ร้อยละความก้าวหน้า"], "ความก้าวหน้า", "แหล่งข้อมูล"),
    ("en", ["Code", "Measure", "Status", "Percent done"], "Progress", "Source")])
def test_progress_xlsx_is_headed_in_the_language_with_amounts_as_shown(lang, headers, sheet, source):
    demo = Measure(**{**RECORDS[0].__dict__, "created_by": "demo"})
    data = progress_report([demo], [Progress(measure_id=1, fiscal_year=2568, round="h1", status="done", percent=100.0,
                                             budget_planned=1200.456, budget_spent=2.051000000000001)],
                           "h1", 2568, "u", "xlsx", lang=lang)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == [sheet, source]
    ws = wb[sheet]
    assert [c.value for c in ws[1]][:4] == headers and ws.freeze_panes == "A2"
    assert [c.value for c in ws[2]][4:6] == [1200.46, 2.05] and ws["F2"].number_format == "0.00"
    assert ws.cell(row=2, column=ws.max_column).value == ("ใช่" if lang == "th" else "Yes"), "the demo measure is marked"
    said = [v for row in wb[source].iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert any("2568" in v for v in said) and any(("ใช่" if lang == "th" else "Yes") in v for v in said)
