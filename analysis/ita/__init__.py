"""The ITA itself: per-year frameworks, scoring, overview, weak indicators, comparison, year over year, drivers, item
results, path to 85 — and the view model of each screen. The names below are the package's public API."""
from analysis.ita.demo import DemoSplit, demo_mark, split_demo
from analysis.ita.evidence import LinkCheck, check_links
from analysis.ita.framework import (
    FRAMEWORK_STATUSES,
    Framework,
    for_year,
    latest,
    load_all,
    set_stored,
    stored,
)
from analysis.ita.framework_edit import editor_tables, framework_data, frameworks_overview, validated, with_item_list
from analysis.ita.framework_io import framework_from_previous, framework_to_toml
from analysis.ita.framework_words import describe, family_name
from analysis.ita.item_list import read_item_list
from analysis.ita.items import ItemsResult, ingest_items_bytes
from analysis.ita.scoring import DEFAULT_PASS_MARK, points_lost, score
from analysis.ita.views import (
    DEMO_ITEMS_FILE,
    BeforeAfter,
    ComparisonView,
    DriversView,
    GroupChange,
    ItemsView,
    OverviewView,
    PathPlan,
    PathView,
    TargetChoice,
    TopDriver,
    UnitIndex,
    WeakLine,
    WeakView,
    YoyView,
    comparison_view,
    demo_items_file,
    drivers_view,
    items_view,
    oit_families,
    overview_view,
    path_plan,
    path_view,
    unit_index,
    weak_view,
    yoy_view,
)

__all__ = [
    "FRAMEWORK_STATUSES", "LinkCheck", "check_links", "describe", "family_name", "editor_tables", "framework_data", "framework_from_previous", "framework_to_toml", "read_item_list", "frameworks_overview", "set_stored",
    "stored", "validated", "with_item_list",
    "DEFAULT_PASS_MARK", "DEMO_ITEMS_FILE", "BeforeAfter", "ComparisonView", "DemoSplit", "DriversView", "Framework", "GroupChange",
    "ItemsResult", "ItemsView", "OverviewView", "PathPlan", "PathView", "TargetChoice", "TopDriver", "WeakLine",
    "WeakView", "YoyView", "comparison_view", "demo_items_file", "demo_mark", "drivers_view", "for_year", "ingest_items_bytes",
    "items_view", "latest", "load_all", "oit_families", "overview_view", "path_plan", "path_view", "points_lost",
    "score", "split_demo", "weak_view", "yoy_view",
    "UnitIndex", "unit_index",
]
