"""Header, value and fiscal-year parsing (analysis/common/normalise.py): each table is input beside expected output."""
from __future__ import annotations

import math

import numpy as np
import pytest

from analysis.common.normalise import (
    is_summary_label,
    norm_header,
    parse_year,
    to_number,
    to_numbers,
    year_in_text,
)
from analysis.ita.roles import Role, classify_header, classify_label

IND = lambda n: Role("indicator", n)  # noqa: E731


@pytest.mark.parametrize("header, expected", [
    # indicators by number, Thai digits, name, short codes — and the look-alikes that must not collide
    ("ตัวชี้วัดที่ ๑", IND(1)),
    ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", IND(1)),
    ("การปฏิบัติหน้าที่", IND(1)),
    ("i1", IND(1)),
    ("I1", IND(1)),
    ("Indicator 1", IND(1)),
    ("IND1", IND(1)),
    ("ind_1", IND(1)),
    ("ตช.1", IND(1)),
    ("คะแนนตัวชี้วัดที่ 5", IND(5)),
    ("ตัวชี้วัดที่ 10", IND(10)),
    ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", IND(10)),
    ("Indicator 10", IND(10)),
    ("i10", IND(10)),
    ("การปรับปรุงการทำงาน", IND(8)),            # alias from the framework file
    ("การปรับปรุงระบบการทำงาน", IND(8)),
    ("Use of budget", IND(2)),
    ("Corruption prevention", IND(10)),
    ("Addressing corruption", IND(5)),
    ("การเปิดเผยข้อมูล", IND(9)),
    ("ตัวชี้วัดที่ 11", None),                  # not in the framework
    # tools, their parts and scale hints
    ("IIT", Role("tool", "IIT")),
    ("iit", Role("tool", "IIT")),
    ("คะแนน EIT", Role("tool", "EIT")),
    ("IIT (30)", Role("tool", "IIT", hint="points")),
    ("IIT คะแนนถ่วงน้ำหนัก", Role("tool", "IIT", hint="points")),
    ("OIT (40)", Role("tool", "OIT", hint="points")),
    ("OIT (100)", Role("tool", "OIT", hint="scale100")),
    ("EIT1", Role("tool", "EIT", part=1)),
    ("EIT 2", Role("tool", "EIT", part=2)),
    ("EIT ส่วนที่ 1", Role("tool", "EIT", part=1)),
    ("EIT (ส่วนที่ 2)", Role("tool", "EIT", part=2)),
    ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", Role("tool", "EIT")),
    ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", Role("tool", "OIT")),   # holds indicator 9's name, still a tool
    # total, level, unit, type, year, long-layout columns, ignored columns
    ("คะแนนรวม", Role("total")),
    ("คะแนน ITA", Role("total")),
    ("ITA", Role("total")),
    ("Total", Role("total")),
    ("total score", Role("total")),
    ("Score", Role("score")),
    ("คะแนน", Role("score")),
    ("ระดับ", Role("level")),
    ("ผลการประเมิน", Role("level")),
    ("Level", Role("level")),
    ("Band", Role("level")),
    ("grade", Role("level")),
    ("หน่วยงาน", Role("unit")),
    ("ชื่อหน่วยงาน", Role("unit")),
    ("สำนักงานเขต", Role("unit")),
    ("Unit", Role("unit")),
    ("Agency", Role("unit")),
    ("Organisation", Role("unit")),
    ("ประเภทหน่วยงาน", Role("unit_type")),
    ("Unit type", Role("unit_type")),
    ("ปีงบประมาณ", Role("year")),
    ("ปี", Role("year")),
    ("ปีงบ", Role("year")),
    ("ปีงบประมาณ พ.ศ.", Role("year")),
    ("Fiscal year", Role("year")),
    ("FY", Role("year")),
    ("year", Role("year")),
    ("ตัวชี้วัด", Role("indicator_label")),
    ("Indicator", Role("indicator_label")),
    ("ลำดับ", Role("ignore")),
    ("No.", Role("ignore")),
    ("หมายเหตุ", Role("ignore")),
    ("ผู้ประเมิน", None),
    ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ของหน่วยงานในสังกัด", None),   # a title, not a header
    ("93.55", None),
])
def test_header_variants_map_to_the_right_column(header, expected):
    assert classify_header(header) == expected


@pytest.mark.parametrize("label, expected", [
    (1, IND(1)), (1.0, IND(1)), ("๑", IND(1)), ("10", IND(10)), ("ตัวชี้วัดที่ 1", IND(1)),
    ("การใช้อำนาจ", IND(3)), ("i1", IND(1)), ("IIT", Role("tool", "IIT")), ("คะแนนรวม", Role("total")),
    ("EIT ส่วนที่ 2", Role("tool", "EIT", part=2)), ("11", None), ("หน่วยงาน", None),
])
def test_long_layout_indicator_labels(label, expected):
    assert classify_label(label) == expected


@pytest.mark.parametrize("cell, expected", [
    ("๙๑.๕๐", 91.5),
    ("85 %", 85.0),
    (" 90.1 ", 90.1),
    ("\u00a088.5\u00a0", 88.5),         # non-breaking spaces from copied web tables
    ("1,234", 1234.0),                 # thousands separator parsed; the range check rejects it later
    ("-", None), ("–", None), ("", None), ("N/A", None), (None, None),
    (91.25, 91.25),                    # numbers from Excel pass through
    (88, 88.0),
])
def test_values(cell, expected):
    got = to_number(cell)
    assert (math.isnan(got) if expected is None else got == pytest.approx(expected))


def test_text_that_is_not_a_number_is_flagged_not_guessed():
    values, bad = to_numbers(np.array(["90", "ดีมาก", "-", None], dtype=object))
    assert bad.tolist() == [False, True, False, False]
    assert values[0] == 90 and np.isnan(values[1:]).all()
    with pytest.raises(ValueError):
        to_number("ดีมาก")


def test_numeric_columns_are_not_touched():
    col = np.array([91.5, 80.25, np.nan])
    values, bad = to_numbers(col)
    assert values is col or np.array_equal(values, col, equal_nan=True)
    assert not bad.any()


@pytest.mark.parametrize("cell, year, kind", [
    (2566, 2566, "be"), (2566.0, 2566, "be"), ("2566", 2566, "be"), ("๒๕๖๖", 2566, "be"),
    ("ปี 2566", 2566, "be"), ("พ.ศ. 2566", 2566, "be"), ("ปีงบประมาณ 2566", 2566, "be"),
    ("ปีงบประมาณ พ.ศ. ๒๕๖๖", 2566, "be"), ("2566.0", 2566, "be"),
    ("2023", 2566, "ce"), (2023, 2566, "ce"), ("FY2023", 2566, "ce"),
    ("66", 2566, "be2"), ("ปี 66", 2566, "be2"),
    ("abc", None, ""), ("", None, ""), (None, None, ""), ("2565-2566", None, ""),
])
def test_fiscal_years(cell, year, kind):
    assert parse_year(cell) == (year, kind)


@pytest.mark.parametrize("text, year", [
    ("2566", 2566), ("ปี ๒๕๖๖", 2566), ("FY2023", 2566), ("ผล ITA ปีงบประมาณ พ.ศ. 2567", 2567),
    ("Sheet1", None), ("ita_results_2565", 2565), ("2565 vs 2566", None),
])
def test_years_in_sheet_names_titles_and_file_names(text, year):
    assert year_in_text(text)[0] == year


@pytest.mark.parametrize("label, summary", [
    ("รวม", True), ("รวมทั้งสิ้น", True), ("เฉลี่ย", True), ("ค่าเฉลี่ย", True), ("ค่าเฉลี่ย 50 เขต", True),
    ("Total", True), ("Average", True), ("mean", True), ("Grand total", True), ("สูงสุด", True),
    ("สำนักงานเขตพระนคร", False), ("สำนักการคลัง", False), ("Ministry of Finance", False),
    ("Meanchey", False), ("", False),
])
def test_summary_rows_are_recognised(label, summary):
    assert is_summary_label(label) is summary


@pytest.mark.parametrize("raw, expected", [
    ("  ตัวชี้วัดที่\u00a0๑  ", "ตัวชี้วัดที่ 1"),
    ("IND_1", "ind 1"),
    ("คะแนน (ร้อยละ)", "คะแนน ร้อยละ"),
    ("ผลการประเมิน\u200bITA", "ผลการประเมินita"),
    ("ค\u0e4d\u0e32", "ค\u0e33"),          # decomposed sara am as typed on some keyboards
])
def test_header_text_normalisation(raw, expected):
    assert norm_header(raw) == expected
