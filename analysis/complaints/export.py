"""The public complaint statistics as an .xlsx file (text cells are always text, never a formula), with its source
sheet naming the demo years."""
from __future__ import annotations

import pandas as pd

from analysis.common.text import t
from analysis.common.workbook import Source, write_workbook


def statistics_xlsx(table: pd.DataFrame, headers: list[str], sheet: str, lang: str = "th",
                    demo_years: frozenset[int] = frozenset()) -> bytes:
    """The table (columns in order, the fiscal year first) as .xlsx bytes with the given header texts; blanks stay
    empty; the source sheet says which of its years are demo."""
    shown = sorted(int(y) for y in set(demo_years) & set(pd.to_numeric(table.iloc[:, 0], errors="coerce").dropna()))
    demo = t("book.demo_years", lang, years=", ".join(map(str, shown))) if shown else ""
    return write_workbook({sheet: table.set_axis([str(h) for h in headers], axis=1)}, lang,
                          Source(what=t("book.what_complaints", lang), demo=demo))
