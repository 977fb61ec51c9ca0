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


def gather(scores: pd.DataFrame, published: pd.DataFrame, unit: str | None = None, year: int | None = None,
           lang: str = "th", is_demo: bool = False, measures: pd.DataFrame | None = None,
           complaints: pd.DataFrame | None = None) -> DeckContent:
    """The DeckContent for one unit or the whole group in a fiscal year (latest year with data by default)."""
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
        rows = overview.sorted_totals(results, year)
        content.results = rows[["unit", "total", "passed"]]
        s = overview.year_summary(results, year)
        content.summary = {"units": s.units, "passing": s.passing, "share": s.share_passing, "mean": s.mean}
        content.weak = _weak(lost, lang)
        failing = rows[rows["passed"] == False][["unit", "gap_to_85"]]  # noqa: E712 — boolean NA-aware
        content.path = failing.sort_values("gap_to_85", ascending=False).reset_index(drop=True)
        content.path_note = ""
    else:
        mine = results[results["unit"] == unit]
        if mine.empty:
            raise DeckError("deck.no_unit", unit=unit)
        content.results = mine[["fiscal_year", "total"]].dropna().reset_index(drop=True)
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
    if measures is not None:
        content.measures = measures
    if complaints is not None:
        content.complaints = complaints
    return content
