"""Shared by every domain: the report (Problem, IngestReport, errors), settings, Thai dates and the fiscal year, unit names, text normalisation, data paths."""
from analysis.common.report import FrameworkError, IngestError, IngestReport, Problem

__all__ = ["FrameworkError", "IngestError", "IngestReport", "Problem"]
