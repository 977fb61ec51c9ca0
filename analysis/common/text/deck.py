"""Texts of the meeting deck and its workbook (analysis.export.deck), which are built without the UI."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "deck.title": {"th": "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. {year}",
                   "en": "Integrity and Transparency Assessment (ITA), FY{year}"},
    "deck.group": {"th": "ภาพรวม {n} หน่วยงาน", "en": "All {n} units"},
    "deck.made": {"th": "จัดทำเมื่อ {date}", "en": "Prepared {date}"},
    "deck.demo": {"th": "ข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง", "en": "Demo data (fictitious) — not real results"},
    "deck.results": {"th": "ผลคะแนนเทียบเกณฑ์ 85", "en": "Results against the pass mark of 85"},
    "deck.results_unit": {"th": "คะแนนรวมรายปีเทียบเกณฑ์ 85", "en": "Total by year against 85"},
    "deck.results_summary": {"th": "ผ่านเกณฑ์ {passing} จาก {units} หน่วยงาน ({share}) · เฉลี่ย {mean}",
                             "en": "{passing} of {units} units pass ({share}) · mean {mean}"},
    "deck.series_total": {"th": "คะแนนรวม", "en": "Total"},
    "deck.series_pass": {"th": "เกณฑ์ 85", "en": "Pass mark 85"},
    "deck.weak": {"th": "ตัวชี้วัดที่เสียคะแนนมากที่สุด", "en": "Indicators losing the most points"},
    "deck.weak_series": {"th": "คะแนนที่เสีย (ถ่วงน้ำหนัก)", "en": "Points lost (weighted)"},
    "deck.weak_group_note": {"th": "ค่ามัธยฐานของคะแนนที่เสียในทุกหน่วยงาน", "en": "Median points lost across units"},
    "deck.path": {"th": "เส้นทางสู่ 85", "en": "The path to 85"},
    "deck.path_series": {"th": "ขาดอีก (คะแนน)", "en": "Points short of 85"},
    "deck.path_none": {"th": "ทุกหน่วยงานผ่านเกณฑ์ 85 แล้ว", "en": "Every unit already passes 85"},
    "deck.path_unit_ok": {"th": "ผ่านเกณฑ์แล้ว ({total})", "en": "Already passes ({total})"},
    "deck.path_col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "deck.path_col_from": {"th": "คะแนนเดิม", "en": "From"},
    "deck.path_col_to": {"th": "เป้าหมาย", "en": "To"},
    "deck.measures": {"th": "มาตรการและสถานะ", "en": "Measures and their status"},
    "deck.measures_series": {"th": "จำนวนมาตรการ", "en": "Measures"},
    "deck.measures_none": {"th": "ยังไม่มีมาตรการที่บันทึกไว้", "en": "No measures recorded yet"},
    "deck.complaints": {"th": "แนวโน้มเรื่องร้องเรียน", "en": "Complaint trend"},
    "deck.complaints_corruption": {"th": "ทุจริต/ประพฤติมิชอบ", "en": "Corruption/misconduct"},
    "deck.complaints_general": {"th": "ทั่วไป", "en": "General"},
    "deck.complaints_none": {"th": "ยังไม่มีข้อมูลเรื่องร้องเรียน", "en": "No complaint data yet"},
    "deck.fy": {"th": "ปี {year}", "en": "FY{year}"},
    "deck.demo_year": {"th": " (สาธิต)", "en": " (demo)"},
    "deck.fy_partial": {"th": "ปี {year} ({days} วันแรก)", "en": "FY{year} (first {days} days)"},
}

TEXT.update({
    "deck.total_after": {"th": "คะแนนรวมหลังปรับ: {total:.2f}", "en": "Total after: {total:.2f}"},
    "deck.no_results": {"th": "ยังไม่มีผลการประเมินในพื้นที่ทำงาน — นำเข้าข้อมูลก่อน",
                        "en": "no ITA results in the workspace — import data first"},
    "deck.no_year": {"th": "ไม่มีผลของปี {year} (มี: {years})", "en": "no results for FY{year} (available: {years})"},
    "deck.no_unit": {"th": "ไม่พบหน่วยงาน {unit}", "en": "unit not found: {unit}"},
})
