"""The unit index every screen's pickers and links share: each unit's type, the unit types and the years on record."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.ita import overview


@dataclass(frozen=True, eq=False)
class UnitIndex:
    """Which units, unit types and fiscal years the results hold (a link or a picker is checked against it)."""
    years: list[int] = field(default_factory=list)          # newest first (years with a total)
    types: list[str] = field(default_factory=list)          # every unit type, sorted
    type_of: dict[str, str] = field(default_factory=dict)   # unit → its type in its newest year

    def units_of(self, units, kind: str | None) -> list[str]:
        """The units among `units` of the type `kind` (all of them when kind is None), in their order."""
        return list(units) if kind is None else [u for u in units if self.type_of.get(u) == kind]


def unit_index(results: pd.DataFrame) -> UnitIndex:
    """The UnitIndex of the scored results: a unit whose type changed over the years counts under its newest."""
    if results.empty:
        return UnitIndex()
    newest = results.dropna(subset=["unit_type"]).sort_values("fiscal_year", kind="stable")
    newest = newest.drop_duplicates("unit", keep="last")
    return UnitIndex(overview.available_years(results), overview.available_unit_types(results),
                     dict(zip(newest["unit"].astype(str), newest["unit_type"].astype(str), strict=True)))
