"""Year-aware ITA scoring: tool scores, totals, levels or bands (with the reason in words) and points lost.

Rounding rule: NACC publishes totals and tool scores with two decimals, and levels/bands are decided on
those published numbers. So every total and tool score is rounded **half-up to 2 decimals** (`round2`)
before it is compared with a level/band edge or a per-tool gate: 84.995 → 85.00 (reaches 85), 84.99 stays
below 85, 94.994 → 94.99. Binary float artefacts are removed first (the value is taken to 6 decimals of a
hundredth before rounding), so a decimal like 84.995 that is stored as 84.99499999… still rounds up.
`score` returns total, iit/eit/oit, the tool points and gap_to_85 already rounded this way, i.e. the exact
numbers the decision was made on. Indicator scores and points_lost are returned as given / computed.

Which numbers are used (`basis`): "indicators" when every indicator of the year is present (tool scores and
the total are recomputed from them even when the file also printed them); otherwise per tool the recomputed
score when that tool's indicators are complete, else the published tool score, and "tools" when all three
tools are then known (total = Σ tool points); otherwise the published total ("total"). Duplicate rows for
the same unit-year-indicator (or unit-year in `published`): one of them is used. Ingest never produces them:
a unit-year its file gives twice with different values arrives as a `published` row with every value blank,
so it is scored undetermined (total, level, passed null; issue 10.4).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.common.text import t
from analysis.ita._grading import cents as _cents
from analysis.ita._grading import grade as _grade
from analysis.ita.contract import KEY_COLUMNS, SCORE_COLUMNS
from analysis.ita.framework import TOOLS, Framework, load_all

RESULT_COLUMNS = [*KEY_COLUMNS, "iit", "eit", "oit", "iit_points", "eit_points",
                  "oit_points", "total", "level", "level_note", "level_note_en", "passed", "gap_to_85",
                  "basis", "n_indicators"]
POINTS_COLUMNS = [*KEY_COLUMNS, "indicator", "name_th", "name_en", "tool", "weight",
                  "score", "points_lost", "below_85", "distance_below_85"]
TOOL_COLUMNS = tuple(t.lower() for t in TOOLS)          # iit, eit, oit
_BASIS = np.array([None, "indicators", "tools", "total"], dtype=object)
DEFAULT_PASS_MARK = 85.0                                 # only when no framework file is loaded at all


def round2(values):
    """The value(s) rounded half-up to 2 decimals as NACC publishes them (84.995 → 85.0, 84.99 stays); NaN stays NaN.

    Accepts a number, a numpy array or a pandas Series and returns the same kind.
    """
    out = _cents(values) / 100
    if isinstance(values, pd.Series):
        return pd.Series(out, index=values.index, name=values.name)
    return float(out) if np.ndim(values) == 0 else out


# ----------------------------------------------------------------------------------------- inputs
def _frame(df: pd.DataFrame | None, needed: list[str], name: str) -> pd.DataFrame:
    """The input frame with the columns we need (ValueError naming missing ones), rows without unit/year dropped."""
    if df is None:
        return pd.DataFrame({c: pd.Series(dtype=float if c not in ("unit", "unit_type") else "str") for c in needed})
    missing = [c for c in needed if c not in df.columns and c != "unit_type"]
    if missing:
        raise ValueError(f"{name} frame lacks columns {missing}")
    out = df
    if not pd.api.types.is_integer_dtype(df["fiscal_year"].dtype):
        out = out.assign(fiscal_year=_numbers(df["fiscal_year"]))
    out = out.dropna(subset=["unit", "fiscal_year"])
    if "unit_type" not in out.columns:
        from analysis.common.units import infer_unit_type
        out = out.assign(unit_type=out["unit"].map(infer_unit_type))
    return out


class _UnitYears:
    """Row codes of both inputs into one unit-year index, ordered by year, then unit (first appearance)."""

    def __init__(self, s: pd.DataFrame, p: pd.DataFrame):
        ns = len(s)
        unit = pd.concat([s["unit"].astype("str"), p["unit"].astype("str")], ignore_index=True)
        fy = np.concatenate([s["fiscal_year"].to_numpy(dtype=np.int64), p["fiscal_year"].to_numpy(dtype=np.int64)])
        ucode, uniq = pd.factorize(unit)
        base = int(fy.min()) if len(fy) else 0
        span = int(fy.max()) - base + 1 if len(fy) else 1
        nu = max(len(uniq), 1)
        key = (fy - base) * nu + ucode.astype(np.int64)
        size = nu * span
        if size <= 20_000_000:                   # dense: O(rows), no hashing or sorting
            seen = np.zeros(size, dtype=bool)
            seen[key] = True
            keys = np.flatnonzero(seen)
            code = (np.cumsum(seen) - 1)[key]
        else:
            keys = np.unique(key)
            code = np.searchsorted(keys, key)
        self.n = len(keys)
        self.code_s, self.code_p = code[:ns], code[ns:]
        self.unit = pd.Series(uniq.take(keys % nu), dtype="str").array
        self.fiscal_year = keys // nu + base
        # unit_type from a row of `scores` when the unit-year has one, else from `published`
        at_s, at_p = np.full(self.n, -1), np.full(self.n, -1)
        at_s[self.code_s], at_p[self.code_p] = np.arange(ns), np.arange(len(p))
        from_s = at_s >= 0
        part_s = s["unit_type"].astype("str").take(at_s[from_s])
        part_p = p["unit_type"].astype("str").take(at_p[~from_s])
        if from_s.all() or not from_s.any():
            self.unit_type = (part_s if from_s.all() else part_p).array
        else:
            order = np.concatenate([np.flatnonzero(from_s), np.flatnonzero(~from_s)])
            both = pd.concat([part_s, part_p], ignore_index=True)
            self.unit_type = both.take(np.argsort(order, kind="stable")).array


def _matrix(s: pd.DataFrame, codes: np.ndarray, n: int, width: int) -> np.ndarray:
    """n × width indicator scores (NaN = not given); column k holds indicator k+1; one of duplicate rows wins."""
    mat = np.full((n, width), np.nan)
    ind, val = _numbers(s["indicator"]), _numbers(s["score"])
    ok = (ind >= 1) & (ind <= width) & ~np.isnan(val)
    mat.ravel()[codes[ok].astype(np.int64) * width + ind[ok].astype(np.int64) - 1] = val[ok]
    return mat


def _numbers(col: pd.Series) -> np.ndarray:
    """A column as a float array (text that is not a number → NaN)."""
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        return col.to_numpy(dtype=float, na_value=np.nan)
    return pd.to_numeric(col, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


# ----------------------------------------------------------------------------------------- grading
def _note_published_level(published, uy, level, note_th, note_en) -> None:
    """Where the level cannot be decided but the file prints one, say what the file states (never adopt it)."""
    if published is None or "level" not in published.columns or not len(published):
        return
    printed = np.full(uy.n, None, dtype=object)
    printed[uy.code_p] = published["level"].to_numpy(dtype=object)
    rows = np.flatnonzero((level == None) & pd.notna(printed))  # noqa: E711 — element-wise on objects
    if not len(rows):
        return
    texts = pd.Series(printed[rows], dtype=object).astype(str).str.strip()
    said = texts.ne("").to_numpy()
    rows, texts = rows[said], texts[said]
    for lang, notes in (("th", note_th), ("en", note_en)):      # the note once per printed level, added per row
        words = {text: t("score.file_states", lang, level=text) for text in texts.unique()}
        notes[rows] = notes[rows] + texts.map(words).to_numpy(dtype=object)


# ----------------------------------------------------------------------------------------- score
def score(scores: pd.DataFrame | None, published: pd.DataFrame | None = None,
          frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """One row per unit-year (union of both inputs): tool scores (0–100 and points), total, level or band with
    the reason in Thai and English, passed, gap to the pass mark, basis and how many indicators were given.

    Columns are RESULT_COLUMNS, rows ordered by fiscal year, then unit in order of first appearance. level is
    None when it cannot be decided (level_note says which bands remain possible); passed is NA when no total is
    known. Years without a framework file keep the published total only and get no level. Inputs are not changed.
    """
    fws = load_all() if frameworks is None else frameworks
    s = _frame(scores, SCORE_COLUMNS, "scores")
    p = _frame(published, [*KEY_COLUMNS, "iit", "eit", "oit", "total"], "published")
    uy = _UnitYears(s, p)
    n = uy.n
    width = max([10] + [len(fw.indicators) for fw in fws.values()])
    mat = _matrix(s, uy.code_s, n, width)
    pub_tools = np.full((n, len(TOOLS)), np.nan)
    pub_total = np.full(n, np.nan)
    if len(p):
        pub_tools[uy.code_p] = np.column_stack([_numbers(p[c]) for c in TOOL_COLUMNS])
        pub_total[uy.code_p] = _numbers(p["total"])

    tools = np.full((n, len(TOOLS)), np.nan)
    points = np.full((n, len(TOOLS)), np.nan)
    total = np.full(n, np.nan)
    basis = np.zeros(n, dtype=np.int8)           # index into BASIS
    level = np.full(n, None, dtype=object)
    note_th, note_en = np.full(n, "", dtype=object), np.full(n, "", dtype=object)
    pass_c = np.full(n, np.nan)
    n_ind = np.zeros(n, dtype=np.int64)
    fallback_pass = fws[max(fws)].pass_mark if fws else DEFAULT_PASS_MARK

    years, starts = np.unique(uy.fiscal_year, return_index=True)
    for year, a, b in zip(years, starts, [*starts[1:], n]):
        rows = slice(a, b)                       # the index is sorted by year: one contiguous block per year
        fw = fws.get(int(year))
        if fw is None:
            n_ind[rows] = (~np.isnan(mat[rows, :10])).sum(axis=1)
            tools[rows] = pub_tools[rows]
            total[rows] = pub_total[rows]
            has = ~np.isnan(pub_total[rows])
            basis[rows] = np.where(has, 3, 0)
            pass_c[rows] = _cents(fallback_pass)
            th, en = (t("score.no_framework", lang, year=int(year)) for lang in ("th", "en"))
            note_th[rows] = np.where(has, th, th + t("score.no_total_given", "th"))
            note_en[rows] = np.where(has, en, en + t("score.no_total_given", "en"))
            continue
        ni = len(fw.indicators)
        M = mat[rows, :ni]
        present = ~np.isnan(M)
        n_ind[rows] = present.sum(axis=1)
        w = np.array([fw.weights[k] for k in range(1, ni + 1)])
        complete = present.all(axis=1)
        for j, code in enumerate(TOOLS):
            idx = [i.number - 1 for i in fw.indicators_of(code)]
            tw = w[idx]
            rec = M[:, idx] @ tw / tw.sum()          # NaN unless all of the tool's indicators are present
            tools[rows, j] = np.where(np.isnan(rec), pub_tools[rows, j], rec)
            points[rows, j] = tools[rows, j] * fw.tool(code).weight / 100
        tools_known = ~np.isnan(tools[rows]).any(axis=1)
        has_pub = ~np.isnan(pub_total[rows])
        total[rows] = np.select([complete, tools_known, has_pub],
                                [M @ w / 100, points[rows].sum(axis=1), pub_total[rows]], np.nan)
        basis[rows] = np.select([complete, tools_known, has_pub], [1, 2, 3], 0)
        pass_c[rows] = _cents(fw.pass_mark)
        has_total = ~np.isnan(total[rows])
        r = rows if has_total.all() else a + np.flatnonzero(has_total)
        level[r], note_th[r], note_en[r] = _grade(fw, _cents(total[r]), _cents(tools[r]))
        r = a + np.flatnonzero(~has_total)
        note_th[r] = t("score.no_total", "th", n=ni, tools=len(TOOLS))
        note_en[r] = t("score.no_total", "en", n=ni, tools=len(TOOLS))

    _note_published_level(p, uy, level, note_th, note_en)
    total_c = _cents(total)
    known = ~np.isnan(total_c)
    passed = pd.array(np.where(known, total_c >= pass_c, False), dtype="boolean")
    passed[~known] = pd.NA
    out = {"unit": uy.unit, "unit_type": uy.unit_type, "fiscal_year": uy.fiscal_year.astype(np.int64)}
    tool_r = _cents(tools) / 100
    point_r = _cents(points) / 100
    for j, c in enumerate(TOOL_COLUMNS):
        out[c] = tool_r[:, j]
    for j, c in enumerate(TOOL_COLUMNS):
        out[f"{c}_points"] = point_r[:, j]
    # text columns stay object dtype: level/basis hold None when unknown, and notes skip a costly str conversion
    out.update({"total": total_c / 100, "level": pd.Series(level, dtype=object),
                "level_note": pd.Series(note_th, dtype=object), "level_note_en": pd.Series(note_en, dtype=object),
                "passed": passed, "gap_to_85": np.where(known, np.maximum(0, pass_c - total_c), np.nan) / 100,
                "basis": pd.Series(_BASIS[basis], dtype=object), "n_indicators": n_ind})
    return pd.DataFrame(out, columns=RESULT_COLUMNS)


# ----------------------------------------------------------------------------------------- views
def wide_indicators(scores: pd.DataFrame | None) -> pd.DataFrame:
    """One row per unit-year: unit, unit_type, fiscal_year, i1..i10 (more when the data has them; NaN = not given)."""
    s = _frame(scores, SCORE_COLUMNS, "scores")
    p = _frame(None, KEY_COLUMNS, "published")
    uy = _UnitYears(s, p)
    top = np.nanmax(_numbers(s["indicator"]), initial=10)
    width = int(min(top, 1000))
    mat = _matrix(s, uy.code_s, uy.n, width)
    out = pd.DataFrame({"unit": uy.unit, "unit_type": uy.unit_type, "fiscal_year": uy.fiscal_year.astype(np.int64)})
    return pd.concat([out, pd.DataFrame(mat, columns=[f"i{k}" for k in range(1, width + 1)])], axis=1)


def points_lost(scores: pd.DataFrame | None, frameworks: dict[int, Framework] | None = None) -> pd.DataFrame:
    """Per unit-year-indicator (rows with a score): name, tool, weight, score, points lost
    (weight × (100 − score) / 100), below_85 (score rounded to 2 dp < pass mark) and distance_below_85
    (max(0, pass mark − score), 2 dp).

    Columns are POINTS_COLUMNS, rows in input order. Years without a framework file take names and tool from
    the latest framework and get weight/points_lost NaN; indicators a year's framework lacks are left out.
    """
    fws = load_all() if frameworks is None else frameworks
    s = _frame(scores, SCORE_COLUMNS, "scores")
    ind, val = _numbers(s["indicator"]), _numbers(s["score"])
    fy = s["fiscal_year"].to_numpy(dtype=np.int64)
    years = np.unique(fy)
    width = max([10] + [len(fw.indicators) for fw in fws.values()])
    latest = fws[max(fws)] if fws else None
    # one small look-up table per (year, indicator): cell = year_index * width + indicator - 1
    cells = len(years) * width
    weight_t, known_t = np.full(cells, np.nan), np.zeros(cells, dtype=bool)
    text_t = {k: [""] * cells for k in ("name_th", "name_en", "tool")}
    pass_t = np.full(len(years), DEFAULT_PASS_MARK)
    for y, year in enumerate(years):
        fw = fws.get(int(year))
        source = fw or latest
        pass_t[y] = source.pass_mark if source else DEFAULT_PASS_MARK
        for i in source.indicators if source else ():
            cell = y * width + i.number - 1
            known_t[cell] = True
            weight_t[cell] = i.weight if fw else np.nan
            text_t["name_th"][cell], text_t["name_en"][cell], text_t["tool"][cell] = i.name_th, i.name_en, i.tool
    yi = np.searchsorted(years, fy)
    ok = ~np.isnan(val) & (ind >= 1) & (ind <= width)
    cell = yi * width + np.where(ok, ind, 1).astype(np.int64) - 1
    ok &= known_t[cell]
    keep = np.flatnonzero(ok)
    cell, val, yi = cell[keep], val[keep], yi[keep]
    score_c, pass_c = _cents(val), _cents(pass_t[yi])
    weight = weight_t[cell]
    out = {c: s[c].take(keep).reset_index(drop=True).astype("str") for c in ("unit", "unit_type")}
    out["fiscal_year"] = fy[keep]
    out["indicator"] = cell % width + 1
    for k, texts in text_t.items():
        out[k] = pd.array(texts, dtype="str").take(cell)
    out.update({"weight": weight, "score": val, "points_lost": weight * (100 - val) / 100,
                "below_85": score_c < pass_c, "distance_below_85": np.maximum(0, pass_c - score_c) / 100})
    return pd.DataFrame(out, columns=POINTS_COLUMNS)
