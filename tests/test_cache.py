"""Tests for ui/cache.py's workspace: one scored workspace per process shared by every session (its data is not
copied per session or rerun), and nothing a page, a view or any caller does to its frames reaches what the other
sessions read."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.apptest_support import open_app
from ui import cache
from ui.navigation import PAGES

COLUMN = {"scores": "score", "published": "total", "results": "total"}


def snapshot(ws: cache.Workspace) -> dict[str, pd.DataFrame]:
    return {f: getattr(ws, f).copy(deep=True) for f in cache.FRAMES}


def kept(ws: cache.Workspace) -> cache.Workspace:
    """The workspace object the process keeps for ws's database state (what every session's copy reads)."""
    return cache._workspace(ws.url, ws.version, "th")


def test_every_session_reads_one_kept_workspace(workspace_env):
    first, second = cache.workspace(), cache.workspace()
    assert first is not second and len(first.results) > 0
    for name, column in COLUMN.items():      # the same data, not a copy per caller
        a, b = getattr(first, name)[column].to_numpy(), getattr(second, name)[column].to_numpy()
        assert np.shares_memory(a, b) and np.shares_memory(a, getattr(kept(first), name)[column].to_numpy())


def _set_value(frame: pd.DataFrame) -> None:
    frame.loc[frame.index[0], "fiscal_year"] = 1999


def _set_through_iloc(frame: pd.DataFrame) -> None:
    frame.iloc[:3, 0] = "แก้แล้ว"


def _add_column(frame: pd.DataFrame) -> None:
    frame["extra"] = 1


def _replace_column(frame: pd.DataFrame) -> None:
    frame["unit"] = frame["unit"].str.upper() + "!"


def _in_place_methods(frame: pd.DataFrame) -> None:
    frame.sort_values("unit", ascending=False, inplace=True)   # noqa: PD002 (the point: a careless view)
    frame.drop(columns=["unit_type"], inplace=True)            # noqa: PD002
    frame.rename(columns={"fiscal_year": "year"}, inplace=True)  # noqa: PD002


def _rename_index(frame: pd.DataFrame) -> None:
    frame.index.name = "row"
    frame.columns = [f"c{i}" for i in range(frame.shape[1])]


@pytest.mark.parametrize("change", [_set_value, _set_through_iloc, _add_column, _replace_column, _in_place_methods,
                                    _rename_index])
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
def test_a_caller_changing_its_frames_changes_nothing_for_the_others(workspace_env, change):
    before = snapshot(cache.workspace())
    mine = cache.workspace()
    for name in cache.FRAMES:
        change(getattr(mine, name))
    assert mine.scores.shape != before["scores"].shape or not mine.scores.equals(before["scores"])   # it did change
    for ws in (cache.workspace(), kept(mine)):
        for name, frame in snapshot(ws).items():
            pd.testing.assert_frame_equal(frame, before[name])


def test_every_page_leaves_the_kept_workspace_as_it_was(workspace_env):
    ws = cache.workspace()
    before = snapshot(kept(ws))
    for page in PAGES:
        at = open_app(str(page.path))
        assert not at.exception, page.url_path
    assert kept(cache.workspace()) is kept(ws)                    # still the one kept workspace
    for name, frame in snapshot(kept(ws)).items():
        pd.testing.assert_frame_equal(frame, before[name])


# --- the views: one kept view per workspace version and choices, shared the same way -------------------------------

def _overview(ws: cache.Workspace):
    from analysis.ita import overview_view

    return cache.view(overview_view, ws, year=None, unit_types=[], lang="th", unit=None)


def test_every_session_reads_one_kept_view(workspace_env):
    ws = cache.workspace()
    first, second = _overview(ws), _overview(cache.workspace())
    assert first is not second and len(first.totals) > 0
    a, b = first.totals["total"].to_numpy(), second.totals["total"].to_numpy()
    assert np.shares_memory(a, b)                     # the same data, not a copy per caller or rerun


@pytest.mark.parametrize("change", [_set_through_iloc, _add_column, _replace_column, _in_place_methods])
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
def test_a_page_changing_its_view_changes_nothing_for_the_others(workspace_env, change):
    before = _overview(cache.workspace()).totals.copy(deep=True)
    mine = _overview(cache.workspace())
    change(mine.totals)
    assert not mine.totals.equals(before)                                   # it did change, for that page
    pd.testing.assert_frame_equal(_overview(cache.workspace()).totals, before)


# --- the charts' figures: built once per builder and inputs --------------------------------------------------------

def test_a_chart_is_built_once_for_the_same_inputs_and_again_when_they_change():
    from ui import charts_complaints

    years = pd.DataFrame({"fiscal_year": [2567, 2568], "corruption": [36, 9], "general": [494, 337]})
    first = charts_complaints.group_bars(years, "title", "corruption", "general")
    assert charts_complaints.group_bars(years.copy(), "title", "corruption", "general") is first   # same content
    changed = years.assign(corruption=[36, 10])
    other = charts_complaints.group_bars(changed, "title", "corruption", "general")
    assert other is not first and list(other.data[0].y) == [36, 10]
    assert charts_complaints.group_bars(years, "title", "corruption", "general", present=True) is not first
    assert charts_complaints.group_bars(years, "another title", "corruption", "general") is not first
    assert list(first.data[0].y) == [36, 9]                       # the kept figure is as it was built
    renamed = years.rename(columns={"general": "general "}).rename(columns={"general ": "general"})
    assert charts_complaints.group_bars(renamed, "title", "corruption", "general") is first


def test_a_chart_with_an_input_it_cannot_key_by_is_built_every_time():
    from ui import charts_complaints

    years = pd.DataFrame({"fiscal_year": [2568], "corruption": [3], "general": [40], "notes": [["a list"]]})
    a = charts_complaints.group_bars(years, "title", "corruption", "general")      # list cells: no key
    b = charts_complaints.group_bars(years, "title", "corruption", "general")
    assert a is not b and a.to_json() == b.to_json()


def test_forget_drops_the_kept_figures():
    from ui import charts_complaints

    years = pd.DataFrame({"fiscal_year": [2568], "corruption": [3], "general": [40]})
    first = charts_complaints.group_bars(years, "t", "c", "g")
    cache.forget()
    assert charts_complaints.group_bars(years, "t", "c", "g") is not first


def test_a_chart_of_a_value_object_is_kept_by_its_fields():
    from analysis.ita.views.path import BeforeAfter
    from ui import charts_path

    bars = BeforeAfter(("1", "2", "total"), (80.0, 90.0, 84.0), (86.0, 90.0, 85.2))
    args = ("title", 85.0, "85", "before", "after", "total")
    first = charts_path.before_after(bars, *args)
    assert charts_path.before_after(BeforeAfter(*map(tuple, (bars.categories, bars.before, bars.after))), *args) \
        is first
    other = charts_path.before_after(BeforeAfter(("1", "2", "total"), (80.0, 90.0, 84.0), (87.0, 90.0, 85.5)), *args)
    assert other is not first and list(other.data[1].y) == [87.0, 90.0, 85.5]
