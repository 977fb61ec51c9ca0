"""Render an IngestReport as it is: layout, sheets, assumptions and every problem with where and how to fix."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import IngestReport
from ui.lang import lang, tr

MAX_LISTED = 30
_ICON = {"error": "✖", "warning": "▲", "info": "•"}


def _md(text: str) -> str:
    """Text shown literally in markdown (cell values such as `*` or `_` must not format)."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|~$" else ch for ch in text)


def problems_frame(report: IngestReport, language: str) -> pd.DataFrame:
    """One row per problem: severity, where, message, fix — in the chosen language."""
    rows = [{
        tr("data.col_severity"): f"{_ICON[p.severity]} {tr('data.severity_' + p.severity)}",
        tr("data.col_where"): p.where(language),
        tr("data.col_message"): p.message(language),
        tr("data.col_fix"): p.fix_text(language),
    } for p in report.problems]
    return pd.DataFrame(rows)


def render(report: IngestReport, expanded: bool = False) -> None:
    """Show the report in an expander; errors open it by default."""
    language = lang()
    with st.expander(tr("data.report", file=report.file), expanded=expanded or bool(report.errors)):
        st.caption(tr("data.report_layout", layout=report.layout or "-", sheets=", ".join(report.sheets) or "-",
                      read=report.rows_read, kept=report.rows_kept))
        if report.assumptions:
            st.markdown("**" + tr("data.report_assumptions") + "**")
            st.markdown("\n".join(f"- {_md(line)}" for line in report.assumption_lines(language)))
        st.markdown("**" + tr("data.report_problems") + "**")
        if report.problems:
            shown = report.problems[:MAX_LISTED]
            st.markdown("\n".join(
                f"- {_ICON[p.severity]} **{tr('data.severity_' + p.severity)}** — {_md(p.text(language))}"
                for p in shown))
            if len(report.problems) > MAX_LISTED:
                st.caption(tr("data.report_more", n=len(report.problems) - MAX_LISTED))
                st.dataframe(problems_frame(report, language), hide_index=True, width="stretch")
        else:
            st.success(tr("data.report_none"))
