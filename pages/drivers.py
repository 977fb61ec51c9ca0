"""Drivers: for one year across units, which indicators separate passing from failing units, with plain words."""
import streamlit as st

from analysis.ita import drivers, overview
from analysis.ita.framework import for_year
from analysis.ita.scoring import DEFAULT_PASS_MARK
from ui import boot, cache, charts_indicators, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import p_text, pick, table

boot.ensure_navigation()
st.title(tr("drv.title"))
ws = cache.workspace()
years = overview.available_years(ws.results)
boot.require([] if ws.scores.empty else years)
boot.demo_notice(ws.has_demo)

col_year, _ = st.columns([1, 3])
year = pick(tr("ind.pick_year"), years, state.SELECTED_YEAR, "drv_year",
            lambda y: tr("common.be_year", year=y), col_year)
fw = for_year(year)
pass_mark = fw.pass_mark if fw else DEFAULT_PASS_MARK
name_col = "name_th" if lang() == "th" else "name_en"
drv = drivers.drivers(ws.scores, ws.results, year)
if drv.empty:
    st.info(tr("cmp.no_indicators"))
    st.stop()
n_pass, n_fail = int(drv["n_pass"].max()), int(drv["n_fail"].max())
st.markdown(tr("drv.counts", year=year, n_pass=n_pass, n_fail=n_fail))
if n_pass == 0 or n_fail == 0:
    st.info(tr("drv.one_group"))
    st.stop()

top = drv.iloc[0]
st.markdown(tr("drv.summary", number=top["indicator"], name=top[name_col], diff=top["diff_median"],
               points=top["points_diff"]))
if min(n_pass, n_fail) < drivers.MIN_GROUP:
    st.warning(tr("drv.caveat_small", n_pass=n_pass, n_fail=n_fail))
st.plotly_chart(charts_indicators.drivers_dumbbell(
    drv, name_col, tr("drv.chart", year=year), pass_mark, tr("common.pass_line"), tr("drv.legend_pass"),
    tr("drv.legend_fail")), config=PLOTLY_CONFIG, width="stretch")
st.info(tr("drv.explain"), icon=":material/info:")

st.subheader(tr("drv.table"))
drv["test_text"] = [p_text(p, tr("drv.small")) for p in drv["p_value"]]
table(drv, {"indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"), "weight": tr("ind.col_weight"),
            "median_pass": tr("drv.col_median_pass"), "median_fail": tr("drv.col_median_fail"),
            "diff_median": tr("drv.col_diff"), "points_diff": tr("drv.col_points"),
            "prob_superiority": tr("drv.col_sup"), "test_text": tr("drv.col_test")},
      f"drivers_{year}", "drv_table",
      formats={"weight": "%.0f", "median_pass": "%.2f", "median_fail": "%.2f", "diff_median": "%+.2f",
               "points_diff": "%.2f", "prob_superiority": "%.2f"})
