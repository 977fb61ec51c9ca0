"""Benchmark: the Overview page's rerun after a filter change on the demo data, timed with AppTest.

Run: make bench (or .venv/bin/python bench/pages.py). Target: median ≤ 0.3 s.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)
sys.path.insert(0, str(ROOT))


def main() -> int:
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ITA_DATA_DIR"] = tmp
        os.environ.pop("ITA_DATABASE_URL", None)
        os.environ["ITA_LOAD_DEMO"] = "1"
        at = AppTest.from_file(str(ROOT / "tests" / "app_entry.py"), default_timeout=120)
        t0 = time.perf_counter()
        at.run()
        first = time.perf_counter() - t0
        assert not at.exception, at.exception
        choices = [["สำนักงานเขต"], ["หน่วยงานส่วนกลาง"], []]
        years = [2568, 2567, 2566, 2565]
        times = []
        for i in range(15):
            widget = at.multiselect(key="overview_unit_types") if i % 3 else at.selectbox(key="overview_year")
            value = choices[i % 3] if i % 3 else years[(i // 3) % len(years)]
            t0 = time.perf_counter()
            widget.set_value(value).run()
            times.append(time.perf_counter() - t0)
            assert not at.exception, at.exception
    median = statistics.median(times)
    print(f"first run (store + demo import + scoring): {first:.2f} s")
    print(f"overview rerun after a filter change: median {median:.3f} s, max {max(times):.3f} s over {len(times)}")
    print(f"target median ≤ 0.30 s -> {'OK' if median <= 0.3 else 'MISSED'}")
    return 0 if median <= 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
