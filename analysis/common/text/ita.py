"""Texts of the ITA core beyond ingest (analysis.ita): item files, the planner, manual entry."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # item-level files
    "items.yes_no_forms": {"th": "มี/ไม่มี, 1/0, ✓/✗, yes/no หรือ true/false", "en": "มี/ไม่มี, 1/0, ✓/✗, yes/no or true/false"},
    "items.bad_yes_no": {"th": "{code} ของ {unit}: อ่านค่า '{value}' ไม่ได้ — ไม่นำค่านี้มาใช้",
                         "en": "{code} of {unit}: cannot read '{value}'; this value is not used"},
    "items.bad_yes_no_fix": {"th": "ใช้ {forms}", "en": "use {forms}"},
    "items.not_a_number": {"th": "{code} ของ {unit}: '{value}' ไม่ใช่ตัวเลข — ไม่นำค่านี้มาใช้",
                           "en": "{code} of {unit}: '{value}' is not a number; this value is not used"},
    "items.not_a_number_fix": {"th": "ใส่คะแนน 0–100 เช่น 87.5", "en": "enter a score of 0–100, e.g. 87.5"},
    "items.out_of_range": {"th": "{code} ของ {unit}: คะแนน {score:g} อยู่นอกช่วง 0–100 — ไม่นำค่านี้มาใช้",
                           "en": "{code} of {unit}: score {score:g} is outside 0–100; this value is not used"},
    "items.out_of_range_fix": {"th": "แก้เป็นคะแนน 0–100 (ตรวจจุดทศนิยม)", "en": "enter a score of 0–100 (check the decimal point)"},
    "items.header_wide": {"th": "ชีต '{sheet}': หัวตารางแถว {row}, รูปแบบกว้าง", "en": "sheet '{sheet}': header row {row}, wide layout"},
    "items.header_long": {"th": "ชีต '{sheet}': หัวตารางแถว {row}, รูปแบบยาว", "en": "sheet '{sheet}': header row {row}, long layout"},
    "items.no_unit": {"th": "แถวนี้ไม่มีชื่อหน่วยงาน — ไม่นำแถวนี้มาใช้", "en": "no unit name; row not used"},
    "items.no_unit_fix": {"th": "ใส่ชื่อหน่วยงาน", "en": "enter the unit's name"},
    "items.bad_year": {"th": "อ่านปีงบประมาณ '{value}' ไม่ได้ — ไม่นำแถวนี้มาใช้",
                       "en": "cannot read the fiscal year '{value}'; row not used"},
    "items.bad_year_fix": {"th": "ใส่ปี พ.ศ. เช่น 2568", "en": "enter a Buddhist-era year such as 2568"},
    "items.bad_code": {"th": "ไม่รู้จักรหัสข้อ '{value}' — ไม่นำแถวนี้มาใช้", "en": "unknown item code '{value}'; row not used"},
    "items.bad_code_fix": {"th": "ใช้รหัส i1…i30 (IIT), e1…e15 (EIT) หรือ O1… (OIT)",
                           "en": "use codes i1…i30 (IIT), e1…e15 (EIT) or O1… (OIT)"},
    "items.unmapped": {"th": "ข้อ {code} ไม่อยู่ในรายการข้อคำถามที่รู้จัก — แสดงโดยไม่ระบุตัวชี้วัด",
                       "en": "question {code} is not among the known questions; shown without an indicator"},
    "items.unmapped_fix": {"th": "ตรวจรหัสข้อ: ข้อ IIT คือ i1–i30 ข้อ EIT คือ e1–e15",
                           "en": "check the code: IIT questions are i1–i30, EIT questions e1–e15"},
    "items.not_in_framework": {
        "th": "ข้อ {code} ไม่อยู่ในรายการข้อ OIT ปี {year} ({family}, รายการ{status}) — แสดงโดยไม่ระบุชื่อและตัวชี้วัด",
        "en": "item {code} is not on the FY{year} OIT list ({family}, list {status}); "
              "shown without a name or indicator"},
    "items.not_in_framework_fix": {
        "th": "ตรวจว่าเลือกรายการข้อ OIT ถูกต้อง หรือเพิ่มข้อในกรอบการประเมินของปีนั้นที่หน้า “กรอบการประเมิน”",
        "en": "check the chosen OIT item list, or add the item to that year's framework on the Frameworks page"},
    "items.list_complete": {"th": "ครบ", "en": "complete"},
    "items.list_partial": {"th": "ไม่ครบ", "en": "partial"},
    "items.list_unknown": {"th": "ไม่ทราบ", "en": "unknown"},
    "items.no_header": {"th": "ไม่พบหัวตารางของไฟล์รายข้อใน {rows} แถวแรก", "en": "no item-file header in the first {rows} rows"},
    "items.no_header_fix": {
        "th": "ใช้หัวตาราง หน่วยงาน, ปีงบประมาณ แล้วคอลัมน์รหัสข้อ (i1, e1, O1 …) หรือ หน่วยงาน, ปีงบประมาณ, ข้อ, ค่า",
        "en": "use the headers unit, fiscal year, then item codes (i1, e1, O1 …) as columns, "
              "or unit, fiscal year, item, value"},
    "items.duplicate": {"th": "{item} ของ {unit} ปี {year} ซ้ำ — ใช้ค่าแรก",
                        "en": "{item} of {unit} FY{year} is repeated; the first value is used"},
    "items.duplicate_fix": {"th": "ลบแถวหรือคอลัมน์ที่ซ้ำ", "en": "remove the repeated row or column"},
    "items.no_rows": {"th": "ไม่มีค่ารายข้อที่ใช้ได้ในไฟล์นี้", "en": "no usable item values in this file"},
    "items.no_rows_fix": {"th": "ตรวจว่าแต่ละแถวมีชื่อหน่วยงาน ปีงบประมาณ และค่าของข้อ",
                          "en": "check that each row has a unit, a fiscal year and item values"},
    "items.mapped": {"th": "จับคู่ข้อ OIT กับตัวชี้วัดตามกรอบการประเมินของแต่ละปี ({family}); ข้อ IIT/EIT "
                           "ตามแบบสำรวจ (IIT ตามแบบปี 2564 ที่พบ, EIT เป็นสมมติฐาน)",
                     "en": "OIT items mapped to indicators by each year's framework ({family}); IIT/EIT questions "
                           "by the survey forms (IIT as on the FY2564 form read, EIT assumed)"},
    # scores typed by hand and unexpected failures (analysis.store.workspace)
    "manual.label": {"th": "กรอกเอง: {unit} ปี {year}", "en": "typed by hand: {unit} FY{year}"},
    "manual.no_unit": {"th": "ไม่ได้กรอกชื่อหน่วยงาน", "en": "the unit's name is empty"},
    "manual.no_unit_fix": {"th": "กรอกชื่อหน่วยงาน", "en": "type the unit's name"},
    "manual.no_framework": {"th": "ไม่มีไฟล์กรอบการประเมินของปี {year}", "en": "no framework file for FY{year}"},
    "manual.no_framework_fix": {"th": "เพิ่มกรอบการประเมินของปีนั้นที่หน้า “กรอบการประเมิน”",
                                "en": "add that year's framework on the Frameworks page"},
    "manual.out_of_range": {"th": "คะแนน {score} อยู่นอกช่วง 0–100", "en": "score {score} is outside 0–100"},
    "manual.out_of_range_fix": {"th": "กรอกคะแนน 0–100", "en": "type a score from 0 to 100"},
    "manual.missing": {"th": "ยังไม่มีคะแนนตัวชี้วัดที่ {numbers}", "en": "no score for indicator(s) {numbers}"},
    "manual.missing_fix": {"th": "กรอกให้ครบ 10 ตัวชี้วัดเพื่อคำนวณคะแนนรวม", "en": "fill all ten to compute the total"},
    "upload.save_failed": {"th": "บันทึกลงฐานข้อมูลไม่สำเร็จ ({reason}) ไม่มีข้อมูลใดถูกบันทึกบางส่วน",
                           "en": "saving to the database failed ({reason}); nothing was partly saved"},
    "upload.save_failed_fix": {"th": "ลองอีกครั้ง หากยังไม่ได้ แจ้งผู้ดูแลระบบพร้อมข้อความนี้",
                               "en": "try again; if it fails again, send this message to the administrator"},
    "upload.internal_error": {"th": "ระบบอ่านไฟล์นี้ไม่ได้เพราะข้อผิดพลาดภายใน ({reason})",
                              "en": "the file could not be read because of an internal error ({reason})"},
    "upload.internal_error_fix": {"th": "บันทึกไฟล์ใหม่เป็น .xlsx หรือ .csv แล้วลองอีกครั้ง และแจ้งผู้ดูแลระบบพร้อมไฟล์นี้",
                                  "en": "save it again as .xlsx or .csv and retry; send the file to the administrator"},
}
TEXT.update({
    # the planner (analysis.ita.planner): targets and why a target cannot be reached
    "planner.pass_target": {"th": "ผ่าน ({mark:g})", "en": "pass ({mark:g})"},
    "planner.no_target": {"th": "ปีงบประมาณ {year} ไม่มีเป้าหมาย {target} (เลือกได้: {offered})",
                          "en": "FY{year} has no target {target} (choose one of: {offered})"},
    "planner.missing": {"th": "ไม่มีคะแนนตัวชี้วัดที่ {numbers} — การวางแผนต้องมีคะแนนครบทั้ง {n} ตัวชี้วัด",
                        "en": "no score for indicator(s) {numbers} — the planner needs all {n} indicator scores"},
    "planner.total_out_of_reach": {
        "th": "ไปไม่ถึง {target}: แม้ทุกตัวชี้วัดขึ้นถึงเพดาน (คะแนนสูงสุดหรือที่เพิ่มได้ต่อปี) คะแนนรวมได้สูงสุด "
              "{total:.2f} ต่ำกว่า {min_total:g}{limits}",
        "en": "{target} is out of reach: with every indicator at its cap (highest score or most gain per year) the "
              "total is at most {total:.2f}, below {min_total:g}{limits}"},
    "planner.gate_out_of_reach": {
        "th": "{target} ต้องให้ {tool} ≥ {gate:g} ทุกเครื่องมือ แต่ {tool} ได้สูงสุด {score:.2f}{limits}",
        "en": "{target} needs every tool ≥ {gate:g}, but {tool} reaches at most {score:.2f}{limits}"},
    "planner.limits": {"th": " — {parts}", "en": " — {parts}"},
    "planner.limit_items": {"th": "ตัวชี้วัดที่ {numbers} ได้สูงสุด {score:.2f} แม้เผยแพร่ข้อ OIT ที่ขาดครบทุกข้อ",
                            "en": "indicator {numbers} reaches at most {score:.2f} even with every missing OIT item published"},
    "planner.limit_stay": {"th": "ตัวชี้วัดที่ {numbers} คงที่ {score:.2f} (เพดาน {cap:g} และคะแนนไม่ลดลง)",
                           "en": "indicator {numbers} stays at {score:.2f} (cap {cap:g}; scores never go down)"},
    "planner.limit_cap": {"th": "เพดานตัวชี้วัดที่ {numbers} = {cap:g}", "en": "indicator {numbers} capped at {cap:g}"},
    "planner.limit_gain": {"th": "ตัวชี้วัดที่ {numbers} เพิ่มได้ไม่เกิน {gain:g} คะแนนต่อปี",
                           "en": "indicator {numbers} gains at most {gain:g} points a year"},
    "planner.no_solution": {"th": "คำนวณแผนไม่สำเร็จ (ตัวแก้สมการไม่พบคำตอบ) — ลองปรับเพดานหรือความพยายาม",
                            "en": "no plan found (the solver did not converge) — try other caps or efforts"},
})
TEXT.update({
    # a level that cannot be decided, where levels are listed (analysis.ita.overview)
    "level.undecided": {"th": "ยังตัดสินไม่ได้", "en": "Undetermined"},
})
