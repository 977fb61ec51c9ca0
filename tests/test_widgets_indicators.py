"""Unit pickers by type (issue 16.2), AppTest on the demo: the type first, then the unit among that type's; the
choice of both is shared by every page; a unit chosen elsewhere brings its type; a large group starts at the unit's
type, never with every unit listed."""
from __future__ import annotations

import pytest

from tests.apptest_support import open_app, page_path
from ui import state
from ui import widgets_indicators as wi

FINANCE, BANGRAK = "สำนักการคลัง", "สำนักงานเขตบางรัก"
DEPARTMENT, DISTRICT = "หน่วยงานส่วนกลาง", "สำนักงานเขต"
ALL = wi.ALL_TYPES


def open_page(name: str, **session):
    at = open_app(page_path(name), **session)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("chosen, kinds, wanted_type, n_units, shown", [
    (None, ["a", "b"], "b", 10, ALL),          # first visit, a small group: every unit
    (None, ["a", "b"], "b", 9000, "b"),        # first visit, a large group: the wanted unit's type
    (ALL, ["a", "b"], "b", 9000, ALL),         # all types chosen: kept
    ("a", ["a", "b"], "a", 10, "a"),           # the chosen type, the unit is of it
    ("a", ["a", "b"], "b", 10, "b"),           # a unit of another type chosen elsewhere or linked: its type
    ("a", ["a", "b"], None, 10, ALL),          # a unit of no known type: all types
    ("gone", ["a", "b"], "a", 10, ALL),        # a type no longer offered: as on a first visit
    ("gone", ["a", "b"], "a", 9000, "a"),
])
def test_which_type_the_picker_shows(chosen, kinds, wanted_type, n_units, shown, monkeypatch):
    monkeypatch.setattr(wi, "ALL_TYPES_UP_TO", 300)
    assert wi._unit_type(chosen, kinds, wanted_type, n_units) == shown


def test_a_type_lists_only_its_units_and_moves_the_unit_to_its_first(workspace_env):
    at = open_page("weak_indicators", **{state.SELECTED_UNIT: FINANCE})
    assert at.selectbox(key=state.IND_TYPE).options == ["ทุกประเภท", DISTRICT, DEPARTMENT]
    assert at.selectbox(key=state.IND_TYPE).value == ALL and FINANCE in at.selectbox(key=state.IND_UNIT).options
    at.selectbox(key=state.IND_TYPE).set_value(DISTRICT).run()
    units = at.selectbox(key=state.IND_UNIT).options
    assert len(units) == 50 and all(u.startswith(DISTRICT) for u in units), "only the district offices"
    assert at.selectbox(key=state.IND_UNIT).value == units[0] == at.session_state[state.SELECTED_UNIT]
    at.selectbox(key=state.IND_TYPE).set_value(ALL).run()
    assert at.selectbox(key=state.IND_UNIT).value == units[0], "all types keeps the unit"
    assert len(at.selectbox(key=state.IND_UNIT).options) > 50


def test_type_and_unit_are_shared_by_every_page_that_picks_a_unit(workspace_env):
    at = open_page("weak_indicators")
    at.selectbox(key=state.IND_TYPE).set_value(DISTRICT).run()
    at.selectbox(key=state.IND_UNIT).set_value(BANGRAK).run()
    for page, type_key, unit_key in (("year_over_year", state.YOY_TYPE, state.YOY_UNIT),
                                     ("path_to_85", state.PATH_TYPE, state.PATH_UNIT),
                                     ("oit", state.OIT_TYPE, state.OIT_UNIT),
                                     ("measures", state.MSR_TYPE, state.MSR_UNIT),
                                     ("overview", state.OVERVIEW_OPEN_TYPE, state.OVERVIEW_OPEN_UNIT)):
        at.switch_page(page_path(page)).run()
        assert not at.exception, page
        assert (at.selectbox(key=type_key).value, at.selectbox(key=unit_key).value) == (DISTRICT, BANGRAK), page


def test_a_unit_chosen_elsewhere_brings_its_type(workspace_env):
    at = open_page("weak_indicators", **{state.UNIT_TYPE: DISTRICT, state.SELECTED_UNIT: FINANCE})
    assert at.selectbox(key=state.IND_TYPE).value == DEPARTMENT
    assert at.selectbox(key=state.IND_UNIT).value == FINANCE


def test_a_large_group_starts_at_the_units_type_not_with_every_unit(workspace_env, monkeypatch):
    monkeypatch.setattr(wi, "ALL_TYPES_UP_TO", 20)
    at = open_page("path_to_85", **{state.SELECTED_UNIT: BANGRAK})
    assert at.selectbox(key=state.PATH_TYPE).value == DISTRICT
    assert len(at.selectbox(key=state.PATH_UNIT).options) == 50
    at = open_page("path_to_85")                       # nothing chosen yet: the first unit's type
    assert at.selectbox(key=state.PATH_TYPE).value != ALL
    assert at.selectbox(key=state.PATH_UNIT).value in at.selectbox(key=state.PATH_UNIT).options


def test_one_type_listed_needs_no_type_picker(workspace_env):
    at = open_page("overview", **{state.UNIT_TYPES: [DISTRICT]})
    assert not [s for s in at.selectbox if s.key == state.OVERVIEW_OPEN_TYPE]
    assert len(at.selectbox(key=state.OVERVIEW_OPEN_UNIT).options) == 50
