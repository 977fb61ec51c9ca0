"""The action plan and its measures: plan import, links to indicators, measure drafting and roll-ups, the measures
documents, and the checks of what people type into the measure forms."""
from analysis.plan.action_plan import PlanResult, import_bytes, import_path
from analysis.plan.export import DEFAULT_FONT, measures_document, progress_report
from analysis.plan.forms import FieldProblem, be_date, check_measure, check_progress, parse_typed_date
from analysis.plan.history import field_label, field_value, history_table
from analysis.plan.links import RulesError, load_rules
from analysis.plan.measures import Template, draft, draft_links, load_templates, templates_for
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
    "DEFAULT_FONT", "FieldProblem", "INDICATORS", "MeasureLinks", "MeasuresView", "PlanResult", "PlanView", "RulesError", "ScopeView",
    "Template", "WeakChoice", "be_date", "check_measure", "check_progress", "draft", "draft_links", "field_label", "field_value", "history_table", "import_bytes", "import_path", "link_changes", "load_rules",
    "load_templates", "measures_document", "measures_view", "parse_typed_date", "plan_view", "progress_report", "rollup_table",
    "scope_view", "templates_for",
]
