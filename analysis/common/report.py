"""The ingest report: what was read, what was assumed, and every problem with where it is and how to fix it.

Problems and assumptions hold catalogue codes and parameters (analysis.common.text), never finished text, so a
report renders in Thai or English when it is shown and is stored as JSON the same way. Reports saved before the
catalogue (message_th/message_en, "th | en" assumption lines) are still read.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, fields
from typing import Literal

from analysis.common.text import TEXT, jsonable, msg, pair, render, t

log = logging.getLogger(__name__)
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, located as precisely as we can, with a message and a fix by code."""

    severity: Severity
    code: str                      # stable machine code, e.g. "score_out_of_range"
    msg: str                       # catalogue code of the message, e.g. "ingest.score_out_of_range"
    fix: str = ""                  # catalogue code of the fix ("" when there is nothing to do)
    params: dict = field(default_factory=dict, hash=False)   # values for both templates (JSON-ready)
    file: str = ""
    sheet: str | None = None
    row: int | None = None         # 1-based row number as the user sees it in Excel
    column: str | None = None      # the column header (and letter when known), as the user sees it

    def __post_init__(self):
        for code in (self.msg, self.fix):
            if code and code not in TEXT:
                raise KeyError(f"unknown text code: {code}")
        object.__setattr__(self, "params", jsonable(self.params or {}))
        if self.row is not None:
            object.__setattr__(self, "row", int(self.row))

    def message(self, lang: str = "th") -> str:
        """What is wrong, in the language."""
        return t(self.msg, lang, **self.params)

    def fix_text(self, lang: str = "th") -> str:
        """How to fix it, in the language ("" when there is nothing to do)."""
        return t(self.fix, lang, **self.params) if self.fix else ""

    def where(self, lang: str = "th") -> str:
        """Location in words: file, sheet, row, column (only the parts that are known)."""
        parts = [self.file] if self.file else []
        if self.sheet is not None:
            parts.append(t("report.where_sheet", lang, sheet=str(self.sheet)))
        if self.row is not None:
            parts.append(t("report.where_row", lang, row=str(self.row)))
        if self.column is not None:
            parts.append(t("report.where_column", lang, column=str(self.column)))
        return ", ".join(parts)

    def text(self, lang: str = "th") -> str:
        """One line for a person: location, message and how to fix it."""
        where, out, fix = self.where(lang), self.message(lang), self.fix_text(lang)
        if where:
            out = t("report.line", lang, where=where, message=out)
        if fix:
            out = t("report.with_fix", lang, line=out, fix=fix)
        return out

    def bilingual(self) -> str:
        """The Thai line followed by the English line (used by the CLI and on error pages)."""
        return self.text("th") + "\n" + self.text("en")

    @classmethod
    def from_dict(cls, d: dict) -> "Problem":
        """A Problem from its to_dict form, or from the shape saved before the catalogue (message_th, fix_en …)."""
        d = dict(d)
        if "msg" not in d:
            th, en = d.pop("message_th", ""), d.pop("message_en", "")
            fix_th, fix_en = d.pop("fix_th", ""), d.pop("fix_en", "")
            d.update(msg="report.saved_message", fix="report.saved_fix" if fix_th or fix_en else "",
                     params={"message": pair(th, en), "fix": pair(fix_th, fix_en)})
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


def _saved_assumption(line: str) -> dict:
    """An assumption saved as "Thai | English" before the catalogue. Names inside may hold " | " too (a sheet
    named "ผล | 2566" appears in both halves), so the middle separator is the one between the languages."""
    parts = line.split(" | ")
    if len(parts) == 1:
        return msg("report.saved_assumption", text=pair(line, line))
    middle = len(parts) // 2
    return msg("report.saved_assumption", text=pair(" | ".join(parts[:middle]), " | ".join(parts[middle:])))


@dataclass
class IngestReport:
    """Everything an ingest did: sheets and header rows read, assumptions, dropped rows, problems."""

    file: str
    kind: str = "ita"                                   # "ita", "items", "complaints", "action_plan"
    layout: str | None = None                           # "wide", "long", "per_year_sheets", ...
    sheets: list[str] = field(default_factory=list)     # sheets actually read
    assumptions: list[dict] = field(default_factory=list)   # {"code": …, "params": …} messages
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    rows_kept: int = 0

    def assume(self, code: str, /, **params) -> None:
        """Record an assumption the ingest made (sheet chosen, header row, column mapping, unit conversion)."""
        note = msg(code, **params)
        self.assumptions.append(note)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s: assumed: %s", self.file, render(note, "en"))

    def assumption_lines(self, lang: str = "th") -> list[str]:
        """Every assumption as one line in the language."""
        return [str(render(note, lang)) for note in self.assumptions]

    def add(self, problem: Problem) -> None:
        """Add a problem (logged: errors at INFO, the rest at DEBUG)."""
        self.problems.append(problem)
        level = logging.INFO if problem.severity == "error" else logging.DEBUG
        if log.isEnabledFor(level):
            log.log(level, "%s: %s %s: %s", self.file, problem.severity, problem.code, problem.text("en"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when nothing blocks using the data (warnings are allowed)."""
        return not self.errors

    def to_dict(self) -> dict:
        """The report as JSON-ready data (codes and parameters, not rendered text)."""
        d = asdict(self)
        d["ok"] = self.ok
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "IngestReport":
        """A report from to_dict, also in the shape saved before the catalogue."""
        d = {k: v for k, v in d.items() if k != "ok"}
        d["problems"] = [Problem.from_dict(p) for p in d.get("problems", [])]
        d["assumptions"] = [_saved_assumption(a) if isinstance(a, str) else a for a in d.get("assumptions", [])]
        return cls(**d)


class IngestError(Exception):
    """A file we cannot read at all; carries the report whose errors say why and how to fix it."""

    def __init__(self, report: IngestReport):
        self.report = report
        super().__init__("\n".join(p.bilingual() for p in report.errors) or report.file)


class FrameworkError(Exception):
    """A framework file under data/frameworks/ is broken; the message (a catalogue code) names the file and field."""

    def __init__(self, file: str, field_name: str, code: str, /, **params):
        if code not in TEXT:
            raise KeyError(f"unknown text code: {code}")
        self.file, self.field_name, self.code, self.params = file, field_name, code, jsonable(params)
        super().__init__(f"{file}: {field_name}: {self.message('th')} / {self.message('en')}")
        log.warning("framework file %s: %s: %s", file, field_name, self.message("en"))

    def message(self, lang: str = "th") -> str:
        """What is wrong with the field, in the language."""
        return t(self.code, lang, **self.params)

    def text(self, lang: str = "th") -> str:
        """File, field and message in the language."""
        return t("report.framework_error", lang, file=self.file, field=self.field_name, message=self.message(lang))
