"""Issue 10.5: personal names found by rule, not by list — name headers by pattern, name columns by content —
while headers that only contain a name word as part of another concept (unit name, subject, channel) keep their role.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.complaints import pdpa, roles
from analysis.complaints.ingest import ingest_bytes

NAME_HEADERS = [
    "ชื่อ", "สกุล", "นามสกุล", "ชื่อ-สกุล", "ชื่อ - สกุล", "ชื่อ-นามสกุล", "ชื่อ - นามสกุล", "ชื่อ นามสกุล", "ชื่อ/สกุล",
    "ชื่อ/นามสกุล", "ชื่อสกุล", "ชื่อและนามสกุล", "ชื่อ-สกุลผู้ร้อง", "ชื่อ-สกุล ผู้ร้องเรียน", "ชื่อ - นามสกุล (ผู้แจ้ง)",
    "ชื่อผู้แจ้ง", "ชื่อผู้ร้อง", "ชื่อ(ผู้ร้องเรียน)", "ผู้ร้อง", "ผู้ร้องเรียน", "ผู้แจ้ง", "ผู้แจ้ง/ผู้ร้องเรียน",
    "ชื่อของผู้ร้อง", " ชื่อ–สกุล ", "Name", "NAME", "name", "Full name", "full_name", "FullName", "First name",
    "first-name", "Last Name", "LASTNAME", "Surname", "Name / Surname", "Name-Surname", "Complainant",
    "complainant name", "Complainant's name", "Name of complainant", "First name / Last name", "ชื่อ (Name)",
]
NOT_NAME_HEADERS = [
    # (header, the role it keeps in a complaint file, or None)
    ("ชื่อหน่วยงาน", "unit"), ("ชื่อเรื่อง", "category"), ("ช่องทาง", "channel"), ("หน่วยงานที่รับผิดชอบ", "unit"),
    ("หน่วยงาน", "unit"), ("ประเภทเรื่อง", "category"), ("สถานะ", "status"), ("วันที่รับเรื่อง", "received"),
    ("Unit name", "unit"), ("Agency name", "unit"), ("ช่องทางการร้องเรียน", "channel"), ("Subject", "category"),
    ("ประเภทผู้ร้องเรียน", None), ("Last activity", "closed"), ("และ", None), ("First", None), ("ชื่อเขต", None),
]


@pytest.mark.parametrize("header", NAME_HEADERS)
def test_name_headers_are_recognised_by_pattern(header):
    assert pdpa.is_name_header(header)
    assert pdpa.header_reason(header) == "name"


@pytest.mark.parametrize(("header", "role"), NOT_NAME_HEADERS)
def test_other_concepts_are_not_names_and_keep_their_role(header, role):
    assert not pdpa.is_name_header(header)
    assert pdpa.header_reason(header) is None
    found = roles.map_roles([header], roles.RECORD_ROLES)
    assert (next(iter(found)) if found else None) == role


@pytest.mark.parametrize(("values", "reason"), [
    (["นายสมชาย ใจดี", "นางสาวมาลี ศรีสุข", "นางสมศรี มีสุข"], "name"),
    (["น.ส.สมหญิง รักดี", "ด.ช.ต้นกล้า ใจงาม", "ด.ญ.ใบเตย หอมดี"], "name"),
    (["นาย สมชาย ใจดี", "นาง สมศรี", "", None], "name"),                   # blanks do not count
    (["Mr. John Smith", "Mrs Jane Doe", "Ms.Ann Lee", "MISS KATE"], "name"),
    (["นายสมชาย ใจดี", "นางสาวมาลี", "ถนนชำรุด"], "name"),                  # mostly names
    (["นายสมชาย ใจดี", "ถนนชำรุด", "ไฟฟ้าดับ"], None),                      # one name is not most of them
    (["นายกเทศมนตรี", "นายอำเภอ", "นายช่างโยธา", "นางพยาบาล"], None),     # offices and trades, not names
    (["ถนนชำรุด", "น้ำท่วม", "ไฟฟ้าดับ"], None),
    (["แจ้งโดยนายสมชาย ใจดี เรื่องถนนชำรุดหน้าบ้านเลขที่ 5", "ถนน"], None),  # free text is judged by its header
])
def test_a_column_mostly_of_titled_names_is_personal_by_content(values, reason):
    assert pdpa.content_reason(pd.Series(values, dtype=object)) == reason


def test_names_under_an_innocuous_header_are_removed():
    frame = pd.DataFrame({"ผู้ติดต่อ": ["นายสมชาย ใจดี", "นางสาวมาลี ศรีสุข"], "สถานะ": ["เสร็จสิ้น", "รอ"]})
    assert [(r.column, r.reason, r.by) for r in pdpa.personal_columns(frame)] == [("ผู้ติดต่อ", "name", "content")]


REGISTER = "\n".join([
    "เลขที่เรื่อง,วันที่รับเรื่อง,ชื่อ-สกุลผู้ร้อง,ผู้ติดต่อ,ชื่อหน่วยงาน,ช่องทาง,ชื่อเรื่อง,สถานะ,วันที่ดำเนินการแล้วเสร็จ",
    "1,15/03/2567,นายสมชาย ใจดี,นายสมชาย ใจดี,สำนักงานเขตพระนคร,โทร 1555,ถนนชำรุด,เสร็จสิ้น,20/03/2567",
    "2,16/03/2567,นางสาวมาลี ศรีสุข,นางสาวมาลี ศรีสุข,สำนักงานเขตดุสิต,เว็บไซต์,เรียกรับสินบน,กำลังดำเนินการ,",
    "3,17/03/2567,ด.ช.ต้นกล้า ใจงาม,Mr. John Smith,สำนักงานเขตดุสิต,เว็บไซต์,ไฟฟ้าดับ,รอรับเรื่อง,",
])


def test_register_with_a_name_column_reports_it_as_personal_data_and_stores_no_name():
    result = ingest_bytes(REGISTER.encode("utf-8"), "register.csv")
    removed = {r.column: (r.reason, r.by) for r in result.removed}
    assert removed["ชื่อ-สกุลผู้ร้อง"] == ("name", "header")               # personal data, not merely "not used"
    assert removed["ผู้ติดต่อ"] == ("name", "content")
    assert "ชื่อ-สกุลผู้ร้อง" in result.removed_columns and "ผู้ติดต่อ" in result.removed_columns
    [note] = [p for p in result.report.problems if p.code == "pdpa_removed"]
    assert "ชื่อ-สกุลผู้ร้อง" in note.message("th") and "ชื่อ-สกุลผู้ร้อง" in note.message("en")
    unused = [line for line in result.report.assumption_lines("en") if "not used" in line or "unused" in line]
    assert not any("ชื่อ-สกุลผู้ร้อง" in line or "ผู้ติดต่อ" in line for line in unused), unused
    rec = result.records
    assert len(rec) == 3
    assert rec["unit"].astype(str).tolist() == ["สำนักงานเขตพระนคร", "สำนักงานเขตดุสิต", "สำนักงานเขตดุสิต"]
    assert rec["category"].astype(str).tolist()[:2] == ["ถนนชำรุด", "เรียกรับสินบน"]
    stored = rec.astype(str).to_csv(index=False)
    for name in ("สมชาย", "ใจดี", "มาลี", "ศรีสุข", "ต้นกล้า", "John", "Smith"):
        assert name not in stored, name
