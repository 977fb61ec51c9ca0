"""Texts of the app shell, the overview and the data pages (Thai and English)."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # app and navigation
    "app.title": {"th": "แดชบอร์ด ITA คณะทำงาน", "en": "ITA working-group dashboard"},
    "chrome.language": {"th": "ภาษา", "en": "Language"},
    "chrome.present": {"th": "โหมดนำเสนอ", "en": "Presentation mode"},
    "chrome.present_help": {"th": "ตัวอักษรใหญ่ขึ้น ซ่อนแถบเครื่องมือ เหมาะกับการฉายขึ้นจอในที่ประชุม",
                            "en": "Larger type and hidden toolbars, for a projector in a meeting"},
    "chrome.link_ignored": {"th": "บางค่าในลิงก์นี้ใช้ไม่ได้ จึงแสดงค่าเริ่มต้นแทน: {names}",
                            "en": "Some values in this link could not be used, so the defaults are shown: {names}"},
    "chrome.link_filter": {"th": "ตัวกรอง", "en": "filter"},
    "common.all_unit_types": {"th": "ทุกประเภท", "en": "All types"},
    "common.pick_unit_help": {"th": "เลือกประเภทหน่วยงานก่อน แล้วพิมพ์บางส่วนของชื่อเพื่อค้นหา",
                              "en": "Choose the unit type first, then type part of the name to search"},
    "nav.overview": {"th": "ภาพรวม", "en": "Overview"},
    "nav.data": {"th": "ข้อมูล", "en": "Data"},
    "common.demo_badge": {"th": "ข้อมูลสาธิต", "en": "Demo data"},
    "common.demo_unit": {"th": "{unit} (สาธิต)", "en": "{unit} (demo)"},
    "common.demo_some": {"th": "รวมหน่วยงานสาธิต {n} แห่ง (ชื่อมีคำว่า “สาธิต”)",
                         "en": "includes {n} demo units (named “demo”)"},
    "common.demo_mixed_notice": {
        "th": "ข้อมูลสาธิต (สมมุติ) แสดงอยู่คู่กับข้อมูลของคุณ: หน่วยงานสาธิตมีคำว่า **(สาธิต)** ต่อท้ายชื่อทุกที่ที่ปรากฏ "
              "— ปิดได้ที่หน้า “ข้อมูล”",
        "en": "Demo data (fictitious) is shown beside yours: every demo unit has **(demo)** after its name wherever "
              "it appears — switch it off on the “Data” page"},
    "common.demo_notice": {
        "th": "กำลังแสดง**ข้อมูลสาธิต** (ข้อมูลสมมุติของสำนักงานเขตและหน่วยงานส่วนกลางของกรุงเทพมหานคร) "
              "— นำเข้าข้อมูลจริงได้ที่หน้า “ข้อมูล” แล้วลบข้อมูลสาธิตได้ในขั้นตอนเดียว",
        "en": "Showing **demo data** (fictitious results for Bangkok's district offices and departments) "
              "— upload real data on the “Data” page, then remove the demo in one step."},
    "common.error_unexpected": {
        "th": "เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกไว้ไม่ได้รับผลกระทบ: {detail}",
        "en": "Something unexpected went wrong; saved data is unaffected: {detail}"},
    "common.error_help": {
        "th": "ลองโหลดหน้าใหม่อีกครั้ง หากยังเป็นอยู่ ส่งข้อความนี้ให้ผู้ดูแลระบบ (รายละเอียดอยู่ในบันทึกของเซิร์ฟเวอร์)",
        "en": "Reload the page; if it happens again, send this message to the administrator (details are in the "
              "server log)"},
    "common.unit": {"th": "หน่วยงาน", "en": "Unit"},
    "common.unit_type": {"th": "ประเภทหน่วยงาน", "en": "Unit type"},
    "common.fiscal_year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "common.total": {"th": "คะแนนรวม", "en": "Total"},
    "common.level": {"th": "ระดับผล", "en": "Level"},
    "common.level_note": {"th": "เหตุผล", "en": "Why"},
    "common.gap": {"th": "ขาดอีก (คะแนน)", "en": "Gap to 85"},
    "common.be_year": {"th": "พ.ศ. {year}", "en": "FY{year} (BE)"},
    "common.pass_line": {"th": "เกณฑ์ผ่าน 85", "en": "Pass mark 85"},
    "common.units_suffix": {"th": "หน่วยงาน", "en": "units"},
    "common.table_on_request": {"th": "ตารางใหญ่ ({rows} แถว) จึงแสดงเมื่อเปิดสวิตช์นี้เท่านั้น",
                                "en": "A large table ({rows} rows), shown only when this is switched on"},
    "common.table_search": {"th": "ค้นหาหน่วยงาน", "en": "Search units"},
    "common.table_search_help": {"th": "พิมพ์ส่วนหนึ่งของชื่อหน่วยงาน", "en": "Type part of a unit's name"},
    "common.table_rows": {"th": "แสดง {shown} จาก {rows} แถว — ไฟล์ Excel มีครบทั้ง {rows} แถว",
                          "en": "Showing {shown} of {rows} rows — the Excel file has all {rows}"},
    # overview
    "overview.title": {"th": "ภาพรวมผลการประเมิน ITA", "en": "ITA results overview"},
    "overview.year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "overview.unit_types": {"th": "ประเภทหน่วยงาน", "en": "Unit types"},
    "overview.unit_types_all": {"th": "ทุกประเภท", "en": "All types"},
    "overview.unit_types_help": {"th": "เว้นว่างไว้เพื่อดูทุกประเภท", "en": "Leave empty for all types"},
    "overview.metric_units": {"th": "หน่วยงานที่ได้รับการประเมิน", "en": "Units assessed"},
    "overview.metric_passing": {"th": "ผ่านเกณฑ์ 85", "en": "Passing 85"},
    "overview.metric_passing_share": {"th": "{share} ของทั้งหมด", "en": "{share} of all"},
    "overview.metric_mean": {"th": "คะแนนเฉลี่ย", "en": "Mean score"},
    "overview.metric_median": {"th": "มัธยฐาน", "en": "Median"},
    "overview.chart_totals": {"th": "คะแนนรวมของทุกหน่วยงาน ปี {year} (เรียงจากน้อยไปมาก)",
                              "en": "Every unit's total, FY{year} (lowest first)"},
    "overview.chart_levels": {"th": "การกระจายของระดับผลการประเมิน ปี {year}",
                              "en": "Distribution of levels, FY{year}"},
    "overview.lowest": {"th": "หน่วยงานที่คะแนนต่ำสุด {n} อันดับ", "en": "The {n} lowest units"},
    "overview.open_unit": {"th": "เปิดดูหน่วยงาน (เรียงจากคะแนนต่ำสุด)", "en": "Open a unit (lowest first)"},
    "overview.open_weak": {"th": "ดูตัวชี้วัดที่อ่อน", "en": "See weak indicators"},
    "nav.section_results": {"th": "ผลการประเมิน", "en": "Results"},
    "nav.section_improve": {"th": "แผนและมาตรการ", "en": "Plans and measures"},
    "nav.section_share": {"th": "นำเสนอและข้อมูล", "en": "Present and manage data"},
    "overview.grading_levels": {"th": "ปีนี้ใช้ระดับตัวอักษร (AA–F)", "en": "This year uses letter levels (AA–F)"},
    "overview.grading_bands": {
        "th": "ปีนี้ใช้ระดับผ่าน/ไม่ผ่าน พร้อมเกณฑ์รายเครื่องมือ (IIT, EIT, OIT)",
        "en": "This year uses pass bands with per-tool gates (IIT, EIT, OIT)"},
    "overview.rounding": {
        "th": "เทียบเกณฑ์ด้วยคะแนนที่ปัดเศษครึ่งขึ้นเป็นทศนิยม 2 ตำแหน่ง ตามที่ประกาศผล",
        "en": "Edges are compared on scores rounded half-up to 2 decimals, as published"},
    "overview.undecided_count": {
        "th": "{n} หน่วยงานมีเพียงคะแนนรวม จึงยังตัดสินระดับ (ผ่าน/ผ่านดี/ผ่านดีเยี่ยม) ไม่ได้",
        "en": "{n} units have only a total, so their band (ผ่าน/ผ่านดี/ผ่านดีเยี่ยม) cannot be decided"},
    "overview.no_rows": {"th": "ไม่มีหน่วยงานตามตัวกรองที่เลือก", "en": "No units match the chosen filters"},
    "overview.empty": {
        "th": "ยังไม่มีข้อมูลผลการประเมิน — นำเข้าไฟล์ผล ITA (.xlsx, .xls, .ods, .csv) ที่หน้า “ข้อมูล” "
              "หรือโหลดข้อมูลสาธิตเพื่อทดลองใช้งาน",
        "en": "No ITA results yet — upload a results file (.xlsx, .xls, .ods, .csv) on the “Data” page, "
              "or load the demo data to try the dashboard"},
    "overview.load_demo": {"th": "โหลดข้อมูลสาธิต", "en": "Load the demo data"},
    "overview.go_data": {"th": "ไปหน้านำเข้าข้อมูล", "en": "Go to the Data page"},
    # data page
    "data.title": {"th": "ข้อมูลผลการประเมิน", "en": "Results data"},
    "data.upload_header": {"th": "นำเข้าไฟล์", "en": "Upload files"},
    "data.upload_label": {"th": "เลือกไฟล์ผล ITA (เลือกได้หลายไฟล์)", "en": "Choose ITA result files (several at once)"},
    "data.upload_help": {
        "th": "รองรับ .xlsx .xls .ods .csv (UTF-8 หรือ TIS-620) แบบหนึ่งแถวต่อหน่วยงาน-ปี, แบบยาว "
              "(หน่วยงาน ปี ตัวชี้วัด คะแนน), หรือหนึ่งชีตต่อปี",
        "en": "Accepts .xlsx .xls .ods .csv (UTF-8 or TIS-620): one row per unit-year, long "
              "(unit, year, indicator, score), or one sheet per year"},
    "data.uploader_name": {"th": "ชื่อผู้นำเข้า (ไม่บังคับ)", "en": "Your name (optional)"},
    "data.status_saved": {"th": "บันทึกแล้ว: {file} ({rows} แถว)", "en": "Saved: {file} ({rows} rows)"},
    "data.status_saved_with_errors": {
        "th": "บันทึกแล้ว: {file} ({rows} แถว) แต่ข้ามค่าที่ผิด {n} รายการ — ดูรายงานด้านล่าง แก้ไฟล์แล้วนำเข้าใหม่ได้",
        "en": "Saved: {file} ({rows} rows), but {n} wrong values were skipped — see the report below; "
              "fix the file and upload it again"},
    "data.status_duplicate": {
        "th": "ไฟล์ {file} มีเนื้อหาเดียวกับชุดข้อมูลที่บันทึกไว้แล้ว ({other}) จึงไม่บันทึกซ้ำ",
        "en": "{file} has the same content as a stored dataset ({other}); not stored twice"},
    "data.status_failed": {"th": "นำเข้าไฟล์ {file} ไม่ได้", "en": "Could not import {file}"},
    "data.report": {"th": "รายงานการนำเข้า: {file}", "en": "Import report: {file}"},
    "data.report_layout": {"th": "รูปแบบไฟล์: {layout} · ชีต: {sheets} · อ่าน {read} แถว เก็บ {kept} แถว",
                           "en": "Layout: {layout} · sheets: {sheets} · rows read {read}, kept {kept}"},
    "data.report_assumptions": {"th": "สิ่งที่ระบบสันนิษฐาน", "en": "Assumptions made"},
    "data.report_problems": {"th": "ปัญหาที่พบ", "en": "Problems found"},
    "data.report_more": {"th": "และอีก {n} รายการ — ตารางด้านล่างแสดงทั้งหมด",
                         "en": "and {n} more — the table below lists them all"},
    "data.report_none": {"th": "ไม่พบปัญหา", "en": "No problems found"},
    "data.col_severity": {"th": "ระดับ", "en": "Severity"},
    "data.col_where": {"th": "ตำแหน่ง", "en": "Where"},
    "data.col_message": {"th": "ปัญหา", "en": "Problem"},
    "data.col_fix": {"th": "วิธีแก้", "en": "How to fix"},
    "data.severity_error": {"th": "ข้อผิดพลาด", "en": "error"},
    "data.severity_warning": {"th": "คำเตือน", "en": "warning"},
    "data.severity_info": {"th": "ข้อสังเกต", "en": "note"},
    "data.stored_header": {"th": "ชุดข้อมูลที่บันทึกไว้", "en": "Stored datasets"},
    "data.stored_empty": {"th": "ยังไม่มีชุดข้อมูล", "en": "No datasets yet"},
    "data.col_file": {"th": "ไฟล์", "en": "File"},
    "data.col_uploaded_at": {"th": "นำเข้าเมื่อ", "en": "Uploaded at"},
    "data.col_uploaded_by": {"th": "ผู้นำเข้า", "en": "By"},
    "data.col_rows": {"th": "จำนวนแถว", "en": "Rows"},
    "data.col_years": {"th": "ปีงบประมาณ", "en": "Fiscal years"},
    "data.col_demo": {"th": "สาธิต", "en": "Demo"},
    "data.col_sha": {"th": "SHA-256 (ย่อ)", "en": "SHA-256 (short)"},
    "data.remove_pick": {"th": "เลือกชุดข้อมูลที่จะลบ", "en": "Dataset to remove"},
    "data.remove": {"th": "ลบชุดข้อมูลนี้", "en": "Remove this dataset"},
    "data.remove_confirm": {"th": "ยืนยันการลบ “{file}”? ลบแล้วเรียกคืนไม่ได้",
                            "en": "Remove “{file}”? This cannot be undone"},
    "data.confirm": {"th": "ยืนยัน ลบ", "en": "Yes, remove"},
    "data.cancel": {"th": "ยกเลิก", "en": "Cancel"},
    "data.removed": {"th": "ลบ “{file}” แล้ว", "en": "Removed “{file}”"},
    "data.remove_demo": {"th": "ลบข้อมูลสาธิตทั้งหมด", "en": "Remove all demo data"},
    "data.remove_demo_confirm": {"th": "ยืนยันการลบข้อมูลสาธิตทั้งหมด? จะลบ — ผลการประเมิน: {datasets}; "
                                       "ไฟล์เรื่องร้องเรียน: {files}; มาตรการสาธิต {measures} รายการ (พร้อมความก้าวหน้า); "
                                       "รายการตรวจ OIT สาธิต {items} ข้อ",
                                 "en": "Remove all demo data? This removes — results: {datasets}; complaint files: "
                                       "{files}; {measures} demo measures (with their progress); {items} demo OIT checklist items"},
    "data.removed_demo": {"th": "ลบข้อมูลสาธิตแล้ว: ผลการประเมิน {datasets} ชุด ไฟล์เรื่องร้องเรียน {files} ไฟล์ "
                                "มาตรการ {measures} รายการ รายการตรวจ OIT {items} ข้อ",
                          "en": "Demo removed: {datasets} result datasets, {files} complaint files, {measures} measures, "
                                "{items} OIT checklist items"},
    "data.demo_left_out": {"th": "ข้อมูลสาธิตยังเก็บไว้ แต่ไม่ได้นำมาวิเคราะห์ เพราะมีผลการประเมินของคุณแล้ว",
                           "en": "The demo results are still stored but left out of the analysis: yours are here"},
    "data.demo_beside": {"th": "ข้อมูลสาธิตแสดงอยู่คู่กับข้อมูลของคุณ (หน่วยงานสาธิตมีป้ายว่าเป็นข้อมูลสาธิต)",
                         "en": "The demo results are shown beside yours (demo units are marked as demo)"},
    "data.demo_show": {"th": "แสดงข้อมูลสาธิตคู่กับข้อมูลของคุณ", "en": "Show the demo beside my data"},
    "data.demo_hide": {"th": "ไม่นำข้อมูลสาธิตมาวิเคราะห์", "en": "Leave the demo out of the analysis"},
    "data.demo_left_out_complaints": {
        "th": "ทะเบียนเรื่องร้องเรียนสาธิตยังเก็บไว้ แต่ไม่ได้นำมาวิเคราะห์ เพราะมีไฟล์เรื่องร้องเรียนของคุณแล้ว",
        "en": "The demo complaint register is still stored but left out of the analysis: yours is here"},
    "data.demo_beside_complaints": {
        "th": "ทะเบียนเรื่องร้องเรียนสาธิตแสดงอยู่คู่กับของคุณ (ปีสาธิตมีป้ายกำกับ และไม่นำมาเปรียบเทียบกับปีของคุณ)",
        "en": "The demo complaint register is shown beside yours (its years are marked and never compared with yours)"},
    "data.demo_show_complaints": {"th": "แสดงเรื่องร้องเรียนสาธิตคู่กับของคุณ",
                                  "en": "Show the demo complaints beside mine"},
    "data.demo_hide_complaints": {"th": "ไม่นำเรื่องร้องเรียนสาธิตมาวิเคราะห์",
                                  "en": "Leave the demo complaints out of the analysis"},
    "data.demo_left_out_measures": {
        "th": "มาตรการสาธิตยังเก็บไว้ แต่ไม่แสดงในรายการและชุดนำเสนอ เพราะมีมาตรการของคุณแล้ว",
        "en": "The demo measures are still stored but left out of the lists and the meeting pack: yours are here"},
    "data.demo_beside_measures": {"th": "มาตรการสาธิตแสดงอยู่คู่กับมาตรการของคุณ (ผู้บันทึก “demo”)",
                                  "en": "The demo measures are listed beside yours (recorded by “demo”)"},
    "data.demo_show_measures": {"th": "แสดงมาตรการสาธิตคู่กับของคุณ", "en": "Show the demo measures beside mine"},
    "data.demo_hide_measures": {"th": "ไม่แสดงมาตรการสาธิต", "en": "Leave the demo measures out"},
    "data.overlap_note": {
        "th": "ถ้าหน่วยงานและปีเดียวกันอยู่ในหลายชุดข้อมูล ระบบใช้ชุดที่นำเข้าล่าสุด",
        "en": "When a unit and year appear in several datasets, the most recently uploaded one is used"},
    "data.manual_header": {"th": "กรอกคะแนนด้วยมือ (หนึ่งหน่วยงาน หนึ่งปี)",
                           "en": "Type scores by hand (one unit, one year)"},
    "data.manual_unit": {"th": "ชื่อหน่วยงาน", "en": "Unit name"},
    "data.manual_unit_type": {"th": "ประเภทหน่วยงาน", "en": "Unit type"},
    "data.manual_year": {"th": "ปีงบประมาณ (พ.ศ.)", "en": "Fiscal year (BE)"},
    "data.manual_indicator": {"th": "ตัวชี้วัดที่ {n} {name}", "en": "Indicator {n} {name}"},
    "data.manual_submit": {"th": "บันทึกคะแนน", "en": "Save scores"},
    "data.manual_saved": {"th": "บันทึกคะแนนของ {unit} ปี {year} แล้ว — คะแนนรวม {total}",
                          "en": "Saved {unit}, FY{year} — total {total}"},
    "data.manual_failed": {"th": "บันทึกไม่ได้ ดูรายละเอียดด้านล่าง", "en": "Not saved; see below"},
    "data.manual_blank_help": {"th": "เว้นว่างได้ถ้ายังไม่มีคะแนน", "en": "Leave blank when unknown"},
    "data.layouts_header": {"th": "รูปแบบไฟล์ที่รองรับ", "en": "Supported file layouts"},
    "data.layouts_body": {
        "th": "- **แบบกว้าง**: หนึ่งแถวต่อหน่วยงาน-ปี มีคอลัมน์ตัวชี้วัดที่ 1–10 (หรือ i1…i10, IND1…) "
              "และอาจมี IIT/EIT/OIT/คะแนนรวม/ระดับ\n"
              "- **แบบยาว**: คอลัมน์ หน่วยงาน, ปีงบประมาณ, ตัวชี้วัด, คะแนน\n"
              "- **หนึ่งชีตต่อปี**: ชื่อชีตเป็นปี เช่น `2566` หรือ `ปี ๒๕๖๖`\n"
              "- มีแถวชื่อเรื่องด้านบน หัวตารางสองแถว เซลล์ผสาน แถว/คอลัมน์ว่าง และแถวสรุป (รวม, เฉลี่ย) ได้\n"
              "- ไฟล์ที่มีแต่คะแนนรายเครื่องมือหรือคะแนนรวม: คำนวณเท่าที่มี",
        "en": "- **Wide**: one row per unit and year with indicator 1–10 columns (or i1…i10, IND1…), "
              "maybe IIT/EIT/OIT/total/level\n"
              "- **Long**: columns unit, fiscal year, indicator, score\n"
              "- **One sheet per year**: sheet names such as `2566` or `ปี ๒๕๖๖`\n"
              "- Title rows above the header, two-row headers, merged cells, blank rows/columns and "
              "summary rows (รวม, เฉลี่ย) are fine\n"
              "- Files with only tool scores or only totals are scored with what is there"},
}

