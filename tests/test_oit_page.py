"""AppTest of the OIT readiness page (issue 12.2–12.4) on the demo workspace: the demo FY2570 checklist with its
predicted OIT beside last year's actual, a status edited in the table and saved, a checklist file imported through
the uploader, the group view, a unit's link check against a loopback server, and read-only for another unit."""
from __future__ import annotations

import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from analysis.common import settings
from analysis.common.text import t
from analysis.store import Store
from tests.apptest_support import open_app, page_path

UNIT = "สำนักการคลัง"
PAGE = page_path("oit")


def _store() -> Store:
    return Store(settings.database_url())


def _open(**session):
    at = open_app(PAGE, selected_unit=UNIT, **session)
    assert not at.exception, [e.value for e in at.exception]
    return at


def _metric(at, code: str, **params) -> str:
    return next(m.value for m in at.metric if m.label == t(code, **params))


def test_the_demo_checklist_is_predicted_beside_last_years_actual(workspace_env):
    at = _open()
    assert any(w.value == t("oit.demo_notice") for w in at.warning)
    store = _store()
    demo = store.checklists.load(2570, UNIT)[UNIT]
    store.close()
    published = sum(s.entry.status == "published" and bool(s.entry.urls) for s in demo.values())
    counted = sum(s.entry.status != "not_applicable" for s in demo.values())
    assert _metric(at, "oit.published") == f"{published}/{counted}"
    assert _metric(at, "oit.last_oit", year=2569) not in ("", "—") and _metric(at, "oit.predicted_oit") != "—"
    assert len(at.get("progress")) == 2, "one bar per OIT indicator"
    assert at.get("plotly_chart"), "the group view across units"
    editor = next(d for d in at.dataframe if d.editing_mode == "fixed")
    assert len(editor.value) == len(demo) and set(editor.value["status"]) <= {
        t(f"oit.status_{s}") for s in ("not_started", "in_progress", "ready", "published", "not_applicable")}


def test_a_status_edited_in_the_table_is_saved_and_the_prediction_follows(workspace_env):
    at = _open()
    at.text_input(key="oit_who").input("สมศรี").run()
    before = _metric(at, "oit.predicted_oit")
    table = next(d for d in at.dataframe if d.editing_mode == "fixed").value
    rows = {k: {"status": t("oit.status_published"), "urls": f"https://www.bangkok.go.th/x/{code}"}
            for k, code in enumerate(table["code"])}
    at.session_state[f"oit_editor_2570_{UNIT}_nacc_0"] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="oit_save").click().run()
    assert not at.exception and at.success and at.success[0].value.startswith(t("oit.saved", n=0)[:6])
    store = _store()
    saved = store.checklists.load(2570, UNIT)[UNIT]
    store.close()
    assert all(s.entry.status == "published" and s.updated_by == "สมศรี" for s in saved.values())
    assert _metric(at, "oit.predicted_oit") == "100.00" != before


def test_a_checklist_file_is_imported_through_the_uploader(workspace_env):
    at = _open()
    at.text_input(key="oit_who").input("สมชาย").run()
    data = ("ข้อ,สถานะ,ลิงก์หลักฐาน,ผู้รับผิดชอบ,กำหนดเสร็จ,หมายเหตุ\n"
            "O1,เผยแพร่แล้ว,https://www.bangkok.go.th/a,ฝ่ายบริหาร,๓๐/๐๔/๒๕๗๐,\n"
            "O3,ไม่เกี่ยวข้อง,,,,\n").encode()
    at.file_uploader(key="oit_upload_0").set_value(("รายการ.csv", data, "text/csv")).run()
    assert not at.exception
    assert any(c.value == t("oit.import_preview", n=2, unit=UNIT, year=2570) for c in at.caption)
    at.button(key="oit_import_save").click().run()
    assert at.success[0].value == t("oit.imported", n=2, file="รายการ.csv")
    store = _store()
    got = store.checklists.load(2570, UNIT)[UNIT]
    store.close()
    assert got["O1"].entry.urls == ("https://www.bangkok.go.th/a",) and got["O3"].entry.status == "not_applicable"
    assert not got["O1"].is_demo and got["O4"].is_demo, "items not in the file stay as they were"


def test_a_bad_file_gets_its_problems_named_and_changes_nothing(workspace_env):
    at = _open()
    at.file_uploader(key="oit_upload_0").set_value(("wrong.csv", b"a,b\n1,2\n", "text/csv")).run()
    assert not at.exception and at.error[0].value == t("oit.import_failed", file="wrong.csv")
    assert not [b for b in at.button if b.key == "oit_import_save"]


class _Evidence(BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802 (the http.server API)
        self.send_response(200 if self.path.endswith("/ok") else 404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def evidence_server(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Evidence)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ITA_EVIDENCE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("ITA_EVIDENCE_ALLOW_LOCAL", "1")
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_the_link_check_reports_each_evidence_link_with_when_it_ran(workspace_env, evidence_server):
    from analysis.plan.checklist import Entry

    store = _store()
    for code, path in (("O1", "/ok"), ("O3", "/gone")):
        store.checklists.save(2570, UNIT, "nacc", Entry(code, "published", (evidence_server + path,)),
                              store.checklists.load(2570, UNIT)[UNIT][code].version, who="ก")
    store.close()
    at = _open()
    at.button(key="oit_check_links").click().run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if t("oit.col_result") in d.value.columns)
    results = dict(zip(table[t("oit.col_item")], table[t("oit.col_result")]))
    assert results["O1"] == t("evidence.ok", status=200) and results["O3"] == t("evidence.broken", status=404)
    assert all(table[t("oit.col_checked_at")].str.len() > 0)


def test_another_units_checklist_is_read_only(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "local")
    store = _store()
    store.accounts.add("somsri", "editor", ["สำนักงานเขตบางรัก"], password="correct horse battery")
    store.close()
    at = open_app(PAGE, selected_unit=UNIT, auth_account="somsri", auth_signed_at=datetime.now(timezone.utc))
    assert not at.exception
    assert any(i.value == t("auth.read_only_unit", unit=UNIT) for i in at.info)
    assert not [d for d in at.dataframe if d.editing_mode == "fixed"], "no table editor"
    assert not [b for b in at.button if b.key in ("oit_save", "oit_check_links")]
    assert not at.get("file_uploader")


def test_path_to_85_starts_from_the_units_prediction_when_asked(workspace_env):
    at = open_app(page_path("path_to_85"), selected_unit=UNIT)
    assert not at.exception
    at.toggle(key="path_from_prediction").set_value(True).run()
    assert not at.exception
    assert any(c.value == t("path.prediction_note", year=2570) for c in at.caption)
    assert at.selectbox(key="path_year").value == 2570
