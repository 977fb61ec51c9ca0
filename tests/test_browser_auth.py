"""Browser tests of sign-in (issue 11) on a real `streamlit run` server with ITA_AUTH=local in headless Chromium:
an anonymous visitor sees only the sign-in form and no unit name; a viewer signed in sees no uploader; five wrong
passwords lock the account; an editor of one unit edits its measure and only reads another unit's."""
from __future__ import annotations

import pytest

from analysis.common.text import t
from analysis.store import Store
from tests.browser_support import BROWSER, chromium_page, on_page, settle, streamlit_server

pytestmark = BROWSER
PASSWORD = "correct horse battery"
A, B = "สำนักการคลัง", "สำนักงานเขตบางรัก"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("auth")
    store = Store(f"sqlite:///{folder / 'ita.sqlite3'}")
    store.accounts.add("viewer", "viewer", password=PASSWORD)
    store.accounts.add("locked", "editor", all_units=True, password=PASSWORD)
    store.accounts.add("somsri", "editor", [A], password=PASSWORD)
    store.measures.add({"title": "มาตรการของสำนักการคลัง", "unit": A}, who="setup")
    store.measures.add({"title": "มาตรการของเขตบางรัก", "unit": B}, who="setup")
    store.close()
    with streamlit_server(folder, ITA_AUTH="local") as url:
        yield url


def _sign_in(page, name: str, password: str) -> None:
    page.get_by_label("ชื่อบัญชี").fill(name)
    page.get_by_label("รหัสผ่าน").fill(password)
    page.get_by_role("button", name="ลงชื่อเข้าใช้").click()
    settle(page)


def test_an_anonymous_visitor_sees_only_the_sign_in_form_and_a_viewer_no_uploader(server):
    with chromium_page() as page:
        for path in ("/", "/data", "/measures"):
            page.goto(server + path)
            settle(page)
            page.get_by_role("button", name="ลงชื่อเข้าใช้").wait_for(timeout=30_000)
            body = page.locator("body").inner_text()
            assert "สำนักงานเขต" not in body and "สำนักการคลัง" not in body, f"no unit name on {path}"
            assert page.locator("[data-testid='stSidebarNavLink']").count() == 0, "no page list before sign-in"
        _sign_in(page, "viewer", PASSWORD)               # on …/measures: that page opens after the sign-in
        page.locator("[data-testid='stSidebarNavLink']").first.wait_for(timeout=60_000)
        page.get_by_text(t("msr.edit_header")).first.wait_for(timeout=30_000)     # the page has run after sign-in
        assert on_page("measures")(page.url) and page.locator("h1").first.inner_text() != "ลงชื่อเข้าใช้ระบบติดตามผล ITA"
        assert page.get_by_label(t("msr.f_title"), exact=True).count() == 0, "a viewer gets no edit form"
        assert page.get_by_role("button", name=t("msr.delete")).count() == 0, "and no remove button"
        assert page.get_by_role("button", name=t("msr.create_draft")).count() == 0
        page.locator("[data-testid='stSidebarNavLink']").filter(has_text="ข้อมูล").first.click()
        page.wait_for_url(on_page("data"), timeout=60_000)
        settle(page)
        page.get_by_text("บัญชีของคุณอ่านได้อย่างเดียวในส่วนนี้").first.wait_for(timeout=30_000)
        assert page.locator("[data-testid='stFileUploader']").count() == 0
        assert page.locator("[data-testid='stException']").count() == 0


def test_five_wrong_passwords_lock_the_account(server):
    with chromium_page() as page:
        page.goto(server + "/")
        settle(page)
        for _ in range(5):
            _sign_in(page, "locked", "wrong password!")
        page.get_by_text("บัญชีนี้ถูกระงับชั่วคราว").first.wait_for(timeout=30_000)
        _sign_in(page, "locked", PASSWORD)
        page.get_by_text("บัญชีนี้ถูกระงับชั่วคราว").first.wait_for(timeout=30_000)
        assert page.locator("[data-testid='stMetric']").count() == 0, "the right password does not open it"


def _pick(page, label: str, option: str) -> None:
    box = page.get_by_role("combobox", name=label, exact=True).first
    box.click()
    page.keyboard.type(option)
    page.get_by_role("option", name=option).first.click()
    settle(page)


def test_an_editor_edits_the_measure_of_the_unit_granted_and_only_reads_another(server):
    with chromium_page(1400, 1400) as page:
        page.goto(server + "/measures")
        settle(page)
        _sign_in(page, "somsri", PASSWORD)
        page.locator("[data-testid='stSidebarNavLink']").first.wait_for(timeout=60_000)
        settle(page)
        _pick(page, t("ind.pick_unit"), A)
        _pick(page, t("plan.pick_measure"), "มาตรการของสำนักการคลัง")
        title = page.get_by_label(t("msr.f_title"), exact=True).first
        title.fill("มาตรการของสำนักการคลัง (แก้แล้ว)")
        title.press("Tab")
        page.get_by_role("button", name=t("msr.save"), exact=True).first.click()
        settle(page)
        page.get_by_text(t("msr.saved", version=2)).first.wait_for(timeout=30_000)

        _pick(page, t("ind.pick_unit"), B)
        _pick(page, t("plan.pick_measure"), "มาตรการของเขตบางรัก")
        page.get_by_text(t("auth.read_only_unit", unit=B)).first.wait_for(timeout=30_000)
        assert page.get_by_label(t("msr.f_title"), exact=True).count() == 0, "no edit form for another unit"
        assert page.get_by_role("button", name=t("msr.delete")).count() == 0, "and no remove button"
        assert page.locator("[data-testid='stException']").count() == 0
