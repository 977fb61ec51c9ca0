"""Link rules kept as data: matching, manual overrides, OIT item meanings, broken rule files, coverage gaps."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.ita.framework import for_year
from analysis.plan import links as lk


@pytest.fixture(scope="module")
def rules():
    return lk.load_rules()


@pytest.mark.parametrize("measure, indicators", [
    ({"title": "มาตรการ NO Gift Policy"}, [1, 10]),
    ({"title": "มาตรการออกคำสั่งมอบหมายงาน"}, [3, 8]),
    ({"title": "กิจกรรม อบรม เรื่อง ผลประโยชน์ ทับซ้อน"}, [1, 4, 10]),     # spaces inside Thai words ignored
    ({"title": "ปลูกต้นไม้"}, []),
    ({"title": "x", "outcomes": "เรื่องร้องเรียนลดลง"}, []),           # complaints rule reads title/mission only
])
def test_rule_links(rules, measure, indicators):
    assert lk.rule_links(measure, rules)[0] == indicators


def test_oit_meanings_follow_the_year(rules):
    _, meanings, _ = lk.rule_links({"title": "มาตรการ No Gift Policy"}, rules)
    assert lk.oit_codes(meanings, for_year(2568)) == ["O21", "O22"]


@pytest.mark.parametrize("rule_targets, manual, expected", [
    ([1, 10], {}, [1, 10]),
    ([1, 10], {10: False}, [1]),          # manual removal overrides the rule
    ([1], {3: True}, [1, 3]),             # manual addition
    ([], {3: False}, []),
])
def test_manual_overrides(rule_targets, manual, expected):
    assert lk.effective(rule_targets, manual) == expected


@pytest.mark.parametrize("data, fragment", [
    ({"rules": [{"name": "x", "keywords": ["a"], "indicators": [11]}]}, "1–10"),
    ({"rules": [{"name": "x", "indicators": [1]}]}, "keywords"),
    ({"rules": [{"name": "x", "patterns": ["("], "indicators": [1]}]}, "regular"),
])
def test_broken_rules_named(data, fragment):
    with pytest.raises(lk.RulesError, match=fragment) as info:
        lk.parse_rules(data, "link_rules.toml")
    assert "[[rules]] #1 (x)" in str(info.value)


def test_coverage_gaps():
    lost = pd.DataFrame({"indicator": [1, 9, 10], "name_th": ["a", "b", "c"], "name_en": ["a", "b", "c"],
                         "score": [90.0, 70.0, 80.0], "points_lost": [0.6, 6.0, 4.0]})
    out = lk.coverage(lost, {7: [9], 8: [1]}, {7: "M7", 8: "M8"})
    assert out["indicator"].tolist() == [9, 10]           # weak only (score < 85), most points lost first
    assert out["measures"].tolist() == [["M7"], []]
    assert out["gap"].tolist() == [False, True]
