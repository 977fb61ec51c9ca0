"""Session-state keys of the item drill-down (item data lives in the browser session only) and its reader."""
from __future__ import annotations

import streamlit as st

from analysis.items import ItemsResult, ingest_items_bytes
from analysis.report import IngestError, IngestReport

ITEMS_FILE = "items_file"          # (file name, bytes, is_demo) of the item file in use
ITEMS_FAMILY = "items_family"      # OIT item list family ("nacc" default)
ITEMS_UPLOADER = "items_uploader"  # uploader widget key generation
USE_ITEMS = "path_use_items"       # planner: use the item file's OIT items


def current() -> ItemsResult | IngestReport | None:
    """The session's item file ingested with the chosen family: ItemsResult, the failing IngestReport, or None."""
    held = st.session_state.get(ITEMS_FILE)
    if not held:
        return None
    name, data, _ = held
    try:
        return ingest_items_bytes(data, name, st.session_state.get(ITEMS_FAMILY, "nacc"))
    except IngestError as exc:
        return exc.report


def is_demo() -> bool:
    """True when the item file in use is the demo file."""
    held = st.session_state.get(ITEMS_FILE)
    return bool(held and held[2])
