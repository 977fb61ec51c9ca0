"""Writes the frozen ingest fixtures tests/data/ingest_*.csv|xlsx (documentation of how they were made; run once).

Run: .venv/bin/python tests/data/make_fixtures_ingest.py — the files are committed and tests read them as they are.
Scores come from published FY2563–2564 provincial averages (shared/domain/ITA.md) so totals recompute exactly.
"""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
W = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20]
TRAT_64 = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]
TRAT_63 = [92.57, 86.13, 90.08, 85.98, 88.04, 83.67, 82.11, 79.29, 69.94, 52.78]
CHAN_64 = [92.84, 86.27, 89.21, 84.70, 87.51, 90.03, 87.99, 85.97, 75.39, 65.39]
HIGH = [96.10, 95.20, 97.00, 94.80, 96.40, 93.10, 92.50, 94.00, 98.00, 97.50]


def total(s: list[float]) -> float:
    return round(sum(w * x for w, x in zip(W, s)) / 100, 2)


def tools(s: list[float]) -> tuple[float, float, float]:
    """IIT, EIT, OIT on 0–100 (weighted means of their indicators)."""
    return (round(sum(s[:5]) / 5, 2), round(sum(s[5:8]) / 3, 2), round(sum(s[8:]) / 2, 2))


def points(s: list[float]) -> tuple[float, float, float]:
    """IIT, EIT, OIT as weighted points of 30/30/40."""
    i, e, o = tools(s)
    return round(i * 0.3, 2), round(e * 0.3, 2), round(o * 0.4, 2)


def write_csv(name: str, rows: list[list], bom: bool = False) -> None:
    with open(HERE / name, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        csv.writer(fh).writerows(rows)


IND_TH = [f"ตัวชี้วัดที่ {n}" for n in range(1, 11)]


def wide_csv() -> None:
    header = ["ลำดับ", "ชื่อหน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่",
              "การใช้งบประมาณ", "i3", "Indicator 4", "IND5", "ind_6", "ตัวชี้วัดที่ 7", "การปรับปรุงการทำงาน",
              "ตัวชี้วัดที่ 9", "Indicator 10", "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"]
    dusit = [91.5, 85.0, 90.1, 88.0, 87.0, 90.0, 89.0, 88.0, 80.0, 78.0]
    dusit_cells = ["๙๑.๕๐", "85 %", "\u00a090.1 ", "88", "87", "90", "89", "88", "80", "78"]
    rows = [header,
            [1, "สำนักงานเขตพระนคร", "", "2566", *TRAT_64, *tools(TRAT_64), total(TRAT_64), "ต้องปรับปรุง"],
            [2, "  สำนักงานเขต  ดุสิต ", "", "๒๕๖๖", *dusit_cells, *tools(dusit), total(dusit), "ต้องปรับปรุง"],
            [3, "สำนักการคลัง", "หน่วยงานส่วนกลาง", "2023", *CHAN_64, *tools(CHAN_64), total(CHAN_64), "ต้องปรับปรุง"],
            [4, "สำนักงานเขตพระนคร", "", "ปี 2565", *TRAT_63, *tools(TRAT_63), total(TRAT_63), "B"]]
    write_csv("ingest_wide.csv", rows, bom=True)


def long_csv() -> None:
    labels = [1, "๒", "ตัวชี้วัดที่ 3", "การใช้ทรัพย์สินของราชการ", "i5", "Indicator 6", "IND7",
              "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน", "9", "ตัวชี้วัดที่ ๑๐"]
    rows = [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน"]]
    for unit, year, s in (("สำนักงานเขตบางรัก", "2564", CHAN_64), ("สำนักงานเขตบางรัก", "2563", TRAT_63),
                          ("สำนักการโยธา", "พ.ศ. 2564", HIGH)):
        rows += [[unit, year, lab, f"{v:.2f}"] for lab, v in zip(labels, s)]
        iit, eit, oit = tools(s)
        rows += [[unit, year, "IIT", iit], [unit, year, "EIT", eit], [unit, year, "OIT", oit],
                 [unit, year, "คะแนนรวม", total(s)]]
    write_csv("ingest_long.csv", rows)


def per_year_xlsx() -> None:
    wb = Workbook()
    notes = wb.active
    notes.title = "คำอธิบาย"
    notes.append(["ไฟล์นี้มีผลการประเมินแยกชีตตามปี"])
    for sheet, data in (("2565", [("สำนักงานเขตคลองเตย", TRAT_63), ("สำนักงานเขตจตุจักร", CHAN_64)]),
                        ("ปี ๒๕๖๖", [("สำนักงานเขตคลองเตย", TRAT_64), ("สำนักงานเขตจตุจักร", HIGH)]),
                        ("FY2024", [("สำนักงานเขตคลองเตย", HIGH)])):
        ws = wb.create_sheet(sheet)
        ws.append(["หน่วยงาน", *IND_TH, "คะแนนรวม"])
        for unit, s in data:
            ws.append([unit, *s, total(s)])
    wb.save(HERE / "ingest_per_year.xlsx")


def titled_xlsx() -> None:
    """Title rows, a two-row header with merged tool cells, a spacer column and row, and summary rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ผล ITA"
    ws.append(["ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567"])
    ws.merge_cells("A1:P1")
    ws.append(["กรุงเทพมหานคร"])
    ws.merge_cells("A2:P2")
    ws.append([])
    ws.append(["ลำดับ", "หน่วยงาน", None, "IIT", None, None, None, None, "EIT", None, None, "OIT", None,
               "คะแนนรวม", "ระดับผลการประเมิน", None])
    ws.append([None, None, None, "ตัวชี้วัดที่ 1", "ตัวชี้วัดที่ 2", "ตัวชี้วัดที่ 3", "ตัวชี้วัดที่ 4",
               "ตัวชี้วัดที่ 5", 6, 7, 8, "การเปิดเผยข้อมูล", "การป้องกันการทุจริต", None, None, None])
    for rng in ("A4:A5", "B4:B5", "D4:H4", "I4:K4", "L4:M4", "N4:N5", "O4:O5"):
        ws.merge_cells(rng)
    ws.append([])                                                  # spacer row 6
    data = [("สำนักงานเขตลาดพร้าว", TRAT_64, "ต้องปรับปรุง"), ("สำนักงานเขตบางกะปิ", HIGH, "ผ่านดีเยี่ยม"),
            ("สำนักอนามัย", CHAN_64, "ต้องปรับปรุง")]
    for k, (unit, s, level) in enumerate(data, start=1):
        ws.append([k, unit, None, *s, total(s), level])
    mean = [round(sum(d[1][i] for d in data) / len(data), 2) for i in range(10)]
    ws.append([None, "รวม", None, *[round(m * 3, 2) for m in mean], None, None])
    ws.append([None, "ค่าเฉลี่ย", None, *mean, total(mean), None])
    ws.append(["Average", None, None, *mean, total(mean), None])
    wb.save(HERE / "ingest_titled.xlsx")


def tools_points_csv() -> None:
    rows = [["หน่วยงาน", "ปีงบประมาณ", "IIT (30)", "EIT", "OIT", "คะแนน ITA", "ผลการประเมิน"]]
    for unit, s, band in (("สำนักงานเขตสาทร", HIGH, "ผ่านดีเยี่ยม"), ("สำนักงานเขตยานนาวา", TRAT_64, "ต้องปรับปรุง"),
                          ("สำนักการศึกษา", CHAN_64, "ต้องปรับปรุง")):
        i, e, o = points(s)
        rows.append([unit, "2567", f"{i:.2f}", f"{e:.2f}", f"{o:.2f}", f"{i + e + o:.2f}", band])
    write_csv("ingest_tools_points.csv", rows)


def total_only_csv() -> None:
    rows = [["Agency", "Fiscal Year", "ITA Score", "Level"],
            ["Phra Nakhon District Office", "FY2023", "81.45", "Needs improvement"],
            ["Bang Rak District Office", "FY2023", "96.01", "Pass, excellent"],
            ["Average", "", "88.73", ""]]
    write_csv("ingest_total_only.csv", rows)


def eit_parts_csv() -> None:
    rows = [["หน่วยงาน", "ปี", "IIT", "EIT ส่วนที่ 1", "EIT ส่วนที่ 2", "OIT", "คะแนนรวม"],
            ["สำนักงานเขตบางซื่อ", "2566", "90.00", "79.40", "82.24", "88.00", "86.45"]]
    write_csv("ingest_eit_parts.csv", rows)


def bad_fixtures() -> None:
    head = ["หน่วยงาน", "ปีงบประมาณ", *IND_TH, "คะแนนรวม"]

    def row(unit, year, s, tot=None):
        return [unit, year, *s, total(s) if tot is None else tot]

    write_csv("ingest_bad_out_of_range.csv",
              [head, row("สำนักงานเขตพญาไท", "2566", TRAT_64[:2] + [105] + TRAT_64[3:]),
               row("สำนักงานเขตราชเทวี", "2566", CHAN_64[:4] + ["1,234"] + CHAN_64[5:], total(CHAN_64))])
    write_csv("ingest_bad_duplicate.csv",
              [head, row("สำนักงานเขตบางเขน", "2566", TRAT_64), row("สำนักงานเขตบางเขน", "2566", CHAN_64),
               row("สำนักงานเขตดอนเมือง", "2566", HIGH), row("สำนักงานเขตดอนเมือง", "2566", HIGH)])
    write_csv("ingest_bad_missing.csv",
              [head, row("สำนักงานเขตหลักสี่", "2566", TRAT_64[:8] + ["", "-"], "")])
    write_csv("ingest_bad_unknown_column.csv",
              [head[:2] + ["ผู้ประเมิน"] + head[2:], [*row("สำนักงานเขตสายไหม", "2566", HIGH)[:2], "นาย ก",
                                                    *row("สำนักงานเขตสายไหม", "2566", HIGH)[2:]]])
    write_csv("ingest_bad_total_wrong_year.csv",
              [head, row("สำนักงานเขตบางนา", "2565", TRAT_63),
               row("สำนักงานเขตบางนา", "2566", TRAT_64, total(TRAT_63))])
    write_csv("ingest_bad_total_unweighted.csv",
              [head, row("สำนักงานเขตประเวศ", "2566", TRAT_64, round(sum(TRAT_64) / 10, 2))])
    write_csv("ingest_bad_total_other.csv", [head, row("สำนักงานเขตคันนายาว", "2566", TRAT_64, 70.00)])
    write_csv("ingest_bad_no_year.csv", [["หน่วยงาน", *IND_TH], ["สำนักงานเขตวังทองหลาง", *HIGH]])
    write_csv("ingest_bad_no_header.csv", [["บันทึกการประชุม"], ["วาระที่ 1", "เรื่องแจ้งเพื่อทราบ"],
                                           ["วาระที่ 2", "ผลการประเมิน ITA"]])
    write_csv("ingest_bad_no_framework.csv", [head, row("สำนักงานเขตบึงกุ่ม", "2540", HIGH)])
    write_csv("ingest_bad_year_cell.csv",
              [head, row("สำนักงานเขตมีนบุรี", "ปีหน้า", HIGH), row("สำนักงานเขตลาดกระบัง", "2566", HIGH)])
    write_csv("ingest_bad_value.csv", [head, row("สำนักงานเขตหนองจอก", "2566", HIGH[:6] + ["ดีมาก"] + HIGH[7:], "")])
    write_csv("ingest_bad_long_duplicate.csv",
              [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน"], ["สำนักงานเขตคลองสาน", "2566", "1", "90.00"],
               ["สำนักงานเขตคลองสาน", "2566", "ตัวชี้วัดที่ 1", "80.00"], ["สำนักงานเขตคลองสาน", "2566", "2", "85.00"]])
    write_csv("ingest_bad_unknown_indicator.csv",
              [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน"], ["สำนักงานเขตธนบุรี", "2566", "1", "90.00"],
               ["สำนักงานเขตธนบุรี", "2566", "ตัวชี้วัดที่ 11", "80.00"]])


def conflict_xlsx() -> None:
    """Issue 10.4: one unit-year on two sheets with different scores (undetermined), one repeated identically
    (merged), one given once (scored)."""
    head = ["หน่วยงาน", "ปีงบประมาณ", *IND_TH, "คะแนนรวม"]
    other = TRAT_64[:2] + [81.01] + TRAT_64[3:]
    wb = Workbook()
    first = wb.active
    first.title = "รอบแรก"
    for r in (head, ["สำนักงานเขตบางกะปิ", 2566, *TRAT_64, total(TRAT_64)],
              ["สำนักงานเขตห้วยขวาง", 2566, *HIGH, total(HIGH)]):
        first.append(r)
    second = wb.create_sheet("รอบแก้ไข")
    for r in (head, ["สำนักงานเขตห้วยขวาง", 2566, *HIGH, total(HIGH)],
              ["สำนักงานเขตวังทองหลาง", 2566, *CHAN_64, total(CHAN_64)],
              ["สำนักงานเขตบางกะปิ", 2566, *other, total(other)]):
        second.append(r)
    wb.save(HERE / "ingest_bad_conflict_sheets.xlsx")


if __name__ == "__main__":
    wide_csv()
    long_csv()
    per_year_xlsx()
    titled_xlsx()
    tools_points_csv()
    total_only_csv()
    eit_parts_csv()
    bad_fixtures()
    conflict_xlsx()
    print("written:", ", ".join(sorted(p.name for p in HERE.glob("ingest_*"))))
