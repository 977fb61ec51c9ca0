"""Charts as a meeting sees them (headless Chromium, the demo): on every chart page, at 1366×768 and 1920×1080, on the
page and in presentation mode, no chart's title, legend and labels (the 85 line's) overlap or leave the chart, and
every ranking chart names each of its rows."""
from __future__ import annotations

import pytest

from tests.browser_support import BROWSER, chromium_page, settle

pytestmark = BROWSER

CHART_PAGES = ("overview", "weak_indicators", "comparison", "year_over_year", "drivers", "items", "path_to_85", "oit",
               "complaints")
VIEWPORTS = ((1366, 768), (1920, 1080))

# Every plotly chart on the page: its title, legend and annotation boxes, the chart's own box, and for ranking
# charts (layout.meta.ranking = rows) the y tick labels drawn.
_LAYOUT = """() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
  const box = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
  const parts = [];
  gd.querySelectorAll('.gtitle').forEach(e => parts.push(['title', box(e), e.textContent]));
  gd.querySelectorAll('.legend').forEach(e => parts.push(['legend', box(e), '']));
  gd.querySelectorAll('.annotation').forEach(e => parts.push(['annotation', box(e), e.textContent]));
  const ticks = [...gd.querySelectorAll('.ytick text')].filter(e => e.textContent.trim() && box(e)[2] > box(e)[0]);
  return {title: (gd.layout.title || {}).text || '', chart: box(gd.querySelector('.main-svg')), parts,
          rows: (gd.layout.meta || {}).ranking || 0, ticks: ticks.map(e => [e.textContent, box(e)])};
})"""


@pytest.fixture
def server(demo_server):
    """The session's demo server (these tests only read the workspace)."""
    return demo_server


def _area(b) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _overlap(a, b, slack: float = 1.0) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


def _inside(b, chart, slack: float = 1.0) -> bool:
    return b[0] >= chart[0] - slack and b[1] >= chart[1] - slack and b[2] <= chart[2] + slack and \
        b[3] <= chart[3] + slack


def layout_problems(charts: list[dict], where: str) -> list[str]:
    """What is wrong with the rendered charts: overlapping or cut title/legend/annotations, unnamed ranking rows."""
    problems = []
    for c in charts:
        name = f"{where}: chart {c['title'][:50]!r}"
        parts = [p for p in c["parts"] if _area(p[1]) > 0]
        for i, (kind, b, text) in enumerate(parts):
            if not _inside(b, c["chart"]):
                problems.append(f"{name}: the {kind} {text[:30]!r} is cut by the chart edge ({b} vs {c['chart']})")
            for kind2, b2, text2 in parts[i + 1:]:
                if _overlap(b, b2):
                    problems.append(f"{name}: the {kind} {text[:30]!r} overlaps the {kind2} {text2[:30]!r}")
        if c["rows"]:
            if len(c["ticks"]) != c["rows"]:
                problems.append(f"{name}: {len(c['ticks'])} of its {c['rows']} rows are named")
            cut = [t for t, b in c["ticks"] if b[0] < c["chart"][0] - 1]
            if cut:
                problems.append(f"{name}: row names cut at the left edge: {cut[:3]}")
    return problems


def _visit(page, path: str) -> None:
    links = page.locator("[data-testid='stSidebarNavLink']")
    tails = [links.nth(i).get_attribute("href").rstrip("/").rsplit("/", 1)[-1] for i in range(links.count())]
    links.nth(tails.index(path) if path in tails else 0).click()      # the default page (overview) is "/"
    page.wait_for_timeout(300)
    settle(page)
    if path == "items" and page.locator(".js-plotly-plot").count() == 0:
        page.get_by_role("button", name="ใช้ไฟล์รายข้อสาธิต").first.click()      # the demo item file
        settle(page)


def _measure(page) -> list[dict]:
    page.wait_for_timeout(400)                      # plotly finishes its layout after the script
    return page.evaluate(_LAYOUT)


def test_no_chart_annotation_overlaps_or_is_cut_and_ranking_rows_are_all_named(server):
    problems, seen = [], {}
    with chromium_page(*VIEWPORTS[0]) as page:
        page.goto(server + "/")
        settle(page)
        for present in (False, True):
            if present:
                page.get_by_text("โหมดนำเสนอ").click()
                settle(page)
            for path in CHART_PAGES:
                _visit(page, path)
                for width, height in VIEWPORTS:
                    page.set_viewport_size({"width": width, "height": height})
                    charts = _measure(page)
                    seen[(path, present, width)] = len(charts)
                    problems += layout_problems(charts, f"{path} {width}×{height}{' presenting' if present else ''}")
                page.set_viewport_size({"width": VIEWPORTS[0][0], "height": VIEWPORTS[0][1]})
    assert all(seen.get((p, False, 1366)) for p in CHART_PAGES), f"every chart page draws charts: {seen}"
    assert seen[("overview", True, 1920)] >= 3
    assert not problems, "\n".join(problems)


def test_the_check_itself_finds_an_overlap_a_cut_and_unnamed_rows():
    charts = [{"title": "t", "chart": [0, 0, 400, 300], "rows": 3,
               "parts": [["title", [0, 0, 200, 30], "t"], ["legend", [100, 20, 300, 50], ""],
                         ["annotation", [350, 60, 420, 80], "85"]],
               "ticks": [["a", [-5, 60, 20, 70]], ["b", [5, 80, 20, 90]]]}]
    found = "\n".join(layout_problems(charts, "x"))
    assert "overlaps the legend" in found and "cut by the chart edge" in found
    assert "2 of its 3 rows are named" in found and "cut at the left edge" in found
