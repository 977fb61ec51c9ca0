"""What a person types into the measure forms, checked before anything is saved: dates typed in BE (or CE) and the
fields a measure cannot be stored without. Every refusal names the field and says how to fix it."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from analysis.common import settings
from analysis.common.normalise import THAI_DIGITS
from analysis.common.text import msg, t
from analysis.common.thaidate import BE_OFFSET, MONTHS_EN, MONTHS_EN_ABBR, MONTHS_TH, MONTHS_TH_ABBR

_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})\s+(.+?)\s+(?:พ\.?\s?ศ\.?\s*)?(\d{4})\s*$", re.IGNORECASE)
_MONTHS = {name.lower().replace(" ", ""): i
           for names in (MONTHS_TH, MONTHS_TH_ABBR, MONTHS_EN, MONTHS_EN_ABBR)
           for i, name in enumerate(names, 1)}
_MONTHS.update({name.rstrip(".").lower(): i for name, i in list(_MONTHS.items())})


@dataclass(frozen=True)
class FieldProblem:
    """One field the form cannot save as typed: the field's label code, the message (a catalogue message)."""
    field: str
    message: dict

    def text(self, lang: str = "th") -> str:
        """'วันเริ่มต้น: …' in the language."""
        return t("form.problem", lang, field=msg(self.field), message=self.message)


def be_date(value: date | None) -> str:
    """A date as the forms show it: dd/mm/yyyy with the BE year ('' for none): 1 Nov 2025 → '01/11/2568'."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year + BE_OFFSET}"


def parse_typed_date(text: str | None) -> date | None:
    """The date a person typed: dd/mm/yyyy (also with - or .), yyyy-mm-dd, or '1 พ.ย. 2568' / '1 November 2025',
    the year in BE (2568) or CE (2025), Thai digits allowed; None for a blank. Raises ValueError with a catalogue
    message (args[0]) when it is not a date, or outside the ITA_DATE_WINDOW_BE years."""
    s = (text or "").strip().translate(THAI_DIGITS)
    if not s:
        return None
    day = month = year = None
    if m := _NUMERIC.match(s):
        day, month, year = (int(x) for x in m.groups())
    elif m := _ISO.match(s):
        year, month, day = (int(x) for x in m.groups())
    elif m := _WORDS.match(s):
        day, year = int(m.group(1)), int(m.group(3))
        month = _MONTHS.get(m.group(2).lower().replace(" ", "")) or _MONTHS.get(m.group(2).lower().rstrip("."))
    if day is None or month is None or year is None:
        raise ValueError(msg("form.date_unreadable", text=text.strip()))
    be = year if year >= 2400 else year + BE_OFFSET
    first, last = settings.date_window_be()
    if not first <= be <= last:
        raise ValueError(msg("form.date_outside", text=text.strip(), first=first, last=last))
    try:
        return date(be - BE_OFFSET, month, day)
    except ValueError:
        raise ValueError(msg("form.date_unreadable", text=text.strip())) from None


def check_measure(typed: dict) -> tuple[dict, list[FieldProblem]]:
    """(the fields to save, the problems): the title is required, dates are read as typed (BE or CE) and the end is
    not before the start. Nothing is to be saved while a problem remains (the caller shows them all)."""
    fields = dict(typed)
    problems = []
    if not str(fields.get("title") or "").strip():
        problems.append(FieldProblem("msr.f_title", msg("form.required")))
    fields["title"] = str(fields.get("title") or "").strip()
    for key, label in (("start_date", "msr.f_start"), ("end_date", "msr.f_end")):
        value = fields.get(key)
        if isinstance(value, date) or value is None:
            continue
        try:
            fields[key] = parse_typed_date(value)
        except ValueError as exc:
            problems.append(FieldProblem(label, exc.args[0]))
            fields[key] = None
    start, end = fields.get("start_date"), fields.get("end_date")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        problems.append(FieldProblem("msr.f_end", msg("form.end_before_start", start=be_date(start))))
    return fields, problems


def check_progress(typed: dict) -> list[FieldProblem]:
    """Problems of a progress report as typed: percent 0–100, budgets finite and not negative, spent not over
    planned is allowed (it is reported as it is)."""
    problems = []
    percent = typed.get("percent")
    if percent is not None and (not math.isfinite(percent) or not 0 <= percent <= 100):
        problems.append(FieldProblem("msr.p_percent", msg("form.percent_range")))
    for key, label in (("budget_planned", "msr.p_planned"), ("budget_spent", "msr.p_spent")):
        value = typed.get(key)
        if value is not None and (not math.isfinite(value) or value < 0):
            problems.append(FieldProblem(label, msg("form.budget_range")))
    return problems
