"""The year-over-year screen's view: changes per unit and indicator, units crossing 85, group-wide paired tests."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.ita import yoy
from analysis.ita.framework import for_year
from analysis.ita.views._choice import choose, name_column, pass_mark, units_in_year

TOTAL = "total"     # the slope chart's measure for the total score (the others are indicator numbers)
SLOPE_ALL = 300     # the slope chart draws every unit up to this many, else those that crossed 85 and the chosen one


@dataclass(frozen=True)
class GroupChange:
    """An indicator's median change over the group, named in the interface language."""
    indicator: int
    name: str
    median_change: float


@dataclass(frozen=True, eq=False)
class YoyView:
    """What the year-over-year screen shows for the chosen year and unit (prev None: nothing to compare with)."""
    years: list[int]
    year: int | None = None
    prev: int | None = None                                   # the latest earlier year with data
    pass_mark: float = 85.0
    name_col: str = "name_th"
    totals: pd.DataFrame = field(default_factory=pd.DataFrame)    # yoy.TOTAL_COLUMNS, biggest gain first
    changes: pd.DataFrame = field(default_factory=pd.DataFrame)   # yoy.CHANGE_COLUMNS, by unit and indicator
    group: pd.DataFrame = field(default_factory=pd.DataFrame)     # yoy.GROUP_COLUMNS, most improved first
    n_units: int = 0                                          # units with a total in both years
    n_up: int = 0                                             # … that crossed 85 upwards
    n_down: int = 0
    median_change: float | None = None                        # of the totals; None without units
    measures: list = field(default_factory=list)              # "total", then the indicator numbers
    indicator_names: dict[int, str] = field(default_factory=dict)
    crossed: pd.DataFrame = field(default_factory=pd.DataFrame)   # totals rows that crossed 85
    units: list[str] = field(default_factory=list)            # units of the chosen year (the unit picker)
    unit: str | None = None
    unit_changes: pd.DataFrame = field(default_factory=pd.DataFrame)  # the chosen unit's changes rows
    best: GroupChange | None = None                           # most improved indicator (None: no pairs)
    worst: GroupChange | None = None
    few_pairs: int | None = None                              # most pairs of any indicator, when below MIN_PAIRS

    def slope(self, measure) -> tuple[pd.DataFrame, str, str]:
        """(rows, before column, after column) of the slope chart for the total or one indicator."""
        if measure == TOTAL:
            return self.totals, "total_prev", "total"
        return self.changes.loc[self.changes["indicator"] == measure], "score_prev", "score"

    def slope_shown(self, measure) -> tuple[pd.DataFrame, str, str, int]:
        """slope(measure) as the chart draws it, and the number of units it covers: every unit up to SLOPE_ALL, else
        only the units that crossed 85 and the chosen unit."""
        rows, before, after = self.slope(measure)
        if len(rows) > SLOPE_ALL:
            return rows.loc[(rows["crossed"] != "") | (rows["unit"] == self.unit)], before, after, len(rows)
        return rows, before, after, len(rows)


def _named(row: pd.Series, name_col: str) -> GroupChange:
    return GroupChange(int(row["indicator"]), str(row[name_col]), float(row["median_change"]))


def yoy_view(scores: pd.DataFrame, results: pd.DataFrame, year: int | None = None, unit: str | None = None,
             lang: str = "th") -> YoyView:
    """The YoyView of the wanted year (the newest when not offered) against the year before it, and of the wanted
    unit (the first of the year when not offered)."""
    years = yoy.years_with_data(scores, results)
    name_col = name_column(lang)
    if not years:
        return YoyView(years, name_col=name_col)
    year = choose(years, year)
    prev = yoy.previous_of(years, year)
    if prev is None:
        return YoyView(years, year, name_col=name_col)
    mark = pass_mark(for_year(year))
    totals = yoy.total_changes(results, year, prev, mark)
    changes = yoy.indicator_changes(scores, year, prev, mark)
    group = yoy.group_changes(changes)
    units = units_in_year(results, year)
    unit = choose(units, unit)
    most_pairs = int(group["n_pairs"].max()) if len(group) else None
    return YoyView(
        years, year, prev, mark, name_col, totals, changes, group, len(totals),
        int((totals["crossed"] == "up").sum()), int((totals["crossed"] == "down").sum()),
        float(totals["change"].median()) if len(totals) else None,
        [TOTAL, *sorted(changes["indicator"].unique().tolist())],
        dict(zip(changes["indicator"], changes[name_col])), totals.loc[totals["crossed"] != ""], units, unit,
        changes.loc[changes["unit"] == unit],
        _named(group.iloc[0], name_col) if len(group) else None,
        _named(group.iloc[-1], name_col) if len(group) else None,
        most_pairs if most_pairs is not None and most_pairs < yoy.MIN_PAIRS else None)
