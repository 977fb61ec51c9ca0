"""What every page shares: its setup call (guard, title, workspace), the sidebar controls (language, presentation
mode) and the safety net that turns an unexpected failure into a message."""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from analysis.common import LANGUAGES
from analysis.store import Denied
from ui import boot, cache, print_css, state, url
from ui.lang import tr

_LANG_NAMES = {"th": "ไทย", "en": "English"}

# Presentation mode: larger type, no Streamlit chrome, no chart toolbars, and the editing controls (uploads,
# downloads, forms, text fields) hidden; the year/unit pickers stay so the presenter can move through units.
_PRESENT_CSS = """
<style>
html, body, [data-testid="stAppViewContainer"] { font-size: 20px; }
[data-testid="stDecoration"], [data-testid="stMainMenu"], [data-testid="stToolbarActions"] { display: none; }
[data-testid="stHeader"] { background: transparent; }
.modebar-container { display: none !important; }
[data-testid="stFileUploader"], [data-testid="stDownloadButton"], [data-testid="stForm"],
[data-testid="stTextInput"], [data-testid="stDataEditor"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 100%; }
h1 { font-size: 2.6rem !important; }
[data-testid="stMetricValue"] { font-size: 3rem !important; }
</style>
"""


def page_setup(title_key: str, caption_key: str | None = None, workspace: bool = True) -> cache.Workspace | None:
    """The first call of every page: the navigation guard, the title (and its intro caption), then — unless the page
    works without it — the cached workspace, returned, with the demo banner when it holds demo data."""
    boot.ensure_navigation()
    st.title(tr(title_key))
    if caption_key:
        st.caption(tr(caption_key))
    if not workspace:
        return None
    ws = cache.workspace()
    boot.demo_notice(ws.demo_mode)
    return ws


def presenting() -> bool:
    """True when the user switched presentation mode on in this browser session."""
    return bool(st.session_state.get(state.PRESENT, False))


def sidebar_controls() -> None:
    """Language switch and presentation-mode toggle in the sidebar; applies the print stylesheet and, when on, the
    presentation styling."""
    st.session_state.setdefault(state.LANG, "th")
    with st.sidebar:
        st.segmented_control(tr("chrome.language"), LANGUAGES, key=state.LANG,
                             format_func=lambda code: _LANG_NAMES[code], selection_mode="single")
        st.toggle(tr("chrome.present"), key=state.PRESENT, help=tr("chrome.present_help"))
    print_css.apply()
    if presenting():
        st.markdown(_PRESENT_CSS, unsafe_allow_html=True)


def server_log() -> None:
    """Send the log records of the core ("analysis") and of the UI ("ui") to the server's stderr, at Streamlit's
    logger.level; once per process (the core itself never prints)."""
    for name in ("analysis", "ui"):
        logger = logging.getLogger(name)
        if any(getattr(h, "ita_server_log", False) for h in logger.handlers):
            continue
        handler = logging.StreamHandler(sys.__stderr__)      # the process's own stderr: the server log
        handler.ita_server_log = True
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(getattr(logging, str(st.get_option("logger.level") or "info").upper(), logging.INFO))


def _show_failure(exc: Exception, what: str) -> None:
    logging.getLogger(__name__).exception("%s failed", what)
    detail = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}"
    st.error(tr("common.error_unexpected", detail=detail), icon=":material/error:")
    st.caption(tr("common.error_help"))


@contextmanager
def guard(what: str) -> Iterator[None]:
    """Run a part of a page so that an unexpected failure in it becomes the same clear message as in run_page and
    the rest of the page still renders (st.stop/st.rerun pass through)."""
    try:
        yield
    except Denied as exc:                 # the store refused a change this account may not make
        st.error(exc.message(st.session_state.get(state.LANG, "th")), icon=":material/block:")
    except Exception as exc:
        _show_failure(exc, what)


def run_page(page) -> None:
    """Run the chosen page (with the values of the link it was opened by, the first time), then put its view in the
    address; an unexpected failure (a bug, an unreachable database) becomes a clear message in Thai and English on
    the page, with the details in the server log — never a traceback on the screen."""
    server_log()
    path = getattr(page, "url_path", "")
    try:
        url.read_page(path)
        url.write(path)       # the view as chosen (a page may stop early: nothing can be sent after st.stop)
        page.run()
    except Denied as exc:                 # the store refused a change this account may not make
        st.error(exc.message(st.session_state.get(state.LANG, "th")), icon=":material/block:")
    except Exception as exc:  # st.stop/st.rerun are BaseExceptions and pass through
        _show_failure(exc, f"page {path or '?'}")
    url.write(path)           # and as the page settled it (e.g. the first unit of a year): written only if changed
