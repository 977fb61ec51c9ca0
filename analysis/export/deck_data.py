"""Collect what the meeting deck shows from the stored workspace: results, weak indicators, path, measures, complaints."""
from __future__ import annotations

import logging
from datetime import datetime

import pandas as pd

from analysis.common.text import jsonable, t
from analysis.export.deck import DeckContent
from analysis.ita import framework, overview
from analysis.ita.planner import plan
from analysis.ita.scoring import points_lost, score

log = logging.getLogger(__name__)
RANK_N = 10          # the group's ranking names its lowest and highest RANK_N units (the overview page's number)
PATH_N = 20          # the group's path slide names the PATH_N units furthest from 85


class DeckError(ValueError):
    """Nothing to build a deck from (no data, unknown unit or year); code and params name the message."""

    def __init__(self, code: str, /, **params):
        self.code, self.params = code, jsonable(params)
        super().__init__(f"{self.message('th')} / {self.message('en')}")
        log.info("no deck: %s", self.message("en"))

    def message(self, lang: str = "th") -> str:
        """What is missing, in the language."""
        return t(self.code, lang, **self.params)


def _weak(lost: pd.DataFrame, lang: str, top: int = 10) -> pd.DataFrame:
    name = "name_th" if lang == "th" else "name_en"
    per = lost.groupby(["indicator", name], as_index=False)["points_lost"].median()
    per = per.sort_values("points_lost", ascending=False).head(top)
    return per.rename(columns={name: "name"})[["indicator", "name", "points_lost"]].reset_index(drop=True)


def _shows_demo(scores: pd.DataFrame, published: pd.DataFrame, unit: str | None, year: int) -> bool:
    """True when demo rows are among what the deck shows (the unit's, or the group's, rows of the year); frames
    without an is_demo column are taken as demo when the caller says so."""
    for frame in (scores, published):
        if "is_demo" not in frame.columns:
            return True
    shown = [f[(f["fiscal_year"] == year) & ((f["unit"] == unit) if unit is not None else True)]
             for f in (scores, published)]
    return any(bool(f["is_demo"].astype(bool).any()) for f in shown)


def _demo_units(scores: pd.DataFrame, published: pd.DataFrame, year: int) -> set:
    """The units whose rows of the year are demo (frames without is_demo: none)."""
    out: set = set()
    for f in (scores, published):
        if "is_demo" in f.columns:
            rows = f[(f["fiscal_year"] == year) & f["is_demo"].astype(bool)]
            out |= set(rows["unit"])
    return out


def _group(content: DeckContent, results: pd.DataFrame, scores: pd.DataFrame, published: pd.DataFrame,
           fw, lost: pd.DataFrame) -> None:
    """The group's results (every unit, lowest first), ranking, band mix, weak indicators and path."""
    year, lang = content.fiscal_year, content.lang
    rows = overview.sorted_totals(results, year)
    demo = _demo_units(scores, published, year)
    content.results = rows[["unit", "unit_type", "total", "level", "passed", "gap_to_85"]].assign(
        is_demo=rows["unit"].isin(demo)).reset_index(drop=True)
    if not content.results["is_demo"].any():
        content.results = content.results.drop(columns=["is_demo"])
    content.ranking = overview.extremes(rows, RANK_N)
    content.rank_n = RANK_N
    labels = fw.labels if fw else ()
    content.distribution = overview.level_distribution(results, year, labels)[["level", "units"]]
    content.level_names = overview.level_names(fw, lang)
    s = overview.year_summary(results, year)
    content.summary = {"units": s.units, "passing": s.passing, "share": s.share_passing, "mean": s.mean}
    content.weak = _weak(lost, lang)
    failing = rows[rows["passed"] == False][["unit", "gap_to_85", "level"]]  # noqa: E712 — boolean NA-aware
    failing = failing.sort_values(["gap_to_85", "unit"], ascending=[False, True], kind="stable")
    content.path_failing = len(failing)
    content.path = failing.head(PATH_N).reset_index(drop=True)
    content.path_note = ""


def _unit(content: DeckContent, results: pd.DataFrame, in_year: pd.DataFrame, fw, lost: pd.DataFrame) -> None:
    """One unit's totals by year, weak indicators and path to 85 (or that it passes)."""
    unit, lang = content.unit, content.lang
    mine = results[results["unit"] == unit]
    if mine.empty:
        raise DeckError("deck.no_unit", unit=unit)
    content.results = mine[["fiscal_year", "total", "level"]].dropna(subset=["total"]).reset_index(drop=True)
    content.results["level"] = content.results["level"].fillna(overview.UNDECIDED)
    content.level_names = overview.level_names(fw, lang)
    row = in_year[in_year["unit"] == unit]
    content.summary = {"units": 1, "passing": int(row["passed"].fillna(False).sum()), "share": 0.0,
                       "mean": float(row["total"].mean()) if len(row) else float("nan")}
    content.weak = _weak(lost[lost["unit"] == unit], lang)
    unit_scores = lost[lost["unit"] == unit].set_index("indicator")["score"].to_dict()
    if len(row) and bool(row["passed"].fillna(False).iloc[0]):
        content.path_note = t("deck.path_unit_ok", lang, total=f"{row['total'].iloc[0]:.2f}")
    elif unit_scores:
        p = plan(unit_scores, fw)
        name = {i.number: (i.name_th if lang == "th" else i.name_en) for i in fw.indicators}
        content.path = pd.DataFrame([{"indicator": ch["indicator"], "name": f"{ch['indicator']}. {name[ch['indicator']]}",
                                      "from": ch["from"], "to": ch["to"]} for ch in p.changes],
                                    columns=["indicator", "name", "from", "to"])
        reason = p.reason_text(lang)
        content.path_note = t("deck.total_after", lang, total=p.total_after) if p.feasible else (reason or "")


def gather(scores: pd.DataFrame, published: pd.DataFrame, unit: str | None = None, year: int | None = None,
           lang: str = "th", is_demo: bool = False, measures: pd.DataFrame | None = None,
           complaints: pd.DataFrame | None = None, sources: pd.DataFrame | None = None) -> DeckContent:
    """The DeckContent for one unit or the whole group in a fiscal year (latest year with data by default);
    sources is the stored files' provenance (analysis.common.workbook.SOURCE_COLUMNS) for the source slide."""
    results = score(scores, published)
    years = overview.available_years(results)
    if not years:
        raise DeckError("deck.no_results")
    year = years[0] if year is None else int(year)
    if year not in years:
        raise DeckError("deck.no_year", year=year, years=", ".join(map(str, years)))
    fw = framework.for_year(year) or framework.latest()
    in_year = results[(results["fiscal_year"] == year) & results["total"].notna()]
    lost = points_lost(scores[scores["fiscal_year"] == year])
    is_demo = is_demo and _shows_demo(scores, published, unit, year)
    content = DeckContent(fiscal_year=year, unit=unit, lang=lang, is_demo=is_demo, pass_mark=fw.pass_mark,
                          made_at=datetime.now().astimezone())
    if unit is None:
        _group(content, results, scores, published, fw, lost)
    else:
        _unit(content, results, in_year, fw, lost)
    if measures is not None:
        content.measures = measures
    if complaints is not None:
        content.complaints = complaints
    if sources is not None:
        content.sources = sources
    return content
