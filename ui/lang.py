"""The current language (from session state) and the translate function pages use."""
from __future__ import annotations

import streamlit as st

from analysis.common import t
from ui import state


def lang() -> str:
    """The interface language of this browser session: Thai unless switched."""
    return st.session_state.get(state.LANG) or "th"   # None when the chosen option is clicked off


def tr(key: str, /, **kwargs) -> str:
    """The text of a catalogue code (analysis.common.text) in the current language."""
    return t(key, lang(), **kwargs)
