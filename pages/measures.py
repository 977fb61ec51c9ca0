"""Measures: draft from a weak indicator (with templates), edit/duplicate/delete, progress per round, roll-up, exports."""
from dataclasses import replace

import streamlit as st

from analysis.common import DOCX_MIME, XLSX_MIME, format_datetime, msg
from analysis.export import OIT_REPORT_LABELS, build_oit_report
from analysis.plan import (
    DEFAULT_FONT,
    FieldProblem,
    check_measure,
    check_progress,
    draft,
    draft_links,
    history_table,
    measures_document,
    measures_view,
    progress_report,
    rollup_table,
    templates_for,
)
from analysis.store import ROUNDS, UNIT_ARG, ConflictError
from ui import auth, cache, downloads, state
from ui.chrome import page_setup
from ui.lang import lang, tr
from ui.widgets_measures import conflict, link_rules, measure_form, progress_form, scope, who

ws = page_setup("msr.title")
repo = cache.store().measures
if flash := st.session_state.pop(state.MSR_FLASH, None):
    st.success(flash)
name = who()
if not name:
    st.info(tr("plan.who_needed"))
unit, year = scope(ws)
records = repo.list_all(unit, year)
v = measures_view(records, repo.manual_links([r.id for r in records]), link_rules(), ws.scores, unit, year, lang())
fw, eff = v.framework, v.links

# --- draft from a weak indicator ------------------------------------------------------------------
st.header(tr("msr.draft_header"))
if not v.weak:
    st.info(tr("msr.no_weak"))
else:
    a, b = st.columns(2)
    ind = a.selectbox(tr("msr.pick_weak"), list(v.weak), key="msr_weak", format_func=lambda n: v.weak[n].label)
    templates = templates_for(ind, list(v.templates))
    tpl = b.selectbox(tr("msr.pick_template"), [None, *templates], key=f"msr_tpl_{ind}",
                      format_func=lambda t: tr("msr.no_template") if t is None else f"{t.title} ({t.source})")
    if auth.can(UNIT_ARG, unit or "") and st.button(tr("msr.create_draft"), type="primary", disabled=not name,
                                                    key="msr_create"):
        rec = repo.add(draft(ind, v.weak[ind].score, fw, tpl, unit or "", year), who=name)
        for kind, target in draft_links(ind, tpl, fw):
            repo.set_link(rec.id, kind, target, True, who=name)
        st.session_state[state.MSR_EDIT_ID] = rec.id
        st.session_state[state.MSR_FLASH] = tr("msr.created", title=rec.title)
        st.rerun()

if not records:
    st.info(tr("msr.empty"))
    st.stop()

# --- edit, duplicate, delete ------------------------------------------------------------------------
st.header(tr("msr.edit_header"))
by_id = {r.id: r for r in records}
if st.session_state.get(state.MSR_EDIT_ID) not in by_id:
    st.session_state[state.MSR_EDIT_ID] = records[0].id
chosen = st.selectbox(tr("plan.pick_measure"), list(v.labels), key=state.MSR_EDIT_ID, format_func=v.labels.get)
versions = st.session_state.setdefault(state.MSR_EDIT_VERSION, {})
loaded = versions.setdefault(chosen, by_id[chosen].version)   # the version this browser is editing
rec = by_id[chosen] if loaded == by_id[chosen].version else replace(by_id[chosen], version=loaded)
st.caption(tr("msr.last_change", who=by_id[chosen].updated_by or "—", version=by_id[chosen].version,
              at=format_datetime(by_id[chosen].updated_at, lang())))
if (err := st.session_state.pop(state.MSR_CONFLICT, None)) is not None:
    conflict(err)
    if st.button(tr("msr.reload"), key="msr_reload"):
        versions.pop(chosen, None)
        st.rerun()
editable = auth.can(UNIT_ARG, by_id[chosen].unit)
if not editable:
    st.info(tr("auth.read_only_unit", unit=by_id[chosen].unit or tr("access.every_unit")))
edited = measure_form(rec) if editable else None
fields, problems = check_measure(edited) if edited is not None else ({}, [])
if edited is not None and not name:
    problems.append(FieldProblem("plan.who", msg("form.required")))
for problem in problems:
    st.error(problem.text(lang()))
if edited is not None and not problems:
    try:
        saved = repo.update(chosen, fields, loaded, who=name)
        versions[chosen] = saved.version
        st.session_state[state.MSR_FLASH] = tr("msr.saved", version=saved.version)
    except ConflictError as exc:
        st.session_state[state.MSR_CONFLICT] = exc
    st.rerun()
c1, c2, c3, _ = st.columns([1, 1, 1.6, 2.4])
if editable and c1.button(tr("msr.duplicate"), disabled=not name, key="msr_dup", icon=":material/content_copy:"):
    copy = repo.duplicate(chosen, who=name)
    st.session_state[state.MSR_EDIT_ID] = copy.id
    st.session_state[state.MSR_FLASH] = tr("msr.duplicated", title=copy.title)
    st.rerun()
if editable and c2.button(tr("msr.delete"), disabled=not name, key="msr_del", icon=":material/delete:"):
    st.session_state[state.MSR_CONFIRM_DELETE] = chosen
last = repo.last_change(chosen)
if editable and last is not None and c3.button(
        tr("msr.undo"), disabled=not name, key="msr_undo", icon=":material/undo:",
        help=tr("msr.undo_help", who=last.by or "—", at=format_datetime(last.at, lang()), version=last.detail["version"])):
    try:
        saved = repo.undo_last(chosen, loaded, who=name)
        versions[chosen] = saved.version
        st.session_state[state.MSR_FLASH] = tr("msr.undone", version=saved.version)
    except ConflictError as exc:
        st.session_state[state.MSR_CONFLICT] = exc
    except LookupError:
        st.session_state[state.MSR_FLASH] = tr("msr.nothing_to_undo")
    st.rerun()
with st.expander(tr("msr.history_header"), icon=":material/history:"):
    st.caption(tr("msr.history_caption"))
    st.dataframe(history_table(repo.history(chosen), lang()), hide_index=True, width="stretch")
if st.session_state.get(state.MSR_CONFIRM_DELETE) == chosen:
    st.warning(tr("msr.delete_confirm", title=by_id[chosen].title))
    yes, no = st.columns(2)
    if yes.button(tr("msr.confirm"), type="primary", key="msr_del_yes"):
        try:
            repo.delete(chosen, loaded, who=name)
            st.session_state[state.MSR_FLASH] = tr("msr.deleted")
        except ConflictError as exc:
            st.session_state[state.MSR_CONFLICT] = exc
        st.session_state.pop(state.MSR_CONFIRM_DELETE)
        st.rerun()
    if no.button(tr("msr.cancel"), key="msr_del_no"):
        st.session_state.pop(state.MSR_CONFIRM_DELETE)
        st.rerun()

# --- progress per round, roll-up ----------------------------------------------------------------------
st.header(tr("msr.progress_header"))
round_ = st.selectbox(tr("msr.pick_round"), ROUNDS, format_func=lambda r: tr(f"msr.round_{r}"), key="msr_round")
report_year = v.report_year
rows = repo.list_progress(report_year, round_)
current = next((p for p in rows if p.measure_id == chosen), None)
filled = progress_form(by_id[chosen], current) if editable else None
problems = [] if filled is None else check_progress(filled) + ([] if name else [FieldProblem("plan.who", msg("form.required"))])
for problem in problems:
    st.error(problem.text(lang()))
if filled is not None and not problems:
    try:
        saved_progress = repo.save_progress(chosen, report_year, round_, filled, current.version if current else None,
                                            who=name)
        st.session_state[state.MSR_FLASH] = tr("msr.saved", version=saved_progress.version)
    except ConflictError as exc:
        st.session_state[state.MSR_CONFLICT] = exc
    st.rerun()
st.subheader(tr("msr.rollup_header"))
downloads.dataframe("measures_rollup", "msr_rollup_xlsx", rollup_table(records, rows, lang()), hide_index=True,
                    width="stretch", source=downloads.stored("book.what_plan"))

# --- exports ------------------------------------------------------------------------------------------
st.header(tr("msr.export_header"))
font = st.text_input(tr("msr.font"), v.font, key="msr_font").strip() or DEFAULT_FONT
stem = f"measures_{report_year}"
d1, d2, d3, d4 = st.columns(4)
# each document is built when its button is clicked (in the server, outside this run: nothing here may read the
# session, so the language is taken now), not on every rerun (issue 16.1)
language = lang()
d1.download_button(tr("msr.dl_docx"), lambda: measures_document(records, eff, fw, unit or "", year, "docx", font),
                   f"{stem}.docx", DOCX_MIME, key="msr_dl_docx", icon=":material/description:", on_click="ignore")
d2.download_button(tr("msr.dl_xlsx"),
                   lambda: measures_document(records, eff, fw, unit or "", year, "xlsx", lang=language),
                   f"{stem}.xlsx", XLSX_MIME, key="msr_dl_xlsx", icon=":material/table_view:", on_click="ignore")
d3.download_button(tr("msr.dl_progress_docx"),
                   lambda: progress_report(records, rows, round_, report_year, unit or "", "docx", font),
                   f"progress_{report_year}_{round_}.docx", DOCX_MIME, key="msr_dl_pdocx", icon=":material/description:",
                   on_click="ignore")
d4.download_button(tr("msr.dl_progress_xlsx"),
                   lambda: progress_report(records, rows, round_, report_year, unit or "", "xlsx", lang=language),
                   f"progress_{report_year}_{round_}.xlsx", XLSX_MIME, key="msr_dl_pxlsx", icon=":material/table_view:",
                   on_click="ignore")

# --- the O25/O26 documents (the OIT items on using last year's results and on following the measures up) ----------
if year is not None:
    st.subheader(tr("msr.oit_docs_header"))
    st.caption(tr("msr.oit_docs_help", year=year, next=year + 1))
    demo_unit = (unit, year) in ws.demo_keys or ws.demo_mode == "all"
    language = lang()
    for col, kind in zip(st.columns(2), ("o25", "o26"), strict=True):
        def document(kind=kind) -> bytes:     # built when clicked, not on every rerun
            return build_oit_report(kind, unit or "", year, ws.scores, ws.results, records, eff, rows, round_=round_,
                                    lang=language, font=font, prepared_by=name or "", is_demo=demo_unit)
        col.download_button(tr(OIT_REPORT_LABELS[kind]), document, f"{kind}_{year + 1}.docx", DOCX_MIME,
                            key=f"msr_dl_{kind}", icon=":material/description:", on_click="ignore")
