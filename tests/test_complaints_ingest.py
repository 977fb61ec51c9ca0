"""analysis/complaints/ingest.py: register and citizen-platform shapes, yearly counts, scrubbing, problems located."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from analysis.common.report import IngestError
from analysis.complaints.ingest import ingest_bytes, ingest_path

DATA = Path(__file__).resolve().parent / "data"
VALID_ID = "1101700203450"
TRAFFY = (
    "state,timestamp,ticket_id,type,organization,comment,photo,photo_after,coords,address,subdistrict,district,"
    "province,star,count_reopen,last_activity\n"
    'เสร็จสิ้น,2023-09-30 16:59:59.5+00,2023-AAA,"{ถนน,ทางเท้า}","เขตบางซื่อ,ฝ่ายโยธา เขตบางซื่อ",'
    'หลุมบ่อ โทร 0812345678,https://x/1.jpg,,"100.53,13.80",12 ถนนประชาราษฎร์,บางซื่อ,บางซื่อ,กรุงเทพมหานคร,5,0,'
    "2023-10-05 03:00:00+00\n"
    'กำลังดำเนินการ,2023-09-30 17:00:00+00,2023-AAB,{ทุจริต},"เขตจตุจักร",เรียกเงิน,,,"100.55,13.82",,จตุจักร,'
    "จตุจักร,กรุงเทพมหานคร,,0,2023-10-02 03:00:00+00\n"
    "รอรับเรื่อง,2024-01-15 01:00:00+00,2024-AAC,{},เขตจตุจักร,ไฟดับ,,,,,,,,,0,2024-01-15 01:00:00+00\n"
)


def test_citizen_platform_export_any_column_order():
    result = ingest_bytes(TRAFFY.encode("utf-8"), "traffy.csv")
    rec = result.records
    assert rec["fiscal_year"].tolist() == [2566, 2567, 2567]           # 16:59:59 UTC = 23:59:59 on 30 Sep, Bangkok
    assert rec["status"].astype(str).tolist() == ["finished", "in_progress", "waiting"]
    assert rec["category"].astype(str).tolist() == ["ถนน", "ทุจริต", "ไม่ระบุ"]
    assert rec["group"].astype(str).tolist() == ["general", "corruption", "general"]
    assert rec["unit"].astype(str).tolist() == ["เขตบางซื่อ", "เขตจตุจักร", "เขตจตุจักร"]
    assert set(rec["channel"].astype(str)) == {"Traffy Fondue"}
    assert rec["closed"].iloc[0] == pd.Timestamp("2023-10-05 10:00")
    assert rec["closed"].iloc[1:].isna().all(), "last_activity is not a closed date while the ticket is open"
    assert set(result.removed_columns) == {"comment", "photo", "photo_after", "coords", "address"}
    assert result.report.layout == "complaint_records"


def register_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["ทะเบียนเรื่องร้องเรียน สำนักงานเขตทดสอบ"])
    ws.append([])
    ws.append(["ลำดับ", "วันที่รับเรื่อง", "ชื่อ-นามสกุล", "ref", "เบอร์โทร", "ช่องทาง", "ประเภทเรื่อง", "รายละเอียด",
               "สถานะ", "วันที่แล้วเสร็จ"])
    ws.append([1, "15 มี.ค. 67", "นายสมชาย ใจดี", VALID_ID, "081-234-5678", "โทร 1555", "เรียกรับสินบน",
               f"แจ้งโดยนายสมชาย โทร 0812345678 บัตร {VALID_ID}", "ดำเนินการแล้วเสร็จ", "๒๐/๐๓/๒๕๖๗"])
    ws.append([2, 45366, "นางสาวสุดา ทองดี", "3100600123453", "0898765432", "เว็บไซต์", "ถนนชำรุด", "ถนนเป็นหลุม",
               "อยู่ระหว่างดำเนินการ", None])
    ws.append([3, "31/02/2567", "นายก", VALID_ID, "0812345678", "เว็บไซต์", "ถนนชำรุด", "", "รับเรื่อง", None])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_register_workbook_scrubbed_by_header_and_content():
    result = ingest_bytes(register_xlsx(), "register.xlsx")
    rec = result.records
    assert len(rec) == 2
    assert rec["received"].tolist() == [pd.Timestamp("2024-03-15")] * 2      # Thai month + 2-digit BE; Excel serial
    assert rec["closed"].iloc[0] == pd.Timestamp("2024-03-20")                # Thai digits, BE
    assert rec["bribery"].tolist() == [True, False]
    assert rec["channel"].astype(str).tolist() == ["โทร 1555", "เว็บไซต์"], "hotline numbers are not masked"
    assert result.removed_columns == ["ชื่อ-นามสกุล", "ref", "เบอร์โทร", "รายละเอียด"]
    removed = {r.column: (r.reason, r.by) for r in result.removed}
    assert removed["ref"] == ("national_id", "content")
    bad = [p for p in result.report.problems if p.code == "complaints_bad_date"]
    assert len(bad) == 1 and bad[0].row == 6 and bad[0].column == "วันที่รับเรื่อง" and bad[0].sheet


def test_free_text_kept_only_when_chosen_and_masked():
    kept = ingest_bytes(register_xlsx(), "register.xlsx", keep_text=True)
    text = kept.records["comment"].astype(str).iloc[0]
    assert text == "แจ้งโดย[ชื่อ] [โทรศัพท์] บัตร [เลขประชาชน]"     # the word after a name goes too: safer
    assert "รายละเอียด" not in kept.removed_columns
    dropped = ingest_bytes(register_xlsx(), "register.xlsx")
    assert dropped.records["comment"].isna().all()


def test_yearly_counts_file_with_a_total_row():
    csv = ("ปีงบประมาณ,ประเภทเรื่อง,จำนวนเรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ\n"
           "2566,ทุจริต,12,12,0\n2566,ทั่วไป,300,290,10\n2567,ทุจริต,8,6,2\n2567,ทั่วไป,280,270,10\nรวม,,600,578,22\n")
    result = ingest_bytes(csv.encode("utf-8-sig"), "counts.csv")
    agg = result.aggregates
    assert result.report.layout == "complaint_counts"
    assert agg["fiscal_year"].tolist() == [2566, 2566, 2567, 2567]
    assert agg["group"].astype(str).tolist() == ["corruption", "general", "corruption", "general"]
    assert agg["received"].tolist() == [12, 300, 8, 280]


def test_cp874_csv_is_read():
    csv = "วันที่รับเรื่อง,สถานะ\n01/10/2566,เสร็จสิ้น\n"
    result = ingest_bytes(csv.encode("cp874"), "thai.csv")
    assert result.records["fiscal_year"].tolist() == [2567]


@pytest.mark.parametrize("name, code", [
    ("complaints_bad_no_header.csv", "complaints_no_header"),
    ("complaints_bad_counts.csv", "complaints_no_rows"),
    ("guard_zipbomb.xlsx", "zip_too_large"),
    ("guard_password.xlsx", "file_encrypted"),
])
def test_refused_files_say_why(name, code):
    with pytest.raises(IngestError) as exc:
        ingest_path(DATA / name)
    assert code in {p.code for p in exc.value.report.errors}
    assert all(p.message("th") and p.message("en") and p.fix_text("th") and p.fix_text("en") for p in exc.value.report.errors)


def test_path_and_bytes_give_the_same_records(tmp_path):
    path = tmp_path / "traffy.csv"
    path.write_text(TRAFFY, encoding="utf-8")
    a, b = ingest_path(path).records, ingest_bytes(TRAFFY.encode("utf-8"), "traffy.csv").records
    pd.testing.assert_frame_equal(a, b)
