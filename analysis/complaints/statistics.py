"""Complaint statistics by Thai fiscal year: counts, year-over-year Poisson tests, trend, 15-day share, ages, breakdowns."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.common.text import t
from analysis.common.thaidate import calendar_year, month_abbr
from analysis.complaints.dates import fiscal_month_index, fiscal_year_start

ALPHA = 0.05
DAYS_LIMIT = 15
MIN_TREND_YEARS = 5         # with 4 or fewer years Kendall's two-sided exact p is never below 0.05
VERDICTS = ("lower", "higher", "unclear")      # each named by the catalogue code "cmpl.verdict_<verdict>"
AGE_BANDS = ((0, 15, "cmpl.age_0_15"), (16, 30, "cmpl.age_16_30"), (31, 60, "cmpl.age_31_60"),
             (61, 90, "cmpl.age_61_90"), (91, None, "cmpl.age_over_90"))   # (first day, last day, label code)
YEAR_COLUMNS = ["fiscal_year", "received", "finished", "in_progress", "corruption", "general", "bribery",
                "within_15", "decided_15", "within_15_days_share", "ci_low", "ci_high", "exposure_days", "full_days",
                "partial"]


def as_of_date(records: pd.DataFrame) -> pd.Timestamp | None:
    """The day the data runs to: the latest received or closed date (midnight), or None without records."""
    if records.empty:
        return None
    latest = max(records["received"].max(), records["closed"].max() if records["closed"].notna().any() else pd.NaT)
    return pd.Timestamp(latest).normalize()


def _fy_days(fy: int) -> int:
    return (fiscal_year_start(fy + 1) - fiscal_year_start(fy)).days


def exposure_days(fy: int, as_of: pd.Timestamp | None) -> int:
    """Days of fiscal year fy covered up to as_of (inclusive); the whole year when as_of is None or later."""
    full = _fy_days(fy)
    if as_of is None:
        return full
    return int(max(0, min(full, (as_of.normalize() - fiscal_year_start(fy)).days + 1)))


def durations(records: pd.DataFrame) -> pd.Series:
    """Calendar days from received to closed (float, NaN when not closed)."""
    closed = records["closed"].to_numpy().astype("datetime64[D]")
    received = records["received"].to_numpy().astype("datetime64[D]")
    days = (closed - received).astype("float64")
    days[np.isnat(closed) | np.isnat(received)] = np.nan
    return pd.Series(days, index=records.index)


def yearly(records: pd.DataFrame, aggregates: pd.DataFrame | None = None,
           as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per fiscal year (YEAR_COLUMNS): received, finished, in progress, corruption, general, bribery,
    the share handled within 15 days with its Wilson 95% interval, and the days of the year covered (exposure).

    From records the share's denominator is every complaint whose 15-day outcome is known on as_of: finished
    ones (with a closed date) and open ones older than 15 days; the numerator those closed within 15 days.
    Aggregate years not present in records are added (no 15-day share; groups when the file gives them)."""
    as_of = as_of if as_of is not None else as_of_date(records)
    rows = []
    if not records.empty:
        fin = records["status"].eq("finished").to_numpy(dtype=bool)
        days = durations(records).to_numpy()
        age = ((np.datetime64(as_of.date(), "D") - records["received"].to_numpy().astype("datetime64[D]"))
               .astype("int64") if as_of is not None else np.zeros(len(records)))
        fy = records["fiscal_year"].to_numpy(dtype="int64")
        first = int(fy.min())
        pos = fy - first
        size = int(pos.max()) + 1
        count = lambda mask: np.bincount(pos, weights=mask, minlength=size).astype("int64")  # noqa: E731
        sums = {"received": np.bincount(pos, minlength=size), "finished": count(fin),
                "corruption": count(records["group"].eq("corruption").to_numpy(dtype=bool)),
                "bribery": count(records["bribery"].to_numpy(dtype=bool)),
                "within_15": count(fin & (days <= DAYS_LIMIT)),
                "decided_15": count((fin & ~np.isnan(days)) | (~fin & (age > DAYS_LIMIT)))}
        for i in np.flatnonzero(sums["received"]):
            rows.append({"fiscal_year": first + int(i), **{k: int(v[i]) for k, v in sums.items()}})
    known = {r["fiscal_year"] for r in rows}
    if aggregates is not None and not aggregates.empty:
        agg = aggregates[~aggregates["fiscal_year"].isin(known)]
        for fy, part in agg.groupby("fiscal_year"):
            received = int(part["received"].sum())
            finished = part["finished"].sum() if part["finished"].notna().any() else pd.NA
            has_groups = part["group"].ne("all").all()
            rows.append({"fiscal_year": int(fy), "received": received,
                         "finished": None if finished is pd.NA else int(finished),
                         "corruption": int(part.loc[part["group"].eq("corruption"), "received"].sum())
                         if has_groups else None,
                         "bribery": None, "within_15": None, "decided_15": None,
                         "_months": part["month"].dropna().nunique() if part["month"].notna().any() else None,
                         "_month_days": _month_days(part) if part["month"].notna().any() else None})
    out = []
    for r in sorted(rows, key=lambda r: r["fiscal_year"]):
        fy = r["fiscal_year"]
        full = _fy_days(fy)
        exposure = r.pop("_month_days", None) or exposure_days(fy, as_of)
        r.pop("_months", None)
        finished = r.get("finished")
        r["in_progress"] = None if finished is None else r["received"] - finished
        r["general"] = None if r.get("corruption") is None else r["received"] - r["corruption"]
        share, low, high = wilson(r.get("within_15"), r.get("decided_15"))
        out.append({**r, "within_15_days_share": share, "ci_low": low, "ci_high": high,
                    "exposure_days": exposure, "full_days": full, "partial": exposure < full})
    return pd.DataFrame(out, columns=YEAR_COLUMNS)


def _month_days(part: pd.DataFrame) -> int:
    months = part[["fiscal_year", "month"]].dropna().drop_duplicates()
    cal_year = calendar_year(months["fiscal_year"], months["month"])
    return int(sum(pd.Period(year=int(y), month=int(m), freq="M").days_in_month
                   for y, m in zip(cal_year, months["month"])))


def wilson(k, n) -> tuple[float | None, float | None, float | None]:
    """(share, low, high) with the Wilson 95% interval; Nones when n is missing or 0."""
    if k is None or n is None or pd.isna(n) or int(n) == 0:
        return None, None, None
    from scipy import stats  # scipy.stats takes ~2 s to import: only on the complaints screens

    ci = stats.binomtest(int(k), int(n)).proportion_ci(confidence_level=0.95, method="wilson")
    return int(k) / int(n), float(ci.low), float(ci.high)


@dataclass(frozen=True)
class Comparison:
    """This year against the previous one, as rates per day of exposure (exact conditional Poisson test)."""
    fiscal_year: int
    count: int
    previous: int
    exposure: int
    previous_exposure: int
    rate_ratio: float | None
    change: float | None            # rate_ratio − 1: −0.25 means a quarter fewer per day
    p_value: float | None
    verdict: str                    # "lower" | "higher" | "unclear"

    def verdict_text(self, lang: str = "th") -> str:
        """The verdict in words, in the language."""
        return verdict_text(self.verdict, lang)


def verdict_text(verdict: str, lang: str = "th") -> str:
    """A verdict ("lower" | "higher" | "unclear") in words, in the language."""
    return t(f"cmpl.verdict_{verdict}", lang)


def compare(fy: int, count: int, previous: int, exposure: int, previous_exposure: int) -> Comparison:
    """A Comparison of count over exposure days against previous over its days.

    Conditional on the total, count ~ Binomial(count + previous, exposure / (exposure + previous_exposure))
    when the rates are equal; binomtest gives the exact two-sided p-value."""
    total = count + previous
    if total == 0 or exposure <= 0 or previous_exposure <= 0:
        return Comparison(fy, count, previous, exposure, previous_exposure, None, None, None, "unclear")
    from scipy import stats

    p = stats.binomtest(count, total, exposure / (exposure + previous_exposure)).pvalue
    ratio = (count / exposure) / (previous / previous_exposure) if previous else None
    change = None if ratio is None else ratio - 1
    higher = previous == 0 or count / exposure > previous / previous_exposure
    verdict = "unclear" if p >= ALPHA else ("higher" if higher else "lower")
    return Comparison(fy, count, previous, exposure, previous_exposure, ratio, change, float(p), verdict)


def year_over_year(years: pd.DataFrame, column: str = "received") -> list[Comparison]:
    """A Comparison for every fiscal year whose previous year is in `years` (consecutive BE years)."""
    out = []
    rows = years.dropna(subset=[column]).set_index("fiscal_year")
    for fy in rows.index:
        if fy - 1 in rows.index:
            this, last = rows.loc[fy], rows.loc[fy - 1]
            out.append(compare(int(fy), int(this[column]), int(last[column]), int(this["exposure_days"]),
                               int(last["exposure_days"])))
    return out


@dataclass(frozen=True)
class Trend:
    """Kendall's tau of the yearly rate against the year and the Theil–Sen slope (complaints per year, per year)."""
    n_years: int
    tau: float | None
    p_value: float | None           # None when there are too few years for the test to mean anything
    slope: float | None
    slope_low: float | None
    slope_high: float | None
    verdict: str                    # "lower" | "higher" | "unclear"
    too_few_years: bool


def trend(years: pd.DataFrame, column: str = "received") -> Trend:
    """The Trend of a count column, annualised for partial years (count × full days / exposure days).

    With 4 or fewer years a two-sided test can never reach 0.05, so p_value is None and the verdict unclear."""
    rows = years.dropna(subset=[column])
    rows = rows[rows["exposure_days"] > 0]
    n = len(rows)
    if n < 2:
        return Trend(n, None, None, None, None, None, "unclear", True)
    x = rows["fiscal_year"].to_numpy(dtype=float)
    y = rows[column].to_numpy(dtype=float) * rows["full_days"].to_numpy() / rows["exposure_days"].to_numpy()
    from scipy import stats

    tau, p = stats.kendalltau(x, y)
    res = stats.theilslopes(y, x)
    few = n < MIN_TREND_YEARS
    p_out = None if few or np.isnan(p) else float(p)
    verdict = "unclear" if p_out is None or p_out >= ALPHA else ("lower" if tau < 0 else "higher")
    return Trend(n, None if np.isnan(tau) else float(tau), p_out, float(res.slope), float(res.low_slope),
                 float(res.high_slope), verdict, few)


def open_by_age(records: pd.DataFrame, as_of: pd.Timestamp | None = None, lang: str = "th") -> pd.DataFrame:
    """Complaints not finished on as_of by age band: band (0–4), label (in the language), count (every band listed)."""
    as_of = as_of if as_of is not None else as_of_date(records)
    open_ = records[records["status"].ne("finished")] if not records.empty else records
    ages = ((as_of - open_["received"].dt.normalize()).dt.days if as_of is not None and len(open_)
            else pd.Series(dtype=float))
    out = []
    for i, (low, high, label) in enumerate(AGE_BANDS):
        hit = (ages >= low) & (ages <= high if high is not None else True)
        out.append({"band": i, "label": t(label, lang), "count": int(hit.sum())})
    return pd.DataFrame(out)


def breakdown(records: pd.DataFrame, by: str, fiscal_year: int | None = None) -> pd.DataFrame:
    """Counts per value of `by` (channel, category or unit): received, finished, in_progress, corruption,
    within_15_days_share; most received first; one fiscal year or all."""
    part = records if fiscal_year is None else records[records["fiscal_year"] == fiscal_year]
    cols = ["value", "received", "finished", "in_progress", "corruption", "within_15_days_share"]
    if part.empty:
        return pd.DataFrame(columns=cols)
    fin = part["status"].eq("finished")
    days = durations(part)
    frame = pd.DataFrame({"value": part[by], "received": 1, "finished": fin.astype(int),
                          "corruption": part["group"].eq("corruption").astype(int),
                          "within": (fin & (days <= DAYS_LIMIT)).astype(int), "closed": (fin & days.notna()).astype(int)})
    g = frame.groupby("value", sort=False).sum().reset_index()
    g["in_progress"] = g["received"] - g["finished"]
    g["within_15_days_share"] = (g["within"] / g["closed"].where(g["closed"] > 0)).astype(float)
    return g.sort_values(["received", "value"], ascending=[False, True], ignore_index=True)[cols]


def months(records: pd.DataFrame, lang: str = "th") -> pd.DataFrame:
    """Received per fiscal year and month: fiscal_year, fiscal_month (Oct = 1 … Sep = 12), month (calendar),
    label (the month's short name in the language), received (0 for months without complaints, up to the last
    month with data)."""
    cols = ["fiscal_year", "fiscal_month", "month", "label", "received"]
    if records.empty:
        return pd.DataFrame(columns=cols)
    counts = (pd.DataFrame({"fiscal_year": records["fiscal_year"], "fiscal_month": fiscal_month_index(records["received"])})
              .value_counts().rename("received"))
    grid = pd.MultiIndex.from_product([sorted(records["fiscal_year"].unique()), range(1, 13)],
                                      names=["fiscal_year", "fiscal_month"])
    out = counts.reindex(grid, fill_value=0).reset_index()
    last_fy = out["fiscal_year"].max()
    last_month = int(fiscal_month_index(records.loc[records["fiscal_year"] == last_fy, "received"]).max())
    out = out[(out["fiscal_year"] < last_fy) | (out["fiscal_month"] <= last_month)].reset_index(drop=True)
    out["month"] = (out["fiscal_month"] + 8) % 12 + 1
    out["label"] = out["month"].map(lambda m: month_abbr(m, lang))
    return out[cols]


def public_table(years: pd.DataFrame) -> pd.DataFrame:
    """The public statistics (fiscal_year, received, finished, in_progress, corruption, general), latest first."""
    cols = ["fiscal_year", "received", "finished", "in_progress", "corruption", "general"]
    return years[cols].sort_values("fiscal_year", ascending=False, ignore_index=True)


@dataclass(frozen=True)
class Target:
    """One target of the anti-corruption plan for the latest fiscal year: met / not_met / unknown, with figures."""
    key: str                        # "corruption_lower" | "within_15_days" | "public_statistics" | "no_bribery"
    status: str
    figures: dict


def plan_targets(years: pd.DataFrame, corruption: list[Comparison]) -> list[Target]:
    """The plan's complaint targets judged on the latest fiscal year of `years`.

    Fewer corruption complaints: met when the exposure-adjusted rate is below last year's (the verdict says
    whether that is significant). Within 15 days: met when no complaint with a known outcome took longer
    (the plan allows telling the complainant why, which the data cannot show). Public statistics: met when
    received, finished and in progress are known. No bribery complaints: met when none was received."""
    if years.empty:
        return []
    last = years.iloc[-1]
    fy = int(last["fiscal_year"])
    cmp = next((c for c in corruption if c.fiscal_year == fy), None)
    if cmp is None or cmp.change is None:
        t1 = Target("corruption_lower", "unknown", {"comparison": cmp})
    else:
        t1 = Target("corruption_lower", "met" if cmp.change < 0 else "not_met", {"comparison": cmp})
    decided, within = last["decided_15"], last["within_15"]
    if decided is None or pd.isna(decided) or int(decided) == 0:
        t2 = Target("within_15_days", "unknown", {})
    else:
        late = int(decided) - int(within)
        t2 = Target("within_15_days", "met" if late == 0 else "not_met",
                    {"share": float(last["within_15_days_share"]), "late": late})
    public = not pd.isna(last["finished"]) and last["finished"] is not None
    t3 = Target("public_statistics", "met" if public else "unknown", {})
    bribery = last["bribery"]
    t4 = (Target("no_bribery", "unknown", {}) if bribery is None or pd.isna(bribery)
          else Target("no_bribery", "met" if int(bribery) == 0 else "not_met", {"n": int(bribery)}))
    return [t1, t2, t3, t4]
