"""Measure drafting from weak indicators, templates kept as data, effective links per measure, and roll-ups."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from analysis.common.labels import MEASURE_STATUSES
from analysis.common.paths import DATA_DIR
from analysis.common.text import msg, t
from analysis.ita.framework import Framework
from analysis.plan import links as lk

TEMPLATES_FILE = DATA_DIR / "measure_templates.toml"


@dataclass(frozen=True)
class Template:
    """A measure template: a title, steps, KPI/target and monitoring, for these indicators and OIT item meanings."""

    key: str
    title: str
    indicators: tuple[int, ...]
    oit_items: tuple[str, ...]
    steps: tuple[str, ...]
    kpi: str = ""
    target: str = ""
    monitoring: str = ""
    source: str = ""


def load_templates(path: Path | str = TEMPLATES_FILE) -> list[Template]:
    """The templates in data/measure_templates.toml (empty list when the file is missing or broken)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    out = []
    for raw in data.get("templates", []):
        out.append(Template(key=str(raw.get("key", "")), title=str(raw.get("title", "")),
                            indicators=tuple(int(i) for i in raw.get("indicators", [])),
                            oit_items=tuple(raw.get("oit_items", [])), steps=tuple(raw.get("steps", [])),
                            kpi=str(raw.get("kpi", "")), target=str(raw.get("target", "")),
                            monitoring=str(raw.get("monitoring", "")), source=str(raw.get("source", ""))))
    return out


def templates_for(indicator: int, templates: list[Template]) -> list[Template]:
    """The templates that answer this indicator, in file order."""
    return [t for t in templates if indicator in t.indicators]


def draft(indicator: int, score: float | None, framework: Framework | None, template: Template | None = None,
          unit: str = "", fiscal_year: int | None = None) -> dict:
    """Fields of a new draft measure answering a weak indicator (weakness text from its score; template fills the rest)."""
    name = framework.indicator(indicator).name_th if framework is not None else t("msr.draft_indicator", n=indicator)
    scored = msg("msr.draft_weakness_score", score=float(score)) if score is not None else ""
    weakness = t("msr.draft_weakness", n=indicator, name=name, score=scored)     # the measure's own text, in Thai
    fields = {"origin": "draft", "unit": unit, "fiscal_year": fiscal_year, "weakness": weakness,
              "title": t("msr.draft_title", name=name), "status": "not_started", "steps": []}
    if template is not None:
        fields.update(title=template.title, steps=list(template.steps), kpi=template.kpi, target=template.target,
                      monitoring=template.monitoring)
    return fields


def draft_links(indicator: int, template: Template | None, framework: Framework | None) -> list[tuple[str, str]]:
    """(kind, target) manual links a new draft gets: its indicator, the template's indicators and OIT items."""
    out = [("indicator", str(indicator))]
    if template is not None:
        out += [("indicator", str(i)) for i in template.indicators if i != indicator]
        out += [("oit", code) for code in lk.oit_codes(list(template.oit_items), framework)]
    return out


def effective_links(records: Sequence[Any], manual: Mapping[int, dict], rules: list[lk.LinkRule],
                    framework: Framework | None) -> dict[int, dict[str, list]]:
    """Per measure id: {"indicators": [...], "oit": [...], "rules": [...]} — rule links with manual overrides applied.

    records are stored measures (analysis.store.Measure, or anything with the same attributes)."""
    out = {}
    for rec in records:
        inds, meanings, names = lk.rule_links(rec, rules)
        own = manual.get(rec.id, {})
        ind_manual = {int(t): v for (k, t), v in own.items() if k == "indicator"}
        oit_manual = {t: v for (k, t), v in own.items() if k == "oit"}
        out[rec.id] = {"indicators": lk.effective(inds, ind_manual),
                          "oit": lk.effective(lk.oit_codes(meanings, framework), oit_manual), "rules": names}
    return out


def rollup(records: Sequence[Any], progress: Sequence[Any]) -> pd.DataFrame:
    """Per dimension: measures, done, in progress, mean percent, budget planned and spent (from the given round's progress).

    Measures without progress in the round count with their own status and 0 %. Columns: dimension, measures,
    one count per status (not_started, in_progress, done, postponed, cancelled), percent_mean, budget_planned,
    budget_spent.
    records and progress are stored measures and progress (analysis.store.Measure, Progress or the same attributes).
    """
    cols = ["dimension", "measures", *MEASURE_STATUSES, "percent_mean", "budget_planned", "budget_spent"]
    if not records:
        return pd.DataFrame(columns=cols)
    prog = {p.measure_id: p for p in progress}
    rows = []
    for rec in records:
        p = prog.get(rec.id)
        rows.append({"dimension": rec.dimension or "—", "status": (p.status if p else None) or rec.status,
                     "percent": (p.percent if p else None) or 0.0,
                     "budget_planned": (p.budget_planned if p else None) or 0.0,
                     "budget_spent": (p.budget_spent if p else None) or 0.0})
    frame = pd.DataFrame(rows)
    out = frame.groupby("dimension", sort=True).agg(
        measures=("status", "size"), percent_mean=("percent", "mean"),
        budget_planned=("budget_planned", "sum"), budget_spent=("budget_spent", "sum")).reset_index()
    counts = pd.crosstab(frame["dimension"], frame["status"])
    for status in MEASURE_STATUSES:
        out[status] = out["dimension"].map(counts[status] if status in counts else {}).fillna(0).astype(int)
    out["percent_mean"] = out["percent_mean"].round(2)
    return out[cols]


def coverage_for(scores: pd.DataFrame, unit: str, fiscal_year: int, records: Sequence[Any],
                 eff: Mapping[int, Mapping]) -> pd.DataFrame:
    """links.coverage for one unit-year of the scores frame: weak indicators, the measures answering them, gaps."""
    from analysis.ita.scoring import points_lost

    rows = scores[(scores["unit"] == unit) & (scores["fiscal_year"] == fiscal_year)]
    lost = points_lost(rows) if not rows.empty else pd.DataFrame(columns=["indicator", "score", "points_lost"])
    titles = {r.id: f"{r.code} {r.title}".strip() for r in records}
    return lk.coverage(lost, {i: e["indicators"] for i, e in eff.items()}, titles)
