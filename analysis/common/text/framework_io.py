"""Texts of framework export/import: the OIT item list read from a table (fwio.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # the exported TOML file and the copy for a new year
    "fwio.toml_header": {"th": "กรอบการประเมิน ITA ปีงบประมาณ {year} (พ.ศ.) ส่งออกจากโปรแกรม ปีละหนึ่งไฟล์",
                         "en": "ITA framework, fiscal year {year} (BE), exported from the app. One file per year."},
    "fwio.copy_note": {"th": "สำเนาของกรอบการประเมินปีงบประมาณ {prev} สร้างไว้เป็นกรอบปี {year} ยังไม่ได้ตรวจกับคู่มือ "
                             "ITA ของปี {year} (สถานะ: ยังไม่ทราบ)",
                       "en": "A copy of the FY{prev} framework made for FY{year}; not yet checked against the FY{year} "
                             "ITA manual (status: unknown)."},
    # where a problem is in a Word document (a Word table has no sheet name)
    "fwio.at_table": {"th": "ตารางที่ {table}: ", "en": "table {table}: "},
    "fwio.place_sheet_row": {"th": "ชีต {sheet} แถว {row}", "en": "sheet {sheet} row {row}"},
    "fwio.place_table_row": {"th": "ตารางที่ {table} แถว {row}", "en": "table {table} row {row}"},
    # refused files
    "fwio.no_codes": {"th": "ไม่พบตารางรายการข้อ OIT (คอลัมน์รหัสข้อ เช่น O1, O2 และคอลัมน์ชื่อข้อ) ในไฟล์นี้",
                      "en": "no table of OIT items (a column of item codes such as O1, O2 and a column of names) "
                            "was found in this file"},
    "fwio.no_codes_fix": {"th": "อัปโหลดตารางที่มีคอลัมน์ “ข้อ” หรือ “รหัส” (O1, O2, …) และคอลัมน์ “ชื่อ” หรือ “รายการ” "
                                "ตามที่คู่มือ ITA พิมพ์ไว้ (อาจมีคอลัมน์ “ตัวชี้วัด” 9 หรือ 10) เป็น .xlsx, .csv หรือ .docx",
                          "en": "upload a table with a column “ข้อ” or “code” (O1, O2, …) and a column “ชื่อ” or "
                                "“name”, as the ITA manual prints it (optionally a column “indicator” with 9 or 10), "
                                "as .xlsx, .csv or .docx"},
    "fwio.docx_no_table": {"th": "เอกสาร Word นี้ไม่มีตาราง", "en": "this Word document holds no table"},
    "fwio.docx_no_table_fix": {"th": "ใส่รายการข้อเป็นตาราง (แทรก › ตาราง) คอลัมน์แรกเป็นรหัสข้อ คอลัมน์ถัดไปเป็นชื่อข้อ "
                                     "แล้วอัปโหลดใหม่",
                               "en": "put the items in a table (Insert › Table), the first column the codes and the "
                                     "next the names, and upload it again"},
    "fwio.pdf": {"th": "ไฟล์นี้เป็นเอกสาร PDF ซึ่งอ่านตารางออกมาไม่ได้",
                 "en": "this file is a PDF document, whose tables cannot be read"},
    "fwio.pdf_fix": {"th": "คัดลอกตารางรายการข้อจากคู่มือไปวางใน Word หรือ Excel แล้วบันทึกเป็น .docx หรือ .xlsx "
                           "แล้วอัปโหลดไฟล์นั้น",
                     "en": "copy the item table from the manual into Word or Excel, save it as .docx or .xlsx and "
                           "upload that file"},
    "fwio.old_doc": {"th": "ไฟล์นี้เป็นเอกสาร Word รุ่นเก่า (.doc) ซึ่งยังไม่รองรับ",
                     "en": "this file is an old Word document (.doc), which is not supported"},
    "fwio.old_doc_fix": {"th": "เปิดใน Word หรือ LibreOffice แล้ว “บันทึกเป็น” เอกสาร Word (.docx) แล้วอัปโหลดไฟล์ใหม่",
                         "en": "open it in Word or LibreOffice, “Save As” a Word document (.docx) and upload the new "
                               "file"},
    "fwio.zip_too_large": {"th": "เอกสารเมื่อแตกออกมีขนาดใหญ่หรือมีส่วนประกอบมากผิดปกติ",
                           "en": "the document unpacks to an abnormal size or number of parts"},
    # problems of a row
    "fwio.bad_code": {"th": "{at}“{value}” ไม่ใช่รหัสข้อ OIT (เช่น O1, O12) จึงไม่นำแถวนี้มาใช้",
                      "en": "{at}“{value}” is not an OIT item code (such as O1, O12), so the row is not used"},
    "fwio.bad_code_fix": {"th": "แก้เป็นรหัสข้อ เช่น O1 หรือ ข้อ O12 หรือลบแถวนี้ถ้าไม่ใช่รายการข้อ",
                          "en": "write an item code such as O1 or O12, or delete the row if it is not an item"},
    "fwio.no_code": {"th": "{at}แถวนี้มีชื่อ “{name}” แต่ไม่มีรหัสข้อ จึงไม่นำมาใช้",
                     "en": "{at}this row has the name “{name}” but no item code, so it is not used"},
    "fwio.no_code_fix": {"th": "ใส่รหัสข้อ (เช่น O5) ในคอลัมน์รหัส หรือถ้าเป็นชื่อที่ต่อมาจากแถวบน ให้รวมไว้ในเซลล์เดียวกัน",
                         "en": "put the item code (such as O5) in the code column, or if the name continues the row "
                               "above, join it into that cell"},
    "fwio.no_name": {"th": "{at}ข้อ {code} ไม่มีชื่อ", "en": "{at}item {code} has no name"},
    "fwio.no_name_fix": {"th": "ใส่ชื่อข้อภาษาไทยตามที่คู่มือพิมพ์ไว้", "en": "fill in the item's Thai name as the manual "
                                                                            "prints it"},
    "fwio.no_indicator": {"th": "{at}ข้อ {code} ({name}) ไม่ระบุตัวชี้วัด และกรอบการประเมินไม่มีข้อนี้ให้อ้างอิง "
                                "จึงยังไม่นำมาใช้",
                          "en": "{at}item {code} ({name}) gives no indicator and the framework has no such item to take "
                                "it from, so it is not used yet"},
    "fwio.no_indicator_fix": {"th": "ใส่ตัวชี้วัดของข้อนี้ ({choices}) ในคอลัมน์ “ตัวชี้วัด” (เพิ่มคอลัมน์ถ้ายังไม่มี) "
                                    "แล้วนำเข้าใหม่ หรือเพิ่มข้อนี้เองในตารางรายการข้อ",
                              "en": "fill in the item's indicator ({choices}) in an “indicator” column (add the column "
                                    "if there is none) and import again, or add the item by hand in the item table"},
    "fwio.choices_default": {"th": "9 การเปิดเผยข้อมูล หรือ 10 การป้องกันการทุจริต",
                             "en": "9 information disclosure or 10 corruption prevention"},
    "fwio.bad_indicator": {"th": "{at}ข้อ {code}: อ่านตัวชี้วัด “{value}” ไม่ได้",
                           "en": "{at}item {code}: cannot read the indicator “{value}”"},
    "fwio.bad_indicator_fix": {"th": "เขียนเลขตัวชี้วัด ({choices}) เช่น 9 หรือ “ตัวชี้วัดที่ 9”",
                               "en": "write the indicator's number ({choices}), e.g. 9 or “ตัวชี้วัดที่ 9”"},
    "fwio.not_oit_indicator": {"th": "{at}ข้อ {code}: ตัวชี้วัด {n} ไม่ใช่ตัวชี้วัดของ OIT ในกรอบปี {year}",
                               "en": "{at}item {code}: indicator {n} is not an OIT indicator in the FY{year} framework"},
    "fwio.not_oit_indicator_fix": {"th": "ใช้ตัวชี้วัดของ OIT: {choices}", "en": "use an OIT indicator: {choices}"},
    "fwio.sub_mismatch": {"th": "{at}ข้อ {code}: ตัวชี้วัดย่อย {sub} ไม่อยู่ใต้ตัวชี้วัด {n} ที่ระบุ ใช้ตัวชี้วัด {n}",
                          "en": "{at}item {code}: sub-indicator {sub} is not under the given indicator {n}; "
                                "indicator {n} is used"},
    "fwio.sub_mismatch_fix": {"th": "ตรวจตัวชี้วัดและตัวชี้วัดย่อยของข้อนี้กับคู่มือ",
                              "en": "check the item's indicator and sub-indicator against the manual"},
    "fwio.name_differs": {"th": "{at}ข้อ {code}: นำตัวชี้วัด {n} มาจากกรอบปี {year} แต่ในกรอบนั้นข้อ {code} ชื่อ "
                                "“{other}” ไม่ตรงกับ “{name}”",
                          "en": "{at}item {code}: indicator {n} is taken from the FY{year} framework, where {code} is "
                                "named “{other}”, not “{name}”"},
    "fwio.name_differs_fix": {"th": "ถ้ารหัสข้อของปีนี้เปลี่ยนความหมาย ให้ใส่คอลัมน์ “ตัวชี้วัด” ในไฟล์ "
                                    "หรือแก้ตัวชี้วัดของข้อนี้ในตารางรายการข้อ",
                              "en": "if the code means something else this year, add an “indicator” column to the "
                                    "file or correct the item's indicator in the item table"},
    "fwio.twice": {"th": "ข้อ {code} มีสองครั้งแต่ไม่ตรงกัน: {first} “{first_name}” และ {second} “{second_name}” "
                         "จึงไม่นำทั้งสองแถวมาใช้",
                   "en": "item {code} is given twice, differently: {first} “{first_name}” and {second} "
                         "“{second_name}”, so neither row is used"},
    "fwio.twice_fix": {"th": "เก็บไว้แถวเดียวที่ถูกต้องแล้วนำเข้าใหม่", "en": "keep the one right row and import again"},
    "fwio.repeated": {"th": "{at}ข้อ {code} ซ้ำกับ {first} (เหมือนกันทุกอย่าง) ใช้ครั้งเดียว",
                      "en": "{at}item {code} repeats {first} (the same in every field); used once"},
    "fwio.truncated": {"th": "{at}ตารางยาวเกิน {limit:,} แถว อ่านเฉพาะ {limit:,} แถวแรก",
                       "en": "{at}the table is longer than {limit:,} rows; only the first {limit:,} were read"},
    "fwio.truncated_fix": {"th": "รายการข้อ OIT มีไม่เกินร้อยข้อ ตรวจว่าเลือกไฟล์ถูกตัว",
                           "en": "an OIT item list has at most a hundred or so items; check that this is the right file"},
    # assumptions (what the reader did)
    "fwio.read_docx": {"th": "อ่านเอกสาร Word: มีตาราง {n} ตาราง ตารางที่มีรหัสข้อ: {used}",
                       "en": "read the Word document: tables in it: {n}; those holding item codes: {used}"},
    "fwio.read_sheet": {"th": "อ่านรายการข้อจากชีต {sheet}", "en": "read the item list from sheet {sheet}"},
    "fwio.other_sheets": {"th": "ชีต {names} มีรหัสข้อด้วยแต่ไม่ได้อ่าน (อ่านเฉพาะชีตแรกที่มีรายการ ไฟล์ละหนึ่งรายการ)",
                          "en": "sheets {names} hold item codes too but were not read (only the first sheet with a list "
                                "is read: one list per file)"},
    "fwio.header": {"th": "{at}หัวตารางอยู่แถว {row}: รหัสข้อ = {code}, ชื่อ = {name}{more}",
                    "en": "{at}header in row {row}: code = {code}, name = {name}{more}"},
    "fwio.header_more_indicator": {"th": ", ตัวชี้วัด = {column}", "en": ", indicator = {column}"},
    "fwio.header_more_sub": {"th": ", ตัวชี้วัดย่อย = {column}", "en": ", sub-indicator = {column}"},
    "fwio.no_header": {"th": "{at}ไม่มีหัวตาราง: ถือว่าคอลัมน์ {code} เป็นรหัสข้อ และคอลัมน์ {name} เป็นชื่อข้อ{more}",
                       "en": "{at}no header row: column {code} taken as the item codes and column {name} as the "
                             "names{more}"},
    "fwio.from_sections": {"th": "ตัวชี้วัดของ {n} ข้อ อ่านจากแถวหัวข้อในตาราง (เช่น “ตัวชี้วัดที่ 9 …”)",
                           "en": "the indicator of {n} items was read from heading rows in the table (such as "
                                 "“ตัวชี้วัดที่ 9 …”)"},
    "fwio.from_framework": {"th": "ตัวชี้วัดของ {n} ข้อ ({codes}) ไม่มีในไฟล์ จึงนำมาจาก{family} "
                                  "ของกรอบปี {year} ตามรหัสข้อ",
                            "en": "the indicator of {n} items ({codes}) is not in the file and was taken from the "
                                  "FY{year} framework's {family} by item code"},
    "fwio.by_name": {"th": "ข้อ {code}: ตัวชี้วัด {n} นำมาจากข้อ {other} ที่ชื่อเดียวกันในกรอบปี {year}",
                     "en": "item {code}: indicator {n} taken from item {other} of the same name in the FY{year} "
                           "framework"},
    "fwio.found": {"th": "ได้รายการข้อ OIT {n} ข้อ ({family})", "en": "{n} OIT items read ({family})"},
}
