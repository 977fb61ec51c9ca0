"""Write a fictitious complaint register, FY2563–FY2568 (to 31 May 2025), seed 2563, with personal-data columns."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np

SEED = 2563
FILE_NAME = "demo_complaints_2563-2568.csv"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "samples"
AS_OF = dt.date(2025, 5, 31)            # FY2568 is a partial year: 1 Oct 2024 – 31 May 2025
YEARS = (2563, 2564, 2565, 2566, 2567, 2568)
GENERAL_RATE = {2563: 430, 2564: 470, 2565: 455, 2566: 480, 2567: 500, 2568: 505}   # per full year
CORRUPTION_RATE = {2563: 40, 2564: 36, 2565: 31, 2566: 27, 2567: 24, 2568: 12}
WITHIN_15 = {2563: 0.70, 2564: 0.74, 2565: 0.78, 2566: 0.82, 2567: 0.86, 2568: 0.90}
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")

UNITS = ("สำนักการคลัง", "สำนักงานเขตพระนคร", "สำนักงานเขตบางรัก", "สำนักงานเขตปทุมวัน", "สำนักงานเขตจตุจักร",
         "สำนักงานเขตบางกะปิ", "สำนักงานเขตลาดกระบัง", "สำนักงานเขตคลองเตย", "สำนักงานเขตบางแค")
UNIT_WEIGHTS = (0.22, 0.10, 0.08, 0.09, 0.12, 0.10, 0.11, 0.09, 0.09)
CHANNELS = ("ศูนย์รับเรื่องร้องเรียน กทม. 1555", "Traffy Fondue", "เว็บไซต์หน่วยงาน", "หนังสือ/จดหมาย",
            "ยื่นด้วยตนเอง", "ศูนย์ดำรงธรรม", "สายด่วน 1111", "อีเมล")
CHANNEL_WEIGHTS = (0.26, 0.30, 0.12, 0.08, 0.08, 0.06, 0.06, 0.04)
GENERAL = ("งานบริการล่าช้า", "การจัดเก็บภาษีและค่าธรรมเนียม", "ถนนและทางเท้า", "ความสะอาด", "ไฟฟ้าส่องสว่าง",
           "น้ำท่วมและการระบายน้ำ", "เสียงรบกวน", "พฤติกรรมเจ้าหน้าที่ไม่สุภาพ")
GENERAL_WEIGHTS = (0.16, 0.14, 0.18, 0.14, 0.10, 0.12, 0.08, 0.08)
CORRUPT = ("ทุจริตในการจัดซื้อจัดจ้าง", "เรียกรับสินบน", "ประพฤติมิชอบในหน้าที่", "ผลประโยชน์ทับซ้อน")
CORRUPT_WEIGHTS = (0.35, 0.2, 0.3, 0.15)
FIRST = ("สมชาย", "สมหญิง", "วิชัย", "มาลี", "ประเสริฐ", "สุนีย์", "อนันต์", "พรทิพย์", "ธีระ", "กาญจนา", "ชัยวัฒน์",
         "นภา", "สุรชัย", "วรรณา", "ณัฐพล", "ปิยะนุช")
LAST = ("ใจดี", "รักไทย", "มั่นคง", "ศรีสุข", "ทองดี", "บุญมา", "แสงทอง", "วงศ์ใหญ่", "พูลสวัสดิ์", "เจริญผล")
TITLES = ("นาย", "นาง", "นางสาว")
ROADS = ("ถนนพระราม 4", "ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนลาดพร้าว", "ถนนเพชรเกษม", "ถนนรามคำแหง")
COLUMNS = ("เลขที่เรื่อง", "วันที่รับเรื่อง", "ชื่อผู้ร้องเรียน", "เลขประจำตัวประชาชน", "โทรศัพท์", "อีเมล", "ที่อยู่",
           "ช่องทาง", "ประเภทเรื่อง", "รายละเอียด", "หน่วยงาน", "สถานะ", "วันที่ดำเนินการแล้วเสร็จ")


def thai_id(rng: np.random.Generator) -> str:
    """A fictitious 13-digit national ID with a valid check digit."""
    d = [int(rng.integers(1, 9))] + [int(x) for x in rng.integers(0, 10, 11)]
    d.append((11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10)
    return "".join(map(str, d))


def be_date(d: dt.date, form: int) -> str:
    """The date in one of the forms registers use: 0 dd/mm/yyyy BE, 1 d มี.ค. yy, 2 Thai digits, 3 d/m/yyyy."""
    if form == 1:
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {(d.year + 543) % 100:02d}"
    text = f"{d.day:02d}/{d.month:02d}/{d.year + 543}" if form != 3 else f"{d.day}/{d.month}/{d.year + 543}"
    return text.translate(THAI_DIGITS) if form == 2 else text


def fy_start(fy: int) -> dt.date:
    return dt.date(fy - 544, 10, 1)


def rows(rng: np.random.Generator) -> list[list[str]]:
    out: list[list[str]] = []
    for fy in YEARS:
        start, end = fy_start(fy), min(dt.date(fy - 543, 9, 30), AS_OF)
        days = (end - start).days + 1
        share = days / (dt.date(fy - 543, 9, 30) - start).days
        for group, rate in (("general", GENERAL_RATE[fy]), ("corruption", CORRUPTION_RATE[fy])):
            for _ in range(int(rng.poisson(rate * share))):
                received = start + dt.timedelta(days=int(rng.integers(0, days)))
                out.append(_row(rng, fy, group, received))
    out.sort(key=lambda r: (r[-1], r[0]))
    return [r[:-1] for r in out]


def _row(rng: np.random.Generator, fy: int, group: str, received: dt.date) -> list:
    if group == "general":
        category = GENERAL[rng.choice(len(GENERAL), p=GENERAL_WEIGHTS)]
        fast = rng.random() < WITHIN_15[fy]
        duration = int(rng.integers(0, 16)) if fast else int(rng.integers(16, 75))
    else:
        category = CORRUPT[rng.choice(len(CORRUPT), p=CORRUPT_WEIGHTS)]
        if fy == 2568 and category == "เรียกรับสินบน":
            category = "ประพฤติมิชอบในหน้าที่"         # the plan's target "no bribery complaints" is met in FY2568
        duration = int(rng.integers(10, 120))
    if rng.random() < 0.01:
        duration = 10_000                                # a few stay open for a long time
    closed = received + dt.timedelta(days=duration)
    if closed <= AS_OF:
        status, closed_text = "เสร็จสิ้น", be_date(closed, 0)
    else:
        status = "รอรับเรื่อง" if (AS_OF - received).days < 3 else "อยู่ระหว่างดำเนินการ"
        closed_text = ""
    title, first, last = (TITLES[rng.integers(3)], FIRST[rng.integers(len(FIRST))], LAST[rng.integers(len(LAST))])
    phone = f"0{rng.choice([8, 9, 6])}{rng.integers(0, 10)}-{rng.integers(100, 1000)}-{rng.integers(1000, 10000)}"
    email = f"user{rng.integers(10000, 99999)}@example.com" if rng.random() < 0.6 else ""
    detail = f"{category} บริเวณ{ROADS[rng.integers(len(ROADS))]}"
    if rng.random() < 0.25:
        detail += f" ติดต่อกลับ {phone}"
    if rng.random() < 0.15:
        detail += f" ผู้แจ้ง {title}{first} {last}"
    form = int(rng.choice(4, p=(0.7, 0.15, 0.05, 0.10)))
    return [f"{fy}-{rng.integers(0, 10**6):06d}", be_date(received, form), f"{title}{first} {last}", thai_id(rng),
            phone, email, f"{rng.integers(1, 999)}/{rng.integers(1, 99)} {ROADS[rng.integers(len(ROADS))]} กรุงเทพฯ",
            CHANNELS[rng.choice(len(CHANNELS), p=CHANNEL_WEIGHTS)], category, detail,
            UNITS[rng.choice(len(UNITS), p=UNIT_WEIGHTS)], status, closed_text, received]


def write(out_dir: Path) -> Path:
    """Write the demo register into out_dir; returns its path (the same bytes every run)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FILE_NAME
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows(np.random.default_rng(SEED)))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    print(write(parser.parse_args().out))


if __name__ == "__main__":
    main()
