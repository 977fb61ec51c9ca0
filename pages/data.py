"""Data: upload several result files, read each import report, manage stored datasets, type scores by hand."""
import streamlit as st

from analysis.common import settings, units
from analysis.common.thaidate import format_datetime
from analysis.ita import framework
from analysis.ita.scoring import score
from analysis.store import demo_contents, ingest_and_store, manual_entry, remove_demo, save_manual
from ui import boot, cache, report_view, state
from ui.lang import lang, tr

boot.ensure_navigation()
st.title(tr("data.title"))
store = cache.store()
ws = cache.workspace()
boot.demo_notice(ws.has_demo)
if flash := st.session_state.pop(state.FLASH, None):
    st.success(flash)

# --- upload -------------------------------------------------------------------------------
st.header(tr("data.upload_header"))
who = st.text_input(tr("data.uploader_name"), key="uploaded_by")
files = st.file_uploader(tr("data.upload_label"), type=["xlsx", "xlsm", "xls", "ods", "csv", "txt", "tsv"],
                         accept_multiple_files=True, help=tr("data.upload_help"),
                         max_upload_size=settings.get_int("ITA_MAX_UPLOAD_MB"),
                         key=f"uploader_{st.session_state.get(state.UPLOADER_KEY, 0)}")
processed = st.session_state.setdefault(state.PROCESSED_UPLOADS, {})
if files:
    with st.spinner(tr("data.upload_header")):
        for f in files:
            if f.file_id not in processed:
                processed[f.file_id] = ingest_and_store(store, f.getvalue(), f.name, uploaded_by=who)
    for f in files:
        outcome = processed[f.file_id]
        if outcome.status == "saved" and outcome.report.errors:
            st.warning(tr("data.status_saved_with_errors", file=outcome.file_name, rows=outcome.report.rows_kept,
                          n=len(outcome.report.errors)))
        elif outcome.status == "saved":
            st.success(tr("data.status_saved", file=outcome.file_name, rows=outcome.report.rows_kept))
        elif outcome.status == "duplicate":
            st.info(tr("data.status_duplicate", file=outcome.file_name, other=outcome.duplicate_of))
        else:
            st.error(tr("data.status_failed", file=outcome.file_name))
        report_view.render(outcome.report)
with st.expander(tr("data.layouts_header")):
    st.markdown(tr("data.layouts_body"))

# --- stored datasets ------------------------------------------------------------------------
st.header(tr("data.stored_header"))
datasets = store.datasets.list_all()
if not datasets:
    st.info(tr("data.stored_empty"))
else:
    st.dataframe([{
        "ID": d.id, tr("data.col_file"): d.file_name,
        tr("data.col_uploaded_at"): format_datetime(d.uploaded_at, lang()),
        tr("data.col_uploaded_by"): d.uploaded_by, tr("data.col_rows"): d.rows,
        tr("data.col_years"): ", ".join(map(str, d.fiscal_years)),
        tr("data.col_demo"): d.is_demo, tr("data.col_sha"): d.sha256[:12],
    } for d in datasets], hide_index=True, width="stretch",
        column_config={tr("data.col_demo"): st.column_config.CheckboxColumn()})
    st.caption(tr("data.overlap_note"))
    by_id = {d.id: d for d in datasets}
    pick_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
    pick = pick_col.selectbox(tr("data.remove_pick"), list(by_id), format_func=lambda i: f"{i} · {by_id[i].file_name}")
    if button_col.button(tr("data.remove"), key="remove_one"):
        st.session_state[state.CONFIRM_REMOVE] = pick
    demo = demo_contents(store)
    if demo and st.button(tr("data.remove_demo"), key="remove_demo"):
        st.session_state[state.CONFIRM_REMOVE] = "demo"
    if demo.datasets and store.datasets.has_real_data():
        shown = store.meta.demo_shown("results")
        st.caption(tr("data.demo_beside" if shown else "data.demo_left_out"))
        if st.button(tr("data.demo_hide" if shown else "data.demo_show"), key="demo_show_toggle"):
            store.datasets.set_demo_shown(not shown)
            st.rerun()
    pending = st.session_state.get(state.CONFIRM_REMOVE)
    if pending is not None:
        question = (tr("data.remove_demo_confirm", datasets=", ".join(demo.datasets) or "-",
                       files=", ".join(demo.complaint_files) or "-", measures=demo.measures) if pending == "demo"
                    else tr("data.remove_confirm", file=by_id[pending].file_name) if pending in by_id else None)
        if question is None:
            st.session_state.pop(state.CONFIRM_REMOVE)
        else:
            st.warning(question)
            yes, no = st.columns(2)
            if yes.button(tr("data.confirm"), type="primary", key="confirm_yes"):
                st.session_state.pop(state.CONFIRM_REMOVE)
                if pending == "demo":
                    gone = remove_demo(store)
                    st.session_state[state.FLASH] = tr("data.removed_demo", datasets=len(gone.datasets),
                                                       files=len(gone.complaint_files), measures=gone.measures)
                else:
                    store.datasets.remove(pending)
                    st.session_state[state.FLASH] = tr("data.removed", file=by_id[pending].file_name)
                st.session_state[state.PROCESSED_UPLOADS] = {}
                st.session_state[state.UPLOADER_KEY] = st.session_state.get(state.UPLOADER_KEY, 0) + 1
                st.rerun()
            if no.button(tr("data.cancel"), key="confirm_no"):
                st.session_state.pop(state.CONFIRM_REMOVE)
                st.rerun()

# --- manual entry ---------------------------------------------------------------------------
st.header(tr("data.manual_header"))
years = sorted(framework.load_all(), reverse=True)
with st.form("manual_entry", clear_on_submit=False):
    c1, c2, c3 = st.columns([3, 2, 1])
    unit = c1.text_input(tr("data.manual_unit"))
    unit_type = c2.selectbox(tr("data.manual_unit_type"), units.UNIT_TYPES)
    year = c3.selectbox(tr("data.manual_year"), years)
    fw = framework.latest()
    cols = st.columns(5)
    values = {ind.number: cols[(ind.number - 1) % 5].number_input(
        tr("data.manual_indicator", n=ind.number, name=ind.name_th if lang() == "th" else ind.name_en), min_value=0.0, max_value=100.0, value=None, step=0.01, format="%.2f",
        help=tr("data.manual_blank_help"), key=f"manual_{ind.number}") for ind in fw.indicators}
    submitted = st.form_submit_button(tr("data.manual_submit"), type="primary")
if submitted:
    result = manual_entry(unit, unit_type, year, values)
    outcome = save_manual(store, result, uploaded_by=who)
    if outcome.status == "saved":
        scored = score(result.scores, result.published)
        total = scored["total"].iloc[0] if len(scored) else float("nan")
        st.session_state[state.FLASH] = tr("data.manual_saved", unit=units.clean_name(unit), year=year,
                                           total="-" if total != total else f"{total:.2f}")
        st.rerun()
    elif outcome.status == "duplicate":
        st.info(tr("data.status_duplicate", file=outcome.file_name, other=outcome.duplicate_of))
    else:
        st.error(tr("data.manual_failed"))
        report_view.render(outcome.report, expanded=True)
