"""Widgets shared by the indicator-analysis pages: unit/year pickers that remember the choice, tables with .xlsx."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from analysis.common import mime
from analysis.export.xlsx import table_to_xlsx
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


def table(frame: pd.DataFrame, columns: dict[str, str], file_name: str, key: str,
          formats: dict[str, str] | None = None, container=st) -> None:
    """Show the chosen columns under their labels (columns: name → label), floats rounded to their format, and a
    download button for the same table as .xlsx (the labels are its header row)."""
    shown = frame[list(columns)].rename(columns=columns)
    for c, f in (formats or {}).items():      # the .xlsx gets the numbers as shown (e.g. 3.13, not 3.131999…)
        if f.endswith("f") and "." in f and pd.api.types.is_float_dtype(shown[columns[c]]):
            shown[columns[c]] = shown[columns[c]].round(int(f[f.index(".") + 1:-1]))
    config = {columns[c]: st.column_config.NumberColumn(format=f) for c, f in (formats or {}).items()}
    container.dataframe(shown, hide_index=True, width="stretch", column_config=config)
    container.download_button(tr("ind.download_xlsx"), data=table_to_xlsx({file_name[:31]: shown}),
                              file_name=f"{file_name}.xlsx", key=f"{key}_xlsx", icon=":material/download:",
                              mime=mime.XLSX)


def p_text(p_value: float, small_text: str) -> str:
    """'p = 0.012', 'p < 0.001', or small_text (the caveat) when there is no p-value."""
    if p_value is None or (isinstance(p_value, float) and math.isnan(p_value)):
        return small_text
    return tr("ind.p_small") if p_value < 0.001 else tr("ind.p_value", p=f"{p_value:.3f}")
