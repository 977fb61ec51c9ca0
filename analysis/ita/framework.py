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
FRAMEWORK_STATUSES = ("verified", "assumed", "unknown")
# the parts of a framework that are known (or not) on their own: tools, indicators, their weights, the grading
# rule (levels or bands, gates, pass mark), the OIT item lists
PARTS = ("tools", "indicators", "weights", "grading", "items")


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
    status: str = "assumed"           # the year's framework as a whole: verified | assumed | unknown
    version: int = 0                  # 0: the shipped file; n: the n-th version saved in the app
    source: str = ""                  # where a verified framework was checked (the manual, its page)
    parts: dict[str, tuple[str, str]] = field(default_factory=dict, hash=False)   # part -> (status, source)

    def part(self, name: str) -> tuple[str, str]:
        """(status, source) of one part (PARTS): its own when the file gives one, else the year's."""
        return self.parts.get(name, (self.status, self.source))

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
        raise FrameworkError(file, f"{where}{key}", "fw.missing")
    value = d[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise FrameworkError(file, f"{where}{key}", "fw.wrong_type", value=repr(value))
    return value


def _tables(data: dict, key: str, file: str, required: bool = True) -> list[dict]:
    """The array of tables data[key] (e.g. [[indicators]]), checked to be non-empty tables."""
    if not required and key not in data:
        return []
    rows = _need(data, key, file, "", list)
    if required and not rows:
        raise FrameworkError(file, key, "fw.empty_list")
    for k, row in enumerate(rows):
        if not isinstance(row, dict):
            raise FrameworkError(file, f"{key}[{k}]", "fw.not_a_table", key=key, value=repr(row))
    return rows


def _in_range(value: float, file: str, where: str, low: float = 0, high: float = 100) -> float:
    if not low <= value <= high:
        raise FrameworkError(file, where, "fw.out_of_range", low=low, high=high, value=value)
    return value


def _unique_labels(labels: list[str], file: str, where: str) -> None:
    dupes = sorted({x for x in labels if labels.count(x) > 1})
    if dupes:
        raise FrameworkError(file, where, "fw.repeated_labels", labels=", ".join(dupes))


_NUM = (int, float)


def _year_and_grading(data: dict, file: str) -> tuple[int, float, str, str]:
    """(fiscal year, pass mark, notes, grading) of the file's top-level fields."""
    fy = _need(data, "fiscal_year", file, "", int)
    if not 2500 <= fy <= 2700:
        raise FrameworkError(file, "fiscal_year", "fw.bad_year", year=fy)
    pass_mark = _in_range(float(_need(data, "pass_mark", file, "", _NUM)) if "pass_mark" in data else 85.0,
                          file, "pass_mark")
    notes = _need(data, "notes", file, "", str) if "notes" in data else ""
    grading = _need(data, "grading", file, "", str)
    if grading not in ("levels", "bands"):
        raise FrameworkError(file, "grading", "fw.bad_grading")
    return fy, pass_mark, notes, grading


def _tools(data: dict, file: str) -> tuple[Tool, ...]:
    tools = tuple(Tool(_need(t, "code", file, f"tools[{k}].", str), _need(t, "name_th", file, f"tools[{k}].", str),
                       t.get("name_en", ""), float(_need(t, "weight", file, f"tools[{k}].", _NUM)))
                  for k, t in enumerate(_tables(data, "tools", file)))
    if sorted(t.code for t in tools) != sorted(TOOLS):
        raise FrameworkError(file, "tools", "fw.tools")
    return tools


def _indicators(data: dict, file: str) -> list[Indicator]:
    """The [[indicators]], numbered 1..n, each of a known tool with a positive weight."""
    inds = []
    for k, d in enumerate(_tables(data, "indicators", file)):
        w = f"indicators[{k}]."
        aliases = d.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise FrameworkError(file, w + "aliases", "fw.aliases")
        inds.append(Indicator(_need(d, "number", file, w, int), _need(d, "name_th", file, w, str),
                              d.get("name_en", ""), _need(d, "tool", file, w, str),
                              float(_need(d, "weight", file, w, _NUM)), tuple(aliases)))
    numbers = [i.number for i in inds]
    if sorted(numbers) != list(range(1, len(inds) + 1)) or len(set(numbers)) != len(numbers):
        raise FrameworkError(file, "indicators.number", "fw.numbers", numbers=str(numbers))
    for k, i in enumerate(inds):
        if i.tool not in TOOLS:
            raise FrameworkError(file, f"indicators[{k}].tool", "fw.unknown_tool", n=i.number, tool=repr(i.tool))
        if i.weight <= 0:
            raise FrameworkError(file, f"indicators[{k}].weight", "fw.weight_zero", n=i.number)
    return inds


def _check_weights(tools: tuple[Tool, ...], inds: list[Indicator], file: str) -> None:
    """Indicator weights add to 100, and each tool's weight to the sum of its indicators' weights."""
    total = sum(i.weight for i in inds)
    if abs(total - 100) > 1e-9:
        raise FrameworkError(file, "indicators.weight", "fw.weights_total", total=total)
    for t in tools:
        tw = sum(i.weight for i in inds if i.tool == t.code)
        if not any(i.tool == t.code for i in inds):
            raise FrameworkError(file, f"tools[{t.code}]", "fw.tool_without_indicator")
        if abs(tw - t.weight) > 1e-9:
            raise FrameworkError(file, f"tools[{t.code}].weight", "fw.tool_weight", weight=t.weight, total=tw)


def _levels(data: dict, file: str) -> tuple[Level, ...]:
    """The [[levels]] (up to FY2565), best first, with strictly descending edges down to 0."""
    levels = tuple(Level(_need(d, "label", file, f"levels[{k}].", str),
                         float(_need(d, "min_total", file, f"levels[{k}].", _NUM)))
                   for k, d in enumerate(_tables(data, "levels", file)))
    _unique_labels([lv.label for lv in levels], file, "levels.label")
    edges = [lv.min_total for lv in levels]
    if edges != sorted(edges, reverse=True) or len(set(edges)) != len(edges) or edges[-1] != 0:
        raise FrameworkError(file, "levels.min_total", "fw.level_edges", edges=str(edges))
    return levels


def _band(d: dict, file: str, w: str) -> Band:
    gate = d.get("tool_gate")
    if gate is not None and (not isinstance(gate, _NUM) or isinstance(gate, bool)):
        raise FrameworkError(file, w + "tool_gate", "fw.not_a_number")
    if gate is not None:
        _in_range(float(gate), file, w + "tool_gate")
    if not isinstance(d.get("passed", False), bool):
        raise FrameworkError(file, w + "passed", "fw.not_a_bool")
    return Band(_need(d, "label", file, w, str), d.get("label_en", ""), float(_need(d, "min_total", file, w, _NUM)),
                None if gate is None else float(gate), bool(d.get("passed", False)))


def _bands(data: dict, file: str) -> tuple[Band, ...]:
    """The [[bands]] (from FY2566), best first: descending edges down to 0; equal edges need a higher gate."""
    bands = tuple(_band(d, file, f"bands[{k}].") for k, d in enumerate(_tables(data, "bands", file)))
    _unique_labels([b.label for b in bands], file, "bands.label")
    edges = [b.min_total for b in bands]
    if edges != sorted(edges, reverse=True) or edges[-1] != 0:
        raise FrameworkError(file, "bands.min_total", "fw.band_edges", edges=str(edges))
    for a, b in zip(bands, bands[1:], strict=False):
        if a.min_total == b.min_total and (a.tool_gate or 0) <= (b.tool_gate or 0):
            raise FrameworkError(file, "bands.tool_gate", "fw.band_gates", first=a.label, second=b.label)
    return bands


def _oit_items(data: dict, file: str, inds: list[Indicator]) -> tuple[OitItem, ...]:
    """The [[oit_items]], unique per family and code, each on an OIT indicator."""
    items = tuple(OitItem(_need(d, "family", file, f"oit_items[{k}].", str), _need(d, "code", file, f"oit_items[{k}].", str),
                          _need(d, "name_th", file, f"oit_items[{k}].", str),
                          _need(d, "indicator", file, f"oit_items[{k}].", int), d.get("sub_indicator", ""))
                  for k, d in enumerate(_tables(data, "oit_items", file, required=False)))
    oit = {i.number for i in inds if i.tool == "OIT"}
    seen = set()
    for it in items:
        if (it.family, it.code) in seen:
            raise FrameworkError(file, f"oit_items[{it.family}/{it.code}]", "fw.duplicate_item")
        seen.add((it.family, it.code))
        if it.indicator not in oit:
            raise FrameworkError(file, f"oit_items[{it.family}/{it.code}].indicator", "fw.item_indicator",
                                 n=it.indicator)
    return items


def _oit_status(data: dict, file: str, items: tuple[OitItem, ...]) -> dict[str, str]:
    """oit_items_status: complete, partial or unknown for every family that lists items."""
    status = _need(data, "oit_items_status", file, "", dict) if "oit_items_status" in data else {}
    for family, value in status.items():
        if value not in ("complete", "partial", "unknown"):
            raise FrameworkError(file, f"oit_items_status.{family}", "fw.item_status", value=repr(value))
    for family in sorted({it.family for it in items} - set(status)):
        raise FrameworkError(file, f"oit_items_status.{family}", "fw.item_status_missing")
    return dict(status)


def _parts(data: dict, file: str) -> dict[str, tuple[str, str]]:
    """[parts]: a status (and, when verified, its source) per part of the framework, e.g.
    weights = { status = "verified", source = "…" }; parts not named take the year's status."""
    table = _need(data, "parts", file, "", dict) if "parts" in data else {}
    out = {}
    for name, value in table.items():
        where = f"parts.{name}"
        if name not in PARTS:
            raise FrameworkError(file, where, "fw.unknown_part", parts=", ".join(PARTS))
        if not isinstance(value, dict):
            raise FrameworkError(file, where, "fw.not_a_table", key=where, value=repr(value))
        status = _need(value, "status", file, where + ".", str)
        if status not in FRAMEWORK_STATUSES:
            raise FrameworkError(file, where + ".status", "fw.bad_status", value=repr(status))
        source = _need(value, "source", file, where + ".", str) if "source" in value else ""
        if status == "verified" and not source.strip():
            raise FrameworkError(file, where + ".source", "fw.source_needed")
        out[name] = (status, source)
    return out


def parse_framework(data: dict, file: str) -> Framework:
    """Build and validate a Framework from the parsed TOML of one file; raises FrameworkError naming the field."""
    fy, pass_mark, notes, grading = _year_and_grading(data, file)
    tools = _tools(data, file)
    inds = _indicators(data, file)
    _check_weights(tools, inds, file)
    levels = _levels(data, file) if grading == "levels" else ()
    bands = _bands(data, file) if grading == "bands" else ()
    for where, edges in (("levels.min_total", [x.min_total for x in levels]),
                         ("bands.min_total", [x.min_total for x in bands])):
        for e in edges:
            _in_range(e, file, where)
    items = _oit_items(data, file, inds)
    status = _oit_status(data, file, items)
    whole = _need(data, "status", file, "", str) if "status" in data else "assumed"
    source = _need(data, "source", file, "", str) if "source" in data else ""
    if whole == "verified" and not source.strip():
        raise FrameworkError(file, "source", "fw.source_needed")
    parts = _parts(data, file)
    if whole not in FRAMEWORK_STATUSES:
        raise FrameworkError(file, "status", "fw.bad_status", value=repr(whole))
    return Framework(fy, file, pass_mark, grading, tools, tuple(inds), levels, bands, items, status, notes, whole,
                     0, source, parts)


def load_file(path: Path) -> Framework:
    """Load and validate one framework file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FrameworkError(path.name, "(file)", "fw.unreadable", error=str(exc)) from exc
    fw = parse_framework(data, path.name)
    return fw


# frameworks the working group saved in the app (the workspace database), newest version per year: they take the
# place of the shipped file of their year wherever the default folder is read (set by the app at each rerun)
_STORED: dict[int, Framework] = {}


def set_stored(frameworks: dict[int, Framework]) -> None:
    """Use these (the workspace's saved frameworks) in place of the shipped files of their years."""
    global _STORED
    _STORED = dict(frameworks)


def stored() -> dict[int, Framework]:
    """The saved frameworks now in use, by year."""
    return dict(_STORED)


def load_all(directory: Path = FRAMEWORK_DIR) -> dict[int, Framework]:
    """Every framework keyed by fiscal year (BE): the folder's files, one per year, validated — and for the default
    folder the frameworks saved in the app in place of their year's file (a new dict per call)."""
    found = dict(_load_all(Path(directory)))
    if Path(directory) == FRAMEWORK_DIR:
        found.update(_STORED)
    return found


@lru_cache(maxsize=8)
def _load_all(directory: Path) -> dict[int, Framework]:
    out: dict[int, Framework] = {}
    for path in sorted(Path(directory).glob("*.toml")):
        fw = load_file(path)
        if fw.fiscal_year in out:
            raise FrameworkError(path.name, "fiscal_year", "fw.year_twice", year=fw.fiscal_year,
                                 other=out[fw.fiscal_year].source_file)
        out[fw.fiscal_year] = fw
    return out


def for_year(fiscal_year: int, directory: Path = FRAMEWORK_DIR) -> Framework | None:
    """The framework of a fiscal year (BE) — the version saved in the app, else the file — or None when neither covers
    it."""
    if Path(directory) == FRAMEWORK_DIR and int(fiscal_year) in _STORED:
        return _STORED[int(fiscal_year)]
    return _load_all(Path(directory)).get(int(fiscal_year))


def latest(directory: Path = FRAMEWORK_DIR) -> Framework:
    """The framework of the latest year we have a file for (used for names and aliases)."""
    frameworks = load_all(directory)
    if not frameworks:
        raise FrameworkError(str(directory), "(folder)", "fw.no_files")
    return frameworks[max(frameworks)]
