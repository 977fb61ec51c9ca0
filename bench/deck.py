"""Benchmark: the meeting pack of a national group (8,300 units, every indicator scored) — gathering, the deck, its
workbook and, where LibreOffice is installed, the PDF.

Run: make bench (or .venv/bin/python bench/deck.py). Targets: deck (gather + .pptx) ≤ 5 s, workbook ≤ 15 s,
PDF ≤ 60 s.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = 8300
TARGETS = {"deck": 5.0, "workbook": 15.0, "pdf": 60.0}


def national(n: int = UNITS, year: int = 2568):
    """A country's worth of units' indicator scores (no published figures)."""
    import numpy as np
    import pandas as pd

    from analysis.ita.framework import for_year

    rng = np.random.default_rng(7)
    indicators = [i.number for i in for_year(year).indicators]
    base = rng.normal(88, 6, n)
    scores = pd.DataFrame({
        "unit": np.repeat([f"องค์การบริหารส่วนตำบลทดสอบที่ {i:04d}" for i in range(n)], len(indicators)),
        "unit_type": "อบต.", "fiscal_year": year, "indicator": np.tile(indicators, n),
        "score": np.clip(base[:, None] + rng.normal(0, 5, (n, len(indicators))), 0, 100).ravel(), "is_demo": False})
    published = pd.DataFrame(columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level",
                                      "is_demo"])
    return scores, published


def main() -> int:
    from analysis.export import build_deck, build_workbook, gather, office_program, pptx_to_pdf

    scores, published = national()
    t0 = time.perf_counter()
    content = gather(scores, published, year=2568)
    deck = build_deck(content)
    t1 = time.perf_counter()
    build_workbook(content)
    t2 = time.perf_counter()
    took = {"deck": t1 - t0, "workbook": t2 - t1}
    if office_program():
        pptx_to_pdf(deck)
        took["pdf"] = time.perf_counter() - t2
    missed = [k for k, s in took.items() if s > TARGETS[k]]
    print(f"meeting pack, {UNITS:,} units: " + ", ".join(
        f"{k} {s:.1f} s (target ≤ {TARGETS[k]:.0f} s)" for k, s in took.items()) + (" MISSED" if missed else " ok"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
