"""The question wording file (analysis/ita/questions.py, data/questions.toml): every IIT question i1–i30 has its
words in Thai and English, each year says where its words come from, EIT questions carry the "wording not
published" note instead of a text, and a broken file names the field at fault."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.common.report import FrameworkError
from analysis.common.text import t
from analysis.ita import for_year
from analysis.ita.questions import load_questions, parse
from analysis.ita.views.items import question_words

IIT = [f"i{n}" for n in range(1, 31)]
EIT = [f"e{n}" for n in range(1, 16)]


def _thai(text: str) -> bool:
    return any(0x0E00 <= ord(ch) <= 0x0E7F for ch in text)


@pytest.mark.parametrize("code", IIT)
def test_every_iit_question_has_its_words_in_thai_and_english(code):
    q = load_questions().wording("IIT", code, 2564).question
    assert q is not None, f"{code} has no wording"
    assert _thai(q.text_th) and _thai(q.short_th), "the Thai wording is Thai"
    assert not _thai(q.text_en) and not _thai(q.short_en), "the English wording has no Thai"
    assert len(q.short_th) < len(q.text_th) and len(q.short_en) <= 45, "the chart label is short"


@pytest.mark.parametrize("year, basis", [(2564, "seen"), (2565, "assumed"), (2566, "assumed"), (2568, "unchecked"),
                                         (2563, "unchecked")])
def test_each_year_says_where_its_iit_words_come_from(year, basis):
    w = load_questions().wording("IIT", "i27", year)
    assert (w.basis, w.form_year) == (basis, 2564)
    assert w.question.text_th.startswith("ปัญหาการทุจริตในหน่วยงานของท่าน")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_eit_question_is_its_indicator_and_a_note_never_a_made_up_text(lang):
    fw = for_year(2568)
    rows = pd.DataFrame({"tool": "EIT", "item": EIT, "indicator": [6] * 5 + [7] * 5 + [8] * 5, "value": 50.0})
    out = question_words(rows, 2568, fw, lang)
    for row in out.itertuples():
        assert load_questions().wording("EIT", row.item, 2568).basis == "unpublished"
        name = fw.indicator(row.indicator).name_th if lang == "th" else fw.indicator(row.indicator).name_en
        assert row.question == t("items.q_unpublished", lang, n=row.indicator, name=name)
        assert row.basis == t("items.basis_unpublished", lang)
        assert row.label.startswith(f"{row.item} ") and name in row.label
    note = "ป.ป.ช. ยังไม่เผยแพร่" if lang == "th" else "has not published"
    assert all(note in q for q in out["question"])


def test_a_question_no_form_knows_says_so():
    rows = pd.DataFrame({"tool": ["IIT", "EIT"], "item": ["i31", "e16"], "indicator": [pd.NA, pd.NA],
                         "value": [10.0, 20.0]})
    out = question_words(rows, 2568, for_year(2568), "en")
    assert list(out["question"]) == [t("items.q_unknown", "en", code="i31"), t("items.q_unknown", "en", code="e16")]
    assert set(out["basis"]) == {t("items.basis_unknown", "en")}


def _file(**change) -> dict:
    q = {"code": "i1", "text_th": "ข้อหนึ่ง", "text_en": "one", "short_th": "หนึ่ง", "short_en": "one"}
    form = {"tool": "IIT", "form_year": 2564, "seen_years": [2564], "questions": [q, {**q, "code": "i2"}]}
    for key, value in change.items():
        (q if key in q else form)[key] = value
    return {"forms": [form], "unpublished": [{"tool": "EIT", "first": 1, "last": 15}]}


@pytest.mark.parametrize("change, field, code", [
    ({"text_en": ""}, "forms[0].questions[0].text_en", "fw.wrong_type"),
    ({"code": "e1"}, "forms[0].questions[0].code", "q.bad_code"),
    ({"code": "i2"}, "forms[0].questions[1].code", "q.repeated"),
    ({"code": "i3"}, "forms[0].questions", "q.gaps"),
    ({"tool": "OIT"}, "forms[0].tool", "q.bad_tool"),
    ({"form_year": "2564"}, "forms[0].form_year", "fw.wrong_type"),
    ({"questions": []}, "forms[0].questions", "fw.empty_list"),
])
def test_a_broken_wording_file_names_the_field(change, field, code):
    with pytest.raises(FrameworkError) as err:
        parse(_file(**change), "questions.toml")
    assert (err.value.field_name, err.value.code) == (field, code)
    assert err.value.message("th") and err.value.message("en")


def test_the_shipped_file_parses_with_one_iit_form_and_eit_unpublished():
    qs = load_questions()
    assert [(f.tool, f.form_year, sorted(f.questions, key=lambda c: int(c[1:]))) for f in qs.forms] == \
        [("IIT", 2564, IIT)]
    assert qs.unpublished == {"EIT": (1, 15)}
