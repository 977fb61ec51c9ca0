"""Texts of the file guards and raw readers (analysis.files): refused files, formats, encodings, sheets read."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # refused files
    "files.save_as_fix": {
        "th": "เปิดไฟล์ใน Excel หรือ LibreOffice แล้วเลือก “บันทึกเป็น” สมุดงาน Excel (.xlsx) แล้วอัปโหลดไฟล์ใหม่",
        "en": "open it in Excel or LibreOffice, choose “Save As” Excel Workbook (.xlsx) and upload the new file"},
    "files.corrupt": {"th": "ไฟล์เสียหายหรืออ่านไม่ได้ ({why})", "en": "the file is damaged or cannot be read ({why})"},
    "files.corrupt_fix": {
        "th": "เปิดไฟล์ต้นฉบับใน Excel ตรวจว่าเปิดได้ครบ แล้วบันทึกเป็นไฟล์ใหม่ (.xlsx) หรือดาวน์โหลดไฟล์มาใหม่ "
              "แล้วอัปโหลดอีกครั้ง",
        "en": "open the original in Excel, check it opens completely, save it as a new file (.xlsx) "
              "or download it again, then upload it again"},
    "files.no_extension": {"th": "(ไม่มีนามสกุล)", "en": "(no extension)"},
    "files.no_extension_short": {"th": "(ไม่มีนามสกุล)", "en": "(none)"},
    "files.extension_assumed": {"th": "ชื่อไฟล์ลงท้ายด้วย {ext} แต่เนื้อในเป็น {kind} จึงอ่านตามเนื้อใน",
                                "en": "the name ends in {ext} but the content is {kind}; read by content"},
    "files.extension_mismatch": {"th": "นามสกุลไฟล์ {ext} ไม่ตรงกับเนื้อใน ({kind}) — อ่านตามเนื้อใน",
                                 "en": "the extension {ext} does not match the content ({kind}); read by content"},
    "files.extension_mismatch_fix": {"th": "ไม่ต้องแก้ก็ได้ หรือเปลี่ยนชื่อไฟล์ให้ลงท้ายตามชนิดจริง",
                                     "en": "nothing to do; or rename the file to match its real type"},
    "files.empty": {"th": "ไฟล์ว่างเปล่า (0 ไบต์)", "en": "the file is empty (0 bytes)"},
    "files.empty_fix": {
        "th": "ตรวจว่าบันทึกไฟล์เสร็จแล้วและเลือกไฟล์ถูกตัว แล้วอัปโหลดใหม่",
        "en": "check that the file was saved completely and that you picked the right file, then upload it again"},
    "files.too_large": {"th": "ไฟล์มีขนาด {size:,.1f} MB เกินขีดจำกัด {cap} MB",
                        "en": "the file is {size:,.1f} MB, over the {cap} MB limit"},
    "files.too_large_fix": {
        "th": "ลบชีต แถว หรือรูปภาพที่ไม่ใช้ หรือแยกเป็นหลายไฟล์ (ผู้ดูแลระบบปรับขีดจำกัดได้ที่ ITA_MAX_UPLOAD_MB)",
        "en": "remove unused sheets, rows or pictures, or split it into several files "
              "(an administrator can raise the limit with ITA_MAX_UPLOAD_MB)"},
    "files.zip_too_many_members": {
        "th": "ไฟล์มีส่วนประกอบภายใน {n:,} ชิ้น เกิน {limit:,} ชิ้น ซึ่งผิดปกติสำหรับสเปรดชีต",
        "en": "the file holds {n:,} internal parts, more than {limit:,}, which is not normal for a spreadsheet"},
    "files.zip_too_large": {
        "th": "เมื่อแตกไฟล์ออกจะมีขนาด {size:,.0f} MB เกินขีดจำกัด {cap} MB (อาจเป็นไฟล์อันตรายแบบ zip bomb)",
        "en": "unpacked, the file would be {size:,.0f} MB, over the {cap} MB limit (possibly a zip bomb)"},
    "files.zip_too_large_fix": {
        "th": "ถ้าเป็นไฟล์จริง ให้ลบชีตหรือแถวที่ไม่ใช้ หรือแยกเป็นหลายไฟล์ แล้วบันทึกใหม่ "
              "(ผู้ดูแลระบบปรับขีดจำกัดได้ที่ ITA_MAX_UNCOMPRESSED_MB)",
        "en": "if the file is genuine, remove unused sheets or rows or split it into several files and save again "
              "(an administrator can raise the limit with ITA_MAX_UNCOMPRESSED_MB)"},
    "files.zip_bomb": {
        "th": "ส่วนประกอบ {part} ถูกบีบอัดไว้ {ratio:,.0f} เท่า ซึ่งผิดปกติ (อาจเป็นไฟล์อันตรายแบบ zip bomb)",
        "en": "the part {part} is compressed {ratio:,.0f} to 1, which is abnormal (possibly a zip bomb)"},
    "files.zip_not_spreadsheet": {"th": "ไฟล์นี้เป็นไฟล์บีบอัด (zip) ที่ไม่ใช่สเปรดชีต",
                                  "en": "this is a zip archive, not a spreadsheet"},
    "files.zip_not_spreadsheet_fix": {"th": "แตกไฟล์ zip ออกก่อน แล้วอัปโหลดไฟล์ .xlsx, .xls, .ods หรือ .csv ที่อยู่ข้างใน",
                                      "en": "unzip it first and upload the .xlsx, .xls, .ods or .csv file inside"},
    "files.xml_entities": {
        "th": "ส่วนประกอบ {part} ในไฟล์มีการประกาศ DOCTYPE/ENTITY ซึ่งสเปรดชีตปกติไม่มี และอาจเป็นการโจมตี "
              "(XML entity / billion laughs) จึงไม่อ่านไฟล์นี้",
        "en": "the part {part} declares a DOCTYPE/ENTITY, which normal spreadsheets never do and may be an attack "
              "(XML entity expansion / billion laughs); the file was not read"},
    "files.xml_entities_fix": {
        "th": "ถ้าไฟล์มาจากแหล่งที่เชื่อถือได้ ให้เปิดใน Excel แล้ว “บันทึกเป็น” .xlsx ไฟล์ใหม่ แล้วอัปโหลดใหม่ "
              "ถ้าไม่แน่ใจที่มา อย่าเปิดไฟล์นี้",
        "en": "if the file comes from a trusted source, open it in Excel, “Save As” a new .xlsx and upload that; "
              "if you are unsure where it came from, do not open it"},
    "files.encrypted": {"th": "ไฟล์มีรหัสผ่าน จึงอ่านข้อมูลไม่ได้",
                        "en": "the file is password-protected, so its data cannot be read"},
    "files.encrypted_fix": {
        "th": "เปิดไฟล์ใน Excel ด้วยรหัสผ่าน แล้วบันทึกเป็นไฟล์ใหม่โดยไม่ใส่รหัสผ่าน "
              "(ไฟล์ › ข้อมูล › ป้องกันเวิร์กบุ๊ก › เข้ารหัสด้วยรหัสผ่าน › ลบรหัสผ่านออก) แล้วอัปโหลดไฟล์ใหม่",
        "en": "open it in Excel with its password and save a copy without a password "
              "(File › Info › Protect Workbook › Encrypt with Password › clear it), then upload the copy"},
    "files.not_spreadsheet": {"th": "ไฟล์นี้เป็น{what} ไม่ใช่สเปรดชีต", "en": "this file is {what}, not a spreadsheet"},
    "files.not_spreadsheet_fix": {
        "th": "อัปโหลดไฟล์ผลคะแนนในรูปแบบ .xlsx, .xls, .ods หรือ .csv "
              "(ถ้าข้อมูลอยู่ในเอกสาร ให้คัดลอกตารางไปวางใน Excel แล้วบันทึกเป็น .xlsx)",
        "en": "upload the results as .xlsx, .xls, .ods or .csv "
              "(if the data is in a document, copy the table into Excel and save it as .xlsx)"},
    "files.kind_word": {"th": "เอกสาร Word", "en": "a Word document"},
    "files.kind_powerpoint": {"th": "งานนำเสนอ PowerPoint", "en": "a PowerPoint presentation"},
    "files.kind_doc": {"th": "เอกสาร Word (.doc)", "en": "a Word document (.doc)"},
    "files.kind_ppt": {"th": "งานนำเสนอ PowerPoint (.ppt)", "en": "a PowerPoint presentation (.ppt)"},
    "files.kind_office": {"th": "ไฟล์ Microsoft Office ชนิดอื่น", "en": "another kind of Microsoft Office file"},
    "files.kind_pdf": {"th": "เอกสาร PDF", "en": "a PDF document"},
    "files.kind_png": {"th": "รูปภาพ PNG", "en": "a PNG image"},
    "files.kind_jpeg": {"th": "รูปภาพ JPEG", "en": "a JPEG image"},
    "files.kind_gif": {"th": "รูปภาพ GIF", "en": "a GIF image"},
    "files.kind_rtf": {"th": "เอกสาร RTF (Word)", "en": "an RTF (Word) document"},
    "files.kind_rar": {"th": "ไฟล์บีบอัด RAR", "en": "a RAR archive"},
    "files.kind_7z": {"th": "ไฟล์บีบอัด 7-Zip", "en": "a 7-Zip archive"},
    "files.kind_gzip": {"th": "ไฟล์บีบอัด gzip", "en": "a gzip archive"},
    "files.html": {"th": "ไฟล์นี้เป็นหน้าเว็บ (HTML) ที่ตั้งชื่อเป็นไฟล์สเปรดชีต ซึ่งระบบส่งออกบางระบบทำแบบนี้",
                   "en": "this file is a web page (HTML) named like a spreadsheet, as some export systems produce"},
    "files.xml_2003": {"th": "ไฟล์นี้เป็น XML Spreadsheet 2003 ซึ่งยังไม่รองรับ",
                       "en": "this is an XML Spreadsheet 2003 file, which is not supported"},
    "files.unknown_type": {"th": "อ่านชนิดไฟล์ไม่ได้: ไม่ใช่ Excel (.xlsx/.xls), OpenDocument (.ods) หรือ CSV",
                           "en": "unknown file type: not Excel (.xlsx/.xls), OpenDocument (.ods) or CSV"},
    "files.unknown_type_fix": {"th": "อัปโหลดไฟล์ผลคะแนนในรูปแบบ .xlsx, .xls, .ods หรือ .csv",
                               "en": "upload the results as .xlsx, .xls, .ods or .csv"},
    # readers
    "files.sheet_too_large": {"th": "ชีต {sheet} มีช่วงข้อมูลใหญ่เกินไป ({size} เซลล์ เกินขีดจำกัด {cap:,} เซลล์"
                                    " หรือเกินขนาดแผ่นงานของ Excel) จึงไม่อ่านไฟล์นี้",
                              "en": "sheet {sheet} has too large a used range ({size} cells, over the limit of {cap:,} "
                                    "cells or the size of an Excel sheet), so the file is not read"},
    "files.sheet_too_large_fix": {"th": "ลบแถวและคอลัมน์ว่างท้ายชีต (หรือคัดลอกเฉพาะตารางไปวางในไฟล์ใหม่) "
                                        "แล้วบันทึกและอัปโหลดอีกครั้ง",
                                  "en": "delete the empty rows and columns at the end of the sheet (or copy just the "
                                        "table into a new file), save it and upload it again"},
    "files.too_slow": {"th": "อ่านไฟล์นี้ไม่เสร็จภายใน {seconds:g} วินาที จึงหยุดอ่าน",
                       "en": "reading this file did not finish within {seconds:g} seconds, so it was stopped"},
    "files.too_slow_fix": {"th": "เปิดไฟล์ใน Excel คัดลอกเฉพาะตารางผลไปวางในไฟล์ใหม่ บันทึกเป็น .xlsx แล้วอัปโหลดอีกครั้ง",
                           "en": "open the file in Excel, copy just the results table into a new file, save it as "
                                 ".xlsx and upload it again"},
    "files.reader_stopped": {"th": "อ่านไฟล์นี้ไม่ได้ (โปรแกรมอ่านไฟล์หยุดทำงานกับไฟล์นี้) ข้อมูลที่บันทึกไว้แล้วไม่เปลี่ยนแปลง",
                             "en": "this file could not be read (the reader stopped on it); nothing already saved "
                                   "has changed"},
    "files.reader_stopped_fix": {"th": "เปิดไฟล์ใน Excel แล้วบันทึกเป็นไฟล์ใหม่ (.xlsx) หรือส่งออกเป็น .csv แล้วอัปโหลดอีกครั้ง",
                                 "en": "open the file in Excel and save it as a new file (.xlsx), or export it as "
                                       ".csv, and upload it again"},
    "files.read_as": {"th": "อ่านไฟล์เป็น {kind}", "en": "read the file as {kind}"},
    "files.hidden_sheets": {"th": "ชีตที่ซ่อนอยู่ (อ่านด้วย): {names}", "en": "hidden sheets (read as well): {names}"},
    "files.empty_sheets": {"th": "ข้ามชีตว่าง: {names}", "en": "skipped empty sheets: {names}"},
    "files.other_sheets": {"th": "ข้ามชีตที่ไม่ใช่ตาราง (แผนภูมิ/มาโคร): {names}",
                           "en": "skipped sheets that are not worksheets (chart/macro): {names}"},
    "files.sheet_unreadable": {"th": "อ่านชีตนี้ไม่ได้ ({why}) จึงข้ามไป",
                               "en": "this sheet could not be read ({why}) and was skipped"},
    "files.sheet_unreadable_fix": {"th": "เปิดไฟล์ใน Excel ตรวจชีตนี้ แล้วบันทึกเป็นไฟล์ใหม่ (.xlsx)",
                                   "en": "open the file in Excel, check this sheet and save it as a new file (.xlsx)"},
    "files.csv_delimiter": {"th": "อ่านไฟล์เป็น CSV ตัวคั่นคอลัมน์คือ{delimiter}",
                            "en": "read the file as CSV with {delimiter} as the column separator"},
    "files.delimiter_comma": {"th": "จุลภาค (,)", "en": "comma (,)"},
    "files.delimiter_semicolon": {"th": "อัฒภาค (;)", "en": "semicolon (;)"},
    "files.delimiter_tab": {"th": "แท็บ", "en": "tab"},
    "files.delimiter_bar": {"th": "ขีดตั้ง (|)", "en": "vertical bar (|)"},
    "files.csv_encoding_unknown": {
        "th": "อ่านตัวอักษรในไฟล์ไม่ได้ (ไม่ใช่ UTF-8 หรือ TIS-620/cp874; ไบต์ที่ตำแหน่ง {position})",
        "en": "the text encoding is not recognised (neither UTF-8 nor TIS-620/cp874; byte at position {position})"},
    "files.csv_encoding_unknown_fix": {
        "th": "เปิดไฟล์ใน Excel แล้วบันทึกเป็น “CSV UTF-8 (Comma delimited)” หรือ .xlsx แล้วอัปโหลดใหม่",
        "en": "open it in Excel and save it as “CSV UTF-8 (Comma delimited)” or as .xlsx, then upload it again"},
    "files.csv_encoding": {"th": "การเข้ารหัสตัวอักษรของ CSV: {encoding}", "en": "CSV text encoding: {encoding}"},
    "files.encoding_utf8_bom": {"th": "UTF-8 (มี BOM)", "en": "UTF-8 with BOM"},
    "files.encoding_cp874": {"th": "TIS-620/cp874 (ภาษาไทยของ Windows)", "en": "TIS-620/cp874 (Thai Windows)"},
    "files.no_data": {"th": "ไม่พบข้อมูลในไฟล์ (ทุกชีตว่างเปล่า)", "en": "no data found in the file (every sheet is empty)"},
    "files.no_data_fix": {
        "th": "ตรวจว่าเลือกไฟล์ถูกตัวและบันทึกข้อมูลแล้ว ข้อมูลต้องอยู่ในชีตที่มีค่าในเซลล์ (ไม่ใช่รูปภาพ) แล้วอัปโหลดใหม่",
        "en": "check that you picked the right file and that it was saved with its data in cells (not pictures), "
              "then upload it again"},
}
