"""Browser test: a real `streamlit run` server, headless Chromium, a file through the real uploader."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "ITA_DATA_DIR": str(tmp_path), "ITA_LOAD_DEMO": "1"}
    env.pop("ITA_DATABASE_URL", None)
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        log.close()
        pytest.fail("streamlit did not start: " + (tmp_path / "server.log").read_text(errors="replace")[-2000:])
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def settle(page, limit: float = 60) -> None:
    page.wait_for_selector("[data-testid='stApp']", timeout=limit * 1000)
    end = time.time() + limit
    time.sleep(0.5)
    while time.time() < end:
        state = page.get_attribute("[data-testid='stApp']", "data-test-script-state")
        if state == "notRunning" and page.locator("[data-testid='stSkeleton']").count() == 0:
            return
        time.sleep(0.2)


def units_metric(page) -> int:
    metric = page.locator("[data-testid='stMetric']").filter(has_text="หน่วยงานที่ได้รับการประเมิน")
    metric.wait_for(timeout=60_000)
    return int(metric.locator("[data-testid='stMetricValue']").inner_text().replace(",", ""))


def test_upload_through_the_real_uploader_changes_the_overview(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server + "/overview")
        settle(page)
        before = units_metric(page)
        assert page.locator("[data-testid='stException']").count() == 0

        page.goto(server + "/data")
        settle(page)
        with page.expect_file_chooser() as chooser:
            page.get_by_test_id("stFileUploaderDropzone").first.click()
        chooser.value.set_files(str(ROOT / "data" / "samples" / "demo_upload_example.csv"))
        page.get_by_text("บันทึกแล้ว: demo_upload_example.csv").wait_for(timeout=60_000)
        settle(page)
        assert page.locator("[data-testid='stException']").count() == 0

        page.locator("[data-testid='stSidebarNavLink']").filter(has_text="ภาพรวม").click()
        settle(page)
        after = units_metric(page)
        browser.close()
    assert after == before + 5, "the five units of the uploaded file are counted on the overview"


def test_from_the_overview_to_a_units_weak_indicators_and_its_plan(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        page.goto(server + "/overview")
        settle(page)
        units_metric(page)                         # the overview has loaded with the demo
        page.get_by_role("button", name="ดูตัวชี้วัดที่อ่อน").click()
        page.get_by_text("สำนักงานเขตบางแค").first.wait_for(timeout=60_000)
        settle(page)
        assert "/weak_indicators" in page.url
        heading = page.locator("h1").first.inner_text()
        assert "ตัวชี้วัด" in heading
        page.get_by_text("ตัวชี้วัดที่ 10").first.wait_for(timeout=30_000)   # the weakest is named in the summary

        page.get_by_role("button", name="วางแผนเส้นทางสู่ 85 ของ สำนักงานเขตบางแค").click()
        page.get_by_text("คะแนนรวมหลังปรับ").first.wait_for(timeout=60_000)
        settle(page)
        assert "/path_to_85" in page.url
        assert page.locator("[data-testid='stException']").count() == 0
        after = page.locator("[data-testid='stMetric']").filter(has_text="คะแนนรวมหลังปรับ")
        assert float(after.locator("[data-testid='stMetricValue']").inner_text()) >= 85.0
        browser.close()


PAGE_PATHS = ["overview", "weak_indicators", "comparison", "year_over_year", "drivers", "items", "path_to_85",
              "action_plan", "measures", "complaints", "meeting_pack", "data"]


def test_english_switch_leaves_no_thai_interface_text_and_no_raw_key(server):
    import re

    from playwright.sync_api import sync_playwright

    from analysis.common.text import TEXT as STRINGS

    keys = re.compile("|".join(re.escape(k) for k in sorted(STRINGS, key=len, reverse=True)))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        page.goto(server + "/overview")
        settle(page)
        units_metric(page)
        page.get_by_text("English", exact=True).click()
        settle(page)
        links = page.locator("[data-testid='stSidebarNavLink']")
        hrefs = [links.nth(i).get_attribute("href").rstrip("/").rsplit("/", 1)[-1] for i in range(links.count())]
        assert set(PAGE_PATHS) - {"overview"} <= set(hrefs), "every page is in the navigation"
        for i, path in enumerate(hrefs):
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
        browser.close()
