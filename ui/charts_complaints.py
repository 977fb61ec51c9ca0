"""Figures of the complaints page (plotly, shared theme); inputs are the frames of analysis.complaints.statistics."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import theme
from ui.cache import kept_figure

FINISHED, OPEN, CORRUPT, GENERAL = "#43A047", "#FFA000", "#D32F2F", "#1E88E5"


def _years(years: pd.DataFrame) -> list[str]:
    return [str(y) for y in years["fiscal_year"]]


@kept_figure
def received_bars(years: pd.DataFrame, title: str, finished: str, in_progress: str, present: bool = False,
                  share: float = 1.0) -> go.Figure:
    """Stacked bars per fiscal year: finished and in progress (their sum is received)."""
    x = _years(years)
    fig = go.Figure([go.Bar(x=x, y=years["finished"], name=finished, marker_color=FINISHED),
                     go.Bar(x=x, y=years["in_progress"], name=in_progress, marker_color=OPEN,
                            text=years["received"], textposition="outside", cliponaxis=False)])
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    theme.count_axis(fig, float(years["received"].max() or 1))     # whole numbers, room for the labels
    return theme.apply(fig, title, height=380, present=present, share=share)


@kept_figure
def group_bars(years: pd.DataFrame, title: str, corruption: str, general: str, present: bool = False,
               share: float = 1.0) -> go.Figure:
    """Corruption/misconduct complaints as labelled bars (left axis) and general ones as a line (right axis),
    so the small corruption counts stay readable next to the large general ones."""
    x = _years(years)
    fig = go.Figure([go.Bar(x=x, y=years["corruption"], name=corruption, marker_color=CORRUPT,
                            text=years["corruption"], textposition="outside"),
                     go.Scatter(x=x, y=years["general"], name=general, mode="lines+markers", yaxis="y2",
                                line={"color": GENERAL, "width": 3})])
    fig.update_layout(yaxis={"title": corruption},
                      yaxis2={"title": general, "overlaying": "y", "side": "right", "showgrid": False,
                              "rangemode": "tozero", "tickformat": ",d", "tickmode": "auto", "nticks": 6})
    theme.count_axis(fig, float(years["corruption"].max() or 1))
    fig.update_xaxes(type="category")
    return theme.apply(fig, title, height=380, present=present, share=share)


@kept_figure
def share_15(years: pd.DataFrame, title: str, share: str, present: bool = False, width: float = 1.0) -> go.Figure:
    """The share handled within 15 days per year, with its Wilson interval as error bars, on 0–100%."""
    part = years.dropna(subset=["within_15_days_share"])
    y = part["within_15_days_share"].astype(float)
    fig = go.Figure(go.Scatter(
        x=_years(part), y=y, mode="lines+markers+text", name=share, text=[f"{v:.0%}" for v in y],
        textposition="top center", line={"color": FINISHED, "width": 3},
        error_y={"type": "data", "symmetric": False, "array": part["ci_high"].astype(float) - y,
                 "arrayminus": y - part["ci_low"].astype(float)}))
    fig.update_yaxes(range=[0, 1.12], tickformat=".0%")
    fig.update_xaxes(type="category")
    return theme.apply(fig, title, height=360, present=present, share=width)


@kept_figure
def age_bars(ages: pd.DataFrame, title: str, label_col: str, count: str, present: bool = False,
             share: float = 1.0) -> go.Figure:
    """Horizontal bars: open complaints per age band (older bands in warmer colours)."""
    colours = ["#9CCC65", "#FFCA28", "#FFA000", "#F57C00", "#D32F2F"]
    fig = go.Figure(go.Bar(y=ages[label_col], x=ages["count"], orientation="h", marker_color=colours[:len(ages)],
                           text=ages["count"], textposition="outside", cliponaxis=False, name=count))
    fig.update_yaxes(autorange="reversed")
    theme.count_axis(fig, float(ages["count"].max() or 1) * 1.15, axis="x")
    return theme.apply(fig, title, height=320, present=present, share=share)


@kept_figure
def month_lines(months: pd.DataFrame, title: str, label_col: str, present: bool = False) -> go.Figure:
    """One line per fiscal year over the months October–September (received per month)."""
    fig = go.Figure()
    order = months.drop_duplicates("fiscal_month").sort_values("fiscal_month")[label_col].tolist()
    for fy, part in months.groupby("fiscal_year"):
        fig.add_trace(go.Scatter(x=part[label_col], y=part["received"], mode="lines+markers", name=str(fy)))
    fig.update_xaxes(categoryorder="array", categoryarray=order)
    theme.count_axis(fig, float(months["received"].max() or 1) if len(months) else 1)
    return theme.apply(fig, title, height=380, present=present)


@kept_figure
def breakdown_bars(table: pd.DataFrame, title: str, finished: str, in_progress: str, top: int = 15,
                   present: bool = False) -> go.Figure:
    """Horizontal stacked bars (finished, in progress) for the top values of a breakdown, largest first."""
    part = table.head(top)
    fig = go.Figure([go.Bar(y=part["value"], x=part["finished"], orientation="h", name=finished,
                            marker_color=FINISHED),
                     go.Bar(y=part["value"], x=part["in_progress"], orientation="h", name=in_progress,
                            marker_color=OPEN)])
    fig.update_layout(barmode="stack", meta={"ranking": len(part)})
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=list(part["value"]),
                     ticktext=[theme.short_name(x) for x in part["value"]])
    theme.count_axis(fig, float((part["finished"] + part["in_progress"]).max() or 1) if len(part) else 1, axis="x")
    return theme.apply(fig, title, height=max(300, 40 * len(part) + 120), present=present)
