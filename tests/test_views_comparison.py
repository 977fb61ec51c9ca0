"""The comparison view (analysis/ita/views/comparison.py) on the demo."""
import pandas as pd

from analysis.ita import compare as cmp
from analysis.ita import comparison_view, for_year


def test_latest_year_counts_ranking_and_matrix(demo):
    v = comparison_view(demo.scores, demo.results)
    assert v.year == 2568 and (v.n_units, v.n_passing) == (72, 66)     # demo FY2568: 66/72 pass
    assert v.share_passing == 66 / 72
    assert v.ranking.iloc[0]["unit"] == "สำนักการแพทย์" and v.ranking.iloc[0]["rank"] == 1
    pd.testing.assert_frame_equal(v.ranking, cmp.ranking(demo.results, 2568))
    pd.testing.assert_frame_equal(v.matrix, cmp.indicator_matrix(demo.scores, demo.results, 2568))
    assert v.indicator_columns == {f"i{n}": n for n in range(1, 11)}
    assert v.indicator_names[10] == for_year(2568).indicator(10).name_th
    assert v.prev_year == 2567


def test_rates_table_is_in_percent(demo):
    v = comparison_view(demo.scores, demo.results, 2568)
    assert list(v.rates_table["share"]) == [s * 100 for s in v.rates["share"]]
    assert int(v.rates["units"].sum()) == v.n_units


def test_unit_type_filter_and_english_names(demo):
    v = comparison_view(demo.scores, demo.results, 2568, ["สำนักงานเขต"], lang="en")
    assert v.n_units == 50 and set(v.matrix["unit_type"]) == {"สำนักงานเขต"}
    assert v.indicator_names[10] == "Corruption prevention"


def test_empty_results(demo):
    v = comparison_view(demo.scores.iloc[0:0], demo.results.iloc[0:0])
    assert v.years == [] and v.ranking.empty
