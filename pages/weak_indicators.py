"""Weak indicators: for one unit and year, indicators ranked by points lost, against 85 and the peer median."""
import pandas as pd
import streamlit as st

from analysis.ita import indicators, overview
from analysis.ita.framework import for_year
from analysis.ita.scoring import DEFAULT_PASS_MARK
from ui import boot, cache, charts_indicators, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import pick, table

boot.ensure_navigation()
st.title(tr("ind.title"))
ws = cache.workspace()
years = overview.available_years(ws.results)
boot.require([] if ws.scores.empty else years)
boot.demo_notice(ws.has_demo)

col_year, col_unit = st.columns([1, 3])
year = pick(tr("ind.pick_year"), years, state.SELECTED_YEAR, "ind_year",
            lambda y: tr("common.be_year", year=y), col_year)
units = sorted(ws.results.loc[ws.results["fiscal_year"] == year, "unit"].unique())
unit = pick(tr("ind.pick_unit"), units, state.SELECTED_UNIT, "ind_unit", container=col_unit)

weak = indicators.weak_indicators(ws.scores, unit, year)
if weak.empty:
    st.info(tr("ind.no_scores", unit=unit, year=year))
    st.stop()
fw = for_year(year)
pass_mark = fw.pass_mark if fw else DEFAULT_PASS_MARK
summary = indicators.summarise(weak, ws.scores, unit, year)
name_col = "name_th" if lang() == "th" else "name_en"
result = ws.results.loc[(ws.results["fiscal_year"] == year) & (ws.results["unit"] == unit)].iloc[0]

m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("ind.metric_total"), "–" if pd.isna(result["total"]) else f"{result['total']:.2f}",
          result["level"] or None, delta_color="off", delta_arrow="off")
m2.metric(tr("ind.metric_lost"), f"{summary.total_lost:.2f}")
m3.metric(tr("ind.metric_below_85"), f"{summary.n_below_85}", tr("ind.metric_of", n=summary.n_indicators),
          delta_color="off", delta_arrow="off")
m4.metric(tr("ind.metric_below_peer"), f"{summary.n_below_peer}", tr("ind.metric_of", n=summary.n_indicators),
          delta_color="off", delta_arrow="off")

if fw is None:
    st.info(tr("ind.no_weights"))
if summary.weakest:
    lines = [tr("ind.summary_head", n=len(summary.weakest), unit=unit, year=year)] + [
        f"{k}. " + tr("ind.summary_item", number=w.indicator, name=w.name_th if lang() == "th" else w.name_en,
                      score=f"{w.score:.2f}", points=f"{w.points_lost:.2f}")
        for k, w in enumerate(summary.weakest, start=1)]
    st.markdown("\n".join(lines))
    st.caption(tr("ind.summary_tail", total=f"{summary.total_lost:.2f}", below=summary.n_below_85,
                  n=summary.n_indicators, unit_type=summary.unit_type, peers=summary.n_peer_units,
                  below_peer=summary.n_below_peer))
elif fw is not None:
    st.success(tr("ind.summary_none", unit=unit, year=year))

failing = pd.notna(result["passed"]) and not result["passed"]
if st.button(tr("ind.go_path" if failing else "ind.go_path_band", unit=unit), icon=":material/route:",
             key="ind_go_path", type="primary" if failing else "secondary"):
    st.switch_page(boot.page("path_to_85"))

st.plotly_chart(charts_indicators.weak_bars(
    weak, name_col, tr("ind.chart", unit=unit, year=year), pass_mark, tr("common.pass_line"),
    tr("ind.legend_ok"), tr("ind.legend_below"), tr("ind.legend_peer", unit_type=summary.unit_type),
    tr("ind.col_score"), tr("ind.col_points_lost")), config=PLOTLY_CONFIG, width="stretch")

st.subheader(tr("ind.table"))
table(weak, {"rank": tr("ind.col_rank"), "indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"),
             "tool": tr("ind.col_tool"), "weight": tr("ind.col_weight"), "score": tr("ind.col_score"),
             "points_lost": tr("ind.col_points_lost"), "below_85": tr("ind.col_below_85"),
             "distance_below_85": tr("ind.col_distance"), "peer_median": tr("ind.col_peer_median"),
             "below_peer_median": tr("ind.col_below_peer"), "gap_to_peer": tr("ind.col_gap_to_peer"),
             "n_peers": tr("ind.col_n_peers")},
      f"weak_{unit}_{year}", "ind_table",
      formats={"weight": "%.0f", "score": "%.2f", "points_lost": "%.2f", "distance_below_85": "%.2f",
               "peer_median": "%.2f", "gap_to_peer": "%.2f"})
st.caption(tr("ind.peer_note"))
