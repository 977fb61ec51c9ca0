"""Complaints: per fiscal year received/finished/in progress, the plan's targets, tests against last year, uploads."""
import pandas as pd
import streamlit as st

from analysis.common import mime, settings
from analysis.common.thaidate import format_datetime
from analysis.complaints import statistics as complaints
from analysis.complaints.export import statistics_xlsx
from analysis.store import ingest_complaints, seed_demo_complaints
from ui import boot, cache, downloads, report_view, state
from ui import charts_complaints as charts
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG


def _by_file(sources: dict) -> dict[str, list[int]]:
    """The fiscal years read from each file, in year order."""
    out: dict[str, list[int]] = {}
    for year, upload in sorted(sources.items()):
        out.setdefault(upload.file_name, []).append(year)
    return out


boot.ensure_navigation()
st.title(tr("cmpl.title"))
store = cache.store()
th = lang() == "th"
if flash := st.session_state.pop(state.CMPL_FLASH, None):
    st.success(flash)

records, aggregates, has_demo = store.complaints.load()
empty = records.empty and aggregates.empty

# --- upload (its own uploader; the report of every file is shown) ------------------------------------
with st.expander(tr("cmpl.upload_header"), expanded=empty):
    st.caption(tr("cmpl.upload_help"))
    keep_text = st.checkbox(tr("cmpl.keep_text"), key=state.CMPL_KEEP_TEXT, help=tr("cmpl.keep_text_help"))
    files = st.file_uploader(tr("cmpl.upload_label"), type=["xlsx", "xlsm", "xls", "ods", "csv", "txt", "tsv"],
                             accept_multiple_files=True, max_upload_size=settings.get_int("ITA_MAX_UPLOAD_MB"),
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
        records, aggregates, has_demo = store.complaints.load()
        empty = records.empty and aggregates.empty

# --- stored files (before any figure: a file whose figures fail can always be removed) --------------------------
sources = store.complaints.year_sources()
with st.expander(tr("cmpl.uploads_header")):
    uploads = store.complaints.list_all()
    st.dataframe([{"ID": u.id, tr("cmpl.col_file"): u.file_name,
                   tr("data.col_uploaded_at"): format_datetime(u.uploaded_at, lang()), tr("cmpl.col_rows"): u.rows,
                   tr("cmpl.col_years"): ", ".join(map(str, u.fiscal_years)),
                   tr("cmpl.col_used_years"): ", ".join(str(y) for y, src in sorted(sources.items()) if src.id == u.id),
                   tr("cmpl.col_removed"): ", ".join(u.removed_columns), tr("cmpl.col_demo"): u.is_demo}
                  for u in uploads], hide_index=True, width="stretch")
    st.caption(tr("cmpl.uploads_note"))
    by_id = {u.id: u for u in uploads}
    pick = st.selectbox(tr("cmpl.remove_pick"), list(by_id), format_func=lambda i: f"{i} · {by_id[i].file_name}",
                        key="complaints_remove_pick")
    if pick is not None and st.button(tr("cmpl.remove"), key="complaints_remove"):
        store.complaints.remove(pick)
        st.session_state[state.CMPL_FLASH] = tr("cmpl.removed_file", file=by_id[pick].file_name)
        st.session_state[state.CMPL_PROCESSED] = {}
        st.session_state[state.CMPL_UPLOADER] = st.session_state.get(state.CMPL_UPLOADER, 0) + 1
        st.rerun()
    keep = settings.get_int("ITA_COMPLAINT_RETENTION_YEARS")
    if keep and st.button(tr("cmpl.retention", years=keep), key="complaints_retention"):
        n = store.complaints.apply_retention(keep)
        st.session_state[state.CMPL_FLASH] = tr("cmpl.retention_done", n=n, years=keep)
        st.rerun()

if empty:
    st.info(tr("cmpl.empty"))
    if st.button(tr("cmpl.load_demo"), type="primary", key="complaints_load_demo"):
        seed_demo_complaints(store)
        st.rerun()
    st.stop()
if has_demo:
    st.warning(tr("cmpl.demo_notice"), icon=":material/science:")

# --- figures (all computed in analysis.complaints.statistics) ---------------------------------------------------
as_of = complaints.as_of_date(records)
years = complaints.yearly(records, aggregates, as_of)
has_groups = years["corruption"].notna().all()
yoy_all = complaints.year_over_year(years, "received")
yoy_cor = complaints.year_over_year(years, "corruption") if has_groups else []
last = years.iloc[-1]
fy = int(last["fiscal_year"])
demo = f" — {tr('common.demo_badge')}" if has_demo else ""

notes = [tr("cmpl.as_of", date=format_datetime(as_of.to_pydatetime(), lang(), with_time=False))] if as_of else []
if last["partial"]:
    notes.append(tr("cmpl.partial", year=fy, days=int(last["exposure_days"]), full=int(last["full_days"])))
notes.append(tr("cmpl.sources", list="; ".join(
    f"{', '.join(map(str, ys))}: {name}" for name, ys in _by_file(sources).items())))
st.caption(" · ".join(notes))
m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("cmpl.metric_received", year=fy), f"{int(last['received']):,}")
m2.metric(tr("cmpl.metric_finished"), "-" if pd.isna(last["finished"]) else f"{int(last['finished']):,}")
m3.metric(tr("cmpl.metric_in_progress"), "-" if pd.isna(last["in_progress"]) else f"{int(last['in_progress']):,}")
share = last["within_15_days_share"]
m4.metric(tr("cmpl.metric_within15"), "-" if pd.isna(share) else f"{share:.1%}",
          None if pd.isna(share) else tr("cmpl.metric_ci", low=f"{last['ci_low']:.1%}", high=f"{last['ci_high']:.1%}"),
          delta_color="off", delta_arrow="off")

# --- the plan's targets against the figures ----------------------------------------------------------
st.subheader(tr("cmpl.targets_header"))
status_text = {"met": "✔ " + tr("cmpl.met"), "not_met": "✖ " + tr("cmpl.not_met"), "unknown": "? " + tr("cmpl.unknown")}
rows = []
for target in complaints.plan_targets(years, yoy_cor):
    f = target.figures
    if target.key == "corruption_lower":
        c = f.get("comparison")
        figure = "-" if c is None else tr("cmpl.t_corruption_fig", n=c.count, prev=c.previous,
                                          change="-" if c.change is None else f"{c.change:+.0%}",
                                          verdict=c.verdict_text(lang()))
    elif target.key == "within_15_days":
        figure = "-" if not f else tr("cmpl.t_15days_fig", share=f"{f['share']:.1%}", late=f"{f['late']:,}")
    elif target.key == "public_statistics":
        figure = tr("cmpl.t_public_fig")
    else:
        figure = "-" if not f else tr("cmpl.t_bribery_fig", n=f["n"])
    key = {"corruption_lower": "cmpl.t_corruption", "within_15_days": "cmpl.t_15days",
           "public_statistics": "cmpl.t_public", "no_bribery": "cmpl.t_bribery"}[target.key]
    rows.append({tr("cmpl.target"): tr(key), tr("cmpl.figure", year=fy): figure,
                 tr("cmpl.status"): status_text[target.status]})
downloads.dataframe("complaint_targets", "cmpl_targets_xlsx", pd.DataFrame(rows), hide_index=True, width="stretch")

left, right = st.columns(2)
left.plotly_chart(charts.received_bars(years.dropna(subset=["finished"]), tr("cmpl.chart_years") + demo,
                                       tr("cmpl.finished"), tr("cmpl.in_progress")), config=PLOTLY_CONFIG,
                  width="stretch")
if has_groups:
    right.plotly_chart(charts.group_bars(years, tr("cmpl.chart_groups") + demo, tr("cmpl.corruption"),
                                         tr("cmpl.general")), config=PLOTLY_CONFIG, width="stretch")

# --- year over year and trend --------------------------------------------------------------------------
st.subheader(tr("cmpl.yoy_header"))
yoy_rows = [{tr("cmpl.yoy_what"): tr("cmpl.all" if what == "all" else "cmpl.corruption"),
             tr("common.fiscal_year"): c.fiscal_year,
             tr("cmpl.yoy_count"): f"{c.count:,} ({c.exposure})", tr("cmpl.yoy_prev"): f"{c.previous:,} ({c.previous_exposure})",
             tr("cmpl.yoy_change"): "-" if c.change is None else f"{c.change:+.1%}",
             tr("cmpl.yoy_p"): "-" if c.p_value is None else f"{c.p_value:.3f}",
             tr("cmpl.yoy_verdict"): c.verdict_text(lang())}
            for what, group in (("all", yoy_all), ("corruption", yoy_cor)) for c in reversed(group)]
downloads.dataframe("complaints_year_over_year", "cmpl_yoy_xlsx", pd.DataFrame(yoy_rows), hide_index=True, width="stretch")
st.markdown("**" + tr("cmpl.trend_header") + "**")
for what, column in (("cmpl.all", "received"), ("cmpl.corruption", "corruption")):
    if column == "corruption" and not has_groups:
        continue
    tnd = complaints.trend(years, column)
    if tnd.slope is None:
        continue
    verdict = complaints.verdict_text(tnd.verdict, lang())
    st.markdown("- " + tr("cmpl.trend_line", what=tr(what), slope=f"{tnd.slope:+.1f}", low=f"{tnd.slope_low:+.1f}",
                          high=f"{tnd.slope_high:+.1f}", tau=f"{tnd.tau:+.2f}" if tnd.tau is not None else "-",
                          p="-" if tnd.p_value is None else f"{tnd.p_value:.3f}", verdict=verdict))
    if tnd.too_few_years:
        st.caption(tr("cmpl.trend_few", n=tnd.n_years))

# --- per-complaint detail (records only) -------------------------------------------------------------------
if records.empty:
    st.info(tr("cmpl.no_records"))
else:
    left, right = st.columns(2)
    left.plotly_chart(charts.share_15(years, tr("cmpl.chart_15") + demo, tr("cmpl.share")), config=PLOTLY_CONFIG,
                      width="stretch")
    right.plotly_chart(charts.age_bars(complaints.open_by_age(records, as_of, lang()), tr("cmpl.chart_age") + demo,
                                       "label", tr("cmpl.count")),
                       config=PLOTLY_CONFIG, width="stretch")
    st.plotly_chart(charts.month_lines(complaints.months(records, lang()), tr("cmpl.chart_months") + demo,
                                       "label"), config=PLOTLY_CONFIG, width="stretch")
    by = st.segmented_control(tr("cmpl.by"), ["channel", "category", "unit"], key=state.CMPL_BREAKDOWN, default="channel",
                              format_func=lambda b: tr(f"cmpl.by_{b}")) or "channel"
    st.plotly_chart(charts.breakdown_bars(complaints.breakdown(records, by, fy),
                                          tr("cmpl.chart_breakdown", by=tr(f"cmpl.by_{by}"), year=fy) + demo,
                                          tr("cmpl.finished"), tr("cmpl.in_progress")),
                    config=PLOTLY_CONFIG, width="stretch")

# --- the public statistics table ---------------------------------------------------------------------------
st.subheader(tr("cmpl.public_header"))
public = complaints.public_table(years)
headers = [tr("cmpl.col_year"), tr("cmpl.received"), tr("cmpl.finished"), tr("cmpl.in_progress"),
           tr("cmpl.corruption"), tr("cmpl.general")]
st.dataframe(public.set_axis(headers, axis=1), hide_index=True, width="stretch",
             column_config={headers[0]: st.column_config.NumberColumn(format="%d")})
st.download_button(tr("cmpl.download"), statistics_xlsx(public, headers, tr("cmpl.sheet")),
                   file_name=f"complaint-statistics-{fy}.xlsx", icon=":material/download:",
                   mime=mime.XLSX)
