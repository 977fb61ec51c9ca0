"""AppTest: every page renders without an exception, and the overview and data pages do what users need."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.common.text import t
from tests.apptest_support import ROOT, open_app
from ui.navigation import PAGES as NAVIGATION

PAGES = [str(p.path) for p in NAVIGATION]          # every page of app.py's navigation, none left out
DATA_PAGE = next(str(p.path) for p in NAVIGATION if p.url_path == "data")


def run_app(page: str | None = None) -> AppTest:
    return open_app(page)


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_navigation_lists_every_page_file_once():
    files = sorted(Path(p).name for p in PAGES)
    assert files == sorted(f.name for f in (ROOT / "pages").glob("*.py")), "a page file is missing from the navigation"
    assert len(set(files)) == len(files)


def test_overview_shows_demo_on_first_start_marked_as_demo(first_start_env):
    at = run_app()
    assert not at.exception
    assert at.title[0].value == t("overview.title")
    assert any("ข้อมูลสาธิต" in w.value for w in at.warning), "demo data is marked as demo"
    metrics = metric_values(at)
    units = int(metrics[t("overview.metric_units")].replace(",", ""))
    assert units >= 60, "50 district offices and the departments are assessed in the latest year"
    assert len(at.get("plotly_chart")) == 3                 # distribution, lowest/highest ranking, level mix


def test_overview_filter_by_unit_type_changes_the_numbers(workspace_env):
    at = run_app()
    before = int(metric_values(at)[t("overview.metric_units")].replace(",", ""))
    at.multiselect(key="overview_unit_types").set_value(["สำนักงานเขต"]).run()
    after = int(metric_values(at)[t("overview.metric_units")].replace(",", ""))
    assert after == 50
    assert after < before


def test_overview_year_filter_switches_to_letter_levels(workspace_env):
    at = run_app()
    at.selectbox(key="overview_year").set_value(2565).run()
    assert not at.exception
    assert any(t("overview.grading_levels") in c.value for c in at.caption)


def test_empty_workspace_explains_what_to_upload_and_offers_demo(empty_workspace_env):
    at = run_app()
    assert any(t("overview.empty") == i.value for i in at.info)
    at.button[0].click().run()
    assert not at.exception
    assert metric_values(at), "after loading the demo the overview shows its numbers"


def test_remove_demo_in_one_step_and_it_stays_removed(workspace_env):
    at = run_app(DATA_PAGE)
    at.button(key="remove_demo").click().run()
    question = at.warning[-1].value
    # the confirmation lists exactly what goes: the three result files, the complaint file, the demo measures
    assert all(name in question for name in ("demo_districts_2565-2566.xlsx", "demo_districts_2567-2568_long.csv",
                                             "demo_departments_2565-2568_wide.xlsx", "demo_bma_2569.csv",
                                             "demo_complaints_2563-2568.csv"))
    assert "มาตรการสาธิต" in question
    at.button(key="confirm_yes").click().run()
    assert not at.exception
    assert at.success[0].value.startswith("ลบข้อมูลสาธิตแล้ว: ผลการประเมิน 4 ชุด ไฟล์เรื่องร้องเรียน 1 ไฟล์")
    assert any(t("data.stored_empty") == i.value for i in at.info)
    again = run_app()      # a restart of the page must not bring the demo back
    assert any(t("overview.empty") == i.value for i in again.info)


def test_manual_entry_saves_a_unit_and_it_appears_on_the_overview(empty_workspace_env):
    at = run_app(DATA_PAGE)
    at.text_input[1].set_value("สำนักงานเขตทดสอบ")
    at.selectbox[0].set_value("สำนักงานเขต")
    at.selectbox[1].set_value(2568)
    for n, value in zip(range(1, 11), [90, 91, 92, 93, 94, 88, 87, 86, 80, 70]):
        at.number_input(key=f"manual_{n}").set_value(value)
    at.button[0].click().run()
    assert not at.exception
    assert any("83.70" in s.value for s in at.success), [s.value for s in at.success]
    overview = run_app()
    assert int(metric_values(overview)[t("overview.metric_units")]) == 1
    assert metric_values(overview)[t("overview.metric_mean")] == "83.70"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p).stem)
def test_every_page_renders_in_thai_and_then_in_english(workspace_env, page):
    at = run_app(page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "page has a title"
    thai_title = at.title[0].value
    assert any(0x0E00 <= ord(ch) <= 0x0E7F for ch in thai_title), "the interface opens in Thai"
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value != thai_title
    assert all(ord(ch) < 0x0E00 or ord(ch) > 0x0E7F for ch in at.title[0].value), "English title has no Thai"


def test_presentation_mode_hides_toolbars_and_enlarges_type(workspace_env):
    at = run_app()
    at.toggle(key="presentation_mode").set_value(True).run()
    assert not at.exception
    css = next(m.value for m in at.markdown if "modebar-container" in m.value)
    assert "font-size: 20px" in css and "stFileUploader" in css, "larger type, editing controls hidden"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p).stem)
def test_unreachable_database_is_a_clear_message_not_a_traceback(first_start_env, monkeypatch, page):
    monkeypatch.setenv("ITA_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=1")
    at = run_app(page)
    assert not at.exception, "no traceback on the page"
    prefix = t("common.error_unexpected", detail="").split(":")[0]
    if Path(page).stem != "items":        # the item drill-down works on an uploaded file without the database
        assert any(prefix in e.value and "OperationalError" in e.value for e in at.error), [e.value for e in at.error]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p).stem)
def test_empty_workspace_pages_explain_instead_of_failing(empty_workspace_env, page):
    at = run_app(page)
    assert not at.exception
    assert not at.error, [e.value for e in at.error]     # e.g. a link to the Data page that cannot be resolved
    assert at.info or at.warning or at.caption, "the page says what to do next"
