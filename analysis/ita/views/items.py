"""The item drill-down's view: an item file's missing OIT items (with names) and lowest IIT/EIT questions."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.common.paths import SAMPLES_DIR
from analysis.ita import items as item_analysis
from analysis.ita.framework import for_year, load_all
from analysis.ita.views._choice import choose, pass_mark

DEMO_ITEMS_FILE = "demo_items_2568.xlsx"
DEFAULT_FAMILY = "nacc"
LOWEST_N = 10


def oit_families() -> list[str]:
    """The OIT item-list families any framework file names (and the default "nacc"), sorted."""
    return sorted({f for fw in load_all().values() for f in fw.oit_items_status} | {DEFAULT_FAMILY})


def demo_items_file() -> tuple[str, bytes]:
    """(file name, bytes) of the shipped demo item file."""
    return DEMO_ITEMS_FILE, (SAMPLES_DIR / DEMO_ITEMS_FILE).read_bytes()


@dataclass(frozen=True, eq=False)
class ItemsView:
    """What the item drill-down shows for the chosen unit and year of an item file."""
    years: list[int]
    year: int
    units: list[str]
    unit: str
    family: str
    status: str                       # complete | partial | unknown: the year's OIT list of the family
    n_listed: int                     # OIT items the year's list names for the family
    has_oit: bool                     # the file gives OIT items of the unit-year and a framework lists them
    n_present: int = 0
    n_missing: int = 0
    n_not_given: int = 0
    missing: pd.DataFrame = field(default_factory=pd.DataFrame)   # code, name_th, indicator of items marked ไม่มี
    lowest: pd.DataFrame = field(default_factory=pd.DataFrame)    # tool, item, indicator, value, mapping
    lowest_n: int = LOWEST_N
    pass_mark: float = 85.0


def items_view(items: pd.DataFrame, year: int | None = None, unit: str | None = None,
               family: str = DEFAULT_FAMILY) -> ItemsView:
    """The ItemsView of an item file's rows (ITEM_COLUMNS) for the wanted year and unit (the newest year and
    first unit of it when not offered) and the OIT item-list family."""
    years = sorted((int(y) for y in items["fiscal_year"].unique()), reverse=True)
    year = choose(years, year)
    units = sorted(items.loc[items["fiscal_year"] == year, "unit"].unique())
    unit = choose(units, unit)
    fw = for_year(year)
    check = item_analysis.oit_checklist(items, unit, year, fw, family) if fw else None
    has_oit = check is not None and not check["present"].isna().all()
    counts = {}
    if has_oit:
        counts = dict(n_present=int(check["present"].eq(True).sum()), n_missing=int(check["present"].eq(False).sum()),
                      n_not_given=int(check["present"].isna().sum()),
                      missing=item_analysis.missing_oit(items, unit, year, fw, family))
    return ItemsView(years, year, units, unit, family, item_analysis.list_status(fw, family),
                     sum(1 for it in fw.oit_items if it.family == family) if fw else 0, has_oit, **counts,
                     lowest=item_analysis.lowest_questions(items, unit, year, LOWEST_N), pass_mark=pass_mark(fw))
