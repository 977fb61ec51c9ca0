"""The weak-indicators view (analysis/ita/views/weak.py) on the demo."""
import pandas as pd
import pytest

from analysis.ita import weak_view
from analysis.ita.indicators import summarise, weak_indicators

FINANCE = "สำนักการคลัง"     # demo: 90.18 in FY2568


def test_finance_office_three_weakest_and_points_lost(demo):
    v = weak_view(demo.scores, demo.results, 2568, FINANCE)
    assert (v.year, v.unit) == (2568, FINANCE)
    assert v.total == pytest.approx(90.18)
    assert f"{v.summary.total_lost:.2f}" == "9.82"          # 100 − 90.18, as shown
    assert [(w.indicator, round(w.points_lost, 2)) for w in v.weakest] == [(10, 3.13), (9, 2.29), (7, 1.04)]
    assert v.weakest[0].name == "การป้องกันการทุจริต"
    assert not v.failing and v.has_framework and v.pass_mark == 85
    pd.testing.assert_frame_equal(v.weak, weak_indicators(demo.scores, FINANCE, 2568))
    assert v.summary == summarise(v.weak, demo.scores, FINANCE, 2568)


def test_names_in_english(demo):
    v = weak_view(demo.scores, demo.results, 2568, FINANCE, lang="en")
    assert v.name_col == "name_en" and v.weakest[0].name == "Corruption prevention"


def test_failing_unit_is_flagged(demo):
    failing = demo.results.loc[(demo.results["fiscal_year"] == 2568) & (demo.results["passed"] == False)]  # noqa: E712
    unit = failing["unit"].iloc[0]
    v = weak_view(demo.scores, demo.results, 2568, unit)
    assert v.failing and v.total < 85


def test_unknown_unit_or_year_falls_back_to_the_first_offered(demo):
    v = weak_view(demo.scores, demo.results, 1999, "no such unit")
    assert v.year == 2568 and v.unit == v.units[0] and v.units == sorted(v.units)


def test_no_indicator_scores_offers_nothing(demo):
    v = weak_view(demo.scores.iloc[0:0], demo.results)
    assert v.years == [] and v.weak.empty and v.summary is None
