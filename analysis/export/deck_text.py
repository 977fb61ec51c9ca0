"""Texts of the meeting deck and its workbook, in Thai and English (the deck is built without the UI)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "title": {"th": "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. {year}",
              "en": "Integrity and Transparency Assessment (ITA), FY{year}"},
    "group": {"th": "ภาพรวม {n} หน่วยงาน", "en": "All {n} units"},
    "made": {"th": "จัดทำเมื่อ {date}", "en": "Prepared {date}"},
    "demo": {"th": "ข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง", "en": "Demo data (fictitious) — not real results"},
    "results": {"th": "ผลคะแนนเทียบเกณฑ์ 85", "en": "Results against the pass mark of 85"},
    "results_unit": {"th": "คะแนนรวมรายปีเทียบเกณฑ์ 85", "en": "Total by year against 85"},
    "results_summary": {"th": "ผ่านเกณฑ์ {passing} จาก {units} หน่วยงาน ({share}) · เฉลี่ย {mean}",
                        "en": "{passing} of {units} units pass ({share}) · mean {mean}"},
    "series_total": {"th": "คะแนนรวม", "en": "Total"},
    "series_pass": {"th": "เกณฑ์ 85", "en": "Pass mark 85"},
    "weak": {"th": "ตัวชี้วัดที่เสียคะแนนมากที่สุด", "en": "Indicators losing the most points"},
    "weak_series": {"th": "คะแนนที่เสีย (ถ่วงน้ำหนัก)", "en": "Points lost (weighted)"},
    "weak_group_note": {"th": "ค่ามัธยฐานของคะแนนที่เสียในทุกหน่วยงาน", "en": "Median points lost across units"},
    "path": {"th": "เส้นทางสู่ 85", "en": "The path to 85"},
    "path_series": {"th": "ขาดอีก (คะแนน)", "en": "Points short of 85"},
    "path_none": {"th": "ทุกหน่วยงานผ่านเกณฑ์ 85 แล้ว", "en": "Every unit already passes 85"},
    "path_unit_ok": {"th": "ผ่านเกณฑ์แล้ว ({total})", "en": "Already passes ({total})"},
    "path_col_indicator": {"th": "ตัวชี้วัด", "en": "Indicator"},
    "path_col_from": {"th": "คะแนนเดิม", "en": "From"},
    "path_col_to": {"th": "เป้าหมาย", "en": "To"},
    "measures": {"th": "มาตรการและสถานะ", "en": "Measures and their status"},
    "measures_series": {"th": "จำนวนมาตรการ", "en": "Measures"},
    "measures_none": {"th": "ยังไม่มีมาตรการที่บันทึกไว้", "en": "No measures recorded yet"},
    "complaints": {"th": "แนวโน้มเรื่องร้องเรียน", "en": "Complaint trend"},
    "complaints_corruption": {"th": "ทุจริต/ประพฤติมิชอบ", "en": "Corruption/misconduct"},
    "complaints_general": {"th": "ทั่วไป", "en": "General"},
    "complaints_none": {"th": "ยังไม่มีข้อมูลเรื่องร้องเรียน", "en": "No complaint data yet"},
    "status_not_started": {"th": "ยังไม่เริ่ม", "en": "Not started"},
    "status_in_progress": {"th": "กำลังดำเนินการ", "en": "In progress"},
    "status_done": {"th": "ดำเนินการแล้วเสร็จ", "en": "Done"},
    "status_postponed": {"th": "เลื่อน", "en": "Postponed"},
    "status_cancelled": {"th": "ยกเลิก", "en": "Cancelled"},
    "fy": {"th": "ปี {year}", "en": "FY{year}"},
    "fy_partial": {"th": "ปี {year} ({days} วันแรก)", "en": "FY{year} (first {days} days)"},
}


def text(key: str, lang: str = "th", **kwargs) -> str:
    """A deck text in the language, with {placeholders} filled in."""
    value = TEXT[key][lang if lang in TEXT[key] else "th"]
    return value.format(**kwargs) if kwargs else value
