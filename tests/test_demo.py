"""analysis/ita/demo.py on the demo results: the demo units renamed beside the user's and the chart-title marks equal
what the per-row code gave before it worked on whole columns (issue 16.3)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.common.text import t
from analysis.ita import demo as demo_module
from analysis.ita.demo import ALL, SOME, demo_mark, split_demo


def _reference_split(scores, published, lang):
    """split_demo as it was: one t() call per demo row and one key per row."""
    flags = [demo_module._flags(scores), demo_module._flags(published)]
    if not any(f.any() for f in flags):
        return scores, published, frozenset()
    mode = SOME if any((~f).any() for f in flags) else ALL
    frames = []
    for frame, flag in zip((scores, published), flags):
        if mode == SOME and flag.any():
            frame = frame.copy()
            frame.loc[flag, "unit"] = [t("common.demo_unit", lang, unit=u) for u in frame.loc[flag, "unit"]]
        frames.append(frame)
    keys = frozenset((str(u), int(y)) for frame, flag in zip(frames, flags)
                     for u, y in zip(frame.loc[flag, "unit"], frame.loc[flag, "fiscal_year"]))
    return frames[0], frames[1], keys


def _marked(demo, share: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The demo frames with is_demo set: on every row ("all"), on the district offices ("some") or none."""
    out = []
    for frame in (demo.scores, demo.published):
        flag = {"all": True, "none": False}.get(share)
        frame = frame.assign(is_demo=flag if flag is not None else frame["unit"].str.startswith("สำนักงานเขต"))
        out.append(frame)
    return out[0], out[1]


@pytest.mark.parametrize("share", ["some", "all", "none"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_split_equals_the_per_row_code(demo, share, lang):
    scores, published = _marked(demo, share)
    got = split_demo(scores, published, lang)
    want_scores, want_published, want_keys = _reference_split(scores, published, lang)
    pd.testing.assert_frame_equal(got.scores, want_scores)
    pd.testing.assert_frame_equal(got.published, want_published)
    assert got.keys == want_keys
    assert scores["unit"].equals(demo.scores["unit"]), "the inputs are not changed"


@pytest.mark.parametrize("year", [2565, 2566, 2567, 2568, 2569, None])
def test_chart_marks_equal_the_per_unit_count(demo, year):
    split = split_demo(*_marked(demo, "some"), "th")
    units = list(split.published["unit"]) + ["หน่วยงานอื่น", None]
    want = sum((str(u), int(year)) in split.keys for u in set(units)) if year is not None else 0
    got = demo_mark(SOME, split.keys, year, units, "en")
    assert got == (f" — {t('common.demo_some', 'en', n=want)}" if want else "")
    assert demo_mark(ALL, split.keys, year, units, "th") == f" — {t('common.demo_badge', 'th')}"
