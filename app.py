"""Entry point: page setup and navigation only."""
from pathlib import Path

import streamlit as st

from ui.chrome import presenting, sidebar_controls
from ui.lang import tr

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title=tr("app.title"), page_icon=":material/analytics:", layout="wide",
                   initial_sidebar_state="collapsed" if presenting() else "auto")
page = st.navigation([
    st.Page(PAGES / "overview.py", title=tr("nav.overview"), icon=":material/analytics:", url_path="overview",
            default=True),
    st.Page(PAGES / "data.py", title=tr("nav.data"), icon=":material/folder_open:", url_path="data"),
])
sidebar_controls()
page.run()
