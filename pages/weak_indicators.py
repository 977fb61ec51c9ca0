"""Weak indicators: for one unit and year, indicators ranked by points lost, against 85 and the peer median."""
import pandas as pd
import streamlit as st

from analysis.ita import weak_view
from ui import boot, cache, charts_indicators, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_unit, pick_year, table

ws = page_setup("ind.title")
v = cache.view(weak_view, ws, year=st.session_state.get(state.SELECTED_YEAR),
               unit=st.session_state.get(state.SELECTED_UNIT), lang=lang())
boot.require(v.years)

col_year, col_unit = st.columns([1, 3])
pick_year(tr("ind.pick_year"), v.years, state.SELECTED_YEAR, state.IND_YEAR, col_year)
pick_unit(tr("ind.pick_unit"), v.units, state.IND_UNIT, state.IND_TYPE, ws, col_unit)
unit, year, s = v.unit, v.year, v.summary
if v.weak.empty:
    st.info(tr("ind.no_scores", unit=unit, year=year))
    st.stop()

m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("ind.metric_total"), "–" if pd.isna(v.total) else f"{v.total:.2f}", v.level, delta_color="off",
          delta_arrow="off")
m2.metric(tr("ind.metric_lost"), f"{s.total_lost:.2f}")
m3.metric(tr("ind.metric_below_85"), f"{s.n_below_85}", tr("ind.metric_of", n=s.n_indicators),
          delta_color="off", delta_arrow="off")
m4.metric(tr("ind.metric_below_peer"), f"{s.n_below_peer}", tr("ind.metric_of", n=s.n_indicators),
          delta_color="off", delta_arrow="off")

if not v.has_framework:
    st.info(tr("ind.no_weights"))
if v.weakest:
    st.markdown("\n".join([tr("ind.summary_head", n=len(v.weakest), unit=unit, year=year)] + [
        f"{k}. " + tr("ind.summary_item", number=w.indicator, name=w.name, score=f"{w.score:.2f}",
                      points=f"{w.points_lost:.2f}")
        for k, w in enumerate(v.weakest, start=1)]))
    st.caption(tr("ind.summary_tail", total=f"{s.total_lost:.2f}", below=s.n_below_85, n=s.n_indicators,
                  unit_type=s.unit_type, peers=s.n_peer_units, below_peer=s.n_below_peer))
elif v.has_framework:
    st.success(tr("ind.summary_none", unit=unit, year=year))

if st.button(tr("ind.go_path" if v.failing else "ind.go_path_band", unit=unit), icon=":material/route:",
             key="ind_go_path", type="primary" if v.failing else "secondary"):
    st.switch_page(boot.page("path_to_85"))

st.plotly_chart(charts_indicators.weak_bars(
    v.weak, v.name_col, tr("ind.chart", unit=unit, year=year), v.pass_mark, tr("common.pass_line"),
    tr("ind.legend_ok"), tr("ind.legend_below"), tr("ind.legend_peer", unit_type=s.unit_type),
    tr("ind.col_score"), tr("ind.col_points_lost"), presenting()), config=theme.config(f"weak-indicators-{unit}-{year}"),
    width="stretch")

st.subheader(tr("ind.table"))
table(v.weak, {"rank": tr("ind.col_rank"), "indicator": tr("ind.col_indicator"), v.name_col: tr("ind.col_name"),
               "tool": tr("ind.col_tool"), "weight": tr("ind.col_weight"), "score": tr("ind.col_score"),
               "points_lost": tr("ind.col_points_lost"), "below_85": tr("ind.col_below_85"),
               "distance_below_85": tr("ind.col_distance"), "peer_median": tr("ind.col_peer_median"),
               "below_peer_median": tr("ind.col_below_peer"), "gap_to_peer": tr("ind.col_gap_to_peer"),
               "n_peers": tr("ind.col_n_peers")},
      f"weak_{unit}_{year}", "ind_table",
      formats={"weight": "%.0f", "score": "%.2f", "points_lost": "%.2f", "distance_below_85": "%.2f",
               "peer_median": "%.2f", "gap_to_peer": "%.2f"})
st.caption(tr("ind.peer_note"))
