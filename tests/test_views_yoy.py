"""The year-over-year view (analysis/ita/views/yoy.py) on the demo."""
import pandas as pd
import pytest

from analysis.ita import yoy as y
from analysis.ita import yoy_view

FINANCE = "สำนักการคลัง"


def test_latest_year_against_the_year_before(demo):
    v = yoy_view(demo.scores, demo.results, 2568, FINANCE)
    assert (v.year, v.prev) == (2568, 2567)
    assert (v.n_units, v.n_up, v.n_down) == (72, 3, 0)
    pd.testing.assert_frame_equal(v.totals, y.total_changes(demo.results, 2568, 2567))
    pd.testing.assert_frame_equal(v.group, y.group_changes(y.indicator_changes(demo.scores, 2568, 2567)))
    assert v.median_change == pytest.approx(v.totals["change"].median())
    assert len(v.crossed) == 3 and set(v.crossed["crossed"]) == {"up"}
    assert v.best.indicator == 10 and v.best.median_change == v.group["median_change"].max()
    assert v.few_pairs is None, "72 units have both years"


def test_measures_and_slope_rows(demo):
    v = yoy_view(demo.scores, demo.results, 2568)
    assert v.measures == ["total", *range(1, 11)]
    rows, before, after = v.slope("total")
    assert (before, after) == ("total_prev", "total") and len(rows) == v.n_units
    rows, before, after = v.slope(10)
    assert (before, after) == ("score_prev", "score") and set(rows["indicator"]) == {10}


def test_the_chosen_units_changes(demo):
    v = yoy_view(demo.scores, demo.results, 2568, FINANCE)
    assert v.unit == FINANCE and set(v.unit_changes["unit"]) == {FINANCE} and len(v.unit_changes) == 10


def test_first_year_has_nothing_to_compare(demo):
    v = yoy_view(demo.scores, demo.results, 2565)
    assert v.year == 2565 and v.prev is None and v.totals.empty


def test_few_pairs_caveat(demo):
    five = sorted(demo.results["unit"].unique())[:5]
    v = yoy_view(demo.scores[demo.scores["unit"].isin(five)], demo.results[demo.results["unit"].isin(five)], 2568)
    assert v.n_units == 5 and v.few_pairs == 5 < y.MIN_PAIRS
    assert set(v.group["test"]) == {"few_pairs"}
