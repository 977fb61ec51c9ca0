"""Weak indicators of one unit-year: points lost, below the pass mark, below the median of peers of the same type.

Peers are the *other* units of the same unit_type with a score for that indicator in the same fiscal year
(the unit itself is left out of its peer median). Comparisons with the pass mark use scores rounded half-up to
2 decimals, as in analysis.ita.scoring.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.ita.contract import KEY_COLUMNS
from analysis.ita.framework import Framework
from analysis.ita.scoring import points_lost, round2

WEAK_COLUMNS = ["rank", "indicator", "name_th", "name_en", "tool", "weight", "score", "points_lost",
                "below_85", "distance_below_85", "peer_median", "n_peers", "below_peer_median", "gap_to_peer"]


@dataclass(frozen=True)
class WeakItem:
    """One of the weakest indicators: its number, names, score and the points it costs."""
    indicator: int
    name_th: str
    name_en: str
    score: float
    points_lost: float


@dataclass(frozen=True)
class WeakSummary:
    """The numbers behind the short summary of a unit-year (the page words them)."""
    unit: str
    unit_type: str
    fiscal_year: int
    weakest: tuple[WeakItem, ...]   # up to three, most points lost first (only indicators that lose points)
    total_lost: float               # points lost over all indicators (NaN when no weights)
    n_indicators: int
    n_below_85: int
    n_below_peer: int
    n_peer_units: int               # other units of the same type with scores that year


def year_points(scores: pd.DataFrame, fiscal_year: int,
                frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """points_lost rows (scoring.POINTS_COLUMNS) of every unit in one fiscal year."""
    return points_lost(scores.loc[scores["fiscal_year"] == int(fiscal_year)], frameworks)


def units_with_scores(scores: pd.DataFrame, fiscal_year: int) -> list[str]:
    """Units that have at least one indicator score in the year, sorted by name."""
    rows = scores.loc[(scores["fiscal_year"] == int(fiscal_year)) & scores["score"].notna(), "unit"]
    return sorted(str(u) for u in rows.unique())


def weak_indicators(scores: pd.DataFrame, unit: str, fiscal_year: int,
                    frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """The unit's indicators in the year, most points lost first (ties: lower score first), as WEAK_COLUMNS.

    peer_median is the median score of the other units of the same type that year (NaN without peers);
    below_peer_median is True only when a peer median exists and the score is below it; gap_to_peer =
    peer_median − score. Empty frame (same columns) when the unit has no indicator scores that year.
    """
    pts = year_points(scores, fiscal_year, frameworks)
    mine = pts.loc[pts["unit"] == unit]
    if mine.empty:
        return pd.DataFrame(columns=WEAK_COLUMNS)
    unit_type = mine["unit_type"].iloc[0]
    peers = pts.loc[(pts["unit_type"] == unit_type) & (pts["unit"] != unit)]
    stats = peers.groupby("indicator")["score"].agg(peer_median="median", n_peers="count")
    out = mine.drop(columns=KEY_COLUMNS).merge(
        stats, left_on="indicator", right_index=True, how="left")
    out["n_peers"] = out["n_peers"].fillna(0).astype(int)
    out["below_peer_median"] = (out["peer_median"].notna() & (out["score"] < out["peer_median"])).astype(bool)
    out["gap_to_peer"] = round2(out["peer_median"] - out["score"])
    out = out.sort_values(["points_lost", "score", "indicator"], ascending=[False, True, True],
                          na_position="last", kind="stable").reset_index(drop=True)
    out["rank"] = np.arange(1, len(out) + 1)
    return out[WEAK_COLUMNS]


def summarise(weak: pd.DataFrame, scores: pd.DataFrame, unit: str, fiscal_year: int, n: int = 3) -> WeakSummary:
    """WeakSummary of a weak_indicators frame: the n indicators losing most points, totals and flag counts."""
    year = scores.loc[scores["fiscal_year"] == int(fiscal_year)]
    mine = year.loc[year["unit"] == unit, "unit_type"]
    unit_type = str(mine.iloc[0]) if len(mine) else ""
    n_peer_units = int(year.loc[(year["unit_type"] == unit_type) & (year["unit"] != unit), "unit"].nunique())
    losing = weak.loc[weak["points_lost"].fillna(0) > 0].head(n)
    items = tuple(WeakItem(int(r.indicator), str(r.name_th), str(r.name_en), float(r.score), float(r.points_lost))
                  for r in losing.itertuples())
    total = float(weak["points_lost"].sum(min_count=1)) if len(weak) else float("nan")
    return WeakSummary(unit, unit_type, int(fiscal_year), items, total, len(weak),
                       int(weak["below_85"].astype(bool).sum()), int(weak["below_peer_median"].astype(bool).sum()),
                       n_peer_units)

