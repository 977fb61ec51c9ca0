"""Each personal-data form the rules claim (phones, national IDs, names after a title) is found and masked; near
misses are left alone. A table: input beside expected output."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.complaints import pdpa

VALID_ID = "1101700203450"           # check digit 0


@pytest.mark.parametrize(("text", "masked"), [
    ("โทร 0812345678 ค่ะ", "โทร [โทรศัพท์] ค่ะ"),                 # mobile, 10 digits
    ("โทร 081-234-5678", "โทร [โทรศัพท์]"),
    ("โทร 081 234 5678", "โทร [โทรศัพท์]"),
    ("สำนักงาน 02 123 4567", "สำนักงาน [โทรศัพท์]"),            # landline: 0 + 8 digits
    ("ติดต่อ 021234567", "ติดต่อ [โทรศัพท์]"),
    ("ติดต่อ +66 81 234 5678", "ติดต่อ [โทรศัพท์]"),             # international form
    ("ติดต่อ +6681 234 5678", "ติดต่อ [โทรศัพท์]"),
    ("โทร ๐๘๑๒๓๔๕๖๗๘", "โทร [โทรศัพท์]"),                         # Thai digits
    ("เลขประชาชน 1-1017-00203-45-0", "เลขประชาชน [เลขประชาชน]"),   # dashed ID
    ("เลขประชาชน 1 1017 00203 45 0", "เลขประชาชน [เลขประชาชน]"),
    (f"เลข {VALID_ID}", "เลข [เลขประชาชน]"),
    ("ส่งถึง somchai.j@example.co.th ด้วย", "ส่งถึง [อีเมล] ด้วย"),
    ("ผู้ร้อง นายสมชาย ใจดี", "ผู้ร้อง [ชื่อ]"),
    ("ผู้ร้อง นางสาวสมหญิง", "ผู้ร้อง [ชื่อ]"),
    ("ผู้ร้อง น.ส.มาลี", "ผู้ร้อง [ชื่อ]"),
    ("from Mr. John Smith", "from [ชื่อ]"),
    ("from MR. JOHN SMITH", "from [ชื่อ]"),                     # any letter case
    ("from mrs Jane", "from [ชื่อ]"),
    ("สายด่วน 1555 และ 1111", "สายด่วน 1555 และ 1111"),          # hotlines are not personal
    ("ปีงบประมาณ 2566 จำนวน 40 เรื่อง", "ปีงบประมาณ 2566 จำนวน 40 เรื่อง"),
])
def test_mask_text_masks_each_claimed_form(text, masked):
    assert pdpa.mask_text(pd.Series([text])).astype(str).tolist() == [masked]


@pytest.mark.parametrize(("text", "personal"), [
    ("0812345678", True), ("+66 81 234 5678", True), ("02 123 4567", True),
    ("1-1017-00203-45-0", True), (VALID_ID, True), ("1-1017-00203-45-1", False),   # a wrong check digit is no ID
    ("a@b.go.th", True), ("1555", False), ("2566", False), ("ถนนชำรุด", False),
])
def test_contains_personal(text, personal):
    assert bool(pdpa.contains_personal(pd.Series([text]))[0]) is personal


@pytest.mark.parametrize(("values", "reason"), [
    (["0812345678", "0898765432", "021234567"], "phone"),
    (["+66 81 234 5678", "+66812345679"], "phone"),
    (["1-1017-00203-45-0", VALID_ID], "national_id"),
    (["a@b.go.th", "c@d.com"], "email"),
    (["ถนน", "ไฟฟ้า", "ทางเท้า"], None),
])
def test_a_column_mostly_of_one_form_is_personal_by_content(values, reason):
    assert pdpa.content_reason(pd.Series(values)) == reason


def test_id_checksum():
    assert pdpa.thai_id_valid("1-1017-00203-45-0")
    assert not pdpa.thai_id_valid("1-1017-00203-45-9")
    assert not pdpa.thai_id_valid("110170020345")          # 12 digits


@pytest.mark.parametrize(("text", "masked"), [
    # the forms that were stored verbatim inside kept columns (issue 14.6)
    ("โทร (081) 234-5678", "โทร [โทรศัพท์]"),
    ("โทร 081.234.5678", "โทร [โทรศัพท์]"),
    ("โทร +66 (0)81 234 5678", "โทร [โทรศัพท์]"),
    ("สำนักงาน (02) 123-4567", "สำนักงาน [โทรศัพท์]"),
    ("ดร.สมชาย ใจดี แจ้ง", "[ชื่อ] แจ้ง"),
    ("พ.ต.อ.สมศักดิ์ รักชาติ", "[ชื่อ]"),
    ("ผศ.ดร. มาลี ศรีสุข", "[ชื่อ]"),
    ("ติดต่อ สมชาย ใจดี", "ติดต่อ [ชื่อ]"),
    ("ผู้ร้อง: มาลี ศรีสุข แจ้งว่า", "ผู้ร้อง: [ชื่อ] แจ้งว่า"),
    ("บ้านเลขที่ 12/3 หมู่ 4 ถนนพหลโยธิน", "[ที่อยู่] ถนนพหลโยธิน"),
    ("เลขที่ 99 ซอยสุขุมวิท", "[ที่อยู่] ซอยสุขุมวิท"),
    ("LINE @somchai", "[ไลน์]"),
    ("line id: somchai99 ค่ะ", "[ไลน์] ค่ะ"),
    ("ไลน์ somchai_j", "[ไลน์]"),
    # near misses that categories and dates use: left alone
    ("ติดต่อราชการ ล่าช้า", "ติดต่อราชการ ล่าช้า"),
    ("ถนน ทางเท้า", "ถนน ทางเท้า"),
    ("วันที่ 01/11/2568 เวลา 10.30 น.", "วันที่ 01/11/2568 เวลา 10.30 น."),
    ("หนังสือ ก.พ. ที่ 12", "หนังสือ ก.พ. ที่ 12"),
    ("ม.ค. 2567 จำนวน 40", "ม.ค. 2567 จำนวน 40"),
])
def test_mask_text_masks_the_forms_people_write(text, masked):
    assert pdpa.mask_text(pd.Series([text])).astype(str).tolist() == [masked]
