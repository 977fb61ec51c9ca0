"""Count axes show whole numbers (issue 13.1: never 0.5, 1.5 …), and a chart with a second axis keeps that axis's own
scale: the complaints page's general complaints (hundreds, a line on the right) are drawn beside the corruption ones
(tens, bars on the left), not pushed off the chart by the left axis's range."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ui import charts_complaints, theme

YEARS = pd.DataFrame({"fiscal_year": [2566, 2567, 2568], "corruption": [34, 36, 9], "general": [460, 494, 337],
                      "received": [494, 530, 346], "finished": [490, 525, 320], "in_progress": [4, 5, 26]})


def _whole_number_axis(axis) -> None:
    assert axis.tickmode == "linear" and axis.tick0 == 0
    assert float(axis.dtick).is_integer() and axis.dtick >= 1
    assert axis.tickformat == ",d"


def test_a_count_axis_has_whole_number_ticks_from_zero_with_room_above_the_largest_count():
    for top, step in ((3, 1), (9, 2), (41, 10), (530, 200)):
        fig = theme.count_axis(go.Figure(go.Bar(x=["a"], y=[top])), top)
        _whole_number_axis(fig.layout.yaxis)
        assert fig.layout.yaxis.dtick == step
        low, high = fig.layout.yaxis.range
        assert low == 0 and high > top


def test_the_general_complaints_line_keeps_its_own_axis_beside_the_corruption_bars():
    fig = charts_complaints.group_bars(YEARS, "title", "corruption", "general")
    _whole_number_axis(fig.layout.yaxis)
    assert fig.layout.yaxis.range[1] < YEARS["general"].min()        # the left axis fits the corruption counts
    right = fig.layout.yaxis2
    assert right.overlaying == "y" and right.side == "right"
    assert right.range is None and right.rangemode == "tozero"        # its own scale: every general count on it
    assert right.tickmode == "auto" and right.tickformat == ",d"      # round numbers of its own, not the left's
    line = next(t for t in fig.data if t.yaxis == "y2")
    assert list(line.y) == YEARS["general"].tolist()


def test_received_bars_count_in_whole_numbers_above_the_tallest_year():
    fig = charts_complaints.received_bars(YEARS, "title", "finished", "in progress")
    _whole_number_axis(fig.layout.yaxis)
    assert fig.layout.yaxis.range[1] > YEARS["received"].max()


def test_the_85_label_reads_over_the_bars_it_crosses():
    for axis in ("x", "y"):
        fig = theme.add_pass_line(go.Figure(go.Bar(x=[1, 2], y=[93, 70])), 85, "เกณฑ์ผ่าน 85", axis=axis)
        label = next(a for a in fig.layout.annotations if a.text == "เกณฑ์ผ่าน 85")
        assert label.bgcolor and label.bgcolor.startswith("rgba(255,255,255")


def test_a_long_thai_word_is_never_cut_after_a_leading_vowel_nor_before_a_mark():
    lines = theme.wrap("การกระจายของระดับผลการประเมิน ปี 2569 — ข้อมูลสาธิต", 26)
    assert "".join(lines).replace(" ", "") == "การกระจายของระดับผลการประเมินปี2569—ข้อมูลสาธิต"   # nothing lost
    for line in lines:
        assert theme._width(line) <= 26
        assert line[-1] not in theme.THAI_LEADING_VOWELS, lines
    for line in lines[1:]:
        assert not line[0].isspace() and "Mn" != __import__("unicodedata").category(line[0]), lines
    assert lines[0].endswith("ผลการประ") and lines[1].startswith("เมิน"), lines      # at a syllable
    for line in theme.wrap("เรื่องร้องเรียนที่ได้รับรายปีงบประมาณ — ข้อมูลสาธิต", 24)[1:]:
        assert line[0] not in theme.THAI_FOLLOWING
