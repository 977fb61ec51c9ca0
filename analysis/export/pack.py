"""The meeting-pack screen's view and its build: the years and units offered, then the .pptx and .xlsx."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.common import settings
from analysis.export.deck import build_deck, build_workbook
from analysis.export.deck_data import gather
from analysis.export.pdf import office
from analysis.ita import overview


@dataclass(frozen=True)
class MeetingPackView:
    """What the meeting-pack screen offers (years empty: no results stored yet)."""
    years: list[int]                                                  # newest first
    units: dict[int, list[str]] = field(default_factory=dict)        # fiscal year → its units, sorted
    default_font: str = ""                                            # the office font setting
    can_pdf: bool = False                                             # LibreOffice is installed: the PDF can be made


@dataclass(frozen=True)
class MeetingPack:
    """A built meeting pack: the file stem, the deck (.pptx bytes) and the workbook of its tables (.xlsx bytes)."""
    name: str
    pptx: bytes
    xlsx: bytes


def meeting_pack_view(results: pd.DataFrame) -> MeetingPackView:
    """The MeetingPackView of the scored results: years with totals and the units of each."""
    years = overview.available_years(results)
    units = {y: sorted(results.loc[results["fiscal_year"] == y, "unit"].unique()) for y in years}
    return MeetingPackView(years, units, settings.get("ITA_OFFICE_FONT"), office() is not None)


def build_meeting_pack(scores: pd.DataFrame, published: pd.DataFrame, year: int, unit: str | None = None,
                       lang: str = "th", is_demo: bool = False, measures: pd.DataFrame | None = None,
                       complaints: pd.DataFrame | None = None, font: str = "",
                       sources: pd.DataFrame | None = None) -> MeetingPack:
    """The MeetingPack of one unit (None: the whole group) in a fiscal year, named ITA-<year>-<unit or group>; the
    deck in font (the office font setting when empty); sources: the stored files' provenance for the source slide
    and sheet. Raises DeckError when there is nothing to show."""
    content = gather(scores, published, unit=unit, year=year, lang=lang, is_demo=is_demo, measures=measures,
                     complaints=complaints, sources=sources)
    return MeetingPack(f"ITA-{year}-{unit or 'group'}".replace(" ", "_"),
                       build_deck(content, font=font or settings.get("ITA_OFFICE_FONT")), build_workbook(content))
