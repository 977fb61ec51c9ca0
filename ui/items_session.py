"""The item file of this browser session (item data is not stored in the workspace): held once per upload with the
SHA-256 of its bytes, read once per content and OIT family and kept server-side (ui.cache.items_file), so a rerun
neither hashes the bytes again nor reads the file again."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.common import IngestReport
from analysis.ita import ItemsResult
from ui import cache, state

DEFAULT_FAMILY = "nacc"


@dataclass(frozen=True, eq=False)
class HeldFile:
    """The session's item file: its name, the SHA-256 of its bytes (worked out once, when it arrived), the bytes
    (read again only with another OIT family), whether it is the demo file, and the uploader's id of it."""
    name: str
    digest: str
    data: bytes
    is_demo: bool = False
    file_id: str | None = None


def held_file(name: str, data: bytes, is_demo: bool = False, file_id: str | None = None) -> HeldFile:
    """A HeldFile of these bytes (hashed now)."""
    return HeldFile(name, hashlib.sha256(data).hexdigest(), data, is_demo, file_id)


def hold(name: str, data: bytes, is_demo: bool = False) -> None:
    """Use this file from now on in this session (the demo button)."""
    st.session_state[state.ITEMS_FILE] = held_file(name, data, is_demo)


def hold_upload(upload) -> None:
    """Use an uploaded file (a Streamlit UploadedFile, or None: nothing to do); a rerun with the same upload in the
    uploader changes nothing, so its bytes are read and hashed once."""
    held = st.session_state.get(state.ITEMS_FILE)
    if upload is None or (held is not None and held.file_id == upload.file_id):
        return
    st.session_state[state.ITEMS_FILE] = held_file(upload.name, upload.getvalue(), False, upload.file_id)


def family() -> str:
    """The OIT item-list family chosen in this session ("nacc" until changed)."""
    return st.session_state.get(state.ITEMS_FAMILY, DEFAULT_FAMILY)


def current() -> ItemsResult | IngestReport | None:
    """The session's item file read with the chosen family: ItemsResult, the failing IngestReport, or None."""
    held = st.session_state.get(state.ITEMS_FILE)
    if not held:
        return None
    return cache.items_file(held.name, held.digest, family(), held.data)


def items() -> pd.DataFrame | None:
    """The session's item rows (a DataFrame) when an item file was read, else None."""
    loaded = current()
    return loaded.items if isinstance(loaded, ItemsResult) else None


def is_demo() -> bool:
    """True when the item file in use is the demo file."""
    held = st.session_state.get(state.ITEMS_FILE)
    return bool(held and held.is_demo)
