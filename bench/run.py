"""Run benchmarks one after the other (each in its own process), print their figures as they come, and list every
missed target at the end; exit 1 when any target was missed or a benchmark broke.

Run: .venv/bin/python bench/run.py [name …]   (names of bench/<name>.py; default: all of `make bench`)
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = ("ingest", "pages", "storage", "complaints", "deck", "first_open", "national")


def run(name: str) -> tuple[list[str], int, float]:
    """(missed-figure lines, exit code, seconds) of bench/<name>.py, its output passed through line by line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-u", str(HERE / f"{name}.py")], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    missed = []
    assert proc.stdout is not None
    for text in proc.stdout:
        sys.stdout.write(text)
        sys.stdout.flush()
        if text.rstrip().endswith("| MISSED") and not text.startswith(" "):
            missed.append(text.rstrip())
    return missed, proc.wait(), time.perf_counter() - t0


def main(names: list[str]) -> int:
    unknown = [n for n in names if not (HERE / f"{n}.py").exists()]
    if unknown:
        print(f"no such benchmark: {', '.join(unknown)}", file=sys.stderr)
        return 2
    missed: list[str] = []
    broken: list[str] = []
    took: list[str] = []
    for name in names:
        lines, code, seconds = run(name)
        missed += lines
        took.append(f"{name} {seconds:.0f} s")
        if code != 0 and not lines:
            broken.append(f"{name} (exit code {code}, no figure missed: it broke)")
    print(f"\n== benchmarks run: {', '.join(took)}")
    if missed or broken:
        print(f"== {len(missed)} target(s) MISSED" + (f", {len(broken)} benchmark(s) broke" if broken else "") + ":")
        for text in missed + broken:
            print("   " + text)
        return 1
    print("== every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(DEFAULT)))
