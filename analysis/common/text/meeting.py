"""Texts of the meeting-pack page (Thai and English)."""

TEXT: dict[str, dict[str, str]] = {
    "pack.nav": {"th": "ชุดนำเสนอ", "en": "Meeting pack"},
    "pack.title": {"th": "ชุดนำเสนอสำหรับการประชุม", "en": "Meeting pack"},
    "pack.intro": {
        "th": "สร้างไฟล์ PowerPoint ที่มีกราฟแก้ไขได้ (ผลเทียบเกณฑ์ 85 ตัวชี้วัดที่อ่อน เส้นทางสู่ 85 มาตรการ "
              "แนวโน้มเรื่องร้องเรียน และแหล่งที่มาของข้อมูล) ไฟล์ Excel ของทุกตาราง และ PDF "
              "สำหรับทั้งกลุ่มหรือหน่วยงานเดียว",
        "en": "Build a PowerPoint with editable charts (results against 85, weak indicators, the path to 85, "
              "measures, complaint trend, where the data came from), an Excel file of every table and a PDF, for the "
              "whole group or one unit"},
    "pack.year": {"th": "ปีงบประมาณ", "en": "Fiscal year"},
    "pack.scope": {"th": "ขอบเขต", "en": "Scope"},
    "pack.whole_group": {"th": "ทั้งกลุ่ม (ทุกหน่วยงาน)", "en": "The whole group (all units)"},
    "pack.font": {"th": "แบบอักษรในไฟล์ Office", "en": "Font in the Office files"},
    "pack.build": {"th": "สร้างชุดนำเสนอ", "en": "Build the meeting pack"},
    "pack.building": {"th": "กำลังสร้างชุดนำเสนอ…", "en": "Building the meeting pack…"},
    "pack.ready": {"th": "พร้อมดาวน์โหลด: {name}", "en": "Ready to download: {name}"},
    "pack.download_pptx": {"th": "ดาวน์โหลด PowerPoint (.pptx)", "en": "Download PowerPoint (.pptx)"},
    "pack.download_xlsx": {"th": "ดาวน์โหลดตารางทั้งหมด (.xlsx)", "en": "Download every table (.xlsx)"},
    "pack.build_pdf": {"th": "ทำไฟล์ PDF", "en": "Make the PDF"},
    "pack.building_pdf": {"th": "กำลังแปลงชุดนำเสนอเป็น PDF (อาจใช้เวลาสักครู่)…",
                          "en": "Converting the deck to PDF (this can take a little while)…"},
    "pack.download_pdf": {"th": "ดาวน์โหลด PDF", "en": "Download the PDF"},
    "pack.pdf_help": {"th": "แปลงชุดนำเสนอที่สร้างไว้เป็น PDF หนึ่งหน้าต่อหนึ่งสไลด์ สำหรับส่งหรือพิมพ์",
                      "en": "Converts the built deck to a PDF of one page per slide, to send or print"},
    "pack.pdf_unavailable": {"th": "ทำ PDF ไม่ได้บนเครื่องนี้ (ไม่ได้ติดตั้ง LibreOffice) — เปิดไฟล์ PowerPoint "
                                   "แล้วบันทึกเป็น PDF แทน",
                             "en": "No PDF on this server (LibreOffice is not installed) — open the PowerPoint file "
                                   "and save it as PDF instead"},
    "pack.empty": {"th": "ยังไม่มีผลการประเมิน — นำเข้าข้อมูลที่หน้า “ข้อมูล” ก่อน",
                   "en": "No ITA results yet — import data on the “Data” page first"},
    "pack.cli": {"th": "ผู้ดูแลระบบสร้างชุดนำเสนอเดียวกันจากบรรทัดคำสั่งได้ (ดูหัวข้อ “Command line” ในคู่มือของโปรแกรม)",
                 "en": "Your administrator can build the same pack from the command line (see “Command line” in the "
                       "program's guide)."},
}
