"""Browser tests: files through the real uploaders on their own `streamlit run` server (they change the workspace):
results, a hostile workbook, a backup, an action plan twice, the OIT checklist (issue 12); and the O25 report."""
from __future__ import annotations

import io

import pytest

from analysis.common.text import t
from tests.browser_support import BROWSER, ROOT, chromium_page, settle, streamlit_server
from tests.test_browser import units_metric

pytestmark = BROWSER


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
    assert before > 5 and after == 5, "the user's five units take the demo's place on the overview (issue 10.1)"


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


def test_a_backup_made_on_the_page_restores_and_a_foreign_zip_is_refused(server, tmp_path):
    """Issue 10.7: the page offers both; a restore checks the file first, so a foreign .zip changes nothing."""
    with chromium_page(1400, 1000) as page:
        page.goto(server + "/backup")
        settle(page)
        page.get_by_role("button", name="สร้างไฟล์สำรอง").click()
        page.get_by_text("ไฟล์สำรองพร้อมแล้ว").wait_for(timeout=60_000)
        with page.expect_download() as download:
            page.get_by_role("button", name="ดาวน์โหลดไฟล์สำรอง (.zip)").click()
        saved = tmp_path / "backup.zip"
        download.value.save_as(saved)

        for file, expected in ((ROOT / "tests" / "data" / "foreign_backup.zip", "ไม่ใช่ไฟล์สำรองข้อมูลของระบบนี้"),
                               (saved, "กู้คืนข้อมูลแล้ว")):
            with page.expect_file_chooser() as chooser:
                page.get_by_test_id("stFileUploaderDropzone").first.click()
            chooser.value.set_files(str(file))
            settle(page)
            replace = page.get_by_text("แทนที่ข้อมูลทั้งหมด")
            if not page.get_by_role("checkbox", name="แทนที่ข้อมูลทั้งหมด").is_checked():
                replace.click()
            page.get_by_role("button", name="กู้คืน", exact=True).click()
            page.get_by_text(expected).first.wait_for(timeout=60_000)
            settle(page)
            assert page.locator("[data-testid='stException']").count() == 0
        page.goto(server + "/")
        settle(page)
        assert units_metric(page) > 0, "the restored workspace is shown"


def test_the_same_action_plan_twice_is_offered_as_an_update_never_doubled(server):
    """Issue 10.3: importing the same .docx twice duplicated every measure."""
    plan = ROOT / "data" / "samples" / "action_plan_finance_office_2566-2570.txt"
    with chromium_page(1400, 1000) as page:
        page.goto(server + "/action_plan")
        settle(page)
        page.get_by_label("ชื่อผู้บันทึก (กรอกครั้งเดียวต่อการเปิดเบราว์เซอร์)").fill("สมศรี")
        page.keyboard.press("Enter")
        settle(page)
        for attempt in range(2):
            with page.expect_file_chooser() as chooser:
                page.get_by_test_id("stFileUploaderDropzone").first.click()
            chooser.value.set_files(str(plan))
            settle(page)
            if attempt == 0:
                page.get_by_role("button", name="มาตรการลงพื้นที่ทำงาน").click()
                page.get_by_text("มาตรการแล้ว").first.wait_for(timeout=60_000)
            else:
                page.get_by_text("บันทึกไว้แล้วสำหรับ").wait_for(timeout=60_000)
                page.get_by_role("button", name="ปรับปรุงมาตรการเดิมตามแผนนี้").click()
                page.get_by_text("เหมือนเดิม").first.wait_for(timeout=60_000)
            settle(page)
            assert page.locator("[data-testid='stException']").count() == 0


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
        with page.expect_download(timeout=60_000) as got:      # the group's file back out, made on the click
            page.get_by_role("button", name=t("oit.download")).click()
        from analysis.ita import for_year
        from analysis.plan.checklist import read_checklist_bytes

        back, _ = read_checklist_bytes(open(got.value.path(), "rb").read(), "back.xlsx", for_year(2570))
        assert got.value.suggested_filename == "oit-checklist-2570.xlsx"
        assert sum(e.status == "published" and bool(e.urls) for e in back.values()) == 26, "the 3 unlisted ones too"
        assert page.locator("[data-testid='stException']").count() == 0


def test_the_o25_report_and_a_table_download_from_the_measures_page(server):
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
        # a table's .xlsx is made when its button is clicked (not on every rerun) and opens as a workbook
        from openpyxl import load_workbook

        with page.expect_download(timeout=60_000) as table_download:
            page.get_by_role("button", name=t("ind.download_xlsx")).first.click()
        sheet = load_workbook(io.BytesIO(open(table_download.value.path(), "rb").read())).active
        assert table_download.value.suggested_filename == "measures_rollup.xlsx" and sheet.max_row > 1
        # the measures' own documents are built when clicked too (issue 16.1), and open
        with page.expect_download(timeout=60_000) as doc_download:
            page.get_by_role("button", name=t("msr.dl_progress_docx")).click()
        progress = Document(io.BytesIO(open(doc_download.value.path(), "rb").read()))
        assert doc_download.value.suggested_filename.startswith("progress_") and progress.paragraphs
        assert page.locator("[data-testid='stException']").count() == 0
