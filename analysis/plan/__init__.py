"""The action plan and its measures: plan import, links to indicators, measure drafting and roll-ups, the measures
documents, and the checks of what people type into the measure forms."""
from analysis.plan.action_plan import PlanResult, import_bytes, import_path
from analysis.plan.checklist import DEMO_YEAR as CHECKLIST_DEMO_YEAR
from analysis.plan.checklist import STATUSES as CHECKLIST_STATUSES
from analysis.plan.checklist import Entry as ChecklistEntry
from analysis.plan.checklist import Prediction as OitPrediction
from analysis.plan.checklist import checklist_table, read_checklist_bytes
from analysis.plan.checklist import families as oit_list_families
from analysis.plan.checklist import predict as predict_oit
from analysis.plan.checklist import status_word as checklist_status_word
from analysis.plan.export import DEFAULT_FONT, measures_document, progress_report
from analysis.plan.forms import FieldProblem, be_date, check_measure, check_progress, parse_typed_date
from analysis.plan.history import field_label, field_value, history_table
from analysis.plan.links import RulesError, load_rules
from analysis.plan.measures import Template, draft, draft_links, load_templates, templates_for
from analysis.plan.oit_view import (
    OitTrackerView,
    changed,
    editor_frame,
    entries_from_editor,
    filter_rows,
    framework_note,
    group_view,
    link_check_table,
    status_options,
    tracker_view,
    with_prediction,
)
from analysis.plan.views import (
    INDICATORS,
    MeasureLinks,
    MeasuresView,
    PlanView,
    ScopeView,
    WeakChoice,
    link_changes,
    measures_view,
    plan_view,
    rollup_table,
    scope_view,
)

__all__ = [
    "CHECKLIST_DEMO_YEAR", "CHECKLIST_STATUSES", "ChecklistEntry", "OitPrediction", "OitTrackerView", "changed",
    "checklist_status_word", "checklist_table", "editor_frame", "entries_from_editor", "filter_rows", "framework_note",
    "group_view", "link_check_table", "oit_list_families", "predict_oit", "read_checklist_bytes", "status_options", "tracker_view", "with_prediction",
    "DEFAULT_FONT", "FieldProblem", "INDICATORS", "MeasureLinks", "MeasuresView", "PlanResult", "PlanView", "RulesError", "ScopeView",
    "Template", "WeakChoice", "be_date", "check_measure", "check_progress", "draft", "draft_links", "field_label", "field_value", "history_table", "import_bytes", "import_path", "link_changes", "load_rules",
    "load_templates", "measures_document", "measures_view", "parse_typed_date", "plan_view", "progress_report", "rollup_table",
    "scope_view", "templates_for",
]
