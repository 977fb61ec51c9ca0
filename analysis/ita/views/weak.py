"""The weak-indicators screen's view: one unit-year's indicators by points lost, against 85 and the peer median."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.ita import indicators, overview
from analysis.ita.framework import for_year
from analysis.ita.indicators import WEAK_COLUMNS, WeakSummary
from analysis.ita.views._choice import choose, name_column, pass_mark, units_in_year


@dataclass(frozen=True)
class WeakLine:
    """One of the weakest indicators, named in the interface language."""
    indicator: int
    name: str
    score: float
    points_lost: float


@dataclass(frozen=True, eq=False)
class WeakView:
    """What the weak-indicators screen shows for the chosen unit and year (years empty: no indicator scores)."""
    years: list[int]
    year: int | None = None
    units: list[str] = field(default_factory=list)     # units of the chosen year (the unit picker's options)
    unit: str | None = None
    weak: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=WEAK_COLUMNS))  # empty: no scores
    summary: WeakSummary | None = None                # None when weak is empty
    weakest: tuple[WeakLine, ...] = ()                # up to three, most points lost first
    has_framework: bool = False                       # False: no weights for the year, so no points lost
    pass_mark: float = 85.0
    name_col: str = "name_th"
    total: float = float("nan")                       # the unit's total (NaN when unknown)
    level: str | None = None
    failing: bool = False                             # the unit's total is known and below the pass mark


def weak_view(scores: pd.DataFrame, results: pd.DataFrame, year: int | None = None, unit: str | None = None,
              lang: str = "th") -> WeakView:
    """The WeakView of the wanted unit and year (the newest year and first unit when not offered)."""
    years = [] if scores.empty else overview.available_years(results)
    name_col = name_column(lang)
    if not years:
        return WeakView(years, name_col=name_col)
    year = choose(years, year)
    units = units_in_year(results, year)
    unit = choose(units, unit)
    fw = for_year(year)
    weak = indicators.weak_indicators(scores, unit, year)
    mine = results.loc[(results["fiscal_year"] == year) & (results["unit"] == unit)]
    row = mine.iloc[0] if len(mine) else None
    total = float("nan") if row is None or pd.isna(row["total"]) else float(row["total"])
    base = dict(years=years, year=year, units=units, unit=unit, weak=weak, has_framework=fw is not None,
                pass_mark=pass_mark(fw), name_col=name_col, total=total,
                level=(row["level"] or None) if row is not None else None,
                failing=row is not None and bool(pd.notna(row["passed"]) and not row["passed"]))
    if weak.empty:
        return WeakView(**base)
    summary = indicators.summarise(weak, scores, unit, year)
    lines = tuple(WeakLine(w.indicator, w.name_th if lang == "th" else w.name_en, w.score, w.points_lost)
                  for w in summary.weakest)
    return WeakView(**base, summary=summary, weakest=lines)
