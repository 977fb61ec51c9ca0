"""Browser test: a file through the real uploader on its own `streamlit run` server (it changes the workspace)."""
from __future__ import annotations

import pytest

from tests.browser_support import ROOT, chromium_page, needs_chromium, settle, streamlit_server
from tests.test_browser import units_metric

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("upload")) as url:
        yield url


def test_upload_through_the_real_uploader_changes_the_overview(server):
    with chromium_page(1400, 1000) as page:
        page.goto(server + "/")
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
    assert after == before + 5, "the five units of the uploaded file are counted on the overview"


def test_a_server_killing_workbook_gets_a_message_and_the_server_lives(server):
    """Before bounded reading, this 5 KB file aborted the server process for every user."""
    import urllib.request

    with chromium_page(1400, 1000) as page:
        page.goto(server + "/data")
        settle(page)
        with page.expect_file_chooser() as chooser:
            page.get_by_test_id("stFileUploaderDropzone").first.click()
        chooser.value.set_files(str(ROOT / "tests" / "data" / "hostile_far_cell.xlsx"))
        page.get_by_text("มีช่วงข้อมูลใหญ่เกินไป").first.wait_for(timeout=60_000)
        settle(page)
        assert page.locator("[data-testid='stException']").count() == 0
        with urllib.request.urlopen(server + "/_stcore/health", timeout=10) as r:
            assert r.read().strip() == b"ok"
        page.goto(server + "/")
        settle(page)
        assert units_metric(page) > 0
