"""Plotly figures of the overview (built from analysis frames; no scoring here)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import theme


def totals_bar(rows: pd.DataFrame, title: str, pass_mark: float, pass_label: str,
               labels_order: tuple[str, ...], hover_level: str, hover_total: str,
               names: dict[str, str] | None = None) -> go.Figure:
    """Horizontal bars of every unit's total (lowest at the top), coloured by level, with the 85 line; names
    maps a level to the name shown (colours stay keyed by the level itself)."""
    names = names or {}
    fig = go.Figure()
    order = [lv for lv in labels_order if lv in set(rows["level"])] + \
            [lv for lv in rows["level"].unique() if lv not in labels_order]
    for level in order:
        part = rows[rows["level"] == level]
        fig.add_bar(x=part["total"], y=part["unit"], orientation="h", name=names.get(level, level),
                    marker_color=theme.level_color(level),
                    customdata=[[names.get(level, level)]] * len(part),
                    hovertemplate=f"%{{y}}<br>{hover_total}: %{{x:.2f}}<br>{hover_level}: %{{customdata[0]}}"
                                  "<extra></extra>")
    low = float(rows["total"].min()) if len(rows) else 0.0
    fig.update_yaxes(categoryorder="array", categoryarray=list(rows["unit"]), autorange="reversed",
                     automargin=True, tickfont={"size": 12})
    fig.update_xaxes(range=[max(0.0, min(low - 3, pass_mark - 15)), 100.5])
    theme.apply(fig, title, height=max(420, 22 * len(rows) + 140))
    fig.update_layout(barmode="overlay", bargap=0.25,
                      legend={"orientation": "v", "x": 1.01, "xanchor": "left", "y": 1, "yanchor": "top"})
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x")


def level_distribution_bar(dist: pd.DataFrame, title: str, units_label: str,
                           names: dict[str, str] | None = None) -> go.Figure:
    """Bars of how many units fall in each level or band, in the framework's order, same colours."""
    names = names or {}
    shown = [names.get(lv, lv) for lv in dist["level"]]
    fig = go.Figure(go.Bar(
        x=shown, y=dist["units"], marker_color=[theme.level_color(lv) for lv in dist["level"]],
        text=[f"{n} ({s:.0%})" for n, s in zip(dist["units"], dist["share"])], textposition="outside",
        hovertemplate=f"%{{x}}: %{{y}} {units_label}<extra></extra>"))
    fig.update_yaxes(title=units_label, rangemode="tozero")
    fig.update_xaxes(categoryorder="array", categoryarray=shown)
    return theme.apply(fig, title, height=420)
