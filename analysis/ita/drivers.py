"""Drivers: which indicators separate passing from failing units in one year (difference of medians, Mann–Whitney U).

Passing is the scored `passed` flag (total ≥ pass mark); units whose total is unknown are left out. The test is
`scipy.stats.mannwhitneyu(passing, failing, alternative="two-sided")`, run only when both groups have at least
MIN_GROUP units. prob_superiority = U / (n_pass × n_fail): the chance that a randomly chosen passing unit scores
higher on the indicator than a randomly chosen failing one (ties count half); 0.5 means no separation.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.ita.framework import Framework
from analysis.ita.scoring import points_lost, round2

MIN_GROUP = 5
DRIVER_COLUMNS = ["indicator", "name_th", "name_en", "weight", "n_pass", "n_fail", "median_pass", "median_fail",
                  "diff_median", "points_diff", "prob_superiority", "statistic", "p_value", "test"]


def drivers(scores: pd.DataFrame, results: pd.DataFrame, fiscal_year: int, min_group: int = MIN_GROUP,
            frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """DRIVER_COLUMNS per indicator for the year, largest difference of medians (passing − failing) first.

    points_diff = weight × diff_median / 100 (what that gap is worth in the total). statistic/p_value/
    prob_superiority are NaN and test is "small_groups" when either group has fewer than min_group units,
    "one_group" when a group is empty; otherwise test is "mannwhitneyu".
    """
    year = scores.loc[scores["fiscal_year"] == int(fiscal_year)]
    pts = points_lost(year, frameworks)
    status = results.loc[(results["fiscal_year"] == int(fiscal_year)) & results["passed"].notna(),
                         ["unit", "passed"]]
    pts = pts.merge(status.assign(passed=status["passed"].astype(bool)), on="unit", how="inner")
    rows = []
    for ind, g in pts.groupby("indicator", sort=True):
        ok = g.loc[g["passed"], "score"].to_numpy(float)
        bad = g.loc[~g["passed"], "score"].to_numpy(float)
        med_ok = float(np.median(ok)) if len(ok) else np.nan
        med_bad = float(np.median(bad)) if len(bad) else np.nan
        diff = float(round2(med_ok - med_bad)) if len(ok) and len(bad) else np.nan
        weight = float(g["weight"].iloc[0])
        stat = p = sup = np.nan
        if not len(ok) or not len(bad):
            test = "one_group"
        elif min(len(ok), len(bad)) < min_group:
            test = "small_groups"
        else:
            from scipy.stats import mannwhitneyu  # scipy.stats takes ~2 s to import: only when a test runs

            res = mannwhitneyu(ok, bad, alternative="two-sided")
            stat, p, test = float(res.statistic), float(res.pvalue), "mannwhitneyu"
            sup = stat / (len(ok) * len(bad))
        rows.append({"indicator": int(ind), "name_th": g["name_th"].iloc[0], "name_en": g["name_en"].iloc[0],
                     "weight": weight, "n_pass": len(ok), "n_fail": len(bad), "median_pass": med_ok,
                     "median_fail": med_bad, "diff_median": diff,
                     "points_diff": float(round2(weight * diff / 100)) if not np.isnan(diff * weight) else np.nan,
                     "prob_superiority": sup, "statistic": stat, "p_value": p, "test": test})
    out = pd.DataFrame(rows, columns=DRIVER_COLUMNS)
    return out.sort_values(["diff_median", "indicator"], ascending=[False, True], na_position="last",
                           kind="stable").reset_index(drop=True)
