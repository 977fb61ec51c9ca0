"""A table on the page with its .xlsx download beside it (every table can be taken into Excel)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.common import XLSX_MIME
from analysis.export import table_to_xlsx
from ui.lang import tr

__all__ = ["dataframe", "xlsx_button"]


def xlsx_button(frame: pd.DataFrame, file_name: str, key: str, container=st) -> None:
    """A download button for the frame as .xlsx (text never becomes a formula)."""
    container.download_button(tr("ind.download_xlsx"), data=table_to_xlsx({file_name[:31]: frame}),
                              file_name=f"{file_name}.xlsx", key=key, icon=":material/download:", mime=XLSX_MIME)


def dataframe(file_name: str, key: str, frame, container=st, **kwargs) -> None:
    """st.dataframe(frame, **kwargs) followed by its .xlsx download button."""
    frame = pd.DataFrame(frame)
    container.dataframe(frame, **kwargs)
    xlsx_button(frame, file_name, key, container)
