"""Texts of the action plan import, the link rules and the measures documents (analysis.plan)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # import
    "plan.row_skipped": {"th": "{reason} จึงข้ามแถวนี้", "en": "{reason}, so the row was skipped"},
    "plan.reason_orphan": {"th": "แถวนี้ไม่มีชื่อโครงการ/มาตรการ และไม่ใช่แถวต่อเนื่องของมาตรการก่อนหน้า",
                           "en": "the row has no project/measure name and does not continue the measure above"},
    "plan.orphan_fix": {"th": "ใส่ชื่อโครงการ/มาตรการในคอลัมน์ที่ 3 ของแถวนี้",
                        "en": "put the project/measure name in the third column of this row"},
    "plan.reason_no_title": {"th": "มาตรการไม่มีชื่อ", "en": "the measure has no name"},
    "plan.no_title_fix": {"th": "ใส่ชื่อโครงการ/มาตรการต่อจากรหัส", "en": "write the measure's name after its code"},
    "plan.no_code": {"th": "มาตรการไม่มีรหัส (เช่น ๒.๒.๒ (๖)) จึงนำเข้าโดยไม่มีรหัส",
                     "en": "the measure has no code (such as ๒.๒.๒ (๖)); imported without one"},
    "plan.no_code_fix": {"th": "เขียนรหัสมาตรการไว้หน้าชื่อ", "en": "write the measure's code before its name"},
    "plan.zip_too_large": {"th": "zip: ใหญ่เกินเมื่อแตกไฟล์", "en": "zip: too large when unpacked"},
    "plan.not_a_plan": {
        "th": "ไม่พบตารางแผนปฏิบัติการในไฟล์นี้ (ไม่มีหัวตารางมิติ/ภารกิจ/โครงการ/งบประมาณ/วิธีดำเนินการ/ตัวชี้วัด)",
        "en": "no action-plan table was found in this file (no dimension/mission/measure/budget/steps/"
              "indicator header)"},
    "plan.not_a_plan_fix": {
        "th": "ใช้ตารางแผนที่มีหัวตาราง 7 คอลัมน์: มิติ, ภารกิจตามมิติ, โครงการ/กิจกรรม/มาตรการ, งบประมาณ, "
              "วิธีดำเนินการ, ตัวชี้วัด/ผลลัพธ์, หมายเหตุ (ผู้รับผิดชอบ)",
        "en": "use the plan table with its 7-column header: dimension, mission, project/activity/measure, budget, "
              "steps, indicators/outcomes, remarks (responsible units)"},
    "plan.import_found": {"th": "พบ {n} มาตรการ (รวมแถวต่อเนื่องข้ามหน้า {merged} แถวเข้ากับมาตรการก่อนหน้า)",
                   "en": "found {n} measures ({merged} continuation rows merged into the measure above)"},
}
TEXT.update({
    # drafts of new measures (their text becomes the measure's own, in Thai)
    "msr.draft_indicator": {"th": "ตัวชี้วัดที่ {n}", "en": "indicator {n}"},
    "msr.draft_weakness": {"th": "ตัวชี้วัดที่ {n} {name}{score}", "en": "indicator {n} {name}{score}"},
    "msr.draft_weakness_score": {"th": " ได้ {score:.2f} คะแนน ต่ำกว่า 85", "en": " scores {score:.2f}, below 85"},
    "msr.draft_title": {"th": "มาตรการยกระดับ{name}", "en": "Measure to raise {name}"},
    "msr.copy_title": {"th": "{title} (สำเนา)", "en": "{title} (copy)"},
    # the measures document and the progress report (official documents, in Thai)
    "doc.col_weakness": {"th": "จุดอ่อน (ตัวชี้วัด)", "en": "Weak point (indicator)"},
    "doc.col_measure": {"th": "มาตรการ", "en": "Measure"},
    "doc.col_steps": {"th": "ขั้นตอนการดำเนินงาน", "en": "Steps"},
    "doc.col_responsible": {"th": "ผู้รับผิดชอบ", "en": "Responsible"},
    "doc.col_period": {"th": "ระยะเวลา", "en": "Period"},
    "doc.col_kpi": {"th": "ตัวชี้วัดความสำเร็จ (KPI) / เป้าหมาย", "en": "KPI / target"},
    "doc.col_monitoring": {"th": "การกำกับติดตาม", "en": "Monitoring"},
    "doc.col_code": {"th": "รหัส", "en": "Code"},
    "doc.col_status": {"th": "สถานะ", "en": "Status"},
    "doc.col_percent": {"th": "ร้อยละความก้าวหน้า", "en": "Percent done"},
    "doc.col_planned": {"th": "งบประมาณที่วางแผน (บาท)", "en": "Budget planned (baht)"},
    "doc.col_spent": {"th": "งบประมาณที่ใช้ (บาท)", "en": "Budget spent (baht)"},
    "doc.col_result": {"th": "ผลการดำเนินงาน", "en": "Result"},
    "doc.col_problems": {"th": "ปัญหา/อุปสรรค", "en": "Problems"},
    "doc.col_evidence": {"th": "หลักฐาน", "en": "Evidence"},
    "doc.sheet_measures": {"th": "มาตรการ", "en": "Measures"},
    "doc.sheet_progress": {"th": "ความก้าวหน้า", "en": "Progress"},
    "doc.measures_title": {"th": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส{year}",
                           "en": "Integrity and transparency measures{year}"},
    "doc.fiscal_year": {"th": " ประจำปีงบประมาณ พ.ศ. {year}", "en": ", FY{year}"},
    "doc.progress_title": {"th": "รายงานผลการดำเนินการตามมาตรการ {round} ปีงบประมาณ พ.ศ. {year}",
                           "en": "Progress of the measures, {round}, FY{year}"},
})
TEXT.update({
    # the link rules file (data/link_rules.toml)
    "rules.bad_value": {
        "th": "{where}: ค่าไม่ถูกต้อง ({error}) — ตัวชี้วัดต้องเป็นเลข 1–10 และรูปแบบต้องเป็น regex ที่ถูกต้อง",
        "en": "{where}: bad value ({error}) — indicators must be numbers 1–10 and patterns valid regular expressions"},
    "rules.no_match": {"th": "{where}: ไม่มี keywords หรือ patterns", "en": "{where}: has neither keywords nor patterns"},
    "rules.unreadable": {"th": "{file}: อ่านไม่ได้ ({error})", "en": "{file}: cannot be read ({error})"},
})
# what a person types into the measure forms (analysis.plan.forms)
TEXT.update({
    "form.problem": {"th": "{field}: {message}", "en": "{field}: {message}"},
    "form.required": {"th": "ต้องกรอก — ยังไม่ได้บันทึก สิ่งที่แก้ไว้ยังอยู่ในแบบฟอร์ม",
                      "en": "required — nothing was saved; your edits are still in the form"},
    "form.date_unreadable": {"th": "อ่าน \"{text}\" เป็นวันที่ไม่ได้ — พิมพ์เป็น วว/ดด/ปปปป เช่น 01/11/2568 (พ.ศ.) หรือ 01/11/2025 (ค.ศ.)",
                             "en": "\"{text}\" is not a date — type dd/mm/yyyy, e.g. 01/11/2568 (BE) or 01/11/2025 (CE)"},
    "form.date_outside": {"th": "วันที่ \"{text}\" อยู่นอกช่วง พ.ศ. {first}–{last} — ตรวจปีที่พิมพ์",
                          "en": "the date \"{text}\" is outside BE {first}–{last} — check the year"},
    "form.end_before_start": {"th": "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม ({start})", "en": "the end must not be before the start ({start})"},
    "form.percent_range": {"th": "ต้องอยู่ระหว่าง 0 ถึง 100", "en": "must be from 0 to 100"},
    "form.budget_range": {"th": "ต้องเป็นจำนวนเงินไม่ติดลบ", "en": "must be an amount, not negative"},
    "form.date_hint": {"th": "วว/ดด/ปปปป (พ.ศ.)", "en": "dd/mm/yyyy (BE or CE)"},
})
