"""A shared deployment (issue 11.5): `scripts/replicas.py` (make replicas) starts two `streamlit run` replicas against
one PostgreSQL database; two editors signed in on different replicas edit the same measure and the second save is
refused with what changed (no lost update), an upload on one replica shows on the other after a rerun, and the
audit trail holds both editors' work. PostgreSQL only (ITA_TEST_POSTGRES_URL), headless Chromium."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from analysis.common import settings
from analysis.common.text import t
from analysis.store import Store
from tests.browser_support import ARGS, BROWSER, CHROMIUM, ROOT, _free_port, settle
from tests.test_browser import units_metric

pytestmark = BROWSER
PASSWORD = "two replicas, one database"
TITLE = "มาตรการเผยแพร่ข้อมูลสองเครื่อง"


@pytest.fixture
def database():
    """The URL of a new PostgreSQL database of its own (dropped afterwards)."""
    base = settings.get("ITA_TEST_POSTGRES_URL").strip()
    if not base:
        pytest.skip("set ITA_TEST_POSTGRES_URL to run the two-replica test on PostgreSQL")
    name = f"ita_replicas_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _ready_line(proc: subprocess.Popen, seconds: float) -> str:
    """The script's "ready: …" line ('' when it exited or did not say it in time)."""
    found: list[str] = []

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("ready:"):
                found.append(line)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(seconds)
    return found[0] if found else ""


@contextmanager
def replicas(url: str, folder):
    """Two replicas started by the script, their URLs yielded; a port taken meanwhile is retried."""
    env = {**os.environ, "ITA_DATABASE_URL": url, "ITA_DATA_DIR": str(folder), "ITA_AUTH": "local",
           "ITA_LOAD_DEMO": "1"}
    for _ in range(3):
        ports = f"{_free_port()},{_free_port()}"
        proc = subprocess.Popen([sys.executable, "scripts/replicas.py", "--ports", ports, "--log-dir", str(folder)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = _ready_line(proc, 150)
        if line:
            break
        proc.terminate()
        err = proc.communicate(timeout=30)[1]
        if "already in use" not in err and "already in use" not in "".join(
                p.read_text(errors="replace") for p in folder.glob("replica-*.log")):
            pytest.fail(f"the replicas did not start: {err[-2000:]}")
    else:
        pytest.fail("no free ports for two replicas after 3 tries")
    try:
        yield line.split()[1:]
    finally:
        proc.terminate()
        proc.wait(30)


def _sign_in(page, name: str) -> None:
    page.get_by_label("ชื่อบัญชี").fill(name)
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    page.get_by_role("button", name="ลงชื่อเข้าใช้").click()
    page.locator("[data-testid='stSidebarNavLink']").first.wait_for(timeout=60_000)
    settle(page)


def _go(page, label: str) -> None:
    """Another page in the same session (a rerun on the same replica; a reload would sign out)."""
    page.locator("[data-testid='stSidebarNavLink']").filter(has_text=label).first.click()
    settle(page)


def _save_field(page, label: str, value: str) -> None:
    field = page.get_by_label(label, exact=True).first
    field.fill(value)
    field.press("Tab")
    page.get_by_role("button", name=t("msr.save"), exact=True).first.click()
    settle(page)


def test_two_editors_on_two_replicas_share_one_database_without_losing_an_update(database, tmp_path):
    store = Store(database)
    for name in ("anna", "boon"):
        store.accounts.add(name, "editor", all_units=True, password=PASSWORD)
    measure = store.measures.add({"title": TITLE, "origin": "plan", "position": 0}, who="setup")
    store.close()

    from playwright.sync_api import sync_playwright

    with replicas(database, tmp_path) as (first, second), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            anna = browser.new_context(viewport={"width": 1400, "height": 1400}).new_page()
            boon = browser.new_context(viewport={"width": 1400, "height": 1400}).new_page()
            for page, server, name in ((anna, first, "anna"), (boon, second, "boon")):
                page.goto(server + "/measures")
                settle(page)
                _sign_in(page, name)
                page.get_by_label(t("msr.f_title"), exact=True).first.wait_for(timeout=60_000)
                assert page.get_by_label(t("msr.f_title"), exact=True).first.input_value() == TITLE

            # both opened version 1; anna saves first on one replica, boon second on the other
            _save_field(anna, t("msr.f_title"), "เผยแพร่ข้อมูลฉบับแก้ของแอนนา")
            anna.get_by_text(t("msr.saved", version=2)).first.wait_for(timeout=30_000)
            _save_field(boon, t("msr.f_kpi"), "ค่าของบุญ")
            boon.get_by_text(t("msr.conflict")).first.wait_for(timeout=30_000)
            assert boon.locator("[data-testid='stDataFrame']").count() >= 1, "the refusal shows what changed"

            # an upload on anna's replica is seen on boon's after a rerun there
            _go(boon, t("nav.overview"))
            before = units_metric(boon)
            _go(anna, t("nav.data"))
            with anna.expect_file_chooser() as chooser:
                anna.get_by_test_id("stFileUploaderDropzone").first.click()
            chooser.value.set_files(str(ROOT / "data" / "samples" / "demo_upload_example.csv"))
            anna.get_by_text("บันทึกแล้ว: demo_upload_example.csv").wait_for(timeout=60_000)
            _go(boon, t("nav.data"))
            _go(boon, t("nav.overview"))
            assert before > 5 and units_metric(boon) == 5, "boon's replica shows anna's upload"
            for page in (anna, boon):
                assert page.locator("[data-testid='stException']").count() == 0
        finally:
            browser.close()

    store = Store(database)
    try:
        kept = store.measures.get(measure.id)
        assert (kept.title, kept.kpi, kept.version, kept.updated_by) == ("เผยแพร่ข้อมูลฉบับแก้ของแอนนา", "", 2, "anna")
        done = {(e.user, e.action) for e in store.audit.list()}
        assert {("anna", "sign_in"), ("boon", "sign_in"), ("anna", "measures.update"),
                ("anna", "datasets.save")} <= done, done
    finally:
        store.close()
