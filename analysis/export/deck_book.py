"""The meeting pack's workbook: every table behind the deck under headers in the deck's language (never a column
code), yes/no in words, then the source sheet naming the stored files and the demo rows."""
from __future__ import annotations

import pandas as pd

from analysis.common.text import t
from analysis.common.workbook import Source, write_workbook

# column → text code of its header (every column a deck table may have)
HEADERS = {
    "unit": "deck.col_unit", "unit_type": "deck.col_unit_type", "fiscal_year": "deck.col_fiscal_year",
    "total": "deck.col_total", "level": "deck.col_level", "passed": "deck.col_passed", "gap_to_85": "deck.col_gap",
    "indicator": "deck.col_indicator", "name": "deck.col_indicator_name", "points_lost": "deck.weak_series",
    "from": "deck.path_col_from", "to": "deck.path_col_to", "status": "deck.col_status",
    "measures": "deck.measures_series", "corruption": "deck.complaints_corruption",
    "general": "deck.complaints_general", "partial": "deck.col_partial", "exposure_days": "deck.col_days",
    "is_demo": "book.src_demo",
}
YES_NO = {"passed": ("deck.passed_yes", "deck.passed_no"), "partial": ("book.yes", "book.no"),
          "is_demo": ("book.yes", "book.no")}


def in_words(frame: pd.DataFrame, lang: str, level_names: dict | None = None) -> pd.DataFrame:
    """The frame as people read it: headers in words, yes/no columns in words, levels by their shown names."""
    out = frame.copy()
    for col, (yes, no) in YES_NO.items():
        if col in out:
            out[col] = [("" if pd.isna(v) else t(yes if bool(v) else no, lang)) for v in out[col]]
    if "level" in out and level_names:
        out["level"] = [level_names.get(v, v) for v in out["level"]]
    return out.rename(columns={c: t(code, lang) for c, code in HEADERS.items() if c in out})


def _demo_text(c) -> str:
    """Which rows of the workbook are demo, in words ("" none)."""
    lang = c.lang
    results_demo = "is_demo" in c.results and bool(c.results["is_demo"].fillna(False).astype(bool).any())
    parts = [t("book.demo_column", lang)] if results_demo else ([t("book.demo_all", lang)] if c.is_demo else [])
    if "is_demo" in c.complaints:
        years = sorted(int(y) for y, d in zip(c.complaints["fiscal_year"], c.complaints["is_demo"]) if d)
        if years:
            parts.append(t("deck.book_demo_complaints", lang, years=", ".join(map(str, years))))
    return " · ".join(parts)


def workbook(c) -> bytes:
    """The .xlsx bytes of a DeckContent's tables (results, weak indicators, path, measures, complaints) and its
    source sheet."""
    lang = c.lang
    frames = {
        t("deck.sheet_results_unit" if c.unit else "deck.sheet_results", lang): c.results,
        t("deck.sheet_weak", lang): c.weak,
        t("deck.path", lang): c.path,
        t("deck.sheet_measures", lang): c.measures,
        t("deck.sheet_complaints", lang): c.complaints,
    }
    sheets = {name: in_words(frame, lang, c.level_names) for name, frame in frames.items() if frame is not None}
    source = Source(files=c.sources, what=t("book.what_ita", lang), demo=_demo_text(c), made_at=c.made_at)
    return write_workbook(sheets, lang, source)
