"""Plotly figures of the indicator-analysis pages (built from analysis frames; no computation of results here)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import theme

OK_COLOR = theme.level_color("ผ่านดี")
BELOW_COLOR = theme.level_color("ต้องปรับปรุงโดยด่วน")
PEER_COLOR = "#283593"
SAME_COLOR = "#BDBDBD"


def indicator_label(number: int, name: str) -> str:
    """'10. การป้องกันการทุจริต' — how an indicator is named on chart axes."""
    return f"{int(number)}. {name}"


def _x_floor(values, pass_mark: float) -> float:
    low = min([float(v) for v in values if pd.notna(v)] or [pass_mark])
    return max(0.0, min(low - 3, pass_mark - 10))


def weak_bars(weak: pd.DataFrame, name_col: str, title: str, pass_mark: float, pass_label: str,
              ok_label: str, below_label: str, peer_label: str, score_label: str, lost_label: str) -> go.Figure:
    """Horizontal bars of the unit's indicator scores (most points lost at the top), red below the pass mark,
    with the peer median as diamonds and the 85 line."""
    labels = [indicator_label(n, s) for n, s in zip(weak["indicator"], weak[name_col])]
    fig = go.Figure()
    below = weak["below_85"].astype(bool).to_numpy()
    for mask, name, color in ((~below, ok_label, OK_COLOR), (below, below_label, BELOW_COLOR)):
        part = weak.loc[mask]
        if len(part):
            fig.add_bar(x=part["score"], y=[lb for lb, m in zip(labels, mask) if m], orientation="h", name=name,
                        marker_color=color, text=[f"{v:.2f}" for v in part["score"]], textposition="inside",
                        insidetextanchor="start",
                        customdata=part[["points_lost"]].to_numpy(),
                        hovertemplate=f"%{{y}}<br>{score_label}: %{{x:.2f}}<br>{lost_label}: "
                                      "%{customdata[0]:.2f}<extra></extra>")
    if weak["peer_median"].notna().any():
        fig.add_scatter(x=weak["peer_median"], y=labels, mode="markers", name=peer_label,
                        marker={"symbol": "diamond", "size": 13, "color": PEER_COLOR,
                                "line": {"color": "white", "width": 1}},
                        hovertemplate=f"%{{y}}<br>{peer_label}: %{{x:.2f}}<extra></extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed", automargin=True)
    fig.update_xaxes(range=[_x_floor([*weak["score"], *weak["peer_median"]], pass_mark), 100.5], title=score_label)
    theme.apply(fig, title, height=max(440, 46 * len(weak) + 160))
    fig.update_layout(barmode="overlay", bargap=0.3, legend={"y": 1.07})
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x")


def heatmap(matrix: pd.DataFrame, names: dict[int, str], title: str, pass_mark: float, pass_label: str,
            unit_label: str, indicator_label_text: str, score_label: str) -> go.Figure:
    """Units × indicators heatmap whose colours diverge at the pass mark (red below, green above), values printed,
    the colour bar marked at the pass mark."""
    cols = [c for c in matrix.columns if c.startswith("i") and c[1:].isdigit()]
    nums = [int(c[1:]) for c in cols]
    x = [indicator_label(n, names.get(n, "")) for n in nums]
    z = matrix[cols].to_numpy(dtype=float)
    finite = z[~pd.isna(z)]
    lo = float(min(finite.min() if finite.size else pass_mark, pass_mark - 10))
    hi = 100.0
    mid = (pass_mark - lo) / (hi - lo)
    scale = [[0.0, "#B71C1C"], [mid * 0.6, "#EF9A9A"], [mid, "#FFFDE7"], [mid + (1 - mid) * 0.4, "#A5D6A7"],
             [1.0, "#1B5E20"]]
    units = list(matrix.index)
    fig = go.Figure(go.Heatmap(
        z=z, x=x, y=units, zmin=lo, zmax=hi, colorscale=scale, xgap=1, ygap=1,
        text=[[("" if pd.isna(v) else f"{v:.0f}") for v in row] for row in z], texttemplate="%{text}",
        textfont={"size": 11},
        colorbar={"title": {"text": score_label}, "tickvals": [round(lo), pass_mark, 100],
                  "ticktext": [f"{round(lo)}", f"{pass_label}", "100"]},
        hovertemplate=f"{unit_label}: %{{y}}<br>{indicator_label_text}: %{{x}}<br>{score_label}: %{{z:.2f}}"
                      "<extra></extra>"))
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont={"size": 12}, type="category")
    fig.update_xaxes(side="top", tickangle=-35, automargin=True, tickfont={"size": 12}, type="category")
    theme.apply(fig, title, height=max(480, 21 * len(units) + 260))
    fig.update_layout(margin={"t": 200})
    return fig


def pass_rate_bars(rates: pd.DataFrame, title: str, axis_label: str) -> go.Figure:
    """Horizontal bars of the share of units passing per unit type, labelled 'passing/units (share)'."""
    fig = go.Figure(go.Bar(
        x=rates["share"] * 100, y=rates["unit_type"], orientation="h", marker_color=OK_COLOR,
        text=[f"{p}/{n} ({s:.0%})" for p, n, s in zip(rates["passing"], rates["units"], rates["share"])],
        textposition="auto", hovertemplate="%{y}: %{x:.1f}%<extra></extra>"))
    fig.update_xaxes(range=[0, 105], title=axis_label, ticksuffix="%")
    fig.update_yaxes(automargin=True)
    return theme.apply(fig, title, height=max(300, 60 * len(rates) + 160))


def slope(changes: pd.DataFrame, before: str, after: str, prev_label: str, now_label: str, title: str,
          pass_mark: float, pass_label: str, legend: dict[str, str]) -> go.Figure:
    """One line per unit from last year to this year; units that crossed the pass mark coloured (up green, down
    red), the others grey; the 85 line across."""
    fig = go.Figure()
    colors = {"": SAME_COLOR, "up": OK_COLOR, "down": BELOW_COLOR}
    for kind in ("", "down", "up"):       # crossings drawn last, on top
        part = changes.loc[changes["crossed"] == kind]
        first = True
        for unit, a, b in zip(part["unit"], part[before], part[after]):
            fig.add_scatter(x=[prev_label, now_label], y=[a, b], mode="lines+markers", name=legend[kind],
                            legendgroup=kind, showlegend=first, line={"color": colors[kind],
                                                                       "width": 1 if kind == "" else 2.5},
                            marker={"size": 5 if kind == "" else 8},
                            hovertemplate=f"{unit}<br>%{{x}}: %{{y:.2f}}<extra></extra>")
            first = False
    values = [*changes[before], *changes[after]]
    fig.update_yaxes(range=[_x_floor(values, pass_mark), 100.5])
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=[prev_label, now_label])
    theme.apply(fig, title, height=620)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="y")


def change_bars(group: pd.DataFrame, name_col: str, title: str, axis_label: str) -> go.Figure:
    """Horizontal bars of the median change per indicator (most improved at the top), green up, red down."""
    labels = [indicator_label(n, s) for n, s in zip(group["indicator"], group[name_col])]
    fig = go.Figure(go.Bar(
        x=group["median_change"], y=labels, orientation="h",
        marker_color=[OK_COLOR if v >= 0 else BELOW_COLOR for v in group["median_change"]],
        text=[f"{v:+.2f}" for v in group["median_change"]], textposition="outside",
        hovertemplate="%{y}: %{x:+.2f}<extra></extra>"))
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed", automargin=True)
    fig.update_xaxes(title=axis_label, zeroline=True, zerolinecolor="#616161")
    return theme.apply(fig, title, height=max(420, 44 * len(group) + 160))


def drivers_dumbbell(drv: pd.DataFrame, name_col: str, title: str, pass_mark: float, pass_label: str,
                     pass_legend: str, fail_legend: str) -> go.Figure:
    """Per indicator (largest gap at the top) the median of failing units (red) and of passing units (green)
    joined by a line, the gap written beside, and the 85 line."""
    labels = [indicator_label(n, s) for n, s in zip(drv["indicator"], drv[name_col])]
    fig = go.Figure()
    for lb, a, b in zip(labels, drv["median_fail"], drv["median_pass"]):
        fig.add_scatter(x=[a, b], y=[lb, lb], mode="lines", line={"color": SAME_COLOR, "width": 4},
                        showlegend=False, hoverinfo="skip")
    fig.add_scatter(x=drv["median_fail"], y=labels, mode="markers", name=fail_legend,
                    marker={"size": 14, "color": BELOW_COLOR},
                    hovertemplate=f"%{{y}}<br>{fail_legend}: %{{x:.2f}}<extra></extra>")
    fig.add_scatter(x=drv["median_pass"], y=labels, mode="markers+text", name=pass_legend,
                    marker={"size": 14, "color": OK_COLOR}, textposition="middle right",
                    text=[("" if pd.isna(d) else f"  {d:+.2f}") for d in drv["diff_median"]],
                    hovertemplate=f"%{{y}}<br>{pass_legend}: %{{x:.2f}}<extra></extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed", automargin=True)
    fig.update_xaxes(range=[_x_floor([*drv["median_fail"], *drv["median_pass"]], pass_mark), 103])
    theme.apply(fig, title, height=max(440, 46 * len(drv) + 160))
    fig.update_layout(legend={"y": 1.07})
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x")
