"""Make the small action-plan fixtures under tests/data/ (plan_*.docx, plan_*.xlsx, plan_*.csv); run once, commit the files."""
from __future__ import annotations

import csv
from pathlib import Path

from docx import Document
from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "tests" / "data"
HEADER = ["มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/ มาตรการ", "งบประมาณ ๒๕๖๖ - ๒๕๗๐", "วิธีดำเนินการ",
          "ตัวชี้วัด/ผลลัพธ์", "หมายเหตุ"]
ROWS = [
    ["๑. การสร้างวัฒนธรรมสุจริต", "๑.๑ การเสริมสร้างจิตสำนึก", "๑.๑.๑ (๑) กิจกรรมเผยแพร่ประมวลจริยธรรม",
     "ไม่ใช้งบประมาณ", "๑) เผยแพร่ประมวลจริยธรรม ๒) ให้ทุกคนลงลายมือชื่อรับทราบ",
     "ผลผลิต มีการเผยแพร่อย่างน้อย ๓ ช่องทาง ผลลัพธ์ บุคลากรปฏิบัติตามประมวลจริยธรรม", "ฝ่ายบริหารงานทั่วไป"],
    ["", "", "", "", "๓) รายงานผลการดำเนินการ", "", ""],          # continuation across a page break
    ["๒. การบริหารราชการด้วยความโปร่งใส", "๒.๑ การเปิดเผยข้อมูลสาธารณะ", "๒.๑.๑ (๒) มาตรการเปิดเผยข้อมูลข่าวสาร",
     "๕๐,๐๐๐ บาท", "๑. ปรับปรุงเว็บไซต์ ๒. เผยแพร่ข้อมูลตามรายการ OIT", "ข้อมูลครบถ้วนเป็นปัจจุบัน",
     "ฝ่ายสารสนเทศ / ทุกกอง"],
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.add_paragraph("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)")
    doc.add_paragraph("สำนักงานทดสอบ")
    for rows in (ROWS[:1], ROWS[1:]):                      # two tables, as two pages with a repeated header
        table = doc.add_table(rows=1, cols=7)
        for cell, text in zip(table.rows[0].cells, HEADER):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    doc.save(OUT / "plan_small.docx")

    wb = Workbook()
    ws = wb.active
    ws.title = "แผน"
    ws.append(["แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    ws.append(["๓. มิติที่สาม", "๓.๑ ภารกิจ", "", "", "", "", ""])   # no measure: skipped and listed
    wb.save(OUT / "plan_small.xlsx")

    with open(OUT / "plan_small.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *ROWS])
    (OUT / "plan_not_a_plan.txt").write_text("รายงานการประชุม\nวาระที่ ๑\tเรื่องแจ้งเพื่อทราบ\n", encoding="utf-8")


if __name__ == "__main__":
    main()
