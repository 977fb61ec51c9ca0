"""The action-plan and measures screens' views: the unit-year scope, the measures with their effective links, the
manual links to store, the coverage of the weak indicators, the drafting choices and the roll-up table."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.common import settings
from analysis.common.labels import status_label
from analysis.common.text import t
from analysis.ita import Framework, for_year, latest
from analysis.ita.overview import available_years
from analysis.plan import links as lk
from analysis.plan import measures as msr

INDICATORS = tuple(range(1, 11))     # the indicator numbers a measure can be linked to
_ROLLUP = {"dimension": "plan.col_dimension", "measures": "msr.col_measures", "done": "msr.col_done",
           "in_progress": "msr.col_in_progress", "percent_mean": "msr.col_percent", "budget_planned": "msr.p_planned",
           "budget_spent": "msr.p_spent"}


@dataclass(frozen=True)
class ScopeView:
    """The years with totals (newest first) and the units of each, for the unit-year pickers."""
    years: list[int]
    units: dict[int, list[str]]


def scope_view(results: pd.DataFrame) -> ScopeView:
    """The ScopeView of the scored results (years empty: nothing scored yet)."""
    years = available_years(results)
    return ScopeView(years, {y: sorted(results.loc[results["fiscal_year"] == y, "unit"].unique()) for y in years})


@dataclass(frozen=True)
class MeasureLinks:
    """One measure's links: the effective ones (rules with manual overrides) and what the rules alone give."""
    indicators: tuple[int, ...]
    oit: tuple[str, ...]
    rule_indicators: tuple[int, ...]
    rule_oit: tuple[str, ...]


def _framework(year: int | None) -> Framework | None:
    return for_year(year) if year else latest()


def _label(rec: Any) -> str:
    return f"{rec.code} {rec.title}"[:120]


def _indicator_labels(fw: Framework | None, lang: str) -> dict[int, str]:
    if fw is None:
        return {n: str(n) for n in INDICATORS}
    return {n: f"{n} {fw.indicator(n).name_th if lang == 'th' else fw.indicator(n).name_en}" for n in INDICATORS}


def _measure_links(records: Sequence[Any], eff: Mapping[int, dict], rules: list, fw: Framework | None
                   ) -> dict[int, MeasureLinks]:
    out = {}
    for rec in records:
        inds, meanings, _ = lk.rule_links(rec, rules)
        out[rec.id] = MeasureLinks(tuple(eff[rec.id]["indicators"]), tuple(eff[rec.id]["oit"]), tuple(inds),
                                   tuple(lk.oit_codes(meanings, fw)))
    return out


def _coverage(scores: pd.DataFrame, unit: str | None, year: int | None, records: Sequence[Any], eff: Mapping,
              lang: str) -> tuple[str, str, pd.DataFrame]:
    if unit is None:
        return "no_scores", t("plan.no_scores", lang), pd.DataFrame()
    cov = msr.coverage_for(scores, unit, year, records, eff)
    if cov.empty:
        return "none", t("plan.coverage_none", lang, unit=unit, year=year), pd.DataFrame()
    name_col = "name_th" if lang == "th" else "name_en"
    named = cov["indicator"].astype(str) + " " + cov[name_col]
    table = pd.DataFrame({
        t("plan.col_indicators", lang): named, t("plan.col_score", lang): cov["score"].round(2),
        t("plan.col_points_lost", lang): cov["points_lost"].round(2),
        t("plan.col_measures", lang): cov["measures"].map("; ".join), t("plan.col_gap", lang): cov["gap"]})
    gaps = named[cov["gap"]]
    if len(gaps):
        return "gaps", t("plan.gaps", lang, list=", ".join(gaps)), table
    return "no_gaps", t("plan.no_gaps", lang), table


@dataclass(frozen=True, eq=False)
class PlanView:
    """What the action-plan screen shows for the unit-year's stored measures (empty: none stored)."""
    empty: bool
    framework: Framework | None = None
    labels: dict[int, str] = field(default_factory=dict)             # measure id -> "code title" (the picker)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)        # the measures with their links (headers in words)
    links: dict[int, MeasureLinks] = field(default_factory=dict)
    indicator_labels: dict[int, str] = field(default_factory=dict)
    oit_options: tuple[str, ...] = ()                                # the NACC OIT items a measure can be linked to
    coverage_state: str = "no_scores"                                # "no_scores" | "none" | "gaps" | "no_gaps"
    coverage_text: str = ""
    coverage: pd.DataFrame = field(default_factory=pd.DataFrame)     # weak indicators and their measures


def plan_view(records: Sequence[Any], manual: Mapping[int, dict], rules: list, scores: pd.DataFrame,
              unit: str | None, year: int | None, lang: str = "th") -> PlanView:
    """The PlanView of the stored measures of a unit-year (MeasureRepository.list_all) and their manual links."""
    if not records:
        return PlanView(True)
    fw = _framework(year)
    eff = msr.effective_links(records, manual, rules, fw)
    table = pd.DataFrame([{
        t("plan.col_code", lang): r.code, t("plan.col_title", lang): r.title, t("plan.col_dimension", lang): r.dimension,
        t("plan.col_budget", lang): r.budget_text, t("plan.col_responsible", lang): r.responsible,
        t("plan.col_indicators", lang): ", ".join(map(str, eff[r.id]["indicators"])),
        t("plan.col_oit", lang): ", ".join(eff[r.id]["oit"]), t("plan.col_status", lang): status_label(r.status, lang),
    } for r in records])
    state, text, cov = _coverage(scores, unit, year, records, eff, lang)
    return PlanView(False, fw, {r.id: _label(r) for r in records}, table, _measure_links(records, eff, rules, fw),
                    _indicator_labels(fw, lang),
                    tuple(i.code for i in fw.oit_items if i.family == "nacc") if fw else (), state, text, cov)


def link_changes(links: MeasureLinks, oit_options: Iterable[str], indicators: Iterable[int],
                 oit: Iterable[str]) -> list[tuple[str, int | str, bool | None]]:
    """(kind, target, value) for every link target of a measure after the user picked indicators and OIT items:
    only what differs from the rules is stored (True/False), None clears an override."""
    out = []
    for kind, options, picked, from_rules in (("indicator", INDICATORS, set(indicators), links.rule_indicators),
                                              ("oit", tuple(oit_options), set(oit), links.rule_oit)):
        for target in options:
            want, ruled = target in picked, target in from_rules
            out.append((kind, target, None if want == ruled else want))
    return out


@dataclass(frozen=True)
class WeakChoice:
    """A weak indicator of the unit-year that a measure can be drafted for."""
    indicator: int
    label: str
    score: float


@dataclass(frozen=True, eq=False)
class MeasuresView:
    """What the measures screen works with for the unit-year."""
    framework: Framework | None
    links: dict[int, dict]                                           # effective links per measure id
    weak: dict[int, WeakChoice] = field(default_factory=dict)        # empty: no weak indicator (or no scores)
    templates: tuple = ()                                            # every measure template
    labels: dict[int, str] = field(default_factory=dict)             # measure id -> "code title"
    report_year: int | None = None                                   # the year progress is reported for
    font: str = ""                                                   # the office font setting


def measures_view(records: Sequence[Any], manual: Mapping[int, dict], rules: list, scores: pd.DataFrame,
                  unit: str | None, year: int | None, lang: str = "th") -> MeasuresView:
    """The MeasuresView of the stored measures of a unit-year and their manual links."""
    fw = _framework(year)
    eff = msr.effective_links(records, manual, rules, fw)
    weak = {}
    if unit:
        name_col = "name_th" if lang == "th" else "name_en"
        for r in msr.coverage_for(scores, unit, year, records, eff).itertuples(index=False):
            weak[int(r.indicator)] = WeakChoice(int(r.indicator), t("msr.weak_label", lang, n=int(r.indicator),
                                                name=getattr(r, name_col), score=f"{r.score:.2f}"), float(r.score))
    return MeasuresView(fw, eff, weak, tuple(msr.load_templates()), {r.id: _label(r) for r in records},
                        year or (fw.fiscal_year if fw else None), settings.get("ITA_OFFICE_FONT"))


def rollup_table(records: Sequence[Any], progress: Sequence[Any], lang: str = "th") -> pd.DataFrame:
    """The roll-up per dimension of the round's progress (measures, done, in progress, mean percent, budgets),
    headers in words."""
    roll = msr.rollup(records, progress)
    return roll[list(_ROLLUP)].rename(columns={k: t(code, lang) for k, code in _ROLLUP.items()})
