"""analysis/ita/planner.py: hand-checked least-effort plans, unreachable targets with their reason, gates, items (milp)."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis.ita import planner
from analysis.ita.framework import for_year
from analysis.ita.scoring import score

FW68, FW64, FW65 = for_year(2568), for_year(2564), for_year(2565)
AT_83 = {1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 75, 10: 70}     # 27 + 27 + 15 + 14 = 83.00
EIT_LOW = {1: 95, 2: 95, 3: 95, 4: 95, 5: 95, 6: 82, 7: 80, 8: 78, 9: 95, 10: 95}   # total 90.50, EIT 80 → ผ่าน
NO_YEARLY_LIMIT = {k: 100 for k in range(1, 11)}     # per_year: any indicator may rise to its cap in one year


def _rescored(fw, before, plan):
    after = dict(before) | {c["indicator"]: c["to"] for c in plan.changes}
    frame = pd.DataFrame({"unit": "u", "unit_type": "", "fiscal_year": fw.fiscal_year,
                          "indicator": list(after), "score": list(after.values())})
    return score(frame, None, {fw.fiscal_year: fw}).iloc[0], after


def test_unit_at_83_cheapest_fix_is_oit():
    """+2 total points: OIT costs 1/0.2 = 5 per total point, IIT 2/0.06 = 33, EIT 4/0.1 = 40; the lower OIT
    indicator (10) takes it: 70 + 1.995/0.2 = 79.975 → 79.98 (rounded up), total 84.996 → 85.00."""
    p = planner.plan(AT_83, FW68)
    assert p.feasible and p.reason_text("th") is None and p.method == "linprog"
    assert p.total_before == 83.0
    assert p.changes == [{"indicator": 10, "from": 70.0, "to": 79.98}]
    assert p.total_after == 85.0 and p.tools_after == {"IIT": 90.0, "EIT": 90.0, "OIT": 77.49}
    assert p.effort == pytest.approx(9.98)
    row, after = _rescored(FW68, AT_83, p)
    raw = sum(FW68.weights[k] * v for k, v in after.items()) / 100
    assert raw < 85 and row["total"] == 85.0 and bool(row["passed"]), "reaches 85 only after half-up rounding"


def test_effort_is_editable_and_changes_the_plan():
    """OIT made dear (50 per point = 250 per total point): IIT (33 per total point) is cheapest now; ties go to
    the lowest-scored indicator, all IIT are 90, so one IIT indicator rises by 1.995 / 0.06 = 33.25 → capped at
    100 (+10 = 0.6), the next by the rest."""
    effort = {9: 50, 10: 50}
    p = planner.plan(AT_83, FW68, effort=effort)
    assert p.feasible and {c["indicator"] for c in p.changes} <= {1, 2, 3, 4, 5}
    assert all(c["to"] <= 100 for c in p.changes)
    assert p.total_after == 85.0


def test_unreachable_target_names_the_caps():
    p = planner.plan({k: 70 for k in range(1, 11)}, FW68, caps={k: 80 for k in range(1, 11)}, per_year=NO_YEARLY_LIMIT)
    assert not p.feasible and p.changes == []
    assert p.reason_text("th") == ("ไปไม่ถึง ผ่าน (85): แม้ทุกตัวชี้วัดขึ้นถึงเพดาน (คะแนนสูงสุดหรือที่เพิ่มได้ต่อปี) "
                                   "คะแนนรวมได้สูงสุด 80.00 ต่ำกว่า 85 — เพดานตัวชี้วัดที่ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 = 80")
    assert p.reason_text("en") == ("pass (85) is out of reach: with every indicator at its cap (highest score or most "
                                   "gain per year) the total is at most 80.00, below 85 — indicator 1, 2, 3, 4, 5, 6, "
                                   "7, 8, 9, 10 capped at 80")
    assert p.total_after == 70.0, "nothing changes: the scores after are the scores now"


def test_a_score_above_its_cap_never_goes_down():
    caps = {k: 80 for k in range(1, 11)}
    p = planner.plan({**{k: 70 for k in range(1, 10)}, 10: 90}, FW68, caps=caps)
    assert not p.feasible
    assert "ตัวชี้วัดที่ 10 คงที่ 90.00 (เพดาน 80 และคะแนนไม่ลดลง)" in p.reason_text("th")
    assert "indicator 10 stays at 90.00 (cap 80; scores never go down)" in p.reason_text("en")


def test_band_gate_raises_eit_even_though_total_passes():
    """ผ่านดี needs every tool ≥ 85: EIT 80 must reach 84.995 (+14.985 EIT indicator points); the lowest EIT
    indicator (8, 78) takes its most gain per year (+8 → 86), the next lowest (7, 80) the rest: 80 + 6.985 → 86.99;
    EIT (82 + 86.99 + 86) / 3 = 84.997 → 85.00."""
    p = planner.plan(EIT_LOW, FW68, "ผ่านดี")
    assert p.feasible
    assert p.total_before == 90.5 and p.level_after == "ผ่านดี"
    assert p.changes == [{"indicator": 7, "from": 80.0, "to": 86.99}, {"indicator": 8, "from": 78.0, "to": 86.0}]
    assert p.why[8]["limit"] == "per_year" and p.why[7]["limit"] is None
    assert p.tools_after == {"IIT": 95.0, "EIT": 85.0, "OIT": 95.0}
    row, _ = _rescored(FW68, EIT_LOW, p)
    assert row["level"] == "ผ่านดี"


def test_gate_is_read_from_the_framework_not_hard_coded():
    bands = tuple(dataclasses.replace(b, tool_gate=90.0) if b.label == "ผ่านดี" else b for b in FW68.bands)
    fw = dataclasses.replace(FW68, bands=bands)
    p = planner.plan(EIT_LOW, fw, "ผ่านดี", per_year=NO_YEARLY_LIMIT)
    assert p.feasible and p.tools_after["EIT"] == 90.0


def test_unreachable_gate_names_the_tool_and_its_caps():
    p = planner.plan(EIT_LOW, FW68, "ผ่านดี", caps={6: 84, 7: 84, 8: 84})
    assert not p.feasible
    assert p.reason_text("th") == ("ผ่านดี ต้องให้ EIT ≥ 85 ทุกเครื่องมือ แต่ EIT ได้สูงสุด 84.00 — "
                           "เพดานตัวชี้วัดที่ 6, 7, 8 = 84")
    assert p.reason_text("en") == "Pass, good needs every tool ≥ 85, but EIT reaches at most 84.00 — indicator 6, 7, 8 capped at 84"


def _items(n9_present: int, n10_present: int) -> dict[str, bool]:
    pts = planner.item_points(FW64)
    i9 = [c for c, (k, _) in pts.items() if k == 9]
    i10 = [c for c, (k, _) in pts.items() if k == 10]
    return {c: n < n9_present for n, c in enumerate(i9)} | {c: n < n10_present for n, c in enumerate(i10)}


S64 = {1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 81.82, 10: 60}   # 27/33 and 6/10 items: 82.36


def test_item_points_come_from_the_framework_item_count():
    pts = planner.item_points(FW64)
    assert len(pts) == 43
    assert pts["O1"] == (9, pytest.approx(100 / 33)) and pts["O43"] == (10, pytest.approx(10.0))


def test_milp_publishes_the_cheapest_missing_items():
    """IIT/EIT capped at their scores: need 2.64 − 0.005 total points. An indicator-9 item adds 0.2 × 100/33 =
    0.606 (effort 3.03), an indicator-10 item 2.0 (effort 10): 5 × 0.606 = 3.03 (effort 15.15) beats
    2 × 2.0 (20) and 1 + 2 (16.06); 1 + 1 = 2.61 is too little."""
    caps = {k: S64[k] for k in range(1, 9)}
    p = planner.plan(S64, FW64, oit_items=_items(27, 6), caps=caps)
    assert p.feasible and p.method == "milp"
    assert [i["indicator"] for i in p.items] == [9] * 5
    assert p.effort == pytest.approx(5 * 100 / 33, abs=1e-3)
    assert p.changes == [{"indicator": 9, "from": 81.82, "to": 96.98}]       # 81.82 + 15.15 → 96.98 (up)
    assert p.total_after == 85.4
    row, _ = _rescored(FW64, S64, p)
    assert row["total"] == 85.4 and bool(row["passed"])


def test_milp_mixes_items_with_continuous_scores_when_cheaper():
    """Without caps: one item of each (2.61, effort 13.03) plus 0.025 total points of IIT (0.42 of one IIT
    indicator, effort 0.84) = 13.87 < 15.15."""
    p = planner.plan(S64, FW64, oit_items=_items(27, 6))
    assert sorted(i["indicator"] for i in p.items) == [9, 10]
    assert p.effort == pytest.approx(13.87, abs=0.01)
    assert p.total_after == 85.0


def test_milp_unreachable_names_the_items():
    """All indicator-9 items present, one indicator-10 item missing (+10): OIT at most (81.82 + 70) / 2."""
    caps = {k: S64[k] for k in range(1, 9)}
    p = planner.plan(S64, FW64, oit_items=_items(33, 9), caps=caps)
    assert not p.feasible
    assert p.reason_text("th") == ("ไปไม่ถึง ผ่าน (85): แม้ทุกตัวชี้วัดขึ้นถึงเพดาน (คะแนนสูงสุดหรือที่เพิ่มได้ต่อปี) "
                           "คะแนนรวมได้สูงสุด 84.36 ต่ำกว่า 85 — "
                           "เพดานตัวชี้วัดที่ 1, 2, 3, 4, 5, 6, 7, 8 = 90; "
                           "ตัวชี้วัดที่ 9 ได้สูงสุด 81.82 แม้เผยแพร่ข้อ OIT ที่ขาดครบทุกข้อ; "
                           "ตัวชี้วัดที่ 10 ได้สูงสุด 70.00 แม้เผยแพร่ข้อ OIT ที่ขาดครบทุกข้อ")
    assert "even with every missing OIT item published" in p.reason_text("en")


CASES = [(AT_83, FW68, "pass", None), (AT_83, FW68, "ผ่านดี", None), (AT_83, FW68, "ผ่านดีเยี่ยม", NO_YEARLY_LIMIT),
         (EIT_LOW, FW68, "ผ่านดี", None), (EIT_LOW, FW68, "ผ่านดีเยี่ยม", NO_YEARLY_LIMIT), (AT_83, FW65, "pass", None),
         (AT_83, FW65, "AA", None), ({k: 84.99 for k in range(1, 11)}, FW68, "pass", None),
         ({k: 60.0 for k in range(1, 11)}, FW68, "ผ่านดีเยี่ยม", NO_YEARLY_LIMIT),
         ({k: 88.0 for k in range(1, 11)}, FW68, "ผ่านดีเยี่ยม", None)]


@pytest.mark.parametrize("scores, fw, target, per_year", CASES)
def test_every_plan_re_scored_reaches_the_band(scores, fw, target, per_year):
    p = planner.plan(scores, fw, target, per_year=per_year)
    assert p.feasible
    row, after = _rescored(fw, scores, p)
    assert row["total"] == p.total_after
    t = planner.resolve_target(fw, target)
    assert row["total"] >= t.min_total
    if t.rank is not None:
        labels = fw.labels
        assert labels.index(row["level"]) <= t.rank
    assert all(after[k] >= scores[k] and after[k] <= 100 for k in scores)


def test_already_there_needs_nothing():
    p = planner.plan({k: 90 for k in range(1, 11)}, FW68, "ผ่านดี")
    assert p.feasible and p.changes == [] and p.effort == 0 and p.total_after == 90.0


@pytest.mark.parametrize("scores, fw, target, th, en", [
    ({k: 90 for k in range(1, 10)}, FW68, "pass", "ไม่มีคะแนนตัวชี้วัดที่ 10", "no score for indicator(s) 10"),
    (AT_83, FW65, "ผ่านดี", "ปีงบประมาณ 2565 ไม่มีเป้าหมาย ผ่านดี (เลือกได้: pass, AA)",
     "FY2565 has no target ผ่านดี (choose one of: pass, AA)"),
])
def test_cannot_plan_says_why(scores, fw, target, th, en):
    p = planner.plan(scores, fw, target)
    assert not p.feasible and th in p.reason_text("th") and en in p.reason_text("en")


def test_targets_and_defaults_come_from_data():
    assert planner.targets(FW68) == ["pass", "ผ่านดี", "ผ่านดีเยี่ยม"]
    assert planner.targets(FW65) == ["pass", "AA"]
    d = planner.default_settings(FW68, AT_83).set_index("indicator")
    effort = d.groupby("tool")["effort"].first()
    assert effort["OIT"] < effort["IIT"] < effort["EIT"]
    assert (d["cap"] == 100).all() and d.loc[10, "score"] == 70
    per_year = d.groupby("tool")["per_year"].first()
    assert per_year["OIT"] > per_year["IIT"] >= per_year["EIT"] > 0, "perceptions change slower than publishing"


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        planner.plan(AT_83, FW68, effort={1: -1})
    with pytest.raises(ValueError):
        planner.plan(AT_83, FW68, caps={1: 120})
    with pytest.raises(ValueError):
        planner.plan(AT_83, FW68, per_year={10: -5})


# ------------------------------------------------------------------ the most an indicator can gain in one year
@pytest.mark.parametrize("scores, target, per_year, caps, changes, limits", [
    # OIT may gain only 5 a year: indicator 10 (70, the lower) +5, indicator 9 the rest: 75 + 4.975 → 79.98
    (AT_83, "pass", {9: 5, 10: 5}, None, [(9, 75.0, 79.98), (10, 70.0, 75.0)], {9: None, 10: "per_year"}),
    # the defaults (OIT 20 a year) do not bind: one indicator, +9.98
    (AT_83, "pass", None, None, [(10, 70.0, 79.98)], {10: None}),
    # EIT 8 a year (the default) spreads the gate's +14.985 over two EIT indicators
    (EIT_LOW, "ผ่านดี", None, None, [(7, 80.0, 86.99), (8, 78.0, 86.0)], {7: None, 8: "per_year"}),
    # a cap below score + yearly gain is the one reached: 10 → 78.5 (+1.7 total), 9 the rest: 75 + 1.475 → 76.48
    (AT_83, "pass", None, {10: 78.5}, [(9, 75.0, 76.48), (10, 70.0, 78.5)], {9: None, 10: "cap"}),
])
def test_the_yearly_gain_binds_and_the_plan_says_why(scores, target, per_year, caps, changes, limits):
    p = planner.plan(scores, FW68, target, caps=caps, per_year=per_year)
    assert p.feasible
    assert [(c["indicator"], c["from"], c["to"]) for c in p.changes] == changes
    gains = planner.load_defaults()["gain_per_year"]
    for c in p.changes:
        allowed = (per_year or {}).get(c["indicator"], gains[FW68.indicator(c["indicator"]).tool])
        assert c["to"] - c["from"] <= allowed + 1e-9, "no indicator rises more than it can in a year"
        w = FW68.indicator(c["indicator"]).weight
        assert p.why[c["indicator"]]["per_total_point"] == pytest.approx(
            planner.load_defaults()["effort_per_point"][FW68.indicator(c["indicator"]).tool] * 100 / w)
    assert {k: v["limit"] for k, v in p.why.items()} == limits


def test_unreachable_because_of_the_yearly_gains_names_them():
    """All at 60: IIT can reach 70, EIT 68, OIT 80 in a year: total 0.3 × 70 + 0.3 × 68 + 0.4 × 80 = 73.40."""
    p = planner.plan({k: 60 for k in range(1, 11)}, FW68, "pass")
    assert not p.feasible and p.changes == []
    assert p.reason_text("th") == (
        "ไปไม่ถึง ผ่าน (85): แม้ทุกตัวชี้วัดขึ้นถึงเพดาน (คะแนนสูงสุดหรือที่เพิ่มได้ต่อปี) คะแนนรวมได้สูงสุด 73.40 "
        "ต่ำกว่า 85 — ตัวชี้วัดที่ 1, 2, 3, 4, 5 เพิ่มได้ไม่เกิน 10 คะแนนต่อปี; ตัวชี้วัดที่ 6, 7, 8 เพิ่มได้ไม่เกิน 8 "
        "คะแนนต่อปี; ตัวชี้วัดที่ 9, 10 เพิ่มได้ไม่เกิน 20 คะแนนต่อปี")
    assert p.reason_text("en").endswith("— indicator 1, 2, 3, 4, 5 gains at most 10 points a year; indicator 6, 7, 8 "
                                        "gains at most 8 points a year; indicator 9, 10 gains at most 20 points a year")


def test_a_gate_out_of_reach_by_the_yearly_gain_names_the_tool_and_the_gain():
    p = planner.plan(EIT_LOW, FW68, "ผ่านดี", per_year={6: 1, 7: 1, 8: 1})
    assert not p.feasible
    assert p.reason_text("en") == ("Pass, good needs every tool ≥ 85, but EIT reaches at most 81.00 — "
                                   "indicator 6, 7, 8 gains at most 1 points a year")


@pytest.mark.parametrize("old, new, named", [
    ("IIT = 10.0", "IIT = 0.0", "gain_per_year] IIT"),
    ("OIT = 20.0", "OIT = 150.0", "gain_per_year] OIT"),
    ("EIT = 8.0", 'EIT = "slow"', "gain_per_year] EIT"),
    ("EIT = 8.0\n", "", "gain_per_year] EIT"),
    ("default = 100.0", "default = 120.0", "[cap] default"),
    ("EIT = 4.0", "EIT = -1.0", "[effort_per_point] EIT"),
])
def test_defaults_file_is_validated(tmp_path, old, new, named):
    text = planner.DEFAULTS_FILE.read_text(encoding="utf-8")
    gains_at = text.index("[gain_per_year]")
    head, tail = (text[:gains_at], text[gains_at:]) if "gain_per_year" in named else (text, "")
    if tail:
        assert old in tail
        tail = tail.replace(old, new, 1)
    else:
        assert old in head
        head = head.replace(old, new, 1)
    bad = tmp_path / "planner_defaults.toml"
    bad.write_text(head + tail, encoding="utf-8")
    with pytest.raises(ValueError, match=named.replace("[", r"\[").replace("]", r"\]")):
        planner.load_defaults(bad)
    assert planner.load_defaults()["gain_per_year"], "the shipped defaults are valid"
