"""The reference workload the page benchmarks divide by: a fixed pandas + pyarrow + plotly job of the kind a page rerun
does (pivot 20,000 scores, weight, rank, a table as Arrow, a 2,000-bar chart as JSON), timed in the same run right
before each page rerun, so that a machine busy with other work slows both alike."""
from __future__ import annotations

import statistics
import sys
import time

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa

WEIGHTS = np.array([6, 6, 6, 6, 6, 10, 10, 10, 20, 20]) / 100
# seconds the reference takes on the 2-core development machine when nothing else runs: its CPU time there (median
# of 60 runs, 2026-12-07: 0.033 s; the fastest wall time, under a load average of 8, was 0.059 s), rounded up; a page
# target of T seconds is the ratio T / QUIET_S. Recalibrate on a quiet machine with python bench/_reference.py
QUIET_S = 0.035
_UNITS = [f"หน่วยงานอ้างอิง {i:04d}" for i in range(2000)]


def reference() -> int:
    """Run the reference workload once; returns the chart's JSON size (so nothing is optimised away)."""
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({"unit": np.repeat(_UNITS, 10), "indicator": np.tile(np.arange(1, 11), len(_UNITS)),
                          "score": rng.normal(90, 5, 10 * len(_UNITS)).round(2)})
    wide = frame.pivot(index="unit", columns="indicator", values="score")
    totals = (wide * WEIGHTS).sum(axis=1).round(2).sort_values()
    table = totals.rename("total").reset_index()
    table["level"] = np.where(table["total"] >= 85, "ผ่าน", "ไม่ผ่าน")
    table["rank"] = table["total"].rank(ascending=False, method="min").astype(int)
    pa.Table.from_pandas(table)
    fig = go.Figure()
    for passing, colour in ((True, "#2a9d8f"), (False, "#e76f51")):
        part = table[(table["total"] >= 85) == passing]
        fig.add_bar(x=part["unit"], y=part["total"], marker_color=colour, name=str(passing))
    fig.add_hline(y=85, line_dash="dash")
    fig.update_layout(title="reference", height=420, margin=dict(l=10, r=10, t=40, b=10))
    return len(fig.to_json())


def target_ratio(target_s: float) -> float:
    """The ratio to the reference that a page target of target_s seconds means on the quiet machine."""
    return target_s / QUIET_S


def main() -> None:
    """Print the reference's wall and CPU seconds over 60 runs (to set QUIET_S on a quiet machine)."""
    reference()
    wall, cpu = [], []
    for _ in range(60):
        t0, c0 = time.perf_counter(), time.process_time()
        reference()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    print(f"reference: wall min {min(wall):.4f} s, median {statistics.median(wall):.4f} s; "
          f"CPU min {min(cpu):.4f} s, median {statistics.median(cpu):.4f} s (QUIET_S = {QUIET_S})")


if __name__ == "__main__":
    sys.exit(main())
