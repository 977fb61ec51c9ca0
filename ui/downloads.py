"""A table on the page with its .xlsx download beside it (every table can be taken into Excel, with a sheet saying
where its data came from)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import XLSX_MIME
from analysis.export import XlsxSource, table_to_xlsx
from ui.lang import lang, tr

__all__ = ["audited", "dataframe", "stored", "xlsx_button"]

_DEMO_ROWS = {"all": "book.demo_all", "some": "book.demo_some"}


def audited(action: str, file_name: str, rows: int):
    """An on_click callback that writes the download to the audit trail (who, when, which file, how many rows) —
    for exports of complaint data (issue 11.3)."""
    def record() -> None:
        from ui import auth, cache

        account = auth.current()
        cache.raw_store().audit.record(account.name if account else "", action, file_name,
                                       {"file": file_name, "rows": int(rows)})
    return record


def stored(what_code: str, demo: str = "", files: pd.DataFrame | None = None) -> XlsxSource:
    """The source sheet of a table that is not the ITA results: what it holds (a text code), which rows are demo
    (in words, "" none) and the stored files it came from, if any."""
    return XlsxSource(files=files if files is not None else XlsxSource().files, what=tr(what_code), demo=demo)


def _results_source() -> XlsxSource:
    """The source sheet of a table of the ITA results: the stored datasets and which rows are demo."""
    from ui import cache

    ws = cache.workspace()
    demo = _DEMO_ROWS.get(ws.demo_mode)
    return XlsxSource(files=ws.sources, what=tr("book.what_ita"), demo=tr(demo) if demo else "")


def xlsx_button(frame: pd.DataFrame, file_name: str, key: str, container=st, audit: str | None = None,
                source: XlsxSource | None = None, decimals: dict[str, int] | None = None) -> None:
    """A download button for the frame as .xlsx (text never becomes a formula, floats rounded as shown: 2 decimals
    unless decimals names a column's), its bytes made only when it is clicked, with a source sheet (source; the ITA
    results' when None); `audit` names the audit action written when it is clicked (None: not audited, no rerun)."""
    name = f"{file_name}.xlsx"
    source = source if source is not None else _results_source()
    language, sheet = lang(), tr("book.sheet_table")

    def workbook() -> bytes:            # built when clicked, not on every rerun (issue 16.1)
        return table_to_xlsx({sheet: frame}, language, source, decimals)

    container.download_button(tr("ind.download_xlsx"), data=workbook, file_name=name, key=key,
                              icon=":material/download:", mime=XLSX_MIME,
                              on_click=audited(audit, name, len(frame)) if audit else "ignore")


def dataframe(file_name: str, key: str, frame, container=st, audit: str | None = None,
              source: XlsxSource | None = None, **kwargs) -> None:
    """st.dataframe(frame, **kwargs) followed by its .xlsx download button (audited as `audit` when given; source as
    in xlsx_button)."""
    frame = pd.DataFrame(frame)
    container.dataframe(frame, **kwargs)
    xlsx_button(frame, file_name, key, container, audit, source)
