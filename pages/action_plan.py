"""Action plan: import a plan, list its measures with their indicator links, set manual links, see coverage gaps."""
import streamlit as st

from analysis.common import IngestError, setting_int
from analysis.plan import INDICATORS, import_bytes, link_changes, plan_view
from analysis.store import EDIT, UNIT_ARG
from ui import auth, cache, downloads, report_view, state
from ui.chrome import page_setup
from ui.lang import lang, tr
from ui.widgets_measures import link_rules, scope, who

ws = page_setup("plan.title")
repo = cache.store().measures
if flash := st.session_state.pop(state.MSR_FLASH, None):
    st.success(flash)
name = who()
st.caption(tr("plan.scope"))
unit, year = scope(ws)
rules = link_rules()

# --- import ---------------------------------------------------------------------------------
st.header(tr("plan.import_header"))
gen = st.session_state.get(state.PLAN_UPLOADER, 0)
upload = None
if auth.can(EDIT):
    upload = st.file_uploader(tr("plan.upload"), type=["txt", "docx", "xlsx", "xls", "ods", "csv"],
                              key=f"plan_upload_{gen}", max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"))
else:
    st.info(tr("auth.read_only"))


def _done(message: str) -> None:
    """After a save or a skip: the message, and the uploader cleared for the next file."""
    st.session_state[state.MSR_PLAN_IMPORTS] = {}
    st.session_state[state.PLAN_UPLOADER] = gen + 1
    st.session_state[state.MSR_FLASH] = message
    st.rerun()


if upload is not None:
    imports = st.session_state.setdefault(state.MSR_PLAN_IMPORTS, {})
    if upload.file_id not in imports:
        try:
            imports[upload.file_id] = import_bytes(upload.getvalue(), upload.name)
        except IngestError as exc:
            imports[upload.file_id] = exc.report
    got = imports[upload.file_id]
    if not hasattr(got, "measures"):
        st.error(tr("plan.failed", file=upload.name))
        report_view.render(got)
    else:
        st.info(tr("plan.found", n=len(got.measures), file=upload.name, agency=got.agency or "—"))
        report_view.render(got.report)
        target = unit or got.agency
        repeats = repo.plan_repeats(got.measures, target)
        if repeats:            # the same plan again (same codes, or the same titles): update or skip, never double
            st.warning(tr("plan.repeat", n=len(repeats), total=len(got.measures), unit=target or "—"))
            up, skip = st.columns(2)
            if up.button(tr("plan.repeat_update"), type="primary", disabled=not name, key="plan_update"):
                done = repo.update_from_plan(got.measures, upload.name, target, year, who=name)
                _done(tr("plan.updated", updated=len(done.updated), added=len(done.added), same=done.unchanged))
            if skip.button(tr("plan.repeat_skip"), key="plan_skip"):
                _done(tr("plan.skipped", file=upload.name))
        elif st.button(tr("plan.save", n=len(got.measures)), type="primary", disabled=not name, key="plan_save"):
            repo.import_plan(got.measures, upload.name, target, year, who=name)
            _done(tr("plan.saved", n=len(got.measures)))
        if not name:
            st.caption(tr("plan.who_needed"))

# --- measures and links ------------------------------------------------------------------------
st.header(tr("plan.list_header"))
records = repo.list_all(unit, year)
v = plan_view(records, repo.manual_links([r.id for r in records]), rules, ws.scores, unit, year, lang())
if v.empty:
    st.info(tr("plan.list_empty"))
    st.stop()
downloads.dataframe("action_plan_measures", "plan_list_xlsx", v.table, source=downloads.stored("book.what_plan"),
                    hide_index=True, width="stretch")

st.subheader(tr("plan.links_header"))
st.caption(tr("plan.links_help"))
chosen = st.selectbox(tr("plan.pick_measure"), list(v.labels), key="plan_link_measure", format_func=v.labels.get)
links = v.links[chosen]
if auth.can(UNIT_ARG, next(r.unit for r in records if r.id == chosen)):
    with st.form(f"plan_links_{chosen}"):
        inds = st.multiselect(tr("plan.links_indicators"), list(INDICATORS), default=list(links.indicators),
                              format_func=v.indicator_labels.get)
        oits = st.multiselect(tr("plan.links_oit"), list(v.oit_options),
                              default=[c for c in links.oit if c in v.oit_options])
        if st.form_submit_button(tr("plan.links_save"), disabled=not name):
            for kind, target, value in link_changes(links, v.oit_options, inds, oits):
                repo.set_link(chosen, kind, target, value, who=name)
            st.session_state[state.MSR_FLASH] = tr("plan.links_saved")
            st.rerun()

# --- coverage ---------------------------------------------------------------------------------
st.header(tr("plan.coverage_header"))
if v.coverage_state in ("no_scores", "none"):
    st.info(v.coverage_text)
    st.stop()
downloads.dataframe("coverage", "plan_coverage_xlsx", v.coverage, source=downloads.stored("book.what_plan"),
                    hide_index=True, width="stretch")
(st.warning if v.coverage_state == "gaps" else st.success)(v.coverage_text)
