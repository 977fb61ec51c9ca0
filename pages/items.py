"""Item drill-down: an item-level file's missing OIT items (with names) and lowest IIT/EIT questions."""
from pathlib import Path

import streamlit as st

from analysis.ita import items as item_analysis
from analysis.ita.framework import for_year, load_all
from analysis.ita.items import ItemsResult
from analysis.store.workspace import SAMPLES_DIR
from ui import boot, charts_path, downloads, items_session, report_view, state
from ui.lang import tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import pick

DEMO_FILE = "demo_items_2568.xlsx"

boot.ensure_navigation()
st.title(tr("items.title"))
st.caption(tr("items.intro"))

families = sorted({f for fw in load_all().values() for f in fw.oit_items_status} | {"nacc"})
col_file, col_family = st.columns([3, 1])
st.session_state.setdefault(state.ITEMS_FAMILY, "nacc")
col_family.selectbox(tr("items.family"), families, key=state.ITEMS_FAMILY, help=tr("items.family_help"))
gen = st.session_state.setdefault(state.ITEMS_UPLOADER, 0)
upload = col_file.file_uploader(tr("items.upload"), type=["xlsx", "xls", "ods", "csv"], key=f"items_upload_{gen}")
if upload is not None:
    st.session_state[state.ITEMS_FILE] = (upload.name, upload.getvalue(), False)
left, right, _ = st.columns([2, 1, 2])
if left.button(tr("items.demo"), icon=":material/science:", key="items_demo"):
    st.session_state[state.ITEMS_FILE] = (DEMO_FILE, (SAMPLES_DIR / DEMO_FILE).read_bytes(), True)
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
data = loaded.items
family = st.session_state[state.ITEMS_FAMILY]

col_year, col_unit = st.columns([1, 3])
year = pick(tr("items.pick_year"), sorted(data["fiscal_year"].unique(), reverse=True), state.SELECTED_YEAR,
            "items_year", lambda y: tr("common.be_year", year=y), col_year)
unit = pick(tr("items.pick_unit"), sorted(data.loc[data["fiscal_year"] == year, "unit"].unique()),
            state.SELECTED_UNIT, "items_unit", container=col_unit)
fw = for_year(year)

st.subheader(tr("items.oit_head"))
status = item_analysis.list_status(fw, family)
n_listed = sum(1 for it in fw.oit_items if it.family == family) if fw else 0
show_status = st.caption if status == "complete" else st.info
show_status(tr(f"items.status_{status}", year=year, family=family, n=n_listed))
check = item_analysis.oit_checklist(data, unit, year, fw, family) if fw else None
if check is None or check["present"].isna().all():
    st.info(tr("items.no_oit"))
else:
    m1, m2, m3 = st.columns(3)
    m1.metric(tr("items.metric_present"), int(check["present"].eq(True).sum()))
    m2.metric(tr("items.metric_missing"), int(check["present"].eq(False).sum()))
    m3.metric(tr("items.metric_not_given"), int(check["present"].isna().sum()))
    missing = item_analysis.missing_oit(data, unit, year, fw, family)
    if missing.empty:
        st.success(tr("items.none_missing"))
    else:
        downloads.dataframe("oit_missing_items", "items_missing_xlsx", missing.rename(columns={"code": tr("items.col_code"), "name_th": tr("items.col_name"),
                                             "indicator": tr("items.col_indicator")}), hide_index=True, width="stretch")

n = 10
lowest = item_analysis.lowest_questions(data, unit, year, n)
st.subheader(tr("items.lowest_head", n=n))
st.caption(tr("items.mapping_note"))
if lowest.empty:
    st.info(tr("items.no_questions"))
else:
    left, right = st.columns([2, 3])
    downloads.dataframe("lowest_questions", "items_lowest_xlsx",
                        lowest.rename(columns={"tool": tr("items.col_tool"), "item": tr("items.col_code"),
                                               "indicator": tr("items.col_indicator"), "value": tr("items.col_value"),
                                               "mapping": tr("items.col_mapping")}), container=left,
                        hide_index=True, width="stretch",
                        column_config={tr("items.col_value"): st.column_config.NumberColumn(format="%.2f")})
    right.plotly_chart(charts_path.lowest_questions(lowest, tr("items.chart_title", unit=unit, year=year),
                                                    fw.pass_mark if fw else 85.0, tr("common.pass_line"),
                                                    tr("items.col_value"), tr("items.col_indicator")),
                       config=PLOTLY_CONFIG, width="stretch")
st.page_link(str(Path(__file__).resolve().parent / "path_to_85.py"), label=tr("items.go_path"), icon=":material/route:")
