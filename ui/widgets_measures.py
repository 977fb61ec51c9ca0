"""Widgets of the action-plan and measures pages: who is editing, unit-year scope, measure and progress forms."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import format_datetime
from analysis.common import status_label as _status_label
from analysis.plan import RulesError, be_date, field_label, field_value, load_rules, scope_view
from analysis.store import STATUSES, ConflictError, Measure, Progress
from ui import cache, state
from ui.lang import lang, tr
from ui.widgets_indicators import pick, pick_unit


def who() -> str:
    """The editor's name: the signed-in account's, or (single-user mode) asked once per browser session and kept in
    session state; '' until entered."""
    from ui import auth

    account = auth.current()
    if account is not None and account.name != auth.LOCAL_USER:
        return account.name
    name = st.text_input(tr("plan.who"), value=st.session_state.get(state.MSR_WHO, ""), key="msr_who_input").strip()
    st.session_state[state.MSR_WHO] = name
    return name


def scope(ws) -> tuple[str | None, int | None]:
    """(unit, fiscal year) picked from the workspace results, shared with the analysis pages; (None, None) when empty."""
    v = cache.view(scope_view, ws)
    if not v.years:
        return None, None
    col_year, col_unit = st.columns([1, 3])
    year = pick(tr("ind.pick_year"), v.years, state.SELECTED_YEAR, state.MSR_YEAR,
                lambda y: tr("common.be_year", year=y), col_year)
    unit = pick_unit(tr("ind.pick_unit"), v.units[year], state.MSR_UNIT, state.MSR_TYPE, ws, col_unit)
    return unit, year


def status_label(status: str) -> str:
    """The status in words, in the interface language."""
    return _status_label(status, lang())


def measure_form(rec: Measure) -> dict | None:
    """An edit form for one measure; returns the fields as typed when saved (dates as text, checked by
    analysis.plan.check_measure before anything is stored), else None."""
    with st.form(f"msr_form_{rec.id}_{rec.version}"):
        fields = {"title": st.text_input(tr("msr.f_title"), rec.title),
                  "weakness": st.text_area(tr("msr.f_weakness"), rec.weakness or "", height=68)}
        steps = st.text_area(tr("msr.f_steps"), "\n".join(rec.steps or []), height=150)
        a, b = st.columns(2)
        fields["responsible"] = a.text_input(tr("msr.f_responsible"), rec.responsible or "")
        fields["responsible_person"] = b.text_input(tr("msr.f_person"), rec.responsible_person or "")
        fields["start_date"] = a.text_input(tr("msr.f_start"), be_date(rec.start_date), placeholder=tr("form.date_hint"))
        fields["end_date"] = b.text_input(tr("msr.f_end"), be_date(rec.end_date), placeholder=tr("form.date_hint"))
        fields["kpi"] = a.text_input(tr("msr.f_kpi"), rec.kpi or "")
        fields["target"] = b.text_input(tr("msr.f_target"), rec.target or "")
        fields["monitoring"] = st.text_input(tr("msr.f_monitoring"), rec.monitoring or "")
        fields["status"] = st.selectbox(tr("msr.f_status"), STATUSES, index=STATUSES.index(rec.status),
                                        format_func=status_label)
        if not st.form_submit_button(tr("msr.save"), type="primary"):
            return None
    fields["steps"] = [s.strip() for s in steps.split("\n") if s.strip()]
    return fields


def progress_form(rec: Measure, current: Progress | None) -> dict | None:
    """A progress form for one measure in the chosen round; returns the fields when saved, else None."""
    cur = current or Progress(rec.id, 0, "h1", status=rec.status, version=0)   # blank: the measure's own status
    with st.form(f"msr_prog_{rec.id}_{cur.version}"):
        a, b = st.columns(2)
        status = a.selectbox(tr("msr.f_status"), STATUSES, format_func=status_label,
                             index=STATUSES.index(cur.status or rec.status))
        percent = b.number_input(tr("msr.p_percent"), 0.0, 100.0, float(cur.percent or 0.0), 5.0)
        planned = a.number_input(tr("msr.p_planned"), 0.0, value=float(cur.budget_planned or 0.0), step=1000.0)
        spent = b.number_input(tr("msr.p_spent"), 0.0, value=float(cur.budget_spent or 0.0), step=1000.0)
        result = st.text_area(tr("msr.p_result"), cur.result or "", height=68)
        problems = st.text_area(tr("msr.p_problems"), cur.problems or "", height=68)
        evidence = st.text_input(tr("msr.p_evidence"), cur.evidence_url or "")
        if not st.form_submit_button(tr("msr.p_save"), type="primary"):
            return None
    return {"status": status, "percent": percent, "budget_planned": planned, "budget_spent": spent,
            "result": result, "problems": problems, "evidence_url": evidence}


def conflict(err: ConflictError) -> None:
    """Explain a refused save: who changed which fields, from what to what, and when."""
    if err.deleted:
        st.error(tr("msr.deleted_meanwhile"))
        return
    st.error(tr("msr.conflict"))
    st.dataframe(pd.DataFrame([{tr("msr.col_field"): field_label(c.field, lang()),
                                tr("msr.col_old"): field_value(c.field, c.old, lang()),
                                tr("msr.col_new"): field_value(c.field, c.new, lang()), tr("msr.col_by"): c.by,
                                tr("msr.col_at"): format_datetime(c.at, lang())} for c in err.changes]),
                 hide_index=True, width="stretch")


def link_rules() -> list:
    """The link rules from data/link_rules.toml; a broken file is shown as an error and no rule applies."""
    try:
        return load_rules()
    except RulesError as exc:
        st.error(tr("plan.rules_error", error=exc.message(lang())))
        return []
