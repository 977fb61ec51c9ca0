"""One chart theme for every page: Thai font, band/level colours, the 85 line, slide-size PNG export."""
from __future__ import annotations

import plotly.graph_objects as go

from analysis.common import LEVEL_COLORS  # one table for the pages and the deck (analysis.common.colours)

FONT_FAMILY = "Sarabun, sans-serif"
PASS_LINE_COLOR = "#C62828"
UNDECIDED_COLOR = "#9E9E9E"


# PNG from the chart toolbar at slide size (16:9, 1920 px wide).
PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "width": 1920, "height": 1080, "scale": 1, "filename": "ita-chart"},
}


def level_color(label: str | None) -> str:
    """Colour of a level or band; grey when undecided or unknown."""
    return LEVEL_COLORS.get(label or "", UNDECIDED_COLOR)


def apply(fig: go.Figure, title: str = "", height: int | None = None) -> go.Figure:
    """Apply the shared layout (font, margins, white background, legend on top) to a figure."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "y": 1, "yref": "container", "yanchor": "top",
               "pad": {"t": 16}, "font": {"size": 20}},
        font={"family": FONT_FAMILY, "size": 15, "color": "#212121"},
        plot_bgcolor="white", paper_bgcolor="white",
        margin={"l": 10, "r": 20, "t": 90, "b": 40},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "title": None},
        hoverlabel={"font": {"family": FONT_FAMILY}},
    )
    if height:
        fig.update_layout(height=height)
    fig.update_xaxes(gridcolor="#EEEEEE", zeroline=False)
    fig.update_yaxes(gridcolor="#EEEEEE", zeroline=False)
    return fig


def add_pass_line(fig: go.Figure, pass_mark: float, label: str, axis: str = "x") -> go.Figure:
    """Draw the pass line (85) across the plot, labelled, always visible."""
    kw = {"line_color": PASS_LINE_COLOR, "line_width": 2.5, "line_dash": "dash",
          "annotation_text": label, "annotation_font_color": PASS_LINE_COLOR}
    if axis == "x":
        fig.add_vline(x=pass_mark, annotation_position="top", **kw)
    else:
        fig.add_hline(y=pass_mark, annotation_position="top left", **kw)
    return fig
