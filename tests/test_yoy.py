"""analysis/ita/yoy.py: per unit-indicator change, crossings of 85, group medians and the paired Wilcoxon test."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from scipy.stats import wilcoxon

from analysis.ita.yoy import group_changes, indicator_changes, previous_of, total_changes, years_with_data


def scores(pairs: dict[str, tuple[float, float]], indicator: int = 10, prev: int = 2567, year: int = 2568):
    """Long scores of one indicator: unit → (last year, this year)."""
    rows = []
    for unit, (a, b) in pairs.items():
        rows += [{"unit": unit, "unit_type": "A", "fiscal_year": prev, "indicator": indicator, "score": a},
                 {"unit": unit, "unit_type": "A", "fiscal_year": year, "indicator": indicator, "score": b}]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("prev, now, crossed, change", [
    (84.99, 85.00, "up", 0.01),
    (80.00, 84.995, "up", 5.0),       # 84.995 is published as 85.00 (half-up) → reaches 85
    (85.00, 84.994, "down", -0.01),   # 84.994 → 84.99
    (90.00, 86.00, "", -4.0),
    (70.00, 80.00, "", 10.0),
])
def test_change_and_crossing_85_on_published_rounding(prev, now, crossed, change):
    out = indicator_changes(scores({"U": (prev, now)}), 2568, 2567)
    assert out.loc[0, "crossed"] == crossed
    assert out.loc[0, "change"] == pytest.approx(change)
    assert out.loc[0, "name_th"] == "การป้องกันการทุจริต"


def test_only_units_with_both_years_are_paired():
    s = pd.concat([scores({"U": (80, 90)}),
                   pd.DataFrame([{"unit": "New", "unit_type": "A", "fiscal_year": 2568, "indicator": 10,
                                  "score": 99.0}])])
    assert indicator_changes(s, 2568, 2567)["unit"].tolist() == ["U"]


def test_total_changes_biggest_gain_first_with_crossing():
    r = pd.DataFrame({"unit": ["a", "b", "a", "b", "c"], "unit_type": "A",
                      "fiscal_year": [2567, 2567, 2568, 2568, 2568], "total": [84.0, 86.0, 88.0, 84.5, 90.0]})
    out = total_changes(r, 2568, 2567)
    assert out[["unit", "change", "crossed"]].values.tolist() == [["a", 4.0, "up"], ["b", -1.5, "down"]]


EIGHT = {f"U{k}": (80.0, 80.0 + k) for k in range(1, 9)}   # 8 units, all improve by 1…8


def test_eight_pairs_run_the_paired_wilcoxon_and_match_scipy():
    g = group_changes(indicator_changes(scores(EIGHT), 2568, 2567)).iloc[0]
    assert g["test"] == "wilcoxon" and g["n_pairs"] == 8
    # all 8 differences positive and distinct: exact two-sided p = 2 / 2^8, statistic min(W+, W−) = 0
    assert g["p_value"] == pytest.approx(2 / 2 ** 8)
    assert g["statistic"] == 0
    ref = wilcoxon([80.0 + k for k in range(1, 9)], [80.0] * 8)
    assert g["p_value"] == pytest.approx(ref.pvalue)
    assert (g["median_prev"], g["median"], g["median_change"], g["mean_change"]) == (80.0, 84.5, 4.5, 4.5)
    assert (g["improved"], g["declined"], g["unchanged"]) == (8, 0, 0)


def test_mixed_changes_match_scipy():
    pairs = {f"U{k}": (85.0, 85.0 + d) for k, d in enumerate([3.1, -1.2, 2.5, 4.0, -0.4, 1.7, 2.2, -2.9, 0.8])}
    g = group_changes(indicator_changes(scores(pairs), 2568, 2567)).iloc[0]
    ref = wilcoxon([85.0 + d for d in [3.1, -1.2, 2.5, 4.0, -0.4, 1.7, 2.2, -2.9, 0.8]], [85.0] * 9)
    assert g["p_value"] == pytest.approx(ref.pvalue) and g["statistic"] == pytest.approx(ref.statistic)
    assert (g["improved"], g["declined"]) == (6, 3)


@pytest.mark.parametrize("pairs, test", [
    ({f"U{k}": (80.0, 80.0 + k) for k in range(1, 8)}, "few_pairs"),   # 7 units: caveat, no p-value
    ({f"U{k}": (90.0, 90.0) for k in range(1, 10)}, "no_change"),
])
def test_no_p_value_when_it_would_mean_nothing(pairs, test):
    g = group_changes(indicator_changes(scores(pairs), 2568, 2567)).iloc[0]
    assert g["test"] == test
    assert math.isnan(g["p_value"]) and math.isnan(g["statistic"])


def test_group_sorted_most_improved_first():
    s = pd.concat([scores(EIGHT, indicator=10), scores({k: (b, a) for k, (a, b) in EIGHT.items()}, indicator=9)])
    g = group_changes(indicator_changes(s, 2568, 2567))
    assert g["indicator"].tolist() == [10, 9]
    assert g["median_change"].tolist() == [4.5, -4.5]


def test_years_and_previous_year():
    r = pd.DataFrame({"fiscal_year": [2565, 2568], "total": [80.0, float("nan")]})
    years = years_with_data(scores(EIGHT), r)
    assert years == [2568, 2567, 2565]
    assert previous_of(years, 2568) == 2567 and previous_of(years, 2565) is None
