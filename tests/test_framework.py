"""Framework files: the shipped years load and are right; broken files fail naming the file and field."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.common.report import FrameworkError
from analysis.ita.framework import FRAMEWORK_DIR, for_year, latest, load_all, load_file

BAD = Path(__file__).parent / "data" / "frameworks_bad"
LEVELS = ("AA", "A", "B", "C", "D", "E", "F")
BANDS = ("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")
SHIPPED = range(2563, 2569)


def test_every_year_2563_to_2568_is_shipped():
    assert set(SHIPPED) <= set(load_all())
    assert latest().fiscal_year >= 2568


@pytest.mark.parametrize("year", SHIPPED)
def test_weights_add_to_100_and_tools_are_30_30_40(year):
    fw = for_year(year)
    assert sum(fw.weights.values()) == 100
    assert {t.code: t.weight for t in fw.tools} == {"IIT": 30, "EIT": 30, "OIT": 40}
    assert [i.weight for i in fw.indicators] == [6] * 5 + [10] * 3 + [20] * 2
    assert [i.tool for i in fw.indicators] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2


@pytest.mark.parametrize("year, grading, labels", [
    (2563, "levels", LEVELS), (2564, "levels", LEVELS), (2565, "levels", LEVELS),
    (2566, "bands", BANDS), (2567, "bands", BANDS), (2568, "bands", BANDS),
])
def test_grading_rule_and_labels_best_first(year, grading, labels):
    fw = for_year(year)
    assert (fw.grading, fw.labels, fw.pass_mark) == (grading, labels, 85)


@pytest.mark.parametrize("year, edges", [
    (2565, {"AA": 95, "A": 85, "B": 75, "C": 65, "D": 55, "E": 50, "F": 0}),
    (2566, {"ผ่านดีเยี่ยม": (95, 95), "ผ่านดี": (85, 85), "ผ่าน": (85, None), "ต้องปรับปรุง": (70, None),
            "ต้องปรับปรุงโดยด่วน": (0, None)}),
])
def test_level_and_band_edges(year, edges):
    fw = for_year(year)
    if fw.grading == "levels":
        assert {lv.label: lv.min_total for lv in fw.levels} == edges
    else:
        assert {b.label: (b.min_total, b.tool_gate) for b in fw.bands} == edges


@pytest.mark.parametrize("year", SHIPPED)
def test_header_aliases_and_confidence_notes(year):
    fw = for_year(year)
    assert "การปรับปรุงการทำงาน" in fw.indicator(8).aliases
    assert fw.indicator(8).name_th == "การปรับปรุงระบบการทำงาน"
    assert "[verified]" in fw.notes or "[assumed]" in fw.notes


@pytest.mark.parametrize("year, family, status, count", [
    (2563, "nacc", "unknown", 0),
    (2564, "nacc", "complete", 43),
    (2565, "nacc", "partial", 43),
    (2566, "obec_school", "complete", 43),
    (2566, "nacc", "partial", 4),
    (2567, "nacc", "partial", 4),
    (2568, "nacc", "partial", 22),
    (2568, "vec_college", "complete", 37),
])
def test_oit_item_lists_are_marked_honestly(year, family, status, count):
    fw = for_year(year)
    items = [it for it in fw.oit_items if it.family == family]
    assert fw.oit_items_status[family] == status
    assert len(items) == count
    assert all(it.indicator in (9, 10) for it in items)
    assert {it.family for it in fw.oit_items} <= set(fw.oit_items_status)


@pytest.mark.parametrize("year, family, code", [
    (2565, "nacc", "O34"), (2566, "obec_school", "O31"), (2568, "nacc", "O21"), (2568, "vec_college", "O30"),
])
def test_no_gift_policy_has_a_different_code_each_year(year, family, code):
    fw = for_year(year)
    gift = [it for it in fw.oit_items if it.family == family and "No Gift Policy" in it.name_th]
    assert gift[0].code == code and gift[0].indicator == 10


@pytest.mark.parametrize("year, family, code, sub", [
    (2564, "nacc", "O34", "10.1"), (2564, "nacc", "O42", "10.2"), (2564, "nacc", "O1", "9.1"),
    (2568, "vec_college", "O37", "10.2"), (2566, "obec_school", "O31", ""),
])
def test_sub_indicators_where_the_source_printed_them(year, family, code, sub):
    item = next(it for it in for_year(year).oit_items if (it.family, it.code) == (family, code))
    assert item.sub_indicator == sub


@pytest.mark.parametrize("file, field, words", [
    ("weights_not_100.toml", "indicators.weight", "90"),
    ("unknown_tool.toml", "indicators[1].tool", "XIT"),
    ("band_edges_out_of_order.toml", "bands.min_total", "descending"),
    ("missing_field.toml", "indicators[2].weight", "missing"),
    ("bad_toml.toml", "(file)", "cannot parse"),
])
def test_broken_file_names_file_and_field(file, field, words):
    with pytest.raises(FrameworkError) as caught:
        load_file(BAD / file)
    err = caught.value
    assert (err.file, err.field_name) == (file, field)
    assert words in err.message("en") and err.message("th")
    assert file in str(err) and field in str(err)


def test_duplicate_year_in_a_folder_names_the_second_file():
    with pytest.raises(FrameworkError) as caught:
        load_all(BAD / "duplicate_year")
    assert (caught.value.file, caught.value.field_name) == ("fy2566_copy.toml", "fiscal_year")
    assert "fy2566.toml" in caught.value.message("en")


def test_adding_a_year_means_adding_a_file(tmp_path):
    text = (FRAMEWORK_DIR / "fy2568.toml").read_text(encoding="utf-8").replace("fiscal_year = 2568", "fiscal_year = 2569")
    (tmp_path / "fy2569.toml").write_text(text, encoding="utf-8")
    shutil.copy(FRAMEWORK_DIR / "fy2568.toml", tmp_path / "fy2568.toml")
    frameworks = load_all(tmp_path)
    assert sorted(frameworks) == [2568, 2569]
    assert for_year(2569, tmp_path).labels == BANDS
    assert latest(tmp_path).fiscal_year == 2569


def test_changing_the_returned_dict_does_not_change_the_next_load():
    frameworks = load_all()
    frameworks.pop(2566)
    assert 2566 in load_all()


def test_fy2569_is_a_band_year_marked_as_assumed_so_current_results_can_be_scored():
    fw = load_all()[2569]
    assert fw.grading == "bands" and fw.labels[0] == "ผ่านดีเยี่ยม"
    assert "[assumed]" in fw.notes
    assert fw.oit_items_status["nacc"] == "partial"


@pytest.mark.parametrize("year", sorted(load_all()))
def test_every_oit_item_of_every_year_has_a_name(year):
    """Issue 13.5: an OIT item is never shown as its code alone."""
    nameless = [(it.family, it.code) for it in for_year(year).oit_items
                if not it.name_th.strip() or it.name_th.strip().upper() == it.code]
    assert not nameless, f"FY{year}: OIT items without a name: {nameless}"
