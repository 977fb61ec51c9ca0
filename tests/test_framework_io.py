"""analysis/ita/framework_io.py, item_list.py and item_tables.py: frameworks to TOML and back (every shipped file), the copy for a new year, and OIT
item lists read from .csv/.xlsx/.docx tables as the manual prints them, with bad rows and hostile files located."""
from __future__ import annotations

import dataclasses
import io
import tomllib
import zipfile
from pathlib import Path

import pytest

from analysis.common.report import FrameworkError, IngestError
from analysis.common.text import t
from analysis.ita.framework import FRAMEWORK_DIR, Band, OitItem, load_file, parse_framework
from analysis.ita.framework_io import (
    check_framework,
    framework_from_previous,
    framework_to_dict,
    framework_to_toml,
    toml_file_name,
)
from analysis.ita.item_list import read_item_list

SHIPPED = sorted(FRAMEWORK_DIR.glob("*.toml"))


@pytest.fixture(scope="module")
def fw2569():
    return load_file(FRAMEWORK_DIR / "fy2569.toml")


def _back(fw):
    return parse_framework(tomllib.loads(framework_to_toml(fw)), "exported.toml")


def _same_fields(a, b):
    """Every field of the two frameworks equal, source_file aside (named in the assertion when one differs)."""
    for f in dataclasses.fields(a):
        if f.name != "source_file":
            assert getattr(a, f.name) == getattr(b, f.name), f.name


# ------------------------------------------------------------------------------------------ TOML out
@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_file_round_trips_through_toml(path):
    fw = load_file(path)
    back = _back(fw)
    _same_fields(fw, back)
    assert dataclasses.replace(back, source_file=fw.source_file) == fw
    assert framework_to_dict(back) == framework_to_dict(fw)


def test_there_are_shipped_files_to_round_trip():
    assert len(SHIPPED) >= 8


def test_toml_keeps_thai_readable_and_the_shipped_layout(fw2569):
    text = framework_to_toml(fw2569)
    assert "\\u0e" not in text.lower()
    assert 'name_th = "การเปิดเผยข้อมูล"' in text
    assert 'label = "ผ่านดีเยี่ยม"' in text
    assert text.count("[[indicators]]") == len(fw2569.indicators)
    assert text.count("[[oit_items]]") == len(fw2569.oit_items)
    assert "[oit_items_status]" in text
    assert "weight = 30\n" in text                     # integral numbers as the shipped files write them
    assert 'notes = """' in text                       # a long note stays a readable multi-line string
    band = text[text.index('label = "ผ่าน"'):].split("\n\n")[0]
    assert "tool_gate" not in band and "passed = true" in band
    first_items = text[text.index("[[oit_items]]"):].split("\n\n")[0]
    assert "sub_indicator" not in first_items          # written only when set
    assert "sub_indicator = \"9.1\"" in text


def test_levels_file_writes_levels_and_no_bands():
    fw = load_file(FRAMEWORK_DIR / "fy2563.toml")
    text = framework_to_toml(fw)
    assert "[[levels]]" in text and "[[bands]]" not in text


@pytest.mark.parametrize("notes", [
    'quotes " and """ and \\ backslash', "line one\r\nline two\n", "ends with a quote\"", "", "tab\there\n\n",
    "\nหมายเหตุ ๑๒ “ข้อความ” — ∑ ≥95\n",
])
def test_awkward_notes_and_names_round_trip(fw2569, notes):
    items = (*fw2569.oit_items[:2], OitItem("my family", "O99", 'ชื่อ "มีเครื่องหมาย" \\ และ\nบรรทัดใหม่', 10, "10.2"))
    fw = dataclasses.replace(fw2569, notes=notes, oit_items=items,
                             oit_items_status={**fw2569.oit_items_status, "my family": "partial"})
    _same_fields(fw, _back(fw))


def test_fractional_weights_and_gates_round_trip(fw2569):
    tools = tuple(dataclasses.replace(x, weight=x.weight + (0.5 if x.code == "IIT" else -0.5 if x.code == "EIT" else 0))
                  for x in fw2569.tools)
    inds = tuple(dataclasses.replace(i, weight=i.weight + (0.5 if i.number == 1 else -0.5 if i.number == 6 else 0))
                 for i in fw2569.indicators)
    bands = (dataclasses.replace(fw2569.bands[0], tool_gate=94.5), *fw2569.bands[1:])
    fw = dataclasses.replace(fw2569, tools=tools, indicators=inds, bands=bands, pass_mark=84.5)
    back = _back(fw)
    _same_fields(fw, back)
    assert back.indicator(1).weight == 6.5 and back.bands[0].tool_gate == 94.5


def test_check_framework_names_the_broken_field(fw2569):
    broken = dataclasses.replace(fw2569, bands=(Band("ผ่าน", "Pass", 85, None, True), Band("ไม่ผ่าน", "Fail", 10, None,
                                                                                          False)))
    with pytest.raises(FrameworkError) as err:
        check_framework(broken)
    assert err.value.field_name == "bands.min_total" and err.value.file == "fy2569.toml"
    inds = tuple(dataclasses.replace(i, weight=7) if i.number == 1 else i for i in fw2569.indicators)
    with pytest.raises(FrameworkError) as err:
        check_framework(dataclasses.replace(fw2569, indicators=inds))
    assert err.value.field_name == "indicators.weight"
    assert check_framework(fw2569, "x.toml") == dataclasses.replace(fw2569, source_file="x.toml")


def test_copy_for_the_next_year_validates_and_says_unknown(fw2569):
    copy = framework_from_previous(fw2569, 2570)
    assert copy.fiscal_year == 2570 and copy.status == "unknown" and copy.source_file == ""
    assert set(copy.oit_items_status) == set(fw2569.oit_items_status)
    assert set(copy.oit_items_status.values()) == {"unknown"}
    assert t("fwio.copy_note", "th", prev=2569, year=2570) in copy.notes
    assert t("fwio.copy_note", "en", prev=2569, year=2570) in copy.notes
    assert "2569" in copy.notes and "สำเนา" in copy.notes and "copy" in copy.notes
    assert (copy.tools, copy.indicators, copy.bands, copy.oit_items) == \
        (fw2569.tools, fw2569.indicators, fw2569.bands, fw2569.oit_items)
    assert getattr(copy, "source", "") == ""
    _same_fields(copy, _back(copy))                     # its TOML validates as a shipped file does
    assert fw2569.fiscal_year == 2569 and fw2569.status == "assumed"      # the original is untouched
    assert toml_file_name(2570) == "fy2570.toml"


def test_copy_for_an_impossible_year_names_the_field(fw2569):
    with pytest.raises(FrameworkError) as err:
        framework_from_previous(fw2569, 70)
    assert err.value.field_name == "fiscal_year"


# ------------------------------------------------------------------------------------------ item lists
def _csv(text: str) -> bytes:
    return text.encode("utf-8")


def _codes(items):
    return [(i.code, i.name_th, i.indicator, i.sub_indicator) for i in items]


def _problems(report, code):
    return [p for p in report.problems if p.code == code]


def test_csv_with_thai_headers_and_thai_digits():
    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด\n"
                "O๑,โครงสร้าง,๙\n"
                "ข้อ O๒,ข้อมูลผู้บริหาร,ตัวชี้วัดที่ ๙\n"
                "o 12,\"  รายงานผลการจัดซื้อจัดจ้าง\n ประจำปี \",9\n"
                "O๒๐,การขับเคลื่อนนโยบาย No Gift Policy,ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต\n")
    items, report = read_item_list(data, "list.csv", "nacc", None)
    assert _codes(items) == [("O1", "โครงสร้าง", 9, ""), ("O2", "ข้อมูลผู้บริหาร", 9, ""),
                             ("O12", "รายงานผลการจัดซื้อจัดจ้าง ประจำปี", 9, ""),
                             ("O20", "การขับเคลื่อนนโยบาย No Gift Policy", 10, "")]
    assert all(i.family == "nacc" for i in items)
    assert report.ok and report.rows_kept == 4
    assert any("แถว 1" in line for line in report.assumption_lines("th"))      # where the header was found


def _xlsx(rows: list[list], title: str | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "รายการ OIT"
    if title:
        sheet.append([title])
        sheet.merge_cells("A1:D1")
        sheet.append([])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_with_a_title_row_above_the_header():
    data = _xlsx([["ตัวชี้วัดย่อย", "รหัส", "รายการ", "หมายเหตุ"],
                  ["9.1 ข้อมูลพื้นฐาน", "O1", "โครงสร้างและอำนาจหน้าที่", ""],
                  ["9.1", "O2", "ข้อมูลผู้บริหารสถานศึกษา", None],
                  ["9.2", "O6", "แผนปฏิบัติราชการ", "ดูเว็บไซต์"],
                  ["10.1", "O20", "มาตรการป้องกันการทุจริต", None]],
                 title="รายการข้อมูลการประเมิน OIT ปีงบประมาณ พ.ศ. 2570")
    items, report = read_item_list(data, "vec.xlsx", "vec_college", None)
    assert _codes(items) == [("O1", "โครงสร้างและอำนาจหน้าที่", 9, "9.1"), ("O2", "ข้อมูลผู้บริหารสถานศึกษา", 9, "9.1"),
                             ("O6", "แผนปฏิบัติราชการ", 9, "9.2"), ("O20", "มาตรการป้องกันการทุจริต", 10, "10.1")]
    assert report.ok
    assert any("แถว 3" in line and "รหัส (B)" in line for line in report.assumption_lines("th"))


def _docx(tables: list[list[list[str]]], merge_first_cell_rows: set[tuple[int, int]] = frozenset()) -> bytes:
    """A Word document with a title and these tables; (table, row) in merge_first_cell_rows spans the whole row."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("รายการข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)")
    for k, rows in enumerate(tables):
        width = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=width)
        for values, row in zip(rows, table.rows, strict=True):     # row by row: table.cell() is slow on long tables
            for value, cell in zip(values, row.cells, strict=False):
                cell.text = value
        for r in sorted(r for j, r in merge_first_cell_rows if j == k):
            table.cell(r, 0).merge(table.cell(r, width - 1)).text = rows[r][0]
        doc.add_paragraph("")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_tables_with_heading_rows_as_the_manual_prints_them():
    first = [["ข้อ", "ข้อมูล", "รายละเอียด"],
             ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "", ""],
             ["O1", "โครงสร้าง", "แผนผังแสดงโครงสร้าง"],
             ["O2", "ข้อมูลผู้บริหาร", "รายชื่อผู้บริหาร"]]
    second = [["ข้อ", "ข้อมูล", "รายละเอียด"],            # the header repeated on the next page
              ["O3", "อำนาจหน้าที่", ""],
              ["ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "", ""],
              ["O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", ""],
              ["O-X", "ไม่ใช่รหัส", ""]]
    signature = [["ลงชื่อ", "ผู้อำนวยการ"]]
    data = _docx([first, signature, second], {(0, 1), (2, 2)})
    items, report = read_item_list(data, "manual.docx", "nacc", None)
    assert _codes(items) == [("O1", "โครงสร้าง", 9, ""), ("O2", "ข้อมูลผู้บริหาร", 9, ""), ("O3", "อำนาจหน้าที่", 9, ""),
                             ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", 10, "")]
    assert report.layout == "docx"
    bad = _problems(report, "item_list_bad_code")
    assert len(bad) == 1 and bad[0].sheet is None and bad[0].row == 5
    assert "ตารางที่ 3" in bad[0].text("th") and "table 3" in bad[0].text("en") and "O-X" in bad[0].text("en")
    assert any("1, 3" in line for line in report.assumption_lines("en"))         # the tables with codes


def _merge_down(data: bytes, column: int, runs: list[tuple[int, int]]) -> bytes:
    """The document with the first table's cells of `column` merged down over each (first row, last row)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document(io.BytesIO(data))
    rows = doc.tables[0]._tbl.tr_lst
    for first, last in runs:
        for r in range(first, last + 1):
            tc = rows[r].tc_lst[column]
            mark = OxmlElement("w:vMerge")
            if r == first:
                mark.set(qn("w:val"), "restart")
            else:
                for para in tc.p_lst[1:]:
                    tc.remove(para)
                tc.p_lst[0].clear_content()
            tc.get_or_add_tcPr().append(mark)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_sub_indicator_cells_merged_down_apply_to_every_item_beside_them():
    rows = [["ตัวชี้วัดย่อย", "ข้อ", "ข้อมูล"], ["9.1 ข้อมูลพื้นฐาน", "O1", "โครงสร้าง"], ["", "O2", "ข้อมูลผู้บริหาร"],
            ["", "O3", "อำนาจหน้าที่"], ["10.1 การป้องกันการทุจริต", "O20", "แผนป้องกันการทุจริต"], ["", "O21", "รายงาน"]]
    data = _merge_down(_docx([rows]), 0, [(1, 3), (4, 5)])
    items, report = read_item_list(data, "merged.docx", "nacc", None)
    assert [(i.code, i.indicator, i.sub_indicator) for i in items] == [
        ("O1", 9, "9.1"), ("O2", 9, "9.1"), ("O3", 9, "9.1"), ("O20", 10, "10.1"), ("O21", 10, "10.1")]
    assert report.ok


def test_a_long_merged_column_is_read_in_one_pass():
    rows = [["ตัวชี้วัดที่ 9", f"O{r + 1}", f"ข้อ {r + 1}"] for r in range(999)]
    data = _merge_down(_docx([rows]), 0, [(0, 998)])
    items, report = read_item_list(data, "deep.docx", "nacc", None)       # python-docx's row.cells recurses here
    assert len(items) == 999 and {i.indicator for i in items} == {9} and report.ok


def test_table_without_header_takes_codes_and_the_next_column_as_names(fw2569):
    data = _csv("รายการข้อมูล OIT ปี 2569\n\nO1,โครงสร้าง หน้าที่และอำนาจ\nO3,ข้อมูลการติดต่อและช่องทางการสอบถาม\nO21,การประเมินความเสี่ยงการทุจริต\n")
    items, report = read_item_list(data, "plain.csv", "nacc", fw2569)
    assert _codes(items) == [("O1", "โครงสร้าง หน้าที่และอำนาจ", 9, ""), ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", 9, ""),
                             ("O21", "การประเมินความเสี่ยงการทุจริต", 10, "")]
    assert report.ok and not report.problems            # the title line above the table is not a bad row
    lines = report.assumption_lines("en")
    assert any("no header row" in line for line in lines)
    assert any("3 items" in line and "FY2569" in line for line in lines)      # indicators from the framework


def test_headerless_docx_with_code_and_name_in_one_cell():
    data = _docx([[["O1 โครงสร้าง"], ["O2. ข้อมูลผู้บริหาร"], ["ตัวชี้วัดที่ ๑๐"], ["O๓๐ แผนปฏิบัติการป้องกันการทุจริต"]]])
    items, report = read_item_list(data, "one-column.docx", "nacc", None)
    assert [(i.code, i.indicator) for i in items] == [("O30", 10)]
    assert [i.name_th for i in items] == ["แผนปฏิบัติการป้องกันการทุจริต"]
    missing = _problems(report, "item_list_no_indicator")
    assert [(p.row, p.params["code"]) for p in missing] == [(1, "O1"), (2, "O2")]
    assert "ข้อมูลผู้บริหาร" in missing[1].text("th")


def test_indicators_come_from_the_framework_by_code_then_by_name(fw2569):
    data = _csv("รหัสข้อ,ชื่อรายการ\n"
                "O1,โครงสร้าง หน้าที่และอำนาจ\n"
                "O20,การขับเคลื่อนนโยบาย No Gift Policy และความรู้เรื่องการรับทรัพย์สินโดยธรรมจรรยา\n"
                "O40,ข่าวประชาสัมพันธ์\n"            # not an FY2569 code; the name is O4's
                "O22,ชื่ออื่นที่ไม่ตรง\n")
    items, report = read_item_list(data, "fw.csv", "nacc", fw2569)
    assert [(i.code, i.indicator) for i in items] == [("O1", 9), ("O20", 10), ("O40", 9), ("O22", 10)]
    differs = _problems(report, "item_list_name_differs")
    assert [(p.row, p.params["code"]) for p in differs] == [(5, "O22")]
    assert "รายงานผลตามแผนบริหารจัดการความเสี่ยง" in differs[0].text("th")
    assert any("O40" in line and "O4" in line for line in report.assumption_lines("en"))
    assert report.ok                                     # warnings only


def test_a_family_not_in_the_framework_takes_nothing_from_it(fw2569):
    items, report = read_item_list(_csv("ข้อ,ชื่อ\nO1,โครงสร้าง หน้าที่และอำนาจ\n"), "x.csv", "obec_school", fw2569)
    assert items == [] and not report.ok
    assert _problems(report, "item_list_no_indicator")


def test_a_row_without_indicator_is_reported_with_its_row_and_column(fw2569):
    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด\nO1,โครงสร้าง,9\nO77,ข้อที่ไม่มีในกรอบ,\nO2,ข้อมูลผู้บริหาร,10\n")
    items, report = read_item_list(data, "gap.csv", "nacc", fw2569)
    assert [i.code for i in items] == ["O1", "O2"]
    [p] = report.errors
    assert (p.code, p.row, p.column, p.sheet) == ("item_list_no_indicator", 3, "ตัวชี้วัด (C)", "gap")
    assert "O77" in p.text("th") and "การเปิดเผยข้อมูล" in p.fix_text("th") and "indicator" in p.fix_text("en")


def test_an_indicator_that_is_not_oit_or_unreadable_is_an_error(fw2569):
    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด\nO1,โครงสร้าง,3\nO2,ข้อมูลผู้บริหาร,สูง\nO3,อำนาจหน้าที่,การเปิดเผยข้อมูล\n")
    items, report = read_item_list(data, "bad.csv", "nacc", fw2569)
    assert _codes(items) == [("O3", "อำนาจหน้าที่", 9, "")]           # an indicator given by its name
    assert [(p.code, p.row) for p in report.errors] == [("item_list_not_oit", 2), ("item_list_bad_indicator", 3)]


def test_a_code_given_twice_differently_names_both_rows_and_takes_neither():
    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด\nO1,โครงสร้าง,9\nO2,ข้อมูลผู้บริหาร,9\nO3,อำนาจหน้าที่,9\n"
                "O2,ข้อมูลการติดต่อ,9\nO3,อำนาจหน้าที่,9\n")
    items, report = read_item_list(data, "twice.csv", "nacc", None)
    assert [i.code for i in items] == ["O1", "O3"]
    [p] = report.errors
    assert p.code == "item_list_twice" and p.row == 5
    assert "แถว 3" in p.text("th") and "แถว 5" in p.text("th")
    assert "row 3" in p.text("en") and "ข้อมูลผู้บริหาร" in p.text("en") and "ข้อมูลการติดต่อ" in p.text("en")
    [same] = _problems(report, "item_list_repeated")
    assert same.severity == "warning" and same.row == 6


def test_items_read_fit_into_a_framework_that_validates(fw2569):
    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด,ตัวชี้วัดย่อย\nO1,โครงสร้าง,9,9.1\nO2,ข้อมูลผู้บริหาร,9,๙.๑\nO30,แผนป้องกัน,10,10.2\n")
    items, _ = read_item_list(data, "new.csv", "nacc", fw2569)
    others = tuple(i for i in fw2569.oit_items if i.family != "nacc")
    fw = check_framework(dataclasses.replace(fw2569, oit_items=others + tuple(items)))
    assert [i for i in fw.oit_items if i.family == "nacc"] == items
    assert items[1].sub_indicator == "9.1"


@pytest.mark.parametrize("data, name", [
    (_csv("หน่วยงาน,คะแนน\nสำนักงานเขตพระนคร,90\nสำนักงานเขตดุสิต,88\n"), "scores.csv"),
    (_csv("ข้อ,ชื่อ\n"), "empty-list.csv"),
])
def test_a_file_without_codes_is_refused_in_both_languages(data, name):
    with pytest.raises(IngestError) as err:
        read_item_list(data, name, "nacc", None)
    [p] = err.value.report.errors
    assert p.code == "item_list_no_codes"
    assert t("fwio.no_codes", "th") in str(err.value) and t("fwio.no_codes", "en") in str(err.value)


def test_a_word_document_without_tables_is_refused():
    from docx import Document

    doc = Document()
    doc.add_paragraph("O1 โครงสร้าง")
    out = io.BytesIO()
    doc.save(out)
    with pytest.raises(IngestError) as err:
        read_item_list(out.getvalue(), "no-table.docx", "nacc", None)
    assert [p.code for p in err.value.report.errors] == ["item_list_no_table"]


def _rezip(data: bytes, part: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


def _entity(body: bytes) -> bytes:
    head, _, rest = body.partition(b"?>")
    return head + b'?>\n<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' + rest


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "O1 โครงสร้าง")
    return out.getvalue()


GOOD_DOCX = _docx([[["ข้อ", "ชื่อ", "ตัวชี้วัด"], ["O1", "โครงสร้าง", "9"]]])


@pytest.mark.parametrize("make, name, code", [
    (lambda: _rezip(GOOD_DOCX, "word/document.xml", _entity), "entity.docx", "xml_entities"),
    (lambda: _rezip(GOOD_DOCX, "word/document.xml", lambda b: b[: len(b) // 2]), "cut.docx", "file_corrupt"),
    (lambda: _plain_zip(), "not-a-docx.docx", "format_unknown"),
    (lambda: b"\x00\x01 not a zip at all " * 50, "random.docx", "file_corrupt"),
    (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "manual.pdf", "format_unsupported"),
    (lambda: b"", "empty.docx", "file_empty"),
    (lambda: GOOD_DOCX[: len(GOOD_DOCX) // 3], "truncated.docx", "file_corrupt"),
])
def test_hostile_or_wrong_files_are_refused_with_a_message(make, name, code):
    with pytest.raises(IngestError) as err:
        read_item_list(make(), name, "nacc", None)
    [p] = err.value.report.errors
    assert p.code == code
    assert p.message("th") and p.message("en") and "Traceback" not in str(err.value)


@pytest.mark.parametrize("name", ["good.docx", "list.xlsx", "list.csv"])
def test_damaged_copies_of_good_files_raise_only_ingest_errors(name, fw2569):
    import random

    good = {"good.docx": GOOD_DOCX, "list.csv": _csv("ข้อ,ชื่อ,ตัวชี้วัด\nO1,โครงสร้าง,9\nO2,ผู้บริหาร,10\n"),
            "list.xlsx": _xlsx([["รหัส", "รายการ", "ตัวชี้วัด"], ["O1", "โครงสร้าง", 9]], title="ชื่อเรื่อง")}[name]
    rng = random.Random(name)
    for _ in range(40):
        data = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        data = data[: rng.randrange(1, len(data) + 1)] if rng.random() < 0.3 else data
        try:
            items, report = read_item_list(bytes(data), name, "nacc", rng.choice([fw2569, None]))
        except IngestError as exc:
            assert exc.report.errors
        else:
            assert all(isinstance(i, OitItem) for i in items) and report.rows_kept == len(items)


def test_the_report_is_json_ready():
    import json

    data = _csv("ข้อ,ชื่อ,ตัวชี้วัด\nO1,โครงสร้าง,\nO1,อื่น,9\n")
    _, report = read_item_list(data, "r.csv", "nacc", None)
    assert report.kind == "oit_item_list" and json.loads(json.dumps(report.to_dict(), ensure_ascii=False))


def test_the_good_docx_used_above_reads():
    items, report = read_item_list(GOOD_DOCX, "good.docx", "nacc", None)
    assert _codes(items) == [("O1", "โครงสร้าง", 9, "")] and report.ok


@pytest.mark.parametrize("cell, expected", [
    ("O1", "O1"), ("o 12", "O12"), ("ข้อ O3", "O3"), ("O๑๒", "O12"), ("O012", "O12"), ("Ｏ５", "O5"), ("O.7", "O7"),
    ("ข้อที่ O4", "O4"), ("O0", None), ("O1.1", None), ("i1", None), ("Open", None), ("โอ1", None), ("9", None),
])
def test_code_cells_in_the_forms_the_manual_prints(cell, expected):
    data = _csv(f"ข้อ,ชื่อ,ตัวชี้วัด\nO99,ข้อแรก,9\n{cell},ชื่อข้อ,9\n")
    items, _ = read_item_list(data, "codes.csv", "nacc", None)
    assert [i.code for i in items[1:]] == ([expected] if expected else [])


def test_the_second_sheet_with_codes_is_named_not_read():
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "nacc"
    book.active.append(["ข้อ", "ชื่อ", "ตัวชี้วัด"])
    book.active.append(["O1", "โครงสร้าง", 9])
    other = book.create_sheet("vec")
    other.append(["ข้อ", "ชื่อ", "ตัวชี้วัด"])
    other.append(["O1", "โครงสร้างและอำนาจหน้าที่", 9])
    out = io.BytesIO()
    book.save(out)
    items, report = read_item_list(out.getvalue(), "two.xlsx", "nacc", None)
    assert _codes(items) == [("O1", "โครงสร้าง", 9, "")]
    assert any("vec" in line for line in report.assumption_lines("en"))


def test_texts_of_this_module_are_in_both_languages():
    from analysis.common.text import framework_io as texts

    assert texts.TEXT and all(k.startswith("fwio.") and set(v) == {"th", "en"} for k, v in texts.TEXT.items())


def test_module_imports_no_streamlit_nor_plan_or_store():
    for name in ("framework_io.py", "item_list.py", "item_tables.py"):
        source = Path(__file__).resolve().parent.parent.joinpath("analysis", "ita", name).read_text("utf-8")
        assert "streamlit" not in source and "analysis.plan" not in source and "analysis.store" not in source
