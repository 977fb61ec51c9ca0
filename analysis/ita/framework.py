"""Per-fiscal-year framework files (tools, indicators, weights, grading rule, OIT items), loaded and validated."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis.common.paths import DATA_DIR
from analysis.common.report import FrameworkError

FRAMEWORK_DIR = DATA_DIR / "frameworks"
TOOLS = ("IIT", "EIT", "OIT")


@dataclass(frozen=True)
class Tool:
    code: str          # "IIT" | "EIT" | "OIT"
    name_th: str
    name_en: str
    weight: float      # points of 100 (30/30/40)


@dataclass(frozen=True)
class Indicator:
    number: int        # 1–10
    name_th: str
    name_en: str
    tool: str
    weight: float      # points of 100
    aliases: tuple[str, ...] = ()   # other spellings seen in files (Thai or English)


@dataclass(frozen=True)
class Level:
    """A letter level (up to FY2565): the total must be at least min_total."""
    label: str
    min_total: float


@dataclass(frozen=True)
class Band:
    """A pass band (from FY2566): total ≥ min_total and, when tool_gate is set, every tool ≥ tool_gate."""
    label: str
    label_en: str
    min_total: float
    tool_gate: float | None
    passed: bool


@dataclass(frozen=True)
class OitItem:
    family: str         # "nacc", "obec_school", "vec_college"
    code: str           # "O1" …
    name_th: str
    indicator: int      # 9 or 10
    sub_indicator: str = ""


@dataclass(frozen=True)
class Framework:
    fiscal_year: int                  # BE
    source_file: str
    pass_mark: float
    grading: str                      # "levels" | "bands"
    tools: tuple[Tool, ...]
    indicators: tuple[Indicator, ...]
    levels: tuple[Level, ...] = ()    # ordered best first
    bands: tuple[Band, ...] = ()      # ordered best first
    oit_items: tuple[OitItem, ...] = ()
    oit_items_status: dict[str, str] = field(default_factory=dict, hash=False)   # family -> complete|partial|unknown
    notes: str = ""

    def indicator(self, number: int) -> Indicator:
        return next(i for i in self.indicators if i.number == number)

    def tool(self, code: str) -> Tool:
        return next(t for t in self.tools if t.code == code)

    def indicators_of(self, tool: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.tool == tool)

    @property
    def weights(self) -> dict[int, float]:
        return {i.number: i.weight for i in self.indicators}

    @property
    def labels(self) -> tuple[str, ...]:
        """Level letters or band labels, best first."""
        return tuple(x.label for x in (self.levels if self.grading == "levels" else self.bands))


def _need(d: dict, key: str, file: str, where: str, kind: type | tuple):
    if key not in d:
        raise FrameworkError(file, f"{where}{key}", "ไม่มีค่าที่จำเป็นนี้", "required field is missing")
    value = d[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise FrameworkError(file, f"{where}{key}", f"ชนิดข้อมูลไม่ถูกต้อง ({value!r})",
                             f"wrong type ({value!r})")
    return value


def _tables(data: dict, key: str, file: str, required: bool = True) -> list[dict]:
    """The array of tables data[key] (e.g. [[indicators]]), checked to be non-empty tables."""
    if not required and key not in data:
        return []
    rows = _need(data, key, file, "", list)
    if required and not rows:
        raise FrameworkError(file, key, "ต้องมีอย่างน้อยหนึ่งรายการ", "must have at least one entry")
    for k, row in enumerate(rows):
        if not isinstance(row, dict):
            raise FrameworkError(file, f"{key}[{k}]", f"ต้องเป็นตาราง [[{key}]] ({row!r})",
                                 f"must be a [[{key}]] table ({row!r})")
    return rows


def _in_range(value: float, file: str, where: str, low: float = 0, high: float = 100) -> float:
    if not low <= value <= high:
        raise FrameworkError(file, where, f"ต้องอยู่ระหว่าง {low:g} ถึง {high:g} (พบ {value:g})",
                             f"must be between {low:g} and {high:g} (found {value:g})")
    return value


def _unique_labels(labels: list[str], file: str, where: str) -> None:
    dupes = sorted({x for x in labels if labels.count(x) > 1})
    if dupes:
        raise FrameworkError(file, where, f"ชื่อระดับซ้ำ: {', '.join(dupes)}", f"repeated labels: {', '.join(dupes)}")


def parse_framework(data: dict, file: str) -> Framework:
    """Build and validate a Framework from the parsed TOML of one file; raises FrameworkError naming the field."""
    num = (int, float)
    fy = _need(data, "fiscal_year", file, "", int)
    if not 2500 <= fy <= 2700:
        raise FrameworkError(file, "fiscal_year", f"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566 (พบ {fy})",
                             f"the fiscal year must be a Buddhist-era year such as 2566 (found {fy})")
    pass_mark = _in_range(float(_need(data, "pass_mark", file, "", num)) if "pass_mark" in data else 85.0,
                          file, "pass_mark")
    notes = _need(data, "notes", file, "", str) if "notes" in data else ""
    grading = _need(data, "grading", file, "", str)
    if grading not in ("levels", "bands"):
        raise FrameworkError(file, "grading", "ต้องเป็น levels หรือ bands", "must be 'levels' or 'bands'")
    tools = tuple(Tool(_need(t, "code", file, f"tools[{k}].", str), _need(t, "name_th", file, f"tools[{k}].", str),
                       t.get("name_en", ""), float(_need(t, "weight", file, f"tools[{k}].", num)))
                  for k, t in enumerate(_tables(data, "tools", file)))
    if sorted(t.code for t in tools) != sorted(TOOLS):
        raise FrameworkError(file, "tools", "ต้องมีเครื่องมือ IIT, EIT และ OIT อย่างละหนึ่ง",
                             "must list the tools IIT, EIT and OIT once each")
    inds = []
    for k, d in enumerate(_tables(data, "indicators", file)):
        w = f"indicators[{k}]."
        aliases = d.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise FrameworkError(file, w + "aliases", "ต้องเป็นรายการข้อความ เช่น [\"การปรับปรุงการทำงาน\"]",
                                 'must be a list of texts, e.g. ["Work improvement"]')
        inds.append(Indicator(_need(d, "number", file, w, int), _need(d, "name_th", file, w, str),
                              d.get("name_en", ""), _need(d, "tool", file, w, str),
                              float(_need(d, "weight", file, w, num)), tuple(aliases)))
    numbers = [i.number for i in inds]
    if sorted(numbers) != list(range(1, len(inds) + 1)) or len(set(numbers)) != len(numbers):
        raise FrameworkError(file, "indicators.number", f"เลขตัวชี้วัดต้องเป็น 1..n ไม่ซ้ำกัน (พบ {numbers})",
                             f"indicator numbers must be 1..n without repeats (found {numbers})")
    for k, i in enumerate(inds):
        if i.tool not in TOOLS:
            raise FrameworkError(file, f"indicators[{k}].tool",
                                 f"ตัวชี้วัดที่ {i.number}: ไม่รู้จักเครื่องมือ {i.tool!r} ใช้ IIT, EIT หรือ OIT",
                                 f"indicator {i.number}: unknown tool {i.tool!r}; use IIT, EIT or OIT")
        if i.weight <= 0:
            raise FrameworkError(file, f"indicators[{k}].weight", f"ตัวชี้วัดที่ {i.number}: น้ำหนักต้องมากกว่า 0",
                                 f"indicator {i.number}: weight must be above 0")
    total = sum(i.weight for i in inds)
    if abs(total - 100) > 1e-9:
        raise FrameworkError(file, "indicators.weight", f"น้ำหนักรวมเป็น {total:g} ต้องเท่ากับ 100",
                             f"weights add to {total:g}; they must add to 100")
    for t in tools:
        tw = sum(i.weight for i in inds if i.tool == t.code)
        if not any(i.tool == t.code for i in inds):
            raise FrameworkError(file, f"tools[{t.code}]", "เครื่องมือนี้ไม่มีตัวชี้วัด", "this tool has no indicator")
        if abs(tw - t.weight) > 1e-9:
            raise FrameworkError(file, f"tools[{t.code}].weight",
                                 f"น้ำหนักเครื่องมือ {t.weight:g} ไม่เท่ากับผลรวมน้ำหนักตัวชี้วัด {tw:g}",
                                 f"tool weight {t.weight:g} differs from the sum of its indicators' weights {tw:g}")
    levels: tuple[Level, ...] = ()
    bands: tuple[Band, ...] = ()
    if grading == "levels":
        levels = tuple(Level(_need(d, "label", file, f"levels[{k}].", str),
                             float(_need(d, "min_total", file, f"levels[{k}].", num)))
                       for k, d in enumerate(_tables(data, "levels", file)))
        _unique_labels([lv.label for lv in levels], file, "levels.label")
        edges = [lv.min_total for lv in levels]
        if edges != sorted(edges, reverse=True) or len(set(edges)) != len(edges) or edges[-1] != 0:
            raise FrameworkError(file, "levels.min_total",
                                 f"ขอบระดับต้องเรียงจากมากไปน้อย ไม่ซ้ำ และระดับสุดท้ายเริ่มที่ 0 (พบ {edges})",
                                 f"level edges must be strictly descending and the last must be 0 (found {edges})")
    else:
        for k, d in enumerate(_tables(data, "bands", file)):
            w = f"bands[{k}]."
            gate = d.get("tool_gate")
            if gate is not None and (not isinstance(gate, num) or isinstance(gate, bool)):
                raise FrameworkError(file, w + "tool_gate", "ต้องเป็นตัวเลข", "must be a number")
            if gate is not None:
                _in_range(float(gate), file, w + "tool_gate")
            if not isinstance(d.get("passed", False), bool):
                raise FrameworkError(file, w + "passed", "ต้องเป็น true หรือ false", "must be true or false")
            bands += (Band(_need(d, "label", file, w, str), d.get("label_en", ""),
                           float(_need(d, "min_total", file, w, num)),
                           None if gate is None else float(gate), bool(d.get("passed", False))),)
        _unique_labels([b.label for b in bands], file, "bands.label")
        edges = [b.min_total for b in bands]
        if edges != sorted(edges, reverse=True) or edges[-1] != 0:
            raise FrameworkError(file, "bands.min_total",
                                 f"ขอบช่วงคะแนนต้องเรียงจากมากไปน้อยและช่วงสุดท้ายเริ่มที่ 0 (พบ {edges})",
                                 f"band edges must be in descending order and the last must be 0 (found {edges})")
        for a, b in zip(bands, bands[1:]):
            if a.min_total == b.min_total and (a.tool_gate or 0) <= (b.tool_gate or 0):
                raise FrameworkError(file, "bands.tool_gate",
                                     f"ช่วง {a.label} และ {b.label} มีขอบเท่ากัน จึงต้องมีเกณฑ์รายเครื่องมือที่สูงกว่า",
                                     f"bands {a.label} and {b.label} share an edge, so the first needs a higher tool gate")
    for where, edges in (("levels.min_total", [x.min_total for x in levels]),
                         ("bands.min_total", [x.min_total for x in bands])):
        for e in edges:
            _in_range(e, file, where)
    items = tuple(OitItem(_need(d, "family", file, f"oit_items[{k}].", str), _need(d, "code", file, f"oit_items[{k}].", str),
                          _need(d, "name_th", file, f"oit_items[{k}].", str),
                          _need(d, "indicator", file, f"oit_items[{k}].", int), d.get("sub_indicator", ""))
                  for k, d in enumerate(_tables(data, "oit_items", file, required=False)))
    seen = set()
    for it in items:
        if (it.family, it.code) in seen:
            raise FrameworkError(file, f"oit_items[{it.family}/{it.code}]", "รหัสข้อซ้ำ", "duplicate item code")
        seen.add((it.family, it.code))
        if it.indicator not in {i.number for i in inds if i.tool == "OIT"}:
            raise FrameworkError(file, f"oit_items[{it.family}/{it.code}].indicator",
                                 f"ตัวชี้วัด {it.indicator} ไม่ใช่ตัวชี้วัดของ OIT",
                                 f"indicator {it.indicator} is not an OIT indicator")
    status = _need(data, "oit_items_status", file, "", dict) if "oit_items_status" in data else {}
    for family, value in status.items():
        if value not in ("complete", "partial", "unknown"):
            raise FrameworkError(file, f"oit_items_status.{family}",
                                 f"ต้องเป็น complete, partial หรือ unknown (พบ {value!r})",
                                 f"must be complete, partial or unknown (found {value!r})")
    for family in sorted({it.family for it in items} - set(status)):
        raise FrameworkError(file, f"oit_items_status.{family}", "มีรายการข้อ OIT ของกลุ่มนี้แต่ไม่ได้บอกสถานะ",
                             "this family has OIT items but no status; add complete, partial or unknown")
    return Framework(fy, file, pass_mark, grading, tools, tuple(inds), levels, bands, items, dict(status), notes)


def load_file(path: Path) -> Framework:
    """Load and validate one framework file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FrameworkError(path.name, "(file)", f"อ่านไฟล์ไม่ได้: {exc}", f"cannot parse the file: {exc}") from exc
    fw = parse_framework(data, path.name)
    return fw


def load_all(directory: Path = FRAMEWORK_DIR) -> dict[int, Framework]:
    """Every framework in the folder keyed by fiscal year (BE); one file per year, validated (a new dict per call)."""
    return dict(_load_all(Path(directory)))


@lru_cache(maxsize=8)
def _load_all(directory: Path) -> dict[int, Framework]:
    out: dict[int, Framework] = {}
    for path in sorted(Path(directory).glob("*.toml")):
        fw = load_file(path)
        if fw.fiscal_year in out:
            raise FrameworkError(path.name, "fiscal_year",
                                 f"ปี {fw.fiscal_year} มีอยู่แล้วในไฟล์ {out[fw.fiscal_year].source_file} "
                                 "(ปีละหนึ่งไฟล์)",
                                 f"year {fw.fiscal_year} is already defined by {out[fw.fiscal_year].source_file}")
        out[fw.fiscal_year] = fw
    return out


def for_year(fiscal_year: int, directory: Path = FRAMEWORK_DIR) -> Framework | None:
    """The framework of a fiscal year (BE), or None when no file covers it."""
    return _load_all(Path(directory)).get(int(fiscal_year))


def latest(directory: Path = FRAMEWORK_DIR) -> Framework:
    """The framework of the latest year we have a file for (used for names and aliases)."""
    frameworks = load_all(directory)
    if not frameworks:
        raise FrameworkError(str(directory), "(folder)", "ไม่มีไฟล์กรอบการประเมิน (*.toml) ในโฟลเดอร์นี้",
                             "no framework file (*.toml) in this folder")
    return frameworks[max(frameworks)]
