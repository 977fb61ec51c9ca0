"""The only place with caching: the store (one per database URL), the scored workspace, the screens' views (per
workspace version and choices), the complaints statistics (per complaints version and language), the session's item
file read once per content and family, and the charts' figures (per builder and inputs)."""
from __future__ import annotations

import copy
import functools
import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass

import pandas as pd
import streamlit as st

from analysis.common import IngestError, IngestReport, database_url, setting_int
from analysis.complaints import ComplaintsView, complaints_view
from analysis.export import complaint_years, deck_sources, measures_status
from analysis.ita import ItemsResult, UnitIndex, ingest_items_bytes, score, set_stored, split_demo, unit_index
from analysis.store import Denied, Store, UserStore, for_user, seed_demo

FRAMES = ("scores", "published", "results")     # the workspace frames a view function may take, by name


@dataclass(frozen=True)
class Workspace:
    """Everything the pages read: the stored frames (latest dataset wins per unit-year) and their scores."""
    scores: pd.DataFrame
    published: pd.DataFrame
    results: pd.DataFrame
    has_demo: bool
    version: str
    url: str = ""
    demo_mode: str = "none"                               # "all" | "some" (demo beside the user's) | "none"
    demo_keys: frozenset = frozenset()                    # (unit as shown, fiscal year) pairs that are demo
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)   # the stored datasets' provenance (exports' source)


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    store = Store(url)
    seed_demo(store)
    store.complaints.apply_retention(setting_int("ITA_COMPLAINT_RETENTION_YEARS"))
    return store


def raw_store() -> Store:
    """The workspace store for the configured database (demo loaded on first start), unchecked: for the sign-in
    itself and the workspace's own start-up work only."""
    return _store(database_url())


def store() -> UserStore:
    """The workspace store as the signed-in account may use it: every write checked and audited in the store."""
    from ui import auth

    account = auth.current()
    if account is None:
        raise Denied("access.signed_out")
    return for_user(raw_store(), account)


@st.cache_resource(show_spinner=False, max_entries=2)
def _workspace(url: str, version: str, lang: str) -> Workspace:
    """The scored workspace, built once per process for a database, its state (datasets and saved frameworks, in
    version) and a language, and shared by every session: handed out only through workspace(), never as is."""
    s = _store(url)
    demo = split_demo(s.datasets.load_scores(), s.datasets.load_published(), lang)
    return Workspace(demo.scores, demo.published, score(demo.scores, demo.published), demo.mode != "none",
                     version, url, demo.mode, demo.keys, s.datasets.provenance())


def workspace() -> Workspace:
    """The scored workspace (demo units named as demo when they stand beside the user's, in the interface's
    language), recomputed only when the stored datasets change; kept once per process (the frames are read-only
    for the caller: changing them changes the caller's copy only)."""
    from ui.lang import lang

    url = database_url()
    s = _store(url)
    signature = s.frameworks.signature()
    set_stored(_frameworks(url, signature))          # the group's saved frameworks score their years
    return _shared(_workspace(url, f"{s.datasets.version()}|fw:{signature}", lang()))


@st.cache_resource(show_spinner=False, max_entries=4)
def _frameworks(url: str, signature: str) -> dict:
    """The newest saved framework of each year, read again only when one is saved."""
    return {year: saved.framework() for year, saved in _store(url).frameworks.latest().items()}


def forget() -> None:
    """Drop the kept workspace and views (after a restore replaced the database under them)."""
    _workspace.clear()
    _view.clear()
    _complaints.clear()
    with _figures_lock:
        _figures.clear()


def load_demo() -> None:
    """Load the demo datasets into the workspace again (also after they were removed)."""
    seed_demo(store(), force=True)


@st.cache_resource(show_spinner=False, max_entries=64)
def _view(url: str, version: str, name: str, choices: tuple, _fn: Callable, _ws: Workspace):
    """The one kept view per workspace version, function and choices, shared by every session: handed out only
    through view(), never as is (no copy is pickled and unpickled per rerun: the memory stays flat however many
    sessions read it)."""
    frames = {f: getattr(_ws, f) for f in FRAMES if f in inspect.signature(_fn).parameters}
    return _fn(**frames, **dict(choices))


def _shared(v):
    """A kept object (the workspace, a view, a frame) for one caller: its frames and series as shallow copies. They
    share the kept data (no memory per session or rerun), and pandas' copy-on-write gives a caller that changes one a
    copy of just what it changed, so nothing a page or view does reaches what the other sessions read (the objects
    themselves are frozen dataclasses)."""
    if isinstance(v, pd.DataFrame | pd.Series):
        return v.copy(deep=False)
    if not is_dataclass(v) or isinstance(v, type):
        return v
    mine = copy.copy(v)
    for f in fields(v):
        value = getattr(v, f.name)
        if isinstance(value, pd.DataFrame | pd.Series):
            object.__setattr__(mine, f.name, value.copy(deep=False))
    return mine


def view(fn: Callable, ws: Workspace, **choices):
    """fn(<the workspace frames it names: scores, published, results>, **choices), kept per workspace version and
    choices (the view functions are pure, so a rerun with the same choices reads the kept view)."""
    return _shared(_view(ws.url, ws.version, f"{fn.__module__}.{fn.__qualname__}", tuple(sorted(choices.items())),
                         fn, ws))


def units(ws: Workspace | None = None) -> UnitIndex:
    """The workspace's unit index (each unit's type, the unit types, the years), kept per workspace version."""
    return view(unit_index, ws if ws is not None else workspace())


@st.cache_resource(show_spinner=False, max_entries=8)
def items_file(name: str, digest: str, family: str, _data: bytes) -> ItemsResult | IngestReport:
    """An item file read with the OIT family, once per content (digest: the SHA-256 of _data, worked out when the
    file arrived; the bytes themselves are not hashed again) and family: ItemsResult, or the IngestReport of why it
    could not be read. The one kept object is returned, not a copy (nobody changes it)."""
    try:
        return ingest_items_bytes(_data, name, family)
    except IngestError as exc:
        return exc.report


@st.cache_data(show_spinner=False, max_entries=4)
def _complaints(url: str, version: str, lang: str) -> ComplaintsView:
    return complaints_view(*_store(url).complaints.load(), lang)


def complaints() -> ComplaintsView:
    """The complaints screen's view (statistics, tests, the charts' frames, the public table and its .xlsx) in the
    interface's language, worked out again only when the stored complaints change (issue 13.6)."""
    from ui.lang import lang

    url = database_url()
    return _complaints(url, _store(url).complaints.version(), lang())


def deck_sections(lang: str, unit: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(measures per status of the unit or group, complaints per fiscal year) from the store, for the meeting deck."""
    s = store()
    records, aggregates, demo_years = s.complaints.load()
    return measures_status(s.measures.current_statuses(unit), lang), complaint_years(records, aggregates, demo_years)


def stored_sources() -> pd.DataFrame:
    """The stored result and complaint files' provenance (newest first within each), for the meeting pack's source
    slide and sheet."""
    s = store()
    return deck_sources(s.datasets.provenance(), s.complaints.provenance())


# --- the charts' figures -------------------------------------------------------------------------------------------
# Building a plotly figure (its layout set property by property, each checked) is most of a page's rerun once its
# view is kept; the same inputs make the same figure, so it is built once and kept for every session and rerun.
# st.plotly_chart reads a figure (it copies it to a dict), nobody changes one after it is built.
FIGURES_KEPT = 256
_figures: OrderedDict = OrderedDict()
_figures_lock = threading.Lock()


class _NoKey(Exception):
    """An input a figure cannot be kept by (a function, an object of unknown kind): the figure is built afresh."""


def _key(x):
    """A hashable stand-in for a chart builder's input: frames and series by their labels, types and the hash of
    every row (index included), dataclass objects and containers by their parts, plain values as they are."""
    if isinstance(x, pd.DataFrame | pd.Series):
        try:
            rows = pd.util.hash_pandas_object(x, index=True).to_numpy().tobytes()
        except TypeError as exc:          # cells of unhashable kinds (lists, dicts)
            raise _NoKey from exc
        labels = tuple(map(str, x.columns)) if isinstance(x, pd.DataFrame) else (str(x.name),)
        types = tuple(map(str, x.dtypes)) if isinstance(x, pd.DataFrame) else (str(x.dtype),)
        return (type(x).__name__, labels, types, tuple(map(str, x.index.names)), rows)
    if is_dataclass(x) and not isinstance(x, type):              # a view's small value object, by its fields
        return (type(x).__qualname__, tuple((f.name, _key(getattr(x, f.name))) for f in fields(x)))
    if isinstance(x, dict):
        return ("dict", tuple((_key(k), _key(v)) for k, v in x.items()))
    if isinstance(x, list | tuple):
        return (type(x).__name__, tuple(_key(v) for v in x))
    if x is None or isinstance(x, str | int | float | bool):
        return x
    if hasattr(x, "item") and getattr(x, "ndim", None) == 0:      # a numpy scalar
        return x.item()
    raise _NoKey


def kept_figure(builder: Callable) -> Callable:
    """Decorator for a chart builder (a pure function of its inputs returning a plotly figure): the figure for the
    same inputs is built once per process and handed out as is (read-only: st.plotly_chart copies it); the last
    FIGURES_KEPT figures are kept. Inputs it cannot key by (a function) build the figure every time."""
    name = f"{builder.__module__}.{builder.__qualname__}"

    @functools.wraps(builder)
    def build(*args, **kwargs):
        try:
            key = (name, _key(args), _key(dict(sorted(kwargs.items()))))
        except _NoKey:
            return builder(*args, **kwargs)
        with _figures_lock:
            fig = _figures.get(key)
            if fig is not None:
                _figures.move_to_end(key)
                return fig
        fig = builder(*args, **kwargs)
        with _figures_lock:
            _figures[key] = fig
            while len(_figures) > FIGURES_KEPT:
                _figures.popitem(last=False)
        return fig

    return build
