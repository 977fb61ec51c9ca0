"""The item file of this browser session (item data is not stored): read it with the chosen OIT family."""
from __future__ import annotations

import streamlit as st

from analysis.common.report import IngestError, IngestReport
from analysis.ita.items import ItemsResult, ingest_items_bytes
from ui import state


def current() -> ItemsResult | IngestReport | None:
    """The session's item file ingested with the chosen family: ItemsResult, the failing IngestReport, or None."""
    held = st.session_state.get(state.ITEMS_FILE)
    if not held:
        return None
    name, data, _ = held
    try:
        return ingest_items_bytes(data, name, st.session_state.get(state.ITEMS_FAMILY, "nacc"))
    except IngestError as exc:
        return exc.report


def is_demo() -> bool:
    """True when the item file in use is the demo file."""
    held = st.session_state.get(state.ITEMS_FILE)
    return bool(held and held[2])
