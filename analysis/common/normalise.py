"""Parsing of what spreadsheets hold: header text, numbers, fiscal years and summary rows (Thai or English)."""
from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

import numpy as np
import pandas as pd

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACE_LIKE = "\u00a0\u2007\u202f\u2009\u200a\u3000\t\r\n"
_PUNCT = string.punctuation + "–—‒―“”‘’…•·«»ฯ、，：；（）［］"
_HEADER_TABLE = str.maketrans({**{c: " " for c in _PUNCT + _SPACE_LIKE},
                               "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
_SPACES = re.compile(r"\s+")
MISSING_TOKENS = frozenset({"", "-", "--", "–", "—", "n/a", "na", "nan", "none", "null", "#n/a",
                            "ไม่มี", "ไม่มีข้อมูล"})


def thai_digits(text: str) -> str:
    """The text with Thai digits (๐–๙) replaced by Arabic digits."""
    return text.translate(THAI_DIGITS)


def cell_text(value) -> str:
    """A cell as text: '' for blank, integral floats without '.0', strings as they are."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


def norm_header(value) -> str:
    """Header text normalised for matching: Thai digits → Arabic, punctuation → space, spaces collapsed, casefolded."""
    text = unicodedata.normalize("NFKC", cell_text(value)).replace("\u0e4d\u0e32", "\u0e33")
    text = thai_digits(text).translate(_HEADER_TABLE)
    return _SPACES.sub(" ", text).strip().casefold()


# ---------------------------------------------------------------- numbers

def _clean_number_strings(values: pd.Series) -> pd.Series:
    """Strings of the given cells with Thai digits, spaces, thousands separators and % removed."""
    s = values.map(cell_text, na_action="ignore").astype(object)
    s = s.str.translate(THAI_DIGITS)
    for ch in _SPACE_LIKE + " ,%\u200b":
        s = s.str.replace(ch, "", regex=False)
    return s


def to_numbers(values) -> tuple[np.ndarray, np.ndarray]:
    """(float array, mask of cells that are not blank yet not a number); '-', 'N/A' and blanks are NaN, not bad.

    Numeric columns pass through untouched; text is parsed with Thai digits, thousands separators, '%'
    and stray (also non-breaking) spaces allowed."""
    if isinstance(values, pd.Series):
        arr = values.to_numpy()
    else:
        arr = np.asarray(values, dtype=object)
    if arr.dtype.kind in "fiu":
        return arr.astype(float, copy=False), np.zeros(len(arr), dtype=bool)
    try:                                   # fast path: floats, ints, None and clean numeric strings
        out = arr.astype(float)
        if arr.dtype == object and any(isinstance(v, bool) for v in arr[:0]):
            raise TypeError
        return out, np.zeros(len(arr), dtype=bool)
    except (TypeError, ValueError):
        pass
    s = pd.Series(arr, dtype=object)
    num = pd.to_numeric(s, errors="coerce").to_numpy(dtype=float, na_value=np.nan, copy=True)
    isna = pd.isna(s).to_numpy()
    retry = np.isnan(num) & ~isna
    bad = np.zeros(len(arr), dtype=bool)
    if retry.any():
        sub = s[retry]
        texts = _clean_number_strings(sub)
        missing = texts.str.casefold().isin(MISSING_TOKENS).to_numpy()
        parsed = pd.to_numeric(texts, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        idx = np.flatnonzero(retry)
        num[idx] = parsed
        bad[idx] = np.isnan(parsed) & ~missing
    return num, bad


def to_number(value) -> float:
    """One cell as a float (NaN when blank or missing); raises ValueError for text that is not a number."""
    num, bad = to_numbers(np.array([value], dtype=object))
    if bad[0]:
        raise ValueError(f"not a number: {value!r}")
    return float(num[0])


# ---------------------------------------------------------------- fiscal years

_YEAR4 = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_YEAR2 = re.compile(r"(?:ปีงบประมาณ|ปีงบ|ปี|พ ศ|fy|be)?\s*(\d{2})")


def _classify_year(y: int, two_digit: bool = False, ce_hint: bool = False) -> tuple[int | None, str]:
    if two_digit:
        if ce_hint and 15 <= y <= 40:
            return 2000 + y + 543, "ce"
        if 60 <= y <= 99:
            return 2500 + y, "be2"
        return None, ""
    if 2400 <= y <= 2800:
        return y, "be"
    if 1900 <= y <= 2300:
        return y + 543, "ce"
    return None, ""


def year_in_text(text) -> tuple[int | None, str]:
    """(BE fiscal year, 'be'|'ce') when the text holds exactly one plausible 4-digit year, else (None, '')."""
    found = {_classify_year(int(m)) for m in _YEAR4.findall(norm_header(text))}
    found.discard((None, ""))
    if len({y for y, _ in found}) == 1:
        return min(found)
    return None, ""


@lru_cache(maxsize=4096)
def _parse_year_text(text: str) -> tuple[int | None, str]:
    h = norm_header(text)
    if not h:
        return None, ""
    y, kind = year_in_text(h)
    if y is not None:
        return y, kind
    m = _YEAR2.fullmatch(h)
    if m:
        return _classify_year(int(m.group(1)), two_digit=True, ce_hint=h.startswith("fy"))
    return None, ""


def parse_year(value) -> tuple[int | None, str]:
    """(BE fiscal year, kind) of a cell: kind 'be', 'ce' (converted by +543) or 'be2' (two digits, 66 → 2566)."""
    if value is None or isinstance(value, bool):
        return None, ""
    if isinstance(value, (int, float, np.integer, np.floating)):
        v = float(value)
        if v != v or not v.is_integer():
            return None, ""
        return _classify_year(int(v), two_digit=0 <= v < 100)
    return _parse_year_text(str(value))


# ---------------------------------------------------------------- summary rows

_SUMMARY = re.compile(r"(?:รวม|ผลรวม|เฉลี่ย|ค่าเฉลี่ย|คะแนนเฉลี่ย|สูงสุด|ต่ำสุด|ค่าสูงสุด|ค่าต่ำสุด|มัธยฐาน|ค่ามัธยฐาน"
                      r"|ส่วนเบี่ยงเบน|ภาพรวม|ทั้งหมด)"
                      r"|(?:total|sum|average|avg|mean|median|max|maximum|min|minimum|sd|std|stdev|overall"
                      r"|grand\s+total|count|summary|standard\s+deviation)(?![a-z])")
_LEAD = " \t*#-–•.(:[\u00a0\u200b"


def is_summary_label(text) -> bool:
    """True for a summary row's label (รวม, เฉลี่ย, ค่าเฉลี่ย, Total, Average, mean, …) that is not a unit."""
    if not isinstance(text, str):
        return False
    t = text.lstrip(_LEAD)
    if not t or t[0] not in _SUMMARY_START:
        return False
    return bool(_SUMMARY.match(t.casefold().replace("\u0e4d\u0e32", "\u0e33")))


_SUMMARY_START = frozenset("รผเคสตมภทtsamogcTSAMOGC")
