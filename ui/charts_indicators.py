"""Plotly figures of the indicator-analysis pages (built from analysis frames; no computation of results here)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import theme
from ui.cache import kept_figure

OK_COLOR = theme.level_color("ผ่านดี")
BELOW_COLOR = theme.level_color("ต้องปรับปรุงโดยด่วน")
PEER_COLOR = "#283593"
SAME_COLOR = "#BDBDBD"
TEXT_CELLS = 2000          # a heatmap prints its values only up to this many cells


def indicator_label(number: int, name: str) -> str:
    """'10. การป้องกันการทุจริต' — how an indicator is named on chart axes."""
    return f"{int(number)}. {name}"


def _x_floor(values, pass_mark: float) -> float:
    low = min([float(v) for v in values if pd.notna(v)] or [pass_mark])
    return max(0.0, min(low - 3, pass_mark - 10))


@kept_figure
def weak_bars(weak: pd.DataFrame, name_col: str, title: str, pass_mark: float, pass_label: str,
              ok_label: str, below_label: str, peer_label: str, score_label: str, lost_label: str,
              present: bool = False) -> go.Figure:
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
    theme.apply(fig, title, height=max(440, 46 * len(weak) + 160), present=present, note_above=True)
    fig.update_layout(barmode="overlay", bargap=0.3)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x", present=present)


@kept_figure
def heatmap(matrix: pd.DataFrame, names: dict[int, str], title: str, pass_mark: float, pass_label: str,
            unit_label: str, indicator_label_text: str, score_label: str, chosen: str | None = None,
            present: bool = False) -> go.Figure:
    """Units (or types) × indicators heatmap whose colours diverge at the pass mark (red below, green above), the
    colour bar marked at the pass mark; values printed up to TEXT_CELLS cells; every row named (long names
    shortened), the chosen row's name bold."""
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
    units = [str(u) for u in matrix.index]
    s = theme.sizes(present)
    cells = {} if z.size > TEXT_CELLS else {
        "text": [[("" if pd.isna(v) else f"{v:.0f}") for v in row] for row in z], "texttemplate": "%{text}",
        "textfont": {"size": s["tick"] - 1}}
    fig = go.Figure(go.Heatmap(
        z=z, x=x, y=units, zmin=lo, zmax=hi, colorscale=scale, xgap=1, ygap=1, **cells,
        colorbar={"title": {"text": score_label}, "tickvals": [round(lo), pass_mark, 100],
                  "ticktext": [f"{round(lo)}", f"{pass_label}", "100"]},
        hovertemplate=f"{unit_label}: %{{y}}<br>{indicator_label_text}: %{{x}}<br>{score_label}: %{{z:.2f}}"
                      "<extra></extra>"))
    ticks = [f"<b>▶ {theme.short_name(u)}</b>" if u == chosen else theme.short_name(u) for u in units]
    theme.apply(fig, title, height=max(420, s["row"] * 0.9 * len(units) + 300), present=present)
    fig.update_yaxes(autorange="reversed", type="category", tickmode="array", tickvals=units, ticktext=ticks,
                     showgrid=False)
    fig.update_xaxes(side="bottom", tickangle=-35, type="category", showgrid=False)
    fig.update_layout(meta={"ranking": len(units)})
    return fig


@kept_figure
def pass_rate_bars(rates: pd.DataFrame, title: str, axis_label: str, present: bool = False,
                   share: float = 1.0) -> go.Figure:
    """Horizontal bars of the share of units passing per unit type, labelled 'passing/units (share)'."""
    fig = go.Figure(go.Bar(
        x=rates["share"] * 100, y=rates["unit_type"], orientation="h", marker_color=OK_COLOR,
        text=[f"{p}/{n} ({s:.0%})" for p, n, s in zip(rates["passing"], rates["units"], rates["share"])],
        textposition="auto", hovertemplate="%{y}: %{x:.1f}%<extra></extra>"))
    fig.update_xaxes(range=[0, 105], title=axis_label, ticksuffix="%")
    fig.update_yaxes(tickmode="array", tickvals=list(rates["unit_type"]),
                     ticktext=[theme.short_name(t, 24) for t in rates["unit_type"]])
    theme.apply(fig, title, height=max(260, 50 * len(rates) + 120), present=present, share=share)
    return fig.update_layout(meta={"ranking": len(rates)})


def _segments(frame: pd.DataFrame, before: str, after: str, x0: str, x1: str) -> tuple[list, list, list]:
    """x, y and unit per point of one trace drawing every row as a segment, the segments None-separated."""
    n = len(frame)
    xs = [x0, x1, None] * n
    ys = [v for a, b in zip(frame[before], frame[after]) for v in (a, b, None)]
    us = [v for u in frame["unit"] for v in (u, u, None)]
    return xs, ys, us


@kept_figure
def slope(changes: pd.DataFrame, before: str, after: str, prev_label: str, now_label: str, title: str,
          pass_mark: float, pass_label: str, legend: dict[str, str], chosen: str | None = None,
          present: bool = False) -> go.Figure:
    """Every unit as a line from last year to this year, as one trace per kind (no crossing grey, crossed up green,
    crossed down red; segments None-separated, so a handful of traces whatever the number of units), the chosen unit
    on top in its own colour and named; the 85 line across."""
    fig = go.Figure()
    colors = {"": SAME_COLOR, "up": OK_COLOR, "down": BELOW_COLOR}
    for kind in ("", "down", "up"):       # crossings drawn last, on top
        part = changes.loc[changes["crossed"] == kind]
        if part.empty:
            continue
        xs, ys, us = _segments(part, before, after, prev_label, now_label)
        fig.add_scatter(x=xs, y=ys, customdata=us, mode="lines+markers", name=legend[kind],
                        line={"color": colors[kind], "width": 1 if kind == "" else 2.5},
                        marker={"size": 5 if kind == "" else 8},
                        hovertemplate="%{customdata}<br>%{x}: %{y:.2f}<extra></extra>")
    mine = changes.loc[changes["unit"] == chosen] if chosen is not None else changes.iloc[0:0]
    if len(mine):
        a, b = float(mine[before].iloc[0]), float(mine[after].iloc[0])
        fig.add_scatter(x=[prev_label, now_label], y=[a, b], mode="lines+markers+text", name=f"▶ {theme.short_name(chosen)}",
                        line={"color": theme.CHOSEN_COLOR, "width": 4}, marker={"size": 11},
                        text=[f"{a:.2f}", f"{b:.2f}"], textposition=["middle left", "middle right"],
                        hovertemplate=f"{chosen}<br>%{{x}}: %{{y:.2f}}<extra></extra>")
    values = [*changes[before], *changes[after]]
    fig.update_yaxes(range=[_x_floor(values, pass_mark), 100.5])
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=[prev_label, now_label])
    theme.apply(fig, title, height=560, present=present)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="y", present=present)


@kept_figure
def change_bars(group: pd.DataFrame, name_col: str, title: str, axis_label: str, present: bool = False) -> go.Figure:
    """Horizontal bars of the median change per indicator (most improved at the top), green up, red down."""
    labels = [indicator_label(n, s) for n, s in zip(group["indicator"], group[name_col])]
    fig = go.Figure(go.Bar(
        x=group["median_change"], y=labels, orientation="h",
        marker_color=[OK_COLOR if v >= 0 else BELOW_COLOR for v in group["median_change"]],
        text=[f"{v:+.2f}" for v in group["median_change"]], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x:+.2f}<extra></extra>"))
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed")
    theme.apply(fig, title, height=max(420, 44 * len(group) + 160), present=present)
    fig.update_xaxes(title=axis_label, zeroline=True, zerolinecolor="#616161")
    return fig


@kept_figure
def drivers_dumbbell(drv: pd.DataFrame, name_col: str, title: str, pass_mark: float, pass_label: str,
                     pass_legend: str, fail_legend: str, present: bool = False) -> go.Figure:
    """Per indicator (largest gap at the top) the median of failing units (red) and of passing units (green)
    joined by a line, the gap written beside, and the 85 line."""
    labels = [indicator_label(n, s) for n, s in zip(drv["indicator"], drv[name_col])]
    fig = go.Figure()
    fig.add_scatter(x=[v for a, b in zip(drv["median_fail"], drv["median_pass"]) for v in (a, b, None)],
                    y=[v for lb in labels for v in (lb, lb, None)], mode="lines",
                    line={"color": SAME_COLOR, "width": 4}, showlegend=False, hoverinfo="skip")
    fig.add_scatter(x=drv["median_fail"], y=labels, mode="markers", name=fail_legend,
                    marker={"size": 14, "color": BELOW_COLOR},
                    hovertemplate=f"%{{y}}<br>{fail_legend}: %{{x:.2f}}<extra></extra>")
    fig.add_scatter(x=drv["median_pass"], y=labels, mode="markers+text", name=pass_legend,
                    marker={"size": 14, "color": OK_COLOR}, textposition="middle right",
                    text=[("" if pd.isna(d) else f"  {d:+.2f}") for d in drv["diff_median"]],
                    hovertemplate=f"%{{y}}<br>{pass_legend}: %{{x:.2f}}<extra></extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed")
    fig.update_xaxes(range=[_x_floor([*drv["median_fail"], *drv["median_pass"]], pass_mark), 103])
    theme.apply(fig, title, height=max(440, 46 * len(drv) + 160), present=present, note_above=True)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x", present=present)
