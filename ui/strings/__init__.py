"""The one strings table of the interface: every label, message and help text, in Thai and English.

Each screen keeps its entries in a module of this package (core.py for the shell, overview and data
pages); they are merged here into STRINGS, and a key defined twice is an error at import.
"""
from __future__ import annotations

from ui.strings import complaints, core, indicators, items, measures, meeting, path

_PARTS = (core.STRINGS, indicators.STRINGS, items.STRINGS, path.STRINGS, measures.STRINGS, meeting.STRINGS, complaints.STRINGS,)

STRINGS: dict[str, dict[str, str]] = {}
for _part in _PARTS:
    _clash = STRINGS.keys() & _part.keys()
    if _clash:
        raise KeyError(f"strings defined twice: {sorted(_clash)}")
    STRINGS.update(_part)

LANGUAGES = ("th", "en")


def t(key: str, lang: str = "th", **kwargs) -> str:
    """The text for a key in the language (Thai by default), with {placeholders} filled in."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry["th"]
    return text.format(**kwargs) if kwargs else text
