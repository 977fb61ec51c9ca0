"""Plotly figures of the path-to-85 planner and the item drill-down (built from analysis views)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import theme
from ui.cache import kept_figure

BEFORE_COLOR = "#90A4AE"
AFTER_COLOR = "#1565C0"


@kept_figure
def before_after(bars, title: str, pass_mark: float, pass_label: str, before_label: str, after_label: str,
                 total_label: str, present: bool = False) -> go.Figure:
    """Grouped bars before/after (an analysis BeforeAfter: indicators 1…n, the three tools, the total), with the
    pass line; bars that rise are labelled."""
    cats = [total_label if c == "total" else c for c in bars.categories]
    yb, ya = list(bars.before), list(bars.after)
    fig = go.Figure()
    fig.add_bar(x=cats, y=yb, name=before_label, marker_color=BEFORE_COLOR,
                hovertemplate="%{x}: %{y:.2f}<extra>" + before_label + "</extra>")
    fig.add_bar(x=cats, y=ya, name=after_label, marker_color=AFTER_COLOR,
                text=[f"{v:.2f}" if v is not None and b is not None and v > b + 1e-9 else "" for v, b in zip(ya, yb)],
                textposition="outside", cliponaxis=False, hovertemplate="%{x}: %{y:.2f}<extra>" + after_label + "</extra>")
    low = min([v for v in yb if v is not None and not pd.isna(v)] + [pass_mark])
    fig.update_yaxes(range=[max(0.0, low - 10), 104])
    fig.update_xaxes(type="category")
    theme.apply(fig, title, height=460, present=present)
    fig.update_layout(barmode="group", bargap=0.2)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="y", present=present)


@kept_figure
def lowest_questions(rows: pd.DataFrame, title: str, pass_mark: float, pass_label: str, value_label: str,
                     present: bool = False, share: float = 1.0) -> go.Figure:
    """Horizontal bars of the lowest questions (lowest at the top), coloured by tool, with the pass line; each bar
    named by its code and a few words (rows' label column), the full wording in its hover (rows' hover column)."""
    fig = go.Figure()
    colors = {"IIT": "#6A1B9A", "EIT": "#EF6C00"}
    labels, hovers = list(rows["label"]), list(rows["hover"])
    for tool in ("IIT", "EIT"):
        mask = (rows["tool"] == tool).to_numpy()
        fig.add_bar(x=rows["value"][mask], y=[lab for lab, m in zip(labels, mask) if m], orientation="h", name=tool,
                    marker_color=colors[tool], customdata=[h for h, m in zip(hovers, mask) if m],
                    hovertemplate=f"%{{customdata}}<br>{value_label}: %{{x:.2f}}<extra>{tool}</extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed")
    fig.update_xaxes(range=[max(0.0, float(rows["value"].min()) - 10) if len(rows) else 0, 100.5])
    theme.apply(fig, title, height=max(360, 30 * len(rows) + 140), present=present, share=share, note_above=True)
    fig.update_layout(barmode="overlay", meta={"ranking": len(rows)})
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x", present=present)
