"""Browser test of the OIT readiness page (issue 12) on a real `streamlit run` server in headless Chromium: the
group's checklist file goes in through the real uploader, the prediction follows, the page stays free of errors;
and the O25 Word report downloads from the Measures page and opens."""
from __future__ import annotations

import io

import pytest

from analysis.common.text import t
from tests.browser_support import chromium_page, needs_chromium, settle, streamlit_server

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("oit")) as url:
        yield url


def _metric(page, label: str) -> str:
    metric = page.locator("[data-testid='stMetric']").filter(has_text=label).first
    metric.wait_for(timeout=60_000)
    return metric.locator("[data-testid='stMetricValue']").inner_text()


def test_a_checklist_file_through_the_real_uploader_moves_the_prediction(server, tmp_path):
    rows = ["ข้อ,สถานะ,ลิงก์หลักฐาน,ผู้รับผิดชอบ,กำหนดเสร็จ,หมายเหตุ"]
    rows += [f"O{n},เผยแพร่แล้ว,https://www.bangkok.go.th/oit/{n},ฝ่ายบริหาร,๓๑/๐๓/๒๕๗๐," for n in range(1, 27)]
    path = tmp_path / "รายการตรวจ OIT.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with chromium_page(1400, 1600) as page:
        page.goto(server + "/oit")
        settle(page)
        before = _metric(page, t("oit.predicted_oit"))
        page.get_by_label(t("plan.who")).fill("สมชาย")
        page.get_by_label(t("plan.who")).press("Enter")
        settle(page)
        with page.expect_file_chooser() as chooser:
            page.get_by_test_id("stFileUploaderDropzone").first.click()
        chooser.value.set_files(str(path))
        page.get_by_role("button", name=t("oit.import_save", n=26)).wait_for(timeout=60_000)
        page.get_by_role("button", name=t("oit.import_save", n=26)).click()
        page.get_by_text(t("oit.imported", n=26, file=path.name)).wait_for(timeout=60_000)
        settle(page)
        assert _metric(page, t("oit.predicted_oit")) == "100.00" != before
        assert _metric(page, t("oit.published")) == "23/23"
        assert page.locator("[data-testid='stException']").count() == 0


def test_the_o25_report_downloads_from_the_measures_page(server):
    from docx import Document

    with chromium_page(1400, 1400) as page:
        page.goto(server + "/measures")
        settle(page)
        page.get_by_label(t("plan.who")).fill("สมชาย")
        page.get_by_label(t("plan.who")).press("Enter")
        settle(page)
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name=t("o25.dl_o25")).click()
        data = open(download.value.path(), "rb").read()
        assert download.value.suggested_filename.startswith("o25_") and download.value.suggested_filename.endswith(".docx")
        text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
        assert "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" in text
        assert page.locator("[data-testid='stException']").count() == 0
