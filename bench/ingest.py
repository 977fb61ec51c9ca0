"""Benchmark: ingest + score a 10,000-unit × 4-year wide .xlsx against bare pandas reads of the same file.

Run: make bench (or .venv/bin/python bench/ingest.py). Target: ours ≤ 1.3 × the bare calamine read, median of the
per-round ratios; bare and ours alternate round by round (bench/_common.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.ita.ingest import ingest_path  # noqa: E402
from analysis.ita.scoring import score  # noqa: E402
from bench._common import QUICK, Report, alternate, rounds, seconds, timed  # noqa: E402

OUT = ROOT / "bench" / "out"
UNITS, YEARS = 10_000, (2565, 2566, 2567, 2568)
TARGET_RATIO = 1.3
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


def ours(path: Path):
    """The product's path: guarded ingest (header, columns, normalise, validate), then scoring."""
    result = ingest_path(path)
    return score(result.scores, result.published)


def main() -> int:
    report = Report("ingest")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "wide_10000x4.xlsx"
    if not path.exists():
        print("writing", path, "…", flush=True)
        make_file(path)
    frame, results = pd.read_excel(path, engine="calamine"), ours(path)      # a first, untimed round of each
    assert len(frame) == UNITS * len(YEARS) and len(results) == UNITS * len(YEARS)
    report.info("file", f"{path.name} ({path.stat().st_size / 1e6:.1f} MB, {len(frame):,} rows)")
    r = alternate(lambda: pd.read_excel(path, engine="calamine"), lambda: ours(path), rounds(7, 2))
    report.info("bare pandas.read_excel(engine='calamine')", seconds(r.bare))
    report.info("ours (ingest + score)", seconds(r.ours))
    if not QUICK:
        report.info("bare pandas.read_excel(engine='openpyxl'), once", f"{timed(lambda: pd.read_excel(path)):.2f} s")
    report.check("ours / bare calamine read, per round", r.ratios, "≤", TARGET_RATIO, unit=" ×")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
