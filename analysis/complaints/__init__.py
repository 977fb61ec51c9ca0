"""Complaints: ingest (records or counts), dates, column roles, personal-data removal (PDPA), statistics by fiscal year, export."""
from analysis.complaints.view import BREAKDOWNS, ComplaintsView, Metric, TrendLine, complaints_view, target_figure

__all__ = ["BREAKDOWNS", "ComplaintsView", "Metric", "TrendLine", "complaints_view", "target_figure"]
