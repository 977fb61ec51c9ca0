"""analysis/ita/items.py: item files in every value form, mapping to indicators, bad input located, and the views."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from analysis.common.report import IngestError
from analysis.ita import items
from analysis.ita.framework import for_year

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent


@pytest.mark.parametrize("raw, expected", [
    ("มี", 1.0), ("ไม่มี", 0.0), (1, 1.0), (0, 0.0), (1.0, 1.0), ("1", 1.0), ("0", 0.0), ("๑", 1.0), ("๐", 0.0),
    ("✓", 1.0), ("✔", 1.0), ("✗", 0.0), ("✘", 0.0), ("yes", 1.0), ("No", 0.0), ("Y", 1.0), ("n", 0.0),
    ("TRUE", 1.0), ("false", 0.0), (True, 1.0), (False, 0.0), (" มี ", 1.0),
])
def test_yes_no_reads_every_form(raw, expected):
    assert items.yes_no(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "  ", float("nan")])
def test_yes_no_blank_is_not_given(raw):
    assert math.isnan(items.yes_no(raw))


@pytest.mark.parametrize("raw", ["บางที", "maybe", 2, 0.5, "ผ่าน"])
def test_yes_no_refuses_other_values(raw):
    with pytest.raises(ValueError):
        items.yes_no(raw)


@pytest.mark.parametrize("raw, expected", [
    ("i1", ("IIT", "i1", 1)), ("I30", ("IIT", "i30", 30)), ("e05", ("EIT", "e5", 5)), ("o12", ("OIT", "O12", 12)),
    ("O-3", ("OIT", "O3", 3)), ("ข้อ O3", ("OIT", "O3", 3)), ("i0", None), ("Q7", None), ("หน่วยงาน", None),
])
def test_item_codes(raw, expected):
    assert items.item_code(raw) == expected


@pytest.mark.parametrize("tool, number, indicator, confidence", [
    ("IIT", 1, 1, "seen"), ("IIT", 6, 1, "seen"), ("IIT", 7, 2, "seen"), ("IIT", 18, 3, "seen"),
    ("IIT", 19, 4, "seen"), ("IIT", 30, 5, "seen"),
    ("EIT", 1, 6, "assumed"), ("EIT", 5, 6, "assumed"), ("EIT", 6, 7, "assumed"), ("EIT", 15, 8, "assumed"),
])
def test_question_map_is_data(tool, number, indicator, confidence):
    assert items.load_map()[(tool, number)] == (indicator, confidence)


WIDE = ("หน่วยงาน,ปีงบประมาณ,i1,i7,e1,e12,O1,O34,O40\n"
        "สำนักงานเขตพระนคร,2564,88,90.5,77,80,มี,ไม่มี,✓\n"
        "สำนักงานเขตดุสิต,๒๕๖๔,60,95,70,82.5,0,yes,false\n")
LONG = ("unit,fiscal year,item,value\n"
        "สำนักงานเขตพระนคร,2564,i1,88\nสำนักงานเขตพระนคร,2564,i7,90.5\nสำนักงานเขตพระนคร,2564,e1,77\n"
        "สำนักงานเขตพระนคร,2564,e12,80\nสำนักงานเขตพระนคร,2564,O1,มี\nสำนักงานเขตพระนคร,2564,O34,ไม่มี\n"
        "สำนักงานเขตพระนคร,2564,O40,✓\n"
        "สำนักงานเขตดุสิต,2564,i1,60\nสำนักงานเขตดุสิต,2564,i7,95\nสำนักงานเขตดุสิต,2564,e1,70\n"
        "สำนักงานเขตดุสิต,2564,e12,82.5\nสำนักงานเขตดุสิต,2564,O1,0\nสำนักงานเขตดุสิต,2564,O34,yes\n"
        "สำนักงานเขตดุสิต,2564,O40,false\n")


@pytest.mark.parametrize("text, layout", [(WIDE, "wide"), (LONG, "long")])
def test_wide_and_long_give_the_same_mapped_items(text, layout):
    result = items.ingest_items_bytes(text.encode(), f"items_{layout}.csv")
    assert result.report.layout == layout and result.report.ok and not result.report.problems
    df = result.items.set_index(["unit", "item"])
    assert len(df) == 14
    row = df.loc[("สำนักงานเขตพระนคร", "O34")]
    assert (row["tool"], row["indicator"], row["value"], row["mapping"]) == ("OIT", 10, 0.0, "framework")
    assert row["name_th"] == "เจตจำนงสุจริตของผู้บริหาร"          # FY2564 NACC O34, from fy2564.toml
    assert df.loc[("สำนักงานเขตดุสิต", "i7"), "indicator"] == 2
    assert df.loc[("สำนักงานเขตดุสิต", "e12"), "indicator"] == 8
    assert df.loc[("สำนักงานเขตดุสิต", "e12"), "mapping"] == "items_map:assumed"
    assert set(df["fiscal_year"]) == {2564}


def test_family_changes_names_and_mapping():
    """The same code means different things per family: FY2566 O31 is a No Gift item for schools, unknown for nacc."""
    text = "หน่วยงาน,ปีงบประมาณ,O31\nโรงเรียนทดสอบ,2566,มี\n".encode()
    school = items.ingest_items_bytes(text, "s.csv", family="obec_school").items.iloc[0]
    assert "No Gift" in school["name_th"] and school["indicator"] == 10
    nacc = items.ingest_items_bytes(text, "s.csv", family="nacc")
    assert nacc.items.iloc[0]["mapping"] == "unmapped"
    assert [p.code for p in nacc.report.problems] == ["item_not_in_framework"]


def _codes(report):
    return sorted((p.code, p.row, p.column) for p in report.problems)


def test_bad_values_are_located_and_dropped():
    result = items.ingest_items_bytes((DATA / "items_bad_value.csv").read_bytes(), "items_bad_value.csv")
    assert _codes(result.report) == [
        ("item_bad_yes_no", 2, "O3 (F)"), ("item_bad_yes_no", 3, "O3 (F)"),
        ("item_not_a_number", 2, "i1 (C)"), ("item_out_of_range", 2, "e1 (D)"), ("item_out_of_range", 3, "e1 (D)")]
    assert all(p.message("th") and p.message("en") and p.fix_text("th") and p.fix_text("en") for p in result.report.problems)
    assert sorted(result.items["item"]) == ["O1", "O1", "i1"]       # only the readable cells are kept


def test_bad_codes_in_a_long_file():
    result = items.ingest_items_bytes((DATA / "items_bad_code.csv").read_bytes(), "items_bad_code.csv")
    assert _codes(result.report) == [("item_bad_code", 3, "ข้อ (C)"), ("item_bad_code", 4, "ข้อ (C)")]
    assert list(result.items["item"]) == ["O1"]


def test_no_header_refused_with_a_fix():
    with pytest.raises(IngestError) as exc:
        items.ingest_items_bytes((DATA / "items_no_header.csv").read_bytes(), "items_no_header.csv")
    (problem,) = exc.value.report.errors
    assert problem.code == "item_no_header" and "i1" in problem.fix_text("en") and "ปีงบประมาณ" in problem.fix_text("th")


def test_bad_year_and_missing_unit_rows():
    result = items.ingest_items_bytes((DATA / "items_bad_year.csv").read_bytes(), "items_bad_year.csv")
    assert _codes(result.report) == [("item_bad_year", 2, "ปีงบประมาณ (B)"), ("item_no_unit", 3, "หน่วยงาน (A)")]
    assert set(result.items["unit"]) == {"สำนักงานเขตดุสิต"}


def test_items_outside_the_list_or_map_are_warned_once_and_kept():
    result = items.ingest_items_bytes((DATA / "items_not_in_list.csv").read_bytes(), "items_not_in_list.csv")
    assert sorted(p.code for p in result.report.problems) == ["item_not_in_framework", "item_unmapped"]
    assert result.report.ok
    assert set(result.items.loc[result.items["mapping"] == "unmapped", "item"]) == {"O44", "i31"}


def test_duplicates_keep_the_first_value():
    result = items.ingest_items_bytes((DATA / "items_duplicate.csv").read_bytes(), "items_duplicate.csv")
    assert [p.code for p in result.report.problems] == ["item_duplicate"]
    assert list(result.items["value"]) == [1.0]


@pytest.mark.parametrize("fixture, code", [("guard_empty.csv", "file_empty"), ("guard_word.xlsx", "format_unknown"),
                                           ("guard_zipbomb.xlsx", None)])
def test_same_guards_as_the_results_ingest(fixture, code):
    with pytest.raises(IngestError) as exc:
        items.ingest_items_bytes((DATA / fixture).read_bytes(), fixture)
    assert exc.value.report.errors
    if code:
        assert exc.value.report.errors[0].code == code


def test_views_missing_oit_and_lowest_questions():
    data = items.ingest_items_bytes(WIDE.encode(), "w.csv").items
    fw = for_year(2564)
    missing = items.missing_oit(data, "สำนักงานเขตพระนคร", 2564, fw)
    assert list(missing["code"]) == ["O34"] and list(missing["indicator"]) == [10]
    check = items.oit_checklist(data, "สำนักงานเขตดุสิต", 2564, fw)
    assert len(check) == 43 and int(check["present"].isna().sum()) == 40
    assert list(check.loc[check["present"].eq(False).fillna(False), "code"]) == ["O1", "O40"]
    low = items.lowest_questions(data, "สำนักงานเขตดุสิต", 2564, n=2)
    assert list(low["item"]) == ["i1", "e1"] and list(low["value"]) == [60.0, 70.0]
    assert items.oit_presence(data, "สำนักงานเขตดุสิต", 2564) == {"O1": False, "O34": True, "O40": False}


@pytest.mark.parametrize("year, family, status", [(2564, "nacc", "complete"), (2568, "nacc", "partial"),
                                                  (2563, "nacc", "unknown"), (2568, "vec_college", "complete")])
def test_list_status_from_the_framework(year, family, status):
    assert items.list_status(for_year(year), family) == status


def test_demo_item_file_is_clean_and_reproducible(tmp_path):
    from scripts.make_demo_items import OUT, UNITS, write

    result = items.ingest_items_bytes(OUT.read_bytes(), OUT.name)
    assert not result.report.problems
    assert sorted(result.items["unit"].unique()) == sorted(UNITS)
    per_unit = result.items.groupby(["unit", "tool"]).size().unstack()
    assert (per_unit["IIT"] == 30).all() and (per_unit["EIT"] == 15).all() and (per_unit["OIT"] == 22).all()
    assert write(tmp_path / "again.xlsx").read_bytes() == OUT.read_bytes()


GOLDEN = json.loads((ROOT / "tests" / "golden" / "items.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_ingest_gives_the_same_rows_and_report_as_before_it_was_vectorised(name):
    """Issue 16.3: the item-file ingest works on whole columns now; on the demo file, the bad-input fixtures and two
    large messy grids it gives exactly the rows and report (every problem, its place and order) it gave before
    (tests/golden/items.json, made by tests/golden/make_items_golden.py from the per-cell code)."""
    from tests.golden.items_cases import cases, run

    assert run(cases()[name]) == GOLDEN[name]
