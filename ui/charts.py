"""Plotly figures of the overview (built from analysis frames; no scoring here)."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from ui import theme
from ui.cache import kept_figure


def _level_order(levels, labels_order: tuple[str, ...]) -> list[str]:
    present = set(levels)
    return [lv for lv in labels_order if lv in present] + [lv for lv in dict.fromkeys(levels) if lv not in labels_order]


@kept_figure
def ranking_bar(rows: pd.DataFrame, title: str, pass_mark: float, pass_label: str, labels_order: tuple[str, ...],
                hover_level: str, hover_total: str, rest_label: str,
                names: dict[str, str] | None = None, present: bool = False) -> go.Figure:
    """Horizontal bars of an overview.extremes frame (lowest at the top), coloured by level, every unit named (long
    names shortened, whole in the hover), the chosen unit's name bold and its bar outlined, each run of units in
    between one grey range bar labelled rest_label with its {n}, {low} and {high} filled in; the 85 line. Marks: at
    most 2N + 1 bars + runs."""
    names = names or {}
    s = theme.sizes(present)
    rows = rows.reset_index(drop=True)
    keys = [f"{i}" for i in range(len(rows))]                     # one category per row (names may repeat)
    ticks = []
    for r in rows.itertuples():
        if r.kind == "rest":
            rest = rest_label.format(n=f"{int(r.rest_n):,}", low=f"{r.rest_low:.2f}", high=f"{r.rest_high:.2f}")
            ticks.append(f"<i>{rest}</i>")
        else:
            name = theme.short_name(r.unit)
            ticks.append(f"<b>▶ {name}</b>" if r.chosen else name)
    fig = go.Figure()
    units = rows["kind"] == "unit"
    for level in _level_order(rows.loc[units, "level"], labels_order):
        mask = units & (rows["level"] == level)
        part = rows.loc[mask]
        fig.add_bar(x=part["total"], y=[keys[i] for i in part.index], orientation="h", name=names.get(level, level),
                    marker_color=theme.level_color(level),
                    customdata=list(zip(part["unit"], [names.get(level, level)] * len(part))),
                    hovertemplate=f"%{{customdata[0]}}<br>{hover_total}: %{{x:.2f}}<br>{hover_level}: "
                                  "%{customdata[1]}<extra></extra>")
    mine = rows.loc[units & rows["chosen"].astype(bool)]
    if len(mine):                                   # drawn again on top, outlined (its legend entry stays plain)
        fig.add_bar(x=mine["total"], y=[keys[i] for i in mine.index], orientation="h", showlegend=False,
                    marker={"color": [theme.level_color(lv) for lv in mine["level"]],
                            "line": {"color": theme.CHOSEN_COLOR, "width": 3}}, hoverinfo="skip")
    rest = rows.loc[~units]
    if len(rest):
        fig.add_bar(x=rest["rest_high"] - rest["rest_low"], base=rest["rest_low"], y=[keys[i] for i in rest.index],
                    orientation="h", marker={"color": "#E0E0E0"}, showlegend=False,
                    customdata=rest[["rest_n", "rest_low", "rest_high"]].to_numpy(),
                    hovertemplate="%{customdata[0]:,}: %{customdata[1]:.2f}–%{customdata[2]:.2f}<extra></extra>")
    low = float(rows["total"].min()) if units.any() else pass_mark
    fig.update_yaxes(categoryorder="array", categoryarray=keys, autorange="reversed", tickmode="array",
                     tickvals=keys, ticktext=ticks, showgrid=False)
    fig.update_xaxes(range=[max(0.0, min(low - 3, pass_mark - 15)), 100.5], title=hover_total)
    theme.apply(fig, title, height=s["row"] * len(rows) + 150, present=present, note_above=True)
    fig.update_layout(barmode="overlay", bargap=0.25, meta={"ranking": len(rows)})
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x", present=present)


@kept_figure
def histogram(bins: pd.DataFrame, title: str, pass_mark: float, pass_label: str, labels_order: tuple[str, ...],
              units_label: str, total_label: str, names: dict[str, str] | None = None,
              chosen: tuple[str, float] | None = None, present: bool = False) -> go.Figure:
    """How many units have a total in each bin, stacked by level in the band colours, with the 85 line and the
    chosen unit (name, total) as a marked point above its bin; whole-number count axis. Marks: bins × levels."""
    names = names or {}
    fig = go.Figure()
    if len(bins):
        width = float((bins["end"] - bins["start"]).iloc[0])
        for level in _level_order(bins["level"], labels_order):
            part = bins.loc[bins["level"] == level]
            fig.add_bar(x=part["start"] + width / 2, y=part["units"], width=width * 0.92, name=names.get(level, level),
                        marker_color=theme.level_color(level), customdata=part[["start", "end"]].to_numpy(),
                        hovertemplate=f"{total_label} %{{customdata[0]:g}}–<%{{customdata[1]:g}}: %{{y:,}} "
                                      f"{units_label}<extra>{names.get(level, level)}</extra>")
    per_bin = bins.groupby("start")["units"].sum() if len(bins) else pd.Series(dtype=float)
    top = float(per_bin.max()) if len(per_bin) else 1.0
    if chosen is not None:
        unit, total = chosen
        level_here = bins.loc[(bins["start"] <= total) & (total < bins["end"] + 1e-9), "units"].sum()
        fig.add_scatter(x=[total], y=[level_here + top * 0.06], mode="markers", name=f"▼ {theme.short_name(unit)} ({total:.2f})",
                        marker={"symbol": "triangle-down", "size": 16, "color": theme.CHOSEN_COLOR},
                        hovertemplate=f"{unit}<br>{total_label}: %{{x:.2f}}<extra></extra>")
    low = float(bins["start"].min()) if len(bins) else pass_mark - 15
    fig.update_xaxes(range=[min(low, pass_mark - 5), 100.5], title=total_label)
    theme.count_axis(fig, top * 1.1)
    fig.update_yaxes(title=units_label)
    theme.apply(fig, title, height=380, present=present, note_above=True)
    fig.update_layout(barmode="stack", bargap=0)
    return theme.add_pass_line(fig, pass_mark, pass_label, axis="x", present=present)


@kept_figure
def level_distribution_bar(dist: pd.DataFrame, title: str, units_label: str,
                           names: dict[str, str] | None = None, present: bool = False,
                           share: float = 1.0) -> go.Figure:
    """Horizontal bars of how many units fall in each level or band (best at the top, the framework's order), in the
    band colours, each labelled 'n (share)'; whole-number count axis."""
    names = names or {}
    shown = [names.get(lv, lv) for lv in dist["level"]]
    fig = go.Figure(go.Bar(
        y=shown, x=dist["units"], orientation="h", marker_color=[theme.level_color(lv) for lv in dist["level"]],
        text=[f"{n:,} ({s:.0%})" for n, s in zip(dist["units"], dist["share"])], textposition="outside",
        cliponaxis=False, hovertemplate=f"%{{y}}: %{{x:,}} {units_label}<extra></extra>"))
    theme.count_axis(fig, float(dist["units"].max()) * 1.25 if len(dist) else 1, axis="x")
    fig.update_xaxes(title=units_label)
    fig.update_yaxes(categoryorder="array", categoryarray=shown, autorange="reversed")
    s = theme.sizes(present)
    return theme.apply(fig, title, height=max(300, s["row"] * 1.6 * len(dist) + 140), present=present, share=share)


def overview_figures(v, units: str, demo_suffix: str, present: bool, say: Callable[..., str]) -> tuple[go.Figure, ...]:
    """The overview's three charts of an OverviewView (the distribution by band, the lowest and highest units, the
    level mix), their texts in `say`'s language (say(code, **params): ui.lang.tr on the page, the catalogue in
    Thai for the server's warm-up, which so builds the very figures a first visitor's page asks for)."""
    names = v.level_names
    summarised = bool((v.ranking["kind"] == "rest").any())
    title = (say("chart.ranking", year=v.year, n=v.rank_n, units=units) if summarised else
             say("overview.chart_totals", year=v.year))
    return (
        histogram(v.histogram, say("chart.histogram", year=v.year, units=units) + demo_suffix, v.pass_mark,
                  say("common.pass_line"), v.labels, say("common.units_suffix"), say("common.total"), names,
                  (v.unit, v.chosen_total) if v.unit else None, present),
        ranking_bar(v.ranking, title + demo_suffix, v.pass_mark, say("common.pass_line"), v.labels,
                    say("common.level"), say("common.total"),
                    say("chart.rest", n="{n}", low="{low}", high="{high}"),      # filled in per summary bar
                    names, present),
        level_distribution_bar(v.distribution, say("overview.chart_levels", year=v.year) + demo_suffix,
                               say("common.units_suffix"), names, present, share=0.4))
