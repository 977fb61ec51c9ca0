"""The item drill-down's view: an item file's missing OIT items (with names) and lowest IIT/EIT questions (with
their wording, or for EIT the indicator's name and a note that the NACC has not published the wording)."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import pandas as pd

from analysis.common.paths import SAMPLES_DIR
from analysis.common.text import t
from analysis.ita import items as item_analysis
from analysis.ita.framework import Framework, for_year, load_all
from analysis.ita.framework_words import family_name
from analysis.ita.questions import load_questions
from analysis.ita.views._choice import choose, pass_mark

DEMO_ITEMS_FILE = "demo_items_2568.xlsx"
DEFAULT_FAMILY = "nacc"
LOWEST_N = 10


def oit_families() -> list[str]:
    """The OIT item-list families any framework file names (and the default "nacc"), sorted."""
    return sorted({f for fw in load_all().values() for f in fw.oit_items_status} | {DEFAULT_FAMILY})


def demo_items_file() -> tuple[str, bytes]:
    """(file name, bytes) of the shipped demo item file."""
    return DEMO_ITEMS_FILE, (SAMPLES_DIR / DEMO_ITEMS_FILE).read_bytes()


@dataclass(frozen=True, eq=False)
class ItemsView:
    """What the item drill-down shows for the chosen unit and year of an item file."""
    years: list[int]
    year: int
    units: list[str]
    unit: str
    family: str
    status: str                       # complete | partial | unknown: the year's OIT list of the family
    n_listed: int                     # OIT items the year's list names for the family
    has_oit: bool                     # the file gives OIT items of the unit-year and a framework lists them
    n_present: int = 0
    n_missing: int = 0
    n_not_given: int = 0
    missing: pd.DataFrame = field(default_factory=pd.DataFrame)   # code, name_th, indicator of items marked ไม่มี
    # tool, item, question (its words), indicator, value, basis (where the words come from), label (code and a
    # few words, for the chart), hover (the full words wrapped, for the chart); lowest first
    lowest: pd.DataFrame = field(default_factory=pd.DataFrame)
    lowest_n: int = LOWEST_N
    pass_mark: float = 85.0
    family_name: str = ""             # the OIT list family in words


def _wrap(text: str, width: int = 60) -> str:
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False)) or text


def question_words(lowest: pd.DataFrame, year: int, fw: Framework | None, lang: str = "th") -> pd.DataFrame:
    """The lowest questions (tool, item, indicator, value, …) with their words for the year: question, basis, label
    and hover. IIT questions carry the form's wording; EIT questions the indicator's name and a plain note that
    the NACC has not published the wording — never a made-up text."""
    questions = load_questions()
    names = {i.number: (i.name_th if lang == "th" else i.name_en) for i in fw.indicators} if fw else {}
    rows = []
    for r in lowest.itertuples(index=False):
        w = questions.wording(r.tool, r.item, int(year))
        n = None if pd.isna(r.indicator) else int(r.indicator)
        if w.question is not None:
            text, short = w.question.text(lang), w.question.short(lang)
        elif w.basis == "unpublished" and n is not None:
            text = t("items.q_unpublished", lang, n=n, name=names.get(n, ""))
            short = t("items.q_unpublished_short", lang, n=n, name=names.get(n, ""))
        else:
            text = short = t("items.q_unknown", lang, code=r.item)
        basis = t(f"items.basis_{w.basis}", lang, form=w.form_year or "", year=year)
        hover = _wrap(text) + ("<br>" + t("items.hover_indicator", lang, n=n) if n is not None else "")
        rows.append({"question": text, "basis": basis, "label": f"{r.item} {short}", "hover": hover})
    words = pd.DataFrame(rows, columns=["question", "basis", "label", "hover"], index=lowest.index)
    out = pd.concat([lowest[["tool", "item"]], words[["question"]], lowest[["indicator", "value"]],
                     words[["basis", "label", "hover"]]], axis=1)
    return out.reset_index(drop=True)


def items_view(items: pd.DataFrame, year: int | None = None, unit: str | None = None,
               family: str = DEFAULT_FAMILY, lang: str = "th") -> ItemsView:
    """The ItemsView of an item file's rows (ITEM_COLUMNS) for the wanted year and unit (the newest year and
    first unit of it when not offered) and the OIT item-list family, its words in the language."""
    years = sorted((int(y) for y in items["fiscal_year"].unique()), reverse=True)
    year = choose(years, year)
    units = sorted(items.loc[items["fiscal_year"] == year, "unit"].unique())
    unit = choose(units, unit)
    fw = for_year(year)
    check = item_analysis.oit_checklist(items, unit, year, fw, family) if fw else None
    has_oit = check is not None and not check["present"].isna().all()
    counts = {}
    if has_oit:
        counts = dict(n_present=int(check["present"].eq(True).sum()), n_missing=int(check["present"].eq(False).sum()),
                      n_not_given=int(check["present"].isna().sum()),
                      missing=item_analysis.missing_oit(items, unit, year, fw, family))
    return ItemsView(years, year, units, unit, family, item_analysis.list_status(fw, family),
                     sum(1 for it in fw.oit_items if it.family == family) if fw else 0, has_oit, **counts,
                     lowest=question_words(item_analysis.lowest_questions(items, unit, year, LOWEST_N), year, fw, lang),
                     pass_mark=pass_mark(fw), family_name=family_name(family, lang))
