"""Overview figures on a small hand-made scored frame."""
import math

import pandas as pd
import pytest

from analysis.ita import overview

RESULTS = pd.DataFrame({
    "unit": ["ก", "ข", "ค", "ง", "จ"],
    "unit_type": ["สำนักงานเขต", "สำนักงานเขต", "หน่วยงานส่วนกลาง", "สำนักงานเขต", "สำนักงานเขต"],
    "fiscal_year": [2568, 2568, 2568, 2568, 2567],
    "iit": [90.0] * 5, "eit": [90.0] * 5, "oit": [90.0] * 5,
    "total": [95.5, 84.99, 88.0, float("nan"), 70.0],
    "level": ["ผ่านดีเยี่ยม", "ต้องปรับปรุง", None, None, "ต้องปรับปรุง"],
    "level_note": [""] * 5, "level_note_en": [""] * 5,
    "passed": pd.array([True, False, True, pd.NA, False], dtype="boolean"),
    "gap_to_85": [0.0, 0.01, 0.0, float("nan"), 15.0],
})
BANDS = ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")


@pytest.mark.parametrize("types, units, passing, mean, median", [
    (None, 3, 2, (95.5 + 84.99 + 88.0) / 3, 88.0),
    (["สำนักงานเขต"], 2, 1, (95.5 + 84.99) / 2, (95.5 + 84.99) / 2),
    (["หน่วยงานส่วนกลาง"], 1, 1, 88.0, 88.0),
])
def test_year_summary_counts_units_with_a_total(types, units, passing, mean, median):
    s = overview.year_summary(RESULTS, 2568, types)
    assert (s.units, s.passing) == (units, passing)
    assert s.share_passing == pytest.approx(passing / units)
    assert s.mean == pytest.approx(mean) and s.median == pytest.approx(median)


def test_sorted_totals_lowest_first_and_undecided_named():
    rows = overview.sorted_totals(RESULTS, 2568)
    assert list(rows["unit"]) == ["ข", "ค", "ก"]
    assert rows.loc[rows["unit"] == "ค", "level"].item() == overview.UNDECIDED


def test_level_distribution_in_framework_order_with_undecided_last():
    dist = overview.level_distribution(RESULTS, 2568, BANDS)
    assert list(dist["level"]) == list(BANDS) + [overview.UNDECIDED]
    assert dict(zip(dist["level"], dist["units"]))["ต้องปรับปรุง"] == 1
    assert dist["share"].sum() == pytest.approx(1.0)


def test_empty_year_gives_nan_not_an_error():
    s = overview.year_summary(RESULTS, 2560)
    assert s.units == 0 and math.isnan(s.mean)


def test_available_years_newest_first():
    assert overview.available_years(RESULTS) == [2568, 2567]


@pytest.mark.parametrize("lang, label, shown", [
    ("th", "ผ่านดี", None),
    ("en", "ผ่านดี", "Pass, good (ผ่านดี)"),
    ("en", overview.UNDECIDED, "Undetermined"),
])
def test_level_names_show_english_beside_the_official_thai_band(lang, label, shown):
    from analysis.ita.framework import for_year

    assert overview.level_names(for_year(2568), lang).get(label) == shown
