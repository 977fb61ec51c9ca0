"""Entry point: page setup and navigation only."""
import streamlit as st

from analysis.store import ADMIN
from ui import auth, boot, url
from ui.chrome import run_page, sidebar_controls
from ui.lang import tr
from ui.navigation import SECTIONS

boot.ensure_navigation()  # a fresh server's first visit to "/" runs app.py as an old-mode page: rerun first
url.read_globals()   # a link's (or a reload's) language and presentation mode, before anything is drawn
st.set_page_config(page_title=tr("app.title"), page_icon=":material/analytics:", layout="wide")
sidebar_controls()   # the language switch, also on the sign-in form
auth.gate()          # ITA_AUTH=local: nothing but the sign-in form until someone is signed in
admin = auth.can(ADMIN)
page = st.navigation({
    tr(section): [st.Page(p.path, title=tr(p.title_key), icon=p.icon, url_path=p.url_path, default=p.default)
                  for p in pages if not p.admin or admin]
    for section, pages in SECTIONS
}, expanded=True)     # every page listed: a working group should not hunt for one
auth.sidebar()
run_page(page)
