"""A table on the page with its .xlsx download beside it (every table can be taken into Excel)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import XLSX_MIME
from analysis.export import table_to_xlsx
from ui.lang import tr

__all__ = ["audited", "dataframe", "xlsx_button"]


def audited(action: str, file_name: str, rows: int):
    """An on_click callback that writes the download to the audit trail (who, when, which file, how many rows) —
    for exports of complaint data (issue 11.3)."""
    def record() -> None:
        from ui import auth, cache

        account = auth.current()
        cache.raw_store().audit.record(account.name if account else "", action, file_name,
                                       {"file": file_name, "rows": int(rows)})
    return record


def xlsx_button(frame: pd.DataFrame, file_name: str, key: str, container=st, audit: str | None = None) -> None:
    """A download button for the frame as .xlsx (text never becomes a formula), its bytes made only when it is
    clicked; `audit` names the audit action written when it is clicked (None: not audited, and no rerun)."""
    name = f"{file_name}.xlsx"

    def workbook() -> bytes:            # built when clicked, not on every rerun (issue 16.1)
        return table_to_xlsx({file_name[:31]: frame})

    container.download_button(tr("ind.download_xlsx"), data=workbook, file_name=name, key=key,
                              icon=":material/download:", mime=XLSX_MIME,
                              on_click=audited(audit, name, len(frame)) if audit else "ignore")


def dataframe(file_name: str, key: str, frame, container=st, audit: str | None = None, **kwargs) -> None:
    """st.dataframe(frame, **kwargs) followed by its .xlsx download button (audited as `audit` when given)."""
    frame = pd.DataFrame(frame)
    container.dataframe(frame, **kwargs)
    xlsx_button(frame, file_name, key, container, audit)
