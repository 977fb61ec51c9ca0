"""Entry point: page setup and navigation only."""
import streamlit as st

from ui.lang import tr

st.set_page_config(page_title=tr("app.title"), page_icon=":material/analytics:", layout="wide")
page = st.navigation([
    st.Page("pages/overview.py", title=tr("nav.overview"), icon=":material/analytics:", url_path="overview", default=True),
    st.Page("pages/data.py", title=tr("nav.data"), icon=":material/folder_open:", url_path="data"),
])
page.run()
