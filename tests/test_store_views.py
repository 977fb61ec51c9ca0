"""analysis.store.views: the data page's stored datasets and removal questions, the manual-entry form and its
saved message, the complaints page's stored files."""
from __future__ import annotations

import pytest

from analysis.common import t
from analysis.common.units import UNIT_TYPES
from analysis.store import (
    ALL_DEMO,
    complaint_uploads_view,
    datasets_view,
    demo_contents,
    manual_entry,
    manual_form_view,
    manual_saved_text,
    seed_demo,
    seed_demo_complaints,
)


@pytest.fixture
def demo(store):
    seed_demo(store)
    return store


def test_datasets_view_lists_the_demo_and_asks_before_removing(demo):
    stored = demo.datasets.list_all()
    v = datasets_view(stored, "en", demo_contents(demo))
    first = next(d for d in stored if d.file_name == "demo_districts_2567-2568_long.csv")
    assert v.table.columns.tolist() == ["ID", "File", "Uploaded at", "By", "Rows", "Fiscal years", "Demo",
                                        "SHA-256 (short)"]
    assert v.demo_count == 4 and v.table["Demo"].all()
    assert v.labels[first.id] == f"{first.id} · demo_districts_2567-2568_long.csv"
    question = v.removal_question(ALL_DEMO, "en")
    assert question.startswith("Remove all demo data? This removes — results: ")
    assert "demo_districts_2567-2568_long.csv" in question and "demo measures" in question
    assert datasets_view(stored, "en").removal_question(ALL_DEMO, "en") is None, "nothing to ask without the contents"
    assert v.removal_question(first.id, "en") == t("data.remove_confirm", "en", file="demo_districts_2567-2568_long.csv")
    assert v.removal_question(999, "en") is None                        # removed meanwhile: nothing to ask


def test_no_dataset_stored(store):
    v = datasets_view([], "th")
    assert v.table.empty and v.labels == {} and v.removal_question(ALL_DEMO) is None


def test_complaint_uploads_view(store):
    seed_demo_complaints(store)
    v = complaint_uploads_view(store.complaints.list_all(), "en")
    row = v.table.iloc[0]
    assert row["File"].startswith("demo_complaints") and row["Fiscal years"] == "2563, 2564, 2565, 2566, 2567, 2568"
    assert row["Demo"] and v.demo_count == 1 and list(v.labels.values())[0].endswith(row["File"])


def test_manual_form_and_saved_text():
    form = manual_form_view("en")
    assert form.years == sorted(form.years, reverse=True) and 2568 in form.years
    assert form.unit_types == UNIT_TYPES and [n for n, _ in form.indicators] == list(range(1, 11))
    assert form.indicators[0][1] == t("data.manual_indicator", "en", n=1, name="Performance of duty")
    result = manual_entry("  สำนักงานเขตทดสอบ ", UNIT_TYPES[0], 2568, {n: 90.0 for n in range(1, 11)})
    assert manual_saved_text(result, "  สำนักงานเขตทดสอบ ", 2568, "en") == t(
        "data.manual_saved", "en", unit="สำนักงานเขตทดสอบ", year=2568, total="90.00")
