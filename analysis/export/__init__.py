"""Documents built from plain frames: tables as .xlsx, the meeting deck (.pptx), its workbook and its PDF, the
meeting-pack screen's view. The names below are the package's public API; the deck, the meeting pack, its PDF and the
OIT report (python-pptx, python-docx, the planner) are imported on first use, so a page that builds none of them does
not load them."""
from importlib import import_module

from analysis.export.deck_sections import complaint_years, measures_status
from analysis.export.deck_sections import sources as deck_sources
from analysis.export.xlsx import XlsxSource, table_to_xlsx

# public name -> (module, its name there), imported when first asked for (PEP 562 module __getattr__)
_LAZY = {
    "DeckContent": ("deck", "DeckContent"), "build_deck": ("deck", "build_deck"),
    "build_workbook": ("deck", "build_workbook"),
    "DeckError": ("deck_data", "DeckError"), "gather": ("deck_data", "gather"),
    "OIT_REPORT_LABELS": ("oit_report", "DOWNLOAD_LABELS"), "build_oit_report": ("oit_report", "build_oit_report"),
    "MeetingPack": ("pack", "MeetingPack"), "MeetingPackView": ("pack", "MeetingPackView"),
    "build_meeting_pack": ("pack", "build_meeting_pack"), "meeting_pack_view": ("pack", "meeting_pack_view"),
    "PdfError": ("pdf", "PdfError"), "pptx_to_pdf": ("pdf", "pptx_to_pdf"), "office_program": ("pdf", "office"),
}

__all__ = [
    "OIT_REPORT_LABELS", "build_oit_report",
    "DeckContent", "DeckError", "MeetingPack", "MeetingPackView", "build_deck", "build_meeting_pack",
    "build_workbook", "complaint_years", "gather", "measures_status", "meeting_pack_view", "table_to_xlsx",
    "XlsxSource", "deck_sources", "PdfError", "office_program", "pptx_to_pdf",
]


def __getattr__(name: str):
    """A public name of the deck, pack or OIT-report modules, imported on first use and kept."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = getattr(import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
