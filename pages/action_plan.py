"""Action plan: import a plan, list its measures with their indicator links, set manual links, see coverage gaps."""
import pandas as pd
import streamlit as st

from analysis.common import settings
from analysis.common.report import IngestError
from analysis.ita.framework import for_year, latest
from analysis.plan import links as lk
from analysis.plan import measures as msr
from analysis.plan.action_plan import import_bytes
from ui import boot, cache, downloads, report_view, state
from ui.lang import lang, tr
from ui.widgets_measures import link_rules, scope, status_label, who

boot.ensure_navigation()
st.title(tr("plan.title"))
repo = cache.store().measures
ws = cache.workspace()
boot.demo_notice(ws.has_demo)
if flash := st.session_state.pop(state.MSR_FLASH, None):
    st.success(flash)
name = who()
st.caption(tr("plan.scope"))
unit, year = scope(ws)
fw = for_year(year) if year else latest()
rules = link_rules()

# --- import ---------------------------------------------------------------------------------
st.header(tr("plan.import_header"))
gen = st.session_state.get(state.PLAN_UPLOADER, 0)
upload = st.file_uploader(tr("plan.upload"), type=["txt", "docx", "xlsx", "xls", "ods", "csv"], key=f"plan_upload_{gen}",
                          max_upload_size=settings.get_int("ITA_MAX_UPLOAD_MB"))


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
if not records:
    st.info(tr("plan.list_empty"))
    st.stop()
eff = msr.effective_links(records, repo.manual_links([r.id for r in records]), rules, fw)
downloads.dataframe("action_plan_measures", "plan_list_xlsx", pd.DataFrame([{
    tr("plan.col_code"): r.code, tr("plan.col_title"): r.title, tr("plan.col_dimension"): r.dimension,
    tr("plan.col_budget"): r.budget_text, tr("plan.col_responsible"): r.responsible,
    tr("plan.col_indicators"): ", ".join(map(str, eff[r.id]["indicators"])),
    tr("plan.col_oit"): ", ".join(eff[r.id]["oit"]), tr("plan.col_status"): status_label(r.status),
} for r in records]), hide_index=True, width="stretch")

st.subheader(tr("plan.links_header"))
st.caption(tr("plan.links_help"))
by_id = {r.id: r for r in records}
chosen = st.selectbox(tr("plan.pick_measure"), list(by_id), key="plan_link_measure",
                      format_func=lambda i: f"{by_id[i].code} {by_id[i].title}"[:120])
rule_inds, meanings, _ = lk.rule_links(by_id[chosen], rules)
rule_oit = lk.oit_codes(meanings, fw)
oit_options = [i.code for i in fw.oit_items if i.family == "nacc"] if fw else []
with st.form(f"plan_links_{chosen}"):
    inds = st.multiselect(tr("plan.links_indicators"), list(range(1, 11)), default=eff[chosen]["indicators"],
                          format_func=lambda n: f"{n} {fw.indicator(n).name_th if lang() == 'th' else fw.indicator(n).name_en}"
                          if fw else str(n))
    oits = st.multiselect(tr("plan.links_oit"), oit_options, default=[c for c in eff[chosen]["oit"] if c in oit_options])
    if st.form_submit_button(tr("plan.links_save"), disabled=not name):
        for kind, options, picked, from_rules in (("indicator", range(1, 11), inds, rule_inds),
                                                  ("oit", oit_options, oits, rule_oit)):
            for target in options:   # store only what differs from the rules; None clears an override
                want, ruled = target in picked, target in from_rules
                repo.set_link(chosen, kind, target, None if want == ruled else want, who=name)
        st.session_state[state.MSR_FLASH] = tr("plan.links_saved")
        st.rerun()

# --- coverage ---------------------------------------------------------------------------------
st.header(tr("plan.coverage_header"))
if unit is None:
    st.info(tr("plan.no_scores"))
    st.stop()
cov = msr.coverage_for(ws.scores, unit, year, records, eff)
if cov.empty:
    st.info(tr("plan.coverage_none", unit=unit, year=year))
    st.stop()
name_col = "name_th" if lang() == "th" else "name_en"
downloads.dataframe("coverage", "plan_coverage_xlsx", pd.DataFrame({
    tr("plan.col_indicators"): cov["indicator"].astype(str) + " " + cov[name_col],
    tr("plan.col_score"): cov["score"].round(2), tr("plan.col_points_lost"): cov["points_lost"].round(2),
    tr("plan.col_measures"): cov["measures"].map("; ".join), tr("plan.col_gap"): cov["gap"],
}), hide_index=True, width="stretch")
gaps = cov.loc[cov["gap"], "indicator"].astype(str) + " " + cov.loc[cov["gap"], name_col]
if len(gaps):
    st.warning(tr("plan.gaps", list=", ".join(gaps)))
else:
    st.success(tr("plan.no_gaps"))
