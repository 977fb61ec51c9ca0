"""Demo results shown beside the user's: every demo unit named as demo wherever it appears, never merged with a
user's unit of the same name, and chart titles that say "demo" exactly where the chart holds demo units."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.common.text import t

ALL, SOME, NONE = "all", "some", "none"


@dataclass(frozen=True)
class DemoSplit:
    """The frames with the demo units renamed when they stand beside the user's; mode is ALL (only demo rows),
    SOME (demo and the user's) or NONE; keys are the (unit as shown, fiscal year) pairs that are demo."""
    scores: pd.DataFrame
    published: pd.DataFrame
    mode: str
    keys: frozenset[tuple[str, int]]


def _flags(frame: pd.DataFrame) -> pd.Series:
    if "is_demo" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["is_demo"].fillna(False).astype(bool)


def split_demo(scores: pd.DataFrame, published: pd.DataFrame, lang: str = "th") -> DemoSplit:
    """Mark the demo in the stored frames (each with unit, fiscal_year, is_demo).

    When demo rows stand beside the user's, each demo row's unit becomes t("common.demo_unit") — "สำนักงานเขต
    พระนคร (สาธิต)" — so a demo year is never compared with a real year of the same unit and every figure, table
    and export that names the unit says it is demo. Frames holding only one kind are returned as they are (the
    banner and the titles then say it for the whole workspace). The inputs are not changed."""
    flags = [_flags(scores), _flags(published)]
    demo = any(f.any() for f in flags)
    real = any((~f).any() for f in flags)
    if not demo:
        return DemoSplit(scores, published, NONE, frozenset())
    mode = SOME if real else ALL
    frames = []
    for frame, flag in zip((scores, published), flags):
        if mode == SOME and flag.any():
            frame = frame.copy()
            demo_units = frame.loc[flag, "unit"]
            named = {u: t("common.demo_unit", lang, unit=u) for u in demo_units.unique()}   # once per demo unit
            frame.loc[flag, "unit"] = demo_units.map(named).to_numpy(dtype=object)
        frames.append(frame)
    pairs = pd.concat([frame.loc[flag, ["unit", "fiscal_year"]] for frame, flag in zip(frames, flags)])
    pairs = pairs.drop_duplicates()
    keys = frozenset(zip(pairs["unit"].astype(str), pairs["fiscal_year"].astype(int)))
    return DemoSplit(frames[0], frames[1], mode, keys)


def demo_mark(mode: str, keys: frozenset[tuple[str, int]], year: int | None, units: Iterable[str],
              lang: str = "th") -> str:
    """What follows a chart title: " — ข้อมูลสาธิต" when the workspace is all demo; when demo stands beside the
    user's, how many of the chart's units of that year are demo (nothing when none is)."""
    if mode == ALL:
        return f" — {t('common.demo_badge', lang)}"
    if mode != SOME or year is None:
        return ""
    demo_units = {u for u, y in keys if y == int(year)}          # as many as the demo has, not the chart
    n = int(pd.Series(list(units), dtype=object).drop_duplicates().astype(str).isin(demo_units).sum())
    return f" — {t('common.demo_some', lang, n=n)}" if n else ""
