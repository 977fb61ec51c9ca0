"""Write a fictitious demo item file (IIT i1–i30, EIT e1–e15 scored 0–100, OIT items as มี/ไม่มี) for FY2568."""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ita.framework import for_year  # noqa: E402
from analysis.ita.items import load_map  # noqa: E402
from scripts.make_demo_data import _save_xlsx  # noqa: E402  (fixed timestamps: same bytes on every run)

SEED = 2568
YEAR = 2568
FAMILY = "nacc"
SOURCE = ROOT / "data" / "samples" / "demo_districts_2567-2568_long.csv"
OUT = ROOT / "data" / "samples" / "demo_items_2568.xlsx"
# four district offices below 85 in the demo results and one that passes
UNITS = ("สำนักงานเขตบางแค", "สำนักงานเขตบางพลัด", "สำนักงานเขตทวีวัฒนา", "สำนักงานเขตดินแดง", "สำนักงานเขตพระนคร")


def indicator_scores(path: Path = SOURCE) -> dict[str, dict[int, float]]:
    """unit → indicator → FY2568 score from the demo long CSV."""
    out: dict[str, dict[int, float]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if int(row["ปีงบประมาณ"]) == YEAR:
                out.setdefault(row["หน่วยงาน"], {})[int(row["ตัวชี้วัด"].split()[-1])] = float(row["คะแนน"])
    return out


def build(seed: int = SEED) -> tuple[list[str], list[list]]:
    """Header and rows: questions scatter around their indicator's demo score; OIT items present in proportion."""
    rng = np.random.default_rng(seed)
    scores = indicator_scores()
    qmap = load_map()
    fw = for_year(YEAR)
    questions = sorted(qmap, key=lambda k: (k[0] != "IIT", k[1]))
    oit = [it for it in fw.oit_items if it.family == FAMILY]
    header = ["หน่วยงาน", "ปีงบประมาณ"] + [f"{t[0].lower()}{q}" for t, q in questions] + [it.code for it in oit]
    rows = []
    for unit in UNITS:
        s = scores[unit]
        row: list = [unit, YEAR]
        for tool, q in questions:
            v = s[qmap[(tool, q)][0]] + rng.normal(0, 6)
            row.append(round(float(min(100.0, max(0.0, v))), 2))
        for k in (9, 10):
            mine = [it for it in oit if it.indicator == k]
            present = int(round(s[k] / 100 * len(mine)))
            have = set(rng.choice(len(mine), size=present, replace=False).tolist())
            row += ["มี" if n in have else "ไม่มี" for n in range(len(mine))]
        rows.append(row)
    return header, rows


def write(path: Path = OUT, seed: int = SEED) -> Path:
    """Write the demo item workbook (a title row, then the wide table) and return its path."""
    header, rows = build(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "รายข้อ 2568"
    ws.append(["ข้อมูลสาธิต (สมมติทั้งหมด) — คะแนนรายข้อ ITA ปีงบประมาณ พ.ศ. 2568"])
    ws["A1"].font = Font(bold=True)
    ws.append(header)
    for row in rows:
        ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    _save_xlsx(wb, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    print(write(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
