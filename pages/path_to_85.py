"""Path to 85: the least-effort indicator improvements for a unit to reach pass or a band, with editable efforts."""
import pandas as pd
import streamlit as st

from analysis.ita import overview, planner
from analysis.ita.framework import for_year
from analysis.ita.items import ItemsResult, oit_presence
from ui import boot, cache, charts_path, downloads, items_session, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import pick


def target_label(key: str) -> str:
    """The target as words: pass mark, band with its gate, or level."""
    t = planner.resolve_target(fw, key)
    if t.rank is None:
        return tr("path.target_pass", mark=f"{t.min_total:g}")
    if t.tool_gate is not None:
        return tr("path.target_band", label=t.label, total=f"{t.min_total:g}", gate=f"{t.tool_gate:g}")
    return tr("path.target_level", label=t.label, total=f"{t.min_total:g}")


boot.ensure_navigation()
st.title(tr("path.title"))
st.caption(tr("path.intro"))
ws = cache.workspace()
years = [y for y in overview.available_years(ws.results) if y in set(ws.scores["fiscal_year"].astype(int))]
if not years:
    st.info(tr("path.empty"))
    st.page_link(boot.page("data"), label=tr("path.go_data"), icon=":material/folder_open:")
    st.stop()
boot.demo_notice(ws.has_demo)

col_year, col_unit, col_target = st.columns([1, 2, 2])
year = pick(tr("path.pick_year"), years, state.SELECTED_YEAR, "path_year",
            lambda y: tr("common.be_year", year=y), col_year)
in_year = ws.scores[ws.scores["fiscal_year"] == year]
unit = pick(tr("path.pick_unit"), sorted(in_year["unit"].unique()), state.SELECTED_UNIT, "path_unit",
            container=col_unit)
fw = for_year(year)
if fw is None:
    st.info(tr("path.no_framework", year=year))
    st.stop()
target = col_target.selectbox(tr("path.pick_target"), planner.targets(fw), format_func=target_label, key="path_target")
mine = in_year[in_year["unit"] == unit]
scores = {int(k): float(v) for k, v in zip(mine["indicator"], mine["score"]) if pd.notna(v)}

name_col = "name_th" if lang() == "th" else "name_en"
settings = planner.default_settings(fw, scores)
with st.expander(tr("path.settings"), expanded=False):
    st.caption(tr("path.settings_help"))
    edited = st.data_editor(
        settings[["indicator", name_col, "tool", "score", "effort", "cap"]], hide_index=True, width="stretch",
        key=f"path_settings_{year}", disabled=["indicator", name_col, "tool", "score"],
        column_config={"indicator": st.column_config.NumberColumn(tr("path.col_indicator"), format="%d"),
                       name_col: tr("path.col_name"), "tool": tr("path.col_tool"),
                       "score": st.column_config.NumberColumn(tr("path.col_score"), format="%.2f"),
                       "effort": st.column_config.NumberColumn(tr("path.col_effort"), min_value=0.0, format="%.2f"),
                       "cap": st.column_config.NumberColumn(tr("path.col_cap"), min_value=0.0, max_value=100.0,
                                                            format="%.2f")})

items = items_session.current()
presence = oit_presence(items.items, unit, year) if isinstance(items, ItemsResult) else {}
use_items = bool(presence) and st.checkbox(tr("path.use_items"), key=state.USE_ITEMS, value=True,
                                           help=tr("path.use_items_help"))
try:
    result = planner.plan(scores, fw, target, dict(zip(edited["indicator"], edited["effort"])),
                          dict(zip(edited["indicator"], edited["cap"])), presence if use_items else None,
                          st.session_state.get(state.ITEMS_FAMILY, "nacc"))
except ValueError:
    st.error(tr("path.bad_settings"))
    st.stop()

reason = result.reason_text(lang())
if not result.feasible:
    st.warning(tr("path.unreachable", reason=reason), icon=":material/block:")
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
    names = {i.number: (i.name_th if lang() == "th" else i.name_en, i.tool) for i in fw.indicators}
    table = pd.DataFrame([{tr("path.col_indicator"): c["indicator"], tr("path.col_name"): names[c["indicator"]][0],
                           tr("path.col_tool"): names[c["indicator"]][1], tr("path.col_from"): c["from"],
                           tr("path.col_to"): c["to"], tr("path.col_gain"): c["to"] - c["from"]}
                          for c in result.changes])
    downloads.dataframe("path_to_85_plan", "path_plan_xlsx", table, hide_index=True, width="stretch",
                 column_config={tr(k): st.column_config.NumberColumn(format="%.2f")
                                for k in ("path.col_from", "path.col_to", "path.col_gain")})
    if result.items:
        st.subheader(tr("path.items_head"))
        downloads.dataframe("path_to_85_items", "path_items_xlsx", pd.DataFrame(result.items).rename(columns={
            "code": tr("path.col_code"), "name_th": tr("path.col_name"), "indicator": tr("path.col_indicator"),
            "points": tr("path.col_points")}), hide_index=True, width="stretch")
    st.caption(tr("path.rescored"))

st.plotly_chart(
    charts_path.before_after(scores, result, tr("path.chart_title", unit=unit, year=year), fw.pass_mark,
                             tr("common.pass_line"), tr("path.before"), tr("path.after"), tr("common.total")),
    config=PLOTLY_CONFIG, width="stretch")
