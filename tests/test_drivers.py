"""analysis/ita/drivers.py: difference of medians between passing and failing units, Mann–Whitney U, small groups."""
from __future__ import annotations

import math
from math import comb

import pandas as pd
import pytest
from scipy.stats import mannwhitneyu

from analysis.ita.drivers import drivers

YEAR = 2568


def frames(passing: dict[int, list[float]], failing: dict[int, list[float]]):
    """Scores of the given indicators and results with passed True/False for each unit (plus one unknown)."""
    rows, status = [], []
    for ok, groups in ((True, passing), (False, failing)):
        n = len(next(iter(groups.values())))
        for k in range(n):
            unit = f"{'P' if ok else 'F'}{k}"
            status.append({"unit": unit, "fiscal_year": YEAR, "passed": ok})
            rows += [{"unit": unit, "unit_type": "A", "fiscal_year": YEAR, "indicator": ind, "score": v[k]}
                     for ind, v in groups.items()]
    rows.append({"unit": "Unknown", "unit_type": "A", "fiscal_year": YEAR, "indicator": 10, "score": 0.0})
    status.append({"unit": "Unknown", "fiscal_year": YEAR, "passed": None})
    res = pd.DataFrame(status).astype({"passed": "boolean"})
    return pd.DataFrame(rows), res


def test_fully_separated_indicator_hand_checked():
    s, r = frames({10: [90, 91, 92, 93, 94], 1: [90, 80, 85, 95, 70]},
                  {10: [70, 71, 72, 73, 74], 1: [91, 81, 84, 94, 71]})
    out = drivers(s, r, YEAR)
    top = out.iloc[0]
    assert top["indicator"] == 10, "largest difference of medians first"
    assert (top["n_pass"], top["n_fail"]) == (5, 5), "the unit without a known result is left out"
    assert (top["median_pass"], top["median_fail"], top["diff_median"]) == (92.0, 72.0, 20.0)
    assert top["points_diff"] == pytest.approx(4.0)          # weight 20 × 20 / 100
    assert top["statistic"] == 25 and top["prob_superiority"] == 1.0
    assert top["p_value"] == pytest.approx(2 / comb(10, 5))   # exact two-sided: 2 of 252 orderings
    low = out.iloc[1]
    assert low["indicator"] == 1 and low["diff_median"] == 1.0
    ref = mannwhitneyu([90, 80, 85, 95, 70], [91, 81, 84, 94, 71], alternative="two-sided")
    assert low["p_value"] == pytest.approx(ref.pvalue) and low["statistic"] == ref.statistic


def test_small_group_gets_a_caveat_instead_of_a_p_value():
    s, r = frames({10: [90, 91, 92, 93, 94, 95]}, {10: [70, 71, 72, 73]})
    top = drivers(s, r, YEAR).iloc[0]
    assert top["test"] == "small_groups"
    assert math.isnan(top["p_value"]) and math.isnan(top["prob_superiority"])
    assert top["diff_median"] == pytest.approx(92.5 - 71.5), "the difference of medians is still given"


def test_one_sided_year_cannot_be_compared():
    s, r = frames({10: [90, 91, 92, 93, 94]}, {10: []})
    top = drivers(s, r, YEAR).iloc[0]
    assert top["test"] == "one_group" and math.isnan(top["diff_median"])


def test_year_without_scores_is_empty():
    s, r = frames({10: [90, 91, 92, 93, 94]}, {10: [70, 71, 72, 73, 74]})
    assert drivers(s, r, 2500).empty
