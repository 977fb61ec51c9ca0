"""analysis/ita/indicators.py: weak indicators ranked by points lost, flags against 85 and the peer median."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.ita.indicators import summarise, units_with_scores, weak_indicators

YEAR = 2566   # weights 6×5 (IIT), 10×3 (EIT), 20×2 (OIT)


def scores(units: dict[str, tuple[str, dict[int, float]]], year: int = YEAR) -> pd.DataFrame:
    """Long scores: every indicator 1–10 at 100 unless given."""
    rows = [{"unit": u, "unit_type": t, "fiscal_year": year, "indicator": k, "score": given.get(k, 100.0)}
            for u, (t, given) in units.items() for k in range(1, 11)]
    return pd.DataFrame(rows)


DEMO = scores({
    "U1": ("A", {10: 80.0, 9: 90.0, 6: 70.0}),
    "U2": ("A", {10: 90.0, 6: 80.0}),
    "U3": ("A", {10: 70.0, 6: 90.0}),
    "B1": ("B", {10: 0.0, 6: 0.0}),          # another type: must not move U1's peer median
})


def test_ranked_by_points_lost_weight_times_shortfall():
    weak = weak_indicators(DEMO, "U1", YEAR)
    # i10: 20 × (100 − 80) / 100 = 4.0; i6: 10 × 30 / 100 = 3.0; i9: 20 × 10 / 100 = 2.0; the rest lose nothing
    assert weak["indicator"].head(3).tolist() == [10, 6, 9]
    assert weak["points_lost"].head(3).tolist() == pytest.approx([4.0, 3.0, 2.0])
    assert weak["rank"].tolist() == list(range(1, 11))
    assert weak["points_lost"].iloc[3:].eq(0).all()


@pytest.mark.parametrize("indicator, below_85, peer_median, below_peer, gap", [
    (10, True, 80.0, False, 0.0),     # peers 90 and 70 → 80; equal is not below
    (6, True, 85.0, True, 15.0),      # peers 80 and 90 → 85; 70 is 15 below
    (9, False, 100.0, True, 10.0),    # peers both 100
    (1, False, 100.0, False, 0.0),
])
def test_flags_against_85_and_the_median_of_other_units_of_the_same_type(indicator, below_85, peer_median,
                                                                           below_peer, gap):
    row = weak_indicators(DEMO, "U1", YEAR).set_index("indicator").loc[indicator]
    assert bool(row["below_85"]) is below_85
    assert row["peer_median"] == pytest.approx(peer_median)
    assert bool(row["below_peer_median"]) is below_peer
    assert row["gap_to_peer"] == pytest.approx(gap)
    assert row["n_peers"] == 2


def test_unit_alone_in_its_type_has_no_peer_median_and_no_peer_flag():
    weak = weak_indicators(DEMO, "B1", YEAR)
    assert weak["peer_median"].isna().all()
    assert not weak["below_peer_median"].any()
    assert (weak["n_peers"] == 0).all()


def test_unknown_unit_or_year_gives_an_empty_frame_with_the_columns():
    assert weak_indicators(DEMO, "nobody", YEAR).empty
    assert weak_indicators(DEMO, "U1", 2599).empty
    assert "points_lost" in weak_indicators(DEMO, "U1", 2599).columns


def test_summary_names_the_three_weakest_and_what_they_cost():
    weak = weak_indicators(DEMO, "U1", YEAR)
    s = summarise(weak, DEMO, "U1", YEAR)
    assert [w.indicator for w in s.weakest] == [10, 6, 9]
    assert [w.points_lost for w in s.weakest] == pytest.approx([4.0, 3.0, 2.0])
    assert s.weakest[0].name_th == "การป้องกันการทุจริต"
    assert s.total_lost == pytest.approx(9.0)      # 100 − 91.0, the unit's total
    assert (s.n_below_85, s.n_below_peer, s.n_peer_units, s.unit_type) == (2, 2, 2, "A")


def test_summary_of_a_perfect_unit_names_nothing():
    perfect = scores({"P": ("A", {})})
    s = summarise(weak_indicators(perfect, "P", YEAR), perfect, "P", YEAR)
    assert s.weakest == () and s.total_lost == 0 and s.n_below_85 == 0


def test_year_without_framework_keeps_scores_but_no_points():
    old = scores({"U1": ("A", {10: 80.0})}, year=2550)
    weak = weak_indicators(old, "U1", 2550)
    assert len(weak) == 10 and weak["points_lost"].isna().all()
    assert weak["indicator"].iloc[0] == 10, "without weights the lowest score comes first"
    assert math.isnan(summarise(weak, old, "U1", 2550).total_lost)


def test_units_with_scores_lists_each_unit_once_sorted():
    assert units_with_scores(DEMO, YEAR) == ["B1", "U1", "U2", "U3"]
