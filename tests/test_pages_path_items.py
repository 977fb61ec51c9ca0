"""AppTest: the path-to-85 page (plan, unreachable warning, OIT items) and the item drill-down page."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from analysis.common.text import t
from analysis.ita import planner
from tests.apptest_support import open_app
from ui import cache, items_session, state

ROOT = Path(__file__).resolve().parent.parent
PATH_PAGE = str(ROOT / "pages" / "path_to_85.py")
ITEMS_PAGE = str(ROOT / "pages" / "items.py")
UNIT = "สำนักงานเขตบางแค"          # demo FY2568: 81.29, OIT 68.69


def open_page(page: str, **session) -> AppTest:
    return open_app(page, **session)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_path_page_plans_the_preselected_unit(workspace_env):
    at = open_page(PATH_PAGE, **{state.SELECTED_UNIT: UNIT, state.SELECTED_YEAR: 2568})
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="path_unit").value == UNIT
    m = metrics(at)
    assert m[t("path.metric_before")] == "81.29" and m[t("path.metric_after")] == "85.00"
    plan_table = next(d.value for d in at.dataframe if t("path.col_to") in d.value.columns)
    assert list(plan_table[t("path.col_indicator")]) == [10]       # cheapest: OIT indicator 10 (65.97)
    assert len(at.get("plotly_chart")) == 1


def test_path_page_band_target(workspace_env):
    at = open_page(PATH_PAGE, **{state.SELECTED_UNIT: UNIT, state.SELECTED_YEAR: 2568})
    at.selectbox(key="path_target").set_value("ผ่านดี").run()
    assert not at.exception
    assert metrics(at)[t("path.metric_level")] == "ผ่านดี"


def test_path_page_unreachable_warns_with_the_reason(workspace_env, monkeypatch):
    real = planner.load_defaults()
    monkeypatch.setattr(planner, "load_defaults", lambda *a: {**real, "cap": {"default": 70.0}})
    at = open_page(PATH_PAGE, **{state.SELECTED_UNIT: UNIT, state.SELECTED_YEAR: 2568})
    assert not at.exception
    texts = [w.value for w in at.warning]
    assert any("ไปไม่ถึงเป้าหมาย" in x and "เพดานตัวชี้วัดที่" in x for x in texts), texts


def test_items_page_demo_then_plan_with_items(workspace_env):
    at = open_page(ITEMS_PAGE, **{state.SELECTED_UNIT: UNIT, state.SELECTED_YEAR: 2568})
    assert not at.exception
    assert any(t("items.empty") == i.value for i in at.info)
    at.button(key="items_demo").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="items_unit").value == UNIT
    m = metrics(at)
    assert m[t("items.metric_present")] == "15" and m[t("items.metric_missing")] == "7"
    assert any("ไม่ครบ" in i.value for i in at.info), "the FY2568 NACC list is partial"
    missing = next(d.value for d in at.dataframe if t("items.col_name") in d.value.columns)
    assert "O25" in list(missing[t("items.col_code")])
    assert "แผนปฏิบัติการป้องกันการทุจริต" in list(missing[t("items.col_name")])
    assert len(at.get("plotly_chart")) == 1
    at.switch_page(PATH_PAGE).run()
    assert not at.exception
    assert at.checkbox(key=state.USE_ITEMS).value
    assert any(t("path.items_head") == s.value for s in at.subheader)


def test_items_page_bad_file_shows_the_report(workspace_env):
    bad = (ROOT / "tests" / "data" / "items_no_header.csv").read_bytes()
    at = open_page(ITEMS_PAGE, **{state.ITEMS_FILE: items_session.held_file("items_no_header.csv", bad)})
    assert not at.exception
    assert any("items_no_header.csv" in e.value for e in at.error)


def test_items_page_reads_its_file_once_per_content_and_family(workspace_env, monkeypatch):
    """Issue 13.6: the item file is hashed once when it arrives and read once per OIT family; reruns after a widget
    change reuse what was read."""
    from analysis.ita import ingest_items_bytes, oit_families

    reads, hashes = [], []
    held_file = items_session.held_file
    cache.items_file.clear()
    monkeypatch.setattr(cache, "ingest_items_bytes", lambda data, name, family: reads.append(family)
                        or ingest_items_bytes(data, name, family))
    monkeypatch.setattr(items_session, "held_file", lambda *a, **k: hashes.append(a[0]) or held_file(*a, **k))
    at = open_page(ITEMS_PAGE)
    at.button(key="items_demo").click().run()
    assert not at.exception and reads == ["nacc"] and len(hashes) == 1
    units = at.selectbox(key="items_unit").options
    at.selectbox(key="items_unit").set_value(units[-1]).run()
    at.selectbox(key="items_unit").set_value(units[0]).run()
    assert not at.exception and at.selectbox(key="items_unit").value == units[0]
    assert reads == ["nacc"] and len(hashes) == 1, "no widget change reads or hashes the file again"
    other = next((f for f in oit_families() if f != "nacc"), None)
    if other is not None:
        at.selectbox(key=state.ITEMS_FAMILY).set_value(other).run()
        assert not at.exception and reads == ["nacc", other], "another family reads the file once more"
