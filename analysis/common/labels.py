"""Fixed vocabularies shown to people, defined once: measure statuses and reporting rounds, with their labels."""
from __future__ import annotations

from analysis.common.text import t

# Status of a measure (and of its progress in a round), in the order every list and chart shows them.
MEASURE_STATUSES = ("not_started", "in_progress", "done", "postponed", "cancelled")
# Reporting rounds of the measures' progress: h1 = the 6-month round Oct–Mar, annual = Oct–Sep, q1…q4 = quarters.
ROUNDS = ("h1", "annual", "q1", "q2", "q3", "q4")


def status_label(status: str, lang: str = "th") -> str:
    """A measure status in words ("" for an unknown status)."""
    return t(f"msr.status_{status}", lang) if status in MEASURE_STATUSES else ""


def round_label(round_: str, lang: str = "th") -> str:
    """A reporting round in words, e.g. 'ไตรมาส 2 (ม.ค.–มี.ค.)' (the code itself when unknown)."""
    return t(f"msr.round_{round_}", lang) if round_ in ROUNDS else round_
