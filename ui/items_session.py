"""The item file of this browser session (item data is not stored): read it with the chosen OIT family."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import IngestReport
from analysis.ita import ItemsResult
from ui import cache, state

DEFAULT_FAMILY = "nacc"


def family() -> str:
    """The OIT item-list family chosen in this session ("nacc" until changed)."""
    return st.session_state.get(state.ITEMS_FAMILY, DEFAULT_FAMILY)


def current() -> ItemsResult | IngestReport | None:
    """The session's item file ingested with the chosen family: ItemsResult, the failing IngestReport, or None."""
    held = st.session_state.get(state.ITEMS_FILE)
    if not held:
        return None
    name, data, _ = held
    return cache.items_file(name, data, family())


def items() -> pd.DataFrame | None:
    """The session's item rows (a DataFrame) when an item file was read, else None."""
    loaded = current()
    return loaded.items if isinstance(loaded, ItemsResult) else None


def is_demo() -> bool:
    """True when the item file in use is the demo file."""
    held = st.session_state.get(state.ITEMS_FILE)
    return bool(held and held[2])
