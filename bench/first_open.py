"""Benchmark: the first open of the Overview in a real browser (headless Chromium) on the demo data.

Each round starts a fresh server (a fresh data folder: the first visit loads the demo, as on a first start) and
opens the Overview in a new browser profile (nothing cached): the time runs from the navigation to the Overview
settled, that is the script has finished (no running indicator), no skeleton is left, the page title is shown and
every chart is drawn. A second new profile then opens it on the same, warmed server (a new visitor).

Run: make bench (or .venv/bin/python bench/first_open.py). Target: ≤ 3 s, median over the rounds, for both.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import Report, Stats, rounds  # noqa: E402
from bench._stream import Server, server  # noqa: E402

TARGET_S = 3.0
CHARTS = 3                    # the Overview's distribution, ranking and level-mix charts
LIMIT_S = 120                 # a page not settled by then is a failed round
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-proxy-server",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# the script has run: it is not running and the page title is shown (the charts may still be drawing)
RAN = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  return app && app.getAttribute("data-test-script-state") === "notRunning"
    && !!document.querySelector("[data-testid='stMain'] h1");
}"""
# settled: the script is not running, no skeleton, a title, and `charts` charts each drawn (Plotly's SVG is there)
SETTLED = """(charts) => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute("data-test-script-state") !== "notRunning") return false;
  if (document.querySelector("[data-testid='stSkeleton']")) return false;
  if (!document.querySelector("[data-testid='stMain'] h1")) return false;
  const drawn = [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
    .filter((c) => c.querySelector(".main-svg"));
  return drawn.length >= charts;
}"""


def open_overview(browser, url: str, charts: int = CHARTS) -> tuple[float, float]:
    """Seconds from navigating to url in a new browser profile to the Overview's script having run, and to the
    Overview settled."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="th-TH",
                                  timezone_id="Asia/Bangkok")
    try:
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_function(RAN, polling=50, timeout=LIMIT_S * 1000)
        ran = time.perf_counter() - t0
        page.wait_for_function(SETTLED, arg=charts, polling=50, timeout=LIMIT_S * 1000)
        return ran, time.perf_counter() - t0
    finally:
        context.close()


VISITS = ("first visit on a fresh server", "a new visitor on the warmed server")


def check_first_open(report: Report, what: str, start: Callable[[], AbstractContextManager[Server]], n: int,
                     target_s: float, charts: int = CHARTS) -> None:
    """n rounds of a fresh server: the first visit, then a new visitor on the warmed server; both against target_s,
    with the part of the script's run (the rest is the browser drawing) beside."""
    from playwright.sync_api import Error, sync_playwright

    ran: dict[str, list[float]] = {v: [] for v in VISITS}
    settled: dict[str, list[float]] = {v: [] for v in VISITS}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for _ in range(n):
                try:
                    with start() as s:
                        for visit in VISITS:
                            script, done = open_overview(browser, s.url + "/", charts)
                            ran[visit].append(script)
                            settled[visit].append(done)
                except (Error, RuntimeError) as exc:          # Playwright's timeout is an Error too
                    report.fail(what, f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                    return
        finally:
            browser.close()
    for visit in VISITS:
        report.check(f"{what}: {visit}, to settled", Stats.of(settled[visit]), "≤", target_s, unit=" s",
                     note=f"script run over at {Stats.of(ran[visit]).median:.2f} s (median), the rest is drawing")


@contextmanager
def fresh_demo_server():
    """A server on a fresh data folder: its first visit loads the demo data."""
    with tempfile.TemporaryDirectory(prefix="ita-first-open-") as tmp, server(Path(tmp)) as s:
        yield s


def main() -> int:
    report = Report("first_open")

    check_first_open(report, "Overview, demo data", fresh_demo_server, rounds(3, 1), TARGET_S)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
