"""The 15-day rule at its boundaries: closed after 14, 15 or 16 days; open for 14, 15 or 16 days on the data's last day."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.complaints import statistics

RECEIVED = pd.Timestamp("2024-01-10")          # FY2567


def records(rows: list[tuple[pd.Timestamp, pd.Timestamp | None, str]]) -> pd.DataFrame:
    """Complaint records (received, closed, status) in the stored shape."""
    frame = pd.DataFrame({
        "received": pd.to_datetime([r[0] for r in rows]).astype("datetime64[us]"),
        "closed": pd.to_datetime([r[1] for r in rows]).astype("datetime64[us]"),
        "status": [r[2] for r in rows]})
    frame["fiscal_year"] = 2567
    frame["group"] = "general"
    frame["bribery"] = False
    return frame


@pytest.mark.parametrize(("days", "within"), [(0, 1), (14, 1), (15, 1), (16, 0), (30, 0)])
def test_a_complaint_closed_after_n_days_counts_within_15_up_to_15(days, within):
    closed = RECEIVED + pd.Timedelta(days=days)
    year = statistics.yearly(records([(RECEIVED, closed, "finished")]), as_of=closed).iloc[0]
    assert (year["within_15"], year["decided_15"]) == (within, 1)


@pytest.mark.parametrize(("age", "decided"), [(14, 0), (15, 0), (16, 1)])
def test_an_open_complaint_is_decided_only_after_15_days(age, decided):
    """Open for 15 days it can still be closed in time; from 16 days it has missed the 15-day mark."""
    year = statistics.yearly(records([(RECEIVED, None, "in_progress")]), as_of=RECEIVED + pd.Timedelta(days=age)).iloc[0]
    assert (year["within_15"], year["decided_15"]) == (0, decided)


def test_share_uses_only_the_decided():
    rows = [(RECEIVED, RECEIVED + pd.Timedelta(days=15), "finished"),    # in time
            (RECEIVED, RECEIVED + pd.Timedelta(days=16), "finished"),    # late
            (RECEIVED + pd.Timedelta(days=20), None, "in_progress")]     # open 0 days: not decided yet
    year = statistics.yearly(records(rows), as_of=RECEIVED + pd.Timedelta(days=20)).iloc[0]
    assert (year["within_15"], year["decided_15"]) == (1, 2)
    assert year["within_15_days_share"] == pytest.approx(0.5)
