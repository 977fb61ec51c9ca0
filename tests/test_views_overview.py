"""The overview view (analysis/ita/views/overview.py) on the demo: the numbers the overview page shows."""
import pandas as pd
import pytest

from analysis.ita import for_year, overview_view
from analysis.ita import overview as ov


def test_latest_year_headline_numbers_equal_the_overview_figures(demo):
    v = overview_view(demo.results)
    assert v.years == ov.available_years(demo.results) and v.year == 2568, "the newest year is chosen"
    assert v.summary == ov.year_summary(demo.results, 2568)
    assert v.summary.units >= 60
    assert v.grading == "bands" and v.pass_mark == for_year(2568).pass_mark == 85
    pd.testing.assert_frame_equal(v.totals, ov.sorted_totals(demo.results, 2568))
    assert list(v.distribution["units"]) == list(ov.level_distribution(demo.results, 2568, v.labels)["units"])
    assert v.distribution["units"].sum() == v.summary.units


def test_lowest_units_are_the_ten_lowest_totals_with_their_notes(demo):
    v = overview_view(demo.results, 2568)
    assert list(v.lowest.columns) == ["unit", "total", "level", "gap_to_85", "level_note"]
    assert list(v.lowest["unit"]) == list(v.totals["unit"].head(10))
    assert v.lowest["total"].is_monotonic_increasing


@pytest.mark.parametrize("types, units", [(["สำนักงานเขต"], 50), ([], None), (None, None)])
def test_unit_type_filter(demo, types, units):
    v = overview_view(demo.results, 2568, types)
    assert v.summary.units == (units or ov.year_summary(demo.results, 2568).units)


def test_a_year_not_offered_falls_back_to_the_newest_and_letters_before_2566(demo):
    assert overview_view(demo.results, 2501).year == 2568
    v = overview_view(demo.results, 2565)
    assert v.grading == "levels" and v.labels == for_year(2565).labels


def test_english_names_the_bands_and_uses_english_notes(demo):
    th, en = overview_view(demo.results, 2568, lang="th"), overview_view(demo.results, 2568, lang="en")
    assert th.level_names == {} and en.level_names["ผ่านดี"] == "Pass, good (ผ่านดี)"
    rows = ov.lowest_units(demo.results, 2568)
    assert list(en.lowest["level_note"]) == list(rows["level_note_en"])
    assert set(en.lowest["level"]) <= set(en.level_names.values())


def test_empty_workspace_offers_no_year(demo):
    v = overview_view(demo.results.iloc[0:0])
    assert v.years == [] and v.year is None and v.summary is None
