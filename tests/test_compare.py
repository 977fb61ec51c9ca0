"""analysis/ita/compare.py: indicator matrix, ranking with percentile among same-type peers, pass rate by type."""
from __future__ import annotations

import pandas as pd
import pytest
from scipy.stats import percentileofscore

from analysis.ita.compare import indicator_matrix, pass_rate_by_type, previous_year, ranking


def results(rows: list[tuple[str, str, int, float]]) -> pd.DataFrame:
    """A scored-results frame with the columns the comparison reads (passed = total ≥ 85)."""
    df = pd.DataFrame(rows, columns=["unit", "unit_type", "fiscal_year", "total"])
    passed = pd.array([None if pd.isna(t) else t >= 85 for t in df["total"]], dtype="boolean")
    return df.assign(level=None, passed=passed)


R = results([
    ("A1", "A", 2568, 80.0), ("A2", "A", 2568, 85.0), ("A3", "A", 2568, 90.0), ("B1", "B", 2568, 70.0),
    ("A1", "A", 2567, 95.0), ("A2", "A", 2567, 60.0), ("A3", "A", 2567, 75.0),   # B1 new in 2568
    ("X", "B", 2568, float("nan")),                                               # no total: left out
])


@pytest.mark.parametrize("unit, rank, percentile, n_in_type, rank_prev, rank_change", [
    ("A3", 1, 100.0, 3, 2, 1),          # best of 3 peers; 2nd last year → up 1
    ("A2", 2, 200 / 3, 3, 3, 1),        # 2 of 3 peers at or below 85
    ("A1", 3, 100 / 3, 3, 1, -2),       # lowest of its type; was 1st → down 2
    ("B1", 4, 100.0, 1, None, None),    # alone in its type; no total last year
])
def test_rank_percentile_among_peers_and_rank_change(unit, rank, percentile, n_in_type, rank_prev, rank_change):
    row = ranking(R, 2568).set_index("unit").loc[unit]
    assert row["rank"] == rank
    assert row["percentile_in_type"] == pytest.approx(percentile)
    assert row["n_in_type"] == n_in_type
    if rank_prev is None:
        assert pd.isna(row["rank_prev"]) and pd.isna(row["rank_change"])
    else:
        assert (row["rank_prev"], row["rank_change"]) == (rank_prev, rank_change)


def test_percentile_is_scipy_weak_kind_and_ties_share_value_and_rank():
    tied = results([("a", "A", 2568, 85.0), ("b", "A", 2568, 85.0), ("c", "A", 2568, 90.0)])
    out = ranking(tied, 2568).set_index("unit")
    assert out.loc["a", "percentile_in_type"] == out.loc["b", "percentile_in_type"] == pytest.approx(
        percentileofscore([85, 85, 90], 85, kind="weak"))
    assert out.loc["a", "percentile_in_type"] == pytest.approx(200 / 3)
    assert out.loc["a", "rank"] == out.loc["b", "rank"] == 2


def test_ranking_best_first_without_units_lacking_a_total_and_without_previous_year():
    out = ranking(R, 2567)
    assert out["unit"].tolist() == ["A1", "A3", "A2"]
    assert out["rank_prev"].isna().all() and previous_year(R, 2567) is None
    assert "X" not in ranking(R, 2568)["unit"].tolist()


def test_filter_by_unit_type_ranks_within_the_chosen_types():
    out = ranking(R, 2568, ["B"])
    assert out["unit"].tolist() == ["B1"] and out["rank"].tolist() == [1]


def test_pass_rate_by_type_lowest_share_first():
    out = pass_rate_by_type(R, 2568)
    assert out.to_dict("records") == [
        {"unit_type": "B", "units": 1, "passing": 0, "share": 0.0},
        {"unit_type": "A", "units": 3, "passing": 2, "share": pytest.approx(2 / 3)},
    ]


def test_indicator_matrix_lowest_total_first_with_indicator_columns():
    scores = pd.DataFrame([
        {"unit": u, "unit_type": "A", "fiscal_year": 2568, "indicator": k, "score": s}
        for u, base in (("A1", 80.0), ("A2", 85.0), ("A3", 90.0)) for k, s in ((1, base), (10, base - 5))])
    m = indicator_matrix(scores, R, 2568)
    assert m.index.tolist() == ["A1", "A2", "A3"]
    assert [c for c in m.columns if c.startswith("i")] == ["i1", "i10"], "only indicators that have scores"
    assert m.loc["A1", "i10"] == 75.0 and m.loc["A3", "total"] == 90.0
    assert indicator_matrix(scores, R, 2560).empty


def _ranking_before_vectorising(results: pd.DataFrame, fiscal_year: int, unit_types) -> pd.Series:
    """The percentile as compare.ranking computed it before it was vectorised: one scipy call per unit."""
    rows = results.loc[(results["fiscal_year"] == fiscal_year) & results["total"].notna()]
    if unit_types:
        rows = rows.loc[rows["unit_type"].isin(unit_types)]
    by_type = rows.groupby("unit_type")["total"]
    pct = by_type.transform(
        lambda g: pd.Series([percentileofscore(g.to_numpy(), v, kind="weak") for v in g], index=g.index))
    return pd.Series(pct.to_numpy(), index=rows["unit"].to_numpy())


@pytest.mark.parametrize("types", [None, ["สำนักงานเขต"]])
def test_percentiles_on_the_demo_equal_the_per_unit_scipy_results(demo, types):
    years = sorted(demo.results["fiscal_year"].unique())
    for year in years:
        out = ranking(demo.results, int(year), types).set_index("unit")["percentile_in_type"]
        before = _ranking_before_vectorising(demo.results, int(year), types)
        assert len(out) == len(before) > 0
        assert (out.loc[before.index].to_numpy() == before.to_numpy()).all(), f"FY{year}: a percentile changed"
