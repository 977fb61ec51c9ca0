"""The item drill-down view (analysis/ita/views/items.py) on the demo item file."""
import pytest

from analysis.ita import demo_items_file, for_year, ingest_items_bytes, items_view, oit_families
from analysis.ita.items import lowest_questions, missing_oit

UNIT = "สำนักงานเขตบางแค"


@pytest.fixture(scope="module")
def items():
    name, data = demo_items_file()
    return ingest_items_bytes(data, name, "nacc").items


def test_oit_counts_and_missing_items_of_a_unit(items):
    v = items_view(items, 2568, UNIT)
    assert (v.year, v.unit) == (2568, UNIT) and v.has_oit
    assert (v.n_present, v.n_missing) == (15, 7)
    assert v.status == "partial" and v.n_listed > 0, "the FY2568 NACC list is partial"
    assert "O25" in list(v.missing["code"])
    assert v.missing.equals(missing_oit(items, UNIT, 2568, for_year(2568)))


def test_lowest_questions(items):
    v = items_view(items, 2568, UNIT)
    assert len(v.lowest) == v.lowest_n == 10 and v.lowest["value"].is_monotonic_increasing
    assert v.lowest.equals(lowest_questions(items, UNIT, 2568, 10))


def test_unknown_choice_falls_back_to_the_first_unit_of_the_newest_year(items):
    v = items_view(items, 1999, "nobody")
    assert v.year == 2568 and v.unit == v.units[0] and v.years == [2568]


def test_families_and_demo_file():
    assert "nacc" in oit_families() and oit_families() == sorted(oit_families())
    name, data = demo_items_file()
    assert name.endswith(".xlsx") and data[:2] == b"PK"
