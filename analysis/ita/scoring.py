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
the same unit-year-indicator (or unit-year in `published`): one of them is used (ingest warns about them).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

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


def _cents(values) -> np.ndarray:
    """Hundredths rounded half-up (away from zero) after removing float artefacts; NaN stays NaN."""
    a = np.asarray(values, dtype=float)
    return np.sign(a) * np.floor(np.round(np.abs(a) * 100, 6) + 0.5)


def round2(values):
    """The value(s) rounded half-up to 2 decimals as NACC publishes them (84.995 → 85.0, 84.99 stays); NaN stays NaN.

    Accepts a number, a numpy array or a pandas Series and returns the same kind.
    """
    out = _cents(values) / 100
    if isinstance(values, pd.Series):
        return pd.Series(out, index=values.index, name=values.name)
    return float(out) if np.ndim(values) == 0 else out


@lru_cache(maxsize=16)
def _table(prefix: str) -> np.ndarray:
    """prefix + '0.00' … prefix + '100.00' (object array indexed by hundredths), built once per prefix."""
    return np.array([f"{prefix}{c / 100:.2f}" for c in range(10001)], dtype=object)


def _fmt(cents: np.ndarray, prefix: str = "") -> np.ndarray:
    """prefix + '81.45'-style strings (object array) from hundredths; a table look-up for 0–100, the usual case."""
    c = np.asarray(cents, dtype=float)
    if not len(c) or (not np.isnan(c).any() and c.min() >= 0 and c.max() <= 10000):
        return _table(prefix)[c.astype(np.int64)]
    return np.array([f"{prefix}{x / 100:.2f}" for x in c.tolist()], dtype=object)


def _g(x: float) -> str:
    return f"{x:g}"


def _join(parts: list, lang: str):
    """'a', 'a และ b', 'a, b และ c' (English: and); parts may be strings or object arrays of strings."""
    out = parts[0]
    for k, part in enumerate(parts[1:], start=2):
        out = out + ((" และ " if lang == "th" else " and ") if k == len(parts) else ", ") + part
    return out


def _sp(label: str) -> str:
    """'จึงได้ระดับ B' but 'จึงได้ระดับผ่าน' (no space before Thai text)."""
    return (" " if label[:1].isascii() else "") + label


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
def _grade(fw: Framework, total_c: np.ndarray, tool_c: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Level or band, Thai note, English note for rows whose total is known (three-valued logic over tools)."""
    rules = fw.levels if fw.grading == "levels" else fw.bands
    labels = [r.label for r in rules]
    edges = [float(_cents(r.min_total)) for r in rules]
    gates = [None if fw.grading == "levels" or r.tool_gate is None else float(_cents(r.tool_gate)) for r in rules]
    m, nb = len(total_c), len(rules)
    known = ~np.isnan(tool_c)
    tot_ok, g_false, fails, r_true, r_false = [], [], [], [], []
    for e, g in zip(edges, gates):
        t_ok = total_c >= e
        if g is None:
            fail, gf, gt = np.zeros_like(known), np.zeros(m, bool), np.ones(m, bool)
        else:
            ok = tool_c >= g
            fail = known & ~ok
            gf, gt = fail.any(axis=1), (known & ok).all(axis=1)
        tot_ok.append(t_ok)
        g_false.append(gf)
        fails.append(fail)
        r_true.append(t_ok & gt)               # the band's rule is True …
        r_false.append(~t_ok | gf)             # … or False; neither means Unknown (a needed tool score is missing)
    assigned, floor = np.full(m, -1), np.full(m, -1)
    possible = np.zeros(m, dtype=np.int64)
    open_, blocked = np.ones(m, bool), np.zeros(m, bool)
    for b in range(nb):
        take = open_ & r_true[b]
        assigned[take & ~blocked] = b
        floor[take & blocked] = b
        possible |= (open_ & ~r_false[b]).astype(np.int64) << b
        blocked |= open_ & ~r_true[b] & ~r_false[b]
        open_ &= ~r_true[b]
    level = np.full(m, None, dtype=object)
    th, en = np.full(m, "", dtype=object), np.full(m, "", dtype=object)
    tot_th, tot_en = _fmt(total_c, "คะแนนรวม "), _fmt(total_c, "total ")
    word = "level" if fw.grading == "levels" else "band"
    # decided by a per-tool gate: the worst better band whose total edge was met but a gate failed
    gd = np.full(m, -1)
    for b in range(nb):
        gd[(b < assigned) & tot_ok[b] & g_false[b]] = b
    for b in range(nb):
        rows = np.flatnonzero(assigned == b)
        if not len(rows):
            continue
        level[rows] = labels[b]
        L = labels[b]
        plain = rows[gd[rows] < 0]
        if gates[b] is not None:
            g = _g(gates[b] / 100)
            th[plain] = tot_th[plain] + f" ≥ {_g(rules[b].min_total)} และทุกเครื่องมือ ≥ {g} จึงได้ระดับ{_sp(L)}"
            en[plain] = tot_en[plain] + f" ≥ {_g(rules[b].min_total)} and every tool ≥ {g}, so the {word} is {L}"
        else:
            upper = min((rules[k].min_total for k in range(b)), default=None)
            lo = rules[b].min_total
            if upper is None:
                th_tail, en_tail = f" ≥ {_g(lo)}", f" ≥ {_g(lo)}"
            elif lo <= 0:
                th_tail, en_tail = f" ต่ำกว่า {_g(upper)}", f" is below {_g(upper)}"
            else:
                th_tail, en_tail = f" ≥ {_g(lo)} แต่ต่ำกว่า {_g(upper)}", f" ≥ {_g(lo)} but below {_g(upper)}"
            th[plain] = tot_th[plain] + (th_tail + f" จึงได้ระดับ{_sp(L)}")
            en[plain] = tot_en[plain] + (en_tail + f", so the {word} is {L}")
        for better in range(b):
            sub = rows[gd[rows] == better]
            if not len(sub):
                continue
            bits = fails[better][sub].astype(np.int64) @ (1 << np.arange(len(TOOLS)))
            gate, lb = _g(gates[better] / 100), labels[better]
            for combo in np.unique(bits):
                rr = sub[bits == combo]
                tools_txt = [_fmt(tool_c[rr, j], TOOLS[j] + " ") for j in range(len(TOOLS)) if combo >> j & 1]
                verb = "is" if len(tools_txt) == 1 else "are"
                th[rr] = (tot_th[rr] + f" ถึงเกณฑ์{lb} แต่ " + _join(tools_txt, "th")
                          + f" ต่ำกว่า {gate} จึงได้ระดับ{_sp(L)}")
                en[rr] = (tot_en[rr] + f" reaches {lb} but " + _join(tools_txt, "en")
                          + f" {verb} below {gate}, so the {word} is {L}")
    # undetermined: a better band is Unknown because tool scores are missing
    und = np.flatnonzero(assigned < 0)
    if len(und):
        miss = (~known[und]).astype(np.int64) @ (1 << np.arange(len(TOOLS)))
        combo_key = (floor[und] + 1) * (1 << 20) + possible[und] * 8 + miss
        for key in np.unique(combo_key):
            rr = und[combo_key == key]
            f, poss, ms = int(floor[rr[0]]), int(possible[rr[0]]), int(miss[combo_key == key][0])
            names = [labels[b] for b in range(nb - 1, -1, -1) if poss >> b & 1]
            absent = [TOOLS[j] for j in range(len(TOOLS)) if ms >> j & 1]
            if len(absent) == len(TOOLS):
                why_th, why_en = "ไม่มีคะแนนรายเครื่องมือ", "no tool scores"
            else:
                why_th = "ไม่มีคะแนน " + _join(absent, "th")
                why_en = "no " + " or ".join(absent) + " score" + ("s" if len(absent) > 1 else "")
            if f >= 0:
                th[rr] = f"ยังตัดสินระดับไม่ได้: {labels[f]} หรือดีกว่า ({'/'.join(names)}) เพราะ{why_th}"
                en[rr] = f"undetermined: {labels[f]} or better ({', '.join(names)}) — {why_en}"
            else:
                th[rr] = f"ยังตัดสินระดับไม่ได้: อาจเป็น {'/'.join(names)} เพราะ{why_th}"
                en[rr] = f"undetermined: one of {', '.join(names)} — {why_en}"
    return level, th, en


def _note_published_level(published, uy, level, note_th, note_en) -> None:
    """Where the level cannot be decided but the file prints one, say what the file states (never adopt it)."""
    if published is None or "level" not in published.columns or not len(published):
        return
    printed = np.full(uy.n, None, dtype=object)
    printed[uy.code_p] = published["level"].to_numpy(dtype=object)
    for r in np.flatnonzero((level == None) & pd.notna(printed)):  # noqa: E711 — element-wise on objects
        text = str(printed[r]).strip()
        if text:
            note_th[r] += f" (ไฟล์ระบุระดับ {text})"
            note_en[r] += f" (the file states {text})"


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
            th = (f"ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ {year} (data/frameworks/fy{year}.toml) — ใช้คะแนนรวม"
                  f"ตามที่ไฟล์ระบุเท่านั้น ไม่ตัดสินระดับ")
            en = (f"no framework file for FY{year} (data/frameworks/fy{year}.toml) — total as published only; "
                  "level not decided")
            note_th[rows] = np.where(has, th, th + " และไฟล์ไม่ได้ระบุคะแนนรวม")
            note_en[rows] = np.where(has, en, en + "; the file gives no total")
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
        note_th[r] = (f"ไม่มีคะแนนรวม: ตัวชี้วัดไม่ครบทั้ง {ni} ตัว ไม่มีคะแนนครบทั้ง {len(TOOLS)} เครื่องมือ "
                      f"และไฟล์ไม่ได้ระบุคะแนนรวม จึงตัดสินระดับไม่ได้")
        note_en[r] = (f"no total: not all {ni} indicators, not all {len(TOOLS)} tool scores and no published "
                      f"total — the level cannot be decided")

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
