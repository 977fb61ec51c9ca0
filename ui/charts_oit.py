"""Plotly figure of the OIT readiness page: the group's units × items by status (built from analysis views)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analysis.common import CHECKLIST_COLORS
from ui import theme
from ui.cache import kept_figure


@kept_figure
def readiness_heatmap(matrix: pd.DataFrame, statuses: tuple[str, ...], words: dict[str, str], title: str,
                      present: bool = False) -> go.Figure:
    """Units (rows, in the matrix's order) × OIT items (columns) coloured by status, one legend square per status;
    unit names shortened on the axis with the whole name and the status in words (words: status → its word) on
    hover."""
    n = len(statuses)
    colours = [CHECKLIST_COLORS[s] for s in statuses]
    scale = [stop for k, c in enumerate(colours) for stop in ([k / n, c], [(k + 1) / n, c])]
    index = {s: k for k, s in enumerate(statuses)}
    units = [str(u) for u in matrix.index]
    fig = go.Figure(go.Heatmap(
        z=matrix.apply(lambda col: col.map(index)).to_numpy(), x=list(matrix.columns),
        y=[theme.short_name(u) for u in units], customdata=[[u] * matrix.shape[1] for u in units],
        text=matrix.apply(lambda col: col.map(lambda s: words.get(s, s))).to_numpy(), zmin=-0.5, zmax=n - 0.5, colorscale=scale,
        xgap=1, ygap=1, showscale=False, hovertemplate="%{customdata}<br>%{x}: %{text}<extra></extra>"))
    for status, colour in zip(statuses, colours, strict=True):      # the legend: one square per status
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=words.get(status, status), showlegend=True,
                                 marker={"symbol": "square", "size": 14, "color": colour,
                                         "line": {"color": "#9E9E9E", "width": 1}}))
    row = theme.sizes(present)["row"] * 0.9
    theme.apply(fig, title, height=max(320, int(row * len(units)) + 120), present=present)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    # item codes upright while they fit side by side, turned on end when there are many (never printed over each other)
    fig.update_xaxes(showgrid=False, side="top", tickangle=0 if matrix.shape[1] <= 12 else -90, type="category")
    return fig
