"""The deck's measures and complaints sections, from plain data the caller read from the store."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

EMPTY_MEASURES = pd.DataFrame({"status": pd.Series(dtype="str"), "measures": pd.Series(dtype="int64")})
EMPTY_COMPLAINTS = pd.DataFrame({"fiscal_year": pd.Series(dtype="int64"), "corruption": pd.Series(dtype="int64"),
                                 "general": pd.Series(dtype="int64")})




def measures_status(statuses: Iterable[str | None], lang: str = "th") -> pd.DataFrame:
    """Number of measures per status (one status per measure), in a fixed order (status label, measures);
    empty when there is no measure."""
    from analysis.common.labels import MEASURE_STATUSES, status_label

    statuses = [s or "not_started" for s in statuses]
    if not statuses:
        return EMPTY_MEASURES.copy()
    counts = pd.Series(statuses).value_counts()
    rows = [{"status": status_label(k, lang), "measures": int(counts.get(k, 0))} for k in MEASURE_STATUSES]
    return pd.DataFrame(rows, columns=["status", "measures"])


def complaint_years(records: pd.DataFrame, aggregates: pd.DataFrame,
                    demo_years: frozenset[int] = frozenset()) -> pd.DataFrame:
    """Complaints per fiscal year split corruption/general (fiscal_year, corruption, general, partial, exposure_days,
    is_demo) from the stored complaint records and counts and the years read from the demo; empty when none. A
    partial year (e.g. the current one to date) is flagged so the deck labels it, and so is a demo year."""
    from analysis.complaints import statistics as complaints

    if records.empty and aggregates.empty:
        return EMPTY_COMPLAINTS.copy()
    years = complaints.yearly(records, aggregates)
    out = years[["fiscal_year", "corruption", "general", "partial", "exposure_days"]].copy()
    out = out.astype({"fiscal_year": "int64"}).reset_index(drop=True)
    out["is_demo"] = out["fiscal_year"].isin(demo_years or ())
    return out
