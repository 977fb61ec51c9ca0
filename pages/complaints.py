"""Complaints: per fiscal year received/finished/in progress, the plan's targets, tests against last year, uploads."""
import streamlit as st

from analysis.common import XLSX_MIME, setting_int
from analysis.complaints import BREAKDOWNS
from analysis.store import (
    ADMIN,
    COMPLAINT_EXPORT,
    EDIT,
    complaint_uploads_view,
    ingest_complaints,
    seed_demo_complaints,
    sources_text,
)
from ui import auth, cache, downloads, report_view, state, theme
from ui import charts_complaints as charts
from ui.chrome import guard, page_setup, presenting
from ui.lang import lang, tr

page_setup("cmpl.title", workspace=False)
store = cache.store()
if flash := st.session_state.pop(state.CMPL_FLASH, None):
    st.success(flash)

v = None
with guard("complaints view"):
    v = cache.complaints()

# --- upload (its own uploader; the report of every file is shown) ------------------------------------
if auth.can(EDIT):
    with st.expander(tr("cmpl.upload_header"), expanded=v is not None and v.empty):
        st.caption(tr("cmpl.upload_help"))
        keep_text = st.checkbox(tr("cmpl.keep_text"), key=state.CMPL_KEEP_TEXT, help=tr("cmpl.keep_text_help"))
        files = st.file_uploader(tr("cmpl.upload_label"), type=["xlsx", "xlsm", "xls", "ods", "csv", "txt", "tsv"],
                                 accept_multiple_files=True, max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"),
                                 key=f"complaints_uploader_{st.session_state.get(state.CMPL_UPLOADER, 0)}")
        processed = st.session_state.setdefault(state.CMPL_PROCESSED, {})
        fresh = False
        for f in files or []:
            if f.file_id not in processed:
                with st.spinner(f.name):
                    processed[f.file_id] = ingest_complaints(store, f.getvalue(), f.name, keep_text=keep_text)
                fresh |= processed[f.file_id].status == "saved"
            outcome = processed[f.file_id]
            if outcome.status == "saved":
                st.success(tr("cmpl.status_saved", file=outcome.file_name, rows=outcome.report.rows_kept))
            elif outcome.status == "duplicate":
                st.info(tr("cmpl.status_duplicate", file=outcome.file_name, other=outcome.duplicate_of))
            else:
                st.error(tr("cmpl.status_failed", file=outcome.file_name))
            if outcome.status != "failed":
                st.caption(tr("cmpl.removed", cols=", ".join(outcome.removed_columns)) if outcome.removed_columns
                           else tr("cmpl.removed_none"))
            report_view.render(outcome.report)
        if fresh:
            with guard("complaints view"):
                v = cache.complaints()

if v is not None and v.empty:
    st.info(tr("cmpl.empty"))
    if auth.can(ADMIN) and st.button(tr("cmpl.load_demo"), type="primary", key="complaints_load_demo"):
        seed_demo_complaints(store)
        st.rerun()
    st.stop()
if v is not None and v.has_demo:
    st.warning(tr("cmpl.demo_mixed_notice" if v.demo_mixed else "cmpl.demo_notice"), icon=":material/science:")

# --- stored files (before the figures, so a file that breaks them can still be removed) ---------------------------------------------------------------------------------------------
with st.expander(tr("cmpl.uploads_header")):
    stored = complaint_uploads_view(store.complaints.list_all(), lang())
    st.dataframe(stored.table, hide_index=True, width="stretch")
    st.caption(tr("cmpl.uploads_note"))
    if auth.can(ADMIN):
        pick = st.selectbox(tr("cmpl.remove_pick"), list(stored.labels), format_func=stored.labels.get,
                            key="complaints_remove_pick")
        if pick is not None and st.button(tr("cmpl.remove"), key="complaints_remove"):
            store.complaints.remove(pick)
            st.session_state[state.CMPL_FLASH] = tr("cmpl.removed_file", file=stored.file_names[pick])
            st.session_state[state.CMPL_PROCESSED] = {}
            st.session_state[state.CMPL_UPLOADER] = st.session_state.get(state.CMPL_UPLOADER, 0) + 1
            st.rerun()
        keep = setting_int("ITA_COMPLAINT_RETENTION_YEARS")
        if keep and st.button(tr("cmpl.retention", years=keep), key="complaints_retention"):
            n = store.complaints.apply_retention(keep)
            st.session_state[state.CMPL_FLASH] = tr("cmpl.retention_done", n=n, years=keep)
            st.rerun()
years_from = sources_text(store.complaints.year_sources(), lang())

# --- figures (all computed in analysis.complaints.view; a failure here never hides the controls above) -----------
if v is None:
    st.stop()
demo, present, half = v.demo_suffix, presenting(), 0.5
with guard("complaints figures"):
    st.caption(v.note)
    st.caption(years_from)
    if v.demo_apart:
        st.caption(v.demo_apart)
    for col, m in zip(st.columns(len(v.metrics)), v.metrics, strict=True):
        col.metric(m.label, m.value, m.delta, delta_color="off", delta_arrow="off")

    # --- the plan's targets against the figures ------------------------------------------------------------------
    st.subheader(tr("cmpl.targets_header"))
    source = downloads.stored("book.what_complaints", v.demo_apart or (tr("book.demo_all") if v.has_demo else ""),
                              store.complaints.provenance())
    downloads.dataframe("complaint_targets", "cmpl_targets_xlsx", v.targets, audit=COMPLAINT_EXPORT, source=source,
                        hide_index=True, width="stretch")
    left, right = st.columns(2)
    left.plotly_chart(charts.received_bars(v.finished_years, tr("cmpl.chart_years") + demo, tr("cmpl.finished"),
                                           tr("cmpl.in_progress"), present, half), config=theme.config("complaints-per-year"),
                      width="stretch")
    if v.has_groups:
        right.plotly_chart(charts.group_bars(v.years, tr("cmpl.chart_groups") + demo, tr("cmpl.corruption"),
                                             tr("cmpl.general"), present, half),
                           config=theme.config("complaints-corruption-general"), width="stretch")

    # --- year over year and trend --------------------------------------------------------------------------------
    st.subheader(tr("cmpl.yoy_header"))
    downloads.dataframe("complaints_year_over_year", "cmpl_yoy_xlsx", v.yoy, audit=COMPLAINT_EXPORT, source=source,
                        hide_index=True, width="stretch")
    st.markdown("**" + tr("cmpl.trend_header") + "**")
    for line in v.trends:
        st.markdown("- " + line.text)
        if line.few_years:
            st.caption(line.few_years)

    # --- per-complaint detail (records only) ---------------------------------------------------------------------
    if not v.has_records:
        st.info(tr("cmpl.no_records"))
    else:
        left, right = st.columns(2)
        left.plotly_chart(charts.share_15(v.years, tr("cmpl.chart_15") + demo, tr("cmpl.share"), present, half),
                          config=theme.config("complaints-within-15-days"), width="stretch")
        right.plotly_chart(charts.age_bars(v.open_by_age, tr("cmpl.chart_age") + v.latest_demo_suffix, "label", tr("cmpl.count"),
                                           present, half), config=theme.config("complaints-open-by-age"), width="stretch")
        st.plotly_chart(charts.month_lines(v.months, tr("cmpl.chart_months") + demo, "label", present),
                        config=theme.config("complaints-per-month"), width="stretch")
        st.session_state.setdefault(state.CMPL_BREAKDOWN, "channel")
        by = st.segmented_control(tr("cmpl.by"), list(BREAKDOWNS), key=state.CMPL_BREAKDOWN,
                                  format_func=lambda b: tr(f"cmpl.by_{b}")) or "channel"
        st.plotly_chart(charts.breakdown_bars(v.breakdowns[by],
                                              tr("cmpl.chart_breakdown", by=tr(f"cmpl.by_{by}"), year=v.fiscal_year)
                                              + v.latest_demo_suffix, tr("cmpl.finished"), tr("cmpl.in_progress"),
                                              present=present),
                        config=theme.config(f"complaints-by-{by}-{v.fiscal_year}"), width="stretch")

    # --- the public statistics table -----------------------------------------------------------------------------
    st.subheader(tr("cmpl.public_header"))
    st.dataframe(v.public, hide_index=True, width="stretch",
                 column_config={v.public.columns[0]: st.column_config.NumberColumn(format="%d")})
    st.download_button(tr("cmpl.download"), v.public_xlsx, file_name=v.public_file_name, icon=":material/download:",
                       mime=XLSX_MIME, key="cmpl_public_xlsx",
                       on_click=downloads.audited(COMPLAINT_EXPORT, v.public_file_name, len(v.public)))
