"""Year over year: per unit and indicator change, units crossing 85, a slope chart, and group-wide paired tests."""
import streamlit as st

from analysis.ita import yoy_view
from ui import big_tables, boot, cache, charts_indicators, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_unit, pick_year, table, with_test_text

ws = page_setup("yoy.title")
v = cache.view(yoy_view, ws, year=st.session_state.get(state.SELECTED_YEAR),
               unit=st.session_state.get(state.SELECTED_UNIT), lang=lang())
boot.require(v.years)

col_year, col_unit = st.columns([1, 3])
pick_year(tr("ind.pick_year"), v.years, state.SELECTED_YEAR, state.YOY_YEAR, col_year)
year, prev, name_col = v.year, v.prev, v.name_col
if prev is None:
    st.info(tr("yoy.no_prev", year=year))
    st.stop()
st.caption(tr("yoy.caption", year=year, prev=prev))
crossed_words = {"crossed": {"up": tr("yoy.up"), "down": tr("yoy.down"), "": ""}}

m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("yoy.metric_units"), f"{v.n_units:,}")
m2.metric(tr("yoy.metric_up"), f"{v.n_up}")
m3.metric(tr("yoy.metric_down"), f"{v.n_down}")
m4.metric(tr("yoy.metric_median"), "–" if v.median_change is None else f"{v.median_change:+.2f}")

labels = {m: tr("yoy.measure_total") if m == "total" else
          tr("yoy.measure_indicator", number=m, name=v.indicator_names[m]) for m in v.measures}
measure = st.selectbox(tr("yoy.measure"), v.measures, key=state.YOY_MEASURE, format_func=labels.__getitem__)
slope_rows, before, after, n_slope = v.slope_shown(measure)
st.plotly_chart(charts_indicators.slope(
    slope_rows, before, after, tr("common.be_year", year=prev), tr("common.be_year", year=year),
    tr("yoy.chart_slope", measure=labels[measure], prev=prev, year=year), v.pass_mark, tr("common.pass_line"),
    {"up": tr("yoy.legend_up"), "down": tr("yoy.legend_down"), "": tr("yoy.legend_same")}, v.unit, presenting()),
    config=theme.config(f"year-over-year-{measure}-{prev}-{year}"), width="stretch")
if len(slope_rows) < n_slope:
    st.caption(tr("chart.slope_crossed", shown=f"{len(slope_rows):,}", units=f"{n_slope:,}"))

col_prev, col_now = tr("yoy.col_prev", prev=prev), tr("yoy.col_now", year=year)
st.subheader(tr("yoy.crossed_header"))
if v.crossed.empty:
    st.info(tr("yoy.no_crossings"))
else:
    table(v.crossed, {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), "total_prev": col_prev,
                      "total": col_now, "change": tr("yoy.col_change"), "crossed": tr("yoy.col_crossed")},
          f"crossed_85_{prev}-{year}", "yoy_crossed", formats={"total_prev": "%.2f", "total": "%.2f", "change": "%+.2f"},
          values=crossed_words)

pick_unit(tr("ind.pick_unit"), v.units, state.YOY_UNIT, state.YOY_TYPE, ws, col_unit)
st.subheader(tr("yoy.unit_header", unit=v.unit))
ind_cols = {"indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"), "score_prev": col_prev,
            "score": col_now, "change": tr("yoy.col_change"), "crossed": tr("yoy.col_crossed")}
ind_formats = {"score_prev": "%.2f", "score": "%.2f", "change": "%+.2f"}
if v.unit_changes.empty:
    st.info(tr("yoy.unit_no_pairs", unit=v.unit))
else:
    table(v.unit_changes, ind_cols, f"yoy_{v.unit}_{prev}-{year}", "yoy_unit_table", formats=ind_formats,
          values=crossed_words)

st.subheader(tr("yoy.group_header"))
if v.group.empty:
    st.info(tr("yoy.no_pairs", prev=prev, year=year))
else:
    st.markdown(tr("yoy.group_summary", best=v.best.indicator, best_name=v.best.name,
                   best_change=v.best.median_change, worst=v.worst.indicator, worst_name=v.worst.name,
                   worst_change=v.worst.median_change))
    st.plotly_chart(charts_indicators.change_bars(v.group, name_col, tr("yoy.chart_group", prev=prev, year=year),
                                                  tr("yoy.change_axis"), presenting()),
                    config=theme.config(f"year-over-year-indicators-{prev}-{year}"), width="stretch")
    if v.few_pairs is not None:
        st.warning(tr("yoy.caveat_few", n=v.few_pairs))
    st.info(tr("yoy.test_explain"), icon=":material/info:")
    group = with_test_text(v.group, lambda r: tr("yoy.few_pairs", n=r.n_pairs) if r.test == "few_pairs"
                           else tr("yoy.no_change"))
    table(group, {"indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"),
                  "n_pairs": tr("yoy.col_pairs"), "median_prev": tr("yoy.col_median_prev", prev=prev),
                  "median": tr("yoy.col_median_now", year=year), "median_change": tr("yoy.col_median_change"),
                  "improved": tr("yoy.col_improved"), "declined": tr("yoy.col_declined"),
                  "unchanged": tr("yoy.col_unchanged"), "test_text": tr("yoy.col_test")},
          f"yoy_group_{prev}-{year}", "yoy_group",
          formats={"median_prev": "%.2f", "median": "%.2f", "median_change": "%+.2f"})
    big_tables.on_request(tr("yoy.all_changes"), state.YOY_ALL_SHOW, state.YOY_ALL_SEARCH, v.changes,
                          {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), **ind_cols},
                          f"yoy_all_{prev}-{year}", "yoy_all", formats=ind_formats, values=crossed_words)
