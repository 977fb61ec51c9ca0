"""The wording of the IIT and EIT questions (data/questions.toml), loaded and checked, and the words shown beside a
question code for a fiscal year: the form's own text where a form was read, marked when the year's form was only
assumed the same or not checked, and, for a tool whose wording the NACC has not published (EIT), no text at all
— the caller shows the indicator's name and a plain note instead."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.common.paths import DATA_DIR
from analysis.common.report import FrameworkError

QUESTIONS_FILE = DATA_DIR / "questions.toml"
_PREFIX = {"IIT": "i", "EIT": "e"}
_FIELDS = ("text_th", "text_en", "short_th", "short_en")
# seen: the year's own form was read · assumed: the year is assumed to keep the form's wording · unchecked: the
# nearest form's wording, not checked for the year · unpublished: the NACC has not published the wording ·
# unknown: no such question in the file
BASES = ("seen", "assumed", "unchecked", "unpublished", "unknown")


@dataclass(frozen=True)
class Question:
    code: str             # "i1" …
    text_th: str
    text_en: str
    short_th: str
    short_en: str

    def text(self, lang: str) -> str:
        return self.text_th if lang == "th" else self.text_en

    def short(self, lang: str) -> str:
        return self.short_th if lang == "th" else self.short_en


@dataclass(frozen=True)
class Form:
    tool: str
    form_year: int
    seen_years: tuple[int, ...]
    assumed_years: tuple[int, ...]
    questions: dict[str, Question]


@dataclass(frozen=True)
class Wording:
    """What is known of one question's words for one year."""
    code: str
    basis: str                  # one of BASES
    question: Question | None   # None when unpublished or unknown
    form_year: int | None = None


@dataclass(frozen=True)
class Questions:
    forms: tuple[Form, ...]
    unpublished: dict[str, tuple[int, int]]     # tool -> (first, last) question number

    def wording(self, tool: str, code: str, year: int) -> Wording:
        """The words of the question `code` of `tool` for fiscal year `year` (BE)."""
        span = self.unpublished.get(tool)
        number = _number(code)
        if span and number is not None and span[0] <= number <= span[1]:
            return Wording(code, "unpublished", None)
        forms = [f for f in self.forms if f.tool == tool and code in f.questions]
        if not forms:
            return Wording(code, "unknown", None)
        for form in forms:
            if year in form.seen_years:
                return Wording(code, "seen", form.questions[code], form.form_year)
        for form in forms:
            if year in form.assumed_years:
                return Wording(code, "assumed", form.questions[code], form.form_year)
        nearest = min(forms, key=lambda f: (abs(f.form_year - year), -f.form_year))
        return Wording(code, "unchecked", nearest.questions[code], nearest.form_year)


def _number(code: str) -> int | None:
    m = re.fullmatch(r"[a-z](\d+)", code)
    return int(m.group(1)) if m else None


def _text(row: dict, key: str, file: str, where: str) -> str:
    if key not in row:
        raise FrameworkError(file, where + key, "fw.missing")
    value = row[key]
    if not isinstance(value, str) or not value.strip():
        raise FrameworkError(file, where + key, "fw.wrong_type", value=repr(value))
    return value.strip()


def _years(row: dict, key: str, file: str, where: str) -> tuple[int, ...]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(y, int) and not isinstance(y, bool) for y in value):
        raise FrameworkError(file, where + key, "fw.wrong_type", value=repr(value))
    return tuple(value)


def _form(k: int, row: dict, file: str) -> Form:
    where = f"forms[{k}]."
    tool = _text(row, "tool", file, where)
    if tool not in _PREFIX:
        raise FrameworkError(file, where + "tool", "q.bad_tool", value=tool, tools=", ".join(_PREFIX))
    year = row.get("form_year")
    if not isinstance(year, int) or isinstance(year, bool):
        raise FrameworkError(file, where + "form_year", "fw.wrong_type", value=repr(year))
    rows = row.get("questions")
    if not isinstance(rows, list) or not rows:
        raise FrameworkError(file, where + "questions", "fw.empty_list")
    questions: dict[str, Question] = {}
    for j, q in enumerate(rows):
        at = f"{where}questions[{j}]."
        code = _text(q, "code", file, at)
        if _number(code) is None or not code.startswith(_PREFIX[tool]):
            raise FrameworkError(file, at + "code", "q.bad_code", code=code, prefix=_PREFIX[tool])
        if code in questions:
            raise FrameworkError(file, at + "code", "q.repeated", code=code)
        questions[code] = Question(code, *(_text(q, f, file, at) for f in _FIELDS))
    numbers = sorted(_number(c) for c in questions)
    gaps = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
    if gaps:
        raise FrameworkError(file, where + "questions", "q.gaps",
                             codes=", ".join(f"{_PREFIX[tool]}{n}" for n in gaps))
    return Form(tool, year, _years(row, "seen_years", file, where), _years(row, "assumed_years", file, where),
                questions)


def parse(data: dict, file: str) -> Questions:
    """Questions from the parsed file; FrameworkError naming the field when something is missing or wrong."""
    forms = data.get("forms", [])
    if not isinstance(forms, list):
        raise FrameworkError(file, "forms", "fw.wrong_type", value=repr(forms))
    unpublished = {}
    for k, row in enumerate(data.get("unpublished", [])):
        tool = _text(row, "tool", file, f"unpublished[{k}].")
        first, last = row.get("first"), row.get("last")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (first, last)) or not 1 <= first <= last:
            raise FrameworkError(file, f"unpublished[{k}]", "fw.wrong_type", value=repr((first, last)))
        unpublished[tool] = (first, last)
    return Questions(tuple(_form(k, row, file) for k, row in enumerate(forms)), unpublished)


@lru_cache(maxsize=4)
def load_questions(path: Path = QUESTIONS_FILE) -> Questions:
    """The question wording file, checked (cached; the file ships with the program)."""
    with open(path, "rb") as fh:
        return parse(tomllib.load(fh), Path(path).name)
