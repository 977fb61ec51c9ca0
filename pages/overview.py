"""Overview: for the chosen year, how many units passed 85, the mean and median, the lowest units."""
import streamlit as st

from analysis.ita import demo_mark, overview_view
from analysis.store import ADMIN
from ui import auth, big_tables, boot, cache, charts, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import framework_caption, pick_unit

ws = page_setup("overview.title")
choices = dict(year=st.session_state.get(state.YEAR), unit_types=st.session_state.get(state.UNIT_TYPES) or [],
               lang=lang())
v = cache.view(overview_view, ws, **choices, unit=st.session_state.get(state.SELECTED_UNIT))

if not v.years:
    st.info(tr("overview.empty"))
    left, right = st.columns(2)
    if auth.can(ADMIN) and left.button(tr("overview.load_demo"), type="primary"):
        with st.spinner(tr("overview.load_demo")):
            cache.load_demo()
        st.rerun()
    right.page_link(boot.page("data"), label=tr("overview.go_data"), icon=":material/folder_open:")
    st.stop()

col_year, col_types, col_unit = st.columns([1, 2, 2])
if st.session_state.get(state.YEAR) != v.year:
    st.session_state[state.YEAR] = v.year
col_year.selectbox(tr("overview.year"), v.years, key=state.YEAR, format_func=lambda y: tr("common.be_year", year=y))
col_types.multiselect(tr("overview.unit_types"), v.unit_types, key=state.UNIT_TYPES,
                      help=tr("overview.unit_types_help"), placeholder=tr("overview.unit_types_all"))
if v.summary.units == 0:
    st.info(tr("overview.no_rows"))
    st.stop()
chosen = pick_unit(tr("overview.open_unit"), list(v.totals["unit"]), state.OVERVIEW_OPEN_UNIT, state.OVERVIEW_OPEN_TYPE,
                   ws, col_unit)
if chosen != v.unit:          # the picker's first option on a first visit: draw the charts with it
    v = cache.view(overview_view, ws, **choices, unit=chosen)
present, names = presenting(), v.level_names
demo_suffix = demo_mark(ws.demo_mode, ws.demo_keys, v.year, v.totals["unit"], lang())

s = v.summary
m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("overview.metric_units"), f"{s.units:,}")
m2.metric(tr("overview.metric_passing"), f"{s.passing:,}",
          tr("overview.metric_passing_share", share=f"{s.share_passing:.1%}"), delta_color="off", delta_arrow="off")
m3.metric(tr("overview.metric_mean"), f"{s.mean:.2f}")
m4.metric(tr("overview.metric_median"), f"{s.median:.2f}")
if v.grading is not None:
    st.caption(tr("overview.grading_levels" if v.grading == "levels" else "overview.grading_bands")
               + " · " + tr("overview.rounding"))
framework_caption(v.year)
if v.undecided:
    st.info(tr("overview.undecided_count", n=v.undecided))

units = f"{s.units:,}"
distribution, ranking, levels = charts.overview_figures(v, units, demo_suffix, present, tr)
st.plotly_chart(distribution, config=theme.config(f"overview-distribution-{v.year}"), width="stretch")
st.plotly_chart(ranking, config=theme.config(f"overview-{v.year}"), width="stretch")
left, right = st.columns([2, 3])
left.plotly_chart(levels, config=theme.config(f"overview-levels-{v.year}"), width="stretch")
right.subheader(tr("overview.lowest", n=v.lowest_n))
if right.button(tr("overview.open_weak"), icon=":material/troubleshoot:", key="overview_go_weak"):
    st.session_state[state.SELECTED_UNIT], st.session_state[state.SELECTED_YEAR] = chosen, v.year
    st.switch_page(boot.page("weak_indicators"))
# a plain table (drawn at once, printed whole); the interactive grid is kept for the table of every unit, on request
right.table(v.lowest.rename(columns={"unit": tr("common.unit"), "total": tr("common.total"), "level": tr("common.level"),
                                     "gap_to_85": tr("common.gap"), "level_note": tr("common.level_note")})
            .style.format({tr("common.total"): "{:.2f}", tr("common.gap"): "{:.2f}"}, na_rep="").hide(axis="index"))

big_tables.on_request(tr("chart.all_units", units=units), state.OVERVIEW_ALL_SHOW, state.OVERVIEW_ALL_SEARCH, v.totals,
                      {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), "total": tr("common.total"),
                       "level": tr("common.level")}, f"overview_{v.year}", "overview_all", formats={"total": "%.2f"},
                      values={"level": {lv: names.get(lv, lv) for lv in v.totals["level"].dropna().unique()}})
