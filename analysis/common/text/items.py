"""Texts of the item drill-down page (Thai and English)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "items.nav": {"th": "รายข้อ", "en": "Items"},
    "items.title": {"th": "เจาะรายข้อ: ข้อ OIT ที่ขาดและข้อคำถาม IIT/EIT ที่ต่ำ",
                    "en": "Item drill-down: missing OIT items and the lowest IIT/EIT questions"},
    "items.intro": {
        "th": "อัปโหลดไฟล์คะแนนรายข้อ: แบบกว้าง (หน่วยงาน, ปีงบประมาณ, i1…i30, e1…e15, O1…) หรือแบบยาว "
              "(หน่วยงาน, ปีงบประมาณ, ข้อ, ค่า) — IIT/EIT เป็นคะแนน 0–100 ส่วน OIT เป็น มี/ไม่มี, 1/0, ✓/✗, "
              "yes/no หรือ true/false ข้อมูลรายข้อเก็บไว้เฉพาะในหน้าต่างนี้ ไม่บันทึกลงฐานข้อมูล",
        "en": "Upload an item-level file: wide (unit, fiscal year, i1…i30, e1…e15, O1…) or long (unit, fiscal "
              "year, item, value). IIT/EIT are scores of 0–100; OIT is มี/ไม่มี, 1/0, ✓/✗, yes/no or true/false. "
              "Item data stays in this browser session only; it is not saved."},
    "items.upload": {"th": "ไฟล์รายข้อ (.xlsx, .xls, .ods, .csv)", "en": "Item file (.xlsx, .xls, .ods, .csv)"},
    "items.demo": {"th": "ใช้ไฟล์รายข้อสาธิต (สำนักงานเขต 5 แห่ง ปี 2568)",
                   "en": "Use the demo item file (5 district offices, FY2568)"},
    "items.clear": {"th": "ล้างไฟล์รายข้อ", "en": "Clear the item file"},
    "items.family": {"th": "กลุ่มรายการข้อ OIT", "en": "OIT item list family"},
    "items.family_help": {"th": "รายการข้อ OIT ต่างกันตามปีและประเภทหน่วยงาน: nacc (ป.ป.ช.), obec_school "
                                "(โรงเรียน สพฐ.), vec_college (อาชีวศึกษา)",
                          "en": "OIT item lists differ by year and agency type: nacc (NACC), obec_school "
                                "(OBEC schools), vec_college (vocational colleges)"},
    "items.empty": {"th": "ยังไม่มีไฟล์รายข้อ — อัปโหลดไฟล์ หรือใช้ไฟล์สาธิต",
                    "en": "No item file yet — upload one or use the demo file."},
    "items.failed": {"th": "อ่านไฟล์ {file} ไม่ได้ — ดูรายละเอียดและวิธีแก้ด้านล่าง",
                     "en": "Could not read {file} — see the details and fixes below."},
    "items.demo_notice": {"th": "กำลังแสดง**ไฟล์รายข้อสาธิต** (ค่าสมมติทั้งหมด)",
                          "en": "Showing the **demo item file** (all values fictitious)."},
    "items.pick_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "items.pick_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "items.oit_head": {"th": "ข้อ OIT ที่ยังไม่มี", "en": "Missing OIT items"},
    "items.status_complete": {"th": "รายการข้อ OIT ปี พ.ศ. {year} กลุ่ม {family}: ครบ",
                              "en": "OIT item list FY{year}, family {family}: complete"},
    "items.status_partial": {
        "th": "รายการข้อ OIT ปี พ.ศ. {year} กลุ่ม {family} **ไม่ครบ** (รวบรวมจากแหล่งสาธารณะได้ {n} ข้อ) — "
              "รหัสและชื่อข้อยังไม่ใช่ข้อเท็จจริงจนกว่าจะตรวจกับคู่มือ ITA ของปีนั้น",
        "en": "The OIT item list for FY{year}, family {family}, is **partial** ({n} items collected from public "
              "sources) — treat codes and names with care until checked against that year's ITA manual."},
    "items.status_unknown": {
        "th": "ไม่มีรายการข้อ OIT ปี พ.ศ. {year} กลุ่ม {family} — แสดงรหัสข้อโดยไม่มีชื่อ",
        "en": "No OIT item list for FY{year}, family {family} — codes are shown without names."},
    "items.metric_present": {"th": "ข้อ OIT ที่มี", "en": "OIT items present"},
    "items.metric_missing": {"th": "ข้อ OIT ที่ไม่มี", "en": "OIT items missing"},
    "items.metric_not_given": {"th": "ข้อในรายการที่ไฟล์ไม่ได้ระบุ", "en": "Listed items the file does not give"},
    "items.none_missing": {"th": "ไม่มีข้อ OIT ที่ขาดตามไฟล์นี้", "en": "No OIT item is marked missing in this file."},
    "items.no_oit": {"th": "ไฟล์นี้ไม่มีข้อ OIT ของหน่วยงาน/ปีนี้", "en": "This file has no OIT items for this unit and year."},
    "items.lowest_head": {"th": "ข้อคำถาม IIT/EIT ที่คะแนนต่ำสุด {n} ข้อ", "en": "The {n} lowest IIT/EIT questions"},
    "items.no_questions": {"th": "ไฟล์นี้ไม่มีข้อคำถาม IIT/EIT ของหน่วยงาน/ปีนี้",
                           "en": "This file has no IIT/EIT questions for this unit and year."},
    "items.mapping_note": {
        "th": "การจับคู่ข้อคำถามกับตัวชี้วัดอยู่ใน data/items_map.toml: IIT i1–i6 → ตัวชี้วัด 1 … i25–i30 → 5 "
              "(ตามแบบสอบถามปี 2564 ที่พบ); EIT e1–e5 → 6, e6–e10 → 7, e11–e15 → 8 (สมมติฐาน)",
        "en": "Questions map to indicators by data/items_map.toml: IIT i1–i6 → indicator 1 … i25–i30 → 5 (as in "
              "the FY2564 form seen); EIT e1–e5 → 6, e6–e10 → 7, e11–e15 → 8 (assumed)."},
    "items.col_code": {"th": "รหัสข้อ", "en": "Item"},
    "items.col_name": {"th": "ชื่อข้อ", "en": "Item name"},
    "items.col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "items.col_tool": {"th": "เครื่องมือ", "en": "Tool"},
    "items.col_value": {"th": "คะแนน", "en": "Score"},
    "items.col_mapping": {"th": "ที่มาการจับคู่", "en": "Mapping"},
    "items.chart_title": {"th": "ข้อคำถามที่ต่ำสุด — {unit} พ.ศ. {year}", "en": "Lowest questions — {unit}, FY{year}"},
    "items.go_path": {"th": "ไปหน้าเส้นทางสู่ 85 ของหน่วยงานนี้", "en": "Open this unit's path to 85"},
}
