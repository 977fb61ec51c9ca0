"""The deck's measures and complaints sections, read from their stores when those hold data."""
from __future__ import annotations

import pandas as pd

EMPTY_MEASURES = pd.DataFrame({"status": pd.Series(dtype="str"), "measures": pd.Series(dtype="int64")})
EMPTY_COMPLAINTS = pd.DataFrame({"fiscal_year": pd.Series(dtype="int64"), "corruption": pd.Series(dtype="int64"),
                                 "general": pd.Series(dtype="int64")})




def measures_status(store, lang: str = "th", unit: str | None = None, fiscal_year: int | None = None) -> pd.DataFrame:
    """Number of measures per status, in a fixed order (status label, measures); empty when none is stored."""
    from analysis.common.labels import MEASURE_STATUSES, status_label
    from analysis.store.measures import MeasureStore

    records = MeasureStore(store).list_measures(unit=unit, fiscal_year=fiscal_year)
    if not records:
        return EMPTY_MEASURES.copy()
    counts = pd.Series([r.get("status") or "not_started" for r in records]).value_counts()
    rows = [{"status": status_label(k, lang), "measures": int(counts.get(k, 0))} for k in MEASURE_STATUSES]
    return pd.DataFrame(rows, columns=["status", "measures"])


def complaint_years(store) -> pd.DataFrame:
    """Complaints per fiscal year split corruption/general (fiscal_year, corruption, general, partial, exposure_days);
    empty when none. A partial year (e.g. the current one to date) is flagged so the deck labels it."""
    from analysis.complaints import statistics as complaints
    from analysis.store import complaints as complaints_store

    records, aggregates, _ = complaints_store.load(store)
    if records.empty and aggregates.empty:
        return EMPTY_COMPLAINTS.copy()
    years = complaints.yearly(records, aggregates)
    out = years[["fiscal_year", "corruption", "general", "partial", "exposure_days"]].copy()
    return out.astype({"fiscal_year": "int64"}).reset_index(drop=True)
