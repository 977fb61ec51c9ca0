"""analysis.plan.views: the action-plan and measures screens' views on the demo workspace (the Finance Office's
plan), the links a save stores, the roll-up table and the unit-year scope."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.common import t
from analysis.ita import score
from analysis.plan import (
    INDICATORS,
    MeasureLinks,
    link_changes,
    load_rules,
    measures_view,
    plan_view,
    rollup_table,
    scope_view,
)
from analysis.store import seed_demo


@pytest.fixture
def demo(store):
    seed_demo(store)
    scores = store.datasets.load_scores()
    results = score(scores, store.datasets.load_published())
    records = store.measures.list_all()
    return store, scores, results, records


def test_scope_lists_years_newest_first_with_their_units(demo):
    _, _, results, _ = demo
    v = scope_view(results)
    assert v.years == [2569, 2568, 2567, 2566, 2565]
    assert len(v.units[2568]) == 72 and v.units[2568] == sorted(v.units[2568])
    assert scope_view(results.iloc[0:0]).years == []


def test_plan_view_lists_the_measures_with_their_links(demo):
    store, scores, _, records = demo
    v = plan_view(records, store.measures.manual_links([r.id for r in records]), load_rules(), scores,
                  "สำนักการคลัง", None, "en")
    assert not v.empty and len(v.table) == 10
    assert v.table.iloc[4].to_dict() == {
        "Code": "2.2.2 (2)", "Measure": "มาตรการ NO Gift Policy", "Dimension": "2. การบริหารราชการด้วยความโปร่งใส",
        "Budget": "ไม่ใช้งบประมาณ", "Responsible": "สก.สนค. (จธก.)", "ITA indicators": "1, 10",
        "OIT items": "O20, O26", "Status": "Done"}
    rec = records[4]
    assert v.labels[rec.id] == "2.2.2 (2) มาตรการ NO Gift Policy"
    assert v.links[rec.id] == MeasureLinks((1, 10), ("O20", "O26"), (1, 10), ("O20", "O26"))
    assert v.indicator_labels[1] == "1 Performance of duty" and v.oit_options[:3] == ("O1", "O3", "O4")
    assert v.coverage_state == "none" and v.coverage_text == t("plan.coverage_none", "en", unit="สำนักการคลัง",
                                                                year=None)


def test_plan_view_coverage_of_a_weak_unit(demo):
    _, scores, results, records = demo
    year = 2568
    unit = results[results["fiscal_year"] == year].sort_values("total")["unit"].iloc[0]   # the lowest total
    v = plan_view(records, {}, load_rules(), scores, unit, year, "th")
    assert v.coverage_state in ("gaps", "no_gaps") and len(v.coverage) > 0
    gaps = v.coverage.loc[v.coverage[t("plan.col_gap")], t("plan.col_indicators")]
    expected = t("plan.gaps", list=", ".join(gaps)) if len(gaps) else t("plan.no_gaps")
    assert v.coverage_text == expected
    assert (v.coverage[t("plan.col_score")] < 85).all()


def test_plan_view_without_measures_or_scores():
    assert plan_view([], {}, [], pd.DataFrame(), None, None).empty


@pytest.mark.parametrize("indicators, oit, expected", [
    ([1, 10], ["O20", "O26"], []),                                            # as the rules say: nothing stored
    ([1], ["O20", "O26"], [("indicator", 10, False)]),                        # a rule link switched off
    ([1, 10, 3], ["O20", "O26", "O1"], [("indicator", 3, True), ("oit", "O1", True)]),   # added by hand
])
def test_link_changes_store_only_what_differs_from_the_rules(indicators, oit, expected):
    links = MeasureLinks((1, 10), ("O20", "O26"), (1, 10), ("O20", "O26"))
    changes = link_changes(links, ("O1", "O20", "O26"), indicators, oit)
    assert len(changes) == len(INDICATORS) + 3                                 # every target, None clears it
    assert [c for c in changes if c[2] is not None] == expected


def test_measures_view_and_rollup(demo):
    store, scores, results, records = demo
    v = measures_view(records, {}, load_rules(), scores, "สำนักการคลัง", None, "en")
    assert v.weak == {} and v.report_year == v.framework.fiscal_year and v.font == "TH Sarabun New"
    assert len(v.templates) == 8 and v.labels[records[4].id] == "2.2.2 (2) มาตรการ NO Gift Policy"
    unit = results[results["fiscal_year"] == 2568].sort_values("total")["unit"].iloc[0]
    weak = measures_view(records, {}, load_rules(), scores, unit, 2568, "en").weak
    assert list(weak)[0] == 10 and weak[10].label == "Indicator 10 Corruption prevention (65.97)"
    assert all(w.score < 85 for w in weak.values())
    roll = rollup_table(records, [], "en")
    assert roll.columns.tolist() == ["Dimension", "Measures", "Done", "In progress", "Mean percent",
                                     "Budget planned (baht)", "Budget spent (baht)"]
    assert roll["Measures"].tolist() == [3, 5, 1, 1] and roll["Done"].tolist() == [1, 2, 0, 0]
