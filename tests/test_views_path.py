"""The path-to-85 view and plan (analysis/ita/views/path.py) on the demo."""
import pytest

from analysis.ita import demo_items_file, for_year, ingest_items_bytes, path_plan, path_view, planner

UNIT = "สำนักงานเขตบางแค"          # demo FY2568: 81.29, OIT 68.69


def test_cheapest_plan_to_pass(demo):
    v = path_view(demo.scores, demo.results, 2568, UNIT)
    assert (v.year, v.unit) == (2568, UNIT) and list(v.targets)[0] == "pass"
    assert v.targets["pass"].kind == "pass" and v.targets["pass"].mark == "85"
    assert list(v.settings.columns) == ["indicator", "name_th", "tool", "score", "effort", "per_year", "cap"]
    p = path_plan(v, "pass", v.settings)
    expected = planner.plan(v.scores, for_year(2568), "pass")
    assert p.result.total_before == pytest.approx(81.29) and p.result.total_after == pytest.approx(85.0)
    assert p.result.changes == expected.changes
    assert list(p.changes["indicator"]) == [10]      # cheapest: OIT indicator 10
    assert p.changes["gain"].iloc[0] == pytest.approx(p.changes["to"].iloc[0] - p.changes["from"].iloc[0])


def test_chart_bars_before_and_after(demo):
    v = path_view(demo.scores, demo.results, 2568, UNIT)
    p = path_plan(v, "pass", v.settings)
    bars = p.chart
    assert bars.categories == (*[str(k) for k in range(1, 11)], "IIT", "EIT", "OIT", "total")
    assert bars.before[-1] == p.result.total_before and bars.after[-1] == p.result.total_after
    assert bars.after[9] == p.result.changes[0]["to"] and bars.before[9] == v.scores[10]


def test_band_target_and_its_words(demo):
    v = path_view(demo.scores, demo.results, 2568, UNIT)
    band = v.targets["ผ่านดี"]
    assert band.kind == "band" and band.gate != ""
    assert path_plan(v, "ผ่านดี", v.settings).result.level_after == "ผ่านดี"


def test_edited_caps_make_it_unreachable_with_a_reason(demo):
    v = path_view(demo.scores, demo.results, 2568, UNIT, lang="en")
    p = path_plan(v, "pass", v.settings.assign(cap=70.0), lang="en")
    assert not p.result.feasible and p.reason == p.result.reason_text("en") and p.changes.empty


def test_item_file_presence_lets_the_plan_publish_oit_items(demo):
    name, data = demo_items_file()
    items = ingest_items_bytes(data, name).items
    v = path_view(demo.scores, demo.results, 2568, UNIT, items=items)
    assert v.presence and not all(v.presence.values())
    p = path_plan(v, "pass", v.settings, use_items=True)
    assert list(p.items.columns) == ["code", "name_th", "indicator", "points"]


def test_no_scores(demo):
    assert path_view(demo.scores.iloc[0:0], demo.results).years == []


def test_no_demo_unit_gains_more_than_a_year_allows_and_each_change_says_why(demo):
    """The planner spreads effort: on every FY2568 demo unit and target no indicator rises past its yearly gain."""
    fw, gains = for_year(2568), planner.load_defaults()["gain_per_year"]
    for unit in sorted(demo.scores.loc[demo.scores["fiscal_year"] == 2568, "unit"].unique())[:20]:
        v = path_view(demo.scores, demo.results, 2568, unit, lang="en")
        for target in v.targets:
            p = path_plan(v, target, v.settings, lang="en")
            for _, c in p.changes.iterrows():
                assert c["gain"] <= gains[fw.indicator(c["indicator"]).tool] + 1e-9, (unit, target, c.to_dict())
                assert c["why"].startswith("effort ") and "per total point" in c["why"]
