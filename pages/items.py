"""Item drill-down: an item-level file's missing OIT items (with names) and lowest IIT/EIT questions."""
import streamlit as st

from analysis.common import setting_int
from analysis.ita import ItemsResult, demo_items_file, family_name, items_view, oit_families
from ui import boot, charts_path, downloads, items_session, report_view, state, theme
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.widgets_indicators import pick_unit, pick_year

page_setup("items.title", "items.intro", workspace=False)

col_file, col_family = st.columns([3, 1])
st.session_state.setdefault(state.ITEMS_FAMILY, items_session.DEFAULT_FAMILY)
col_family.selectbox(tr("items.family"), oit_families(), key=state.ITEMS_FAMILY, help=tr("items.family_help"),
                     format_func=lambda f: family_name(f, lang()))
gen = st.session_state.setdefault(state.ITEMS_UPLOADER, 0)
upload = col_file.file_uploader(tr("items.upload"), type=["xlsx", "xls", "ods", "csv"],
                                max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"),
                                key=state.ITEMS_UPLOAD.format(gen=gen))
items_session.hold_upload(upload)
left, right, _ = st.columns([2, 1, 2])
if left.button(tr("items.demo"), icon=":material/science:", key="items_demo"):
    items_session.hold(*demo_items_file(), is_demo=True)
if st.session_state.get(state.ITEMS_FILE) and right.button(tr("items.clear"), key="items_clear"):
    st.session_state.pop(state.ITEMS_FILE, None)
    st.session_state[state.ITEMS_UPLOADER] = gen + 1
    st.rerun()

loaded = items_session.current()
if loaded is None:
    st.info(tr("items.empty"))
    st.stop()
if not isinstance(loaded, ItemsResult):
    st.error(tr("items.failed", file=loaded.file))
    report_view.render(loaded, expanded=True)
    st.stop()
if items_session.is_demo():
    st.warning(tr("items.demo_notice"), icon=":material/science:")
report_view.render(loaded.report)
v = items_view(loaded.items, st.session_state.get(state.SELECTED_YEAR), st.session_state.get(state.SELECTED_UNIT),
               items_session.family(), lang())

col_year, col_unit = st.columns([1, 3])
pick_year(tr("items.pick_year"), v.years, state.SELECTED_YEAR, state.ITEMS_YEAR, col_year)
pick_unit(tr("items.pick_unit"), v.units, state.ITEMS_UNIT, state.ITEMS_TYPE, container=col_unit)

st.subheader(tr("items.oit_head"))
show_status = st.caption if v.status == "complete" else st.info
show_status(tr(f"items.status_{v.status}", year=v.year, family=v.family_name, n=v.n_listed))
if not v.has_oit:
    st.info(tr("items.no_oit"))
else:
    m1, m2, m3 = st.columns(3)
    m1.metric(tr("items.metric_present"), v.n_present)
    m2.metric(tr("items.metric_missing"), v.n_missing)
    m3.metric(tr("items.metric_not_given"), v.n_not_given)
    if v.missing.empty:
        st.success(tr("items.none_missing"))
    else:
        downloads.dataframe("oit_missing_items", "items_missing_xlsx", v.missing.rename(columns={
            "code": tr("items.col_code"), "name_th": tr("items.col_name"), "indicator": tr("items.col_indicator")}),
            hide_index=True, width="stretch")

st.subheader(tr("items.lowest_head", n=v.lowest_n))
st.caption(tr("items.mapping_note"))
if v.lowest.empty:
    st.info(tr("items.no_questions"))
else:
    left, right = st.container(), st.container()        # the questions' words need the page's width
    downloads.dataframe("lowest_questions", "items_lowest_xlsx",
                        v.lowest.drop(columns=["label", "hover"]).rename(columns={
                            "tool": tr("items.col_tool"), "item": tr("items.col_code"),
                            "question": tr("items.col_question"), "indicator": tr("items.col_indicator"),
                            "value": tr("items.col_value"), "basis": tr("items.col_basis")}), container=left,
                        hide_index=True, width="stretch",
                        column_config={tr("items.col_value"): st.column_config.NumberColumn(format="%.2f"),
                                       tr("items.col_question"): st.column_config.TextColumn(width="large")})
    right.plotly_chart(charts_path.lowest_questions(v.lowest, tr("items.chart_title", unit=v.unit, year=v.year),
                                                    v.pass_mark, tr("common.pass_line"), tr("items.col_value"),
                                                    presenting()),
                       config=theme.config(f"lowest-questions-{v.unit}-{v.year}"), width="stretch")
st.page_link(boot.page("path_to_85"), label=tr("items.go_path"), icon=":material/route:")
