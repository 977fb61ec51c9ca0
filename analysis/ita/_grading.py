"""Levels and bands of unit-years whose total is known, with the reason in words (the level notes), vectorised.

The notes come from the text catalogue (analysis.common.text, codes "score.*"). A note's template is rendered
once per group of rows that share it, with sentinel characters standing for the per-row numbers (the total,
tool scores), which are then filled in column-wise: no per-row formatting.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from analysis.common.text import msg, pair, t
from analysis.ita.framework import TOOLS, Framework

LANGS = ("th", "en")
_SLOTS = "\x00\x01\x02\x03"            # \x00 the total, \x01 … \x03 the score of TOOLS[0 … 2]
_SPLIT = re.compile(f"([{_SLOTS}])")


def cents(values) -> np.ndarray:
    """Hundredths rounded half-up (away from zero) after removing float artefacts; NaN stays NaN."""
    a = np.asarray(values, dtype=float)
    return np.sign(a) * np.floor(np.round(np.abs(a) * 100, 6) + 0.5)


@lru_cache(maxsize=1)
def _table() -> np.ndarray:
    """'0.00' … '100.00' (object array indexed by hundredths), built once."""
    return np.array([f"{c / 100:.2f}" for c in range(10001)], dtype=object)


def _fmt(hundredths: np.ndarray) -> np.ndarray:
    """'81.45'-style strings (object array) from hundredths; a table look-up for 0–100, the usual case."""
    c = np.asarray(hundredths, dtype=float)
    if not len(c) or (not np.isnan(c).any() and c.min() >= 0 and c.max() <= 10000):
        return _table()[c.astype(np.int64)]
    return np.array([f"{x / 100:.2f}" for x in c.tolist()], dtype=object)


def _g(x: float) -> str:
    return f"{x:g}"


def _fill(text: str, slots: list[np.ndarray], n: int) -> np.ndarray:
    """The rendered text for n rows, each slot character replaced by that row's string in slots[k]."""
    out = np.full(n, "", dtype=object)
    for piece in _SPLIT.split(text):
        if piece:
            k = _SLOTS.find(piece) if len(piece) == 1 else -1
            out = out + (slots[k] if k >= 0 else piece)
    return out


def _write(notes: dict, rows: np.ndarray, slots: list[np.ndarray], code: str, **params) -> None:
    """Set the notes of rows (both languages) to the catalogue text code filled with params and the row slots."""
    for lang in LANGS:
        notes[lang][rows] = _fill(t(code, lang, **params), [s[rows] if s is not None else None for s in slots],
                                  len(rows))


def _join(parts: list[str], lang: str) -> str:
    """'a', 'a และ b', 'a, b และ c' ('a, b and c' in English)."""
    if len(parts) == 1:
        return parts[0]
    return t("score.join_last", lang, rest=", ".join(parts[:-1]), last=parts[-1])


def _label(label: str) -> dict:
    """A level or band label after 'จึงได้ระดับ': 'ระดับ B' but 'ระดับผ่าน' (no space before Thai text)."""
    return pair((" " if label[:1].isascii() else "") + label, label)


def _rules(fw: Framework) -> tuple[list, list[str], list[float], list[float | None]]:
    """(rules, labels, edges in hundredths, per-tool gates in hundredths or None), best first."""
    rules = list(fw.levels if fw.grading == "levels" else fw.bands)
    edges = [float(cents(r.min_total)) for r in rules]
    gates = [None if fw.grading == "levels" or r.tool_gate is None else float(cents(r.tool_gate)) for r in rules]
    return rules, [r.label for r in rules], edges, gates


def grade(fw: Framework, total_c: np.ndarray, tool_c: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(level or band, Thai note, English note) for rows whose total (in hundredths) is known; three-valued logic
    over the tool scores (a missing one can leave the level undetermined)."""
    rules, labels, edges, gates = _rules(fw)
    m, nb = len(total_c), len(rules)
    known = ~np.isnan(tool_c)
    tot_ok, g_false, fails, r_true, r_false = [], [], [], [], []
    for e, g in zip(edges, gates, strict=True):
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
    notes = {lang: np.full(m, "", dtype=object) for lang in LANGS}
    slots = [_fmt(total_c)] + [None] * len(TOOLS)
    word = "score.word_level" if fw.grading == "levels" else "score.word_band"
    # decided by a per-tool gate: the worst better band whose total edge was met but a gate failed
    gd = np.full(m, -1)
    for b in range(nb):
        gd[(b < assigned) & tot_ok[b] & g_false[b]] = b
    for b in range(nb):
        rows = np.flatnonzero(assigned == b)
        if not len(rows):
            continue
        level[rows] = labels[b]
        _decided(notes, rows[gd[rows] < 0], slots, rules, gates, b, word)
        for better in range(b):
            sub = rows[gd[rows] == better]
            if len(sub):
                _gate_failed(notes, sub, slots, tool_c, fails[better][sub], gates[better], labels[better],
                             labels[b], word)
    und = np.flatnonzero(assigned < 0)
    if len(und):
        _undetermined(notes, und, labels, floor[und], possible[und], (~known[und]).astype(np.int64))
    return level, notes["th"], notes["en"]


def _decided(notes, plain, slots, rules, gates, b, word) -> None:
    """Notes of rows whose band b follows from the total alone (and, for a gated band, every tool's gate met)."""
    common = {"word": msg(word), "label": _label(rules[b].label)}
    if gates[b] is not None:
        _write(notes, plain, slots, "score.gates_met", total=_SLOTS[0], min=_g(rules[b].min_total),
               gate=_g(gates[b] / 100), **common)
        return
    upper = min((rules[k].min_total for k in range(b)), default=None)
    lo = rules[b].min_total
    if upper is None:
        _write(notes, plain, slots, "score.at_least", total=_SLOTS[0], min=_g(lo), **common)
    elif lo <= 0:
        _write(notes, plain, slots, "score.below", total=_SLOTS[0], upper=_g(upper), **common)
    else:
        _write(notes, plain, slots, "score.between", total=_SLOTS[0], min=_g(lo), upper=_g(upper), **common)


def _gate_failed(notes, sub, slots, tool_c, failed, gate, better, label, word) -> None:
    """Notes of rows whose total reached a better band but some tool missed that band's gate."""
    bits = failed.astype(np.int64) @ (1 << np.arange(len(TOOLS)))
    for combo in np.unique(bits):
        rr = sub[bits == combo]
        which = [j for j in range(len(TOOLS)) if combo >> j & 1]
        row_slots = [slots[0][rr]] + [_fmt(tool_c[rr, j]) if j in which else None for j in range(len(TOOLS))]
        code = "score.gate_failed_one" if len(which) == 1 else "score.gate_failed_many"
        for lang in LANGS:
            tools = _join([f"{TOOLS[j]} {_SLOTS[j + 1]}" for j in which], lang)
            text = t(code, lang, total=_SLOTS[0], better=better, tools=tools, gate=_g(gate / 100),
                     word=msg(word), label=_label(label))
            notes[lang][rr] = _fill(text, row_slots, len(rr))


def _undetermined(notes, und, labels, floor, possible, missing) -> None:
    """Notes of rows whose level is Unknown: a better band may apply but a needed tool score is missing."""
    nb = len(labels)
    miss = missing @ (1 << np.arange(len(TOOLS)))
    key = (floor + 1) * (1 << 20) + possible * 8 + miss
    for k in np.unique(key):
        sel = key == k
        rr = und[sel]
        f, poss, ms = int(floor[sel][0]), int(possible[sel][0]), int(miss[sel][0])
        names = [labels[b] for b in range(nb - 1, -1, -1) if poss >> b & 1]
        absent = [TOOLS[j] for j in range(len(TOOLS)) if ms >> j & 1]
        if len(absent) == len(TOOLS):
            why = msg("score.why_no_tools")
        else:
            why = msg("score.why_no_tool_many" if len(absent) > 1 else "score.why_no_tool",
                      tools=pair(_join(absent, "th"), " or ".join(absent)))
        shown = pair("/".join(names), ", ".join(names))
        for lang in LANGS:
            notes[lang][rr] = (t("score.undetermined_floor", lang, floor=labels[f], names=shown, why=why) if f >= 0
                               else t("score.undetermined", lang, names=shown, why=why))
