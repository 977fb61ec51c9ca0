"""Scoring: worked examples, edges, per-tool gates, undecidable bands, bases, points lost."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.ita.scoring import POINTS_COLUMNS, RESULT_COLUMNS, points_lost, round2, score, wide_indicators

NAN = float("nan")


def indicators(unit: str, year: int, values, unit_type: str = "อื่น ๆ") -> pd.DataFrame:
    """Long `scores` rows for indicators 1..len(values); None = not given."""
    return pd.DataFrame([{"unit": unit, "unit_type": unit_type, "fiscal_year": year, "indicator": k, "score": v}
                         for k, v in enumerate(values, start=1) if v is not None])


def published(*rows: dict) -> pd.DataFrame:
    """`published` rows; missing keys are NaN / None."""
    base = {"unit_type": "อื่น ๆ", "iit": NAN, "eit": NAN, "oit": NAN, "total": NAN, "level": None}
    return pd.DataFrame([{**base, **r} for r in rows])


NO_SCORES = pd.DataFrame({"unit": [], "unit_type": [], "fiscal_year": [], "indicator": [], "score": []})


def one(scores=None, pub=None) -> dict:
    """The single scored row of a one-unit-year input, as a dict."""
    out = score(NO_SCORES if scores is None else scores, pub)
    assert len(out) == 1
    return out.iloc[0].to_dict()


# ----------------------------------------------------------------------------- worked examples (ITA.md)
@pytest.mark.parametrize("unit, year, values, total, level, iit, eit, oit", [
    ("ตราด", 2564, [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56], 81.45, "B", 89.95, 89.27, 69.23),
    ("ตราด", 2563, [92.57, 86.13, 90.08, 85.98, 88.04, 83.67, 82.11, 79.29, 69.94, 52.78], 75.62, "B", 88.56, 81.69, 61.36),
    ("จันทบุรี", 2564, [92.84, 86.27, 89.21, 84.70, 87.51, 90.03, 87.99, 85.97, 75.39, 65.39], 80.99, "B", 88.11, 88.00, 70.39),
])
def test_worked_examples_reproduce_published_totals(unit, year, values, total, level, iit, eit, oit):
    r = one(indicators(unit, year, values))
    assert r["total"] == pytest.approx(total, abs=0.01)
    assert (r["level"], r["basis"], r["n_indicators"], r["passed"]) == (level, "indicators", 10, False)
    assert (r["iit"], r["eit"], r["oit"]) == pytest.approx((iit, eit, oit), abs=0.005)
    assert r["iit_points"] + r["eit_points"] + r["oit_points"] == pytest.approx(total, abs=0.02)
    assert r["gap_to_85"] == pytest.approx(85 - total, abs=0.005)
    assert f"คะแนนรวม {total:.2f} ≥ 75 แต่ต่ำกว่า 85" in r["level_note"]


def test_recomputed_total_wins_over_a_different_published_total():
    values = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]
    r = one(indicators("ตราด", 2564, values), published({"unit": "ตราด", "fiscal_year": 2564, "total": 79.00}))
    assert (r["total"], r["basis"]) == (81.45, "indicators")


# ----------------------------------------------------------------------------- rounding and edges
@pytest.mark.parametrize("value, expected", [
    (84.995, 85.00), (84.99, 84.99), (94.994, 94.99), (94.995, 95.00), (69.225, 69.23), (85.0, 85.0), (0.005, 0.01),
])
def test_round2_is_half_up_without_float_artefacts(value, expected):
    assert round2(value) == expected


def test_round2_keeps_nan_and_series_shape():
    out = round2(pd.Series([84.995, NAN], index=[5, 6], name="total"))
    assert out.index.tolist() == [5, 6] and out.name == "total"
    assert out.iloc[0] == 85.0 and math.isnan(out.iloc[1])


@pytest.mark.parametrize("year, value, level, passed, gap", [
    (2565, 84.99, "B", False, 0.01),
    (2565, 85.00, "A", True, 0.0),
    (2565, 94.99, "A", True, 0.0),
    (2565, 95.00, "AA", True, 0.0),
    (2565, 49.99, "F", False, 35.01),
    (2567, 84.99, "ต้องปรับปรุง", False, 0.01),
    (2567, 85.00, "ผ่านดี", True, 0.0),
    (2567, 94.99, "ผ่านดี", True, 0.0),
    (2567, 95.00, "ผ่านดีเยี่ยม", True, 0.0),
    (2567, 70.00, "ต้องปรับปรุง", False, 15.0),
    (2567, 69.99, "ต้องปรับปรุงโดยด่วน", False, 15.01),
])
def test_edges_with_every_indicator_at_the_value(year, value, level, passed, gap):
    r = one(indicators("u", year, [value] * 10))
    assert (r["total"], r["level"], r["passed"], r["gap_to_85"]) == (value, level, passed, gap)


@pytest.mark.parametrize("year, level", [(2565, "A"), (2567, "ผ่าน")])
def test_total_of_84_995_is_published_as_85_00_and_passes(year, level):
    values = [85.0] * 10
    values[5] = 84.95                     # 85 − 10 × 0.05 / 100 = 84.995
    r = one(indicators("u", year, values))
    assert (r["total"], r["passed"], r["level"], r["eit"]) == (85.00, True, level, 84.98)


# ----------------------------------------------------------------------------- per-tool gates
@pytest.mark.parametrize("year, tools, total, level, note_th, note_en", [
    (2568, (NAN, 82.10, NAN), 94.64, "ผ่าน",
     "คะแนนรวม 94.64 ถึงเกณฑ์ผ่านดี แต่ EIT 82.10 ต่ำกว่า 85 จึงได้ระดับผ่าน",
     "total 94.64 reaches ผ่านดี but EIT 82.10 is below 85, so the band is ผ่าน"),
    (2568, (98.97, 84.50, 99.00), NAN, "ผ่าน",
     "คะแนนรวม 94.64 ถึงเกณฑ์ผ่านดี แต่ EIT 84.50 ต่ำกว่า 85 จึงได้ระดับผ่าน",
     "total 94.64 reaches ผ่านดี but EIT 84.50 is below 85, so the band is ผ่าน"),
    (2566, (90.00, 98.70, 98.00), NAN, "ผ่านดี",
     "คะแนนรวม 95.81 ถึงเกณฑ์ผ่านดีเยี่ยม แต่ IIT 90.00 ต่ำกว่า 95 จึงได้ระดับผ่านดี",
     "total 95.81 reaches ผ่านดีเยี่ยม but IIT 90.00 is below 95, so the band is ผ่านดี"),
    (2566, (96.00, 80.00, 80.00), NAN, "ต้องปรับปรุง",
     "คะแนนรวม 84.80 ≥ 70 แต่ต่ำกว่า 85 จึงได้ระดับต้องปรับปรุง",
     "total 84.80 ≥ 70 but below 85, so the band is ต้องปรับปรุง"),
    (2567, (97.00, 80.00, 80.00), 93.00, "ผ่าน",
     "คะแนนรวม 85.10 ถึงเกณฑ์ผ่านดี แต่ EIT 80.00 และ OIT 80.00 ต่ำกว่า 85 จึงได้ระดับผ่าน",
     "total 85.10 reaches ผ่านดี but EIT 80.00 and OIT 80.00 are below 85, so the band is ผ่าน"),
    (2567, (86.00, 88.00, 87.50), NAN, "ผ่านดี",
     "คะแนนรวม 87.20 ≥ 85 และทุกเครื่องมือ ≥ 85 จึงได้ระดับผ่านดี",
     "total 87.20 ≥ 85 and every tool ≥ 85, so the band is ผ่านดี"),
    (2567, (96.00, 95.00, 99.00), NAN, "ผ่านดีเยี่ยม",
     "คะแนนรวม 96.90 ≥ 95 และทุกเครื่องมือ ≥ 95 จึงได้ระดับผ่านดีเยี่ยม",
     "total 96.90 ≥ 95 and every tool ≥ 95, so the band is ผ่านดีเยี่ยม"),
])
def test_per_tool_gates_are_explained_in_words(year, tools, total, level, note_th, note_en):
    iit, eit, oit = tools
    r = one(pub=published({"unit": "u", "fiscal_year": year, "iit": iit, "eit": eit, "oit": oit, "total": total}))
    assert (r["level"], r["level_note"], r["level_note_en"]) == (level, note_th, note_en)


# ----------------------------------------------------------------------------- what is known decides what we say
@pytest.mark.parametrize("year, total, level, note_th, note_en, passed", [
    (2568, 90.00, None, "ยังตัดสินระดับไม่ได้: ผ่าน หรือดีกว่า (ผ่าน/ผ่านดี) เพราะไม่มีคะแนนรายเครื่องมือ",
     "undetermined: ผ่าน or better (ผ่าน, ผ่านดี) — no tool scores", True),
    (2566, 96.00, None, "ยังตัดสินระดับไม่ได้: ผ่าน หรือดีกว่า (ผ่าน/ผ่านดี/ผ่านดีเยี่ยม) เพราะไม่มีคะแนนรายเครื่องมือ",
     "undetermined: ผ่าน or better (ผ่าน, ผ่านดี, ผ่านดีเยี่ยม) — no tool scores", True),
    (2567, 80.00, "ต้องปรับปรุง", "คะแนนรวม 80.00 ≥ 70 แต่ต่ำกว่า 85 จึงได้ระดับต้องปรับปรุง",
     "total 80.00 ≥ 70 but below 85, so the band is ต้องปรับปรุง", False),
    (2567, 62.50, "ต้องปรับปรุงโดยด่วน", "คะแนนรวม 62.50 ต่ำกว่า 70 จึงได้ระดับต้องปรับปรุงโดยด่วน",
     "total 62.50 is below 70, so the band is ต้องปรับปรุงโดยด่วน", False),
    (2565, 90.00, "A", "คะแนนรวม 90.00 ≥ 85 แต่ต่ำกว่า 95 จึงได้ระดับ A",
     "total 90.00 ≥ 85 but below 95, so the level is A", True),
])
def test_total_only(year, total, level, note_th, note_en, passed):
    r = one(pub=published({"unit": "u", "fiscal_year": year, "total": total}))
    assert (r["level"], r["level_note"], r["level_note_en"], r["passed"], r["basis"]) == \
        (level, note_th, note_en, passed, "total")


def test_total_with_one_tool_known_narrows_the_bands_and_names_what_is_missing():
    r = one(pub=published({"unit": "u", "fiscal_year": 2567, "iit": 90.0, "total": 96.0}))
    assert r["level"] is None
    assert r["level_note"] == "ยังตัดสินระดับไม่ได้: ผ่าน หรือดีกว่า (ผ่าน/ผ่านดี) เพราะไม่มีคะแนน EIT และ OIT"
    assert r["level_note_en"] == "undetermined: ผ่าน or better (ผ่าน, ผ่านดี) — no EIT or OIT scores"


def test_tools_only_basis_adds_tool_points():
    r = one(pub=published({"unit": "u", "fiscal_year": 2566, "iit": 90.0, "eit": 80.0, "oit": 85.0}))
    assert (r["basis"], r["total"], r["n_indicators"]) == ("tools", 85.0, 0)
    assert (r["iit_points"], r["eit_points"], r["oit_points"]) == (27.0, 24.0, 34.0)


def test_complete_tool_indicators_replace_that_published_tool_score():
    scores = indicators("u", 2566, [90, 90, 90, 90, 90, None, None, None, None, None])
    r = one(scores, published({"unit": "u", "fiscal_year": 2566, "iit": 50.0, "eit": 80.0, "oit": 85.0, "total": 1.0}))
    assert (r["basis"], r["iit"], r["total"], r["n_indicators"]) == ("tools", 90.0, 85.0, 5)


def test_weighted_point_tool_scores_arrive_converted_to_0_100():
    # a file printing IIT 28.04 of 30, EIT 27.00 of 30 and OIT 38.70 of 40: ingest hands over 0–100 scores
    r = one(pub=published({"unit": "u", "fiscal_year": 2567, "iit": 28.04 / 0.3, "eit": 90.0, "oit": 38.70 / 0.4}))
    assert (r["iit"], r["oit"]) == (93.47, 96.75)
    assert (r["iit_points"], r["eit_points"], r["oit_points"], r["total"]) == (28.04, 27.0, 38.7, 93.74)


def test_nothing_to_total_says_so():
    r = one(indicators("u", 2566, [90, 90, 90]))
    assert (r["level"], r["basis"], r["n_indicators"]) == (None, None, 3)
    assert math.isnan(r["total"]) and pd.isna(r["passed"]) and math.isnan(r["gap_to_85"])
    assert r["level_note"].startswith("ไม่มีคะแนนรวม") and r["level_note_en"].startswith("no total")


@pytest.mark.parametrize("total, note_en", [
    (91.0, "no framework file for FY2562 (data/frameworks/fy2562.toml) — total as published only; level not decided"),
    (NAN, "no framework file for FY2562 (data/frameworks/fy2562.toml) — total as published only; level not decided;"
          " the file gives no total"),
])
def test_year_without_framework_keeps_the_published_total_only(total, note_en):
    scores = indicators("u", 2562, [90] * 10)
    r = one(scores, published({"unit": "u", "fiscal_year": 2562, "total": total}))
    assert r["level"] is None and r["level_note_en"] == note_en
    assert "ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ 2562" in r["level_note"]
    assert (r["total"] == total) or (math.isnan(total) and math.isnan(r["total"]))
    assert r["n_indicators"] == 10


# ----------------------------------------------------------------------------- frames
def test_one_row_per_unit_year_from_both_inputs_without_touching_them():
    scores = pd.concat([indicators("สำนักงานเขตพระนคร", 2566, [90] * 10, "สำนักงานเขต"),
                        indicators("สำนักงานเขตพระนคร", 2567, [80] * 10, "สำนักงานเขต")], ignore_index=True)
    pub = published({"unit": "สำนักการคลัง", "unit_type": "หน่วยงานส่วนกลาง", "fiscal_year": 2567, "total": 88.0},
                    {"unit": "สำนักงานเขตพระนคร", "unit_type": "อื่น ๆ", "fiscal_year": 2567, "total": 70.0})
    before_s, before_p = scores.copy(), pub.copy()
    out = score(scores, pub)
    pd.testing.assert_frame_equal(scores, before_s)
    pd.testing.assert_frame_equal(pub, before_p)
    assert list(out.columns) == RESULT_COLUMNS
    got = {(r.unit, r.fiscal_year): (r.unit_type, r.total) for r in out.itertuples()}
    assert got == {("สำนักงานเขตพระนคร", 2566): ("สำนักงานเขต", 90.0), ("สำนักงานเขตพระนคร", 2567): ("สำนักงานเขต", 80.0),
                   ("สำนักการคลัง", 2567): ("หน่วยงานส่วนกลาง", 88.0)}


def test_points_lost_by_hand():
    values = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56]
    out = points_lost(indicators("ตราด", 2564, values))
    assert list(out.columns) == POINTS_COLUMNS
    row = out.set_index("indicator")
    assert row.loc[1, ["weight", "points_lost", "below_85", "distance_below_85"]].tolist() == \
        pytest.approx([6, 0.387, False, 0.0])
    assert row.loc[9, ["name_th", "tool"]].tolist() == ["การเปิดเผยข้อมูล", "OIT"]
    assert row.loc[9, ["points_lost", "below_85", "distance_below_85"]].tolist() == pytest.approx([5.422, True, 12.11])
    assert row.loc[10, ["points_lost", "distance_below_85"]].tolist() == pytest.approx([6.888, 19.44])
    assert out["points_lost"].sum() == pytest.approx(100 - 81.4548)   # what is lost is what is missing from 100


def test_points_lost_without_framework_keeps_names_but_no_weight():
    row = points_lost(indicators("u", 2562, [80.0])).iloc[0]
    assert row["name_th"] == "การปฏิบัติหน้าที่" and math.isnan(row["weight"]) and math.isnan(row["points_lost"])
    assert (row["below_85"], row["distance_below_85"]) == (True, 5.0)


def test_wide_indicators():
    scores = pd.concat([indicators("a", 2566, [90, None, 70]), indicators("a", 2567, [60] * 10)], ignore_index=True)
    out = wide_indicators(scores)
    assert list(out.columns) == ["unit", "unit_type", "fiscal_year"] + [f"i{k}" for k in range(1, 11)]
    first = out[out["fiscal_year"] == 2566].iloc[0]
    assert first["i1"] == 90 and math.isnan(first["i2"]) and first["i3"] == 70 and math.isnan(first["i10"])
    assert out[out["fiscal_year"] == 2567].iloc[0]["i10"] == 60


def test_forty_thousand_unit_years_score():
    rng = np.random.default_rng(7)
    units = np.array([f"หน่วยงาน {k}" for k in range(10_000)], dtype=object)
    years = [2565, 2566, 2567, 2568]
    n = len(units) * len(years)
    scores = pd.DataFrame({"unit": np.repeat(np.tile(units, len(years)), 10),
                           "unit_type": "อื่น ๆ",
                           "fiscal_year": np.repeat(np.repeat(years, len(units)), 10),
                           "indicator": np.tile(np.arange(1, 11), n),
                           "score": rng.uniform(60, 100, n * 10).round(2)})
    out = score(scores)
    assert len(out) == n
    assert out["total"].notna().all() and out["level"].notna().all()
    assert set(out.loc[out["fiscal_year"] == 2565, "level"]) <= {"AA", "A", "B", "C", "D", "E", "F"}


def test_printed_band_is_mentioned_but_never_adopted_when_tools_are_missing():
    published = pd.DataFrame({"unit": ["ก"], "unit_type": ["อื่น ๆ"], "fiscal_year": [2567], "iit": [np.nan],
                              "eit": [np.nan], "oit": [np.nan], "total": [91.2], "level": ["ผ่านดี"]})
    row = score(None, published).iloc[0]
    assert row["level"] is None
    assert "ไฟล์ระบุระดับ ผ่านดี" in row["level_note"] and "the file states ผ่านดี" in row["level_note_en"]


def _reference_note_published_level(published, uy, level, note_th, note_en) -> None:
    """scoring._note_published_level as it was: one pair of t() calls per undecided unit-year."""
    from analysis.common.text import t

    if published is None or "level" not in published.columns or not len(published):
        return
    printed = np.full(uy.n, None, dtype=object)
    printed[uy.code_p] = published["level"].to_numpy(dtype=object)
    for r in np.flatnonzero((level == None) & pd.notna(printed)):  # noqa: E711
        text = str(printed[r]).strip()
        if text:
            note_th[r] += t("score.file_states", "th", level=text)
            note_en[r] += t("score.file_states", "en", level=text)


def test_printed_levels_of_undecided_units_are_noted_as_before(demo, monkeypatch):
    """Issue 16.3: the note "the file states level X" is added with whole-column operations; the scored demo (and
    the demo's published levels moved to years without a framework, where no level is decided) are unchanged."""
    import analysis.ita.scoring as scoring

    undecided = demo.published.assign(fiscal_year=demo.published["fiscal_year"] - 10)      # FY2555-2558: no framework
    undecided.loc[undecided.index[::7], "level"] = "  "                                   # blank: no note
    undecided.loc[undecided.index[::11], "level"] = None
    cases = [(demo.scores, demo.published), (None, undecided), (demo.scores.assign(
        fiscal_year=demo.scores["fiscal_year"] - 10), undecided)]
    got = [score(s, p) for s, p in cases]
    monkeypatch.setattr(scoring, "_note_published_level", _reference_note_published_level)
    for (s, p), new in zip(cases, got, strict=True):
        pd.testing.assert_frame_equal(new, score(s, p))
    assert got[1]["level_note_en"].str.contains("the file states").sum() > 100
