"""The one text catalogue: every user-facing message as a code with a Thai and an English template.

Each domain keeps its entries in a module of this package (core.py for the app shell, files.py for the
file guards, ingest.py for ITA ingest, …); they are merged here into TEXT, and a code defined twice is an
error at import. Render a code with t(code, lang, **params).

A parameter is a plain value (text, number; format specs such as {score:g} apply) or one of the JSON-ready
forms below, rendered in the same language as the message around it, so messages can be stored as
{"code": …, "params": …} and shown later in either language:

- msg(code, **params): a nested message, e.g. an optional clause or a field name;
- pair(th, en): a text that data gives in both languages (an indicator's name from a framework file);
- seq(items, sep): parameter values joined with a separator (a plain list joins with ", ").
"""
from __future__ import annotations

from collections.abc import Mapping

from analysis.common.text import (
    accounts,
    backup,
    charts,
    cli,
    complaints,
    complaints_core,
    core,
    deck,
    evidence,
    files,
    framework,
    framework_io,
    indicators,
    ingest,
    ita,
    items,
    measures,
    meeting,
    oit,
    oit_report,
    path,
    plan,
    report,
    scoring,
)

__all__ = ["LANGUAGES", "TEXT", "t", "render", "msg", "pair", "seq", "jsonable", "fields"]

LANGUAGES = ("th", "en")
_PARTS = (core, indicators, items, path, measures, meeting, complaints, report, files, ingest, framework, ita,
          plan, complaints_core, deck, cli, scoring, backup, accounts, oit, evidence, oit_report, framework_io,
          charts)

TEXT: dict[str, dict[str, str]] = {}
for _part in _PARTS:
    _clash = TEXT.keys() & _part.TEXT.keys()
    if _clash:
        raise KeyError(f"text codes defined twice: {sorted(_clash)}")
    TEXT.update(_part.TEXT)


def t(code: str, lang: str = "th", /, **params) -> str:
    """The text of a catalogue code in the language (Thai by default), with {placeholders} filled in."""
    entry = TEXT[code]
    template = entry.get(lang) or entry["th"]
    if not params:
        return template
    return template.format(**{k: render(v, lang) for k, v in params.items()})


def render(value, lang: str = "th"):
    """A parameter value ready for a template: nested messages, pairs and sequences as text in the language;
    numbers and other plain values unchanged (so format specs still apply)."""
    if isinstance(value, Mapping):
        if "code" in value:
            return t(value["code"], lang, **value.get("params", {}))
        if "items" in value:
            return str(value.get("sep", ", ")).join(str(render(v, lang)) for v in value["items"])
        return value.get(lang) or value.get("th", "")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(render(v, lang)) for v in value)
    return value


def msg(code: str, /, **params) -> dict:
    """A message to render later (or inside another one): {"code": code, "params": params}, JSON-ready."""
    if code not in TEXT:
        raise KeyError(f"unknown text code: {code}")
    return {"code": code, "params": jsonable(params)}


def pair(th: str, en: str) -> dict:
    """A text given in both languages by data (not by the catalogue), e.g. a name from a framework file."""
    return {"th": th, "en": en or th}


def seq(items, sep: str = ", ") -> dict:
    """Parameter values shown joined by sep, each rendered in the message's language."""
    return {"items": jsonable(list(items)), "sep": sep}


def jsonable(value):
    """The value with numpy scalars as Python numbers and tuples as lists, so it can be stored as JSON."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (TypeError, ValueError):
            return str(value)
    return value


def fields(template: str) -> set[str]:
    """The {placeholder} names of a template."""
    import string

    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}
