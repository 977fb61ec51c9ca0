"""The meeting deck: a .pptx with native, editable charts (python-pptx) built from plain frames, in the pages' band
colours with the 85 line, every bar named; and the workbook of its tables."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
from pptx import Presentation
from pptx.util import Inches

from analysis.common.settings import OFFICE_FONT as DEFAULT_FONT
from analysis.common.text import t
from analysis.common.thaidate import format_datetime
from analysis.common.workbook import SOURCE_COLUMNS, source_files
from analysis.export.deck_charts import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    PASS_RED,
    REST_GREY,
    SLIDE_H,
    SLIDE_W,
    Bars,
    column_chart,
    rgb,
    short,
    table,
    text_box,
)

SOURCE_ROWS = 10            # files listed on the source slide (all of them are in the workbook's source sheet)
ROTATE = -60                # unit names on a ranking axis, turned to fit one under each bar …
FLAT = 8                    # … when there are more bars than this (fewer have room for names written across)


@dataclass
class DeckContent:
    """Everything a deck shows, as plain frames (see analysis.export.deck_data.gather for how it is collected)."""
    fiscal_year: int
    unit: str | None                      # None = the whole group
    lang: str = "th"
    is_demo: bool = False
    pass_mark: float = 85.0
    results: pd.DataFrame = field(default_factory=pd.DataFrame)   # group: unit, unit_type, total, level, passed,
    #                                                               gap_to_85, is_demo; unit: fiscal_year, total, level
    ranking: pd.DataFrame = field(default_factory=pd.DataFrame)   # group: overview.EXTREME_COLUMNS, lowest first
    rank_n: int = 10
    distribution: pd.DataFrame = field(default_factory=pd.DataFrame)   # group: level, units (best first)
    level_names: dict = field(default_factory=dict)               # level → name shown (empty: the level itself)
    summary: dict = field(default_factory=dict)                   # units, passing, share, mean
    weak: pd.DataFrame = field(default_factory=pd.DataFrame)      # indicator, name, points_lost
    path: pd.DataFrame = field(default_factory=pd.DataFrame)      # unit: indicator, name, from, to;
    #                                                               group: unit, gap_to_85, level (largest gap first)
    path_failing: int = 0                                         # group: how many units fail (path shows the first)
    path_note: str = ""
    measures: pd.DataFrame = field(default_factory=pd.DataFrame)  # status, measures
    complaints: pd.DataFrame = field(default_factory=pd.DataFrame)  # fiscal_year, corruption, general, ...
    sources: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SOURCE_COLUMNS))
    made_at: datetime | None = None


def _name(c: DeckContent, level) -> str:
    return c.level_names.get(level, level) if isinstance(level, str) else ""


def _slide(prs, title: str, font: str, demo_note: str | None):
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    text_box(slide, title, Inches(0.5), Inches(0.3), SLIDE_W - Inches(1.0), Inches(0.8), font, 30, bold=True)
    if demo_note:
        text_box(slide, demo_note, Inches(0.5), SLIDE_H - Inches(0.5), Inches(8), Inches(0.4), font, 14, color=GREY)
    return slide


def _level_bars(c: DeckContent, levels: list, values: list) -> list[Bars]:
    """One series per level present (best first, the framework's order), so each bar has its band colour and the
    legend names the bands."""
    order = [lv for lv in [*c.distribution.get("level", []), *levels] if isinstance(lv, str)]
    present = list(dict.fromkeys(lv for lv in order if lv in set(levels)))
    return [Bars(_name(c, lv), [v if x == lv else None for v, x in zip(values, levels)], rgb(lv)) for lv in present]


def _score_floor(c: DeckContent, totals) -> int:
    """The score axis's lowest mark: 15 below the pass mark, or lower to show the lowest total, on a step of 10."""
    low = min([c.pass_mark - 15] + [float(v) - 3 for v in totals if pd.notna(v)])
    return max(0, int(low // 10 * 10))


# ----------------------------------------------------------------------------------------- slides
def _title_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang = c.lang
    s = prs.slides.add_slide(prs.slide_layouts[6])
    who = c.unit or t("deck.group", lang, n=c.summary.get("units", len(c.results)))
    text_box(s, t("deck.title", lang, year=c.fiscal_year), Inches(0.8), Inches(2.2), SLIDE_W - Inches(1.6),
             Inches(1.5), font, 40, bold=True, color=BLUE)
    text_box(s, who, Inches(0.8), Inches(3.8), SLIDE_W - Inches(1.6), Inches(0.8), font, 30)
    made = format_datetime(c.made_at or datetime.now().astimezone(), lang, with_time=False)
    text_box(s, t("deck.made", lang, date=made), Inches(0.8), Inches(4.7), Inches(8), Inches(0.6), font, 20,
             color=GREY)
    if demo:
        text_box(s, demo, Inches(0.8), Inches(5.4), Inches(10), Inches(0.6), font, 20, bold=True, color=AMBER)


def _ranking_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    """The group's totals: every unit named when there are few, else the lowest and highest N with each run of
    units between them one grey bar of their range (as the overview page), in band colours with the 85 line."""
    lang, rows = c.lang, c.ranking.reset_index(drop=True)
    summarised = bool((rows["kind"] == "rest").any()) if len(rows) else False
    s = _slide(prs, t("deck.results", lang), font, demo)
    sm = c.summary
    line = t("deck.results_summary", lang, passing=f"{sm.get('passing', 0):,}", units=f"{sm.get('units', 0):,}",
             share=f"{sm.get('share', 0):.1%}", mean=f"{sm.get('mean', 0):.2f}")
    if summarised:
        line += " · " + t("deck.results_extremes", lang, n=c.rank_n)
    text_box(s, line, Inches(0.5), Inches(0.95), SLIDE_W - Inches(1), Inches(0.5), font, 16)
    units = rows["kind"] == "unit"
    cats = [f"{short(r.unit)} ({r.total:.2f})" if r.kind == "unit" else t("deck.rest", lang, n=f"{int(r.rest_n):,}")
            for r in rows.itertuples()]
    levels = [lv if u else None for lv, u in zip(rows["level"], units)]
    series = _level_bars(c, levels, list(rows["total"]))
    if summarised:
        series += [Bars("", list(rows["rest_low"].where(~units)), hidden=True),
                   Bars(t("deck.rest_series", lang), list((rows["rest_high"] - rows["rest_low"]).where(~units)),
                        REST_GREY)]
    column_chart(s, cats, series, font, pass_line=(t("deck.series_pass", lang), c.pass_mark),
                 value_range=(_score_floor(c, rows["total"]), 100), stacked=True, top=Inches(1.45),
                 height=Inches(5.6), rotate=ROTATE if len(cats) > FLAT else 0, value_title=t("deck.series_total", lang))


def _distribution_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang = c.lang
    s = _slide(prs, t("deck.levels", lang), font, demo)
    d = c.distribution
    levels = list(d["level"])
    column_chart(s, [_name(c, lv) for lv in levels], _level_bars(c, levels, list(d["units"])), font, counts=True,
                 number_format="0", top=Inches(1.3), height=Inches(5.7), one_bar=True,
                 value_title=t("deck.units_axis", lang), labels="#,##0")


def _unit_results_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang, r = c.lang, c.results
    s = _slide(prs, t("deck.results_unit", lang), font, demo)
    cats = [f"{t('deck.fy', lang, year=y)} ({v:.2f})" for y, v in zip(r["fiscal_year"], r["total"])]
    column_chart(s, cats, _level_bars(c, list(r.get("level", [None] * len(r))), list(r["total"])), font,
                 pass_line=(t("deck.series_pass", lang), c.pass_mark), one_bar=True,
                 value_range=(_score_floor(c, r["total"]), 100), top=Inches(1.3), height=Inches(5.7),
                 value_title=t("deck.series_total", lang))


def _weak_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang = c.lang
    s = _slide(prs, t("deck.weak", lang), font, demo)
    if not c.unit:
        text_box(s, t("deck.weak_group_note", lang), Inches(0.5), Inches(0.95), Inches(10), Inches(0.5), font, 18,
                 color=GREY)
    column_chart(s, list(c.weak["name"]), [Bars(t("deck.weak_series", lang), list(c.weak["points_lost"]), AMBER)],
                 font, legend=False, top=Inches(1.5), height=Inches(5.5), value_title=t("deck.weak_series", lang),
                 labels="0.00")


def _path_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang = c.lang
    s = _slide(prs, t("deck.path", lang), font, demo)
    note = c.path_note
    if not c.unit and c.path_failing > len(c.path):
        note = t("deck.path_more", lang, n=len(c.path), failing=f"{c.path_failing:,}")
    if note:
        text_box(s, note, Inches(0.5), Inches(0.95), SLIDE_W - Inches(1), Inches(0.6), font, 18)
    if c.unit and len(c.path):
        shown = c.path.rename(columns={"name": t("deck.path_col_indicator", lang), "from": t("deck.path_col_from", lang),
                                       "to": t("deck.path_col_to", lang)})
        table(s, shown.drop(columns=["indicator"], errors="ignore"), font, top=Inches(1.8), widths=[0.7, 0.15, 0.15])
    elif not c.unit and len(c.path):
        p = c.path
        cats = [f"{short(u)} ({g:.2f})" for u, g in zip(p["unit"], p["gap_to_85"])]
        levels = list(p["level"]) if "level" in p else [None] * len(p)
        series = _level_bars(c, levels, list(p["gap_to_85"]))
        column_chart(s, cats, series, font, top=Inches(1.5), height=Inches(5.5), rotate=ROTATE if len(cats) > FLAT else 0,
                     one_bar=True,
                     value_title=t("deck.path_series", lang))
    elif not c.path_note:
        text_box(s, t("deck.path_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)


def _measures_slide(prs, c: DeckContent, font: str, demo: str | None) -> None:
    lang = c.lang
    s = _slide(prs, t("deck.measures", lang), font, demo)
    if len(c.measures):
        column_chart(s, list(c.measures["status"]),
                     [Bars(t("deck.measures_series", lang), list(c.measures["measures"]), GREEN)], font, legend=False,
                     number_format="0", counts=True, value_title=t("deck.measures_series", lang), labels="#,##0")
    else:
        text_box(s, t("deck.measures_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)


def _complaints_slide(prs, c: DeckContent, font: str) -> None:
    lang, frame = c.lang, c.complaints
    n = len(frame)
    years_demo = list(frame["is_demo"]) if "is_demo" in frame else [c.is_demo] * n
    all_demo = n > 0 and all(years_demo)          # the complaint register's own demo flag, not the results'
    s = _slide(prs, t("deck.complaints", lang), font, t("deck.demo", lang) if all_demo else None)
    if not n:
        text_box(s, t("deck.complaints_none", lang), Inches(0.5), Inches(2), Inches(10), Inches(1), font, 24)
        return
    partial = frame["partial"] if "partial" in frame else [False] * n
    days = frame["exposure_days"] if "exposure_days" in frame else [0] * n
    cats = [t("deck.fy_partial" if p else "deck.fy", lang, year=y, days=int(d))
            + (t("deck.demo_year", lang) if is_demo and not all_demo else "")
            for y, p, d, is_demo in zip(frame["fiscal_year"], partial, days, years_demo)]
    column_chart(s, cats, [Bars(t("deck.complaints_corruption", lang), list(frame["corruption"]), PASS_RED),
                           Bars(t("deck.complaints_general", lang), list(frame["general"]), BLUE)],
                 font, number_format="0", counts=True, value_title=t("deck.complaints_axis", lang), labels="#,##0")


def _source_slide(prs, c: DeckContent, font: str) -> None:
    """Where the data came from: the stored files (newest first), when, by whom, their years, which are demo; the
    day the deck was made."""
    lang = c.lang
    s = _slide(prs, t("deck.source", lang), font, None)
    made = format_datetime(c.made_at or datetime.now().astimezone(), lang)
    text_box(s, t("deck.source_made", lang, date=made), Inches(0.5), Inches(0.95), SLIDE_W - Inches(1),
             Inches(0.5), font, 18)
    files = c.sources if c.sources is not None else pd.DataFrame(columns=SOURCE_COLUMNS)
    if files.empty:
        text_box(s, t("book.no_files", lang), Inches(0.5), Inches(1.8), Inches(10), Inches(0.6), font, 20)
        return
    demo = files["is_demo"].fillna(False).astype(bool)
    if demo.any():
        text_box(s, t("deck.source_demo", lang, n=int(demo.sum())), Inches(0.5), Inches(1.4), SLIDE_W - Inches(1),
                 Inches(0.5), font, 18, bold=True, color=AMBER)
    shown = source_files(files.head(SOURCE_ROWS), lang)
    table(s, shown, font, top=Inches(2.0), size=12, widths=[0.30, 0.17, 0.15, 0.10, 0.11, 0.08, 0.09])
    if len(files) > SOURCE_ROWS:
        text_box(s, t("deck.source_more", lang, n=len(files) - SOURCE_ROWS), Inches(0.5), SLIDE_H - Inches(1.0),
                 SLIDE_W - Inches(1), Inches(0.4), font, 14, color=GREY)


def build_deck(c: DeckContent, font: str = DEFAULT_FONT) -> bytes:
    """The .pptx bytes: title, results against 85 (and the band mix of the group), weak indicators, path to 85,
    measures, complaints, and where the data came from."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    demo = t("deck.demo", c.lang) if c.is_demo else None
    _title_slide(prs, c, font, demo)
    if c.unit:
        _unit_results_slide(prs, c, font, demo)
    else:
        _ranking_slide(prs, c, font, demo)
        if len(c.distribution):
            _distribution_slide(prs, c, font, demo)
    _weak_slide(prs, c, font, demo)
    _path_slide(prs, c, font, demo)
    _measures_slide(prs, c, font, demo)
    _complaints_slide(prs, c, font)
    _source_slide(prs, c, font)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def build_workbook(c: DeckContent) -> bytes:
    """The .xlsx bytes holding every table behind the deck, one sheet each, headed in the deck's language, then
    the source sheet (text never becomes a formula)."""
    from analysis.export.deck_book import workbook

    return workbook(c)
