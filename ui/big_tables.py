"""Big tables (issue 16.1): never more than SHOWN_ROWS rows sent to the page, a search by unit name above that, and
every matching row in the .xlsx download (built when clicked); a table nobody needs at first is sent only when
switched on."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.lang import tr
from ui.widgets_indicators import table

SHOWN_ROWS = 500          # rows a big table puts on the page at most (the download has them all)


def matching(frame: pd.DataFrame, text: str, column: str = "unit") -> pd.DataFrame:
    """The rows whose `column` contains the text (any case; all rows when the text is blank)."""
    text = (text or "").strip()
    if not text:
        return frame
    return frame.loc[frame[column].astype(str).str.contains(text, case=False, regex=False)]


def on_request(label: str, switch_key: str, search_key: str, frame: pd.DataFrame, columns: dict[str, str],
               file_name: str, key: str, **table_kwargs) -> None:
    """A switch labelled `label` (off at first); when on, a unit search and the matching rows as
    widgets_indicators.table shows them, at most SHOWN_ROWS on the page and all in the download."""
    rows = f"{len(frame):,}"
    if not st.toggle(label, key=switch_key, help=tr("common.table_on_request", rows=rows)):
        return
    found = matching(frame, st.text_input(tr("common.table_search"), key=search_key,
                                          placeholder=tr("common.table_search_help")))
    if len(found) > SHOWN_ROWS:
        st.caption(tr("common.table_rows", shown=f"{SHOWN_ROWS:,}", rows=f"{len(found):,}"))
    table(found, columns, file_name, key, shown_rows=SHOWN_ROWS, **table_kwargs)


def searchable(frame: pd.DataFrame, columns: dict[str, str], file_name: str, key: str, search_key: str,
               **table_kwargs) -> None:
    """A table as widgets_indicators.table shows it, whole when it has at most SHOWN_ROWS rows; a longer one (a
    national group) gets a unit search and puts at most SHOWN_ROWS matching rows on the page, all in the download."""
    if len(frame) > SHOWN_ROWS:
        frame = matching(frame, st.text_input(tr("common.table_search"), key=search_key,
                                              placeholder=tr("common.table_search_help")))
        if len(frame) > SHOWN_ROWS:
            st.caption(tr("common.table_rows", shown=f"{SHOWN_ROWS:,}", rows=f"{len(frame):,}"))
    table(frame, columns, file_name, key, shown_rows=SHOWN_ROWS, **table_kwargs)
