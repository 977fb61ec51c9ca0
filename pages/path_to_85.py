"""Path to 85: the least-effort indicator improvements for a unit to reach pass or a band, with editable efforts."""
import streamlit as st

from analysis.common import current_fiscal_year
from analysis.ita import path_plan, path_view
from analysis.plan import with_prediction
from analysis.store import entries_of
from ui import boot, cache, charts_path, downloads, items_session, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_unit, pick_year

ws = page_setup("path.title", "path.intro")
scores, results, wanted_year = ws.scores, ws.results, st.session_state.get(state.SELECTED_YEAR)
chosen_unit, this_year = st.session_state.get(state.SELECTED_UNIT), current_fiscal_year()
checklist = cache.store().checklists.load(this_year, chosen_unit).get(chosen_unit) if chosen_unit else None
if checklist and st.toggle(tr("path.from_prediction", year=this_year), key="path_from_prediction",
                           help=tr("path.from_prediction_help", year=this_year)):
    predicted = with_prediction(ws.scores, ws.results, this_year, chosen_unit,
                                next(iter(checklist.values())).family, entries_of(checklist))
    if predicted is None:
        st.info(tr("path.no_prediction", year=this_year))
    else:
        scores, results, wanted_year = *predicted, this_year
        st.session_state[state.SELECTED_YEAR] = this_year      # the year picker shows the predicted year
        st.caption(tr("path.prediction_note", year=this_year))
v = path_view(scores, results, wanted_year, chosen_unit, lang(), items_session.items())
if not v.years:
    st.info(tr("path.empty"))
    st.page_link(boot.page("data"), label=tr("path.go_data"), icon=":material/folder_open:")
    st.stop()

col_year, col_unit, col_target = st.columns([1, 2, 2])
pick_year(tr("path.pick_year"), v.years, state.SELECTED_YEAR, state.PATH_YEAR, col_year)
pick_unit(tr("path.pick_unit"), v.units, state.PATH_UNIT, state.PATH_TYPE, ws, col_unit)
unit, year, name_col = v.unit, v.year, v.name_col
if v.framework is None:
    st.info(tr("path.no_framework", year=year))
    st.stop()
target = col_target.selectbox(tr("path.pick_target"), list(v.targets), key=state.PATH_TARGET,
                              format_func=lambda k: tr(f"path.target_{v.targets[k].kind}", **vars(v.targets[k])))

with st.expander(tr("path.settings"), expanded=False):
    st.caption(tr("path.settings_help"))
    edited = st.data_editor(
        v.settings, hide_index=True, width="stretch", key=state.PATH_SETTINGS.format(year=year),
        disabled=["indicator", name_col, "tool", "score"],
        column_config={"indicator": st.column_config.NumberColumn(tr("path.col_indicator"), format="%d"),
                       name_col: tr("path.col_name"), "tool": tr("path.col_tool"),
                       "score": st.column_config.NumberColumn(tr("path.col_score"), format="%.2f"),
                       "effort": st.column_config.NumberColumn(tr("path.col_effort"), min_value=0.0, format="%.2f"),
                       "per_year": st.column_config.NumberColumn(tr("path.col_per_year"), min_value=0.0,
                                                                 max_value=100.0, format="%.2f"),
                       "cap": st.column_config.NumberColumn(tr("path.col_cap"), min_value=0.0, max_value=100.0,
                                                            format="%.2f")})

use_items = bool(v.presence) and st.checkbox(tr("path.use_items"), key=state.USE_ITEMS, value=True,
                                             help=tr("path.use_items_help"))
try:
    p = path_plan(v, target, edited, use_items, items_session.family(), lang())
except ValueError:
    st.error(tr("path.bad_settings"))
    st.stop()

result = p.result
if not result.feasible:
    st.warning(tr("path.unreachable", reason=p.reason), icon=":material/block:")
    if result.total_before is None:
        st.stop()
elif not result.changes:
    st.success(tr("path.already", unit=unit, total=f"{result.total_before:.2f}"))
else:
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(tr("path.metric_before"), f"{result.total_before:.2f}")
    m2.metric(tr("path.metric_after"), f"{result.total_after:.2f}",
              f"+{result.total_after - result.total_before:.2f}", delta_color="off")
    m3.metric(tr("path.metric_level"), result.level_after or "–")
    m4.metric(tr("path.metric_effort"), f"{result.effort:.2f}")
    st.subheader(tr("path.plan_head"))
    gains = {c: tr(f"path.col_{c}") for c in ("from", "to", "gain")}
    st.caption(tr("path.why_note"))
    downloads.dataframe("path_to_85_plan", "path_plan_xlsx", p.changes.rename(columns={
        "indicator": tr("path.col_indicator"), "name": tr("path.col_name"), "tool": tr("path.col_tool"), **gains,
        "why": tr("path.col_why")}),
        hide_index=True, width="stretch",
        column_config={label: st.column_config.NumberColumn(format="%.2f") for label in gains.values()})
    if result.items:
        st.subheader(tr("path.items_head"))
        downloads.dataframe("path_to_85_items", "path_items_xlsx", p.items.rename(columns={
            "code": tr("path.col_code"), "name_th": tr("path.col_name"), "indicator": tr("path.col_indicator"),
            "points": tr("path.col_points")}), hide_index=True, width="stretch")
    st.caption(tr("path.rescored"))

st.plotly_chart(
    charts_path.before_after(p.chart, tr("path.chart_title", unit=unit, year=year), v.pass_mark,
                             tr("common.pass_line"), tr("path.before"), tr("path.after"), tr("common.total"),
                             presenting()),
    config=theme.config(f"path-to-85-{unit}-{year}"), width="stretch")
