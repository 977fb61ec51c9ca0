"""Opening the real app in Streamlit's AppTest: one render of the page asked for (the switch happens before the
first run, so the overview is not rendered on the way)."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "tests" / "app_entry.py")


def page_path(stem: str) -> str:
    """The page file pages/<stem>.py, as AppTest.switch_page wants it."""
    return str(ROOT / "pages" / f"{stem}.py")


def open_app(page: str | None = None, query: dict | None = None, **session) -> AppTest:
    """The app after one run of `page` (a path; the overview when None) with these session values set first, opened
    by an address with these query parameters (name → value, or a list of values for a repeated one)."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in (query or {}).items():
        at.query_params[name] = value
    for key, value in session.items():
        at.session_state[key] = value
    if page:
        at.switch_page(page)
    at.run()
    return at
