"""Benchmark: the meeting pack of a national group (bench/national.py's 8,300 units, FY2568, read as the Data page
reads the upload) — gathering and the deck, its workbook and, where LibreOffice is installed, the PDF.

Run: make bench (or .venv/bin/python bench/deck.py). Targets (ours; the issue measured 12–17 s for the pack before):
deck (gather + .pptx) ≤ 5 s, workbook ≤ 15 s, PDF ≤ 60 s; median of 3 rounds (1 under BENCH_QUICK=1).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import Report, Stats, rounds  # noqa: E402
from bench.national import FILE_NAME, N_UNITS, csv_bytes, generate  # noqa: E402

TARGETS = {"deck": 5.0, "workbook": 15.0, "pdf": 60.0}
YEAR = 2568


def main() -> int:
    from analysis.export import build_deck, build_workbook, gather, office_program, pptx_to_pdf
    from analysis.ita.ingest import ingest_bytes

    report = Report("deck")
    read = ingest_bytes(csv_bytes(generate()), FILE_NAME)
    took: dict[str, list[float]] = {k: [] for k in TARGETS}
    pdf = office_program() is not None
    for _ in range(rounds(3, 1)):
        t0 = time.perf_counter()
        content = gather(read.scores, read.published, year=YEAR)
        deck = build_deck(content)
        t1 = time.perf_counter()
        build_workbook(content)
        t2 = time.perf_counter()
        took["deck"].append(t1 - t0)
        took["workbook"].append(t2 - t1)
        if pdf:
            pptx_to_pdf(deck)
            took["pdf"].append(time.perf_counter() - t2)
    names = {"deck": "gather + deck (.pptx)", "workbook": "its workbook (.xlsx)", "pdf": "its PDF (LibreOffice)"}
    for key, values in took.items():
        if values:
            report.check(f"{names[key]}, {N_UNITS:,} units, FY{YEAR}", Stats.of(values), "≤", TARGETS[key], " s")
        else:
            report.info(names[key], "not measured: LibreOffice is not installed")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
