"""Links that remember (issue 13.4), AppTest on the real app and the demo workspace: a link's values open that view on
every page and stay in the address; hostile values are left out (with a note when the data refutes them) and never
break a page; a change is written to the address, only when something changed; a link is read once per browser
session, so a late address never undoes a choice; a colleague who must sign in first lands on the linked view."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from streamlit.runtime.state.query_params_proxy import QueryParamsProxy

from analysis.common import settings
from analysis.common.text import t
from analysis.store import Store
from tests.apptest_support import open_app, page_path
from ui import state, url
from ui.navigation import PAGES

FINANCE, BANGRAK = "สำนักการคลัง", "สำนักงานเขตบางรัก"
DEPARTMENT, DISTRICT = "หน่วยงานส่วนกลาง", "สำนักงานเขต"
NEWEST = 2569                  # the demo's newest fiscal year
TITLE_KEYS = {"overview": "overview.title", "weak_indicators": "ind.title", "comparison": "cmp.title",
              "year_over_year": "yoy.title", "drivers": "drv.title", "items": "items.title", "path_to_85": "path.title",
              "action_plan": "plan.title", "measures": "msr.title", "oit": "oit.title", "complaints": "cmpl.title",
              "meeting_pack": "pack.title", "data": "data.title", "frameworks": "fwk.title", "backup": "backup.title",
              "audit": "audit.title"}


def open_link(page: str, query: dict, **session):
    at = open_app(page_path(page), query=query, **session)
    assert not at.exception, [e.value for e in at.exception]
    return at


def notes(at) -> list[str]:
    return [x.value for x in at.toast]


@pytest.mark.parametrize("page, query, shown", [
    ("overview", {"lang": "en", "year": "2566", "types": DISTRICT, "unit": BANGRAK},
     {state.YEAR: 2566, state.UNIT_TYPES: [DISTRICT], state.OVERVIEW_OPEN_UNIT: BANGRAK,
      state.UNIT_TYPE: DISTRICT}),      # one type listed: no type picker, the linked unit's type kept
    ("weak_indicators", {"year": "2567", "unit": FINANCE},          # no type in the link: the unit's own
     {state.IND_YEAR: 2567, state.IND_UNIT: FINANCE, state.IND_TYPE: DEPARTMENT}),
    ("weak_indicators", {"unit": FINANCE, "type": "all"}, {state.IND_UNIT: FINANCE, state.IND_TYPE: ""}),
    ("comparison", {"year": "2565", "types": [DEPARTMENT, DISTRICT]},
     {state.CMP_YEAR: 2565, state.CMP_TYPES: [DEPARTMENT, DISTRICT]}),
    ("year_over_year", {"lang": "en", "unit": BANGRAK, "measure": "3"},
     {state.YOY_UNIT: BANGRAK, state.YOY_MEASURE: 3, state.YOY_TYPE: DISTRICT}),
    ("drivers", {"year": "2566"}, {state.DRV_YEAR: 2566}),
    ("path_to_85", {"year": "2567", "unit": BANGRAK}, {state.PATH_YEAR: 2567, state.PATH_UNIT: BANGRAK}),
    ("action_plan", {"year": "2566", "unit": BANGRAK}, {state.MSR_YEAR: 2566, state.MSR_UNIT: BANGRAK}),
    ("measures", {"unit": FINANCE, "type": DEPARTMENT}, {state.MSR_UNIT: FINANCE, state.MSR_TYPE: DEPARTMENT}),
    ("oit", {"unit": FINANCE, "late": "1", "family": "nacc"},
     {state.OIT_UNIT: FINANCE, state.OIT_LATE: True, state.OIT_FAMILY: "nacc"}),
    ("complaints", {"lang": "en", "by": "category"}, {state.CMPL_BREAKDOWN: "category"}),
    ("frameworks", {"year": "2566"}, {state.FWK_YEAR: 2566}),
    ("items", {"family": "obec_school"}, {state.ITEMS_FAMILY: "obec_school"}),
    ("overview", {"present": "1"}, {state.PRESENT: True}),
])
def test_a_link_opens_its_view_and_the_address_keeps_it(workspace_env, page, query, shown):
    at = open_link(page, query)
    lang = query.get("lang", "th")
    assert at.title[0].value == t(TITLE_KEYS[page], lang), "the page in the link's language"
    for key, value in shown.items():
        assert at.session_state[key] == value, key
    for name, value in query.items():
        assert at.query_params[name] == value, f"{name} stays in the address"
    assert not notes(at)


@pytest.mark.parametrize("spec", PAGES, ids=lambda p: p.url_path)
def test_every_page_renders_opened_by_a_link(workspace_env, spec):
    at = open_link(spec.url_path, {"lang": "en", "year": "2567", "unit": FINANCE, "type": DEPARTMENT, "present": "1"})
    assert at.title[0].value == t(TITLE_KEYS[spec.url_path], "en")
    assert at.query_params["lang"] == "en" and at.query_params["present"] == "1"
    assert set(at.query_params) <= {"lang", "present"} | {p.name for p in url.page_params(spec.url_path)}, \
        "only the page's own values in its address"


LONG = "ก" * 500
TWICE = ["2566", "2567"]
FIRST = object()       # the first option the picker offers
OTHER = object()       # anything but the refused value


@pytest.mark.parametrize("page, query, key, fallback, noted", [
    ("weak_indicators", {"year": "abcd"}, state.IND_YEAR, NEWEST, True),
    ("weak_indicators", {"year": "2560"}, state.IND_YEAR, NEWEST, True),          # a year with no data
    ("weak_indicators", {"year": "1999"}, state.IND_YEAR, NEWEST, True),
    ("weak_indicators", {"year": "２５６６"}, state.IND_YEAR, NEWEST, True),         # full-width digits
    ("weak_indicators", {"year": "2566.0"}, state.IND_YEAR, NEWEST, True),
    ("weak_indicators", {"year": TWICE}, state.IND_YEAR, NEWEST, True),           # given twice
    ("weak_indicators", {"year": ""}, state.IND_YEAR, NEWEST, False),             # empty: as if absent
    ("weak_indicators", {"unit": LONG}, state.IND_UNIT, FIRST, True),
    ("weak_indicators", {"unit": "<script>alert(1)</script>"}, state.IND_UNIT, FIRST, True),
    ("weak_indicators", {"unit": FINANCE + "\x00"}, state.IND_UNIT, FIRST, True),
    ("weak_indicators", {"unit": [FINANCE, BANGRAK]}, state.IND_UNIT, FIRST, True),
    ("weak_indicators", {"type": "'; DROP TABLE results; --"}, state.IND_TYPE, "", True),
    ("overview", {"lang": "fr"}, state.LANG, "th", True),
    ("overview", {"lang": ["en", "th"]}, state.LANG, "th", True),
    ("overview", {"present": "maybe"}, state.PRESENT, False, True),
    ("overview", {"types": ["nope", DISTRICT]}, state.UNIT_TYPES, [], True),
    ("overview", {"types": [DISTRICT] * 40}, state.UNIT_TYPES, [], True),          # too many values
    ("overview", {"zzz": "1", "embed_x": LONG}, state.YEAR, NEWEST, False),         # unknown names: ignored
    ("comparison", {"types": LONG}, state.CMP_TYPES, [], True),
    ("year_over_year", {"measure": "../../etc/passwd"}, state.YOY_MEASURE, "total", True),
    ("complaints", {"by": "drop"}, state.CMPL_BREAKDOWN, "channel", True),
    ("oit", {"indicator": "0"}, state.OIT_INDICATOR, OTHER, True),
    ("oit", {"late": "yes"}, state.OIT_LATE, False, True),
    ("oit", {"owner": "บรรทัด\nใหม่"}, state.OIT_OWNER, "", True),
    ("oit", {"year": "2400"}, state.OIT_YEAR, OTHER, True),                        # a year without an OIT list
    ("measures", {"measure": "9" * 30}, state.MSR_EDIT_ID, OTHER, True),
    ("measures", {"measure": "123456"}, state.MSR_EDIT_ID, OTHER, False),          # no such measure: the first
    ("path_to_85", {"target": "ระดับที่ไม่มี"}, state.PATH_TARGET, "pass", False),  # the page falls back itself
    ("items", {"family": "none"}, state.ITEMS_FAMILY, "nacc", True),
    ("frameworks", {"year": "9999"}, state.FWK_YEAR, OTHER, True),
])
def test_a_hostile_or_stale_value_is_left_out_and_never_breaks_the_page(workspace_env, page, query, key, fallback,
                                                                         noted):
    at = open_link(page, query)
    assert at.title[0].value == t(TITLE_KEYS[page]), "the page renders, in Thai"
    if fallback is FIRST:
        assert at.session_state[key] == at.selectbox(key=key).options[0]
    elif fallback is OTHER:
        assert str(at.session_state[key]) not in {str(v) for v in query.values()}
    else:
        assert at.session_state[key] == fallback
    assert bool(notes(at)) == noted
    if noted:
        assert notes(at)[0].startswith(t("chrome.link_ignored", names="")), notes(at)
    for name, value in query.items():
        assert value == "" or at.query_params.get(name) != value, f"{name}={value!r} is not kept in the address"


def test_the_note_names_what_was_left_out_in_the_links_language(workspace_env):
    at = open_link("weak_indicators", {"lang": "en", "year": "1999", "unit": "nobody"})
    assert notes(at) == [t("chrome.link_ignored", "en", names=f"{t('common.fiscal_year', 'en')}, {t('common.unit', 'en')}")]


@pytest.mark.parametrize("page, widget, key, value, name, written", [
    ("overview", "selectbox", state.YEAR, 2566, "year", "2566"),
    ("overview", "multiselect", state.UNIT_TYPES, [DISTRICT], "types", DISTRICT),
    ("overview", "toggle", state.PRESENT, True, "present", "1"),
    ("weak_indicators", "selectbox", state.IND_UNIT, FINANCE, "unit", FINANCE),
    ("weak_indicators", "selectbox", state.IND_TYPE, DISTRICT, "type", DISTRICT),
    ("weak_indicators", "selectbox", state.IND_YEAR, 2565, "year", "2565"),
    ("comparison", "multiselect", state.CMP_TYPES, [DEPARTMENT], "types", DEPARTMENT),
    ("year_over_year", "selectbox", state.YOY_MEASURE, 5, "measure", "5"),
    ("path_to_85", "selectbox", state.PATH_UNIT, BANGRAK, "unit", BANGRAK),
    ("oit", "toggle", state.OIT_LATE, True, "late", "1"),
    ("frameworks", "selectbox", state.FWK_YEAR, 2566, "year", "2566"),
])
def test_a_change_is_written_to_the_address(workspace_env, page, widget, key, value, name, written):
    at = open_link(page, {})
    getattr(at, widget)(key=key).set_value(value).run()
    assert not at.exception
    assert at.query_params[name] == written


def test_the_language_switch_is_written_to_the_address(workspace_env):
    at = open_link("overview", {})
    assert at.query_params["lang"] == "th"
    at.sidebar.button_group[0].set_value("en").run()
    assert at.query_params["lang"] == "en" and at.title[0].value == t("overview.title", "en")


def test_the_address_is_written_only_when_the_view_changes(workspace_env, monkeypatch):
    writes = []
    real = QueryParamsProxy.from_dict
    monkeypatch.setattr(QueryParamsProxy, "from_dict", lambda self, d: (writes.append(dict(d)), real(self, d)))
    at = open_link("weak_indicators", {})
    first = len(writes)
    assert first and writes[-1]["unit"] == FINANCE, "the first run puts the view in the address"
    at.run()
    assert len(writes) == first, "a rerun with the same view leaves the address alone"
    at.selectbox(key=state.IND_UNIT).set_value(BANGRAK).run()
    assert len(writes) == first + 1 and writes[-1]["unit"] == BANGRAK, "a change is written once"


def test_a_link_is_read_once_so_a_late_address_never_undoes_a_choice(workspace_env):
    at = open_link("weak_indicators", {"year": "2567"})
    at.selectbox(key=state.IND_YEAR).set_value(2566).run()
    at.query_params["year"] = "2567"          # an address from before the change, sent with the next rerun
    at.run()
    assert at.session_state[state.IND_YEAR] == 2566
    assert at.query_params["year"] == "2566"


def test_the_view_follows_to_the_next_page_with_that_pages_values_only(workspace_env):
    at = open_link("overview", {"present": "1", "types": DISTRICT, "unit": BANGRAK})
    at.switch_page(page_path("comparison")).run()
    assert not at.exception
    assert at.query_params["present"] == "1" and "unit" not in at.query_params and "types" not in at.query_params
    at.switch_page(page_path("weak_indicators")).run()
    assert at.query_params["unit"] == BANGRAK and at.query_params["type"] == DISTRICT


@pytest.fixture
def local_auth(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "local")
    store = Store(settings.database_url())
    store.accounts.add("viewer", "viewer", password="correct horse battery")
    yield store
    store.close()


def test_a_colleague_who_signs_in_first_lands_on_the_linked_view(local_auth):
    at = open_app(page_path("weak_indicators"), query={"lang": "en", "year": "2566", "unit": BANGRAK})
    assert [x.value for x in at.title] == [t("auth.title", "en")], "the sign-in form, in the link's language"
    assert at.query_params["unit"] == BANGRAK, "the link waits in the address"
    at.text_input(key="auth_name").input("viewer")
    at.text_input(key="auth_password").input("correct horse battery")
    at.button[0].click().run()
    assert not at.exception
    assert at.title[0].value == t("ind.title", "en")
    assert at.session_state[state.IND_UNIT] == BANGRAK and at.session_state[state.IND_YEAR] == 2566
    assert at.query_params["unit"] == BANGRAK


def test_a_signed_in_session_reads_its_link_too(local_auth):
    at = open_app(page_path("drivers"), query={"year": "2565"},
                  **{state.ACCOUNT: "viewer", state.SIGNED_AT: datetime.now(timezone.utc)})
    assert at.session_state[state.DRV_YEAR] == 2565


@pytest.mark.parametrize("values, multi, refused", [
    (["2566"], False, False),
    (["2566", "2566"], False, True),                   # a repeated single value: which was meant is unknown
    (["x" * (url.MAX_CHARS + 1)], False, True),
    (["a"] * (url.MAX_VALUES + 1), True, True),
    (["a", "a", "b"], True, False),                    # repeated within a multi-valued one: once each
])
def test_the_size_rules_of_a_value(values, multi, refused):
    param = url.Param("p", "k", "common.unit", lambda v, d: v, multi=multi)
    if refused:
        with pytest.raises(ValueError):
            url._read(param, values, None)
    else:
        assert url._read(param, values, None) in (values[0], ["a", "b"])
