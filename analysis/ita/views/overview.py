"""The overview screen's view: the year's headline numbers, every unit's total, the level mix, the lowest units."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.ita import overview
from analysis.ita.framework import for_year
from analysis.ita.overview import YearSummary
from analysis.ita.views._choice import choose, pass_mark

LOWEST_N = 10
RANK_N = 10          # the ranking chart names the lowest and the highest RANK_N units (and the chosen one)


@dataclass(frozen=True, eq=False)
class OverviewView:
    """What the overview shows for the chosen year and unit types (years empty: nothing is stored yet)."""
    years: list[int]                      # newest first (the year picker's options)
    unit_types: list[str]                 # every unit type in the results (the filter's options)
    year: int | None = None               # the wanted year when offered, else the newest
    summary: YearSummary | None = None    # units, passing, share, mean, median (units 0: no rows for the filter)
    grading: str | None = None            # "levels" | "bands"; None when no framework file covers the year
    pass_mark: float = 85.0
    labels: tuple[str, ...] = ()          # level letters or band labels, best first
    level_names: dict[str, str] = field(default_factory=dict)   # level → name shown (empty: the level itself)
    totals: pd.DataFrame = field(default_factory=pd.DataFrame)  # overview.sorted_totals, lowest first
    undecided: int = 0                    # units whose level cannot be decided
    distribution: pd.DataFrame = field(default_factory=pd.DataFrame)  # level, units, share
    lowest: pd.DataFrame = field(default_factory=pd.DataFrame)  # unit, total, level (name), gap_to_85, level_note
    lowest_n: int = LOWEST_N
    unit: str | None = None               # the chosen unit (highlighted), when it is among the totals
    histogram: pd.DataFrame = field(default_factory=pd.DataFrame)   # overview.HISTOGRAM_COLUMNS
    ranking: pd.DataFrame = field(default_factory=pd.DataFrame)     # overview.EXTREME_COLUMNS, lowest first
    rank_n: int = RANK_N
    chosen_total: float | None = None     # the chosen unit's total


def overview_view(results: pd.DataFrame, year: int | None = None, unit_types: list[str] | None = None,
                  lang: str = "th", unit: str | None = None) -> OverviewView:
    """The OverviewView of the scored results for the wanted year (the newest when not offered) and unit types
    (all when None or empty); level names and level notes in the language; the wanted unit is highlighted when it
    is among the year's totals."""
    years = overview.available_years(results)
    types_all = overview.available_unit_types(results)
    if not years:
        return OverviewView(years, types_all)
    year = choose(years, year)
    types = list(unit_types or [])
    fw = for_year(year)
    labels = fw.labels if fw else ()
    names = overview.level_names(fw, lang)
    totals = overview.sorted_totals(results, year, types)
    lowest = overview.lowest_units(results, year, types, n=LOWEST_N)
    chosen = unit if unit is not None and (totals["unit"] == unit).any() else None
    note = "level_note" if lang == "th" else "level_note_en"
    lowest = pd.DataFrame({"unit": lowest["unit"], "total": lowest["total"],
                           "level": lowest["level"].map(lambda lv: names.get(lv, lv)),
                           "gap_to_85": lowest["gap_to_85"], "level_note": lowest[note]})
    return OverviewView(
        years, types_all, year, overview.year_summary(results, year, types), fw.grading if fw else None,
        pass_mark(fw), labels, names, totals, int((totals["level"] == overview.UNDECIDED).sum()),
        overview.level_distribution(results, year, labels, types), lowest, LOWEST_N, chosen,
        overview.score_histogram(totals), overview.extremes(totals, RANK_N, chosen), RANK_N,
        float(totals.loc[totals["unit"] == chosen, "total"].iloc[0]) if chosen else None)
