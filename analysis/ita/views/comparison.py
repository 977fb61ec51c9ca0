"""The comparison screen's view: the units × indicators matrix, the ranking with peer percentile, pass rates."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.ita import compare, overview
from analysis.ita.framework import for_year
from analysis.ita.views._choice import choose, name_column, pass_mark

HEAT_N = 30          # the heatmap shows every unit up to this many, else the HEAT_N lowest totals (and the chosen)


@dataclass(frozen=True, eq=False)
class ComparisonView:
    """What the comparison screen shows for the chosen year and unit types (years empty: nothing stored)."""
    years: list[int]
    unit_types: list[str]                                     # the filter's options
    year: int | None = None
    pass_mark: float = 85.0
    ranking: pd.DataFrame = field(default_factory=pd.DataFrame)       # compare.RANK_COLUMNS, best first
    rates: pd.DataFrame = field(default_factory=pd.DataFrame)         # compare.PASS_RATE_COLUMNS (share 0–1)
    rates_table: pd.DataFrame = field(default_factory=pd.DataFrame)   # the same with share in percent
    n_units: int = 0
    n_passing: int = 0
    share_passing: float = 0.0                                # 0–1 (0 when no units)
    matrix: pd.DataFrame = field(default_factory=pd.DataFrame)        # index unit; unit_type, total, i1…i10
    matrix_table: pd.DataFrame = field(default_factory=pd.DataFrame)  # the matrix with unit as a column
    indicator_columns: dict[str, int] = field(default_factory=dict)   # matrix column → indicator number
    indicator_names: dict[int, str] = field(default_factory=dict)     # in the language (latest framework if none)
    prev_year: int | None = None                              # the year ranks are compared with
    unit: str | None = None                                   # the chosen unit (highlighted) when compared
    heat: pd.DataFrame = field(default_factory=pd.DataFrame)  # the heatmap's rows: matrix, or its lowest HEAT_N
    heat_all: bool = True                                     # heat is every unit of the matrix
    heat_types: pd.DataFrame = field(default_factory=pd.DataFrame)    # index unit_type; median i1…i10 (≥ 2 types)


def _heat(matrix: pd.DataFrame, unit: str | None) -> pd.DataFrame:
    """The matrix rows a heatmap can show: all up to HEAT_N, else the HEAT_N lowest totals and the chosen unit."""
    if len(matrix) <= HEAT_N:
        return matrix
    return matrix.loc[(np.arange(len(matrix)) < HEAT_N) | (matrix.index == unit)]


def _by_type(matrix: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in matrix.columns if c[:1] == "i"]
    if matrix.empty or matrix["unit_type"].nunique() < 2:
        return pd.DataFrame()
    return matrix.groupby("unit_type")[cols].median().sort_index()


def comparison_view(scores: pd.DataFrame, results: pd.DataFrame, year: int | None = None,
                    unit_types: list[str] | None = None, lang: str = "th", unit: str | None = None) -> ComparisonView:
    """The ComparisonView of the wanted year (the newest when not offered) and unit types (all when empty); the
    wanted unit is kept in the heatmap and highlighted when it is compared."""
    years = overview.available_years(results)
    types_all = overview.available_unit_types(results)
    if not years:
        return ComparisonView(years, types_all)
    year = choose(years, year)
    types = list(unit_types or [])
    fw = for_year(year)
    ranks = compare.ranking(results, year, types)
    rates = compare.pass_rate_by_type(results, year, types)
    n_passing = int(rates["passing"].sum())
    matrix = compare.indicator_matrix(scores, results, year, types)
    names_fw = fw or for_year(max(years))
    col = name_column(lang)
    chosen = unit if unit in matrix.index else None
    heat = _heat(matrix, chosen)
    return ComparisonView(
        years, types_all, year, pass_mark(fw), ranks, rates, rates.assign(share=rates["share"] * 100), len(ranks),
        n_passing, n_passing / max(1, int(rates["units"].sum())), matrix, matrix.reset_index(),
        {c: int(c[1:]) for c in matrix.columns if c[:1] == "i"},
        {i.number: getattr(i, col) for i in names_fw.indicators} if names_fw else {},
        compare.previous_year(results, year), chosen, heat, len(heat) == len(matrix), _by_type(matrix))
