"""One chart theme for every page: Thai font, band/level colours, the 85 line, text sizes, slide-size PNG export."""
from __future__ import annotations

import math
import re
import unicodedata

import plotly.graph_objects as go

from analysis.common import LEVEL_COLORS  # one table for the pages and the deck (analysis.common.colours)

FONT_FAMILY = "Sarabun, sans-serif"
PASS_LINE_COLOR = "#C62828"
UNDECIDED_COLOR = "#9E9E9E"
CHOSEN_COLOR = "#283593"          # the chosen unit, wherever it appears
TEXT_COLOR = "#212121"


# Text sizes (px) of a chart on the page and in presentation mode (the page's own type grows to 20 px there).
SIZES = {False: {"title": 20, "text": 15, "tick": 13, "note": 14, "row": 24},
         True: {"title": 28, "text": 20, "tick": 17, "note": 18, "row": 32}}
PAGE_WIDTH = 880          # px a full-width chart gets at 1366×768 beside the sidebar (the narrowest we design for)
EM_PER_CHAR = 0.64        # a bold title character's width in em (Thai base letters and digits; a little generous)
NAME_CHARS = 34           # unit names longer than this are shortened on axes (the full name stays in the hover)
SLIDE = {"width": 1920, "height": 1080}


def level_color(label: str | None) -> str:
    """Colour of a level or band; grey when undecided or unknown."""
    return LEVEL_COLORS.get(label or "", UNDECIDED_COLOR)


def config(name: str) -> dict:
    """The chart's toolbar settings: its PNG named after what it shows (`overview-2568.png`), at slide size."""
    safe = re.sub(r"[^\w.-]+", "-", str(name), flags=re.UNICODE).strip("-") or "chart"
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": "png", **SLIDE, "scale": 1, "filename": safe}}


def sizes(present: bool = False) -> dict[str, int]:
    """The chart text sizes (title, text, tick, note, row height) on the page or in presentation mode."""
    return SIZES[bool(present)]


def _width(text: str) -> int:
    """Characters that take room (Thai vowel and tone marks above or below a letter take none)."""
    return sum(1 for c in text if unicodedata.category(c) != "Mn")


THAI_LEADING_VOWELS = "เแโใไ"
THAI_FOLLOWING = "ะาำๅๆ"            # vowels and the repeat mark that never begin a line


def wrap(text: str, chars: int) -> list[str]:
    """The text in lines of at most `chars` wide characters, broken at spaces (inside a word only when it alone is
    longer), never before a Thai mark or following vowel nor after a leading vowel (ประเ|มิน is cut ประ|เมิน)."""
    lines, line = [], ""
    for word in text.split(" "):
        while _width(word) > chars:                       # a word longer than a line: cut it at a letter
            room = chars - _width(line) - (1 if line else 0)
            if room < 4:
                lines.append(line)
                line, room = "", chars
            cut, seen = 0, 0
            for i, c in enumerate(word):
                if unicodedata.category(c) != "Mn":
                    if seen == room:
                        break
                    seen += 1
                cut = i + 1
            # เ แ โ ใ ไ begin a syllable: break just before one near the end of the room if there is one (ประ|เมิน,
            # not ประเมิ|น), and never just after one
            before = [k for k in range(max(1, cut - 8), cut + 1) if k < len(word) and word[k] in THAI_LEADING_VOWELS]
            if before:
                cut = before[-1]
            while cut > 1 and (word[cut - 1] in THAI_LEADING_VOWELS or word[cut] in THAI_FOLLOWING):
                cut -= 1
            line = f"{line} {word[:cut]}".strip()
            lines.append(line)
            line, word = "", word[cut:]
        if line and _width(line) + 1 + _width(word) > chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip() if line else word
    if line:
        lines.append(line)
    return lines or [""]


def short_name(name: str, chars: int = NAME_CHARS) -> str:
    """A unit name as an axis shows it: whole when short enough, else cut with '…' (the hover has it whole)."""
    name = str(name)
    if _width(name) <= chars:
        return name
    return wrap(name, chars - 1)[0].rstrip() + "…"


def apply(fig: go.Figure, title: str = "", height: int | None = None, present: bool = False, share: float = 1.0,
          note_above: bool = False) -> go.Figure:
    """Apply the shared layout to a figure: the title wrapped to the chart's width (share of the page width it
    gets), the legend below the plot (it pushes the plot up, never over the title), room above the plot for the
    85 label when note_above, text sizes of the page or of presentation mode."""
    s = sizes(present)
    width = PAGE_WIDTH * share - (24 if share < 1 else 0)        # columns leave a gap between them
    lines = wrap(title, max(12, int(width / (s["title"] * EM_PER_CHAR)))) if title else []
    line_h = s["title"] * 1.3
    title_h = math.ceil(len(lines) * line_h)
    # a Thai line's box reaches high above its letters, and plotly centres the lines below a top-anchored pad
    pad = math.ceil(s["title"] * 0.4 + 12 + (len(lines) - 1) * line_h / 2)
    top = math.ceil(s["title"] * 0.4 + 12) + title_h + (math.ceil(s["note"] * 1.6) if note_above else 0) + 12
    fig.update_layout(
        title={"text": "<br>".join(lines), "x": 0, "xanchor": "left", "y": 1, "yref": "container", "yanchor": "top",
               "pad": {"t": pad, "l": 4}, "font": {"size": s["title"], "color": TEXT_COLOR}},
        font={"family": FONT_FAMILY, "size": s["text"], "color": TEXT_COLOR},
        plot_bgcolor="white", paper_bgcolor="white",
        margin={"l": 10, "r": 24, "t": top, "b": 16},
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "xanchor": "left",
                "title": None, "font": {"size": s["text"]}},
        hoverlabel={"font": {"family": FONT_FAMILY}},
    )
    if height:
        fig.update_layout(height=int(height * (1.2 if present else 1.0)) + title_h)
    fig.update_xaxes(gridcolor="#EEEEEE", zeroline=False, tickfont={"size": s["tick"]}, automargin=True)
    fig.update_yaxes(gridcolor="#EEEEEE", zeroline=False, tickfont={"size": s["tick"]}, automargin=True)
    return fig


def count_axis(fig: go.Figure, top: float, axis: str = "y") -> go.Figure:
    """The chart's first `axis` ("y" or "x") as a count axis: whole numbers only (never 0.5, 1.5 …), from 0 to a
    little above top. A second axis (e.g. the complaints' general line on the right) keeps its own scale."""
    top = max(1.0, float(top or 0))
    step = max(1, _nice(top / 5))
    fig.update_layout({f"{axis}axis": {"tickmode": "linear", "tick0": 0, "dtick": step, "tickformat": ",d",
                                       "rangemode": "tozero", "range": [0, top * 1.15]}})
    return fig


def _nice(x: float) -> int:
    """The nice step (1, 2, 5 × 10ⁿ) at or above x."""
    if x <= 1:
        return 1
    mag = 10 ** math.floor(math.log10(x))
    return int(next(m * mag for m in (1, 2, 5, 10) if m * mag >= x))


def add_pass_line(fig: go.Figure, pass_mark: float, label: str, axis: str = "x", present: bool = False) -> go.Figure:
    """Draw the pass line (85) across the plot, labelled: a vertical line's label above the plot (apply with
    note_above leaves it room), a horizontal line's at its left end just above it, on a white ground so it reads over
    the bars or lines it crosses."""
    kw = {"line_color": PASS_LINE_COLOR, "line_width": 2.5, "line_dash": "dash", "annotation_text": label,
          "annotation_font": {"color": PASS_LINE_COLOR, "size": sizes(present)["note"]},
          "annotation_bgcolor": "rgba(255,255,255,0.85)"}
    if axis == "x":
        fig.add_vline(x=pass_mark, annotation_position="top", annotation_yanchor="bottom", **kw)
    else:
        fig.add_hline(y=pass_mark, annotation_position="top left", **kw)
    return fig
