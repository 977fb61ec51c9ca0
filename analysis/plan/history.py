"""A measure's own history ("who changed what, when"): its change log as a table in the user's language, field
names and values as the forms show them (statuses in words, dates in BE, steps one after another), newest first."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd

from analysis.common.labels import status_label
from analysis.common.text import t
from analysis.common.thaidate import format_datetime
from analysis.plan.forms import be_date

# a column of the measures (or progress) table -> the text key of its label
FIELD_KEYS = {
    "title": "msr.f_title", "weakness": "msr.f_weakness", "steps_json": "msr.f_steps", "steps": "msr.f_steps",
    "responsible": "msr.f_responsible", "responsible_person": "msr.f_person", "start_date": "msr.f_start",
    "end_date": "msr.f_end", "kpi": "msr.f_kpi", "target": "msr.f_target", "monitoring": "msr.f_monitoring",
    "status": "msr.f_status", "code": "msr.h_code", "code_th": "msr.h_code", "dimension": "msr.h_dimension",
    "mission": "msr.h_mission", "budget_text": "msr.h_budget", "budget_amount": "msr.h_budget_amount",
    "outputs": "msr.h_outputs", "outcomes": "msr.h_outcomes", "indicators_text": "msr.h_indicators",
    "plan_name": "msr.h_plan_name", "origin": "msr.h_origin", "unit": "msr.h_unit", "fiscal_year": "msr.h_year",
    "position": "msr.h_position", "percent": "msr.p_percent", "budget_planned": "msr.p_planned",
    "budget_spent": "msr.p_spent", "result": "msr.p_result", "problems": "msr.p_problems",
    "evidence_url": "msr.p_evidence",
}


def field_label(column: str, lang: str = "th") -> str:
    """A measure or progress field in words ('title' → 'ชื่อมาตรการ'); an unknown column is shown as it is."""
    key = FIELD_KEYS.get(column)
    return t(key, lang) if key else column


def field_value(column: str, value: Any, lang: str = "th") -> str:
    """A stored (or logged) value as the forms show it."""
    if value is None or value == "":
        return ""
    if column == "status":
        return status_label(str(value), lang)
    if column in ("steps_json", "steps"):
        steps = json.loads(value) if isinstance(value, str) else value
        return " · ".join(str(s) for s in steps or [])
    if column in ("start_date", "end_date"):
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return be_date(day)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


def _action(entry: Any, lang: str) -> str:
    detail = entry.detail or {}
    if entry.action == "progress":
        return t("msr.h_progress", lang, round=t(f"msr.round_{detail.get('round', 'h1')}", lang),
                 year=detail.get("fiscal_year", ""))
    if entry.action == "link":
        kind = t("msr.h_link_oit" if detail.get("kind") == "oit" else "msr.h_link_indicator", lang)
        state = {True: "msr.h_linked", False: "msr.h_unlinked"}.get(detail.get("linked"), "msr.h_link_cleared")
        return t(state, lang, kind=kind, target=detail.get("target", ""))
    if entry.action == "undo":
        return t("msr.h_undo", lang, version=detail.get("undoes", ""))
    return t(f"msr.h_{entry.action}", lang, version=detail.get("version", ""))


def history_table(entries: Sequence[Any], lang: str = "th") -> pd.DataFrame:
    """One row per changed field (a creation or a link is one row), newest first: when, by, what, field, before,
    after. entries are analysis.store LogEntry records (at, by, action, detail)."""
    cols = [t(k, lang) for k in ("msr.col_at", "msr.col_by", "msr.h_what", "msr.col_field", "msr.col_old",
                                 "msr.col_new")]
    rows = []
    for entry in reversed(list(entries)):
        when, what = format_datetime(entry.at, lang), _action(entry, lang)
        detail = entry.detail or {}
        if entry.action in ("update", "undo"):
            changed = detail.get("changes", {}).items()
            pairs = [(field_label(c, lang), field_value(c, old, lang), field_value(c, new, lang)) for c, (old, new) in changed]
        elif entry.action == "progress":
            pairs = [(field_label(c, lang), "", field_value(c, v, lang)) for c, v in detail.items()
                     if c not in ("fiscal_year", "round")]
        elif entry.action == "create":
            pairs = [(field_label("title", lang), "", str(detail.get("title", "")))]
        else:
            pairs = [("", "", "")]
        for field, old, new in pairs or [("", "", "")]:
            rows.append([when, entry.by or "—", what, field, old, new])
    return pd.DataFrame(rows, columns=cols)
