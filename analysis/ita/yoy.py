"""Year over year: per unit and indicator change, units crossing the pass mark, and group-wide paired tests.

Crossing the pass mark compares scores rounded half-up to 2 decimals (as scoring does): "up" when last year was
below and this year is at or above, "down" the other way, "" otherwise. The group test per indicator is the
paired `scipy.stats.wilcoxon(this_year, last_year)` (two-sided, zero differences dropped — scipy's default) over
the units that have the indicator in both years, run only when at least MIN_PAIRS units have both years.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from analysis.ita.framework import Framework
from analysis.ita.scoring import DEFAULT_PASS_MARK, points_lost, round2

MIN_PAIRS = 8
CHANGE_COLUMNS = ["unit", "unit_type", "indicator", "name_th", "name_en", "score_prev", "score", "change", "crossed"]
TOTAL_COLUMNS = ["unit", "unit_type", "total_prev", "total", "change", "crossed"]
GROUP_COLUMNS = ["indicator", "name_th", "name_en", "n_pairs", "median_prev", "median", "median_change",
                 "mean_change", "improved", "declined", "unchanged", "statistic", "p_value", "test"]


def years_with_data(scores: pd.DataFrame, results: pd.DataFrame) -> list[int]:
    """Fiscal years with indicator scores or totals, newest first."""
    years = set(scores["fiscal_year"].dropna().astype(int)) | set(
        results.loc[results["total"].notna(), "fiscal_year"].astype(int))
    return sorted(years, reverse=True)


def previous_of(years: list[int], fiscal_year: int) -> int | None:
    """The latest year in years before fiscal_year, or None."""
    earlier = [y for y in years if y < fiscal_year]
    return max(earlier) if earlier else None


def _crossed(prev: pd.Series, now: pd.Series, pass_mark: float) -> pd.Series:
    p, n, mark = round2(prev), round2(now), round2(pass_mark)
    return pd.Series(np.select([(p < mark) & (n >= mark), (p >= mark) & (n < mark)], ["up", "down"], ""),
                     index=prev.index, dtype="str")


def indicator_changes(scores: pd.DataFrame, fiscal_year: int, prev_year: int, pass_mark: float = DEFAULT_PASS_MARK,
                      frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """CHANGE_COLUMNS for every unit-indicator scored in both years (change = this − last, 2 dp), by unit then
    indicator; names from this year's framework."""
    both = scores.loc[scores["fiscal_year"].isin([int(fiscal_year), int(prev_year)])]
    pts = points_lost(both, frameworks)
    now = pts.loc[pts["fiscal_year"] == int(fiscal_year), ["unit", "unit_type", "indicator", "name_th", "name_en",
                                                           "score"]]
    old = pts.loc[pts["fiscal_year"] == int(prev_year), ["unit", "indicator", "score"]].rename(
        columns={"score": "score_prev"})
    out = now.merge(old, on=["unit", "indicator"], how="inner")
    out["change"] = round2(out["score"] - out["score_prev"])
    out["crossed"] = _crossed(out["score_prev"], out["score"], pass_mark)
    return out.sort_values(["unit", "indicator"], kind="stable").reset_index(drop=True)[CHANGE_COLUMNS]


def total_changes(results: pd.DataFrame, fiscal_year: int, prev_year: int,
                  pass_mark: float = DEFAULT_PASS_MARK) -> pd.DataFrame:
    """TOTAL_COLUMNS for every unit with a total in both years, biggest gain first."""
    cols = ["unit", "unit_type", "total"]
    now = results.loc[(results["fiscal_year"] == int(fiscal_year)) & results["total"].notna(), cols]
    old = results.loc[(results["fiscal_year"] == int(prev_year)) & results["total"].notna(), ["unit", "total"]]
    out = now.merge(old.rename(columns={"total": "total_prev"}), on="unit", how="inner")
    out["change"] = round2(out["total"] - out["total_prev"])
    out["crossed"] = _crossed(out["total_prev"], out["total"], pass_mark)
    return out.sort_values(["change", "unit"], ascending=[False, True], kind="stable").reset_index(
        drop=True)[TOTAL_COLUMNS]


def _test(now: np.ndarray, prev: np.ndarray, min_pairs: int) -> tuple[float, float, str]:
    """(statistic, p_value, test) where test is "wilcoxon", "few_pairs" or "no_change"."""
    if len(now) < min_pairs:
        return np.nan, np.nan, "few_pairs"
    if np.all(round2(now - prev) == 0):
        return np.nan, np.nan, "no_change"
    from scipy.stats import wilcoxon  # scipy.stats takes ~2 s to import: only when a test runs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = wilcoxon(now, prev)
    return float(res.statistic), float(res.pvalue), "wilcoxon"


def group_changes(changes: pd.DataFrame, min_pairs: int = MIN_PAIRS) -> pd.DataFrame:
    """GROUP_COLUMNS per indicator over the units of an indicator_changes frame, most improved (median change)
    first: medians, mean change, how many units improved/declined/stayed, and the paired Wilcoxon statistic
    and p-value (NaN with test "few_pairs" below min_pairs units, "no_change" when every difference is 0)."""
    rows = []
    for ind, g in changes.groupby("indicator", sort=True):
        now, prev = g["score"].to_numpy(float), g["score_prev"].to_numpy(float)
        d = round2(now - prev)
        stat, p, test = _test(now, prev, min_pairs)
        rows.append({"indicator": int(ind), "name_th": g["name_th"].iloc[0], "name_en": g["name_en"].iloc[0],
                     "n_pairs": len(g), "median_prev": float(np.median(prev)), "median": float(np.median(now)),
                     "median_change": float(round2(np.median(d))), "mean_change": float(round2(d.mean())),
                     "improved": int((d > 0).sum()), "declined": int((d < 0).sum()),
                     "unchanged": int((d == 0).sum()), "statistic": stat, "p_value": p, "test": test})
    out = pd.DataFrame(rows, columns=GROUP_COLUMNS)
    return out.sort_values(["median_change", "indicator"], ascending=[False, True], kind="stable").reset_index(
        drop=True)
