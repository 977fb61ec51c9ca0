"""The drivers view (analysis/ita/views/drivers.py) on the demo."""
import pandas as pd
import pytest

from analysis.ita import drivers_view
from analysis.ita.drivers import drivers


def test_latest_year_groups_and_strongest_indicator(demo):
    v = drivers_view(demo.scores, demo.results)
    assert v.year == 2568 and (v.n_pass, v.n_fail) == (66, 6)
    assert not v.one_group and not v.small_groups
    assert v.top.indicator == 10 and v.top.name == "การป้องกันการทุจริต"
    assert v.top.diff_median == pytest.approx(18.39)
    pd.testing.assert_frame_equal(v.drivers, drivers(demo.scores, demo.results, 2568))


def test_small_failing_group_is_flagged(demo):
    in_year = demo.results["fiscal_year"] == 2568
    failing = demo.results.loc[in_year & (demo.results["passed"] == False), "unit"]  # noqa: E712
    keep = ~demo.results["unit"].isin(failing.iloc[2:]) | ~in_year
    v = drivers_view(demo.scores, demo.results.loc[keep], 2568)
    assert v.n_fail == 2 and v.small_groups and not v.one_group


def test_one_group_when_every_unit_passes(demo):
    passing = demo.results.loc[(demo.results["fiscal_year"] != 2568) | (demo.results["passed"] == True)]  # noqa: E712
    v = drivers_view(demo.scores, passing, 2568)
    assert v.n_fail == 0 and v.one_group


def test_no_scores(demo):
    assert drivers_view(demo.scores.iloc[0:0], demo.results).years == []
