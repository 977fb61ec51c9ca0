"""Comparison across units: heatmap of indicator scores around 85, ranking with peer percentile, pass rate by type."""
import streamlit as st

from analysis.ita import compare, overview
from analysis.ita.framework import for_year
from analysis.ita.scoring import DEFAULT_PASS_MARK
from ui import boot, cache, charts_indicators, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import pick, table

boot.ensure_navigation()
st.title(tr("cmp.title"))
ws = cache.workspace()
years = overview.available_years(ws.results)
boot.require(years)
boot.demo_notice(ws.has_demo)

col_year, col_types = st.columns([1, 3])
year = pick(tr("ind.pick_year"), years, state.SELECTED_YEAR, "cmp_year",
            lambda y: tr("common.be_year", year=y), col_year)
types = col_types.multiselect(tr("cmp.unit_types"), overview.available_unit_types(ws.results), key="cmp_types",
                              placeholder=tr("cmp.unit_types_all"))
fw = for_year(year)
pass_mark = fw.pass_mark if fw else DEFAULT_PASS_MARK
name_col = "name_th" if lang() == "th" else "name_en"
ranks = compare.ranking(ws.results, year, types)
rates = compare.pass_rate_by_type(ws.results, year, types)

m1, m2 = st.columns(2)
m1.metric(tr("cmp.metric_units"), f"{len(ranks):,}")
n_pass = int(rates["passing"].sum())
m2.metric(tr("cmp.metric_pass"), f"{n_pass:,}", f"{n_pass / max(1, int(rates['units'].sum())):.1%}",
          delta_color="off", delta_arrow="off")

matrix = compare.indicator_matrix(ws.scores, ws.results, year, types)
if matrix.empty:
    st.info(tr("cmp.no_indicators"))
else:
    names_fw = fw or for_year(max(years))
    names = {i.number: getattr(i, name_col) for i in names_fw.indicators} if names_fw else {}
    st.plotly_chart(charts_indicators.heatmap(
        matrix, names, tr("cmp.heatmap", year=year), pass_mark, "85", tr("common.unit"),
        tr("cmp.heatmap_axis"), tr("ind.col_score")), config=PLOTLY_CONFIG, width="stretch")
    st.caption(tr("cmp.heatmap_note"))
    table(matrix.reset_index(), {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"),
                                 "total": tr("common.total"),
                                 **{c: f"{tr('ind.col_indicator')} {c[1:]}" for c in matrix.columns if c[:1] == "i"}},
          f"indicators_{year}", "cmp_matrix",
          formats={c: "%.2f" for c in ["total", *[c for c in matrix.columns if c[:1] == "i"]]})

st.subheader(tr("cmp.ranking"))
prev = compare.previous_year(ws.results, year)
st.caption(tr("cmp.percentile_note", prev=prev) if prev else tr("cmp.percentile_note_no_prev"))
table(ranks, {"rank": tr("ind.col_rank"), "unit": tr("common.unit"), "unit_type": tr("common.unit_type"),
              "total": tr("common.total"), "level": tr("common.level"),
              "percentile_in_type": tr("cmp.col_percentile"), "n_in_type": tr("cmp.col_n_in_type"),
              "total_prev": tr("cmp.col_total_prev"), "rank_prev": tr("cmp.col_rank_prev"),
              "rank_change": tr("cmp.col_rank_change")},
      f"ranking_{year}", "cmp_ranking",
      formats={"total": "%.2f", "percentile_in_type": "%.1f", "total_prev": "%.2f", "rank_change": "%+d"})

st.subheader(tr("cmp.pass_rate"))
left, right = st.columns([3, 2])
left.plotly_chart(charts_indicators.pass_rate_bars(rates, tr("cmp.chart_pass_rate", year=year),
                                                   tr("cmp.share_axis")), config=PLOTLY_CONFIG, width="stretch")
table(rates.assign(share=rates["share"] * 100),
      {"unit_type": tr("common.unit_type"), "units": tr("cmp.col_units"), "passing": tr("cmp.col_passing"),
       "share": tr("cmp.col_share")}, f"pass_rate_{year}", "cmp_rates", formats={"share": "%.1f"}, container=right)
