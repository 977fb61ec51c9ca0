"""AppTest of the Frameworks page (issue 12.1): every year listed with where its framework comes from and how sure
it is; a new year made from the one before; an edit saved as a new version (and a wrong one refused naming the
field); an OIT item list imported from the NACC's table; viewers only read."""
from __future__ import annotations

from datetime import datetime, timezone

from analysis.common import settings
from analysis.common.text import t
from analysis.ita import for_year
from analysis.store import Store
from tests.apptest_support import open_app, page_path

PAGE = page_path("frameworks")


def _store() -> Store:
    return Store(settings.database_url())


def test_every_year_is_listed_and_a_new_year_is_made_from_the_one_before(workspace_env):
    at = open_app(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    years = at.dataframe[0].value[t("fwk.col_year")].tolist()
    assert years == sorted(years, reverse=True) and 2570 in years and 2563 in years
    at.button(key="fwk_create").click().run()
    assert not at.exception and at.success[0].value == t("fwk.created", year=2571, prev=2570)
    store = _store()
    saved = store.frameworks.latest()[2571]
    store.close()
    assert saved.version == 1 and saved.status == "unknown" and saved.created_by == "local"
    assert at.selectbox(key="fwk_year").value == 2571
    assert any(t("fwk.origin_saved", version=1) in c.value for c in at.caption)


def test_an_edit_is_saved_as_a_new_version_and_scores_its_year(workspace_env):
    at = open_app(PAGE, fwk_year=2569)
    at.selectbox(key="fwk_2569_0_0_status").set_value("verified")
    at.text_input(key="fwk_2569_0_0_source").input("คู่มือการประเมิน ITA ปี 2569 หน้า 10")
    at.number_input(key="fwk_2569_0_0_pass").set_value(86.0)
    at.text_input(key="fwk_2569_0_0_note").input("ตามคู่มือ").run()
    at.button(key="fwk_save").click().run()
    assert not at.exception and at.success[0].value == t("fwk.saved", year=2569, version=1)
    store = _store()
    [saved] = store.frameworks.versions(2569)
    store.close()
    assert (saved.status, saved.note) == ("verified", "ตามคู่มือ")
    fw = saved.framework()
    assert fw.pass_mark == 86.0 and fw.source.startswith("คู่มือ") and fw.indicators == for_year(2569).indicators
    overview = open_app(page_path("overview"), overview_year=2569)
    assert not overview.exception


def test_a_wrong_edit_is_refused_naming_the_field_and_nothing_is_stored(workspace_env):
    at = open_app(PAGE, fwk_year=2569)
    at.selectbox(key="fwk_2569_0_0_status").set_value("verified").run()        # verified without a source
    at.button(key="fwk_save").click().run()
    assert not at.exception
    assert at.error[0].value == t("fwk.invalid", field="source", message=t("fw.source_needed"))
    store = _store()
    assert store.frameworks.versions(2569) == []
    store.close()


def test_an_item_list_is_imported_from_the_nacc_table(workspace_env):
    at = open_app(PAGE, fwk_year=2570)
    data = "ข้อ,ชื่อรายการ,ตัวชี้วัด\nO1,โครงสร้าง,9\nO2,ข้อมูลผู้บริหาร,9\nO3,อำนาจหน้าที่,9\nO4,แผนป้องกันการทุจริต,10\n".encode()
    at.file_uploader(key="fwk_upload_0").set_value(("รายการ OIT 2570.csv", data, "text/csv")).run()
    assert not at.exception
    at.button(key="fwk_import_save").click().run()
    assert not at.exception and at.success[0].value == t("fwk.saved", year=2570, version=1)
    store = _store()
    fw = store.frameworks.latest()[2570].framework()
    store.close()
    nacc = [(i.code, i.name_th, i.indicator) for i in fw.oit_items if i.family == "nacc"]
    assert nacc == [("O1", "โครงสร้าง", 9), ("O2", "ข้อมูลผู้บริหาร", 9), ("O3", "อำนาจหน้าที่", 9),
                    ("O4", "แผนป้องกันการทุจริต", 10)]
    assert [i for i in fw.oit_items if i.family == "vec_college"] == \
        [i for i in for_year(2570).oit_items if i.family == "vec_college"], "the other list stays"


def test_a_viewer_only_reads(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "local")
    store = _store()
    store.accounts.add("somchai", "viewer", password="correct horse battery")
    store.close()
    at = open_app(PAGE, auth_account="somchai", auth_signed_at=datetime.now(timezone.utc))
    assert not at.exception
    assert any(i.value == t("auth.read_only") for i in at.info)
    assert not [b for b in at.button if b.key in ("fwk_create", "fwk_save")] and not at.get("file_uploader")
    assert not [d for d in at.dataframe if d.editing_mode != "read_only"]


def test_a_part_marked_verified_with_its_source_is_saved_and_shown(workspace_env):
    at = open_app(PAGE, fwk_year=2570)
    parts = next(d for d in at.dataframe if d.editing_mode == "fixed" and "source" in d.value.columns).value
    row = parts.index[parts["part"] == "weights"][0]
    at.session_state["fwk_2570_0_0_parts"] = {"edited_rows": {int(row): {"status": "verified",
                                                                      "source": "คู่มือ ITA 2570 หน้า 8"}},
                                              "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="fwk_save").click().run()
    assert not at.exception and at.success[0].value == t("fwk.saved", year=2570, version=1)
    store = _store()
    fw = store.frameworks.latest()[2570].framework()
    store.close()
    assert fw.part("weights") == ("verified", "คู่มือ ITA 2570 หน้า 8") and fw.part("grading") == ("unknown", "")
    overview = open_app(page_path("oit"))
    assert not overview.exception
