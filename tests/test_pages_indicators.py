"""AppTest of the indicator-analysis pages on the demo: weak indicators, comparison, year over year, drivers."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis.common.text import t
from tests.apptest_support import open_app, page_path
from ui import state

ROOT = Path(__file__).resolve().parent.parent
FINANCE = "สำนักการคลัง"     # demo: 90.18 in FY2568


def open_page(name: str, **session) -> AppTest:
    at = open_app(page_path(name), **session)
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def test_weak_indicators_preselected_unit_shows_its_three_weakest_and_costs():
    at = open_page("weak_indicators", **{state.SELECTED_UNIT: FINANCE, state.SELECTED_YEAR: 2568})
    assert at.selectbox(key="ind_unit").value == FINANCE
    m = metrics(at)
    assert m[t("ind.metric_total")] == "90.18"
    assert m[t("ind.metric_lost")] == "9.82"          # 100 − 90.18
    body = texts(at)
    for number, points in ((10, "3.13"), (9, "2.29"), (7, "1.04")):
        assert t("ind.summary_item", number=number, name="", score="", points="").split(" ")[0] in body
        assert f"เสียไป {points} คะแนน" in body
    assert len(at.get("plotly_chart")) == 1
    assert len(at.get("download_button")) == 1
    assert len(at.dataframe[0].value) == 10


def test_weak_indicators_choice_is_shared_with_year_over_year():
    at = open_page("weak_indicators")
    at.selectbox(key="ind_unit").set_value(FINANCE).run()
    assert at.session_state[state.SELECTED_UNIT] == FINANCE
    at.switch_page(str(ROOT / "pages" / "year_over_year.py")).run()
    assert not at.exception
    assert at.selectbox(key="yoy_unit").value == FINANCE


def test_weak_indicators_in_english():
    at = open_page("weak_indicators", **{state.SELECTED_UNIT: FINANCE, state.SELECTED_YEAR: 2568})
    at.session_state[state.LANG] = "en"
    at.run()
    assert not at.exception
    assert "Indicator 10 Corruption prevention: scored 84.34, which costs 3.13 points" in texts(at)


def test_comparison_counts_pass_rate_and_filters_by_type():
    at = open_page("comparison", **{state.SELECTED_YEAR: 2568})
    m = metrics(at)
    assert (m[t("cmp.metric_units")], m[t("cmp.metric_pass")]) == ("72", "66")    # demo FY2568: 66/72 pass
    assert len(at.get("plotly_chart")) == 3                 # heatmap of the lowest units, by type, pass rate
    assert len(at.get("download_button")) == 3               # matrix, ranking, pass rate
    ranking = at.dataframe[1].value
    assert ranking.iloc[0][t("common.unit")] == "สำนักการแพทย์" and ranking.iloc[0][t("ind.col_rank")] == 1
    at.multiselect(key="cmp_types").set_value(["สำนักงานเขต"]).run()
    assert metrics(at)[t("cmp.metric_units")] == "50"


def test_year_over_year_counts_crossings_and_explains_the_test():
    at = open_page("year_over_year", **{state.SELECTED_YEAR: 2568, state.SELECTED_UNIT: FINANCE})
    m = metrics(at)
    assert (m[t("yoy.metric_units")], m[t("yoy.metric_up")], m[t("yoy.metric_down")]) == ("72", "3", "0")
    assert any(t("yoy.test_explain") == i.value for i in at.info)
    group = at.dataframe[2].value
    assert group.iloc[0][t("ind.col_indicator")] == 10 and "p" in group.iloc[0][t("yoy.col_test")]
    at.selectbox(key="yoy_measure").set_value(10).run()
    assert not at.exception


def test_year_over_year_first_year_says_there_is_nothing_to_compare():
    at = open_page("year_over_year", **{state.SELECTED_YEAR: 2565})
    assert any(t("yoy.no_prev", year=2565) == i.value for i in at.info)


def test_drivers_names_the_strongest_indicator_with_p_values():
    at = open_page("drivers", **{state.SELECTED_YEAR: 2568})
    body = texts(at)
    assert t("drv.counts", year=2568, n_pass=66, n_fail=6) in body
    assert "ตัวชี้วัดที่ 10 การป้องกันการทุจริต" in body
    table = at.dataframe[0].value
    assert table.iloc[0][t("drv.col_diff")] == pytest.approx(18.39)
    assert table[t("drv.col_test")].str.startswith("p").all()
    assert len(at.get("download_button")) == 1


@pytest.fixture
def uploaded(empty_workspace_env):
    """A workspace without the demo holding two uploads: 5 hospitals with indicators (FY2568, one fails)
    and a total-only file (FY2566)."""
    from analysis.common import settings
    from analysis.store import Store, ingest_and_store

    store = Store(settings.database_url())
    for path in (ROOT / "data" / "samples" / "demo_upload_example.csv", ROOT / "tests" / "data" / "ingest_total_only.csv"):
        assert ingest_and_store(store, path.read_bytes(), path.name).status == "saved"
    store.close()


def test_uploaded_small_group_gets_caveats_not_p_values(uploaded):
    at = open_page("drivers", **{state.SELECTED_YEAR: 2568})
    assert t("drv.counts", year=2568, n_pass=4, n_fail=1) in texts(at)
    assert any(t("drv.caveat_small", n_pass=4, n_fail=1) == w.value for w in at.warning)
    assert (at.dataframe[0].value[t("drv.col_test")] == t("drv.small")).all()


def test_uploaded_total_only_unit_explains_there_are_no_indicator_scores(uploaded):
    at = open_page("weak_indicators", **{state.SELECTED_YEAR: 2566, state.SELECTED_UNIT: "Bang Rak District Office"})
    assert any(t("ind.no_scores", unit="Bang Rak District Office", year=2566) == i.value for i in at.info)
    at = open_page("weak_indicators", **{state.SELECTED_YEAR: 2568, state.SELECTED_UNIT: "โรงพยาบาลกลาง"})
    assert metrics(at)[t("ind.metric_total")] == "75.27"


@pytest.mark.parametrize("page", ["comparison", "year_over_year"])
def test_uploaded_data_pages_render(uploaded, page):
    at = open_page(page, **{state.SELECTED_YEAR: 2568})
    assert at.title
    if page == "year_over_year":     # FY2566 has totals of other units only
        assert any(t("yoy.no_pairs", prev=2566, year=2568) == i.value for i in at.info)


def test_every_change_table_is_sent_only_when_asked_for_and_capped():
    """Issue 16.1: the every-unit-and-indicator table (83,000 rows nationally) is not hidden in a collapsed
    expander: it reaches the page only when switched on, at most SHOWN_ROWS rows of it, searchable by unit."""
    from ui.big_tables import SHOWN_ROWS

    at = open_page("year_over_year", **{state.SELECTED_YEAR: 2568, state.SELECTED_UNIT: FINANCE})
    before = len(at.dataframe)
    assert not at.toggle(key=state.YOY_ALL_SHOW).value
    at.toggle(key=state.YOY_ALL_SHOW).set_value(True).run()
    assert not at.exception and len(at.dataframe) == before + 1
    every = at.dataframe[-1].value
    assert len(every) == SHOWN_ROWS < 720, "72 units × 10 indicators, capped on the page"
    assert any(t("common.table_rows", shown=f"{SHOWN_ROWS:,}", rows="720") == c.value for c in at.caption)
    at.text_input(key=state.YOY_ALL_SEARCH).input("การคลัง").run()
    found = at.dataframe[-1].value
    assert len(found) == 10 and set(found[t("common.unit")]) == {FINANCE}


@pytest.mark.parametrize("page, searches", [
    ("overview", (state.OVERVIEW_ALL_SEARCH,)),
    ("comparison", (state.CMP_MATRIX_SEARCH, state.CMP_RANKING_SEARCH)),
])
def test_a_long_list_of_units_is_capped_on_the_page_and_searchable(monkeypatch, page, searches):
    """Issue 16: a national group's every-unit tables (8,300 rows) never go to the page whole — at most SHOWN_ROWS
    rows, a unit search, the download with every row. Here the cap is lowered below the demo's 72 units."""
    import ui.big_tables

    monkeypatch.setattr(ui.big_tables, "SHOWN_ROWS", 20)
    at = open_page(page, **{state.SELECTED_YEAR: 2568, state.SELECTED_UNIT: FINANCE})
    if page == "overview":                  # the overview's table of every unit comes when switched on
        assert not at.toggle(key=state.OVERVIEW_ALL_SHOW).value
        at.toggle(key=state.OVERVIEW_ALL_SHOW).set_value(True).run()
    capped = [d.value for d in at.dataframe if len(d.value) == 20]
    assert len(capped) == len(searches), "each long table shows 20 rows"
    assert sum(t("common.table_rows", shown="20", rows="72") == c.value for c in at.caption) == len(searches)
    for key in searches:
        at.text_input(key=key).input("การคลัง").run()
        assert not at.exception
    found = [d.value for d in at.dataframe if t("common.unit") in d.value.columns and len(d.value) == 1]
    assert len(found) == len(searches) and all(set(f[t("common.unit")]) == {FINANCE} for f in found)
