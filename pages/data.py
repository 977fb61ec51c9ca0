"""Data: upload several result files, read each import report, manage stored datasets, type scores by hand."""
import streamlit as st

from analysis.common import setting_int
from analysis.store import (
    ADMIN,
    ALL_DEMO,
    EDIT,
    datasets_view,
    demo_beside,
    demo_beside_view,
    demo_contents,
    ingest_and_store,
    manual_entry,
    manual_form_view,
    manual_saved_text,
    remove_demo,
    save_manual,
    set_demo_beside,
)
from ui import auth, cache, report_view, state
from ui.chrome import page_setup
from ui.lang import lang, tr

ws = page_setup("data.title")
store = cache.store()
if flash := st.session_state.pop(state.FLASH, None):
    st.success(flash)

# --- upload -------------------------------------------------------------------------------
st.header(tr("data.upload_header"))
if auth.can(EDIT):
    who = auth.who(tr("data.uploader_name"), "uploaded_by")
    files = st.file_uploader(tr("data.upload_label"), type=["xlsx", "xlsm", "xls", "ods", "csv", "txt", "tsv"],
                             accept_multiple_files=True, help=tr("data.upload_help"),
                             max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"),
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
else:
    st.info(tr("auth.read_only"))
with st.expander(tr("data.layouts_header")):
    st.markdown(tr("data.layouts_body"))

# --- stored datasets ------------------------------------------------------------------------
st.header(tr("data.stored_header"))
demo = demo_contents(store)
stored = datasets_view(store.datasets.list_all(), lang(), demo)
if stored.table.empty:
    st.info(tr("data.stored_empty"))
else:
    st.dataframe(stored.table, hide_index=True, width="stretch",
                 column_config={tr("data.col_demo"): st.column_config.CheckboxColumn()})
    st.caption(tr("data.overlap_note"))
    if auth.can(ADMIN):
        pick_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
        pick = pick_col.selectbox(tr("data.remove_pick"), list(stored.labels), format_func=stored.labels.get)
        if button_col.button(tr("data.remove"), key="remove_one"):
            st.session_state[state.CONFIRM_REMOVE] = pick
        if demo and st.button(tr("data.remove_demo"), key="remove_demo"):
            st.session_state[state.CONFIRM_REMOVE] = ALL_DEMO
        pending = st.session_state.get(state.CONFIRM_REMOVE)
        if pending is not None:
            question = stored.removal_question(pending, lang())
            if question is None:
                st.session_state.pop(state.CONFIRM_REMOVE)
            else:
                st.warning(question)
                yes, no = st.columns(2)
                if yes.button(tr("data.confirm"), type="primary", key="confirm_yes"):
                    st.session_state.pop(state.CONFIRM_REMOVE)
                    if pending == ALL_DEMO:
                        gone = remove_demo(store)
                        st.session_state[state.FLASH] = tr("data.removed_demo", datasets=len(gone.datasets),
                                                           files=len(gone.complaint_files), measures=gone.measures,
                                                           items=gone.checklist_items)
                    else:
                        store.datasets.remove(pending)
                        st.session_state[state.FLASH] = tr("data.removed", file=stored.file_names[pending])
                    st.session_state[state.PROCESSED_UPLOADS] = {}
                    st.session_state[state.UPLOADER_KEY] = st.session_state.get(state.UPLOADER_KEY, 0) + 1
                    st.rerun()
                if no.button(tr("data.cancel"), key="confirm_no"):
                    st.session_state.pop(state.CONFIRM_REMOVE)
                    st.rerun()

# the demo beside the user's own data: one switch per kind (results, complaints, measures)
for switch in demo_beside_view(demo_beside(store), lang()) if auth.can(ADMIN) else []:
    st.caption(switch.caption)
    if st.button(switch.button, key=switch.key):
        set_demo_beside(store, switch.kind, not switch.shown)
        st.rerun()

# --- manual entry ---------------------------------------------------------------------------
if auth.can(EDIT):
    st.header(tr("data.manual_header"))
    form = manual_form_view(lang())
    with st.form("manual_entry", clear_on_submit=False):
        c1, c2, c3 = st.columns([3, 2, 1])
        unit = c1.text_input(tr("data.manual_unit"))
        unit_type = c2.selectbox(tr("data.manual_unit_type"), form.unit_types)
        year = c3.selectbox(tr("data.manual_year"), form.years)
        cols = st.columns(5)
        values = {n: cols[(n - 1) % 5].number_input(
            label, min_value=0.0, max_value=100.0, value=None, step=0.01, format="%.2f",
            help=tr("data.manual_blank_help"), key=f"manual_{n}") for n, label in form.indicators}
        submitted = st.form_submit_button(tr("data.manual_submit"), type="primary")
    if submitted:
        result = manual_entry(unit, unit_type, year, values)
        outcome = save_manual(store, result, uploaded_by=who)
        if outcome.status == "saved":
            st.session_state[state.FLASH] = manual_saved_text(result, unit, year, lang())
            st.rerun()
        elif outcome.status == "duplicate":
            st.info(tr("data.status_duplicate", file=outcome.file_name, other=outcome.duplicate_of))
        else:
            st.error(tr("data.manual_failed"))
            report_view.render(outcome.report, expanded=True)
