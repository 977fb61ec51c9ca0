"""Links from measures to ITA indicators and OIT items: keyword rules kept as data, manual overrides, coverage gaps."""
from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from analysis.common.paths import DATA_DIR
from analysis.common.text import jsonable, t
from analysis.ita.framework import Framework

log = logging.getLogger(__name__)
RULES_FILE = DATA_DIR / "link_rules.toml"
DEFAULT_FIELDS = ("title", "mission", "outputs", "outcomes")
WEAK_BELOW = 85.0


@dataclass(frozen=True)
class LinkRule:
    """One rule: when a keyword or pattern occurs in the fields, link these indicators and OIT item meanings."""

    name: str
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]
    indicators: tuple[int, ...]
    oit_items: tuple[str, ...]
    fields: tuple[str, ...] = DEFAULT_FIELDS

    def matches(self, measure: Any) -> bool:
        """True when the measure's fields hold one of the keywords (spaces ignored, case-insensitive) or patterns.

        measure is a mapping (an imported plan row) or a record with those fields as attributes (a stored measure).
        """
        text = " ".join(_text(_field(measure, f)) for f in self.fields)
        squeezed = re.sub(r"\s+", "", text).casefold()
        for word in self.keywords:
            if word.isascii():
                if re.search(rf"(?<![a-z]){re.escape(word.casefold())}(?![a-z])", text.casefold()):
                    return True
            elif re.sub(r"\s+", "", word).casefold() in squeezed:
                return True
        return any(p.search(text) for p in self.patterns)


def _field(measure: Any, name: str) -> Any:
    return measure.get(name) if isinstance(measure, Mapping) else getattr(measure, name, None)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


class RulesError(ValueError):
    """The rules file is broken; the message (a catalogue code with params) names the file and the rule."""

    def __init__(self, code: str, /, **params):
        self.code, self.params = code, jsonable(params)
        super().__init__(f"{self.message('th')} / {self.message('en')}")
        log.warning("link rules: %s", self.message("en"))

    def message(self, lang: str = "th") -> str:
        """What is wrong with the rules file, in the language."""
        return t(self.code, lang, **self.params)


def parse_rules(data: dict, file: str = "link_rules.toml") -> list[LinkRule]:
    """The rules of a parsed TOML document; raises RulesError naming the rule and field that is wrong."""
    rules = []
    for i, raw in enumerate(data.get("rules", []), 1):
        where = f"{file}: [[rules]] #{i} ({raw.get('name', '?')})"
        try:
            indicators = tuple(int(n) for n in raw.get("indicators", []))
            if any(not 1 <= n <= 10 for n in indicators):
                raise ValueError("indicators")
            patterns = tuple(re.compile(p, re.I) for p in raw.get("patterns", []))
            fields = tuple(raw.get("fields", DEFAULT_FIELDS))
        except (ValueError, TypeError, re.error) as exc:
            raise RulesError("rules.bad_value", where=where, error=str(exc)) from None
        if not raw.get("keywords") and not patterns:
            raise RulesError("rules.no_match", where=where)
        rules.append(LinkRule(name=str(raw.get("name", f"rule {i}")), keywords=tuple(map(str, raw.get("keywords", []))),
                              patterns=patterns, indicators=indicators,
                              oit_items=tuple(map(str, raw.get("oit_items", []))), fields=fields))
    return rules


def load_rules(path: Path | str = RULES_FILE) -> list[LinkRule]:
    """The rules in the TOML file at path (default data/link_rules.toml); raises RulesError when broken."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError("rules.unreadable", file=path.name, error=str(exc)) from None
    return parse_rules(data, path.name)


def rule_links(measure: Any, rules: list[LinkRule]) -> tuple[list[int], list[str], list[str]]:
    """(indicators, OIT item meanings, rule names) the rules link to this measure, each sorted and unique."""
    fired = [r for r in rules if r.matches(measure)]
    indicators = sorted({n for r in fired for n in r.indicators})
    meanings = sorted({w for r in fired for w in r.oit_items})
    return indicators, meanings, [r.name for r in fired]


def oit_codes(meanings: list[str], framework: Framework | None, family: str = "nacc") -> list[str]:
    """OIT item codes of the framework (one family) whose names contain one of the meanings, in item order."""
    if framework is None:
        return []
    words = [re.sub(r"\s+", "", w).casefold() for w in meanings]
    return [item.code for item in framework.oit_items if item.family == family
            and any(w in re.sub(r"\s+", "", item.name_th).casefold() for w in words)]


def effective(rule_targets: list, manual: Mapping) -> list:
    """Rule targets with manual overrides applied: manual {target: True} adds, {target: False} removes; sorted."""
    chosen = {t for t in rule_targets if manual.get(t, True)}
    chosen |= {t for t, linked in manual.items() if linked}
    return sorted(chosen, key=lambda t: (isinstance(t, str), int(t) if str(t).isdecimal() else str(t)))


def coverage(lost: pd.DataFrame, measure_links: Mapping[int, list[int]], titles: Mapping[int, str]) -> pd.DataFrame:
    """Weak indicators (score < 85) of one unit-year with the measures that address them, worst first.

    lost: analysis.ita.scoring.points_lost rows of the chosen unit-year. measure_links: measure id → linked
    indicators; titles: measure id → label. Columns: indicator, name_th, name_en, score, points_lost,
    measures (list of labels), n_measures, gap (True when no measure addresses it).
    """
    columns = ["indicator", "name_th", "name_en", "score", "points_lost", "measures", "n_measures", "gap"]
    if lost.empty:
        return pd.DataFrame(columns=columns)
    weak = lost[lost["score"].notna() & (lost["score"] < WEAK_BELOW)]
    weak = weak.sort_values(["points_lost", "indicator"], ascending=[False, True], kind="stable")
    rows = []
    for r in weak.itertuples(index=False):
        ids = [m for m, inds in measure_links.items() if int(r.indicator) in inds]
        labels = [titles.get(m, str(m)) for m in ids]
        rows.append({"indicator": int(r.indicator), "name_th": r.name_th, "name_en": r.name_en,
                     "score": float(r.score), "points_lost": float(r.points_lost), "measures": labels,
                     "n_measures": len(ids), "gap": not ids})
    return pd.DataFrame(rows, columns=columns)
