"""Comparison across units for one year: indicator matrix for a heatmap, ranking with peer percentile, pass rates.

Percentile among peers: the share (0–100) of units of the same type in the same year whose total is at or below this
unit's total, the unit itself included — `scipy.stats.percentileofscore(peer_totals, total, kind="weak")`, computed
for all units at once from the rank within the type (ties counted at their highest rank).
So the best of three peers is at 100, the middle one at 66.67 and the lowest at 33.33; tied units share a value.
Ranks are 1 = highest total among the units compared that year (ties share the better rank, "min").
rank_change = last year's rank − this year's rank: positive means the unit moved up.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.ita.scoring import wide_indicators

RANK_COLUMNS = ["rank", "unit", "unit_type", "total", "level", "passed", "percentile_in_type", "n_in_type",
                "prev_year", "total_prev", "rank_prev", "rank_change"]
PASS_RATE_COLUMNS = ["unit_type", "units", "passing", "share"]


def _year(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None) -> pd.DataFrame:
    mask = (results["fiscal_year"] == int(fiscal_year)) & results["total"].notna()
    if unit_types:
        mask &= results["unit_type"].isin(unit_types)
    return results.loc[mask]


def indicator_matrix(scores: pd.DataFrame, results: pd.DataFrame, fiscal_year: int,
                     unit_types: list[str] | None = None) -> pd.DataFrame:
    """Units × indicators of the year: index unit, columns unit_type, total, then i1…i10 (the indicators that have
    any score); rows lowest total first (units without a total last). Units without indicator scores are left out."""
    year = scores.loc[scores["fiscal_year"] == int(fiscal_year)]
    if unit_types:
        year = year.loc[year["unit_type"].isin(unit_types)]
    if year.empty:
        return pd.DataFrame(columns=["unit_type", "total"]).rename_axis("unit")
    wide = wide_indicators(year)
    cols = [c for c in wide.columns if c.startswith("i") and c[1:].isdigit() and wide[c].notna().any()]
    totals = results.loc[results["fiscal_year"] == int(fiscal_year), ["unit", "total"]]
    out = wide[["unit", "unit_type", *cols]].merge(totals, on="unit", how="left")
    out = out.sort_values(["total", "unit"], na_position="last", kind="stable")
    return out.set_index("unit")[["unit_type", "total", *cols]]


def previous_year(results: pd.DataFrame, fiscal_year: int) -> int | None:
    """The latest fiscal year before this one that has totals, or None."""
    years = results.loc[results["total"].notna() & (results["fiscal_year"] < int(fiscal_year)), "fiscal_year"]
    return int(years.max()) if len(years) else None


def _ranked(rows: pd.DataFrame) -> pd.Series:
    return rows["total"].rank(ascending=False, method="min").astype(int)


def ranking(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None) -> pd.DataFrame:
    """RANK_COLUMNS for every unit with a total in the year (of the given types; all when None/empty), best first:
    overall rank, percentile among same-type peers (kind="weak"), last year's total and rank (among the same
    unit types) and the rank change (Int64, NA when the unit had no total last year)."""
    rows = _year(results, fiscal_year, unit_types)
    out = rows[["unit", "unit_type", "total", "level", "passed"]].copy()
    out["rank"] = _ranked(rows)
    by_type = rows.groupby("unit_type")["total"]
    out["n_in_type"] = by_type.transform("count").astype(int)
    at_or_below = by_type.rank(method="max")            # peers whose total is at or below this one's
    out["percentile_in_type"] = at_or_below * (100.0 / out["n_in_type"])   # scipy's own expression
    prev = previous_year(results, fiscal_year)
    out["prev_year"] = prev if prev is not None else pd.NA
    if prev is not None:
        last = _year(results, prev, unit_types)
        last = pd.DataFrame({"unit": last["unit"], "total_prev": last["total"], "rank_prev": _ranked(last)})
        out = out.merge(last, on="unit", how="left")
    else:
        out["total_prev"], out["rank_prev"] = np.nan, pd.NA
    out["rank_prev"] = out["rank_prev"].astype("Int64")
    out["rank_change"] = out["rank_prev"] - out["rank"]
    out["prev_year"] = out["prev_year"].astype("Int64")
    out = out.sort_values(["rank", "unit"], kind="stable").reset_index(drop=True)
    return out[RANK_COLUMNS]


def pass_rate_by_type(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None) -> pd.DataFrame:
    """PASS_RATE_COLUMNS per unit type in the year (units with a total; share 0–1), lowest share first."""
    rows = _year(results, fiscal_year, unit_types)
    passed = rows["passed"].fillna(False).astype(bool)
    out = passed.groupby(rows["unit_type"]).agg(units="count", passing="sum").reset_index()
    out["passing"] = out["passing"].astype(int)
    out["share"] = out["passing"] / out["units"]
    return out.sort_values(["share", "unit_type"], kind="stable").reset_index(drop=True)[PASS_RATE_COLUMNS]
