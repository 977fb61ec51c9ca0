"""Comparison across units: heatmap of indicator scores around 85, ranking with peer percentile, pass rate by type."""
import streamlit as st

from analysis.ita import comparison_view
from ui import big_tables, boot, cache, charts_indicators, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_year, table

ws = page_setup("cmp.title")
v = cache.view(comparison_view, ws, year=st.session_state.get(state.SELECTED_YEAR),
               unit_types=st.session_state.get(state.CMP_TYPES) or [], lang=lang(),
               unit=st.session_state.get(state.SELECTED_UNIT))
present = presenting()
boot.require(v.years)

col_year, col_types = st.columns([1, 3])
pick_year(tr("ind.pick_year"), v.years, state.SELECTED_YEAR, state.CMP_YEAR, col_year)
col_types.multiselect(tr("cmp.unit_types"), v.unit_types, key=state.CMP_TYPES, placeholder=tr("cmp.unit_types_all"))
year = v.year

m1, m2 = st.columns(2)
m1.metric(tr("cmp.metric_units"), f"{v.n_units:,}")
m2.metric(tr("cmp.metric_pass"), f"{v.n_passing:,}", f"{v.share_passing:.1%}", delta_color="off", delta_arrow="off")

if v.matrix.empty:
    st.info(tr("cmp.no_indicators"))
else:
    heat_title = tr("cmp.heatmap", year=year) if v.heat_all else tr(
        "chart.heat_lowest", n=len(v.heat), year=year, units=f"{len(v.matrix):,}")
    st.plotly_chart(charts_indicators.heatmap(
        v.heat, v.indicator_names, heat_title, v.pass_mark, "85", tr("common.unit"),
        tr("cmp.heatmap_axis"), tr("ind.col_score"), v.unit, present),
        config=theme.config(f"comparison-indicators-{year}"), width="stretch")
    if not v.heat_types.empty:
        st.plotly_chart(charts_indicators.heatmap(
            v.heat_types, v.indicator_names, tr("chart.heat_types", year=year), v.pass_mark, "85",
            tr("common.unit_type"), tr("cmp.heatmap_axis"), tr("ind.col_score"), present=present),
            config=theme.config(f"comparison-types-{year}"), width="stretch")
    st.caption(tr("cmp.heatmap_note"))
    big_tables.searchable(
        v.matrix_table, {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), "total": tr("common.total"),
                         **{c: f"{tr('ind.col_indicator')} {n}" for c, n in v.indicator_columns.items()}},
        f"indicators_{year}", "cmp_matrix", state.CMP_MATRIX_SEARCH,
        formats={c: "%.2f" for c in ["total", *v.indicator_columns]})

st.subheader(tr("cmp.ranking"))
st.caption(tr("cmp.percentile_note", prev=v.prev_year) if v.prev_year else tr("cmp.percentile_note_no_prev"))
big_tables.searchable(v.ranking, {"rank": tr("ind.col_rank"), "unit": tr("common.unit"), "unit_type": tr("common.unit_type"),
                  "total": tr("common.total"), "level": tr("common.level"),
                  "percentile_in_type": tr("cmp.col_percentile"), "n_in_type": tr("cmp.col_n_in_type"),
                  "total_prev": tr("cmp.col_total_prev"), "rank_prev": tr("cmp.col_rank_prev"),
                  "rank_change": tr("cmp.col_rank_change")},
      f"ranking_{year}", "cmp_ranking", state.CMP_RANKING_SEARCH,
      formats={"total": "%.2f", "percentile_in_type": "%.1f", "total_prev": "%.2f", "rank_change": "%+d"})

st.subheader(tr("cmp.pass_rate"))
left, right = st.columns([3, 2])
left.plotly_chart(charts_indicators.pass_rate_bars(v.rates, tr("cmp.chart_pass_rate", year=year),
                                                   tr("cmp.share_axis"), present, share=0.6),
                  config=theme.config(f"comparison-pass-rate-{year}"), width="stretch")
table(v.rates_table, {"unit_type": tr("common.unit_type"), "units": tr("cmp.col_units"),
                      "passing": tr("cmp.col_passing"), "share": tr("cmp.col_share")},
      f"pass_rate_{year}", "cmp_rates", formats={"share": "%.1f"}, container=right)
