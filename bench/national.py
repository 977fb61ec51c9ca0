"""Benchmark: a national dataset, 8,300 units × FY2565–FY2568 × 10 indicators (332,000 scores), generated here
(deterministic, seeded) and uploaded through the app's own path (analysis.store.ingest_and_store, as the Data page
does) into a fresh SQLite workspace; then, on it:

  (a) every page's rerun after a widget change, AppTest, as in bench/pages.py   median ≤ 1 s (and as a ratio)
  (b) the websocket payload of each such rerun, real server, browser-like client  ≤ 2 MB per rerun
  (c) the Overview's first open in headless Chromium, as in bench/first_open.py    ≤ 5 s
  (d) 10 sessions running pages at the same time against one                    median run ≤ 3 × one session's
  (e) the server's memory (RSS) after each of 3 same passes over every page     within ±10 % of the first pass

With ITA_TEST_POSTGRES_URL (or BENCH_POSTGRES_URL) set, the upload and the workspace's load are also timed on
PostgreSQL (in a schema of their own, dropped after). Run: make bench (or .venv/bin/python bench/national.py).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import QUICK, Report, rounds  # noqa: E402

YEARS = (2565, 2566, 2567, 2568)
# published national means (NACC): FY2565 87.57, FY2566 90.19, FY2568 93.82; FY2567 in between
YEAR_MEANS = {2565: 87.57, 2566: 90.19, 2567: 92.0, 2568: 93.82}
# unit types as the national assessment groups them, about 8,300 agencies in all
UNIT_TYPES = {
    "องค์การบริหารส่วนตำบล": 5300, "เทศบาล": 2472, "องค์การบริหารส่วนจังหวัด": 76, "จังหวัด": 76,
    "ส่วนราชการระดับกรม": 147, "รัฐวิสาหกิจ": 52, "องค์การมหาชน": 56, "สถาบันอุดมศึกษา": 82, "หน่วยงานอื่น": 39,
}
N_UNITS = sum(UNIT_TYPES.values())            # 8,300
INDICATORS = tuple(f"ตัวชี้วัดที่ {n}" for n in range(1, 11))
WEIGHTS = np.array([6, 6, 6, 6, 6, 10, 10, 10, 20, 20]) / 100
_LOSS = np.array([0.6, 0.7, 0.8, 0.7, 0.9, 1.1, 1.2, 1.0, 1.3, 1.2])      # how much each indicator loses,
DIFFICULTY = _LOSS / (WEIGHTS @ _LOSS)                                      # a weighted mean of 1
FILE_NAME = "ita_national_2565-2568.csv"
COLUMNS = ("หน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ", *INDICATORS)

TARGET_RERUN_S, TARGET_FIRST_OPEN_S = 1.0, 5.0      # (b), (d) and (e): bench/_national_server.py


def generate(seed: int = 2568) -> pd.DataFrame:
    """The national dataset as one wide frame: unit, unit type, fiscal year and the ten indicator scores (0–100,
    two decimals), N_UNITS × len(YEARS) rows. A unit keeps its type and its standing from year to year; the
    yearly means follow the published national ones, with the long low tail the real results have."""
    rng = np.random.default_rng(seed)
    types = np.repeat(list(UNIT_TYPES), list(UNIT_TYPES.values()))
    order = rng.permutation(N_UNITS)
    names = np.array([f"{t}ทดสอบที่ {i + 1:05d}" for i, t in enumerate(types)], dtype=object)[order]
    types = types[order]
    standing = rng.normal(0, 0.6, N_UNITS)                          # a unit's lasting strength or weakness
    frames = []
    for year in YEARS:
        gap = (100 - YEAR_MEANS[year]) * np.exp(standing + rng.normal(0, 0.25, N_UNITS) - 0.21)
        noise = rng.gamma(4.0, 0.25, size=(N_UNITS, len(INDICATORS)))
        scores = np.clip(100 - gap[:, None] * DIFFICULTY[None, :] * noise, 0, 100).round(2)
        frame = pd.DataFrame(scores, columns=list(INDICATORS))
        frame.insert(0, "ปีงบประมาณ", year)
        frame.insert(0, "ประเภทหน่วยงาน", types)
        frame.insert(0, "หน่วยงาน", names)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def tidy(frame: pd.DataFrame | None = None, year: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, published) as the ingest leaves them, straight from the generated frame (no file read): one row per
    unit, fiscal year and indicator; no published figures. `year`: only that fiscal year."""
    frame = generate() if frame is None else frame
    if year is not None:
        frame = frame[frame["ปีงบประมาณ"] == year]
    long = frame.melt(id_vars=["หน่วยงาน", "ประเภทหน่วยงาน", "ปีงบประมาณ"], var_name="indicator", value_name="score")
    scores = pd.DataFrame({
        "unit": long["หน่วยงาน"], "unit_type": long["ประเภทหน่วยงาน"], "fiscal_year": long["ปีงบประมาณ"].astype(int),
        "indicator": long["indicator"].map({name: n for n, name in enumerate(INDICATORS, start=1)}).astype(int),
        "score": long["score"].astype(float), "is_demo": False})
    published = pd.DataFrame(columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level",
                                      "is_demo"])
    return scores, published


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as the CSV a working group would upload (UTF-8 with a byte-order mark, as Excel writes it)."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def store_national(url: str, data: bytes, schema: str | None = None) -> tuple[float, float, str]:
    """Upload the file into the store at url: (seconds of the upload, seconds of loading the stored scores back,
    the upload's status)."""
    from analysis.store import Store, ingest_and_store

    store = Store(url, schema=schema) if schema else Store(url)
    try:
        t0 = time.perf_counter()
        outcome = ingest_and_store(store, data, FILE_NAME, uploaded_by="bench")
        t1 = time.perf_counter()
        scores = store.datasets.load_scores()
        t2 = time.perf_counter()
        if outcome.status == "saved" and len(scores) != N_UNITS * len(YEARS) * len(INDICATORS):
            raise RuntimeError(f"stored {len(scores):,} scores, expected {N_UNITS * len(YEARS) * 10:,}")
        return t1 - t0, t2 - t1, outcome.status
    finally:
        store.close()


def postgres(report: Report, data: bytes) -> None:
    """The upload and the load on PostgreSQL, in a schema of their own (info figures)."""
    import uuid

    import sqlalchemy as sa

    url = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("ITA_TEST_POSTGRES_URL", "")
    if not url.strip():
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        save_s, load_s, status = store_national(url, data, schema)
        report.info("PostgreSQL: upload (ingest + store) / load of the 332,000 scores",
                    f"{save_s:.2f} s / {load_s:.2f} s ({status})")
    except Exception as exc:  # an unreachable database is a figure not measured, the rest still runs
        report.fail("PostgreSQL upload", f"{type(exc).__name__}: {str(exc)[:200]}")
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def main() -> int:
    from bench import _national_server as live
    from bench.first_open import check_first_open
    from bench.pages import check_pages

    report = Report("national")
    t0 = time.perf_counter()
    frame = generate()
    data = csv_bytes(frame)
    report.info("generated", f"{len(frame):,} rows ({N_UNITS:,} units × {len(YEARS)} years × {len(INDICATORS)} "
                             f"indicators), {len(data) / 1e6:.1f} MB CSV in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory(prefix="ita-national-") as tmp:
        folder = Path(tmp)
        save_s, load_s, status = store_national(f"sqlite:///{folder / 'ita.sqlite3'}", data)
        report.info("SQLite: upload (ingest + store) / load of the 332,000 scores",
                    f"{save_s:.2f} s / {load_s:.2f} s ({status})")
        postgres(report, data)
        os.chdir(ROOT)
        os.environ.update(ITA_DATA_DIR=str(folder), ITA_LOAD_DEMO="0", ITA_AUTH="none")
        os.environ.pop("ITA_DATABASE_URL", None)
        check_pages(report, TARGET_RERUN_S, rounds(3, 1), what="national rerun after a widget change")
        live.check_server(report, folder, passes=2 if QUICK else 3)
        check_first_open(report, "Overview, national data", lambda: live.national_server(folder), rounds(2, 1),
                         TARGET_FIRST_OPEN_S)
    return report.finish()


def describe(frame: pd.DataFrame) -> dict[str, object]:
    """The dataset's shape, as the benchmark states it (tests/test_bench.py checks it)."""
    per_unit = frame.groupby("หน่วยงาน")["ปีงบประมาณ"].nunique()
    scores = frame[list(INDICATORS)].to_numpy()
    return {"rows": len(frame), "units": frame["หน่วยงาน"].nunique(),
            "years": tuple(int(y) for y in sorted(frame["ปีงบประมาณ"].unique())),
            "years_per_unit": (int(per_unit.min()), int(per_unit.max())), "indicators": len(INDICATORS),
            "types": frame.drop_duplicates("หน่วยงาน")["ประเภทหน่วยงาน"].value_counts().to_dict(),
            "score_range": (float(scores.min()), float(scores.max()))}


if __name__ == "__main__":
    sys.exit(main())
