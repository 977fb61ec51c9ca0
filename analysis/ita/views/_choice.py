"""Rules every analysis view shares: which year or unit is chosen, the unit list of a year, the pass mark."""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.ita.framework import Framework
from analysis.ita.scoring import DEFAULT_PASS_MARK


def choose(options: Sequence, wanted):
    """The wanted option when it is offered, else the first one (None when nothing is offered)."""
    options = list(options)
    if not options:
        return None
    return wanted if wanted in options else options[0]


def units_in_year(frame: pd.DataFrame, fiscal_year: int | None) -> list[str]:
    """The units of a frame (results or scores) in one fiscal year, sorted by name."""
    if fiscal_year is None:
        return []
    return sorted(frame.loc[frame["fiscal_year"] == fiscal_year, "unit"].unique())


def pass_mark(fw: Framework | None) -> float:
    """The year's pass mark (85 when no framework file covers the year)."""
    return fw.pass_mark if fw else DEFAULT_PASS_MARK


def name_column(lang: str) -> str:
    """The indicator-name column of the interface language: name_th or name_en."""
    return "name_th" if lang == "th" else "name_en"
