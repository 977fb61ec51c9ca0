"""Demo data (scripts/make_demo_data.py): reproducible, complete, consistent and realistic, in the promised layouts."""
from __future__ import annotations

import importlib.util
import io
import re
import statistics
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DISTRICTS_XLSX = "demo_districts_2565-2566.xlsx"
DISTRICTS_CSV = "demo_districts_2567-2568_long.csv"
DEPARTMENTS_XLSX = "demo_departments_2565-2568_wide.xlsx"
UPLOAD_CSV = "demo_upload_example.csv"
NEXT_CSV = "demo_bma_2569.csv"
YEARS = (2565, 2566, 2567, 2568, 2569)
WEIGHTS = (6, 6, 6, 6, 6, 10, 10, 10, 20, 20)
TOOLS = {"IIT": (0, 1, 2, 3, 4), "EIT": (5, 6, 7), "OIT": (8, 9)}
BANDS = ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")

# The 50 districts of Bangkok (official list, district codes 1001–1050).
BANGKOK_DISTRICTS = {
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย", "พระโขนง",
    "มีนบุรี", "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่", "ห้วยขวาง", "คลองสาน",
    "ตลิ่งชัน", "บางกอกน้อย", "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม", "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง",
    "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร", "บางคอแหลม", "ประเวศ", "คลองเตย", "สวนหลวง", "จอมทอง",
    "ดอนเมือง", "ราชเทวี", "ลาดพร้าว", "วัฒนา", "บางแค", "หลักสี่", "สายไหม", "คันนายาว", "สะพานสูง",
    "วังทองหลาง", "คลองสามวา", "บางนา", "ทวีวัฒนา", "ทุ่งครุ", "บางบอน",
}
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


# ---------------------------------------------------------------- reading the files as a user's tool would


def _rec(file, unit, year, scores, total=None, level=None, points=None, unit_type=None):
    return {"file": file, "unit": unit, "year": int(year), "scores": [Decimal(str(s)) for s in scores],
            "total": None if total is None else Decimal(str(total)), "level": level,
            "points": None if points is None else [Decimal(str(p)) for p in points], "unit_type": unit_type}


def read_districts_xlsx(path: Path) -> list[dict]:
    wb = openpyxl.load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        year = int(re.search(r"\d{4}", ws.title.translate(THAI_DIGITS)).group())
        rows = list(ws.iter_rows(values_only=True))
        top = next(i for i, r in enumerate(rows) if "หน่วยงาน" in r)
        head, sub = rows[top], rows[top + 1]
        ind = [sub.index(next(c for c in sub if isinstance(c, str) and c.startswith(f"ตัวชี้วัดที่ {k} ")))
               for k in range(1, 11)]
        unit_c, total_c = head.index("หน่วยงาน"), head.index("คะแนนรวม")
        level_c = head.index("ระดับ" if "ระดับ" in head else "ผลการประเมิน")
        for r in rows[top + 2:]:
            if isinstance(r[0], int):
                out.append(_rec(path.name, r[unit_c], year, [r[c] for c in ind], r[total_c], r[level_c]))
    return out


def read_long_csv(path: Path) -> list[dict]:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    df["n"] = df["ตัวชี้วัด"].str.extract(r"(\d+)", expand=False).astype(int)
    wide = df.pivot(index=["หน่วยงาน", "ปีงบประมาณ"], columns="n", values="คะแนน")
    return [_rec(path.name, unit, year, list(row[list(range(1, 11))])) for (unit, year), row in wide.iterrows()]


def read_departments_xlsx(path: Path) -> list[dict]:
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    col = {h: i for i, h in enumerate(rows[0])}
    return [_rec(path.name, r[col["หน่วยงาน"]], r[col["ปีงบประมาณ"]], [r[col[f"IND{k}"]] for k in range(1, 11)],
                 r[col["คะแนนรวม"]], r[col["ระดับ"]], [r[col[t]] for t in TOOLS], r[col["ประเภทหน่วยงาน"]])
            for r in rows[1:]]


def read_upload_csv(path: Path) -> list[dict]:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    ind = [c for c in df.columns if c.startswith("ตัวชี้วัดที่")]
    return [_rec(path.name, r["หน่วยงาน"], r["ปีงบประมาณ"], [r[c] for c in ind], r["คะแนนรวม"], r["ผลการประเมิน"])
            for _, r in df.iterrows()]


READERS = {DISTRICTS_XLSX: read_districts_xlsx, DISTRICTS_CSV: read_long_csv,
           DEPARTMENTS_XLSX: read_departments_xlsx, UPLOAD_CSV: read_upload_csv, NEXT_CSV: read_upload_csv}


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {name: reader(SAMPLES / name) for name, reader in READERS.items()}


@pytest.fixture(scope="module")
def demo(records) -> list[dict]:
    """Every unit-year of the demo proper (not the upload example)."""
    return [r for name, recs in records.items() if name != UPLOAD_CSV for r in recs]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("make_demo_data", ROOT / "scripts" / "make_demo_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up while the script loads
    try:
        spec.loader.exec_module(module)
        out = tmp_path_factory.mktemp("demo")
        assert module.main(["--out", str(out)]) == 0
    finally:
        sys.modules.pop(spec.name, None)
    return out


# ---------------------------------------------------------------- the published figures, recomputed independently


def half_up(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def total_of(scores) -> Decimal:
    return half_up(sum(w * s for w, s in zip(WEIGHTS, scores)) / 100)


def tool_of(scores, code) -> Decimal:
    idx = TOOLS[code]
    return half_up(sum(scores[i] for i in idx) / len(idx))


def band_of(scores) -> str:
    total, tools = total_of(scores), [tool_of(scores, t) for t in TOOLS]
    if total >= 95 and min(tools) >= 95:
        return "ผ่านดีเยี่ยม"
    if total >= 85 and min(tools) >= 85:
        return "ผ่านดี"
    if total >= 85:
        return "ผ่าน"
    return "ต้องปรับปรุง" if total >= 70 else "ต้องปรับปรุงโดยด่วน"


def letter_of(scores) -> str:
    total = total_of(scores)
    return next((lv for lv, edge in (("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50))
                 if total >= edge), "F")


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("name", [DISTRICTS_CSV, UPLOAD_CSV, NEXT_CSV])
def test_regenerating_gives_byte_identical_csv(regenerated, name):
    assert (regenerated / name).read_bytes() == (SAMPLES / name).read_bytes()


@pytest.mark.parametrize("name", [DISTRICTS_XLSX, DEPARTMENTS_XLSX])
def test_regenerating_gives_identical_workbook_content(regenerated, name):
    # Compared member by member (uncompressed), so a different zlib build cannot fail the test.
    def members(path):
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
            return {n: z.read(n) for n in z.namelist()}
    assert members(regenerated / name) == members(SAMPLES / name)


@pytest.mark.parametrize("name", [DISTRICTS_CSV, UPLOAD_CSV, NEXT_CSV])
def test_csv_files_are_utf8_with_bom(name):
    data = (SAMPLES / name).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")


@pytest.mark.parametrize("name, sheets, header", [
    (DISTRICTS_XLSX, ["2565", "ปี ๒๕๖๖"], "ผลการประเมิน ITA สำนักงานเขต กรุงเทพมหานคร"),
    (DEPARTMENTS_XLSX, ["ผลการประเมิน"], "หน่วยงาน"),
])
def test_workbook_layout(name, sheets, header):
    wb = openpyxl.load_workbook(SAMPLES / name)
    assert wb.sheetnames == sheets
    for ws in wb.worksheets:
        assert ws["A1"].value == header
    if name == DISTRICTS_XLSX:
        for ws in wb.worksheets:
            merged = {str(m) for m in ws.merged_cells.ranges}
            assert {"C4:G4", "H4:J4", "K4:L4"} <= merged            # IIT / EIT / OIT over their indicators
            assert [ws.cell(4, c).value for c in (3, 8, 11)] == ["IIT", "EIT", "OIT"]
            assert all(ws.cell(r, 13).value is None for r in range(1, ws.max_row + 1))   # blank spacer column
            labels = [ws.cell(r, 2).value for r in range(ws.max_row - 1, ws.max_row + 1)]
            assert labels == ["ค่าเฉลี่ย", "รวม"]


def test_every_unit_year_is_in_exactly_one_file(records, demo):
    keys = [(r["unit"], r["year"]) for r in demo]
    assert len(keys) == len(set(keys)), "a unit-year appears twice"
    districts = {r["unit"] for r in demo if r["unit"].startswith("สำนักงานเขต")}
    departments = {r["unit"] for r in demo} - districts
    assert {d.removeprefix("สำนักงานเขต") for d in districts} == BANGKOK_DISTRICTS
    assert "สำนักการคลัง" in departments and 18 <= len(departments) <= 25
    assert set(keys) == {(u, y) for u in districts | departments for y in YEARS}
    upload = records[UPLOAD_CSV]
    assert len(upload) == 5 and {r["year"] for r in upload} == {2568}
    assert not {r["unit"] for r in upload} & {r["unit"] for r in demo}


@pytest.mark.parametrize("name, years", [
    (DISTRICTS_XLSX, {2565, 2566}), (DISTRICTS_CSV, {2567, 2568}), (DEPARTMENTS_XLSX, set(YEARS) - {2569}),
    (UPLOAD_CSV, {2568}), (NEXT_CSV, {2569}),
])
def test_published_figures_agree_with_the_indicators(records, name, years):
    recs = records[name]
    assert {r["year"] for r in recs} == years
    for r in recs:
        s = r["scores"]
        assert len(s) == 10 and all(0 <= x <= 100 and x == half_up(x) for x in s)
        if r["total"] is not None:
            assert r["total"] == total_of(s), r["unit"]
        if r["level"] is not None:
            assert r["level"] == (letter_of(s) if r["year"] <= 2565 else band_of(s)), (r["unit"], r["year"])
        if r["points"] is not None:     # tool columns as weighted points of 30/30/40
            assert r["points"] == [half_up(sum(WEIGHTS[i] * s[i] for i in TOOLS[t]) / 100) for t in TOOLS]
            assert r["unit_type"] == "หน่วยงานส่วนกลาง"


@pytest.mark.parametrize("year, mean_range, fail_range", [
    (2565, (85.0, 87.0), (0.15, 0.25)),
    (2566, (86.5, 89.0), (0.10, 0.25)),
    (2567, (88.0, 90.5), (0.07, 0.18)),
    (2568, (90.0, 92.0), (0.05, 0.11)),
    (2569, (90.5, 92.5), (0.03, 0.10)),
])
def test_year_mean_and_failing_share_near_the_intended_picture(demo, year, mean_range, fail_range):
    totals = [float(total_of(r["scores"])) for r in demo if r["year"] == year]
    assert mean_range[0] <= statistics.mean(totals) <= mean_range[1]
    assert fail_range[0] <= sum(t < 85 for t in totals) / len(totals) <= fail_range[1]


@pytest.mark.parametrize("year", YEARS)
def test_recurring_weak_indicators_have_the_lowest_medians(demo, year):
    rows = [r for r in demo if r["year"] == year]
    med = [statistics.median(r["scores"][k] for r in rows) for k in range(10)]
    order = sorted(range(10), key=med.__getitem__)
    assert order[0] == 9, "indicator 10 การป้องกันการทุจริต should have the lowest median"
    assert 8 in order[:3], "indicator 9 การเปิดเผยข้อมูล should be among the three lowest"
    assert all(88 <= med[k] <= 97 for k in TOOLS["IIT"])
    districts = [r for r in rows if r["unit"].startswith("สำนักงานเขต")]
    dmed = [statistics.median(r["scores"][k] for r in districts) for k in range(8)]
    assert min(range(8), key=dmed.__getitem__) == 6, "indicator 7 should be the districts' weakest survey indicator"


@pytest.mark.parametrize("year_a, year_b", [(2565, 2566), (2566, 2567), (2567, 2568)])
def test_weak_units_stay_weakish_from_year_to_year(demo, year_a, year_b):
    total = {(r["unit"], r["year"]): float(total_of(r["scores"])) for r in demo}
    units = sorted({u for u, _ in total})
    assert np.corrcoef([total[u, year_a] for u in units], [total[u, year_b] for u in units])[0, 1] > 0.6


def test_per_tool_gates_show_up_in_band_years(demo):
    band_years = [r for r in demo if r["year"] >= 2566]
    eit_gate = [r for r in band_years if total_of(r["scores"]) >= 85 and tool_of(r["scores"], "EIT") < 85]
    assert len(eit_gate) >= 2 and all(band_of(r["scores"]) == "ผ่าน" for r in eit_gate)
    high_not_excellent = [r for r in band_years if total_of(r["scores"]) >= 95 and band_of(r["scores"]) != "ผ่านดีเยี่ยม"]
    assert high_not_excellent
    assert {band_of(r["scores"]) for r in band_years} >= set(BANDS[:4])


def test_finance_office_fails_first_then_passes(demo):
    total = {r["year"]: total_of(r["scores"]) for r in demo if r["unit"] == "สำนักการคลัง"}
    assert total[2565] < 85 <= total[2568]
