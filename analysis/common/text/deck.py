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

TEXT.update({
    "deck.results_extremes": {"th": "แสดงชื่อ {n} อันดับต่ำสุดและสูงสุด ที่เหลือรวมเป็นแท่งสีเทา",
                              "en": "the {n} lowest and highest named, the rest as one grey bar"},
    "deck.rest_series": {"th": "หน่วยงานอื่น (ช่วงคะแนน)", "en": "Other units (range of totals)"},
    "deck.levels": {"th": "จำนวนหน่วยงานในแต่ละระดับผลการประเมิน", "en": "Units per level"},
    "deck.path_more": {"th": "แสดง {n} หน่วยงานที่ยังขาดคะแนนมากที่สุด จาก {failing} หน่วยงานที่ยังไม่ผ่าน "
                             "(ทุกหน่วยงานอยู่ในไฟล์ Excel)",
                       "en": "The {n} units furthest from 85 of the {failing} not passing (all of them are in the "
                             "Excel file)"},
    "deck.source": {"th": "แหล่งที่มาของข้อมูล", "en": "Where the data came from"},
    "deck.source_made": {"th": "ชุดนำเสนอนี้จัดทำเมื่อ {date} จากไฟล์ที่นำเข้าไว้ในระบบดังนี้ (ล่าสุดก่อน)",
                         "en": "This deck was made on {date} from these files stored in the dashboard (newest first)"},
    "deck.source_demo": {"th": "{n} ไฟล์เป็นข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง",
                         "en": "{n} file(s) are demo data (fictitious) — not real results"},
    "deck.source_more": {"th": "และอีก {n} ไฟล์ (ดูชีต “แหล่งข้อมูล” ในไฟล์ Excel ของชุดนำเสนอ)",
                         "en": "and {n} more file(s) (see the “Source” sheet of the pack's Excel file)"},
    "deck.col_unit": {"th": "หน่วยงาน", "en": "Unit"},
    "deck.col_unit_type": {"th": "ประเภทหน่วยงาน", "en": "Unit type"},
    "deck.col_fiscal_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "deck.col_total": {"th": "คะแนนรวม", "en": "Total"},
    "deck.col_level": {"th": "ระดับผล", "en": "Level"},
    "deck.col_passed": {"th": "ผลเทียบเกณฑ์ 85", "en": "Against 85"},
    "deck.col_gap": {"th": "ขาดอีก (คะแนน)", "en": "Points short of 85"},
    "deck.col_indicator": {"th": "ตัวชี้วัดที่", "en": "Indicator"},
    "deck.col_indicator_name": {"th": "ตัวชี้วัด", "en": "Indicator name"},
    "deck.col_status": {"th": "สถานะ", "en": "Status"},
    "deck.col_partial": {"th": "ข้อมูลไม่เต็มปี", "en": "Part of the year"},
    "deck.col_days": {"th": "จำนวนวันที่นับ", "en": "Days counted"},
    "deck.passed_yes": {"th": "ผ่าน", "en": "Passes"},
    "deck.passed_no": {"th": "ไม่ผ่าน", "en": "Does not pass"},
    "deck.book_demo_complaints": {"th": "เรื่องร้องเรียนปีงบประมาณ {years} เป็นข้อมูลสาธิต (สมมุติ)",
                                  "en": "The complaints of FY {years} are demo data (fictitious)"},
})

# Every exported workbook (analysis.common.workbook): its source sheet and the words of its headers.
TEXT.update({
    "book.source_sheet": {"th": "แหล่งข้อมูล", "en": "Source"},
    "book.source_title": {"th": "แหล่งที่มาของข้อมูลในไฟล์นี้", "en": "Where the data in this file came from"},
    "book.made": {"th": "จัดทำเมื่อ", "en": "Made on"},
    "book.what": {"th": "ข้อมูล", "en": "Data"},
    "book.what_default": {"th": "ข้อมูลที่บันทึกไว้ในระบบ", "en": "Data stored in the dashboard"},
    "book.demo": {"th": "ข้อมูลสาธิต", "en": "Demo data"},
    "book.demo_none": {"th": "ไม่มี — ทุกแถวมาจากข้อมูลที่นำเข้าจริง", "en": "None — every row comes from imported data"},
    "book.files": {"th": "ไฟล์ที่นำเข้า", "en": "Imported files"},
    "book.no_files": {"th": "ไม่มีไฟล์ที่นำเข้า", "en": "No imported file"},
    "book.src_file": {"th": "ชื่อไฟล์", "en": "File"},
    "book.src_kind": {"th": "ประเภท", "en": "Kind"},
    "book.src_when": {"th": "นำเข้าเมื่อ", "en": "Uploaded"},
    "book.src_by": {"th": "นำเข้าโดย", "en": "Uploaded by"},
    "book.src_years": {"th": "ปีงบประมาณ", "en": "Fiscal years"},
    "book.src_rows": {"th": "จำนวนแถว", "en": "Rows"},
    "book.src_demo": {"th": "ข้อมูลสาธิต", "en": "Demo"},
    "book.yes": {"th": "ใช่", "en": "Yes"},
    "book.no": {"th": "ไม่ใช่", "en": "No"},
    "book.kind_ita": {"th": "ผลการประเมิน ITA", "en": "ITA results"},
    "book.kind_complaints": {"th": "ทะเบียนเรื่องร้องเรียน", "en": "Complaint register"},
    "book.what_ita": {"th": "ผลการประเมิน ITA จากไฟล์ที่นำเข้าด้านล่าง (ถ้าหน่วยงานและปีเดียวกันมีหลายไฟล์ ใช้ไฟล์ที่นำเข้าล่าสุด)",
                      "en": "ITA results from the imported files below (where files share a unit and year, the latest "
                            "upload is used)"},
    "book.demo_all": {"th": "ทุกแถวเป็นข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง",
                      "en": "Every row is demo data (fictitious) — not real results"},
    "book.demo_some": {"th": "แถวของหน่วยงานที่มีคำว่า (สาธิต) ต่อท้ายชื่อเป็นข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง",
                       "en": "Rows of units whose name ends in (demo) are demo data (fictitious) — not real results"},
    "book.demo_column": {"th": "แถวที่คอลัมน์ “ข้อมูลสาธิต” เป็น “ใช่” เป็นข้อมูลสาธิต (สมมุติ) — ไม่ใช่ผลจริง",
                         "en": "Rows whose “Demo” column says “Yes” are demo data (fictitious) — not real results"},
})

TEXT.update({
    "book.all_units": {"th": "ทุกหน่วยงาน", "en": "all units"},
    "book.what_measures": {"th": "มาตรการที่บันทึกไว้ในระบบ ({unit}) ปีงบประมาณ {year}",
                           "en": "Measures stored in the dashboard ({unit}), FY{year}"},
    "book.what_progress": {"th": "ความก้าวหน้าของมาตรการที่บันทึกไว้ในระบบ ({unit}) ปีงบประมาณ {year} {round}",
                           "en": "Progress of the measures stored in the dashboard ({unit}), FY{year}, {round}"},
})

TEXT.update({
    "book.what_complaints": {"th": "สถิติเรื่องร้องเรียนจากทะเบียนเรื่องร้องเรียนที่นำเข้าไว้ในระบบ",
                             "en": "Complaint statistics from the complaint registers imported into the dashboard"},
    "book.demo_years": {"th": "แถวของปีงบประมาณ {years} เป็นข้อมูลสาธิต (สมมุติ)",
                        "en": "The rows of FY {years} are demo data (fictitious)"},
})

TEXT.update({
    "book.sheet_table": {"th": "ตาราง", "en": "Table"},
    "book.what_audit": {"th": "บันทึกการใช้งานและการเปลี่ยนแปลงที่ระบบเก็บไว้", "en": "The audit trail kept by the dashboard"},
    "book.what_plan": {"th": "มาตรการและความก้าวหน้าที่บันทึกไว้ในระบบ (มาตรการของแผนตัวอย่าง ถ้ายังอยู่ในรายการ "
                             "มีสถานะสมมุติเพื่อสาธิต)",
                       "en": "Measures and progress stored in the dashboard (the sample plan's measures, while listed, "
                             "carry fictitious demo statuses)"},
    "book.what_oit": {"th": "รายการตรวจ OIT ที่บันทึกไว้ในระบบ (หลักฐาน ผู้รับผิดชอบ กำหนดส่ง)",
                      "en": "The OIT checklist stored in the dashboard (evidence, owners, due dates)"},
})

TEXT.update({
    "deck.units_axis": {"th": "จำนวนหน่วยงาน", "en": "Units"},
    "deck.complaints_axis": {"th": "จำนวนเรื่อง", "en": "Complaints"},
})

TEXT.update({
    "deck.rest": {"th": "… อีก {n} หน่วยงาน", "en": "… {n} more units"},
})

# The meeting pack as PDF (analysis.export.pdf).
TEXT.update({
    "pdf.no_office": {
        "th": "ทำ PDF ไม่ได้: เครื่องนี้ไม่ได้ติดตั้ง LibreOffice — ดาวน์โหลดไฟล์ PowerPoint แล้วสั่ง “บันทึกเป็น PDF” "
              "ใน PowerPoint หรือ LibreOffice หรือให้ผู้ดูแลระบบติดตั้ง LibreOffice (เช่น libreoffice-impress)",
        "en": "Cannot make the PDF: LibreOffice is not installed here — download the PowerPoint file and “Save as PDF” "
              "in PowerPoint or LibreOffice, or ask the administrator to install LibreOffice (e.g. libreoffice-impress)"},
    "pdf.failed": {
        "th": "LibreOffice แปลงชุดนำเสนอเป็น PDF ไม่สำเร็จ ({reason}) — ลองอีกครั้ง หรือดาวน์โหลดไฟล์ PowerPoint "
              "แล้วบันทึกเป็น PDF เอง",
        "en": "LibreOffice could not convert the deck to PDF ({reason}) — try again, or download the PowerPoint file "
              "and save it as PDF yourself"},
    "pdf.timeout": {
        "th": "LibreOffice ใช้เวลาแปลงเป็น PDF นานเกิน {seconds} วินาทีจึงหยุดไว้ — ลองอีกครั้งเมื่อเครื่องว่างกว่านี้ "
              "หรือดาวน์โหลดไฟล์ PowerPoint แล้วบันทึกเป็น PDF เอง",
        "en": "LibreOffice took longer than {seconds} s to make the PDF and was stopped — try again when the server is "
              "less busy, or download the PowerPoint file and save it as PDF yourself"},
})

# the meeting pack workbook's sheet names (at most 31 characters)
TEXT.update({
    "deck.sheet_results": {"th": "ผลคะแนนทุกหน่วยงาน", "en": "Results of every unit"},
    "deck.sheet_results_unit": {"th": "คะแนนรวมรายปี", "en": "Total by year"},
    "deck.sheet_weak": {"th": "ตัวชี้วัดที่เสียคะแนน", "en": "Indicators losing points"},
    "deck.sheet_measures": {"th": "มาตรการ", "en": "Measures"},
    "deck.sheet_complaints": {"th": "เรื่องร้องเรียน", "en": "Complaints"},
})
