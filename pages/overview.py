"""Overview: for the chosen year, how many units passed 85, the mean and median, the lowest units."""
import streamlit as st

from analysis.ita import overview
from analysis.ita.framework import for_year
from analysis.store.workspace import seed_demo
from ui import boot, cache, charts, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG

boot.ensure_navigation()
st.title(tr("overview.title"))
ws = cache.workspace()
years = overview.available_years(ws.results)

if not years:
    st.info(tr("overview.empty"))
    left, right = st.columns(2)
    if left.button(tr("overview.load_demo"), type="primary"):
        with st.spinner(tr("overview.load_demo")):
            seed_demo(cache.store(), force=True)
        st.rerun()
    right.page_link(boot.page("data"), label=tr("overview.go_data"), icon=":material/folder_open:")
    st.stop()

boot.demo_notice(ws.has_demo)
demo_suffix = f" — {tr('common.demo_badge')}" if ws.has_demo else ""

types_all = overview.available_unit_types(ws.results)
col_year, col_types = st.columns([1, 3])
if st.session_state.get(state.YEAR) not in years:
    st.session_state[state.YEAR] = years[0]
year = col_year.selectbox(tr("overview.year"), years, key=state.YEAR,
                          format_func=lambda y: tr("common.be_year", year=y))
types = col_types.multiselect(tr("overview.unit_types"), types_all, key=state.UNIT_TYPES,
                              help=tr("overview.unit_types_help"),
                              placeholder=tr("overview.unit_types_all"))

fw = for_year(year)
summary = overview.year_summary(ws.results, year, types)
if summary.units == 0:
    st.info(tr("overview.no_rows"))
    st.stop()

m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("overview.metric_units"), f"{summary.units:,}")
m2.metric(tr("overview.metric_passing"), f"{summary.passing:,}",
          tr("overview.metric_passing_share", share=f"{summary.share_passing:.1%}"), delta_color="off",
          delta_arrow="off")
m3.metric(tr("overview.metric_mean"), f"{summary.mean:.2f}")
m4.metric(tr("overview.metric_median"), f"{summary.median:.2f}")
if fw is not None:
    st.caption(tr("overview.grading_levels" if fw.grading == "levels" else "overview.grading_bands")
               + " · " + tr("overview.rounding"))

totals = overview.sorted_totals(ws.results, year, types)
labels = fw.labels if fw else ()
names = overview.level_names(fw, lang())
pass_mark = fw.pass_mark if fw else 85.0
undecided = int((totals["level"] == overview.UNDECIDED).sum())
if undecided:
    st.info(tr("overview.undecided_count", n=undecided))

st.plotly_chart(
    charts.totals_bar(totals, tr("overview.chart_totals", year=year) + demo_suffix, pass_mark,
                      tr("common.pass_line"), labels, tr("common.level"), tr("common.total"), names),
    config=PLOTLY_CONFIG, width="stretch")

left, right = st.columns([2, 3])
dist = overview.level_distribution(ws.results, year, labels, types)
left.plotly_chart(
    charts.level_distribution_bar(dist, tr("overview.chart_levels", year=year) + demo_suffix,
                                  tr("common.units_suffix"), names),
    config=PLOTLY_CONFIG, width="stretch")
right.subheader(tr("overview.lowest", n=10))
pick_col, go_col = right.columns([3, 2], vertical_alignment="bottom")
chosen = pick_col.selectbox(tr("overview.open_unit"), list(totals["unit"]), key="overview_open_unit")
if go_col.button(tr("overview.open_weak"), icon=":material/troubleshoot:", key="overview_go_weak"):
    st.session_state[state.SELECTED_UNIT], st.session_state[state.SELECTED_YEAR] = chosen, year
    st.switch_page(boot.page("weak_indicators"))
lowest = overview.lowest_units(ws.results, year, types, n=10)
lowest["level"] = lowest["level"].map(lambda lv: names.get(lv, lv))
note = "level_note" if lang() == "th" else "level_note_en"
right.dataframe(
    lowest[["unit", "total", "level", "gap_to_85", note]].rename(columns={
        "unit": tr("common.unit"), "total": tr("common.total"), "level": tr("common.level"),
        "gap_to_85": tr("common.gap"), note: tr("common.level_note")}),
    hide_index=True, width="stretch",
    column_config={tr("common.total"): st.column_config.NumberColumn(format="%.2f"),
                   tr("common.gap"): st.column_config.NumberColumn(format="%.2f")})
