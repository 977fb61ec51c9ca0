"""Entry point: page setup and navigation only."""
import streamlit as st

from ui.chrome import run_page, sidebar_controls
from ui.lang import tr
from ui.navigation import SECTIONS

st.set_page_config(page_title=tr("app.title"), page_icon=":material/analytics:", layout="wide")
page = st.navigation({
    tr(section): [st.Page(p.path, title=tr(p.title_key), icon=p.icon, url_path=p.url_path, default=p.default)
                  for p in pages]
    for section, pages in SECTIONS
}, expanded=True)     # every page listed: a working group should not hunt for one
sidebar_controls()
run_page(page)
