"""analysis.complaints.view: what the complaints screen shows for the demo register (hand-checked figures), in Thai
and English, and the empty state."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.common import t
from analysis.complaints import ComplaintsView, complaints_view, target_figure
from analysis.complaints.statistics import Target
from analysis.store import seed_demo_complaints


@pytest.fixture
def demo(store):
    seed_demo_complaints(store)
    return store.complaints.load()


def test_nothing_stored_is_the_empty_view():
    v = complaints_view(pd.DataFrame(), pd.DataFrame(), False, "th")
    assert isinstance(v, ComplaintsView) and v.empty and v.metrics == () and v.fiscal_year is None


def test_demo_headline_figures_and_note(demo):
    v = complaints_view(*demo, "en")
    assert not v.empty and v.has_demo and v.fiscal_year == 2568
    assert v.demo_suffix == " — Demo data"
    assert v.note == ("Data up to 31 May 2025 · " + t("cmpl.partial", "en", year=2568, days=243, full=365))
    assert [(m.label, m.value) for m in v.metrics] == [
        ("Received, FY2568", "346"), ("Finished", "322"), ("In progress", "24"), ("Handled within 15 days", "88.6%")]
    assert v.metrics[3].delta == "95% CI: 84.7%–91.5%" and v.metrics[0].delta is None


def test_demo_targets_table_in_thai(demo):
    v = complaints_view(*demo, "th")
    assert list(v.targets.columns) == [t("cmpl.target"), t("cmpl.figure", year=2568), t("cmpl.status")]
    rows = v.targets.to_dict("records")
    assert [r[t("cmpl.target")] for r in rows] == [t(c) for c in ("cmpl.t_corruption", "cmpl.t_15days",
                                                                   "cmpl.t_public", "cmpl.t_bribery")]
    assert [r[t("cmpl.status")] for r in rows] == ["✔ " + t("cmpl.met"), "✖ " + t("cmpl.not_met"),
                                                   "✔ " + t("cmpl.met"), "✔ " + t("cmpl.met")]
    figures = [r[t("cmpl.figure", year=2568)] for r in rows]
    assert figures[0] == t("cmpl.t_corruption_fig", n=9, prev=26, change="-48%", verdict=t("cmpl.verdict_unclear"))
    assert figures[1] == t("cmpl.t_15days_fig", share="88.6%", late="38")
    assert figures[3] == t("cmpl.t_bribery_fig", n=0)


def test_demo_year_over_year_trends_and_public_table(demo):
    v = complaints_view(*demo, "en")
    first = v.yoy.iloc[0].to_dict()
    assert first == {"What": "All complaints", "Fiscal year": 2568, "This year (days)": "346 (243)",
                     "Previous (days)": "530 (366)", "Change (rate per day)": "-1.7%", "p-value": "0.836",
                     "Verdict": "not conclusive yet"}
    assert set(v.yoy["What"]) == {"All complaints", "Corruption/misconduct"}       # both groups, latest year first
    assert v.has_groups and len(v.trends) == 2
    assert v.trends[1].text.startswith("Corruption/misconduct: Theil–Sen slope -3.3 per year")
    assert v.trends[1].text.endswith("significantly lower") and v.trends[1].few_years is None
    assert v.public.columns[0] == "Fiscal year"
    assert v.public.iloc[0, :4].tolist() == [2568, 346, 322, 24]
    assert v.public_file_name == "complaint-statistics-2568.xlsx" and v.public_xlsx[:2] == b"PK"


def test_demo_per_complaint_detail(demo):
    v = complaints_view(*demo, "en")
    assert v.has_records and set(v.breakdowns) == {"channel", "category", "unit"}
    assert int(v.breakdowns["channel"]["received"].sum()) == 346                # the latest year, every channel
    assert v.open_by_age["label"].tolist()[0] == "0–15 days"
    assert v.months["received"].sum() == v.years["received"].sum()


@pytest.mark.parametrize("target, expected", [
    (Target("corruption_lower", "unknown", {"comparison": None}), "-"),
    (Target("within_15_days", "unknown", {}), "-"),
    (Target("no_bribery", "unknown", {}), "-"),
    (Target("no_bribery", "not_met", {"n": 2}), "2 complaints"),
    (Target("public_statistics", "met", {}), "The statistics table below, downloadable as .xlsx"),
])
def test_target_figure_when_the_data_cannot_tell(target, expected):
    assert target_figure(target, "en") == expected
