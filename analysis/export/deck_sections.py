"""The deck's measures and complaints sections, from plain data the caller read from the store."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

EMPTY_MEASURES = pd.DataFrame({"status": pd.Series(dtype="str"), "measures": pd.Series(dtype="int64")})
EMPTY_COMPLAINTS = pd.DataFrame({"fiscal_year": pd.Series(dtype="int64"), "corruption": pd.Series(dtype="int64"),
                                 "general": pd.Series(dtype="int64")})



def measures_status(statuses: Iterable[str | None], lang: str = "th") -> pd.DataFrame:
    """Number of measures per status (one status per measure): every status of the vocabulary in its fixed order,
    in the words the measures page uses, then any other stored status as it is stored (so every measure is
    counted); empty when there is no measure."""
    from analysis.common.labels import MEASURE_STATUSES, status_label

    statuses = [str(s).strip() if s is not None and str(s).strip() else "not_started" for s in statuses]
    if not statuses:
        return EMPTY_MEASURES.copy()
    counts = pd.Series(statuses).value_counts()
    other = sorted(set(counts.index) - set(MEASURE_STATUSES))
    rows = [{"status": status_label(k, lang) if k in MEASURE_STATUSES else k, "measures": int(counts.get(k, 0))}
            for k in [*MEASURE_STATUSES, *other]]
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


def sources(*frames: pd.DataFrame) -> pd.DataFrame:
    """The provenance frames of the stored files (analysis.common.workbook.SOURCE_COLUMNS: results, complaints…)
    as one frame for the deck's source slide and sheet, in the order given."""
    from analysis.common.workbook import SOURCE_COLUMNS

    kept = [f.reindex(columns=SOURCE_COLUMNS) for f in frames if f is not None and len(f)]
    return pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(columns=SOURCE_COLUMNS)
