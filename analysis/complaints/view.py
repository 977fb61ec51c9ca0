"""The complaints screen's view: per fiscal year received/finished/in progress, the plan's targets, tests against
last year, trends, per-complaint detail and the public table — every figure and text in the interface language."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.common.text import t
from analysis.common.thaidate import format_datetime
from analysis.complaints import statistics as stats
from analysis.complaints.export import statistics_xlsx

BREAKDOWNS = ("channel", "category", "unit")      # the "by" choices, each named by "cmpl.by_<by>"
_TARGET_CODES = {"corruption_lower": "cmpl.t_corruption", "within_15_days": "cmpl.t_15days",
                 "public_statistics": "cmpl.t_public", "no_bribery": "cmpl.t_bribery"}
_STATUS_MARKS = {"met": ("✔", "cmpl.met"), "not_met": ("✖", "cmpl.not_met"), "unknown": ("?", "cmpl.unknown")}


@dataclass(frozen=True)
class Metric:
    """A headline number: its label, its value as shown, and the note under it (None: no note)."""
    label: str
    value: str
    delta: str | None = None


@dataclass(frozen=True)
class TrendLine:
    """One line of the multi-year trends, and its caption when there are too few years to test (None: no caption)."""
    text: str
    few_years: str | None = None


@dataclass(frozen=True, eq=False)
class ComplaintsView:
    """What the complaints screen shows (empty: nothing stored yet, every other field left blank)."""
    empty: bool
    has_demo: bool = False
    demo_suffix: str = ""                          # after each chart of several years: which of them are demo
    latest_demo_suffix: str = ""                   # after each chart of the latest year: demo when that year is
    demo_mixed: bool = False                       # demo years shown beside the user's (never compared with them)
    demo_apart: str = ""                           # the note saying the demo years are left out of the comparisons
    fiscal_year: int | None = None                 # the latest fiscal year with data
    note: str = ""                                 # "data up to …" and the partial-year note, joined
    metrics: tuple[Metric, ...] = ()
    targets: pd.DataFrame = field(default_factory=pd.DataFrame)        # target, figure, status (headers in words)
    years: pd.DataFrame = field(default_factory=pd.DataFrame)          # statistics.yearly
    finished_years: pd.DataFrame = field(default_factory=pd.DataFrame)  # the years whose finished count is known
    has_groups: bool = False                       # corruption/general known for every year
    yoy: pd.DataFrame = field(default_factory=pd.DataFrame)            # the year-over-year table (headers in words)
    trends: tuple[TrendLine, ...] = ()
    has_records: bool = False                      # per-complaint records (not only counts)
    open_by_age: pd.DataFrame = field(default_factory=pd.DataFrame)
    months: pd.DataFrame = field(default_factory=pd.DataFrame)
    breakdowns: dict[str, pd.DataFrame] = field(default_factory=dict)   # by channel/category/unit, latest year
    public: pd.DataFrame = field(default_factory=pd.DataFrame)          # the public table (headers in words)
    public_xlsx: bytes = b""
    public_file_name: str = ""


def _count(value) -> str:
    return "-" if pd.isna(value) else f"{int(value):,}"


def _metrics(last: pd.Series, fy: int, lang: str) -> tuple[Metric, ...]:
    share = last["within_15_days_share"]
    ci = None if pd.isna(share) else t("cmpl.metric_ci", lang, low=f"{last['ci_low']:.1%}", high=f"{last['ci_high']:.1%}")
    return (Metric(t("cmpl.metric_received", lang, year=fy), f"{int(last['received']):,}"),
            Metric(t("cmpl.metric_finished", lang), _count(last["finished"])),
            Metric(t("cmpl.metric_in_progress", lang), _count(last["in_progress"])),
            Metric(t("cmpl.metric_within15", lang), "-" if pd.isna(share) else f"{share:.1%}", ci))


def _note(as_of: pd.Timestamp | None, last: pd.Series, fy: int, lang: str) -> str:
    notes = [t("cmpl.as_of", lang, date=format_datetime(as_of.to_pydatetime(), lang, with_time=False))] if as_of else []
    if last["partial"]:
        notes.append(t("cmpl.partial", lang, year=fy, days=int(last["exposure_days"]), full=int(last["full_days"])))
    return " · ".join(notes)


def target_figure(target: stats.Target, lang: str = "th") -> str:
    """The figure of one plan target in words ("-" when the data cannot tell)."""
    f = target.figures
    if target.key == "corruption_lower":
        c = f.get("comparison")
        return "-" if c is None else t("cmpl.t_corruption_fig", lang, n=c.count, prev=c.previous,
                                       change="-" if c.change is None else f"{c.change:+.0%}",
                                       verdict=c.verdict_text(lang))
    if target.key == "within_15_days":
        return "-" if not f else t("cmpl.t_15days_fig", lang, share=f"{f['share']:.1%}", late=f"{f['late']:,}")
    if target.key == "public_statistics":
        return t("cmpl.t_public_fig", lang)
    return "-" if not f else t("cmpl.t_bribery_fig", lang, n=f["n"])


def _targets(years: pd.DataFrame, yoy_cor: list, fy: int, lang: str) -> pd.DataFrame:
    rows = []
    for target in stats.plan_targets(years, yoy_cor):
        mark, code = _STATUS_MARKS[target.status]
        rows.append({t("cmpl.target", lang): t(_TARGET_CODES[target.key], lang),
                     t("cmpl.figure", lang, year=fy): target_figure(target, lang),
                     t("cmpl.status", lang): f"{mark} {t(code, lang)}"})
    return pd.DataFrame(rows)


def _yoy(groups: tuple[tuple[str, list], ...], lang: str) -> pd.DataFrame:
    return pd.DataFrame([{
        t("cmpl.yoy_what", lang): t(code, lang), t("common.fiscal_year", lang): c.fiscal_year,
        t("cmpl.yoy_count", lang): f"{c.count:,} ({c.exposure})",
        t("cmpl.yoy_prev", lang): f"{c.previous:,} ({c.previous_exposure})",
        t("cmpl.yoy_change", lang): "-" if c.change is None else f"{c.change:+.1%}",
        t("cmpl.yoy_p", lang): "-" if c.p_value is None else f"{c.p_value:.3f}",
        t("cmpl.yoy_verdict", lang): c.verdict_text(lang),
    } for code, group in groups for c in reversed(group)])


def _trends(years: pd.DataFrame, has_groups: bool, lang: str) -> tuple[TrendLine, ...]:
    lines = []
    for code, column in (("cmpl.all", "received"), ("cmpl.corruption", "corruption")):
        if column == "corruption" and not has_groups:
            continue
        tnd = stats.trend(years, column)
        if tnd.slope is None:
            continue
        text = t("cmpl.trend_line", lang, what=t(code, lang), slope=f"{tnd.slope:+.1f}", low=f"{tnd.slope_low:+.1f}",
                 high=f"{tnd.slope_high:+.1f}", tau="-" if tnd.tau is None else f"{tnd.tau:+.2f}",
                 p="-" if tnd.p_value is None else f"{tnd.p_value:.3f}", verdict=stats.verdict_text(tnd.verdict, lang))
        lines.append(TrendLine(text, t("cmpl.trend_few", lang, n=tnd.n_years) if tnd.too_few_years else None))
    return tuple(lines)


def _public(years: pd.DataFrame, fy: int, lang: str, demo_years: frozenset[int] = frozenset()
            ) -> tuple[pd.DataFrame, bytes, str]:
    public = stats.public_table(years)
    headers = [t(code, lang) for code in ("cmpl.col_year", "cmpl.received", "cmpl.finished", "cmpl.in_progress",
                                          "cmpl.corruption", "cmpl.general")]
    return (public.set_axis(headers, axis=1), statistics_xlsx(public, headers, t("cmpl.sheet", lang), lang, demo_years),
            f"complaint-statistics-{fy}.xlsx")


def _demo_marks(years: pd.DataFrame, demo: frozenset[int], fy: int, lang: str) -> tuple[str, str, bool, str]:
    """(suffix of the multi-year charts, suffix of the latest year's charts, mixed, the note on comparisons)."""
    shown = {int(y) for y in years["fiscal_year"]}
    demo = frozenset(demo) & shown
    if not demo:
        return "", "", False, ""
    badge = f" — {t('common.demo_badge', lang)}"
    if demo == shown:
        return badge, badge, False, ""
    listed = ", ".join(str(y) for y in sorted(demo))
    return (f" — {t('cmpl.demo_years', lang, years=listed)}", badge if fy in demo else "", True,
            t("cmpl.demo_apart", lang, years=listed))


def complaints_view(records: pd.DataFrame, aggregates: pd.DataFrame, demo_years: frozenset[int] | bool = frozenset(),
                    lang: str = "th") -> ComplaintsView:
    """The ComplaintsView of the stored complaint records and counts and the fiscal years read from the demo
    (ComplaintRepository.load; True: every year). Demo years beside the user's are charted, marked, and left out
    of the year-over-year tests, the trends and the targets: a demo year is never compared with a real one."""
    if records.empty and aggregates.empty:
        return ComplaintsView(True, bool(demo_years))
    as_of = stats.as_of_date(records)
    years = stats.yearly(records, aggregates, as_of)
    last = years.iloc[-1]
    fy = int(last["fiscal_year"])
    if demo_years is True:
        demo_years = frozenset(int(y) for y in years["fiscal_year"])
    marks = _demo_marks(years, frozenset(demo_years or ()), fy, lang)
    compared = years[~years["fiscal_year"].isin(demo_years)] if marks[2] else years
    has_groups = bool(years["corruption"].notna().all())
    yoy_all = stats.year_over_year(compared, "received")
    yoy_cor = stats.year_over_year(compared, "corruption") if has_groups else []
    public, xlsx, file_name = _public(years, fy, lang, frozenset(demo_years or ()))
    detail = {}
    if not records.empty:
        detail = dict(open_by_age=stats.open_by_age(records, as_of, lang), months=stats.months(records, lang),
                      breakdowns={by: stats.breakdown(records, by, fy) for by in BREAKDOWNS})
    return ComplaintsView(
        False, bool(marks[0]), *marks, fy, _note(as_of, last, fy, lang),
        _metrics(last, fy, lang), _targets(compared, yoy_cor, fy, lang), years, years.dropna(subset=["finished"]),
        has_groups, _yoy((("cmpl.all", yoy_all), ("cmpl.corruption", yoy_cor)), lang),
        _trends(compared, has_groups, lang), not records.empty, public=public, public_xlsx=xlsx,
        public_file_name=file_name, **detail)
