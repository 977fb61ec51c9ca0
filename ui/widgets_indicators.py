"""Widgets shared by the indicator-analysis pages: unit/year pickers that remember the choice, tables with .xlsx."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from ui.downloads import xlsx_button
from ui.lang import tr


def _remember(widget_key: str, state_key: str) -> None:
    st.session_state[state_key] = st.session_state[widget_key]


def pick(label: str, options: Sequence, state_key: str, widget_key: str,
         format_func: Callable = str, container=st) -> object:
    """A selectbox preselected from session state[state_key] (first option when absent or not offered); the
    choice is written back to state_key so every analysis page (and a link from the overview) shares it."""
    options = list(options)
    labels = {o: format_func(o) for o in options}      # made now, in this run's language
    wanted = st.session_state.get(state_key)
    st.session_state[widget_key] = wanted if wanted in options else options[0]
    value = container.selectbox(label, options, key=widget_key, format_func=labels.__getitem__,
                                on_change=_remember, args=(widget_key, state_key))
    st.session_state[state_key] = value
    return value


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
    xlsx_button(shown, file_name, f"{key}_xlsx", container)


def p_text(p_value: float, small_text: str) -> str:
    """'p = 0.012', 'p < 0.001', or small_text (the caveat) when there is no p-value."""
    if p_value is None or (isinstance(p_value, float) and math.isnan(p_value)):
        return small_text
    return tr("ind.p_small") if p_value < 0.001 else tr("ind.p_value", p=f"{p_value:.3f}")


def with_test_text(frame: pd.DataFrame, caveat: Callable[[tuple], str]) -> pd.DataFrame:
    """The frame with a test_text column: each row's p-value as text, or caveat(row) when it has none."""
    return frame.assign(test_text=[p_text(r.p_value, caveat(r)) for r in frame.itertuples()])
