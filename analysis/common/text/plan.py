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
