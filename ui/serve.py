"""Start the Streamlit server for app.py with the old pages-folder mode off from the very first visit.

`python -m ui.serve run app.py [streamlit options]` is `streamlit run app.py [options]`, except for one thing:
Streamlit decides once per server, at the first session, whether the app "uses the pages directory" (its old
multipage mode) because a folder named pages/ lies beside the entry point. In that mode the first run of the
first visitor lists every file of pages/ in the sidebar before app.py can take over (boot.ensure_navigation reruns
at once, but the list has already been sent: before sign-in a visitor could glimpse page names). Our screens are
routed by st.navigation only, so the server starts with that mode switched off. make run, make replicas, the load
benchmark and the browser tests all start the app this way; a plain `streamlit run app.py` still works (the
pages rerun through app.py), with that first-run glimpse.
"""
from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli


def main() -> None:
    """Switch the pages-folder mode off, then hand over to Streamlit's command line."""
    PagesManager.uses_pages_directory = False
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())
