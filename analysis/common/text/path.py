"""Texts of the "path to 85" planner page (Thai and English)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "path.nav": {"th": "เส้นทางสู่ 85", "en": "Path to 85"},
    "path.title": {"th": "เส้นทางสู่ 85: ปรับตัวชี้วัดใดด้วยแรงน้อยที่สุด", "en": "Path to 85: the least-effort improvements"},
    "path.intro": {
        "th": "เลือกหน่วยงาน ปี และเป้าหมาย ระบบหาชุดการปรับคะแนนตัวชี้วัดที่ใช้ความพยายามรวมน้อยที่สุด "
              "โดยแต่ละตัวชี้วัดเพิ่มได้ไม่เกินที่ทำได้จริงในหนึ่งปี ปรับ “ความพยายามต่อ 1 คะแนน” “เพิ่มได้สูงสุดต่อปี” "
              "และ “เพดาน” ของแต่ละตัวชี้วัดได้ในตาราง คะแนนไม่ลดลง และคะแนนรวม/รายเครื่องมือตัดสินหลังปัดครึ่งขึ้น"
              "เป็นทศนิยม 2 ตำแหน่งเหมือนการประกาศผล",
        "en": "Choose a unit, a year and a target. The planner finds the indicator improvements with the least total "
              "effort, no indicator rising more than is realistic in one year. Edit each indicator's effort per "
              "point, most gain per year and cap in the table. Scores never go down, and totals and tool scores are "
              "judged after rounding half-up to 2 decimals, as published."},
    "path.empty": {"th": "ยังไม่มีคะแนนรายตัวชี้วัด — นำเข้าผลการประเมินที่หน้า “ข้อมูล” หรือโหลดข้อมูลสาธิต",
                   "en": "No indicator scores yet — upload results on the “Data” page or load the demo data."},
    "path.go_data": {"th": "ไปหน้าข้อมูล", "en": "Go to the Data page"},
    "path.pick_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "path.pick_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "path.pick_target": {"th": "เป้าหมาย", "en": "Target"},
    "path.target_pass": {"th": "ผ่าน (คะแนนรวม ≥ {mark})", "en": "Pass (total ≥ {mark})"},
    "path.target_band": {"th": "{label} (คะแนนรวม ≥ {total} และทุกเครื่องมือ ≥ {gate})",
                         "en": "{label} (total ≥ {total} and every tool ≥ {gate})"},
    "path.target_level": {"th": "ระดับ {label} (คะแนนรวม ≥ {total})", "en": "Level {label} (total ≥ {total})"},
    "path.no_framework": {"th": "ไม่มีไฟล์กรอบการประเมินของปี พ.ศ. {year} จึงวางแผนไม่ได้",
                          "en": "No framework file for FY{year} (BE), so no plan can be made."},
    "path.settings": {"th": "ความพยายาม การเพิ่มต่อปี และเพดานรายตัวชี้วัด (แก้ไขได้)",
                      "en": "Effort, yearly gain and cap per indicator (editable)"},
    "path.settings_help": {
        "th": "ความพยายามต่อ 1 คะแนน เป็นตัวเลขเปรียบเทียบ (ค่าเริ่มต้นของระบบ: OIT ง่ายสุด EIT ยากสุด) "
              "เพิ่มได้สูงสุดต่อปี = คะแนนที่ตัวชี้วัดหนึ่งเพิ่มได้ในหนึ่งปี (ค่าเริ่มต้น: OIT มากกว่า IIT และ EIT "
              "เพราะการเผยแพร่ข้อมูลทำได้เร็วกว่าการเปลี่ยนการรับรู้) เพดาน = คะแนนสูงสุดที่คาดว่าทำได้ (0–100)",
        "en": "Effort per point is a relative number (built-in defaults: OIT easiest, EIT hardest). Most gain per "
              "year = the points one indicator can gain in one year (defaults: more for OIT than for IIT and EIT, "
              "as publishing information is quicker than changing perceptions). Cap = the highest score you think "
              "reachable (0–100)."},
    "path.col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "path.col_name": {"th": "ชื่อ", "en": "Name"},
    "path.col_tool": {"th": "เครื่องมือ", "en": "Tool"},
    "path.col_score": {"th": "คะแนนปัจจุบัน", "en": "Current score"},
    "path.col_effort": {"th": "ความพยายาม/คะแนน", "en": "Effort per point"},
    "path.col_cap": {"th": "เพดาน", "en": "Cap"},
    "path.col_per_year": {"th": "เพิ่มได้สูงสุดต่อปี", "en": "Most gain per year"},
    "path.col_why": {"th": "เหตุผล", "en": "Why"},
    "path.why_per_year": {"th": "ความพยายาม {cost} ต่อ 1 คะแนนรวม — เพิ่มเต็มเพดานต่อปี (+{per_year})",
                          "en": "effort {cost} per total point — reached its most gain per year (+{per_year})"},
    "path.why_cap": {"th": "ความพยายาม {cost} ต่อ 1 คะแนนรวม — ถึงเพดานคะแนน {cap}",
                     "en": "effort {cost} per total point — reached its cap of {cap}"},
    "path.why_enough": {"th": "ความพยายาม {cost} ต่อ 1 คะแนนรวม — เพิ่มเท่าที่ต้องใช้ให้ถึงเป้าหมาย",
                        "en": "effort {cost} per total point — raised only as far as the target needs"},
    "path.why_note": {
        "th": "แผนเริ่มจากตัวชี้วัดที่ใช้ความพยายามต่อ 1 คะแนนรวมน้อยที่สุด (ความพยายามต่อคะแนน × 100 ÷ น้ำหนัก) "
              "เพิ่มจนถึงเพดานต่อปีหรือเพดานคะแนน แล้วจึงไปตัวชี้วัดถัดไป",
        "en": "The plan starts with the indicator whose total point costs the least effort (effort per point × 100 "
              "÷ weight), raises it up to its yearly gain or cap, then moves on to the next."},
    "path.col_from": {"th": "จาก", "en": "From"},
    "path.col_to": {"th": "เป็น", "en": "To"},
    "path.col_gain": {"th": "เพิ่มขึ้น", "en": "Increase"},
    "path.col_code": {"th": "รหัสข้อ", "en": "Item"},
    "path.col_points": {"th": "คะแนนตัวชี้วัดที่เพิ่ม", "en": "Indicator points added"},
    "path.use_items": {"th": "ใช้รายการข้อ OIT จากไฟล์รายข้อ (มี/ไม่มี) — เลือกข้อที่ควรเผยแพร่เพิ่ม",
                       "en": "Use the OIT items of the item file (yes/no) — choose which items to publish"},
    "path.use_items_help": {
        "th": "แต่ละข้อที่ยังไม่มีเพิ่มคะแนนตัวชี้วัด 9/10 เท่ากับ 100 ÷ จำนวนข้อของตัวชี้วัดนั้นในไฟล์กรอบการประเมิน "
              "(สมมติฐาน: ทุกข้อมีน้ำหนักเท่ากัน)",
        "en": "Each missing item adds 100 ÷ the number of that indicator's items in the framework file to "
              "indicator 9/10 (assumption: equal shares)."},
    "path.unreachable": {"th": "ไปไม่ถึงเป้าหมาย: {reason}", "en": "The target cannot be reached: {reason}"},
    "path.already": {"th": "{unit} ถึงเป้าหมายแล้ว (คะแนนรวม {total}) ไม่ต้องปรับ",
                     "en": "{unit} already meets the target (total {total}); nothing to change."},
    "path.metric_before": {"th": "คะแนนรวมตอนนี้", "en": "Total now"},
    "path.metric_after": {"th": "คะแนนรวมหลังปรับ", "en": "Total after"},
    "path.metric_effort": {"th": "ความพยายามรวม", "en": "Total effort"},
    "path.metric_level": {"th": "ระดับหลังปรับ", "en": "Level after"},
    "path.plan_head": {"th": "แผนการปรับ", "en": "The plan"},
    "path.items_head": {"th": "ข้อ OIT ที่ควรเผยแพร่", "en": "OIT items to publish"},
    "path.rescored": {"th": "ตรวจแล้ว: คำนวณคะแนนหลังปรับด้วยกฎการให้คะแนนเดียวกับหน้าภาพรวม",
                      "en": "Checked: the scores after the plan are re-scored with the same rules as the overview."},
    "path.chart_title": {"th": "ก่อนและหลังปรับ — {unit} พ.ศ. {year}", "en": "Before and after — {unit}, FY{year}"},
    "path.before": {"th": "ก่อน", "en": "Before"},
    "path.after": {"th": "หลัง", "en": "After"},
    "path.bad_settings": {"th": "ค่าความพยายามต้องไม่ติดลบ และเพดานกับการเพิ่มต่อปีต้องอยู่ระหว่าง 0 ถึง 100",
                          "en": "Effort must not be negative; caps and yearly gains must be between 0 and 100."},
    "path.from_prediction": {"th": "เริ่มจากคะแนนที่คาดปี {year} (รายการตรวจ OIT)", "en": "Start from the FY{year} prediction (OIT checklist)"},
    "path.from_prediction_help": {"th": "ตัวชี้วัด OIT จากรายการตรวจของปี {year} ตัวชี้วัด IIT/EIT จากผลล่าสุดของหน่วยงาน",
                                  "en": "The OIT indicators from the FY{year} checklist, IIT/EIT from the unit's latest result"},
    "path.no_prediction": {"th": "คาดคะแนนปี {year} ไม่ได้: หน่วยงานนี้ไม่มีคะแนนรายตัวชี้วัดของปีก่อน",
                           "en": "No FY{year} prediction: this unit has no earlier indicator scores"},
    "path.prediction_note": {"th": "แผนนี้เริ่มจากคะแนนที่คาดของปี {year} — ไม่ใช่ผลที่ประกาศ",
                             "en": "This plan starts from the FY{year} prediction — not a published result"},
}
