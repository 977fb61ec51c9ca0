"""The print stylesheet every page carries: A4 landscape, only the page's content (no sidebar, header, toolbars,
buttons, uploads or downloads), every page of a long screen printed, charts and tables no wider than the paper and
not split across two sheets where that can be helped.

Charts and tables are drawn at the width of the screen, and the browser does not redraw them for the paper: just
before printing, a small script scales each one that is wider than the paper, or taller than a sheet, down to fit
(and back after printing)."""
from __future__ import annotations

import streamlit as st

PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 297, 210, 10     # A4 landscape
PRINTABLE_WIDTH_PX = round((PAGE_WIDTH_MM - 2 * MARGIN_MM) / 25.4 * 96)     # CSS pixels across the printable width
PRINTABLE_HEIGHT_PX = round((PAGE_HEIGHT_MM - 2 * MARGIN_MM) / 25.4 * 96) - 20   # and down a sheet, less a line

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
    width: 100% !important; max-width: {PRINTABLE_WIDTH_PX}px !important; margin: 0 !important; padding: 0 !important;
  }}
  {_WHOLE} {{ break-inside: avoid; page-break-inside: avoid; max-width: 100% !important; }}
  .stPlotlyChart, [data-testid="stDataFrame"], [data-testid="stTable"] {{ overflow: hidden !important; }}
  h1, h2, h3, h4, [data-testid="stElementContainer"]:has(h1, h2, h3, h4) {{
    break-after: avoid; page-break-after: avoid;           /* a heading stays with what follows it */
  }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
</style>"""

_FITTED = '.stPlotlyChart, [data-testid="stDataFrame"], [data-testid="stTable"]'
SCRIPT = f"""<script>
(() => {{
  if (window.itaPrintFit) return;
  window.itaPrintFit = true;
  const holders = () => Array.from(document.querySelectorAll('{_FITTED}'),
    (el) => [el, el.closest('[data-testid="stElementContainer"]') || el]);
  const unfit = () => holders().forEach(([, holder]) => {{ holder.style.zoom = ""; holder.style.width = ""; }});
  window.addEventListener("beforeprint", () => {{
    unfit();
    const zooms = holders().map(([el, holder]) => {{
      const box = el.getBoundingClientRect();
      const zoom = Math.min(1, {PRINTABLE_WIDTH_PX} / Math.max(box.width, 1), {PRINTABLE_HEIGHT_PX} / Math.max(box.height, 1));
      const held = el.matches(".stPlotlyChart") ? holder.getBoundingClientRect().width : null;
      return [holder, zoom, held];
    }});
    zooms.forEach(([holder, zoom, held]) => {{
      if (zoom < 1) {{
        if (held) holder.style.width = held + "px";     /* a chart keeps its width: never drawn again wider */
        holder.style.zoom = String(zoom);
      }}
    }});
  }});
  window.addEventListener("afterprint", unfit);
}})();
</script>"""


def apply() -> None:
    """Add the print stylesheet to this run's page (style only: it takes no room on the screen) and, in the sidebar
    (never printed), the script that fits charts and tables to the paper."""
    st.html(CSS)
    st.sidebar.html(SCRIPT, unsafe_allow_javascript=True)
