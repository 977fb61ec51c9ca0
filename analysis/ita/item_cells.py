"""The cells of an item file, read a whole column at a time (issue 16.3: no Python loop over a file's units or cells):
blank cells, values parsed once per distinct value, OIT มี/ไม่มี and 0–100 question scores with what is wrong
with each bad cell."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from analysis.common.normalise import thai_digits, to_numbers

_YES = frozenset({"มี", "1", "✓", "✔", "☑", "yes", "y", "true", "ใช่"})
_NO = frozenset({"ไม่มี", "0", "✗", "✘", "×", "x", "☒", "no", "n", "false", "ไม่ใช่"})
BAD_YES_NO, NOT_A_NUMBER, OUT_OF_RANGE = "bad_yes_no", "not_a_number", "out_of_range"


def yes_no(value) -> float:
    """1.0 for มี/1/✓/yes/true, 0.0 for ไม่มี/0/✗/no/false, NaN for a blank cell; ValueError for anything else."""
    if value is None:
        return np.nan
    if isinstance(value, (bool, np.bool_)):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float, np.integer, np.floating)):
        if value != value:
            return np.nan
        if value in (0, 1):
            return float(value)
        raise ValueError(value)
    text = thai_digits(str(value)).strip().casefold()
    if not text:
        return np.nan
    if text in _YES or text in ("1.0", "1.00"):
        return 1.0
    if text in _NO or text in ("0.0", "0.00"):
        return 0.0
    raise ValueError(value)


def blank(values: pd.Series) -> np.ndarray:
    """True for each blank cell: none, NaN, or text of spaces only."""
    na = values.isna().to_numpy(dtype=bool)
    try:
        spaces = values.str.strip().eq("").to_numpy(dtype=bool, na_value=False)
    except AttributeError:                # no text in the column (the .str accessor refuses it)
        return na
    return na | spaces


def per_value(values: pd.Series, fn: Callable, missing=None) -> np.ndarray:
    """fn of each cell, worked out once per distinct value (an object array; `missing` for none/NaN cells)."""
    codes, uniq = pd.factorize(values.to_numpy(dtype=object))
    out = np.empty(len(uniq) + 1, dtype=object)
    for k, u in enumerate(uniq):
        out[k] = fn(u)
    out[-1] = missing
    return out[codes]


def _yes_no_or_bad(value) -> float:
    try:
        return yes_no(value)
    except ValueError:
        return -1.0                     # never a yes/no value: marks the bad cells


def scores(raw: pd.Series, oit: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(value of each cell: 1.0/0.0 for OIT cells (oit True), 0–100 for the others, NaN when blank or bad; what is
    wrong with each cell: "" or BAD_YES_NO / NOT_A_NUMBER / OUT_OF_RANGE; the number read, also when out of range)."""
    value, parsed = np.full(len(raw), np.nan), np.full(len(raw), np.nan)
    wrong = np.full(len(raw), "", dtype=object)
    where = np.flatnonzero(oit)
    if len(where):
        got = per_value(raw.iloc[where], _yes_no_or_bad, np.nan).astype(float)
        bad = got == -1.0
        wrong[where[bad]] = BAD_YES_NO
        value[where] = np.where(bad, np.nan, got)
    where = np.flatnonzero(~oit)
    if len(where):
        num, bad = to_numbers(raw.iloc[where])
        out = ~bad & ~np.isnan(num) & ~((num >= 0) & (num <= 100))
        wrong[where[bad]], wrong[where[out]] = NOT_A_NUMBER, OUT_OF_RANGE
        value[where], parsed[where] = np.where(bad | out, np.nan, num), num
    return value, wrong, parsed
