"""Browser tests on one real `streamlit run` server for the module (headless Chromium); they only read the demo."""
from __future__ import annotations

import pytest

from tests.browser_support import BROWSER, chromium_page, on_page, settle

pytestmark = BROWSER


@pytest.fixture
def server(demo_server):
    """The session's demo server (these tests only read the workspace)."""
    return demo_server


def units_metric(page) -> int:
    metric = page.locator("[data-testid='stMetric']").filter(has_text="หน่วยงานที่ได้รับการประเมิน")
    metric.wait_for(timeout=60_000)
    return int(metric.locator("[data-testid='stMetricValue']").inner_text().replace(",", ""))


def test_from_the_overview_to_a_units_weak_indicators_and_its_plan(server):
    with chromium_page(1400, 1400) as page:
        page.goto(server + "/")
        settle(page)
        units_metric(page)                         # the overview has loaded with the demo
        page.get_by_role("button", name="ดูตัวชี้วัดที่อ่อน").click()
        page.wait_for_url(on_page("weak_indicators"), timeout=60_000)   # the unit's name is on the overview too: wait for the page
        page.get_by_text("สำนักงานเขตบางแค").first.wait_for(timeout=60_000)
        settle(page)
        heading = page.locator("h1").first.inner_text()
        assert "ตัวชี้วัด" in heading
        page.get_by_text("ตัวชี้วัดที่ 10").first.wait_for(timeout=30_000)   # the weakest is named in the summary

        page.get_by_role("button", name="วางแผนเส้นทางสู่ 85 ของ สำนักงานเขตบางแค").click()
        page.wait_for_url(on_page("path_to_85"), timeout=60_000)
        page.get_by_text("คะแนนรวมหลังปรับ").first.wait_for(timeout=60_000)
        settle(page)
        assert page.locator("[data-testid='stException']").count() == 0
        after = page.locator("[data-testid='stMetric']").filter(has_text="คะแนนรวมหลังปรับ")
        assert float(after.locator("[data-testid='stMetricValue']").inner_text()) >= 85.0


def page_paths() -> list[str]:
    from ui.navigation import PAGES

    return [p.url_path for p in PAGES]


ENGLISH_SAMPLE = ("", "comparison", "year_over_year", "path_to_85", "oit", "meeting_pack", "frameworks")   # "": overview


def test_english_switch_leaves_no_thai_interface_text_and_no_raw_key(server):
    import re
    from urllib.parse import urlsplit

    from analysis.common.text import TEXT as STRINGS

    keys = re.compile("|".join(re.escape(k) for k in sorted(STRINGS, key=len, reverse=True)))
    with chromium_page(1400, 1200) as page:
        page.goto(server + "/")
        settle(page)
        units_metric(page)
        page.get_by_text("English", exact=True).click()
        settle(page)
        links = page.locator("[data-testid='stSidebarNavLink']")
        hrefs = [urlsplit(links.nth(i).get_attribute("href")).path.strip("/") for i in range(links.count())]
        assert set(page_paths()) - {"overview"} <= set(hrefs), "every page is in the navigation"
        # a sample from each section in the real browser: every page is read in English by the AppTest scan
        # (tests/test_plain_words.py) and shot in English by make screenshots
        visited = []
        for i, path in enumerate(hrefs):
            if path not in ENGLISH_SAMPLE:
                continue
            visited.append(path)
            links.nth(i).click()
            settle(page)
            assert page.locator("[data-testid='stException']").count() == 0, path
            title = page.locator("h1").first.inner_text()
            assert not re.search("[\u0e00-\u0e7f]", title), f"{path}: the title is still Thai: {title}"
            nav = page.locator("[data-testid='stSidebarNav']").inner_text()
            assert not re.search("[\u0e00-\u0e7f]", nav.replace("ไทย", "")), f"{path}: Thai left in the navigation"
            body = page.locator("[data-testid='stMain']").inner_text()
            raw = keys.search(body)
            assert raw is None, f"{path}: raw strings key {raw.group(0)!r} shown: {body[max(0, raw.start() - 80):raw.end() + 40]!r}"
        assert sorted(visited) == sorted(ENGLISH_SAMPLE), f"the sample pages were all opened: {hrefs}"
