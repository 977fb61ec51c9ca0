"""Guard for deep links: make every page run through app.py's st.navigation, even on a fresh server.

Streamlit decides once per server whether an app "uses the pages directory" (the old multipage
mode) by looking for a folder named pages/ beside the entry point; our screens live in pages/ but
are routed by st.navigation. When the first visit after a start is a deep link (e.g. /data), the
old mode would run the page file alone, without app.py. Each page calls ensure_navigation() first:
it switches the old mode off and reruns, so the page is served through app.py like any other visit.
app.py calls it first too: when the first visit is to "/", the old mode runs app.py itself as its
"main page", under another script hash, so the sidebar widgets got other ids than on every later run
and the user's first click on them (e.g. the language switch) was lost.
"""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ui.navigation import PAGES_DIR


def ensure_navigation() -> None:
    """Rerun through the entry point when Streamlit started this page in the old pages-folder mode."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def demo_notice(mode: str) -> None:
    """The banner that marks demo data on every page that shows it: the whole workspace ("all"), or demo units
    beside the user's ("some")."""
    from ui.lang import tr

    if mode in ("all", "some"):
        st.warning(tr("common.demo_notice" if mode == "all" else "common.demo_mixed_notice"),
                   icon=":material/science:")


def page(name: str) -> str:
    """The path of a page file for st.page_link / st.switch_page, wherever the entry point runs from."""
    return str(PAGES_DIR / f"{name}.py")


def require(years: list, empty_key: str = "ind.empty") -> list:
    """The years a page can show; when there are none, explain what to upload, link to the Data page and stop."""
    from ui.lang import tr

    if not years:
        st.info(tr(empty_key))
        st.page_link(page("data"), label=tr("ind.go_data"), icon=":material/folder_open:")
        st.stop()
    return years
