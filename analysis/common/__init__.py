"""Shared by every domain: the report (Problem, IngestReport, errors), settings, Thai dates and the fiscal year, unit names, text normalisation, data paths."""
from analysis.common.colours import CHECKLIST_COLORS, LEVEL_COLORS, PASS_LINE_COLOR, level_color
from analysis.common.labels import ROUNDS, round_label, status_label
from analysis.common.mime import DOCX as DOCX_MIME
from analysis.common.mime import PDF as PDF_MIME
from analysis.common.mime import PPTX as PPTX_MIME
from analysis.common.mime import XLSX as XLSX_MIME
from analysis.common.report import FrameworkError, IngestError, IngestReport, Problem
from analysis.common.settings import auth_mode, database_url
from analysis.common.settings import get as setting
from analysis.common.settings import get_int as setting_int
from analysis.common.text import LANGUAGES, msg, t
from analysis.common.thaidate import current_fiscal_year, format_datetime

__all__ = ["CHECKLIST_COLORS", "DOCX_MIME", "FrameworkError", "IngestError", "IngestReport", "LANGUAGES", "LEVEL_COLORS", "PASS_LINE_COLOR", "PDF_MIME", "PPTX_MIME", "Problem", "ROUNDS",
           "XLSX_MIME", "auth_mode", "current_fiscal_year", "database_url", "format_datetime", "level_color", "msg", "round_label", "setting", "setting_int", "status_label",
           "t"]
