"""analysis/complaints/pdpa.py: the ID checksum, phones and e-mails by content, hotlines kept, masking, header aliases."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.complaints import pdpa

# 1-1017-00203-45-0: weights 13..2 over the first 12 digits: 1*13+1*12+0+1*10+7*9+0+0+2*6+0+3*4+4*3+5*2 = 144;
# 144 % 11 = 1; (11 - 1) % 10 = 0 -> check digit 0.
VALID_ID = "1101700203450"


@pytest.mark.parametrize("text, ok", [
    (VALID_ID, True),
    ("1-1017-00203-45-0", True),
    ("1 1017 00203 45 0", True),
    ("๑๑๐๑๗๐๐๒๐๓๔๕๐", True),
    ("1101700203451", False),            # wrong check digit
    ("110170020345", False),             # 12 digits
    ("11017002034500", False),           # 14 digits
    ("abcdefghijklm", False),
])
def test_thai_id_checksum(text, ok):
    assert pdpa.thai_id_valid(text) is ok
    assert bool(pdpa.valid_ids(pd.Series([text], dtype="str"))[0]) is ok


@pytest.mark.parametrize("values, reason", [
    ([VALID_ID, "3100600123453", "", None], "national_id"),
    (["081-234-5678", "0898765432", "+66 81 234 5678", "02-123-4567"], "phone"),
    (["a@example.com", "b.c@mail.go.th", "x"], "email"),
    (["1555", "1111", "1555"], None),                      # hotlines are not personal data
    (["ถนน", "ทางเท้า", "ไฟฟ้า"], None),
    (["1101700203451", "1101700203452"], None),            # 13 digits with a wrong checksum: not IDs
])
def test_content_reason(values, reason):
    assert pdpa.content_reason(pd.Series(values, dtype="str")) == reason


@pytest.mark.parametrize("header, reason", [
    ("ชื่อผู้ร้องเรียน", "name"), ("ชื่อ-นามสกุล", "name"), ("Name", "name"),
    ("เลขประจำตัวประชาชน", "national_id"), ("National ID", "national_id"),
    ("เบอร์โทรศัพท์", "phone"), ("Phone", "phone"), ("E-mail", "email"), ("อีเมล์", "email"),
    ("ที่อยู่", "address"), ("coords", "address"), ("comment", "free_text"), ("รายละเอียด", "free_text"),
    ("photo_after", "photo"), ("สถานะ", None), ("ช่องทาง", None),
])
def test_header_reason(header, reason):
    assert pdpa.header_reason(header) == reason


@pytest.mark.parametrize("text, expected", [
    ("โทร 081-234-5678 ด่วน", "โทร [โทรศัพท์] ด่วน"),
    ("แจ้ง a@example.com", "แจ้ง [อีเมล]"),
    (f"บัตร {VALID_ID}", "บัตร [เลขประชาชน]"),
    ("นายสมชาย ใจดี ร้องเรียน", "[ชื่อ] ร้องเรียน"),
    ("สายด่วน 1555 และ 1111", "สายด่วน 1555 และ 1111"),
    ("ถนนชำรุด", "ถนนชำรุด"),
])
def test_mask_text(text, expected):
    assert pdpa.mask_text(pd.Series([text])).astype(str).iloc[0] == expected


def test_contains_personal_finds_embedded_values_only():
    s = pd.Series(["ok", f"id {VALID_ID}", "id 1101700203451", "call 0812345678", "1555"], dtype="str")
    assert pdpa.contains_personal(s).tolist() == [False, True, False, True, False]


def test_personal_columns_by_header_then_content():
    frame = pd.DataFrame({"ชื่อ": ["ก", "ข"], "ref": [VALID_ID, "3100600123453"], "สถานะ": ["เสร็จสิ้น", "รอ"]})
    found = {r.column: (r.reason, r.by) for r in pdpa.personal_columns(frame)}
    assert found == {"ชื่อ": ("name", "header"), "ref": ("national_id", "content")}
