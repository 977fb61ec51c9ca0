"""Documents built from plain frames: tables as .xlsx, the meeting deck (.pptx), its workbook and its PDF, the
meeting-pack screen's view. The names below are the package's public API."""
from analysis.export.deck import DeckContent, build_deck, build_workbook
from analysis.export.deck_data import DeckError, gather
from analysis.export.deck_sections import complaint_years, measures_status
from analysis.export.deck_sections import sources as deck_sources
from analysis.export.oit_report import DOWNLOAD_LABELS as OIT_REPORT_LABELS
from analysis.export.oit_report import build_oit_report
from analysis.export.pack import MeetingPack, MeetingPackView, build_meeting_pack, meeting_pack_view
from analysis.export.pdf import PdfError, pptx_to_pdf
from analysis.export.pdf import office as office_program
from analysis.export.xlsx import XlsxSource, table_to_xlsx

__all__ = [
    "OIT_REPORT_LABELS", "build_oit_report",
    "DeckContent", "DeckError", "MeetingPack", "MeetingPackView", "build_deck", "build_meeting_pack",
    "build_workbook", "complaint_years", "gather", "measures_status", "meeting_pack_view", "table_to_xlsx",
    "XlsxSource", "deck_sources", "PdfError", "office_program", "pptx_to_pdf",
]
