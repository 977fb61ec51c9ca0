"""The measure forms accept dates typed in BE (and CE) and refuse what cannot be saved, naming the field — before,
a start date typed as 01/11/2568 gave an English range error and was stored blank while the page said it saved, and
a measure saved with an empty name lost the edits with no message (issue 10.2)."""
from __future__ import annotations

from datetime import date

import pytest

from analysis.plan.forms import be_date, check_measure, check_progress, parse_typed_date


@pytest.mark.parametrize("typed, expected", [
    ("01/11/2568", date(2025, 11, 1)),
    ("1/11/2025", date(2025, 11, 1)),
    ("๐๑/๑๑/๒๕๖๘", date(2025, 11, 1)),
    ("1-11-2568", date(2025, 11, 1)),
    ("2025-11-01", date(2025, 11, 1)),
    ("1 พ.ย. 2568", date(2025, 11, 1)),
    ("1 พฤศจิกายน พ.ศ. 2568", date(2025, 11, 1)),
    ("1 November 2025", date(2025, 11, 1)),
    ("29/02/2567", date(2024, 2, 29)),
    ("", None),
    ("   ", None),
])
def test_typed_dates_are_read_in_be_or_ce(typed, expected):
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize("typed, code", [
    ("31/02/2568", "form.date_unreadable"),
    ("ปีหน้า", "form.date_unreadable"),
    ("01/11/0001", "form.date_outside"),
    ("01/11/9999", "form.date_outside"),
])
def test_a_date_that_cannot_be_one_is_refused_with_the_fix(typed, code):
    with pytest.raises(ValueError) as err:
        parse_typed_date(typed)
    assert err.value.args[0]["code"] == code


def test_dates_are_shown_in_be():
    assert be_date(date(2025, 11, 1)) == "01/11/2568" and be_date(None) == ""
    assert parse_typed_date(be_date(date(2026, 1, 31))) == date(2026, 1, 31)


def test_an_empty_title_and_a_bad_date_are_both_named_and_nothing_is_to_be_saved():
    fields, problems = check_measure({"title": "  ", "start_date": "01/11/2568", "end_date": "32/13/2568"})
    assert [p.field for p in problems] == ["msr.f_title", "msr.f_end"]
    assert problems[0].text("th").startswith("ชื่อมาตรการ: ต้องกรอก")
    assert problems[1].text("en").startswith("End: \"32/13/2568\" is not a date")
    assert fields["start_date"] == date(2025, 11, 1)


def test_a_valid_form_gives_dates_and_a_trimmed_title():
    fields, problems = check_measure({"title": " เปิดเผยข้อมูล ", "start_date": "01/10/2568", "end_date": "30/09/2569"})
    assert problems == []
    assert fields == {"title": "เปิดเผยข้อมูล", "start_date": date(2025, 10, 1), "end_date": date(2026, 9, 30)}


def test_the_end_before_the_start_is_refused():
    _, problems = check_measure({"title": "x", "start_date": "01/10/2568", "end_date": "30/09/2568"})
    assert [p.field for p in problems] == ["msr.f_end"] and "01/10/2568" in problems[0].text("en")


def test_progress_numbers_out_of_range_are_named():
    problems = check_progress({"percent": 140.0, "budget_planned": -5.0, "budget_spent": float("inf")})
    assert [p.field for p in problems] == ["msr.p_percent", "msr.p_planned", "msr.p_spent"]
    assert check_progress({"percent": 40.0, "budget_planned": 1000.0, "budget_spent": 0.0}) == []
