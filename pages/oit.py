"""OIT readiness: one unit's checklist of the year's OIT items (status, evidence links, owner, due date, notes),
progress per indicator, the predicted OIT and total beside last year's, filters, the group's file in and out, and
the group view across units. Every figure comes from analysis.plan (tracker_view, group_view)."""
from datetime import date

import streamlit as st

from analysis.common import XLSX_MIME, IngestError, current_fiscal_year, format_datetime, setting, setting_int
from analysis.export import table_to_xlsx
from analysis.ita import check_links, load_all
from analysis.plan import (
    CHECKLIST_STATUSES,
    changed,
    checklist_status_word,
    checklist_table,
    editor_frame,
    entries_from_editor,
    filter_rows,
    framework_note,
    group_view,
    link_check_table,
    oit_list_families,
    read_checklist_bytes,
    status_options,
    tracker_view,
)
from analysis.store import UNIT_ARG, ConflictError, entries_of
from ui import auth, cache, charts_oit, downloads, report_view, state
from ui.chrome import page_setup, presenting
from ui.lang import lang, tr
from ui.theme import config as chart_config
from ui.widgets_indicators import pick_unit
from ui.widgets_measures import conflict

ws = page_setup("oit.title", "oit.intro")
store = cache.store()
if flash := st.session_state.pop(state.OIT_FLASH, None):
    st.success(flash)

years = sorted((y for y, fw in load_all().items() if fw.oit_items), reverse=True)
this_year = current_fiscal_year()
c_year, c_unit, c_family = st.columns([1.4, 3, 2])      # the year fits in presentation type too
if st.session_state.get(state.OIT_YEAR) not in years:         # this fiscal year unless another was chosen (or linked)
    st.session_state[state.OIT_YEAR] = this_year if this_year in years else years[0]
year = c_year.selectbox(tr("ind.pick_year"), years, key=state.OIT_YEAR, format_func=lambda y: tr("common.be_year", year=y))
stored = store.checklists.load(year)
units = sorted(set(ws.results["unit"]) | set(stored)) if len(ws.results) else sorted(stored)
if not units:
    st.info(tr("oit.no_units"))
    st.stop()
unit = pick_unit(tr("ind.pick_unit"), units, state.OIT_UNIT, state.OIT_TYPE, ws, c_unit)
fws = load_all()
families = oit_list_families(fws[year])
family = c_family.selectbox(tr("oit.family"), families, key=state.OIT_FAMILY,
                            format_func=lambda f: tr(f"oit.family_{f}"))
mine = stored.get(unit, {})
entries = entries_of(mine)
if any(s.is_demo for s in mine.values()):
    st.warning(tr("oit.demo_notice"), icon=":material/science:")

with st.expander(tr("oit.what_if"), icon=":material/tune:"):
    st.caption(tr("oit.what_if_help", year=year - 1))
    w1, w2 = st.columns(2)
    use_own = w1.toggle(tr("oit.what_if_toggle"), key="oit_what_if")
    iit = w1.number_input(tr("oit.iit"), 0.0, 100.0, 85.0, 0.5, key="oit_iit", disabled=not use_own)
    eit = w2.number_input(tr("oit.eit"), 0.0, 100.0, 85.0, 0.5, key="oit_eit", disabled=not use_own)
v = tracker_view(year, unit, family, entries, ws.scores, ws.results, date.today(), lang(),
                 iit if use_own else None, eit if use_own else None)
st.caption(framework_note(v, lang()))
for warning in v.warnings:
    st.caption(":material/info: " + warning)

# --- predicted scores --------------------------------------------------------------------------------------------
m1, m2, m3, m4 = st.columns(4)
pred = v.prediction.oit
m1.metric(tr("oit.predicted_oit"), "—" if pred is None else f"{pred:.2f}",
          None if pred is None or v.last_oit is None else f"{pred - v.last_oit:+.2f}",
          help=tr("oit.rule"))
m2.metric(tr("oit.last_oit", year=v.last_year), "—" if v.last_oit is None else f"{v.last_oit:.2f}")
m3.metric(tr("oit.predicted_total"), "—" if v.predicted_total is None else f"{v.predicted_total:.2f}",
          v.predicted_band or None, delta_color="off", delta_arrow="off",
          help=tr("oit.total_help", year=v.last_year))
done = sum(p.done for p in v.progress)
counted = sum(p.counted for p in v.progress)
m4.metric(tr("oit.published"), f"{done}/{counted}")
if v.predicted_total is None:
    st.caption(tr("oit.no_total", year=v.last_year))

st.subheader(tr("oit.progress_header"))
for p in v.progress:
    st.progress(p.share, text=tr("oit.progress_line", label=p.label, done=p.done, n=p.counted,
                                 score="—" if p.predicted is None else f"{p.predicted:.2f}"))

# --- the checklist -------------------------------------------------------------------------------------------------
st.subheader(tr("oit.checklist_header"))
f1, f2, f3 = st.columns([1, 2, 2])
only_late = f1.toggle(tr("oit.only_overdue", n=len(v.overdue)), key=state.OIT_LATE)
owner = f2.selectbox(tr("oit.by_owner"), ["", *v.owners], key=state.OIT_OWNER,
                     format_func=lambda o: o or tr("oit.everyone"))
indicators = [p.number for p in v.progress]
indicator = f3.selectbox(tr("oit.by_indicator"), [None, *indicators], key=state.OIT_INDICATOR,
                         format_func=lambda n: tr("oit.all_indicators") if n is None else
                         next(p.label for p in v.progress if p.number == n))
shown = filter_rows(v, only_late, owner, indicator)
table = editor_frame(v, lang()).loc[shown.index]
labels = {c: tr(f"oit.col_{c}") for c in ("item", "name", "indicator", "status", "url", "owner", "due", "notes")}
config = {
    "code": st.column_config.TextColumn(labels["item"], disabled=True, width="small"),
    "name": st.column_config.TextColumn(labels["name"], disabled=True, width="large"),
    "indicator": st.column_config.NumberColumn(labels["indicator"], disabled=True, width="small", format="%d"),
    "status": st.column_config.SelectboxColumn(labels["status"], options=list(status_options(lang()).values()),
                                               required=True),
    "urls": st.column_config.TextColumn(labels["url"], help=tr("oit.url_help"), width="large"),
    "owner": st.column_config.TextColumn(labels["owner"]),
    "due": st.column_config.TextColumn(labels["due"], help=tr("form.date_hint")),
    "notes": st.column_config.TextColumn(labels["notes"]),
}
editable = auth.can(UNIT_ARG, unit)
name = auth.who(tr("plan.who"), "oit_who").strip() if editable else ""
if editable and not name:
    st.info(tr("plan.who_needed"))
if v.overdue:
    st.caption(tr("oit.overdue_list", codes=", ".join(v.overdue)))
if not editable:
    st.info(tr("auth.read_only_unit", unit=unit))
    st.dataframe(table, hide_index=True, width="stretch", column_config=config)
else:
    edited = st.data_editor(table, hide_index=True, width="stretch", column_config=config, num_rows="fixed",
                            key=f"oit_editor_{year}_{unit}_{family}_{st.session_state.get(state.OIT_EDITOR, 0)}")
    if st.button(tr("oit.save"), type="primary", key="oit_save", icon=":material/save:", disabled=not name):
        after, problems = entries_from_editor(edited, lang())
        for problem in problems:
            st.error(problem)
        codes = changed({c: entries.get(c) for c in after}, after)
        saved = 0
        for code in codes:
            try:
                store.checklists.save(year, unit, family, after[code], mine[code].version if code in mine else None,
                                      who=name)
                saved += 1
            except ConflictError as exc:
                st.session_state[state.OIT_CONFLICT] = exc
        if not problems:
            st.session_state[state.OIT_FLASH] = tr("oit.saved", n=saved)
            st.session_state[state.OIT_EDITOR] = st.session_state.get(state.OIT_EDITOR, 0) + 1
            st.rerun()
if (err := st.session_state.pop(state.OIT_CONFLICT, None)) is not None:
    conflict(err)

# --- the evidence link check (opt-in) -------------------------------------------------------------------------------
st.subheader(tr("oit.links_header"))
st.caption(tr("oit.links_help", hosts=setting("ITA_EVIDENCE_HOSTS")))
pairs = [(code, url) for code, e in entries.items() for url in e.urls]
if editable and pairs and st.button(tr("oit.check_links", n=len(pairs)), key="oit_check_links",
                                    icon=":material/link:"):
    with st.spinner(tr("oit.checking", n=len(pairs))):
        results = check_links([url for _, url in pairs])
    store.checklists.record_checks(year, unit, [(code, r) for (code, _), r in zip(pairs, results, strict=True)])
    st.rerun()
checked = store.checklists.checks(year, unit)
if not pairs:
    st.caption(tr("oit.no_links"))
elif checked:
    st.dataframe(link_check_table(pairs, checked, lang()), hide_index=True, width="stretch")

# --- the group's file: export and import ---------------------------------------------------------------------------
st.subheader(tr("oit.file_header"))
language = lang()
oit_source = downloads.stored("book.what_oit")
st.download_button(tr("oit.download"),       # the workbook is made when clicked, not on every rerun
                   lambda: table_to_xlsx({f"OIT {year}": checklist_table(fws[year], family, entries, language)},
                                         language, oit_source),
                   file_name=f"oit-checklist-{year}.xlsx", mime=XLSX_MIME, key="oit_download",
                   icon=":material/download:", on_click="ignore")
if editable:
    gen = st.session_state.get(state.OIT_UPLOADER, 0)
    upload = st.file_uploader(tr("oit.upload"), type=["xlsx", "xls", "ods", "csv"], key=f"oit_upload_{gen}",
                              max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"), help=tr("oit.upload_help"))
    if upload is not None:
        try:
            imported, report = read_checklist_bytes(upload.getvalue(), upload.name, fws[year], family)
        except IngestError as exc:
            st.error(tr("oit.import_failed", file=upload.name))
            report_view.render(exc.report, expanded=True)
        else:
            report_view.render(report, expanded=bool(report.problems))
            st.caption(tr("oit.import_preview", n=len(imported), unit=unit, year=year))
            if st.button(tr("oit.import_save", n=len(imported)), type="primary", key="oit_import_save",
                         disabled=not name):
                n = store.checklists.import_entries(year, unit, family, imported.values(), who=name)
                st.session_state[state.OIT_FLASH] = tr("oit.imported", n=n, file=upload.name)
                st.session_state[state.OIT_UPLOADER] = gen + 1
                st.session_state[state.OIT_EDITOR] = st.session_state.get(state.OIT_EDITOR, 0) + 1
                st.rerun()

# --- the group view --------------------------------------------------------------------------------------------------
st.subheader(tr("oit.group_header"))
everyone = {u: entries_of(s) for u, s in stored.items()}
if not everyone:
    st.info(tr("oit.group_empty", year=year))
else:
    matrix, summary = group_view(year, family, everyone)
    words = {status: checklist_status_word(status, lang()) for status in CHECKLIST_STATUSES}
    fig = charts_oit.readiness_heatmap(matrix, CHECKLIST_STATUSES, words, tr("oit.group_chart", year=year, n=len(matrix)),
                                       presenting())
    st.plotly_chart(fig, config=chart_config(f"oit-readiness-{year}"), width="stretch")
    shown_summary = summary.rename(columns={"unit": tr("ind.pick_unit"), "oit": tr("oit.predicted_oit"),
                                            "published": tr("oit.published_n"), "items": tr("oit.items_n")})
    st.dataframe(shown_summary, hide_index=True, width="stretch",
                 column_config={tr("oit.predicted_oit"): st.column_config.NumberColumn(format="%.2f")})
    latest_change = max((s.updated_at for s in mine.values() if s.updated_at), default=None)
    if latest_change is not None:
        st.caption(tr("oit.last_saved", at=format_datetime(latest_change, lang())))
