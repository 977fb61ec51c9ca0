"""Drivers: for one year across units, which indicators separate passing from failing units, with plain words."""
import streamlit as st

from analysis.ita import drivers_view
from ui import boot, cache, charts_indicators, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_year, table, with_test_text

ws = page_setup("drv.title")
v = cache.view(drivers_view, ws, year=st.session_state.get(state.SELECTED_YEAR), lang=lang())
boot.require(v.years)

col_year, _ = st.columns([1, 3])
pick_year(tr("ind.pick_year"), v.years, state.SELECTED_YEAR, state.DRV_YEAR, col_year)
if v.drivers.empty:
    st.info(tr("cmp.no_indicators"))
    st.stop()
st.markdown(tr("drv.counts", year=v.year, n_pass=v.n_pass, n_fail=v.n_fail))
if v.one_group:
    st.info(tr("drv.one_group"))
    st.stop()

st.markdown(tr("drv.summary", number=v.top.indicator, name=v.top.name, diff=v.top.diff_median,
               points=v.top.points_diff))
if v.small_groups:
    st.warning(tr("drv.caveat_small", n_pass=v.n_pass, n_fail=v.n_fail))
st.plotly_chart(charts_indicators.drivers_dumbbell(
    v.drivers, v.name_col, tr("drv.chart", year=v.year), v.pass_mark, tr("common.pass_line"), tr("drv.legend_pass"),
    tr("drv.legend_fail"), presenting()), config=theme.config(f"drivers-{v.year}"), width="stretch")
st.info(tr("drv.explain"), icon=":material/info:")

st.subheader(tr("drv.table"))
table(with_test_text(v.drivers, lambda r: tr("drv.small")),
      {"indicator": tr("ind.col_indicator"), v.name_col: tr("ind.col_name"), "weight": tr("ind.col_weight"),
       "median_pass": tr("drv.col_median_pass"), "median_fail": tr("drv.col_median_fail"),
       "diff_median": tr("drv.col_diff"), "points_diff": tr("drv.col_points"),
       "prob_superiority": tr("drv.col_sup"), "test_text": tr("drv.col_test")},
      f"drivers_{v.year}", "drv_table",
      formats={"weight": "%.0f", "median_pass": "%.2f", "median_fail": "%.2f", "diff_median": "%+.2f",
               "points_diff": "%.2f", "prob_superiority": "%.2f"})
