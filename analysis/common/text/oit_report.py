"""Texts of the O25/O26 Word report (o25.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # the heading block
    "o25.title_o25": {"th": "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
                      "en": "Using the ITA results to develop the organisation"},
    "o25.subtitle_o25": {"th": "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                               "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                         "en": "Analysis of the Integrity and Transparency Assessment results and the measures to "
                               "promote integrity and transparency in the unit"},
    "o25.title_o26": {"th": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                      "en": "Report on the measures to promote integrity and transparency in the unit"},
    "o25.subtitle_o26": {"th": "การติดตามผลการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร{round}",
                         "en": "Follow-up of the use of the ITA results to develop the organisation{round}"},
    "o25.round": {"th": " {round}", "en": ", {round}"},
    "o25.unit": {"th": "หน่วยงาน: {unit}", "en": "Unit: {unit}"},
    "o25.fiscal_year": {"th": "ปีงบประมาณ พ.ศ. {year}", "en": "Fiscal year {year} (BE)"},
    "o25.results_of": {"th": "ใช้ผลการประเมิน ITA ปีงบประมาณ พ.ศ. {year}", "en": "From the ITA results of FY{year} (BE)"},
    "o25.prepared_on": {"th": "จัดทำเมื่อ {date}", "en": "Prepared on {date}"},
    "o25.prepared_by": {"th": "ผู้จัดทำ: {name}", "en": "Prepared by: {name}"},
    "o25.demo": {"th": "ข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลการประเมินจริง ห้ามนำไปเผยแพร่",
                 "en": "Demo data (fictitious) — not real results; do not publish"},
    # 1. the result
    "o25.h_result": {"th": "1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. {year}", "en": "1. ITA result, FY{year} (BE)"},
    "o25.no_result": {"th": "ไม่มีผลการประเมิน ITA ของ {unit} ปีงบประมาณ พ.ศ. {year} ในพื้นที่ทำงาน "
                            "จึงยังวิเคราะห์ผลไม่ได้ — นำเข้าผลคะแนนของปีนั้นก่อน",
                      "en": "The workspace has no ITA result of {unit} for FY{year} (BE), so there is nothing to "
                            "analyse yet — import that year's scores first"},
    "o25.total": {"th": "คะแนนรวม {total} คะแนน ระดับผลการประเมิน: {level}",
                  "en": "Total {total}, level: {level}"},
    "o25.no_total": {"th": "ไม่ทราบคะแนนรวมของปีนี้ (คะแนนในไฟล์ไม่ครบ)",
                     "en": "The year's total is not known (the file's scores are incomplete)"},
    "o25.level_unknown": {"th": "ยังตัดสินไม่ได้", "en": "undetermined"},
    "o25.passed": {"th": "ผ่านเกณฑ์ {mark} คะแนน", "en": "Passes the pass mark of {mark}"},
    "o25.not_passed": {"th": "ต่ำกว่าเกณฑ์ {mark} คะแนน (ขาดอีก {gap} คะแนน)",
                       "en": "Below the pass mark of {mark} ({gap} points short)"},
    "o25.reason": {"th": "เหตุผล: {note}", "en": "Why: {note}"},
    "o25.col_tool": {"th": "เครื่องมือการประเมิน", "en": "Assessment tool"},
    "o25.col_weight": {"th": "น้ำหนัก (คะแนน)", "en": "Weight (points)"},
    "o25.col_score": {"th": "คะแนน (เต็ม 100)", "en": "Score (of 100)"},
    "o25.col_points": {"th": "คะแนนถ่วงน้ำหนัก", "en": "Weighted points"},
    "o25.row_total": {"th": "คะแนนรวม", "en": "Total"},
    # 2. the weak indicators
    "o25.h_weak": {"th": "2. ตัวชี้วัดที่ต่ำกว่าเกณฑ์ {mark} คะแนน (จุดที่ต้องพัฒนา)",
                   "en": "2. Indicators below {mark} (points to improve)"},
    "o25.weak_note": {"th": "เรียงตามคะแนนที่เสียไป (น้ำหนัก × (100 − คะแนน) ÷ 100) รวมเสียไป {lost} คะแนน",
                      "en": "Ranked by points lost (weight × (100 − score) ÷ 100); {lost} points lost in all"},
    "o25.no_weak": {"th": "ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์ {mark} คะแนน", "en": "No indicator is below {mark}"},
    "o25.no_indicators": {"th": "ไม่มีคะแนนรายตัวชี้วัดของปีนี้ จึงระบุตัวชี้วัดที่ต้องพัฒนาไม่ได้",
                          "en": "The year has no indicator scores, so the indicators to improve cannot be named"},
    "o25.col_rank": {"th": "ลำดับ", "en": "Rank"},
    "o25.col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "o25.col_points_lost": {"th": "คะแนนที่เสียไป", "en": "Points lost"},
    "o25.indicator": {"th": "ตัวชี้วัดที่ {n} {name}", "en": "Indicator {n} {name}"},
    # 3. the measures
    "o25.h_measures": {"th": "3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสเพื่อพัฒนาตัวชี้วัดที่ต่ำกว่าเกณฑ์",
                       "en": "3. Measures to improve the indicators below the pass mark"},
    "o25.weak_heading": {"th": "3.{k} ตัวชี้วัดที่ {n} {name} (คะแนน {score} เสียไป {lost} คะแนน)",
                         "en": "3.{k} Indicator {n} {name} (score {score}, {lost} points lost)"},
    "o25.no_measure": {"th": "ยังไม่มีมาตรการ", "en": "No measure yet"},
    "o25.h_other": {"th": "มาตรการอื่นของหน่วยงาน (ไม่ได้เชื่อมกับตัวชี้วัดที่ต่ำกว่าเกณฑ์)",
                    "en": "Other measures of the unit (not linked to an indicator below the pass mark)"},
    # 4. the follow-up (O26)
    "o25.h_followup": {"th": "4. ผลการดำเนินการตามมาตรการ{round}", "en": "4. Follow-up of the measures{round}"},
    "o25.summary": {"th": "มาตรการทั้งหมด {n} มาตรการ: {counts}", "en": "{n} measures: {counts}"},
    "o25.count": {"th": "{status} {n}", "en": "{status} {n}"},
    "o25.not_reported": {"th": "ยังไม่ได้รายงานผล", "en": "Not reported yet"},
    # the page's download buttons (analysis.export.oit_report.DOWNLOAD_LABELS)
    "o25.dl_o25": {"th": "O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร (.docx)",
                   "en": "O25 Using the ITA results (.docx)"},
    "o25.dl_o26": {"th": "O26 รายงานผลการดำเนินการตามมาตรการ (.docx)", "en": "O26 Report on the measures (.docx)"},
    "o25.no_measures": {"th": "ยังไม่มีมาตรการที่บันทึกไว้ของหน่วยงานนี้",
                        "en": "No measure of this unit is recorded yet"},
}
