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
    "items.family": {"th": "รายการข้อ OIT", "en": "OIT item list"},
    "items.family_help": {"th": "รายการข้อ OIT ต่างกันตามปีและประเภทหน่วยงาน: รายการของ ป.ป.ช. (หน่วยงานทั่วไป) "
                                "รายการของโรงเรียน สพฐ. และรายการของสถานศึกษาอาชีวศึกษา (ITA-VEC) — "
                                "เลือกรายการที่หน่วยงานของคุณใช้",
                          "en": "OIT item lists differ by year and type of agency: the NACC list (most agencies), the "
                                "OBEC schools list and the vocational colleges (ITA-VEC) list — choose the one your "
                                "agency uses."},
    "items.empty": {"th": "ยังไม่มีไฟล์รายข้อ — อัปโหลดไฟล์ หรือใช้ไฟล์สาธิต",
                    "en": "No item file yet — upload one or use the demo file."},
    "items.failed": {"th": "อ่านไฟล์ {file} ไม่ได้ — ดูรายละเอียดและวิธีแก้ด้านล่าง",
                     "en": "Could not read {file} — see the details and fixes below."},
    "items.demo_notice": {"th": "กำลังแสดง**ไฟล์รายข้อสาธิต** (ค่าสมมติทั้งหมด)",
                          "en": "Showing the **demo item file** (all values fictitious)."},
    "items.pick_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "items.pick_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "items.oit_head": {"th": "ข้อ OIT ที่ยังไม่มี", "en": "Missing OIT items"},
    "items.status_complete": {"th": "ข้อ OIT ปี พ.ศ. {year}, {family}: รายการครบ",
                              "en": "OIT items of FY{year}, {family}: the list is complete."},
    "items.status_partial": {
        "th": "ข้อ OIT ปี พ.ศ. {year}, {family}: รายการ**ไม่ครบ** (รวบรวมจากแหล่งสาธารณะได้ {n} ข้อ) — "
              "รหัสและชื่อข้อยังไม่ใช่ข้อเท็จจริงจนกว่าจะตรวจกับคู่มือ ITA ของปีนั้น",
        "en": "OIT items of FY{year}, {family}: the list is **partial** ({n} items collected from public "
              "sources) — treat codes and names with care until checked against that year's ITA manual."},
    "items.status_unknown": {
        "th": "ข้อ OIT ปี พ.ศ. {year}, {family}: ยังไม่มีรายการ — แสดงรหัสข้อได้โดยไม่มีชื่อ "
              "เพิ่มรายการได้ที่หน้า “กรอบการประเมิน”",
        "en": "OIT items of FY{year}, {family}: there is no list yet — codes are shown without names. Add the list "
              "on the Frameworks page."},
    "items.metric_present": {"th": "ข้อ OIT ที่มี", "en": "OIT items present"},
    "items.metric_missing": {"th": "ข้อ OIT ที่ไม่มี", "en": "OIT items missing"},
    "items.metric_not_given": {"th": "ข้อในรายการที่ไฟล์ไม่ได้ระบุ", "en": "Listed items the file does not give"},
    "items.none_missing": {"th": "ไม่มีข้อ OIT ที่ขาดตามไฟล์นี้", "en": "No OIT item is marked missing in this file."},
    "items.no_oit": {"th": "ไฟล์นี้ไม่มีข้อ OIT ของหน่วยงาน/ปีนี้", "en": "This file has no OIT items for this unit and year."},
    "items.lowest_head": {"th": "ข้อคำถาม IIT/EIT ที่คะแนนต่ำสุด {n} ข้อ", "en": "The {n} lowest IIT/EIT questions"},
    "items.no_questions": {"th": "ไฟล์นี้ไม่มีข้อคำถาม IIT/EIT ของหน่วยงาน/ปีนี้",
                           "en": "This file has no IIT/EIT questions for this unit and year."},
    "items.mapping_note": {
        "th": "ข้อคำถาม IIT i1–i6 อยู่ในตัวชี้วัดที่ 1 … i25–i30 ในตัวชี้วัดที่ 5 ถ้อยคำของข้อคำถามมาจากแบบสำรวจ "
              "IIT ปี 2564 ที่พบฉบับเต็ม ส่วนข้อ EIT e1–e5 → ตัวชี้วัดที่ 6, e6–e10 → 7, e11–e15 → 8 เป็นสมมติฐาน "
              "เพราะ ป.ป.ช. ยังไม่เผยแพร่แบบสำรวจ EIT จึงแสดงชื่อตัวชี้วัดแทนถ้อยคำ",
        "en": "IIT questions i1–i6 belong to indicator 1 … i25–i30 to indicator 5, and their wording comes from the "
              "FY2564 IIT form read in full. EIT questions e1–e5 → indicator 6, e6–e10 → 7, e11–e15 → 8 is an "
              "assumption: the NACC has not published the EIT form, so the indicator's name is shown instead of "
              "the wording."},
    "items.col_code": {"th": "รหัสข้อ", "en": "Item"},
    "items.col_name": {"th": "ชื่อข้อ", "en": "Item name"},
    "items.col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "items.col_tool": {"th": "เครื่องมือ", "en": "Tool"},
    "items.col_value": {"th": "คะแนน", "en": "Score"},
    "items.col_question": {"th": "ข้อคำถาม", "en": "Question"},
    "items.col_basis": {"th": "ที่มาของถ้อยคำ", "en": "Where the wording comes from"},
    # the words of a question beside its code (analysis.ita.views.items)
    "items.basis_seen": {"th": "แบบสำรวจปี {form}", "en": "The FY{form} form"},
    "items.basis_assumed": {"th": "แบบสำรวจปี {form} (สันนิษฐานว่าปี {year} ใช้ถ้อยคำเดิม)",
                            "en": "The FY{form} form (FY{year} assumed to keep its wording)"},
    "items.basis_unchecked": {"th": "แบบสำรวจปี {form} — ยังไม่ได้ตรวจกับแบบของปี {year}",
                              "en": "The FY{form} form — not checked against the FY{year} form"},
    "items.basis_unpublished": {"th": "ป.ป.ช. ยังไม่เผยแพร่ถ้อยคำ; ตัวชี้วัดเป็นสมมติฐาน",
                                "en": "Wording not published by the NACC; indicator assumed"},
    "items.basis_unknown": {"th": "ไม่มีข้อนี้ในแบบสำรวจที่รู้จัก", "en": "Not a question of any known form"},
    "items.q_unpublished": {"th": "ตัวชี้วัดที่ {n} {name} — ป.ป.ช. ยังไม่เผยแพร่ถ้อยคำข้อคำถามนี้",
                            "en": "Indicator {n} {name} — the NACC has not published this question's wording"},
    "items.q_unpublished_short": {"th": "ตัวชี้วัดที่ {n} {name}", "en": "Indicator {n} {name}"},
    "items.q_unknown": {"th": "ไม่มีข้อ {code} ในแบบสำรวจที่รู้จัก", "en": "No question {code} in any known form"},
    "items.hover_indicator": {"th": "ตัวชี้วัดที่ {n}", "en": "Indicator {n}"},
    # data/questions.toml checked when loaded (analysis.ita.questions)
    "q.bad_tool": {"th": "เครื่องมือ {value} ไม่รู้จัก (ใช้ {tools})", "en": "unknown tool {value} (use {tools})"},
    "q.bad_code": {"th": "รหัสข้อ {code} ไม่ถูกต้อง (ใช้ {prefix}1, {prefix}2 …)",
                   "en": "bad question code {code} (use {prefix}1, {prefix}2 …)"},
    "q.repeated": {"th": "รหัสข้อ {code} ซ้ำ", "en": "question {code} is given twice"},
    "q.gaps": {"th": "ขาดข้อ {codes}", "en": "questions missing: {codes}"},
    "items.chart_title": {"th": "ข้อคำถามที่ต่ำสุด — {unit} พ.ศ. {year}", "en": "Lowest questions — {unit}, FY{year}"},
    "items.go_path": {"th": "ไปหน้าเส้นทางสู่ 85 ของหน่วยงานนี้", "en": "Open this unit's path to 85"},
}
