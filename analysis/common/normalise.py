"""Parsing of what spreadsheets hold: header text, numbers, fiscal years and column roles (Thai or English)."""
from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
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


# ---------------------------------------------------------------- column roles

@dataclass(frozen=True)
class Role:
    """What a header (or a label in a long file) means: kind plus key, tool part and scale hint."""
    kind: str                  # unit, unit_type, year, indicator, tool, total, score, level, indicator_label, ignore
    key: int | str | None = None   # indicator number or tool code
    part: int | None = None    # tool given in parts (EIT ส่วนที่ 1 / 2)
    hint: str | None = None    # "points" | "scale100" | None

    @property
    def field(self) -> str:
        """The internal field name: i1…i10, iit/eit/oit (eit_p1 for parts), total, level, unit, …"""
        if self.kind == "indicator":
            return f"i{self.key}"
        if self.kind == "tool":
            code = str(self.key).lower()
            return f"{code}_p{self.part}" if self.part else code
        return self.kind


_DECOR = (r"(?:\s*(?:\d+|คะแนน|score|ร้อยละ|percent|เต็ม|คะแนนเต็ม|points?|pts|ถ่วงน้ำหนัก|คะแนนถ่วงน้ำหนัก"
          r"|weighted|ita|รวม|total|ที่ได้|ที่ได้รับ|ได้|พ ศ|be))*")
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(rx)) for kind, rx in (
    ("total", r"(?:ค่า)?(?:คะแนน|ผลคะแนน)\s*(?:รวม|ita|การประเมิน(?:\s*ita)?)" + _DECOR
     + r"|(?:ผล)?รวม|ita|total|overall|(?:total|ita|overall|final)\s*score|score\s*(?:ita|total)|ita\s*total"
     + r"|ผลการประเมิน\s*ita\s*คะแนน|คะแนน\s*ita\s*รวม"),
    ("score", r"(?:ค่า)?คะแนน(?:ที่ได้(?:รับ)?)?|ผลคะแนน|score|value|ร้อยละ|percent|points?|ค่า"),
    ("level", r"(?:ระดับ|ระดับผลการประเมิน|ผลการประเมิน|ระดับคะแนน|ระดับผล|ผล|ผลการผ่านเกณฑ์|การผ่านเกณฑ์"
     r"|ผ่าน\s*ไม่ผ่าน|level|band|grade|result|rating)(?:\s*ita)?"),
    ("year", r"(?:ปีงบประมาณ|ปีงบ|ปี|ปีที่ประเมิน|ปีการประเมิน|fiscal\s*year|fy|year|budget\s*year)"
     r"(?:\s*(?:พ\s*ศ|ค\s*ศ|be|ce))?|พ\s*ศ"),
    ("unit_type", r"ประเภท(?:หน่วยงาน|ส่วนราชการ|องค์กร)?|(?:unit|agency|organi[sz]ation)?\s*type|กลุ่มหน่วยงาน"
     r"|category"),
    ("unit", r"(?:ชื่อ\s*)?(?:หน่วยงาน|ส่วนราชการ|สำนักงานเขต|เขต|หน่วยรับการประเมิน|หน่วยงานที่รับการประเมิน"
     r"|หน่วยงานผู้รับการประเมิน|องค์กร|สำนัก|จังหวัด)(?:\s*(?:หน่วยงาน|สำนักงานเขต|ส่วนราชการ|เขต))?"
     r"|(?:unit|agency|organi[sz]ation|department|district|entity|office|province)(?:\s*name)?|name"),
    ("indicator_label", r"ตัวชี้วัด(?:ที่)?|ชื่อตัวชี้วัด|รหัสตัวชี้วัด|indicator(?:\s*(?:no|number|name|code))?|ind"
     r"|ประเด็น|รายการ|item|metric|เครื่องมือ(?:\s*ตัวชี้วัด)?|ตัวชี้วัด\s*เครื่องมือ|tool|องค์ประกอบ|component"),
    ("ignore", r"ลำดับ(?:ที่)?|ที่|no|number|seq|หมายเหตุ|remarks?|notes?|comments?|รหัส(?:หน่วยงาน)?|code|id"
     r"|(?:unit|agency)\s*(?:code|id)|ข้อสังเกต"),
))
_INDICATOR_NO = re.compile(r"(?:(?:ค่า)?คะแนน\s*|score\s*)?(?:ตัวชี้วัด(?:ที่)?|indicator|ind|i|ตชว|ตช)\s*(\d{1,2})"
                           r"(?!\d)(?:\s+(.*))?")
_TOOL = re.compile(r"(?:(?:ค่า)?คะแนน\s*|score\s*|เครื่องมือ\s*)?(iit|eit|oit)"
                   r"(?:\s*(?:ส่วนที่|ส่วน|part|ตอนที่|ตอน)?\s*([12])(?!\d))?(?:\s+(.*))?")
_TOOL_SHORT = {"ผู้มีส่วนได้ส่วนเสียภายใน": "IIT", "ผู้มีส่วนได้ส่วนเสียภายนอก": "EIT",
               "การเปิดเผยข้อมูลสาธารณะ": "OIT"}
_PART = re.compile(r"(?:ส่วนที่|ส่วน|part|ตอนที่|ตอน)\s*([12])(?!\d)")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, str], ...], dict[str, float], frozenset]:
    """(indicator names → number, tool names → code, tool weights, indicator numbers) from the framework files."""
    from analysis.ita import framework  # here, not at import: common must import without the ita package

    names: dict[str, int] = {}
    tools: dict[str, str] = {norm_header(k): v for k, v in _TOOL_SHORT.items()}
    weights: dict[str, float] = {}
    numbers: set[int] = set()
    for _, fw in sorted(framework.load_all().items()):      # later years override earlier spellings
        for ind in fw.indicators:
            numbers.add(ind.number)
            for name in (ind.name_th, ind.name_en, *ind.aliases):
                if norm_header(name):
                    names[norm_header(name)] = ind.number
        for tool in fw.tools:
            weights[tool.code] = tool.weight
            for name in (tool.name_th, tool.name_en):
                if norm_header(name):
                    tools[norm_header(name)] = tool.code
    by_len = lambda kv: -len(kv[0])  # noqa: E731  longest name first, so no name is matched inside a longer one
    return (tuple(sorted(names.items(), key=by_len)), tuple(sorted(tools.items(), key=by_len)), weights,
            frozenset(numbers))


def tool_weights() -> dict[str, float]:
    """Tool code → weight in points of 100 (30/30/40), from the latest framework file."""
    from analysis.ita import framework

    fw = framework.latest()
    return {t.code: t.weight for t in fw.tools}


def _scale_hint(rest: str, code: str) -> str | None:
    """'points' or 'scale100' when the header's extra words say which scale a tool score is on."""
    if not rest:
        return None
    if any(w in rest for w in ("ถ่วงน้ำหนัก", "weighted", "point", "pts")):
        return "points"
    weight = _vocabulary()[2].get(code)
    tokens = rest.split()
    if weight is not None and f"{weight:g}" in tokens:
        return "points"
    if "100" in tokens or "ร้อยละ" in rest or "percent" in rest:
        return "scale100"
    return None


@lru_cache(maxsize=4096)
def classify(text: str) -> Role | None:
    """The role a header (already passed through norm_header) stands for, or None when unknown."""
    h = text
    if not h or h.replace(" ", "").isdigit():
        return None
    names, tools, _, numbers = _vocabulary()
    m = _TOOL.fullmatch(h)
    if m:
        code = m.group(1).upper()
        rest = m.group(3) or ""
        part = int(m.group(2)) if m.group(2) else None
        if part is None and (pm := _PART.search(rest)):
            part = int(pm.group(1))
        return Role("tool", code, part, _scale_hint(rest, code))
    for name, code in tools:
        if name in h:
            rest = h.replace(name, " ").strip()
            pm = _PART.search(rest)
            return Role("tool", code, int(pm.group(1)) if pm else None, _scale_hint(rest, code))
    m = _INDICATOR_NO.fullmatch(h)
    if m and int(m.group(1)) in numbers:
        return Role("indicator", int(m.group(1)))
    for kind, rx in _PATTERNS:
        if rx.fullmatch(h):
            return Role(kind)
    for name, number in names:
        if name in h and len(h) - len(name) <= 24:
            return Role("indicator", number)
    return None


def classify_header(value) -> Role | None:
    """The role of one header cell (raw value), or None when it is not a header we know."""
    return classify(norm_header(value))


def classify_label(value) -> Role | None:
    """The role of a label in a long file's indicator column: 1, '๑', 'ตัวชี้วัดที่ 1', a name, 'i1', IIT, total."""
    h = norm_header(value)
    if h.isdigit():
        n = int(h)
        return Role("indicator", n) if n in _vocabulary()[3] else None
    role = classify(h)
    if role is None or role.kind in ("indicator", "tool", "total", "level"):
        return role
    if role.kind == "score":
        return Role("total")
    return None


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
