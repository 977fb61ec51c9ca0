"""Benchmark: every page's rerun after a widget change on the demo data, timed with AppTest, as a ratio to a reference
workload timed in the same run (bench/_reference.py), with the absolute seconds beside.

Each page is opened once (not timed), then in each round the reference runs, and then the page's main widget (the
unit, year or view picker; PAGE_WIDGETS) moves to another choice and the page reruns. The views kept by the app
(ui.cache) are dropped before each timed rerun, so every rerun computes its view as for a choice not made before in
this server; the scored workspace stays kept, as on a server that has shown the page once.

Run: make bench (or .venv/bin/python bench/pages.py). Targets per page: median rerun ≤ 0.3 s (issue 13), and the
same as a ratio to the reference (0.3 s ÷ the reference's time on a quiet machine), median over the rounds.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import Report, Stats, rounds, timed  # noqa: E402
from bench._reference import QUIET_S, reference, target_ratio  # noqa: E402

TARGET_S = 0.3
APP = ROOT / "tests" / "app_entry.py"      # app.py run from a folder without pages/ beside it (see there)
# the widget a person changes on each page (its key), and the values to go through when it is not a selectbox; a
# page without an entry (or whose widget is missing) changes its first selectbox with two or more options
PAGE_WIDGETS: dict[str, tuple[str, tuple | None]] = {
    "overview": ("overview_year", None),
    "weak_indicators": ("ind_unit", None),
    "comparison": ("cmp_year", None),
    "year_over_year": ("yoy_unit", None),
    "drivers": ("drv_year", None),
    "items": ("items_family", None),
    "path_to_85": ("path_unit", None),
    "action_plan": ("msr_unit", None),
    "measures": ("msr_unit", None),
    "oit": ("oit_unit", None),
    "complaints": ("complaints_breakdown", ("category", "unit", "channel")),
    "frameworks": ("fwk_year", None),
    "backup": ("backup_replace", (True, False)),
    "audit": ("audit_action", None),
}


class Label(str):
    """A selectbox choice by its label, as the browser sends it. AppTest runs the widget's format function over the
    value it is given and keeps a string as it is only when that raises: so this string refuses to be formatted or
    hashed (a format function such as `lambda y: f"FY{y}"` or `labels.get` would otherwise label the label)."""

    def __format__(self, spec: str) -> str:
        raise TypeError("already a label")

    def __hash__(self) -> int:
        raise TypeError("already a label")


def _find(at, key: str):
    for kind in ("selectbox", "button_group", "checkbox", "toggle"):
        for widget in getattr(at.main, kind):
            if widget.key == key:
                return kind, widget
    return None


def change(at, url_path: str, i: int) -> str:
    """Move the page's widget to another choice (round i); what was changed, or 'nothing' when the page has no
    widget with a second choice (then the rerun is a plain one)."""
    key, values = PAGE_WIDGETS.get(url_path, ("", None))
    found = _find(at, key) if key else None
    if found is None:
        boxes = [s for s in at.main.selectbox if len(s.options) >= 2 and not s.disabled and not s.form_id]
        found = ("selectbox", boxes[0]) if boxes else None
    if found is None:
        return "nothing"
    kind, widget = found
    if values is not None:
        widget.set_value(values[i % len(values)])
    elif kind == "selectbox":
        if len(widget.options) < 2:
            return "nothing"
        try:
            now = widget.index or 0
        except ValueError:          # AppTest could not label the current value: take the first choice as current
            now = 0
        widget.set_value(Label(widget.options[now + 1 - len(widget.options)]))
    else:
        widget.set_value(not widget.value)
    return widget.key or f"the first {kind}"


def open_page(page_file: Path):
    """AppTest of the app after one run of the page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=300)
    at.switch_page(str(page_file))
    at.run()
    return at


def measure_page(page, n: int) -> tuple[Stats, Stats, Stats, str, float]:
    """(reference seconds, rerun seconds, rerun / reference per round, widget changed, first run seconds)."""
    from ui import cache

    t0 = time.perf_counter()
    at = open_page(page.path)
    first = time.perf_counter() - t0
    if at.exception:
        raise RuntimeError(at.exception[0].value)
    refs, reruns, what = [], [], "nothing"
    for i in range(n):
        refs.append(timed(reference))
        what = change(at, page.url_path, i)
        cache._view.clear()                       # a choice not made before: the view is computed afresh
        t0 = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - t0)
        if at.exception:
            raise RuntimeError(at.exception[0].value)
    return Stats.of(refs), Stats.of(reruns), Stats.of([r / f for r, f in zip(reruns, refs)]), what, first


def check_pages(report: Report, target_s: float, n: int, what: str = "rerun after a widget change") -> None:
    """Every page of the navigation: its rerun against target_s, absolute and as a ratio to the reference."""
    import logging

    from ui.navigation import PAGES
    from ui.serve import BARE_MODE_LOGGERS

    for name in BARE_MODE_LOGGERS:               # AppTest outside a server: Streamlit's "no runtime" warnings only
        logging.getLogger(name).setLevel(logging.ERROR)
    reference()                                  # imports and first-call costs out of the way
    ratio_target = target_ratio(target_s)
    report.info("reference workload", f"{QUIET_S:.3f} s on a quiet machine, so {target_s:.2f} s = "
                                      f"{ratio_target:.2f} × the reference")
    for page in PAGES:
        try:
            refs, reruns, ratios, widget, first = measure_page(page, n)
        except Exception as exc:  # a page that fails is a missed figure, and the others still run
            report.fail(f"{page.url_path}: {what}", f"{type(exc).__name__}: {str(exc)[:200]}")
            continue
        report.check(f"{page.url_path}: {what} ({widget}) ÷ reference", ratios, "≤", ratio_target, unit=" ×",
                     note=f"reference median {refs.median:.3f} s; first run {first:.2f} s")
        report.check(f"{page.url_path}: {what} ({widget}), seconds", reruns, "≤", target_s, unit=" s", fmt=".3f")


def main() -> int:
    report = Report("pages")
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(ROOT)
        os.environ.update(ITA_DATA_DIR=tmp, ITA_LOAD_DEMO="1", ITA_AUTH="none")
        os.environ.pop("ITA_DATABASE_URL", None)
        t0 = time.perf_counter()
        open_page(ROOT / "pages" / "overview.py")
        report.info("first run (store + demo import + scoring), not counted", f"{time.perf_counter() - t0:.2f} s")
        check_pages(report, TARGET_S, rounds(7, 2))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
