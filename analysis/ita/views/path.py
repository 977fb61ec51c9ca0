"""The path-to-85 screen's view: a unit-year's scores, the targets and default efforts, then the least-effort plan."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.common.text import t
from analysis.ita import overview, planner
from analysis.ita.framework import Framework, for_year
from analysis.ita.items import oit_presence
from analysis.ita.planner import Plan
from analysis.ita.views._choice import choose, name_column, units_in_year

TOOLS = ("IIT", "EIT", "OIT")
TOTAL = "total"      # the before/after chart's category of the total (the page names it)


@dataclass(frozen=True)
class TargetChoice:
    """A target in words' parameters: kind "pass" (mark), "band" (label, total, gate) or "level" (label, total)."""
    kind: str
    mark: str = ""
    label: str = ""
    total: str = ""
    gate: str = ""


@dataclass(frozen=True, eq=False)
class PathView:
    """What the planner offers for the chosen unit and year before it plans (years empty: no indicator scores)."""
    years: list[int]
    year: int | None = None
    units: list[str] = field(default_factory=list)
    unit: str | None = None
    framework: Framework | None = None                 # None: no framework file for the year, nothing to plan
    targets: dict[str, TargetChoice] = field(default_factory=dict)   # key → words, easiest first
    scores: dict[int, float] = field(default_factory=dict)           # the unit's indicator scores
    settings: pd.DataFrame = field(default_factory=pd.DataFrame)     # indicator, name, tool, score, effort, per_year, cap
    name_col: str = "name_th"
    presence: dict[str, bool] = field(default_factory=dict)          # OIT items of the item file (code → present)
    pass_mark: float = 85.0


@dataclass(frozen=True)
class BeforeAfter:
    """The before/after chart's bars: indicators 1…n, the three tools and the total (category TOTAL)."""
    categories: tuple[str, ...]
    before: tuple
    after: tuple


@dataclass(frozen=True, eq=False)
class PathPlan:
    """A plan for the PathView's unit: the planner's Plan, its reason in the language, tables and the chart."""
    result: Plan
    reason: str | None
    changes: pd.DataFrame        # indicator, name, tool, from, to, gain, why (in words)
    items: pd.DataFrame          # code, name_th, indicator, points: OIT items to publish
    chart: BeforeAfter


def _target(fw: Framework, key: str) -> TargetChoice:
    t = planner.resolve_target(fw, key)
    if t.rank is None:
        return TargetChoice("pass", mark=f"{t.min_total:g}")
    if t.tool_gate is not None:
        return TargetChoice("band", label=t.label, total=f"{t.min_total:g}", gate=f"{t.tool_gate:g}")
    return TargetChoice("level", label=t.label, total=f"{t.min_total:g}")


def path_view(scores: pd.DataFrame, results: pd.DataFrame, year: int | None = None, unit: str | None = None,
              lang: str = "th", items: pd.DataFrame | None = None) -> PathView:
    """The PathView of the wanted year (the newest with indicator scores when not offered) and unit; items is the
    session's item file (ITEM_COLUMNS), whose OIT items the plan may use."""
    scored_years = set(scores["fiscal_year"].astype(int))
    years = [y for y in overview.available_years(results) if y in scored_years]
    name_col = name_column(lang)
    if not years:
        return PathView(years, name_col=name_col)
    year = choose(years, year)
    in_year = scores[scores["fiscal_year"] == year]
    units = units_in_year(in_year, year)
    unit = choose(units, unit)
    fw = for_year(year)
    if fw is None:
        return PathView(years, year, units, unit, name_col=name_col)
    mine = in_year[in_year["unit"] == unit]
    values = {int(k): float(v) for k, v in zip(mine["indicator"], mine["score"]) if pd.notna(v)}
    settings = planner.default_settings(fw, values)
    return PathView(years, year, units, unit, fw, {k: _target(fw, k) for k in planner.targets(fw)}, values,
                    settings[["indicator", name_col, "tool", "score", "effort", "per_year", "cap"]], name_col,
                    oit_presence(items, unit, year) if items is not None else {}, fw.pass_mark)


def _chart(scores: dict[int, float], result: Plan) -> BeforeAfter:
    after = dict(scores)
    for c in result.changes:
        after[c["indicator"]] = c["to"]
    tb, ta = result.tools_before or {}, result.tools_after or {}
    ks = sorted(scores)
    return BeforeAfter(tuple([str(k) for k in ks] + [*TOOLS, TOTAL]),
                       tuple([scores[k] for k in ks] + [tb.get(t) for t in TOOLS] + [result.total_before]),
                       tuple([after[k] for k in ks] + [ta.get(t) for t in TOOLS] + [result.total_after]))


def _why(why: dict, lang: str) -> str:
    """Why an indicator rises this much, in words: its effort per total point and the cap it reached, if any."""
    code = {"per_year": "path.why_per_year", "cap": "path.why_cap"}.get(why.get("limit"), "path.why_enough")
    return t(code, lang, cost=f"{why['per_total_point']:.2f}", per_year=f"{why['per_year']:g}", cap=f"{why['cap']:g}")


def path_plan(view: PathView, target: str, settings: pd.DataFrame, use_items: bool = False,
              family: str = "nacc", lang: str = "th") -> PathPlan:
    """The least-effort PathPlan of the view's unit to reach target with the (edited) settings' effort, yearly gain
    (per_year) and cap per indicator, publishing the item file's missing OIT items when use_items; each change says
    why in the language. Raises ValueError on unusable settings."""
    fw = view.framework
    by = lambda col: dict(zip(settings["indicator"], settings[col])) if col in settings else None  # noqa: E731
    result = planner.plan(view.scores, fw, target, by("effort"), by("cap"), view.presence if use_items else None,
                          family, by("per_year"))
    names = {i.number: (i.name_th if lang == "th" else i.name_en, i.tool) for i in fw.indicators}
    changes = pd.DataFrame([{"indicator": c["indicator"], "name": names[c["indicator"]][0],
                             "tool": names[c["indicator"]][1], "from": c["from"], "to": c["to"],
                             "gain": c["to"] - c["from"], "why": _why(result.why[c["indicator"]], lang)}
                            for c in result.changes],
                           columns=["indicator", "name", "tool", "from", "to", "gain", "why"])
    return PathPlan(result, result.reason_text(lang), changes,
                    pd.DataFrame(result.items), _chart(view.scores, result))
