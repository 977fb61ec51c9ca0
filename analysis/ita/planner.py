"""Path to 85: the least-effort set of indicator improvements that reaches a target (pass or a band with gates).

Model (scipy.optimize): the planned increase d_k of indicator k is continuous in [0, min(cap_k − score_k, g_k)]
where cap_k is the highest score it may reach and g_k the most points it can gain in one year (a score never
goes down; an indicator already at or above its cap stays). Minimise Σ effort_k · d_k subject to
total ≥ target and, for a band with a per-tool gate, IIT, EIT and OIT each ≥ the gate; totals and tool scores
are compared rounded half-up to 2 decimals as scoring does, so the model asks for target − 0.005 and the plan
is then re-scored with analysis.ita.scoring.score to prove it reaches the band. Planned scores are rounded up to
2 decimals. Ties between equal-effort indicators go to the lower-scored one. Solved with `linprog`.

OIT as yes/no items (`oit_items`, code → present): an indicator that has item data in the file no longer
rises continuously; instead each missing item j may be published (binary y_j) and adds its share
100 / n_k points, n_k = how many items of the chosen family the year's framework file lists for indicator k
[assumed: equal shares; official OIT scoring uses assessor judgement and not-applicable items, and partial
lists make the shares larger than they really are]. Publishing costs effort_k × factor × share. Solved with
`milp`. Efforts, caps and yearly gains default to data/planner_defaults.toml (by tool, validated when read); the
target's edges and gates are read from the year's framework file. Each planned change says why it stopped where
it did (`why`: effort per total point and which cap it reached).
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from analysis.common.paths import DATA_DIR
from analysis.common.text import msg, pair, render, seq, t
from analysis.ita.framework import TOOLS, Framework
from analysis.ita.scoring import round2, score

DEFAULTS_FILE = DATA_DIR / "planner_defaults.toml"
PASS = "pass"
_TIE = 1e-4          # relative tie-break: prefer the lower-scored of equal-effort indicators
_EPS = 1e-6          # increases below this are no change


@dataclass
class Plan:
    """A plan to reach a target: feasible or why not (a catalogue message), the changes and the scores after."""
    feasible: bool
    reason: dict | None                      # why not (analysis.common.text message); None when feasible
    changes: list[dict]                      # {"indicator": k, "from": score, "to": planned score}
    total_after: float | None
    tools_after: dict[str, float] | None     # {"IIT": …, "EIT": …, "OIT": …} on 0–100, rounded as scored
    effort: float
    target: str = PASS
    total_before: float | None = None
    tools_before: dict[str, float] | None = None
    level_after: str | None = None
    items: list[dict] = field(default_factory=list)   # OIT items to publish: code, name_th, indicator, points
    method: str = ""                                  # "linprog" | "milp" | "" (nothing to solve)
    why: dict[int, dict] = field(default_factory=dict)  # changed indicator → per_total_point, limit, gain, cap

    def reason_text(self, lang: str = "th") -> str | None:
        """Why the target cannot be reached, in the language (None when the plan is feasible)."""
        return None if self.reason is None else str(render(self.reason, lang))


@dataclass(frozen=True)
class Target:
    """What a target asks: total ≥ min_total and, when tool_gate is set, every tool ≥ tool_gate."""
    key: str
    label: str
    label_en: str
    min_total: float
    tool_gate: float | None
    rank: int | None        # index of the band/level in the framework (best first); None for "pass"


def _number(d: dict, section: str, key: str, low: float, high: float, path: Path, low_open: bool = False) -> float:
    value = d.get(section, {}).get(key)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and (low < value if low_open else
                                                                             low <= value) and value <= high
    if not ok:
        raise ValueError(f"{Path(path).name}: [{section}] {key} = {value!r} — expected a number "
                         f"{'>' if low_open else '≥'} {low:g} and ≤ {high:g}")
    return float(value)


def load_defaults(path: Path = DEFAULTS_FILE) -> dict:
    """The planner defaults file as a dict (effort_per_point and gain_per_year by tool, cap.default,
    oit_items.effort_per_point_factor), validated: ValueError names the bad value."""
    d = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    for tool in TOOLS:
        _number(d, "effort_per_point", tool, 0, 1e6, path)
        _number(d, "gain_per_year", tool, 0, 100, path, low_open=True)
    _number(d, "cap", "default", 0, 100, path)
    _number(d, "oit_items", "effort_per_point_factor", 0, 1e6, path)
    return d


def default_settings(fw: Framework, scores: Mapping[int, float] | None = None) -> pd.DataFrame:
    """One row per indicator of the year: indicator, name_th, name_en, tool, weight, score, effort, per_year (most
    points it can gain in one year), cap (defaults)."""
    d = load_defaults()
    scores = scores or {}
    rows = [{"indicator": i.number, "name_th": i.name_th, "name_en": i.name_en, "tool": i.tool,
             "weight": i.weight, "score": scores.get(i.number, np.nan),
             "effort": float(d["effort_per_point"][i.tool]), "per_year": float(d["gain_per_year"][i.tool]),
             "cap": float(d["cap"]["default"])}
            for i in fw.indicators]
    return pd.DataFrame(rows)


def targets(fw: Framework) -> list[str]:
    """The targets a year offers, easiest first: "pass", then passing bands with a tool gate or better levels."""
    rules = fw.bands if fw.grading == "bands" else fw.levels
    out = [PASS]
    for r in reversed(rules):
        gate = getattr(r, "tool_gate", None)
        if r.min_total > fw.pass_mark or (r.min_total >= fw.pass_mark and gate is not None):
            out.append(r.label)
    return out


def resolve_target(fw: Framework, key: str) -> Target | None:
    """The Target for "pass" (the pass mark) or a band/level label of the year; None when the year has no such label."""
    if key in (PASS, "ผ่าน", "Pass"):
        return Target(PASS, t("planner.pass_target", "th", mark=fw.pass_mark),
                      t("planner.pass_target", "en", mark=fw.pass_mark), fw.pass_mark, None, None)
    rules = fw.bands if fw.grading == "bands" else fw.levels
    for k, r in enumerate(rules):
        if key in (r.label, getattr(r, "label_en", None)):
            return Target(r.label, r.label, getattr(r, "label_en", "") or r.label, r.min_total,
                          getattr(r, "tool_gate", None), k)
    return None


def item_points(fw: Framework, family: str = "nacc") -> dict[str, tuple[int, float]]:
    """OIT item code → (indicator, points it adds to that indicator = 100 / items listed for the indicator)."""
    items = [it for it in fw.oit_items if it.family == family]
    count = {k: sum(1 for it in items if it.indicator == k) for k in {it.indicator for it in items}}
    return {it.code: (it.indicator, 100.0 / count[it.indicator]) for it in items}


def _ceil2(x: float) -> float:
    return math.ceil(round(x * 100, 6)) / 100


def _floor2(x: float) -> float:
    return math.floor(round(x * 100, 6)) / 100


def _scored(fw: Framework, values: Mapping[int, float]) -> dict:
    """analysis.ita.scoring.score of one unit-year with these indicator scores: total, tools, level (as published)."""
    frame = pd.DataFrame({"unit": "plan", "unit_type": "", "fiscal_year": fw.fiscal_year,
                          "indicator": list(values), "score": [float(v) for v in values.values()]})
    row = score(frame, None, {fw.fiscal_year: fw}).iloc[0]
    return {"total": float(row["total"]), "tools": {t: float(row[t.lower()]) for t in TOOLS},
            "level": row["level"]}


def _meets(fw: Framework, target: Target, scored: dict) -> bool:
    if target.rank is None:
        return scored["total"] >= round2(target.min_total)
    rules = fw.bands if fw.grading == "bands" else fw.levels
    labels = [r.label for r in rules]
    return scored["level"] in labels and labels.index(scored["level"]) <= target.rank


def _fail(reason: dict, target: Target, before: dict | None) -> Plan:
    return Plan(False, reason, [], before["total"] if before else None, before["tools"] if before else None,
                0.0, target.key if target else "", before["total"] if before else None,
                before["tools"] if before else None, before["level"] if before else None)


def _limits(ks, s, hi, cap, item_ind, gain):
    """Why indicators in ks cannot go higher (cap, already above cap, the yearly gain, or all missing items
    published), grouped: a message parameter ("" when nothing limits them)."""
    groups: dict[tuple, list[int]] = {}
    for k in ks:
        j = k - 1
        if hi[j] >= 100 - 1e-9:
            continue
        room = max(0.0, _floor2(cap[j]) - s[j])
        if k in item_ind and hi[j] < s[j] + min(room, gain[j]) - 1e-9:
            key = ("items", round(hi[j], 2))
        elif s[j] > cap[j] + 1e-9:
            key = ("stay", round(s[j], 2), cap[j])
        elif gain[j] < room - 1e-9:
            key = ("gain", gain[j])
        else:
            key = ("cap", cap[j])
        groups.setdefault(key, []).append(k)
    parts = []
    for key, group in groups.items():
        names = ", ".join(map(str, group))
        if key[0] == "items":
            parts.append(msg("planner.limit_items", numbers=names, score=float(key[1])))
        elif key[0] == "stay":
            parts.append(msg("planner.limit_stay", numbers=names, score=float(key[1]), cap=float(key[2])))
        elif key[0] == "gain":
            parts.append(msg("planner.limit_gain", numbers=names, gain=float(key[1])))
        else:
            parts.append(msg("planner.limit_cap", numbers=names, cap=float(key[1])))
    return msg("planner.limits", parts=seq(parts, "; ")) if parts else ""


def plan(scores: Mapping[int, float], fw: Framework, target: str = PASS,
         effort: Mapping[int, float] | None = None, caps: Mapping[int, float] | None = None,
         oit_items: Mapping[str, bool] | None = None, family: str = "nacc",
         per_year: Mapping[int, float] | None = None) -> Plan:
    """The least-effort Plan for one unit-year's indicator scores to reach `target` ("pass" or a band/level label
    of the year), no indicator rising more than its per_year gain; infeasible plans say why (which gate, which
    cap) in Thai and English. Inputs are not changed."""
    tgt = resolve_target(fw, target)
    if tgt is None:
        offered = ", ".join(targets(fw))
        return _fail(msg("planner.no_target", year=fw.fiscal_year, target=target, offered=offered),
                     Target(target, target, target, 0, None, None), None)
    numbers = [i.number for i in fw.indicators]
    missing = [k for k in numbers if k not in scores or scores[k] is None or pd.isna(scores[k])]
    if missing:
        ks = ", ".join(map(str, missing))
        return _fail(msg("planner.missing", numbers=ks, n=len(numbers)), tgt, None)
    d = load_defaults()
    w = np.array([fw.indicator(k).weight for k in numbers])
    s = np.array([float(scores[k]) for k in numbers])
    tool_of = [fw.indicator(k).tool for k in numbers]
    e = _given(effort, numbers, [float(d["effort_per_point"][t]) for t in tool_of])
    cap = _given(caps, numbers, [float(d["cap"]["default"])] * len(numbers))
    gain = _given(per_year, numbers, [float(d["gain_per_year"][t]) for t in tool_of])
    if (e < 0).any() or (cap < 0).any() or (cap > 100).any() or (gain < 0).any() or (gain > 100).any():
        raise ValueError("effort must be ≥ 0, caps and yearly gains between 0 and 100 / "
                         "ความพยายามต้อง ≥ 0 เพดานและคะแนนที่เพิ่มได้ต่อปีอยู่ระหว่าง 0 ถึง 100")
    before = _scored(fw, dict(zip(numbers, s)))
    ub = np.minimum(np.maximum(0.0, np.array([_floor2(c) for c in cap]) - s), np.array([_floor2(g) for g in gain]))

    # OIT items: which indicators are item-driven, which items may be published
    shares = item_points(fw, family) if oit_items else {}
    given = {c: bool(v) for c, v in (oit_items or {}).items() if c in shares}
    item_ind = sorted({shares[c][0] for c in given})
    cand = [c for c in sorted(given, key=lambda c: (shares[c][0], len(c), c)) if not given[c]]
    hi = s + ub
    for k in item_ind:
        j = k - 1
        hi[j] = s[j] + min(ub[j], sum(shares[c][1] for c in cand if shares[c][0] == k))

    # reachable at all? (every indicator at its highest)
    top = _scored(fw, dict(zip(numbers, hi)))
    why = []
    T, G = tgt.min_total, tgt.tool_gate
    name = pair(tgt.label, tgt.label_en)
    if top["total"] < round2(T):
        why.append(msg("planner.total_out_of_reach", target=name, total=top["total"], min_total=T,
                       limits=_limits(numbers, s, hi, cap, item_ind, gain)))
    for tool in TOOLS if G is not None else ():
        if top["tools"][tool] < round2(G):
            ks = [i.number for i in fw.indicators_of(tool)]
            why.append(msg("planner.gate_out_of_reach", target=name, tool=tool, gate=G, score=top["tools"][tool],
                           limits=_limits(ks, s, hi, cap, item_ind, gain)))
    if why:
        return _fail(why[0] if len(why) == 1 else seq(why, "; "), tgt, before)
    if _meets(fw, tgt, before):
        return Plan(True, None, [], before["total"], before["tools"], 0.0, tgt.key, before["total"],
                    before["tools"], before["level"], [], "")     # already there: nothing to change

    for margin in (-0.005, 0.0, 0.01):
        after, chosen, method = _solve(fw, tgt, numbers, w, s, e, ub, tool_of, item_ind, cand, shares, d, margin)
        if after is None:
            continue
        res = _scored(fw, dict(zip(numbers, after)))
        if _meets(fw, tgt, res):
            break
    else:
        return _fail(msg("planner.no_solution"), tgt, before)
    changes = [{"indicator": k, "from": float(s[j]), "to": float(after[j])}
               for j, k in enumerate(numbers) if after[j] > s[j] + _EPS]
    items = [{"code": c, "name_th": next((it.name_th for it in fw.oit_items if it.family == family and it.code == c), c),
              "indicator": shares[c][0], "points": round(shares[c][1], 2)} for c in chosen]
    spent = float(sum(e[j] * (after[j] - s[j]) for j in range(len(numbers)) if numbers[j] not in item_ind))
    factor = float(d["oit_items"]["effort_per_point_factor"])
    spent += float(sum(e[shares[c][0] - 1] * factor * shares[c][1] for c in chosen))
    why = {c["indicator"]: _why(c, e, w, cap, gain, item_ind, factor) for c in changes}
    return Plan(True, None, changes, res["total"], res["tools"], round(spent, 4), tgt.key, before["total"],
                before["tools"], res["level"], items, method, why)


def _given(values: Mapping[int, float] | None, numbers: list[int], default: list[float]) -> np.ndarray:
    """Per indicator: the value given (not NaN) or the default."""
    return np.array([float(values[k]) if values and k in values and not pd.isna(values[k]) else default[j]
                     for j, k in enumerate(numbers)])


def _why(change: dict, e, w, cap, gain, item_ind, factor) -> dict:
    """Why one indicator rises this much: its effort per total point and the cap it reached ("per_year": the most
    it can gain in a year; "cap": the highest score allowed; None: the target was reached before any cap)."""
    k = change["indicator"]
    j = k - 1
    rise = change["to"] - change["from"]
    limit = ("per_year" if rise >= _floor2(gain[j]) - 0.005 else
             "cap" if change["to"] >= _floor2(cap[j]) - 0.005 else None)
    cost = e[j] * (factor if k in item_ind else 1.0) * 100 / w[j]
    return {"per_total_point": round(float(cost), 2), "limit": limit, "per_year": float(gain[j]),
            "cap": float(cap[j])}


def _costs_and_bounds(numbers, s, e, ub, item_ind, cand, shares, d):
    """Objective (effort per unit of each variable) and the variables' bounds: indicator gains, item gains, items."""
    n, ni, nc = len(numbers), len(item_ind), len(cand)
    nv = n + ni + nc
    cost = np.zeros(nv)
    cost[:n] = e * (1 + _TIE * s / 100)
    factor = float(d["oit_items"]["effort_per_point_factor"])
    for m, c in enumerate(cand):
        k, pts = shares[c]
        cost[n + ni + m] = e[k - 1] * factor * pts * (1 + _TIE * s[k - 1] / 100)
    lo, hi = np.zeros(nv), np.concatenate([ub, np.zeros(ni + nc)])
    for m, k in enumerate(item_ind):
        hi[k - 1] = 0.0                   # an item-driven indicator rises only through its items …
        hi[n + m] = ub[k - 1]             # … by g_k ≤ its room under the cap
    hi[n + ni:] = 1.0
    return cost, lo, hi


def _constraints(tgt, n, w, s, tool_of, item_ind, cand, shares, margin):
    """Rows of the linear constraints with their lower and upper limits: the total, each tool's gate, item sums."""
    ni, nc = len(item_ind), len(cand)
    nv = n + ni + nc
    rows, lows, highs = [], [], []

    def gain_row(coef_of_k):
        r = np.zeros(nv)
        for j in range(n):
            r[j] = coef_of_k(j)
        for m, k in enumerate(item_ind):
            r[n + m] = coef_of_k(k - 1)
        return r
    rows.append(gain_row(lambda j: w[j] / 100))
    lows.append(tgt.min_total + margin - float(w @ s) / 100)
    highs.append(np.inf)
    if tgt.tool_gate is not None:
        for t in TOOLS:
            tw = sum(w[j] for j in range(n) if tool_of[j] == t)
            rows.append(gain_row(lambda j, t=t, tw=tw: w[j] / tw if tool_of[j] == t else 0.0))
            lows.append(tgt.tool_gate + margin - sum(w[j] * s[j] for j in range(n) if tool_of[j] == t) / tw)
            highs.append(np.inf)
    for m, k in enumerate(item_ind):     # g_k ≤ Σ points of the items published for k
        r = np.zeros(nv)
        r[n + m] = 1.0
        for q, c in enumerate(cand):
            if shares[c][0] == k:
                r[n + ni + q] = -shares[c][1]
        rows.append(r)
        lows.append(-np.inf)
        highs.append(0.0)
    return np.array(rows), lows, highs


def _planned_scores(x, s, ub, n, item_ind, cand, shares):
    """The solver's variables read back as planned scores (rounded up to 2 dp, never past the cap) and items chosen."""
    ni = len(item_ind)
    after = s.copy()
    for j in range(n):
        if x[j] > _EPS:
            after[j] = min(_ceil2(s[j] + x[j]), _floor2(s[j] + ub[j]) if ub[j] > 0 else s[j])
    chosen = [c for q, c in enumerate(cand) if x[n + ni + q] > 0.5]
    for k in item_ind:
        gain = sum(shares[c][1] for c in chosen if shares[c][0] == k)
        if gain > 0:
            after[k - 1] = min(_floor2(s[k - 1] + ub[k - 1]), _ceil2(s[k - 1] + gain))
    return after, chosen


def _solve(fw, tgt, numbers, w, s, e, ub, tool_of, item_ind, cand, shares, d, margin):
    """Planned scores (rounded up to 2 dp), items chosen and the method; (None, [], method) when not solved."""
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp  # heavy: imported when a plan is solved

    n, ni, nc = len(numbers), len(item_ind), len(cand)
    cost, lo, hi = _costs_and_bounds(numbers, s, e, ub, item_ind, cand, shares, d)
    A, lows, highs = _constraints(tgt, n, w, s, tool_of, item_ind, cand, shares, margin)
    if nc:
        res = milp(cost, constraints=LinearConstraint(A, lows, highs), bounds=Bounds(lo, hi),
                   integrality=np.concatenate([np.zeros(n + ni), np.ones(nc)]))
        method = "milp"
    else:
        res = linprog(cost, A_ub=-A, b_ub=-np.array(lows), bounds=list(zip(lo, hi)), method="highs")
        method = "linprog"
    if res.x is None or res.status != 0:
        return None, [], method
    after, chosen = _planned_scores(res.x, s, ub, n, item_ind, cand, shares)
    return after, chosen, method
