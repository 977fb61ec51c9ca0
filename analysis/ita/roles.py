"""What an ITA column header or long-file label means (indicator, tool, total, level…), from the framework files' vocabulary."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.common.normalise import norm_header
from analysis.ita import framework


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
    if h.isdecimal():
        n = int(h)
        return Role("indicator", n) if n in _vocabulary()[3] else None
    role = classify(h)
    if role is None or role.kind in ("indicator", "tool", "total", "level"):
        return role
    if role.kind == "score":
        return Role("total")
    return None


