"""Shared by every domain: the report (Problem, IngestReport, errors), settings, Thai dates and the fiscal year, unit names, text normalisation, data paths."""
