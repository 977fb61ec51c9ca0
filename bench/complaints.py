"""Benchmark: 1,000,000 citizen-platform (Traffy Fondue shape) complaint records from CSV to per-fiscal-year statistics.

Run: .venv/bin/python bench/complaints.py. A bare pandas.read_csv of the same file and ours alternate round by round
(bench/_common.py). Targets: ours ≤ 2 × the bare read (median of the per-round ratios, on a quiet machine); peak
memory of ours < 1.5 GB (the file is generated in a child process).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import Report, alternate, rounds, seconds  # noqa: E402

os.environ["ITA_MAX_UPLOAD_MB"] = "4096"          # the upload cap (25 MB) is for the web page, not this file

OUT = ROOT / "bench" / "out"
ROWS = 1_000_000
TARGET_RATIO, TARGET_MB = 2.0, 1536
COLUMNS = ["ticket_id", "type", "organization", "comment", "photo", "photo_after", "coords", "address",
           "subdistrict", "district", "province", "timestamp", "state", "star", "count_reopen", "last_activity"]
ORDER = [11, 0, 1, 12, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15]   # the column order varies between exports
DISTRICTS = ["บางซื่อ", "จตุจักร", "ปทุมวัน", "บางรัก", "ดุสิต", "พระนคร", "คลองเตย", "ห้วยขวาง", "ลาดพร้าว", "บางกะปิ"]
TYPES = ["{ถนน}", "{ทางเท้า}", "{ถนน,ทางเท้า}", "{น้ำท่วม}", "{ความสะอาด}", "{ไฟฟ้า}", "{กีดขวาง}", "{}",
         "{ท่อระบายน้ำ,น้ำท่วม}", "{เสียงรบกวน}", "{สะพาน}", "{ร้องเรียน,ทุจริต}", "{เรียกรับสินบน}"]
STATES = ["เสร็จสิ้น", "กำลังดำเนินการ", "รอรับเรื่อง"]


def make_file(path: Path) -> None:
    """Write ROWS records over FY2565–FY2568 (timestamps in UTC like the platform's export)."""
    rng = np.random.default_rng(5)
    start = np.datetime64("2021-10-01T00:00:00", "us")
    span = int((np.datetime64("2025-09-30T17:00:00", "us") - start) / np.timedelta64(1, "us"))
    received = start + rng.integers(0, span, ROWS).astype("timedelta64[us]")
    closed = received + rng.exponential(12 * 86_400e6, ROWS).astype("int64").astype("timedelta64[us]")
    d = rng.integers(0, len(DISTRICTS), ROWS)
    district = np.array(DISTRICTS, dtype=object)[d]
    ts = lambda a: pd.Series(np.datetime_as_string(a, unit="us")).str.replace("T", " ", regex=False) + "+00"  # noqa: E731
    ids = pd.Series(np.arange(ROWS)).map("{:07X}".format)
    frame = pd.DataFrame({
        "ticket_id": "2022-" + ids,
        "type": np.array(TYPES, dtype=object)[rng.choice(len(TYPES), ROWS, p=[.2, .15, .1, .1, .1, .08, .08, .06,
                                                                                .05, .04, .02, .015, .005])],
        "organization": "เขต" + district + ",ฝ่ายโยธา เขต" + district,
        "comment": np.array(["ทางเท้าชำรุด", "ขยะไม่ได้เก็บ", "ไฟดับทั้งซอย", "น้ำท่วมขัง โทร 0812345678"],
                            dtype=object)[rng.integers(0, 4, ROWS)],
        "photo": "https://img.example/" + ids + ".jpg",
        "photo_after": "",
        "coords": "100.5" + pd.Series(rng.integers(0, 999, ROWS)).astype(str) + ",13.7",
        "address": "ซอย " + pd.Series(rng.integers(1, 99, ROWS)).astype(str) + " แขวง" + district + " เขต" + district,
        "subdistrict": district, "district": district, "province": "กรุงเทพมหานคร",
        "timestamp": ts(received),
        "state": np.array(STATES, dtype=object)[rng.choice(3, ROWS, p=[.8, .15, .05])],
        "star": rng.integers(1, 6, ROWS), "count_reopen": 0,
        "last_activity": ts(closed),
    })
    frame[[COLUMNS[i] for i in ORDER]].to_csv(path, index=False)


def ours(path: Path) -> pd.DataFrame:
    """The product's path: guarded ingest with scrubbing, then the per-fiscal-year statistics."""
    from analysis.complaints import statistics as complaints
    from analysis.complaints.ingest import ingest_path

    result = ingest_path(path)
    years = complaints.yearly(result.records, result.aggregates)
    complaints.year_over_year(years, "received")
    complaints.year_over_year(years, "corruption")
    return years


def bare(path: Path) -> pd.DataFrame:
    return pd.read_csv(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    report = Report("complaints")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "traffy_1000000.csv"
    if not path.exists():
        print("writing", path, "…", flush=True)
        child = mp.get_context("spawn").Process(target=make_file, args=(path,))
        child.start()
        child.join()
    import analysis.complaints.ingest  # noqa: F401
    import analysis.complaints.statistics  # noqa: F401  imports are not part of the timing
    base = peak_mb()
    years = ours(path)                       # a first, untimed run: its peak memory is ours alone
    ours_peak = peak_mb()
    report.info("file", f"{path.name} ({path.stat().st_size / 1e6:.0f} MB, {ROWS:,} rows)")
    print(years[["fiscal_year", "received", "finished", "in_progress", "corruption", "within_15_days_share"]]
          .to_string(index=False))
    r = alternate(lambda: bare(path), lambda: ours(path), rounds(5, 2))
    report.info("bare pandas.read_csv", seconds(r.bare))
    report.info("ours (guards + read + dates + scrub + statistics)", seconds(r.ours))
    report.check("ours / bare read, per round (on a quiet machine)", r.ratios, "≤", TARGET_RATIO, unit=" ×")
    report.check("peak memory of ours (process, before any bare read)", ours_peak, "<", TARGET_MB, unit=" MB",
                 fmt=",.0f", note=f"interpreter and imports {base:,.0f} MB")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
