"""The band and level colours and the 85-line colour, one table for the pages' charts and the exported deck."""
from __future__ import annotations

PASS_LINE_COLOR = "#C62828"
UNDECIDED_COLOR = "#9E9E9E"

# The same colour for the same meaning on every page and slide: greens pass, amber/red do not.
LEVEL_COLORS = {
    "ผ่านดีเยี่ยม": "#1B5E20", "ผ่านดี": "#43A047", "ผ่าน": "#9CCC65",
    "ต้องปรับปรุง": "#FFA000", "ต้องปรับปรุงโดยด่วน": "#D32F2F",
    "AA": "#1B5E20", "A": "#43A047", "B": "#FFCA28", "C": "#FFA000", "D": "#F57C00", "E": "#E64A19",
    "F": "#D32F2F",
}


def level_color(label: str | None) -> str:
    """Colour (#RRGGBB) of a level or band; grey when undecided or unknown."""
    return LEVEL_COLORS.get(label or "", UNDECIDED_COLOR)


# OIT checklist statuses (the readiness page's heatmap and its legend): grey not started, amber in progress, blue ready,
# green published, near-white not applicable.
CHECKLIST_COLORS = {"not_started": "#BDBDBD", "in_progress": "#FFB74D", "ready": "#64B5F6", "published": "#2E7D32",
                    "not_applicable": "#F5F5F5"}
