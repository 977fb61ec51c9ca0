"""Benchmark: saving and loading a 4,000-unit dataset (40,000 indicator scores) in the workspace store.

Run: make bench (or .venv/bin/python bench/storage.py [POSTGRES_URL]). SQLite by default; a PostgreSQL
SQLAlchemy URL as argument (or ITA_TEST_POSTGRES_URL) measures that engine too.
Targets: save ≤ 3 s and load ≤ 3 s (median of 3 rounds; 2 under BENCH_QUICK=1). Speed lives here, never in the test suite.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.common.report import IngestReport  # noqa: E402
from analysis.store import Store  # noqa: E402
from bench._common import Report, Stats, rounds  # noqa: E402

TARGET_S = 3.0
ROUNDS = rounds(3, 2)


def big_result(n_units: int = 4000) -> SimpleNamespace:
    """An ingest result shaped like analysis.ita.ingest.IngestResult with n_units × 10 indicator scores."""
    units = [f"หน่วยงาน {i}" for i in range(n_units)]
    scores = pd.DataFrame([(u, "สำนักงานเขต", 2566, i, 80.0 + i) for u in units for i in range(1, 11)],
                          columns=["unit", "unit_type", "fiscal_year", "indicator", "score"])
    published = pd.DataFrame([(u, "สำนักงานเขต", 2566, 90.0, 91.0, 92.0, 91.2, "ผ่านดี") for u in units],
                             columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"])
    return SimpleNamespace(scores=scores, published=published, report=IngestReport(file="big.xlsx", rows_kept=n_units))


def measure(url: str) -> tuple[Stats, Stats]:
    """Save and load seconds over ROUNDS fresh stores at url."""
    saves, loads = [], []
    big = big_result()
    for r in range(ROUNDS):
        store = Store(url)
        for d in store.datasets.list_all():
            store.datasets.remove(d.id)
        t0 = time.perf_counter()
        store.datasets.save(big, "big.xlsx", f"{r:064d}")
        t1 = time.perf_counter()
        assert len(store.datasets.load_scores()) == 40_000
        t2 = time.perf_counter()
        saves.append(t1 - t0)
        loads.append(t2 - t1)
        store.close()
    return Stats.of(saves), Stats.of(loads)


def main() -> int:
    report = Report("storage")
    with tempfile.TemporaryDirectory() as tmp:
        urls = [("sqlite", f"sqlite:///{tmp}/bench.sqlite3")]
        pg = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ITA_TEST_POSTGRES_URL", "")
        if pg:
            urls.append(("postgresql", pg))
        for name, url in urls:
            save_s, load_s = measure(url)
            report.check(f"{name}: save 4,000 units (40,000 scores)", save_s, "≤", TARGET_S, unit=" s")
            report.check(f"{name}: load them back", load_s, "≤", TARGET_S, unit=" s")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
