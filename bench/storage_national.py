"""Benchmark: saving and loading the national dataset (8,300 units × FY2565–2568: 332,000 indicator scores and 33,200
published rows, bench/national_data.py) in the workspace store, as the app does it.

Run: .venv/bin/python bench/storage_national.py [POSTGRES_URL] [--units N]. SQLite by default; a PostgreSQL
SQLAlchemy URL as argument (or ITA_TEST_POSTGRES_URL) measures that engine too.
Each round on a fresh database: save the whole dataset (one file), then load it back (scores and published, the
latest dataset per unit-year), then save a second upload of FY2568 only (a corrected file) and load again, so the
latest-wins choice has two datasets to choose between. Targets: save ≤ 3 s and load ≤ 3 s (median of 3 rounds).
Speed lives here, never in the test suite.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.common.report import IngestReport  # noqa: E402
from analysis.store import Store  # noqa: E402
from bench.national_data import UNITS, national_frames  # noqa: E402

TARGET_S = 3.0
ROUNDS = 3


def as_result(scores, published, name: str) -> SimpleNamespace:
    """An ingest result shaped like analysis.ita.ingest.IngestResult."""
    return SimpleNamespace(scores=scores, published=published,
                           report=IngestReport(file=name, rows_kept=len(published)))


def _empty(store: Store) -> None:
    for d in store.datasets.list_all():
        store.datasets.remove(d.id)


def _load(store: Store) -> tuple[float, int]:
    t0 = time.perf_counter()
    scores, _published = store.datasets.load_scores(), store.datasets.load_published()
    return time.perf_counter() - t0, len(scores)


@contextmanager
def _schema(url: str):
    """PostgreSQL: a throw-away schema of this run's own (dropped afterwards), so the run neither sees nor changes
    another database user's tables; None for SQLite."""
    if not url.startswith("postgresql"):
        yield None
        return
    name = f"bench_national_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    try:
        yield name
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


def measure(url: str, n_units: int) -> dict[str, float]:
    """Median seconds of each step over ROUNDS fresh stores at url."""
    with _schema(url) as schema:
        return _measure(url, schema, n_units)


def _measure(url: str, schema: str | None, n_units: int) -> dict[str, float]:
    data = national_frames(n_units)
    whole = as_result(data.scores, data.published, "national.csv")
    last = data.scores["fiscal_year"] == 2568
    again = as_result(data.scores[last].assign(score=data.scores["score"][last] - 1), data.published[
        data.published["fiscal_year"] == 2568], "national_2568_corrected.csv")
    steps: dict[str, list[float]] = {"save": [], "load": [], "save 2nd": [], "load 2 datasets": []}
    for r in range(ROUNDS):
        store = Store(url, schema=schema)
        _empty(store)
        t0 = time.perf_counter()
        store.datasets.save(whole, "national.csv", f"{r:064d}")
        steps["save"].append(time.perf_counter() - t0)
        seconds, n = _load(store)
        assert n == len(data.scores), (n, len(data.scores))
        steps["load"].append(seconds)
        t0 = time.perf_counter()
        store.datasets.save(again, "national_2568_corrected.csv", f"{r + 100:064d}")
        steps["save 2nd"].append(time.perf_counter() - t0)
        seconds, n = _load(store)
        assert n == len(data.scores), (n, len(data.scores))
        steps["load 2 datasets"].append(seconds)
        _empty(store)
        store.close()
    return {step: statistics.median(values) for step, values in steps.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("postgres_url", nargs="?", default=os.environ.get("ITA_TEST_POSTGRES_URL", ""))
    parser.add_argument("--units", type=int, default=UNITS)
    args = parser.parse_args(argv)
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        urls = [("sqlite", f"sqlite:///{tmp}/bench.sqlite3")]
        if args.postgres_url:
            urls.append(("postgresql", args.postgres_url))
        for name, url in urls:
            medians = measure(url, args.units)
            ok = all(seconds <= TARGET_S for seconds in medians.values())
            figures = ", ".join(f"{step} {seconds:.2f} s" for step, seconds in medians.items())
            print(f"storage [{name}]: {args.units:,} units × 4 years ({args.units * 40:,} scores), median of "
                  f"{ROUNDS}: {figures} (target ≤ {TARGET_S:.0f} s each) {'ok' if ok else 'MISSED'}", flush=True)
            if not ok:
                missed.append(name)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
