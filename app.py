"""Entry point: page setup and navigation only."""
from pathlib import Path

import streamlit as st

from ui.chrome import run_page, sidebar_controls
from ui.lang import tr

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title=tr("app.title"), page_icon=":material/analytics:", layout="wide")
page = st.navigation({
    tr("nav.section_results"): [
        st.Page(PAGES / "overview.py", title=tr("nav.overview"), icon=":material/analytics:", url_path="overview",
                default=True),
        st.Page(PAGES / "weak_indicators.py", title=tr("ind.nav"), icon=":material/troubleshoot:", url_path="weak_indicators"),
        st.Page(PAGES / "comparison.py", title=tr("cmp.nav"), icon=":material/grid_on:", url_path="comparison"),
        st.Page(PAGES / "year_over_year.py", title=tr("yoy.nav"), icon=":material/compare_arrows:", url_path="year_over_year"),
        st.Page(PAGES / "drivers.py", title=tr("drv.nav"), icon=":material/insights:", url_path="drivers"),
        st.Page(PAGES / "items.py", title=tr("items.nav"), icon=":material/checklist:", url_path="items"),
    ],
    tr("nav.section_improve"): [
        st.Page(PAGES / "path_to_85.py", title=tr("path.nav"), icon=":material/route:", url_path="path_to_85"),
        st.Page(PAGES / "action_plan.py", title=tr("plan.nav"), icon=":material/assignment:", url_path="action_plan"),
        st.Page(PAGES / "measures.py", title=tr("msr.nav"), icon=":material/task_alt:", url_path="measures"),
        st.Page(PAGES / "complaints.py", title=tr("cmpl.nav"), icon=":material/report:", url_path="complaints"),
    ],
    tr("nav.section_share"): [
        st.Page(PAGES / "meeting_pack.py", title=tr("pack.nav"), icon=":material/slideshow:", url_path="meeting_pack"),
        st.Page(PAGES / "data.py", title=tr("nav.data"), icon=":material/folder_open:", url_path="data"),
    ],
})
sidebar_controls()
run_page(page)
