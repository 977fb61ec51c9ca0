"""Texts of the command line (analysis.cli): its errors print Thai then English; its labels show both."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "cli.bad_year": {"th": "ปีงบประมาณไม่ถูกต้อง", "en": "not a fiscal year"},
    "cli.file_not_found": {"th": "ไม่พบไฟล์ {path} — ตรวจสอบชื่อและตำแหน่งไฟล์",
                           "en": "file not found: {path} — check the name and folder"},
    "cli.no_results_year": {"th": "ไม่มีผลของปี {year} ในไฟล์ {file}", "en": "no results for FY{year} in {file}"},
    "cli.no_results": {"th": "ไม่มีผลในไฟล์ {file}", "en": "no results in {file}"},
    # path
    "cli.unit_not_found": {"th": "ไม่พบหน่วยงาน {unit} ในไฟล์ {file}{hint}", "en": "unit {unit} is not in {file}{hint}"},
    "cli.close_names": {"th": " — ชื่อที่ใกล้เคียง: {names}", "en": " — close names: {names}"},
    "cli.check_spelling": {"th": " — ตรวจการสะกดชื่อหน่วยงานให้ตรงกับไฟล์", "en": " — check the spelling against the file"},
    "cli.no_indicator_scores": {
        "th": "ไม่มีคะแนนรายตัวชี้วัดของ {unit} ปีงบประมาณ {year}{have} — การวางแผนต้องใช้คะแนนรายตัวชี้วัด",
        "en": "no indicator scores for {unit} in FY{year}{have} — the planner needs indicator scores"},
    "cli.have_years": {"th": " (มีคะแนนรายตัวชี้วัดของปี {years})", "en": " (indicator scores exist for FY{years})"},
    "cli.have_none": {"th": " (ไฟล์ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานนี้)", "en": " (the file has no indicator scores for this unit)"},
    "cli.no_framework": {"th": "ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ {year} (data/frameworks/fy{year}.toml)",
                         "en": "no framework file for FY{year} (data/frameworks/fy{year}.toml)"},
    "cli.unit": {"th": "หน่วยงาน", "en": "unit"},
    "cli.fiscal_year": {"th": "ปีงบประมาณ", "en": "FY"},
    "cli.target": {"th": "เป้าหมาย", "en": "target"},
    "cli.not_reachable": {"th": "ไปไม่ถึงเป้าหมาย", "en": "target not reachable"},
    "cli.already_there": {"th": "ถึงเป้าหมายแล้ว ไม่ต้องปรับ", "en": "already meets the target"},
    "cli.col_indicator": {"th": "ตัวชี้วัด", "en": "indicator"},
    "cli.col_from": {"th": "จาก", "en": "from"},
    "cli.col_to": {"th": "เป็น", "en": "to"},
    "cli.effort": {"th": "ความพยายามรวม", "en": "effort"},
    "cli.total_after": {"th": "คะแนนรวมหลังปรับ", "en": "total after"},
    # deck and complaints
    "cli.not_pptx": {"th": "ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .pptx: {path}", "en": "the output file must end in .pptx: {path}"},
    "cli.removed_columns": {"th": "ลบคอลัมน์ข้อมูลส่วนบุคคล", "en": "removed personal-data columns"},
    "cli.oit_no_list": {"th": "ไม่มีรายการข้อ OIT ของปี {year} ({family}) ในกรอบการประเมิน",
                        "en": "No OIT item list for FY{year} ({family}) in the frameworks"},
    "cli.oit_indicator": {"th": "ตัวชี้วัดที่ {n}", "en": "indicator {n}"},
    "cli.framework_ok": {"th": "{file}: ถูกต้อง — ปี {year}, {grading}, ตัวชี้วัด {indicators} ตัว, ข้อ OIT: {items}, สถานะ {status}",
                         "en": "{file}: valid — FY{year}, {grading}, {indicators} indicators, OIT items: {items}, status {status}"},
}
