"""Widgets shared by the indicator-analysis pages: unit/year pickers that remember the choice (the unit picked by its
type first, with type-to-search), tables with .xlsx."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from ui import state
from ui.downloads import xlsx_button
from ui.lang import tr

ALL_TYPES = ""           # the type picker's "all types" choice
ALL_TYPES_UP_TO = 300    # up to this many units the type picker starts at "all types", above it at the unit's type


def _remember(widget_key: str, state_key: str) -> None:
    st.session_state[state_key] = st.session_state[widget_key]


def pick(label: str, options: Sequence, state_key: str, widget_key: str,
         format_func: Callable = str, container=st, **kwargs) -> object:
    """A selectbox preselected from session state[state_key] (first option when absent or not offered); the
    choice is written back to state_key so every analysis page (and a link from the overview) shares it."""
    options = list(options)
    labels = {o: format_func(o) for o in options}      # made now, in this run's language
    wanted = st.session_state.get(state_key)
    st.session_state[widget_key] = wanted if wanted in options else options[0]
    value = container.selectbox(label, options, key=widget_key, format_func=labels.__getitem__,
                                on_change=_remember, args=(widget_key, state_key), **kwargs)
    st.session_state[state_key] = value
    return value


def pick_unit(label: str, units: Sequence[str], widget_key: str, type_key: str, ws=None, container=st) -> str:
    """Pick one unit in two steps: its unit type (all types, or one type of the workspace), then the unit among that
    type's, with type-to-search. Both choices are shared by every page (state.UNIT_TYPE, state.SELECTED_UNIT): a unit
    chosen elsewhere or named in a link brings its type along. `ws` is the workspace (read when None)."""
    from ui import cache

    units = list(units)
    index = cache.units(ws)
    kinds = sorted({index.type_of[u] for u in units if u in index.type_of})
    shown, col_unit = units, container
    if len(kinds) > 1:           # one type (or none known): nothing to choose first
        wanted = st.session_state.get(state.SELECTED_UNIT)
        wanted = wanted if wanted in units else units[0]
        kind = _unit_type(st.session_state.get(state.UNIT_TYPE), kinds, index.type_of.get(wanted), len(units))
        st.session_state[state.UNIT_TYPE] = st.session_state[type_key] = kind
        col_type, col_unit = container.columns([2, 3])
        firsts = {k: u for u in reversed(units) if (k := index.type_of.get(u)) is not None}
        col_type.selectbox(tr("common.unit_type"), [ALL_TYPES, *kinds], key=type_key,
                           format_func=lambda k: k or tr("common.all_unit_types"),
                           on_change=_type_chosen, args=(type_key, firsts, index.type_of))
        if kind != ALL_TYPES:
            shown = index.units_of(units, kind)
    return pick(label, shown, state.SELECTED_UNIT, widget_key, container=col_unit, help=tr("common.pick_unit_help"),
                filter_mode="contains")


def _unit_type(kind: str | None, kinds: list[str], wanted_type: str | None, n_units: int) -> str:
    """The unit type the picker shows: the one chosen, unless the wanted unit (chosen elsewhere, or in a link) is of
    another type; on a first visit all types for a small group, the wanted unit's type for a large one."""
    if kind not in (ALL_TYPES, *kinds):
        kind = ALL_TYPES if n_units <= ALL_TYPES_UP_TO else None
    if kind != ALL_TYPES and wanted_type != kind:
        kind = wanted_type if wanted_type in kinds else ALL_TYPES
    return kind


def _type_chosen(type_key: str, firsts: dict[str, str], type_of: dict[str, str]) -> None:
    """A type was chosen: it is shared, and the unit becomes that type's first when the one chosen is of another."""
    kind = st.session_state[type_key]
    st.session_state[state.UNIT_TYPE] = kind
    if kind != ALL_TYPES and type_of.get(st.session_state.get(state.SELECTED_UNIT)) != kind and kind in firsts:
        st.session_state[state.SELECTED_UNIT] = firsts[kind]


def pick_year(label: str, years: Sequence[int], state_key: str, widget_key: str, container=st) -> object:
    """pick() of a fiscal year, shown as 'พ.ศ. 2568' / 'FY2568', followed by which framework scores that year."""
    year = pick(label, years, state_key, widget_key, lambda y: tr("common.be_year", year=y), container)
    framework_caption(year)
    return year


def framework_caption(year) -> None:
    """Which framework (shipped file or saved version, and how sure it is) scores the year."""
    from analysis.ita import describe, for_year
    from ui.lang import lang

    if year is not None and (fw := for_year(int(year))) is not None:
        st.caption(":material/rule: " + describe(fw, lang()))


def table(frame: pd.DataFrame, columns: dict[str, str], file_name: str, key: str,
          formats: dict[str, str] | None = None, container=st, values: dict[str, dict] | None = None,
          shown_rows: int | None = None) -> None:
    """Show the chosen columns under their labels (columns: name → label), floats rounded to their format, coded
    values in words (values: name → {code: words}), and a download button for the same table as .xlsx (the labels
    are its header row); with shown_rows, only the first that many rows go to the page (the download has all)."""
    shown = frame[list(columns)].rename(columns=columns)
    for c, words in (values or {}).items():
        shown[columns[c]] = shown[columns[c]].map(words)
    for c, f in (formats or {}).items():      # the .xlsx gets the numbers as shown (e.g. 3.13, not 3.131999…)
        if f.endswith("f") and "." in f and pd.api.types.is_float_dtype(shown[columns[c]]):
            shown[columns[c]] = shown[columns[c]].round(int(f[f.index(".") + 1:-1]))
    config = {columns[c]: st.column_config.NumberColumn(format=f) for c, f in (formats or {}).items()}
    container.dataframe(shown if shown_rows is None else shown.head(shown_rows), hide_index=True, width="stretch",
                        column_config=config)
    places = {columns[c]: int(f[f.index(".") + 1:-1]) for c, f in (formats or {}).items()
              if f.endswith("f") and "." in f}
    xlsx_button(shown, file_name, f"{key}_xlsx", container, decimals=places)


def p_text(p_value: float, small_text: str) -> str:
    """'p = 0.012', 'p < 0.001', or small_text (the caveat) when there is no p-value."""
    if p_value is None or (isinstance(p_value, float) and math.isnan(p_value)):
        return small_text
    return tr("ind.p_small") if p_value < 0.001 else tr("ind.p_value", p=f"{p_value:.3f}")


def with_test_text(frame: pd.DataFrame, caveat: Callable[[tuple], str]) -> pd.DataFrame:
    """The frame with a test_text column: each row's p-value as text, or caveat(row) when it has none."""
    return frame.assign(test_text=[p_text(r.p_value, caveat(r)) for r in frame.itertuples()])
