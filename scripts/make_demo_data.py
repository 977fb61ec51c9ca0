"""Write fictitious demo ITA results for Bangkok (BMA) units, FY2565–FY2568 (seed 2566) and FY2569 (the year
before the current one, moved on from FY2568 with seed 2569), into data/samples/."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.writer.excel import ExcelWriter

SEED = 2566
YEARS = (2565, 2566, 2567, 2568)
LETTER_YEARS = (2565,)   # letters up to FY2565, pass bands from FY2566 (ITA.md)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "samples"
FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)

DISTRICT_TYPE = "สำนักงานเขต"
DEPARTMENT_TYPE = "หน่วยงานส่วนกลาง"

# The 50 districts of Bangkok in the official order of their district codes (1001–1050).
DISTRICTS = (
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย",
    "พระโขนง", "มีนบุรี", "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่",
    "ห้วยขวาง", "คลองสาน", "ตลิ่งชัน", "บางกอกน้อย", "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม",
    "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง", "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร", "บางคอแหลม",
    "ประเวศ", "คลองเตย", "สวนหลวง", "จอมทอง", "ดอนเมือง", "ราชเทวี", "ลาดพร้าว", "วัฒนา",
    "บางแค", "หลักสี่", "สายไหม", "คันนายาว", "สะพานสูง", "วังทองหลาง", "คลองสามวา", "บางนา",
    "ทวีวัฒนา", "ทุ่งครุ", "บางบอน",
)
DEPARTMENTS = (
    "สำนักการคลัง", "สำนักงบประมาณกรุงเทพมหานคร", "สำนักการโยธา", "สำนักการระบายน้ำ",
    "สำนักสิ่งแวดล้อม", "สำนักการแพทย์", "สำนักอนามัย", "สำนักการศึกษา", "สำนักพัฒนาสังคม",
    "สำนักวัฒนธรรม กีฬาและการท่องเที่ยว", "สำนักการจราจรและขนส่ง", "สำนักเทศกิจ",
    "สำนักป้องกันและบรรเทาสาธารณภัย", "สำนักการวางผังและพัฒนาเมือง", "สำนักยุทธศาสตร์และประเมินผล",
    "สำนักปลัดกรุงเทพมหานคร", "สำนักงานการเจ้าหน้าที่", "สำนักงานกฎหมายและคดี",
    "สำนักงานตรวจสอบภายใน", "สำนักงานเลขานุการสภากรุงเทพมหานคร",
    "สำนักงานเลขานุการผู้ว่าราชการกรุงเทพมหานคร", "สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร",
)
# Units of the upload example only (BMA hospitals): they appear in no other demo file.
UPLOAD_UNITS = (
    "โรงพยาบาลกลาง", "โรงพยาบาลตากสิน", "โรงพยาบาลเจริญกรุงประชารักษ์",
    "โรงพยาบาลราชพิพัฒน์", "โรงพยาบาลสิรินธร",
)
UPLOAD_YEAR = 2568
FINANCE_OFFICE = "สำนักการคลัง"

INDICATORS = (
    "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
    "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
    "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
)
WEIGHTS = (6, 6, 6, 6, 6, 10, 10, 10, 20, 20)
TOOLS = {"IIT": range(0, 5), "EIT": range(5, 8), "OIT": range(8, 10)}
EDGES = (5000, 5500, 6500, 7000, 7500, 8500, 9500)   # letter and band edges, in hundredths
MARGIN = 5                                          # keep totals/tool scores 0.05 away from edges

# Scores are kept as whole hundredths ("cents") so every published figure is exact.


def half_up(num: int, den: int = 1) -> int:
    """num/den rounded half up to a whole number (num, den ≥ 0)."""
    return (2 * num + den) // (2 * den)


def fmt(cents: int) -> str:
    """Hundredths as a two-decimal string, e.g. 9355 -> '93.55'."""
    return f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True)
class Result:
    """One unit-year: ten indicator scores in hundredths, and what a publisher would print."""
    unit: str
    unit_type: str
    year: int
    cents: tuple[int, ...]

    @property
    def total(self) -> int:
        """Published total in hundredths: Σ weight × score / 100, rounded half up."""
        return half_up(sum(w * c for w, c in zip(WEIGHTS, self.cents)), 100)

    def tool(self, code: str) -> int:
        """Tool score on the 0–100 scale in hundredths (mean of its indicators), rounded half up."""
        idx = TOOLS[code]
        return half_up(sum(self.cents[i] for i in idx), len(idx))

    def points(self, code: str) -> int:
        """Tool score as weighted points (of 30/30/40) in hundredths, rounded half up."""
        return half_up(sum(WEIGHTS[i] * self.cents[i] for i in TOOLS[code]), 100)

    def exact(self) -> dict[str, float]:
        """Unrounded total and tool scores in hundredths, used to keep them off the grading edges."""
        out = {"total": sum(w * c for w, c in zip(WEIGHTS, self.cents)) / 100}
        for code, idx in TOOLS.items():
            out[code] = sum(self.cents[i] for i in idx) / len(idx)
        return out

    @property
    def level(self) -> str:
        """Letter level (FY2565) or pass band (FY2566 on), by the rules in ITA.md."""
        t = self.total
        if self.year in LETTER_YEARS:
            for label, edge in (("AA", 9500), ("A", 8500), ("B", 7500), ("C", 6500), ("D", 5500), ("E", 5000)):
                if t >= edge:
                    return label
            return "F"
        tools = [self.tool(c) for c in TOOLS]
        if t >= 9500 and min(tools) >= 9500:
            return "ผ่านดีเยี่ยม"
        if t >= 8500 and min(tools) >= 8500:
            return "ผ่านดี"
        if t >= 8500:
            return "ผ่าน"
        return "ต้องปรับปรุง" if t >= 7000 else "ต้องปรับปรุงโดยด่วน"


def _off_edges(cents: list[int]) -> list[int]:
    """Nudge scores so no total or tool score lies within 0.05 of a grading edge (no rounding doubts)."""
    for attempt in range(60):
        ex = Result("", "", 0, tuple(cents)).exact()
        hit = next(((k, v, e) for k, v in ex.items() for e in EDGES if abs(v - e) < MARGIN), None)
        if hit is None:
            return cents
        key, value, edge = hit
        step = (1 if value >= edge else -1) * 15 * (1 + attempt // 20)
        idx = TOOLS[key] if key != "total" else TOOLS[("OIT", "EIT", "IIT")[attempt % 3]]
        for i in idx:
            cents[i] = min(10000, max(0, cents[i] + step))
    raise RuntimeError("could not move scores off the grading edges")


def _cents(x: float, lo: float, hi: float) -> int:
    """x clipped to [lo, hi] and rounded half up to whole hundredths."""
    return int(np.floor(min(hi, max(lo, x)) * 100 + 0.5))


def _unit_years(rng: np.random.Generator, units: list[tuple[str, str]], years: tuple[int, ...]) -> list[Result]:
    """Scores for every unit and year: a persistent unit effect, a yearly rise, recurring weak spots."""
    n = len(units)
    # OIT weakness, persistent: most units small, about one in six clearly weak (they improve at their own speed).
    weak = np.where(rng.random(n) < 0.16, rng.uniform(1.4, 3.4, n), rng.exponential(0.2, n))
    strength = -0.5 * weak + rng.normal(0, 0.8, n)      # survey (IIT/EIT) strength, persistent
    speed = rng.uniform(0.0, 0.22, n)                     # share of the weakness fixed each year
    for j, (name, _) in enumerate(units):
        if name == FINANCE_OFFICE:                        # our first user: fails in 2565, then climbs
            weak[j], strength[j], speed[j] = 2.2, -0.4, 0.2
    out = []
    for t, year in enumerate(years):
        for j, (name, utype) in enumerate(units):
            a, w = strength[j], weak[j] * (1 - speed[j] * t)
            x = [_cents(base + 0.7 * t + 1.1 * a + rng.normal(0, 1.0), 80, 99.6)       # IIT: high, 88–97
                 for base in (94.0, 91.2, 93.0, 92.0, 91.5)]
            comm = 85.5 if utype == DISTRICT_TYPE else 88.0                        # i7 weak for districts
            for base, rise in ((90.0, 1.2), (comm, 1.0), (89.5, 1.2)):             # EIT
                x.append(_cents(base + rise * t + 1.5 * a + rng.normal(0, 1.5), 60, 99.5))
            shock = rng.normal(0, 2.0)                                            # a bad/good OIT year
            x.append(_cents(88.5 + 1.3 * t - 10.0 * w + shock + rng.normal(0, 2.5), 20, 100))  # i9
            x.append(_cents(86.0 + 1.5 * t - 12.0 * w + shock + rng.normal(0, 3.0), 15, 100))  # i10
            out.append(Result(name, utype, year, tuple(_off_edges(x))))
    return out


NEXT_YEAR, NEXT_SEED = 2569, 2569


def next_year(results: list[Result], seed: int = NEXT_SEED) -> list[Result]:
    """FY2569 for every unit: its FY2568 scores moved on a little (most rise, the OIT moves most), drawn from a
    generator of its own so the FY2565–2568 files stay as they were."""
    rng = np.random.default_rng(seed)
    out = []
    for r in (r for r in results if r.year == NEXT_YEAR - 1):
        x = [_cents(c / 100 + 0.4 + rng.normal(0, 0.8), 80, 99.6) for c in r.cents[:5]]
        x += [_cents(c / 100 + 0.6 + rng.normal(0, 1.2), 60, 99.5) for c in r.cents[5:8]]
        shock = rng.normal(0.8, 2.0)
        x += [_cents(c / 100 + shock + rng.normal(0, 2.0), 15, 100) for c in r.cents[8:]]
        if r.unit == FINANCE_OFFICE:      # our first user passes, with one OIT indicator still below 85 to work on
            x[9] = min(x[9], 8340)
        out.append(Result(r.unit, r.unit_type, NEXT_YEAR, tuple(_off_edges(x))))
    return out


def _set_tool(r: Result, code: str, targets: tuple[float, ...]) -> Result:
    cents = list(r.cents)
    for i, v in zip(TOOLS[code], targets):
        cents[i] = round(v * 100)
    return Result(r.unit, r.unit_type, r.year, tuple(cents))


def _showcase(results: list[Result]) -> list[Result]:
    """Make sure the demo shows the per-tool gates at work (ITA.md's real cases) in each layout."""
    by_key = {(r.unit, r.year): r for r in results}
    # Districts, FY2566 (xlsx) and FY2567 (long CSV): total ≥ 85 but EIT < 85 -> ผ่าน, not ผ่านดี.
    for year, eit in ((2566, (84.12, 81.37, 84.90)), (2567, (85.36, 80.55, 83.48))):
        pool = [r for r in results if r.unit_type == DISTRICT_TYPE and r.year == year and r.total >= 8800]
        r = min(pool, key=lambda r: r.tool("EIT"))
        by_key[(r.unit, r.year)] = _set_tool(r, "EIT", eit)
    # Departments, FY2568: the two strongest so far. The best reaches ผ่านดีเยี่ยม; the second scores
    # above 95 but its EIT is below 95, so it stays ผ่านดี (like the FY2566 cases in ITA.md).
    earlier = {}
    for r in results:
        if r.unit_type == DEPARTMENT_TYPE and r.year < 2568:
            earlier[r.unit] = earlier.get(r.unit, 0) + r.total
    best, second = sorted(earlier, key=earlier.get, reverse=True)[:2]
    r = by_key[(best, 2568)]
    r = _set_tool(_set_tool(r, "IIT", (98.10, 96.72, 97.35, 96.90, 97.44)), "EIT", (96.27, 95.41, 96.05))
    by_key[(best, 2568)] = _set_tool(r, "OIT", (100.0, 97.50))
    r = by_key[(second, 2568)]
    r = _set_tool(_set_tool(r, "IIT", (97.85, 96.40, 97.12, 96.03, 96.88)), "OIT", (100.0, 98.75))
    by_key[(second, 2568)] = _set_tool(r, "EIT", (94.31, 92.56, 93.88))
    return [by_key[(r.unit, r.year)] for r in results]


def generate(seed: int = SEED) -> tuple[list[Result], list[Result]]:
    """All demo results: (BMA districts and departments FY2565–2568, the upload example's FY2568 units)."""
    rng = np.random.default_rng(seed)
    units = [(f"สำนักงานเขต{d}", DISTRICT_TYPE) for d in DISTRICTS]
    units += [(d, DEPARTMENT_TYPE) for d in DEPARTMENTS]
    main = _showcase(_unit_years(rng, units, YEARS))
    upload = _unit_years(rng, [(u, "") for u in UPLOAD_UNITS], (UPLOAD_YEAR,))
    return main + next_year(main), upload


# ---------------------------------------------------------------- writers


def _save_xlsx(wb: Workbook, path: Path) -> None:
    """Save with fixed document and zip timestamps so regenerating gives the same bytes."""
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.properties.creator = wb.properties.lastModifiedBy = "scripts/make_demo_data.py"
    wb.properties.title = "ข้อมูลตัวอย่าง (สมมติ) — fictitious ITA demo data, seed 2566"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()   # not wb.save(): that stamps the current time
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def _thai_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def write_districts_xlsx(results: list[Result], path: Path) -> None:
    """FY2565–2566 district offices: one sheet per year, titles, two-row header, spacer, summary rows."""
    wb = Workbook()
    wb.remove(wb.active)
    bold, center = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
    for year, sheet, title_year in ((2565, "2565", "2565"), (2566, "ปี ๒๕๖๖", _thai_digits("2566"))):
        rows = [r for r in results if r.year == year]
        ws = wb.create_sheet(sheet)
        # A ลำดับ, B หน่วยงาน, C–L indicators 1–10, M spacer, N คะแนนรวม, O level/band
        ws["A1"] = "ผลการประเมิน ITA สำนักงานเขต กรุงเทพมหานคร"
        ws["A2"] = f"ปีงบประมาณ พ.ศ. {title_year}"
        ws.merge_cells("A1:O1")
        ws.merge_cells("A2:O2")
        for cell in ("A1", "A2"):
            ws[cell].font, ws[cell].alignment = Font(bold=True, size=14), center
        level_head = "ระดับ" if year in LETTER_YEARS else "ผลการประเมิน"
        for col, head in (("A", "ลำดับ"), ("B", "หน่วยงาน"), ("N", "คะแนนรวม"), ("O", level_head)):
            ws[f"{col}4"] = head
            ws.merge_cells(f"{col}4:{col}5")
        for code, first, last in (("IIT", "C4", "G4"), ("EIT", "H4", "J4"), ("OIT", "K4", "L4")):
            ws[first] = code
            ws.merge_cells(f"{first}:{last}")
        for k, name in enumerate(INDICATORS):
            ws.cell(row=5, column=3 + k, value=f"ตัวชี้วัดที่ {k + 1} {name}")
        for row in ws.iter_rows(min_row=4, max_row=5):
            for cell in row:
                cell.font, cell.alignment = bold, center
        for n, r in enumerate(rows, start=1):
            ws.append([n, r.unit, *[c / 100 for c in r.cents], None, r.total / 100, r.level])
        ws.append([])
        means = [half_up(sum(r.cents[k] for r in rows), len(rows)) / 100 for k in range(10)]
        ws.append([None, "ค่าเฉลี่ย", *means, None, half_up(sum(r.total for r in rows), len(rows)) / 100])
        ws.append([None, "รวม", *[None] * 12, f"{len(rows)} หน่วยงาน"])
        for row in ws.iter_rows(min_row=6, min_col=3, max_col=14):
            for cell in row:
                cell.number_format = "0.00"
        ws.column_dimensions["A"].width = 7
        ws.column_dimensions["B"].width = 30
        for k in range(10):
            ws.column_dimensions[chr(ord("C") + k)].width = 14
        ws.column_dimensions["M"].width = 3
        ws.column_dimensions["N"].width = 11
        ws.column_dimensions["O"].width = 16
        ws.row_dimensions[5].height = 60
        ws.freeze_panes = "C6"
    _save_xlsx(wb, path)


def write_long_csv(results: list[Result], path: Path) -> None:
    """FY2567–2568 district offices, long: หน่วยงาน, ปีงบประมาณ, ตัวชี้วัด, คะแนน (UTF-8 with BOM)."""
    rows = [["หน่วยงาน", "ปีงบประมาณ", "ตัวชี้วัด", "คะแนน"]]
    for r in results:
        rows += [[r.unit, str(r.year), f"ตัวชี้วัดที่ {k + 1}", fmt(c)] for k, c in enumerate(r.cents)]
    _write_csv(path, rows)


def write_departments_xlsx(results: list[Result], path: Path) -> None:
    """FY2565–2568 departments, wide, one sheet; tool columns as weighted points of 30/30/40."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ผลการประเมิน"
    ws.append(["หน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ", *[f"IND{k}" for k in range(1, 11)],
               "IIT", "EIT", "OIT", "คะแนนรวม", "ระดับ"])
    for r in results:
        ws.append([r.unit, r.unit_type, r.year, *[c / 100 for c in r.cents],
                   *[r.points(code) / 100 for code in TOOLS], r.total / 100, r.level])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=17):
        for cell in row:
            cell.number_format = "0.00"
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 18
    ws.freeze_panes = "B2"
    _save_xlsx(wb, path)


def write_next_year_csv(results: list[Result], path: Path) -> None:
    """FY2569, every unit, wide CSV (UTF-8 with BOM): หน่วยงาน, ประเภทหน่วยงาน, ปีงบประมาณ, ten indicators,
    คะแนนรวม, ผลการประเมิน."""
    head = ["หน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ", *[f"ตัวชี้วัดที่ {k + 1} {n}" for k, n in enumerate(INDICATORS)],
            "คะแนนรวม", "ผลการประเมิน"]
    _write_csv(path, [head] + [[r.unit, r.unit_type, str(r.year), *map(fmt, r.cents), fmt(r.total), r.level]
                               for r in results])


def write_upload_csv(results: list[Result], path: Path) -> None:
    """Small wide CSV (UTF-8 with BOM) a user can try uploading: five units not in the other files."""
    head = ["หน่วยงาน", "ปีงบประมาณ", *[f"ตัวชี้วัดที่ {k + 1} {n}" for k, n in enumerate(INDICATORS)],
            "คะแนนรวม", "ผลการประเมิน"]
    _write_csv(path, [head] + [[r.unit, str(r.year), *map(fmt, r.cents), fmt(r.total), r.level] for r in results])


FILES = {
    "demo_districts_2565-2566.xlsx": (write_districts_xlsx, DISTRICT_TYPE, (2565, 2566)),
    "demo_districts_2567-2568_long.csv": (write_long_csv, DISTRICT_TYPE, (2567, 2568)),
    "demo_departments_2565-2568_wide.xlsx": (write_departments_xlsx, DEPARTMENT_TYPE, YEARS),
    "demo_bma_2569.csv": (write_next_year_csv, None, (NEXT_YEAR,)),
}
UPLOAD_FILE = "demo_upload_example.csv"


def write_all(out: Path, results: list[Result], upload: list[Result]) -> list[Path]:
    """Write every demo file into out; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (writer, utype, years) in FILES.items():
        writer([r for r in results if utype in (None, r.unit_type) and r.year in years], out / name)
        written.append(out / name)
    write_upload_csv(upload, out / UPLOAD_FILE)
    return written + [out / UPLOAD_FILE]


def summary(results: list[Result]) -> str:
    """Mean total and pass rate per fiscal year, one line each."""
    lines = []
    for year in (*YEARS, NEXT_YEAR):
        totals = [r.total / 100 for r in results if r.year == year]
        passed = sum(t >= 85 for t in totals)
        lines.append(f"FY{year}: n={len(totals)} mean={np.mean(totals):.2f} median={np.median(totals):.2f} "
                     f"passing={passed}/{len(totals)} ({100 * passed / len(totals):.1f}%)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into (default data/samples/)")
    args = parser.parse_args(argv)
    results, upload = generate()
    for path in write_all(args.out, results, upload):
        print(path)
    print(summary(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
