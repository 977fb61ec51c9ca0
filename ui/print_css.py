"""The print stylesheet every page carries: A4 landscape, only the page's content (no sidebar, header, toolbars,
buttons, uploads or downloads), every page of a long screen printed, charts and tables no wider than the paper and
not split across two sheets where that can be helped."""
from __future__ import annotations

import streamlit as st

PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 297, 210, 10     # A4 landscape
PRINTABLE_WIDTH_PX = round((PAGE_WIDTH_MM - 2 * MARGIN_MM) / 25.4 * 96)     # CSS pixels across the printable width

_HIDDEN = ", ".join(f'[data-testid="{t}"]' for t in (
    "stSidebar", "stSidebarCollapsedControl", "stExpandSidebarButton", "stHeader", "stToolbar", "stDecoration",
    "stStatusWidget", "stElementToolbar", "stButton", "stDownloadButton", "stFormSubmitButton", "stFileUploader",
    "stPageLink", "stLinkButton", "stToastContainer", "stBottom"))
_WHOLE = ", ".join([".stPlotlyChart", *(f'[data-testid="{t}"]' for t in (
    "stDataFrame", "stTable", "stMetric", "stAlert", "stImage", "stProgress"))])

CSS = f"""<style>
@page {{ size: A4 landscape; margin: {MARGIN_MM}mm; }}
@media print {{
  {_HIDDEN}, .modebar-container {{ display: none !important; }}
  html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"] {{
    height: auto !important; min-height: 0 !important; overflow: visible !important; position: static !important;
  }}
  [data-testid="stMain"], [data-testid="stMainBlockContainer"] {{
    width: 100% !important; max-width: 100% !important; margin: 0 !important; padding: 0 !important;
  }}
  {_WHOLE} {{ break-inside: avoid; page-break-inside: avoid; max-width: 100% !important; }}
  .stPlotlyChart, [data-testid="stDataFrame"], [data-testid="stTable"] {{ overflow: hidden !important; }}
  h1, h2, h3, h4 {{ break-after: avoid; page-break-after: avoid; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
</style>"""


def apply() -> None:
    """Add the print stylesheet to this run's page (style only: it takes no room on the screen)."""
    st.html(CSS)
