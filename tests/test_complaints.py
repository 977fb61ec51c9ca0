"""analysis/complaints/statistics.py against hand calculation: yearly counts, 15-day share and CI, Poisson tests, trend, ages."""
from __future__ import annotations

import pandas as pd
import pytest
from scipy import stats

from analysis.complaints import statistics as complaints


def records(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["received", "closed", "status", "group", "bribery", "channel"])
    frame["received"] = pd.to_datetime(frame["received"]).astype("datetime64[us]")
    frame["closed"] = pd.to_datetime(frame["closed"]).astype("datetime64[us]")
    frame["fiscal_year"] = frame["received"].dt.year + 543 + (frame["received"].dt.month >= 10)
    frame["category"], frame["unit"] = "x", "u"
    return frame


SMALL = records([
    ("2022-10-01", "2022-10-16", "finished", "general", False, "1555"),     # FY2566, 15 days: within
    ("2023-09-30", "2023-10-20", "finished", "corruption", False, "web"),   # FY2566 (30 Sep), 20 days
    ("2023-03-01", "2023-03-02", "finished", "corruption", True, "web"),    # FY2566, bribery, 1 day
    ("2023-05-01", None, "in_progress", "general", False, "1555"),          # FY2566, open 335 days on as_of
    ("2023-10-01", "2023-10-05", "finished", "general", False, "1555"),     # FY2567 (1 Oct), 4 days
    ("2024-03-25", None, "waiting", "general", False, "web"),               # FY2567, open 6 days: not decided
    ("2024-01-10", "2024-03-31", "finished", "corruption", False, "web"),   # FY2567, 81 days; sets as_of
])


def test_yearly_counts_share_and_exposure_by_hand():
    years = complaints.yearly(SMALL).set_index("fiscal_year")
    assert complaints.as_of_date(SMALL) == pd.Timestamp("2024-03-31")
    fy66, fy67 = years.loc[2566], years.loc[2567]
    assert [fy66[k] for k in ("received", "finished", "in_progress", "corruption", "general", "bribery")] == \
        [4, 3, 1, 2, 2, 1]
    assert [fy67[k] for k in ("received", "finished", "in_progress", "corruption", "general", "bribery")] == \
        [3, 2, 1, 1, 2, 0]
    assert (fy66["within_15"], fy66["decided_15"]) == (2, 4)       # the open one is 335 days old: decided, late
    assert (fy67["within_15"], fy67["decided_15"]) == (1, 2)       # the 6-day-old open one is not decided yet
    # Wilson 95% for 2/4: centre 0.5, half-width z*sqrt(p(1-p)/n + z²/4n²)/(1+z²/n) = 0.349962
    assert fy66["within_15_days_share"] == 0.5
    assert fy66["ci_low"] == pytest.approx(0.150038, abs=1e-5) and fy66["ci_high"] == pytest.approx(0.849962, abs=1e-5)
    assert (fy66["exposure_days"], fy66["partial"]) == (365, False)
    assert (fy67["exposure_days"], fy67["full_days"], fy67["partial"]) == (183, 366, True)   # 1 Oct–31 Mar, leap year


def test_comparison_partial_year_by_hand():
    c = complaints.compare(2567, 3, 4, 183, 365)
    assert c.rate_ratio == pytest.approx((3 / 183) / (4 / 365))
    assert c.change == pytest.approx(0.495902, abs=1e-6)
    # Binomial(7, 183/548): P(0..7) = .0581 .2041 .3069 .2565 .1286 .0387 .0065 .0005; p = Σ P(k) ≤ P(3) = 0.6929
    assert c.p_value == pytest.approx(0.6929, abs=5e-4)
    assert (c.verdict, c.verdict_text("th")) == ("unclear", "ยังสรุปไม่ได้")


def test_partial_year_fewer_complaints_can_be_a_higher_rate():
    c = complaints.compare(2568, 60, 100, 182, 365)        # 60 in half a year is more per day than 100 in a year
    assert c.change == pytest.approx((60 / 182) / (100 / 365) - 1)
    assert c.change > 0
    assert c.p_value == pytest.approx(stats.binomtest(60, 160, 182 / 547).pvalue)


@pytest.mark.parametrize("count, previous, verdict, th", [
    (10, 40, "lower", "ลดลงอย่างมีนัยสำคัญ"),
    (40, 10, "higher", "เพิ่มขึ้นอย่างมีนัยสำคัญ"),
    (24, 26, "unclear", "ยังสรุปไม่ได้"),
    (0, 0, "unclear", "ยังสรุปไม่ได้"),
])
def test_verdicts(count, previous, verdict, th):
    c = complaints.compare(2567, count, previous, 365, 365)
    assert (c.verdict, c.verdict_text("th")) == (verdict, th)
    if count + previous:
        assert c.p_value == pytest.approx(stats.binomtest(count, count + previous, 0.5).pvalue)


def test_year_over_year_uses_exposure_of_each_year():
    years = complaints.yearly(SMALL)
    [c] = complaints.year_over_year(years, "corruption")
    assert (c.fiscal_year, c.count, c.previous, c.exposure, c.previous_exposure) == (2567, 1, 2, 183, 365)


def frame_of(counts: list[int], first: int = 2563) -> pd.DataFrame:
    return pd.DataFrame({"fiscal_year": range(first, first + len(counts)), "received": counts,
                         "exposure_days": 365, "full_days": 365})


def test_trend_five_years_by_hand():
    tr = complaints.trend(frame_of([10, 8, 6, 4, 2]))
    assert tr.tau == pytest.approx(-1.0)
    assert tr.p_value == pytest.approx(2 / 120)           # exact: only 2 of 5! orderings are this extreme
    assert tr.slope == pytest.approx(-2.0)
    assert (tr.verdict, tr.too_few_years) == ("lower", False)


def test_trend_with_four_years_gives_no_p_value():
    tr = complaints.trend(frame_of([10, 8, 6, 4]))
    assert tr.p_value is None and tr.too_few_years and tr.verdict == "unclear"
    assert tr.slope == pytest.approx(-2.0)


def test_trend_annualises_a_partial_year():
    years = frame_of([100, 100, 50])
    years["exposure_days"] = [365, 365, 182.5]            # half a year: 50 is a full-year rate of 100
    assert complaints.trend(years).slope == pytest.approx(0.0)


def test_open_by_age_and_breakdown():
    ages = complaints.open_by_age(SMALL)
    assert ages["count"].tolist() == [1, 0, 0, 0, 1]      # 6 days and 335 days
    table = complaints.breakdown(SMALL, "channel", 2566).set_index("value")
    assert table.loc["web", ["received", "finished", "in_progress", "corruption"]].tolist() == [2, 2, 0, 2]
    assert table.loc["web", "within_15_days_share"] == 0.5


def test_months_run_october_to_the_last_month_with_data():
    m = complaints.months(SMALL)
    fy67 = m[m["fiscal_year"] == 2567]
    assert fy67["label"].tolist() == ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."]
    assert fy67["received"].tolist() == [1, 0, 0, 1, 0, 1]


def test_plan_targets():
    years = complaints.yearly(SMALL)
    targets = {t.key: t for t in complaints.plan_targets(years, complaints.year_over_year(years, "corruption"))}
    assert targets["corruption_lower"].status == "met"       # 1 in 183 days < 2 in 365 days
    assert targets["within_15_days"].status == "not_met" and targets["within_15_days"].figures["late"] == 1
    assert targets["no_bribery"].status == "met" and targets["public_statistics"].status == "met"


def test_aggregates_by_year_and_by_month():
    agg = pd.DataFrame({"fiscal_year": [2566, 2566, 2567, 2567], "month": pd.array([pd.NA] * 2 + [10, 11], "Int64"),
                        "group": ["corruption", "general", "all", "all"],
                        "received": pd.array([5, 95, 30, 20], "Int64"), "finished": pd.array([5, 90, 30, 10], "Int64"),
                        "in_progress": pd.array([0, 5, 0, 10], "Int64")})
    years = complaints.yearly(pd.DataFrame(columns=SMALL.columns), agg).set_index("fiscal_year")
    assert years.loc[2566, ["received", "finished", "in_progress", "corruption", "general"]].tolist() == \
        [100, 95, 5, 5, 95]
    assert years.loc[2567, "exposure_days"] == 31 + 30          # October and November only
    assert years.loc[2567, "corruption"] is None or pd.isna(years.loc[2567, "corruption"])
