"""Benchmark: ingest + score a 10,000-unit × 4-year wide .xlsx against bare pandas reads of the same file.

Run: make bench (or .venv/bin/python bench/ingest.py). Target: ours ≤ 1.3 × the bare calamine read.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ita.ingest import ingest_path  # noqa: E402
from analysis.ita.scoring import score  # noqa: E402

OUT = ROOT / "bench" / "out"
UNITS, YEARS = 10_000, (2565, 2566, 2567, 2568)
WEIGHTS = np.array([6, 6, 6, 6, 6, 10, 10, 10, 20, 20]) / 100


def make_file(path: Path) -> None:
    """A wide workbook: unit, type, year, ten indicators, IIT/EIT/OIT (0–100), total, 40,000 rows."""
    rng = np.random.default_rng(1)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("ผล ITA")
    ws.append(["หน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ"] + [f"ตัวชี้วัดที่ {n}" for n in range(1, 11)]
              + ["IIT", "EIT", "OIT", "คะแนนรวม"])
    for year in YEARS:
        scores = np.clip(rng.normal(90, 6, size=(UNITS, 10)), 40, 100).round(2)
        totals = (scores @ WEIGHTS).round(2)
        iit, eit, oit = scores[:, :5].mean(1).round(2), scores[:, 5:8].mean(1).round(2), scores[:, 8:].mean(1).round(2)
        for u in range(UNITS):
            ws.append([f"หน่วยงานทดสอบ {u:05d}", "อื่น ๆ", year, *scores[u].tolist(),
                       float(iit[u]), float(eit[u]), float(oit[u]), float(totals[u])])
    wb.save(path)


def timed(fn, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "wide_10000x4.xlsx"
    if not path.exists():
        print("writing", path, "…", flush=True)
        make_file(path)
    calamine, frame = timed(lambda: pd.read_excel(path, engine="calamine"), 3)
    ours, results = timed(lambda: score(*(lambda r: (r.scores, r.published))(ingest_path(path))), 3)
    openpyxl, _ = timed(lambda: pd.read_excel(path, engine="openpyxl"), 1)
    assert len(frame) == UNITS * len(YEARS) and len(results) == UNITS * len(YEARS)
    ratio = ours / calamine
    print(f"file: {path.name} ({path.stat().st_size / 1e6:.1f} MB, {len(frame):,} rows)")
    print(f"pandas.read_excel(engine='calamine'): {calamine:.2f} s (median of 3)")
    print(f"pandas.read_excel(engine='openpyxl'): {openpyxl:.2f} s")
    print(f"ours (ingest + score):                {ours:.2f} s (median of 3)")
    print(f"ratio ours / calamine: {ratio:.2f} (target ≤ 1.30) -> {'OK' if ratio <= 1.3 else 'MISSED'}")
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
