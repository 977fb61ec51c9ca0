"""View models of the ITA screens: one function per screen takes plain frames and the user's choices and returns a
frozen dataclass with everything the screen shows (figures' frames, headline numbers, texts' parameters, tables)."""
from analysis.ita.views.comparison import ComparisonView, comparison_view
from analysis.ita.views.drivers import DriversView, TopDriver, drivers_view
from analysis.ita.views.items import DEMO_ITEMS_FILE, ItemsView, demo_items_file, items_view, oit_families
from analysis.ita.views.overview import OverviewView, overview_view
from analysis.ita.views.path import BeforeAfter, PathPlan, PathView, TargetChoice, path_plan, path_view
from analysis.ita.views.units import UnitIndex, unit_index
from analysis.ita.views.weak import WeakLine, WeakView, weak_view
from analysis.ita.views.yoy import GroupChange, YoyView, yoy_view

__all__ = [
    "BeforeAfter", "ComparisonView", "DEMO_ITEMS_FILE", "DriversView", "GroupChange", "ItemsView", "OverviewView",
    "PathPlan", "PathView", "TargetChoice", "TopDriver", "WeakLine", "WeakView", "YoyView", "comparison_view",
    "demo_items_file", "drivers_view", "items_view", "oit_families", "overview_view", "path_plan", "path_view",
    "weak_view", "yoy_view",
    "UnitIndex", "unit_index",
]
