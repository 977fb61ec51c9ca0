"""The only place with Streamlit caching: the store (one per database URL) and the scored workspace."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from analysis.common import settings
from analysis.ita.scoring import score
from analysis.store import Store, seed_demo


@dataclass(frozen=True)
class Workspace:
    """Everything the pages read: the stored frames (latest dataset wins per unit-year) and their scores."""
    scores: pd.DataFrame
    published: pd.DataFrame
    results: pd.DataFrame
    has_demo: bool
    version: str


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    store = Store(url)
    seed_demo(store)
    return store


def store() -> Store:
    """The workspace store for the configured database (demo loaded on first start)."""
    return _store(settings.database_url())


@st.cache_data(show_spinner=False, max_entries=4)
def _workspace(url: str, version: str) -> Workspace:
    s = _store(url)
    scores, published = s.datasets.load_scores(), s.datasets.load_published()
    has_demo = bool(scores["is_demo"].any()) or bool(published["is_demo"].any())
    return Workspace(scores, published, score(scores, published), has_demo, version)


def workspace() -> Workspace:
    """The scored workspace, recomputed only when the stored datasets change."""
    url = settings.database_url()
    return _workspace(url, _store(url).datasets.version())


def clear() -> None:
    """Forget cached frames (after a save or a removal the version changes anyway; this frees memory)."""
    _workspace.clear()
