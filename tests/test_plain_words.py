"""Plain words only (issue 13.5): every page, in Thai and in English, and the states users reach often (a unit
chosen, the Items page with the demo item file, the path to 85 using those items, a measure's edit conflict) show
no internal name — no catalogue key, snake_case field, program file, library, list-family or status code, setting
name or Python value — among everything a person reads (tests/plain_words_support.py collects and judges it)."""
from __future__ import annotations

import shutil

import pytest

from analysis.common import settings
from analysis.common.text import t
from analysis.ita import for_year
from analysis.ita.questions import load_questions
from analysis.plan.action_plan import import_path
from analysis.store import Store
from tests.apptest_support import open_app, page_path
from tests.plain_words_support import Seen, check, findings, texts
from tests.test_action_plan import SEED
from ui import state
from ui.navigation import PAGES

UNIT, YEAR = "สำนักงานเขตบางแค", 2568          # in the demo results and in the demo item file
LANGS = ("th", "en")


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory, demo_database):
    """One demo workspace for the read-only scans of this module (the app's first start, copied once)."""
    folder = tmp_path_factory.mktemp("plain-words")
    shutil.copyfile(demo_database, folder / "ita.sqlite3")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ITA_DATA_DIR", str(folder))
        mp.delenv("ITA_DATABASE_URL", raising=False)
        mp.setenv("ITA_LOAD_DEMO", "1")
        yield folder


@pytest.fixture(params=LANGS)
def lang(request):
    """The interface language of a test. AppTest asks a selectbox's format_func for the chosen option's text
    between runs, outside the script, where the session (and so the language) cannot be read, and falls back to
    Thai: the ui's lookup of the language is pinned to the test's (in every module that imported it, put back
    afterwards), so clicking through a page in English works as in a browser."""
    import sys

    import ui.lang

    original = ui.lang.lang

    def pinned() -> str:
        return request.param

    pinned.pinned = True

    def swap(to) -> None:
        for name, module in list(sys.modules.items()):
            if name.split(".")[0] == "ui":
                current = getattr(module, "lang", None)
                if current is original or getattr(current, "pinned", False):
                    module.lang = to

    swap(pinned)
    yield request.param
    swap(original)


def _open(page: str, lang: str, **session):
    """The page after one run in the language, with the demo's weak district office and year chosen."""
    return open_app(page, **{state.LANG: lang, state.SELECTED_UNIT: UNIT, state.SELECTED_YEAR: YEAR, **session})


def _assert_plain_words(at, lang: str) -> list[Seen]:
    assert not at.exception, [e.value for e in at.exception]
    seen = texts(at)
    title = next(s.text for s in seen if s.where == "title.body")
    thai = any(0x0E00 <= ord(ch) <= 0x0E7F for ch in title)
    assert thai == (lang == "th"), f"the page is in {lang}: {title!r}"
    found = findings(seen)
    assert not found, "internal names on the page:\n" + "\n".join(map(str, found))
    return seen


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.url_path)
def test_every_page_reads_in_plain_words(shared_demo, page, lang):
    _assert_plain_words(_open(str(page.path), lang), lang)


def test_items_page_shows_every_question_with_its_words_and_the_path_uses_them(shared_demo, lang):
    at = _open(page_path("items"), lang)
    at.button(key="items_demo").click().run()
    seen = _assert_plain_words(at, lang)
    lowest = next(d.value for d in at.dataframe if t("items.col_question", lang) in d.value.columns)
    form, fw = load_questions().forms[0], for_year(YEAR)
    for row in lowest.itertuples(index=False):
        tool_, code_, words_, n = row[0], row[1], row[2], row[3]
        if tool_ == "IIT":
            assert words_ == form.questions[code_].text(lang), "an IIT question shows the form's wording"
        else:
            name = fw.indicator(n).name_th if lang == "th" else fw.indicator(n).name_en
            assert words_ == t("items.q_unpublished", lang, n=n, name=name), "an EIT question: its indicator and a note"
    assert {"IIT", "EIT"} <= set(lowest[t("items.col_tool", lang)]), "the demo's lowest questions hold both tools"
    codes = set(lowest[t("items.col_code", lang)])
    labels = [s.text for s in seen if s.where == "plotly.yaxis.category"]
    assert len(labels) == len(lowest) and all(label.split(" ", 1)[0] in codes and " " in label for label in labels), \
        "each bar names its question's code and words"
    missing = next(d.value for d in at.dataframe if t("items.col_name", lang) in d.value.columns)
    assert all(missing[t("items.col_name", lang)].str.len() > 0), "every missing OIT item is named"
    at.switch_page(page_path("path_to_85")).run()
    _assert_plain_words(at, lang)
    assert at.checkbox(key=state.USE_ITEMS).value, "the path uses the item file"
    items = next(d.value for d in at.dataframe if t("path.col_code", lang) in d.value.columns)
    assert len(items) and all(items[t("path.col_name", lang)].str.len() > 0), "OIT items to publish are named"


def test_a_measure_edit_conflict_reads_in_plain_words(workspace_env, lang):
    open_app()                                              # the first start loads the demo
    repo = Store(settings.database_url()).measures
    repo.import_plan(import_path(SEED).measures, "seed.txt", who="ผู้ทดสอบ")
    at = open_app(page_path("measures"), **{state.LANG: lang, state.SELECTED_YEAR: YEAR})
    at.text_input(key="msr_who_input").input("สมชาย").run()
    at.button(key="msr_create").click().run()
    draft = max(repo.list_all(), key=lambda r: r.id)
    repo.update(draft.id, {"kpi": "ของคนอื่น", "status": "in_progress"}, draft.version, who="สมศรี")
    next(w for w in at.text_input if w.label == t("msr.f_title", lang)).input("ชื่อใหม่")
    at.button[[b.label for b in at.button].index(t("msr.save", lang))].click().run()
    assert [e.value for e in at.error] == [t("msr.conflict", lang)]
    _assert_plain_words(at, lang)
    changes = at.dataframe[0].value
    assert set(changes[t("msr.col_field", lang)]) == {t("msr.f_kpi", lang), t("msr.f_status", lang)}
    assert t("msr.status_in_progress", lang) in set(changes[t("msr.col_new", lang)]), "a status in words"


@pytest.mark.parametrize("text, rule", [
    ("items_map:assumed", "raw status code"),
    ("ตามไฟล์ data/items_map.toml", "program file or folder"),
    ("นับตามแบบ scipy percentileofscore", "library name"),
    ("กลุ่ม nacc", "list-family code"),
    ("obec_school", "snake_case name"),
    ("items.family_help", "raw code as the whole text"),
    ("ดู items.status_partial", "catalogue key"),
    ("not_started", "raw code as the whole text"),
    ("None", "raw code as the whole text"),
    ("ค่า: nan", "Python value"),
    ("['O1', 'O2']", "Python list or dict"),
    ("ตั้งค่า ITA_EVIDENCE_HOSTS", "setting name"),
])
def test_the_scan_catches_each_kind_of_internal_name(text, rule):
    assert rule in {f.rule for f in check(Seen("caption.body", text))}


def test_the_scan_catches_a_column_shown_under_its_own_name():
    assert check(Seen("dataframe.header", "url"))[0].rule == "column's own name as its header"
    assert check(Seen("dataframe.header", "Links")) == []


@pytest.mark.parametrize("text", [
    "คะแนน ITA ปี 2568 ของสำนักงานเขตบางแค (IIT, EIT, OIT)",
    "The NACC list (agencies) is partial — 22 items collected from public sources",
    "อัปโหลดไฟล์ .xlsx, .xls, .ods หรือ .csv",
    "ลิงก์หลักฐาน https://www.bangkok.go.th/demo/37/oit-o1",
    ":material/rule: คิดคะแนนปี 2568 ตามกรอบการประเมิน",
    "demo_districts_2565-2566.xlsx",
])
def test_plain_words_pass_the_scan(text):
    assert check(Seen("caption.body", text)) == []
