"""The action plan and its measures: plan import, links to indicators, measure drafting and roll-ups, the measures
documents, and the checks of what people type into the measure forms."""
from analysis.plan.forms import FieldProblem, be_date, check_measure, check_progress, parse_typed_date

__all__ = ["FieldProblem", "be_date", "check_measure", "check_progress", "parse_typed_date"]
