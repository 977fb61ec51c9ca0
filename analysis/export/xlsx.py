"""Tables as an .xlsx workbook (one sheet per frame, then the source sheet); text is always stored as text, never
as a formula (see analysis.common.workbook, which writes every exported workbook)."""
from __future__ import annotations

import pandas as pd

from analysis.common.workbook import Source, write_workbook

XlsxSource = Source          # the public name: where a workbook's data came from (its last sheet)


def table_to_xlsx(frames: dict[str, pd.DataFrame], lang: str = "th", source: Source | None = None,
                  decimals: dict[str, int] | None = None) -> bytes:
    """The bytes of an .xlsx workbook with one sheet per frame (sheet names from the keys, made valid and unique),
    the column names as a bold, frozen header row, floats rounded as shown (2 decimals unless decimals names a
    column's), every text cell stored as text, and a last sheet saying where the data came from (source)."""
    return write_workbook(frames, lang, source, decimals)
