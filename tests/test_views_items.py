"""The item drill-down view (analysis/ita/views/items.py) on the demo item file."""
import pytest

from analysis.common.text import t
from analysis.ita import demo_items_file, for_year, ingest_items_bytes, items_view, oit_families
from analysis.ita.items import lowest_questions, missing_oit
from analysis.ita.questions import load_questions

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
    raw = lowest_questions(items, UNIT, 2568, 10)
    assert v.lowest[["tool", "item", "indicator", "value"]].equals(raw[["tool", "item", "indicator", "value"]])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_each_lowest_question_comes_with_its_words_and_where_they_come_from(items, lang):
    v = items_view(items, 2568, UNIT, lang=lang)
    assert list(v.lowest.columns) == ["tool", "item", "question", "indicator", "value", "basis", "label", "hover"]
    iit = v.lowest[v.lowest["tool"] == "IIT"].iloc[0]
    words = load_questions().wording("IIT", iit["item"], 2568).question
    assert iit["question"] == words.text(lang) and iit["label"] == f"{iit['item']} {words.short(lang)}"
    assert iit["basis"] == t("items.basis_unchecked", lang, form=2564, year=2568), "FY2568's IIT form was not read"
    eit = v.lowest[v.lowest["tool"] == "EIT"].iloc[0]
    name = for_year(2568).indicator(eit["indicator"]).name_th if lang == "th" else \
        for_year(2568).indicator(eit["indicator"]).name_en
    assert eit["question"] == t("items.q_unpublished", lang, n=eit["indicator"], name=name)
    assert eit["basis"] == t("items.basis_unpublished", lang)
    assert v.family_name == t("oit.family_nacc", lang)


def test_unknown_choice_falls_back_to_the_first_unit_of_the_newest_year(items):
    v = items_view(items, 1999, "nobody")
    assert v.year == 2568 and v.unit == v.units[0] and v.years == [2568]


def test_families_and_demo_file():
    assert "nacc" in oit_families() and oit_families() == sorted(oit_families())
    name, data = demo_items_file()
    assert name.endswith(".xlsx") and data[:2] == b"PK"
