"""What a person reads on a page run by AppTest, and the internal names that must not be among it.

texts(at) walks the whole element tree (main area and sidebar, inside columns, tabs, expanders) and returns every
text a user reads: headings, markdown, captions, alerts, metric labels and values, widget labels, help and the
options as displayed, expander and tab labels, page links, dataframe headers and string cells, and the words of
plotly figures (titles, axis titles, tick texts, legend names, annotations, category values, the fixed words of
hover templates). findings(texts) lists the internal identifiers among them, each with the text it was found in.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from analysis.common.paths import SAMPLES_DIR
from analysis.common.text import TEXT

# --------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Seen:
    """One text a user reads, and where: the element kind (and a field or column when it helps)."""
    where: str
    text: str


_FIELDS = ("body", "label", "help", "placeholder", "value", "delta", "caption")
_SKIP = {"exception"}                          # tracebacks are what test_pages forbids; not texts of a page


def _proto_texts(kind: str, proto) -> Iterator[Seen]:
    for desc, value in proto.ListFields():
        if desc.name in _FIELDS and isinstance(value, str) and value.strip():
            yield Seen(f"{kind}.{desc.name}", value)
        elif desc.name == "options":
            for option in value:
                text = option if isinstance(option, str) else getattr(option, "content", "")
                if text:
                    yield Seen(f"{kind}.option", text)


def _frame_texts(kind: str, frame: pd.DataFrame, proto) -> Iterator[Seen]:
    """Headers and string cells as displayed: a column_config label replaces the header, a selectbox column shows
    its options' labels, hidden columns and those left out of column_order are not shown."""
    try:
        config = json.loads(getattr(proto, "columns", "") or "{}")
    except ValueError:
        config = {}
    order = list(getattr(proto, "column_order", []) or [])
    for name in frame.columns:
        conf = config.get(str(name)) or {}
        if conf.get("hidden") or (order and str(name) not in order):
            continue
        yield Seen(f"{kind}.header", str(conf.get("label") or name))
        if isinstance(conf.get("help"), str):
            yield Seen(f"{kind}.column_help", conf["help"])
        options = (conf.get("type_config") or {}).get("options") or []
        shown = {str(o["value"]): o.get("label", o["value"]) for o in options if isinstance(o, dict)}
        column = frame[name]
        if column.isna().any() and not getattr(proto, "placeholder", ""):
            yield Seen(f"{kind}[{name}]", "None")      # Streamlit draws a missing value as "None"
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            for value in column.dropna().unique():
                text = value if isinstance(value, str) else repr(value)
                yield Seen(f"{kind}[{name}]", shown.get(text, text))


_HOVER_FIELD = re.compile(r"%\{[^}]*\}|<extra>.*?</extra>|<[^>]+>")


def _strings(values) -> Iterator[str]:
    if isinstance(values, str):
        yield values
    elif isinstance(values, list):
        for v in values:
            yield from _strings(v)


def _axis_texts(name: str, axis: dict) -> Iterator[Seen]:
    title = axis.get("title")
    title = title.get("text") if isinstance(title, dict) else title
    if isinstance(title, str):
        yield Seen(f"plotly.{name}.title", title)
    for text in _strings(axis.get("ticktext")):
        yield Seen(f"plotly.{name}.ticktext", text)
    for text in _strings(axis.get("categoryarray")):
        yield Seen(f"plotly.{name}.category", text)


def _figure_texts(spec: str) -> Iterator[Seen]:
    figure = json.loads(spec)
    layout = figure.get("layout", {})
    title = layout.get("title")
    title = title.get("text") if isinstance(title, dict) else title
    if isinstance(title, str):
        yield Seen("plotly.title", title)
    for name, axis in layout.items():
        if re.fullmatch(r"[xy]axis\d*|coloraxis", name) and isinstance(axis, dict):
            yield from _axis_texts(name, axis)
            bar = axis.get("colorbar") or {}
            yield from _axis_texts(f"{name}.colorbar", bar)
    legend = (layout.get("legend") or {}).get("title") or {}
    if isinstance(legend.get("text"), str):
        yield Seen("plotly.legend.title", legend["text"])
    for note in layout.get("annotations", []):
        if isinstance(note.get("text"), str):
            yield Seen("plotly.annotation", note["text"])
    for trace in figure.get("data", []):
        if isinstance(trace.get("name"), str) and trace.get("showlegend", True) is not False:
            yield Seen("plotly.trace.name", trace["name"])
        for key in ("x", "y", "text", "labels", "ids" if False else "z_text"):
            for text in _strings(trace.get(key)):
                yield Seen(f"plotly.trace.{key}", text)
        for text in _strings(trace.get("hovertemplate")):
            fixed = _HOVER_FIELD.sub(" ", text)
            if fixed.strip():
                yield Seen("plotly.trace.hovertemplate", fixed)
        for text in _strings(trace.get("customdata")):
            yield Seen("plotly.trace.customdata", text)
        bar = (trace.get("colorbar") or (trace.get("marker") or {}).get("colorbar") or {})
        yield from _axis_texts("trace.colorbar", bar)


def _invisible(body: str) -> bool:
    """True for a block that holds only <style> or <script> elements (nothing of it is drawn on the page)."""
    import re

    left = re.sub(r"<(style|script)\b.*?</\1>", "", body or "", flags=re.S | re.I)
    return left.strip() == "" and bool(body)


def texts(at) -> list[Seen]:
    """Every text a user reads on the page as the AppTest run left it."""
    out: list[Seen] = []

    def walk(node) -> None:
        kind = getattr(node, "type", "") or type(node).__name__
        proto = getattr(node, "proto", None)
        if kind in _SKIP:
            return
        if kind == "dataframe" or kind == "table":
            out.extend(_frame_texts(kind, node.value, proto))
        elif kind == "plotly_chart":
            out.extend(_figure_texts(proto.spec))
        elif proto is not None and hasattr(proto, "ListFields"):
            body = getattr(proto, "body", "")
            if kind in ("markdown", "html") and _invisible(body):
                pass                            # the theme's CSS or the print script: never shown, read by no one
            else:
                out.extend(_proto_texts(kind, proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


# --------------------------------------------------------------------------------------------- judging

# Words that look like codes but are plain words to an ITA working group, each with its reason. (Thai text, BE years
# such as 2568 and unit names from the data are never flagged by any rule, so they need no entry.)
ALLOWED: dict[str, str] = {
    "ITA": "the assessment's own name, as the NACC writes it",
    "IIT": "the internal stakeholders' survey, as the NACC names it",
    "EIT": "the external stakeholders' survey, as the NACC names it",
    "OIT": "the open-data checklist, as the NACC names it",
    "NACC": "the English abbreviation of ป.ป.ช., the agency that runs the ITA",
    "OBEC": "the English abbreviation of สพฐ., whose schools have their own OIT list",
    "ITA-VEC": "the vocational colleges' own ITA, as its manual names it",
    "SHA-256": "the checksum named on the backup page, a standard name an administrator checks a file with",
}
# The shipped demo files: users see them by name as the files the demo was read from (the Data page lists them).
DEMO_FILES = frozenset(p.name for p in SAMPLES_DIR.iterdir())
# File types a person picks or downloads (".xlsx, .xls, .ods, .csv" in an upload hint) are plain words; the
# program's own files (.toml, .py, .json, the database) and its folders are not.
PROGRAM_FILES = r"\.(?:toml|py|json|sqlite3?|lock|ini|cfg)\b|(?<![\w.])(?:data|pages|analysis|ui|tests|scripts)/"

LIBRARIES = ("scipy", "pandas", "numpy", "plotly", "streamlit", "linprog", "milp", "sqlalchemy", "alembic",
             "openpyxl", "psycopg", "pyarrow", "python-docx", "python-pptx", "tomllib", "pytest", "percentileofscore")
FAMILY_CODES = ("nacc", "obec_school", "vec_college")           # lower case: "NACC" is the agency's abbreviation
# Raw codes a text must never be on its own (a cell, an option, a metric value) nor follow "name:" as in
# "items_map:assumed". In a sentence they are English words ("the list is partial"), so only whole texts count.
STATUS_CODES = ("assumed", "seen", "source", "inferred", "partial", "complete", "unknown", "unmapped", "framework",
                "verified", "not_started", "in_progress", "done", "cancelled", "planned", "draft", "imported", "ok",
                "error", "warning", "present", "missing", "levels", "bands", "published", "ready", "not_applicable",
                "local")
REPRS = ("None", "nan", "NaN", "NaT", "<NA>", "True", "False", "inf", "[]", "{}")

_PREFIXES = sorted({code.split(".")[0] for code in TEXT}, key=len, reverse=True)
_CATALOGUE = re.compile(r"\b(?:" + "|".join(map(re.escape, _PREFIXES)) + r")\.[a-z][a-z0-9_]*\b")
_SNAKE = re.compile(r"(?<![\w/.@-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.@-])")
_SETTING = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")                # ITA_EVIDENCE_HOSTS, DATABASE_URL
_PATH = re.compile(PROGRAM_FILES)
_LIBRARY = re.compile(r"\b(?:" + "|".join(map(re.escape, LIBRARIES)) + r")\b", re.I)
_FAMILY = re.compile(r"\b(?:" + "|".join(FAMILY_CODES) + r")\b")
_CODED = re.compile(r"\b[a-z_]+:(?:" + "|".join(STATUS_CODES) + r")\b")
_REPR_WORD = re.compile(r"(?<![\w.])(?:None|nan|NaN|NaT|<NA>|True|False)(?![\w])")
_CONTAINER = re.compile(r"\[\s*['\"]|\{\s*['\"]|\(\s*['\"][^'\"]*['\"]\s*,")
_ICON = re.compile(r":material/[a-z0-9_]+:")                   # Streamlit's icon markup, drawn as an icon
_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.go\.th\b")   # evidence links and hosts are the user's data


@dataclass(frozen=True)
class Finding:
    """An internal name in a text a user reads: which rule, the word, and the text it is in."""
    rule: str
    word: str
    seen: Seen

    def __str__(self) -> str:
        return f"{self.rule}: {self.word!r} in {self.seen.where}: {self.seen.text[:160]!r}"


def _clean(text: str) -> str:
    text = _ICON.sub(" ", text)
    text = _URL.sub(" ", text)
    for name in DEMO_FILES:
        text = text.replace(name, " ")
    return text


_RULES = (("catalogue key", _CATALOGUE), ("snake_case name", _SNAKE), ("setting name", _SETTING),
          ("program file or folder", _PATH), ("library name", _LIBRARY), ("list-family code", _FAMILY),
          ("raw status code", _CODED), ("Python value", _REPR_WORD), ("Python list or dict", _CONTAINER))


def check(seen: Seen) -> list[Finding]:
    """The internal names in one text."""
    text = _clean(seen.text)
    whole = text.strip()
    if whole in TEXT or whole in STATUS_CODES or whole in REPRS:
        return [Finding("raw code as the whole text", whole, seen)]
    if seen.where.endswith(".header") and re.fullmatch(r"[a-z][a-z0-9_]*", whole):
        return [Finding("column's own name as its header", whole, seen)]       # "url", "name_th"
    return [Finding(rule, m.group(0), seen) for rule, pattern in _RULES for m in pattern.finditer(text)
            if m.group(0) not in ALLOWED]


def findings(seen: list[Seen]) -> list[Finding]:
    """The internal names in every text (each distinct text judged once)."""
    return [f for s in dict.fromkeys(seen) for f in check(s)]
