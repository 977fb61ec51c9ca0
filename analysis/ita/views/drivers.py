"""The drivers screen's view: which indicators separate passing from failing units in one year."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.ita import drivers, overview
from analysis.ita.framework import for_year
from analysis.ita.views._choice import choose, name_column, pass_mark


@dataclass(frozen=True)
class TopDriver:
    """The indicator with the largest gap between passing and failing units."""
    indicator: int
    name: str
    diff_median: float
    points_diff: float


@dataclass(frozen=True, eq=False)
class DriversView:
    """What the drivers screen shows for the chosen year (drivers empty: no indicator scores that year)."""
    years: list[int]
    year: int | None = None
    pass_mark: float = 85.0
    name_col: str = "name_th"
    drivers: pd.DataFrame = field(default_factory=pd.DataFrame)   # drivers.DRIVER_COLUMNS, largest gap first
    n_pass: int = 0
    n_fail: int = 0
    one_group: bool = True           # every unit passes, or every unit fails: nothing to compare
    top: TopDriver | None = None
    small_groups: bool = False       # a group is below MIN_GROUP units: no p-values, read with care


def drivers_view(scores: pd.DataFrame, results: pd.DataFrame, year: int | None = None,
                 lang: str = "th") -> DriversView:
    """The DriversView of the wanted year (the newest when not offered)."""
    years = [] if scores.empty else overview.available_years(results)
    name_col = name_column(lang)
    if not years:
        return DriversView(years, name_col=name_col)
    year = choose(years, year)
    mark = pass_mark(for_year(year))
    drv = drivers.drivers(scores, results, year)
    if drv.empty:
        return DriversView(years, year, mark, name_col, drv)
    n_pass, n_fail = int(drv["n_pass"].max()), int(drv["n_fail"].max())
    top = drv.iloc[0]
    return DriversView(years, year, mark, name_col, drv, n_pass, n_fail, n_pass == 0 or n_fail == 0,
                       TopDriver(int(top["indicator"]), str(top[name_col]), float(top["diff_median"]),
                                 float(top["points_diff"])),
                       min(n_pass, n_fail) < drivers.MIN_GROUP)
