"""Figures for the overview screen: the year's headline numbers, the sorted totals and the level mix."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.common.text import t
from analysis.ita.scoring import round2

UNDECIDED = t("level.undecided")       # the level column's value (Thai, like the official band names) when undecided


@dataclass(frozen=True)
class YearSummary:
    """Headline numbers for one fiscal year and the chosen unit types."""
    fiscal_year: int
    units: int            # unit-years with a known total
    passing: int
    share_passing: float  # 0–1 (NaN when no units)
    mean: float
    median: float


def filter_results(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None) -> pd.DataFrame:
    """The scored rows of one year (and of the given unit types, all when None/empty) that have a total."""
    mask = (results["fiscal_year"] == fiscal_year) & results["total"].notna()
    if unit_types:
        mask &= results["unit_type"].isin(unit_types)
    return results.loc[mask]


def year_summary(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None) -> YearSummary:
    """Units assessed, number and share passing, mean and median total for one year."""
    rows = filter_results(results, fiscal_year, unit_types)
    n = len(rows)
    passing = int(rows["passed"].fillna(False).astype(bool).sum())
    return YearSummary(int(fiscal_year), n, passing, passing / n if n else float("nan"),
                       float(rows["total"].mean()) if n else float("nan"),
                       float(rows["total"].median()) if n else float("nan"))


def sorted_totals(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None) -> pd.DataFrame:
    """Every unit's total for the year, lowest first, with level (or ยังตัดสินไม่ได้) for colouring."""
    rows = filter_results(results, fiscal_year, unit_types)
    out = rows[["unit", "unit_type", "total", "level", "level_note", "level_note_en", "passed", "gap_to_85",
                "iit", "eit", "oit"]].copy()
    out["level"] = out["level"].fillna(UNDECIDED)
    return out.sort_values(["total", "unit"], kind="stable").reset_index(drop=True)


def lowest_units(results: pd.DataFrame, fiscal_year: int, unit_types: list[str] | None = None,
                 n: int = 10) -> pd.DataFrame:
    """The n units with the lowest totals in the year."""
    return sorted_totals(results, fiscal_year, unit_types).head(n)


def level_distribution(results: pd.DataFrame, fiscal_year: int, labels: tuple[str, ...],
                       unit_types: list[str] | None = None) -> pd.DataFrame:
    """Count and share of units per level or band (in the framework's order, best first; undecided last)."""
    rows = filter_results(results, fiscal_year, unit_types)
    levels = rows["level"].fillna(UNDECIDED)
    order = list(labels) + ([UNDECIDED] if (levels == UNDECIDED).any() else [])
    counts = levels.value_counts().reindex(order, fill_value=0)
    n = int(counts.sum())
    return pd.DataFrame({"level": order, "units": counts.to_numpy(),
                         "share": counts.to_numpy() / n if n else 0.0})


def available_years(results: pd.DataFrame) -> list[int]:
    """Fiscal years that have at least one unit with a total, newest first."""
    years = results.loc[results["total"].notna(), "fiscal_year"].unique()
    return sorted((int(y) for y in years), reverse=True)


def available_unit_types(results: pd.DataFrame) -> list[str]:
    """Unit types present in the results, sorted."""
    return sorted(str(t) for t in results["unit_type"].dropna().unique())


def level_names(fw, lang: str = "th") -> dict[str, str]:
    """Display name of each level or band (and of ยังตัดสินไม่ได้) in the language: the Thai band names are
    official, so English shows 'Pass, good (ผ่านดี)'; letters are the same in both."""
    if lang == "th" or fw is None:
        return {}
    names = {b.label: f"{b.label_en} ({b.label})" for b in fw.bands if b.label_en}
    names[UNDECIDED] = t("level.undecided", lang)
    return names


HISTOGRAM_COLUMNS = ["start", "end", "level", "units"]
EXTREME_COLUMNS = ["kind", "unit", "unit_type", "total", "level", "chosen", "rest_n", "rest_low", "rest_high"]


def bin_width(low: float, high: float = 100.0, most: int = 40) -> float:
    """The histogram's bin width in points: 1, 2.5, 5 or 10, the smallest giving at most `most` bins."""
    span = max(1.0, float(high) - float(low))
    return next((w for w in (1.0, 2.5, 5.0) if span / w <= most), 10.0)


def score_histogram(totals: pd.DataFrame, width: float | None = None) -> pd.DataFrame:
    """HISTOGRAM_COLUMNS: how many units of a sorted_totals frame have a total in each bin [start, end) (the last
    bin holds 100) and each level, bins from the lowest total's bin to 100 — as many marks as bins × levels,
    whatever the number of units."""
    if totals.empty:
        return pd.DataFrame(columns=HISTOGRAM_COLUMNS)
    total = pd.Series(round2(totals["total"].astype(float)), index=totals.index)   # as the pass mark compares them
    width = width or bin_width(float(total.min()))
    first = np.floor(total.min() / width) * width
    index = np.minimum(np.floor((total - first) / width), np.ceil((100.0 - first) / width) - 1).astype(int)
    counts = (pd.DataFrame({"bin": index.to_numpy(), "level": totals["level"].to_numpy()})
              .groupby(["bin", "level"], sort=True).size().rename("units").reset_index())
    counts["start"] = first + counts["bin"] * width
    counts["end"] = counts["start"] + width
    return counts[HISTOGRAM_COLUMNS]


def extremes(totals: pd.DataFrame, n: int, unit: str | None = None) -> pd.DataFrame:
    """EXTREME_COLUMNS of a sorted_totals frame (lowest first): the n lowest and n highest units and the chosen
    unit as rows of kind "unit"; every run of units between them summarised in one row of kind "rest" (how many,
    lowest and highest total). With at most 2n + 1 units every unit is a row."""
    rows = totals.reset_index(drop=True)
    position = pd.Series(np.arange(len(rows)))
    chosen = (rows["unit"] == unit) if unit is not None else pd.Series(False, index=rows.index)
    keep = (position < n) | (position >= len(rows) - n) | chosen
    if len(rows) <= 2 * n + 1:
        keep[:] = True
    run = (keep != keep.shift()).cumsum()
    kept = rows.loc[keep, ["unit", "unit_type", "total", "level"]].assign(
        kind="unit", chosen=chosen[keep], rest_n=0, rest_low=np.nan, rest_high=np.nan, order=position[keep])
    rest = rows.loc[~keep].groupby(run[~keep]).agg(rest_n=("total", "size"), rest_low=("total", "min"),
                                                    rest_high=("total", "max"))
    rest = rest.assign(kind="rest", unit="", unit_type="", total=np.nan, level="", chosen=False,
                       order=position[~keep].groupby(run[~keep]).min())
    out = pd.concat([kept, rest.reset_index(drop=True)], ignore_index=True).sort_values("order", kind="stable")
    return out.reset_index(drop=True)[EXTREME_COLUMNS]
