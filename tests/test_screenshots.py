"""Screenshots of every page as a meeting sees them (issue 13): Thai, English and presentation mode, at 1366×768 and
1920×1080, on the demo in headless Chromium. Each shot is checked — no error box or exception, no raw text code, no
chart title, legend or 85-line label overlapping another or cut — and saved under docs/screenshots/ for review by eye
and for the README. Not part of `make test` (about four minutes): run `make screenshots`."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser_support import ROOT, chromium_page, needs_chromium, settle
from tests.test_browser_charts import _LAYOUT, layout_problems

pytestmark = [needs_chromium, pytest.mark.screenshots]

OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
MODES = ("th", "en", "present")          # Thai, English, Thai in presentation mode


@pytest.fixture
def server(demo_server):
    return demo_server


def _pages() -> list[str]:
    from ui.navigation import PAGES

    return [p.url_path for p in PAGES]


def _raw_keys():
    from analysis.common.text import TEXT

    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(TEXT, key=len, reverse=True))
                      + r")(?![\w.])")


def _open(page, path: str) -> None:
    links = page.locator("[data-testid='stSidebarNavLink']")
    tails = [links.nth(i).get_attribute("href").rstrip("/").rsplit("/", 1)[-1] for i in range(links.count())]
    links.nth(tails.index(path) if path in tails else 0).click()      # the default page (overview) is "/"
    page.wait_for_timeout(300)
    settle(page)
    demo_items = page.get_by_role("button", name=re.compile("ใช้ไฟล์รายข้อสาธิต|Use the demo item file"))
    if path == "items" and demo_items.count():
        demo_items.first.click()
        settle(page)


def _problems(page, where: str, keys: re.Pattern) -> list[str]:
    found = []
    if page.locator("[data-testid='stException']").count():
        found.append(f"{where}: an exception is shown")
    if page.locator("[data-testid='stAlertContentError']").count():
        found.append(f"{where}: an error box: {page.locator('[data-testid=stAlertContentError]').first.inner_text()}")
    body = page.locator("[data-testid='stMain']").inner_text()
    if raw := keys.search(body):
        found.append(f"{where}: raw text code {raw.group(0)!r}")
    page.wait_for_timeout(400)                      # plotly finishes its layout after the script
    return found + layout_problems(page.evaluate(_LAYOUT), where)


def _shoot(page, file: Path, width: int, height: int) -> None:
    """The whole page, not only the window: the app scrolls inside its main area, so the window is made as tall as
    the page's content for the shot (charts keep their size: only the height changes)."""
    tall = page.evaluate("() => Math.max(...[...document.querySelectorAll("
                         "'[data-testid=stMain], [data-testid=stAppViewContainer], section.main')]"
                         ".map(e => e.scrollHeight), window.innerHeight)")
    page.set_viewport_size({"width": width, "height": max(height, min(int(tall), 12_000))})
    page.wait_for_timeout(300)
    page.screenshot(path=str(file))
    page.set_viewport_size({"width": width, "height": height})


@pytest.mark.parametrize("mode", MODES)
def test_every_page_in_every_mode_at_both_sizes(server, mode):
    keys, problems, shots = _raw_keys(), [], 0
    with chromium_page(*SIZES[0]) as page:
        page.goto(server + "/")
        settle(page)
        if mode == "en":
            page.get_by_text("English", exact=True).click()
            settle(page)
        if mode == "present":
            page.get_by_text("โหมดนำเสนอ").click()
            settle(page)
        for n, path in enumerate(_pages(), start=1):
            _open(page, path)
            for width, height in SIZES:
                page.set_viewport_size({"width": width, "height": height})
                problems += _problems(page, f"{path} {mode} {width}×{height}", keys)
                folder = OUT / f"{width}x{height}" / mode
                folder.mkdir(parents=True, exist_ok=True)
                _shoot(page, folder / f"{n:02d}-{path}.png", width, height)
                shots += 1
            page.set_viewport_size({"width": SIZES[0][0], "height": SIZES[0][1]})
    assert shots == len(_pages()) * len(SIZES)
    assert not problems, "\n".join(problems)

