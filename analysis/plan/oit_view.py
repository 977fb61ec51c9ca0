"""What the OIT readiness page shows for one fiscal year and unit, computed here (the page only draws it): the
checklist rows, the filters' choices, progress per indicator, the predicted OIT beside last year's actual, the
predicted total and band, and the group view across units."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from analysis.common.text import render, t
from analysis.ita import for_year, score
from analysis.plan import checklist as ck
from analysis.plan.forms import be_date, parse_typed_date


@dataclass(frozen=True)
class IndicatorProgress:
    number: int
    label: str
    done: int          # published with evidence
    counted: int       # items that count (not applicable left out)
    predicted: float | None

    @property
    def share(self) -> float:
        return self.done / self.counted if self.counted else 0.0


@dataclass(frozen=True)
class OitTrackerView:
    fiscal_year: int
    unit: str
    family: str
    framework_status: str                     # verified | assumed | unknown (the year's framework as a whole)
    list_status: str                          # complete | partial | unknown (the item list of the family)
    rows: pd.DataFrame                        # code, name, indicator, status, urls (text), owner, due, notes, overdue
    prediction: ck.Prediction
    progress: list[IndicatorProgress]
    last_year: int
    last_oit: float | None                    # last year's actual OIT (0–100) of the unit, None when not known
    last_iit: float | None
    last_eit: float | None
    predicted_total: float | None
    predicted_band: str | None
    predicted_passed: bool | None
    owners: list[str]
    overdue: list[str]
    warnings: list[str] = field(default_factory=list)


def _last_year(results: pd.DataFrame, scores: pd.DataFrame, unit: str, year: int):
    """(last year's result row or None, its indicator scores) of the unit."""
    row = results[(results["unit"] == unit) & (results["fiscal_year"] == year)]
    inds = scores[(scores["unit"] == unit) & (scores["fiscal_year"] == year)]
    return (row.iloc[0] if len(row) else None), {int(i): float(s) for i, s in zip(inds["indicator"], inds["score"])
                                                  if s == s}


def tracker_view(fiscal_year: int, unit: str, family: str, entries: Mapping[str, ck.Entry], scores: pd.DataFrame,
                 results: pd.DataFrame, today: date, lang: str = "th", iit: float | None = None,
                 eit: float | None = None, unit_type: str = "") -> OitTrackerView | None:
    """The page's view of one unit's checklist, or None when the year has no framework (no item list)."""
    fw = for_year(fiscal_year)
    if fw is None:
        return None
    prediction = ck.predict(fw, family, entries)
    late = set(ck.overdue(entries.values(), today))
    rows = []
    for item in prediction.items:
        e = entries.get(item.code, ck.Entry(item.code))
        rows.append({"code": item.code, "name": item.name_th, "indicator": item.indicator, "status": e.status,
                     "urls": "\n".join(e.urls), "owner": e.owner, "due": e.due, "notes": e.notes,
                     "counted": item.counted, "overdue": item.code in late})
    frame = pd.DataFrame(rows, columns=["code", "name", "indicator", "status", "urls", "owner", "due", "notes",
                                        "counted", "overdue"])
    labels = {i.number: f"{i.number}. {i.name_th if lang == 'th' else (i.name_en or i.name_th)}" for i in fw.indicators}
    got = ck.progress_by_indicator(prediction)
    progress = [IndicatorProgress(n, labels.get(n, str(n)), *got.get(n, (0, 0)), s)
                for n, s in prediction.indicators.items()]
    earlier = results.loc[(results["unit"] == unit) & (results["fiscal_year"] < fiscal_year), "fiscal_year"]
    last = int(earlier.max()) if len(earlier) else fiscal_year - 1     # last year's, else the latest result before
    row, last_inds = _last_year(results, scores, unit, last)
    unit_type = unit_type or (str(row["unit_type"]) if row is not None else "")
    total = band = passed = None
    if prediction.oit is not None and (last_inds or (iit is not None and eit is not None)):
        frame_scores = ck.predicted_indicator_scores(fw, prediction, unit, unit_type, last_inds, iit, eit)
        if frame_scores["score"].notna().all():
            scored = score(frame_scores, frameworks={fiscal_year: fw}).iloc[0]
            total, band = float(scored["total"]), scored["level"]
            passed = bool(scored["passed"]) if scored["passed"] == scored["passed"] else None
    owners = sorted({e.owner for e in entries.values() if e.owner})
    return OitTrackerView(fiscal_year, unit, family, fw.status, fw.oit_items_status.get(family, "unknown"), frame,
                          prediction, progress, last, _num(row, "oit"), _num(row, "iit"), _num(row, "eit"), total,
                          band, passed, owners, sorted(late, key=ck._code_order), prediction.warning_texts(lang))


def _num(row, column: str) -> float | None:
    if row is None:
        return None
    value = row[column]
    return None if value is None or value != value else float(value)


def group_view(fiscal_year: int, family: str, checklists: Mapping[str, Mapping[str, ck.Entry]]) -> tuple[
        pd.DataFrame, pd.DataFrame]:
    """(units × items of status codes, one row per unit with its predicted OIT and items published), units sorted by
    their predicted OIT (lowest first, so those who need help come first)."""
    fw = for_year(fiscal_year)
    codes = [i.code for i in ck.items_of(fw, family)]
    summary = []
    for unit, entries in checklists.items():
        p = ck.predict(fw, family, entries)
        summary.append({"unit": unit, "oit": p.oit, "published": sum(bool(i.counted) for i in p.items),
                        "items": sum(i.counted is not None for i in p.items)})
    table = pd.DataFrame(summary, columns=["unit", "oit", "published", "items"]).sort_values(["oit", "unit"],
                                                                                          na_position="first")
    matrix = ck.group_matrix({u: checklists[u] for u in table["unit"]}, codes)
    return matrix, table.reset_index(drop=True)


def status_options(lang: str = "th") -> dict[str, str]:
    """status code → words, in list order (the editor's choices)."""
    return {s: ck.status_word(s, lang) for s in ck.STATUSES}


def framework_note(view: OitTrackerView, lang: str = "th") -> str:
    """Plain words on how sure the year's framework and its item list are."""
    return t("oit.framework_note", lang, year=view.fiscal_year, status=t(f"oit.fw_{view.framework_status}", lang),
             list=t(f"oit.list_{view.list_status}", lang))


def editor_frame(view: OitTrackerView, lang: str = "th") -> pd.DataFrame:
    """The rows as the page's table editor shows them: status in words, due dates as typed dates in BE."""
    words = status_options(lang)
    out = view.rows[["code", "name", "indicator", "status", "urls", "owner", "due", "notes"]].copy()
    out["status"] = out["status"].map(words)
    out["due"] = [be_date(d) if isinstance(d, date) else "" for d in out["due"]]
    return out


def entries_from_editor(edited: pd.DataFrame, lang: str = "th") -> tuple[dict[str, ck.Entry], list[str]]:
    """(the entries as edited in the table, the problems in words): statuses back to codes, URLs one per line or
    separated, due dates typed in BE or CE (Thai digits too); a row with an unreadable date is not taken."""
    back = {w: s for s, w in status_options(lang).items()}
    out, problems = {}, []
    for r in edited.itertuples(index=False):
        try:
            due = parse_typed_date(str(r.due or ""))
        except ValueError as exc:
            problems.append(t("oit.edit_bad_due", lang, code=r.code, why=render(exc.args[0], lang)))
            continue
        status = back.get(r.status) or ck.parse_status(r.status) or "not_started"
        out[r.code] = ck.Entry(r.code, status, ck.parse_urls(r.urls or ""), str(r.owner or "").strip(), due,
                               str(r.notes or "").strip())
    return out, problems


def changed(before: Mapping[str, ck.Entry], after: Mapping[str, ck.Entry]) -> list[str]:
    """The codes whose entry differs (what a save writes)."""
    return [c for c, e in after.items() if before.get(c, ck.Entry(c)) != e]


def filter_rows(view: OitTrackerView, only_overdue: bool = False, owner: str = "", indicator: int | None = None,
                ) -> pd.DataFrame:
    rows = view.rows
    if only_overdue:
        rows = rows[rows["overdue"]]
    if owner:
        rows = rows[rows["owner"] == owner]
    if indicator is not None:
        rows = rows[rows["indicator"] == indicator]
    return rows


def codes_sorted(codes: Sequence[str]) -> list[str]:
    return sorted(codes, key=ck._code_order)


def link_check_table(pairs: Sequence[tuple[str, str]], checked: Mapping, lang: str = "th") -> pd.DataFrame:
    """One row per evidence link of the checklist: item, URL, the last check's result in words and when it ran
    (a link not checked yet says so). checked maps (code, url) to stored checks (analysis.store.StoredCheck)."""
    from analysis.common.thaidate import format_datetime

    rows = []
    for code, url in pairs:
        c = checked.get((code, url))
        rows.append([code, url, c.as_check().message(lang) if c else t("oit.not_checked", lang),
                     format_datetime(c.checked_at, lang) if c else ""])
    return pd.DataFrame(rows, columns=[t(k, lang) for k in ("oit.col_item", "oit.col_url", "oit.col_result",
                                                           "oit.col_checked_at")])


def with_prediction(scores: pd.DataFrame, results: pd.DataFrame, fiscal_year: int, unit: str, family: str,
                    entries: Mapping[str, ck.Entry]) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The workspace frames with the unit's predicted year added (OIT indicators from its checklist, IIT/EIT from
    its latest earlier result), so the Path to 85 planner can start from the prediction; None when the unit has
    no earlier indicator scores or the year no framework."""
    fw = for_year(fiscal_year)
    if fw is None:
        return None
    earlier = scores[(scores["unit"] == unit) & (scores["fiscal_year"] < fiscal_year)]
    if earlier.empty:
        return None
    last = int(earlier["fiscal_year"].max())
    row = earlier[earlier["fiscal_year"] == last]
    last_inds = {int(i): float(s) for i, s in zip(row["indicator"], row["score"]) if s == s}
    unit_type = str(row["unit_type"].iloc[0]) if "unit_type" in row.columns else ""
    predicted = ck.predicted_indicator_scores(fw, ck.predict(fw, family, entries), unit, unit_type, last_inds)
    if predicted["score"].isna().any():
        return None
    keep = ~((scores["unit"] == unit) & (scores["fiscal_year"] == fiscal_year))
    new_scores = pd.concat([scores[keep], predicted[[c for c in predicted.columns if c in scores.columns]]],
                           ignore_index=True)
    scored = score(predicted, frameworks={fiscal_year: fw})
    keep_r = ~((results["unit"] == unit) & (results["fiscal_year"] == fiscal_year))
    new_results = pd.concat([results[keep_r], scored[[c for c in scored.columns if c in results.columns]]],
                            ignore_index=True)
    return new_scores, new_results
