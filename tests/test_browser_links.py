"""Browser tests of links that remember and printing (issue 13.3–13.4, 16.2) on one real `streamlit run` server for
the module (headless Chromium, the demo): the language, unit type and unit survive F5 and open the same view from a
copied address in a fresh browser; the back button brings the previous unit back; printed on A4 landscape, a page has
no sidebar and no chart or table wider than the paper."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from analysis.common.text import t
from tests.browser_support import BROWSER, chromium_page, settle
from ui.print_css import PRINTABLE_HEIGHT_PX, PRINTABLE_WIDTH_PX

pytestmark = BROWSER
BANGRAK, FINANCE, DISTRICT = "สำนักงานเขตบางรัก", "สำนักการคลัง", "สำนักงานเขต"
FITTED = ".stPlotlyChart, [data-testid='stDataFrame'], [data-testid='stTable']"
BOXES = f"""() => Array.from(document.querySelectorAll("{FITTED}"), (el) => {{
    const box = el.getBoundingClientRect();
    return {{left: box.left, right: box.right, width: box.width, height: box.height}};
}})"""


@pytest.fixture
def server(demo_server):
    """The session's demo server (these tests only read the workspace)."""
    return demo_server


def _pick(page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label, exact=True).first.click()
    page.keyboard.type(option)                                   # type-to-search
    page.get_by_role("option", name=option, exact=True).first.click()
    settle(page)


def _value(page, label: str) -> str:
    return page.get_by_role("combobox", name=label, exact=True).first.input_value()


def _view(page) -> tuple[str, str, str, str]:
    """(title, unit type, unit, fiscal year) as the weak-indicators page shows them, in English."""
    page.locator("h1").first.wait_for(timeout=60_000)
    return (page.locator("h1").first.inner_text(), _value(page, t("common.unit_type", "en")),
            _value(page, t("ind.pick_unit", "en")), _value(page, t("ind.pick_year", "en")))


def test_language_type_and_unit_survive_a_reload_and_open_from_a_copied_address(server):
    with chromium_page(1400, 1100) as page:
        page.goto(server + "/weak_indicators")
        settle(page)
        page.get_by_text("English", exact=True).click()
        settle(page)
        _pick(page, t("common.unit_type", "en"), DISTRICT)
        units = page.get_by_role("combobox", name=t("ind.pick_unit", "en"), exact=True).first
        units.click()
        options = page.get_by_role("option").all_inner_texts()
        assert options and all(o.startswith(DISTRICT) for o in options), "only the chosen type's units are listed"
        page.keyboard.press("Escape")
        _pick(page, t("ind.pick_unit", "en"), BANGRAK)
        shown = _view(page)
        assert shown[:3] == (t("ind.title", "en"), DISTRICT, BANGRAK)
        query = parse_qs(urlparse(page.url).query)
        assert query["lang"] == ["en"] and query["unit"] == [BANGRAK] and query["type"] == [DISTRICT]

        page.reload()                                           # F5
        settle(page)
        assert _view(page) == shown, "F5 keeps the language, the type, the unit and the year"
        address = page.url

        _pick(page, t("ind.pick_unit", "en"), "สำนักงานเขตบางแค")
        page.go_back()                                          # the browser's back button: the previous unit
        settle(page)
        page.get_by_role("combobox", name=t("ind.pick_unit", "en"), exact=True).first.wait_for(timeout=30_000)
        assert _value(page, t("ind.pick_unit", "en")) == BANGRAK

    with chromium_page(1400, 1100) as fresh:                   # a colleague's browser: nothing in its session
        fresh.goto(address)
        settle(fresh)
        assert _view(fresh) == shown, "the copied address opens the same view"
        assert fresh.locator("[data-testid='stException']").count() == 0


def test_a_linked_unit_brings_its_type_and_a_bad_value_only_a_note(server):
    with chromium_page(1400, 1100) as page:
        page.goto(server + f"/weak_indicators?lang=en&unit={FINANCE}&year=1999")
        # the note is a toast that leaves after a while: looked for as soon as the page runs, not after it settled
        page.get_by_text(t("chrome.link_ignored", "en", names=t("common.fiscal_year", "en"))).first.wait_for(
            timeout=60_000)
        settle(page)
        assert _view(page)[1:3] == ("หน่วยงานส่วนกลาง", FINANCE)
        assert "1999" not in page.url, "the refused year is not kept in the address"


PRINTED = ("/?lang=en", "/comparison?lang=en", "/year_over_year", "/complaints")


def test_printed_on_a4_landscape_without_the_sidebar_and_nothing_wider_than_the_paper(server):
    with chromium_page(1400, 1000) as page:                     # one browser for the pages (each opened afresh)
        for path in PRINTED:
            page.emulate_media(media="screen")
            page.goto(server + path)
            settle(page)
            page.locator(".stPlotlyChart").first.wait_for(timeout=60_000)
            page.emulate_media(media="print")
            page.wait_for_timeout(1500)                          # charts and tables redraw for the narrower page
            for hidden in ("stSidebar", "stHeader", "stToolbar"):
                shown = page.evaluate(f"""() => Array.from(document.querySelectorAll("[data-testid='{hidden}']"))
                                          .filter((el) => getComputedStyle(el).display !== 'none').length""")
                assert shown == 0, f"{path}: {hidden} is not printed"
            assert page.evaluate("""() => Array.from(document.querySelectorAll(
                                        ".modebar-container, [data-testid='stButton']"))
                                    .filter((el) => el.offsetParent !== null).length""") == 0, f"{path}: a button"
            boxes = page.evaluate(BOXES)
            assert boxes, path
            for box in boxes:
                assert box["left"] >= -1 and box["width"] <= PRINTABLE_WIDTH_PX + 1, f"{path}: wider than the paper: {box}"
            pdf = page.pdf(format="A4", landscape=True, print_background=True)
            sizes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf))
            assert sizes and all(float(w) > float(h) for w, h in sizes), f"{path}: every sheet is landscape"
            assert page.locator("[data-testid='stException']").count() == 0, path


def test_charts_drawn_for_a_wide_screen_are_scaled_to_the_paper_when_printed(server):
    with chromium_page(1900, 1000) as page:                      # a wide screen: charts drawn 1,400 px wide
        page.goto(server + "/comparison")
        settle(page)
        page.locator(".stPlotlyChart").first.wait_for(timeout=60_000)
        before = page.evaluate(BOXES)
        assert max(b["width"] for b in before) > PRINTABLE_WIDTH_PX
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")   # what the browser does on Ctrl+P
        for box in page.evaluate(BOXES):
            assert box["width"] <= PRINTABLE_WIDTH_PX + 1 and box["height"] <= PRINTABLE_HEIGHT_PX + 1, box
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        assert page.evaluate(BOXES) == before, "back as drawn after printing"
