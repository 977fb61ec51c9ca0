"""The ingest report: what was read, what was assumed, and every problem with a fix in Thai and English."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, located as precisely as we can and with a fix."""

    severity: Severity
    code: str                      # stable machine code, e.g. "score_out_of_range"
    message_th: str
    message_en: str
    fix_th: str = ""
    fix_en: str = ""
    file: str = ""
    sheet: str | None = None
    row: int | None = None         # 1-based row number as the user sees it in Excel
    column: str | None = None      # the column header (and letter when known), as the user sees it

    def where(self, lang: str = "th") -> str:
        """Location in words: file, sheet, row, column (only the parts that are known)."""
        parts = [self.file] if self.file else []
        if self.sheet is not None:
            parts.append(("ชีต " if lang == "th" else "sheet ") + str(self.sheet))
        if self.row is not None:
            parts.append(("แถว " if lang == "th" else "row ") + str(self.row))
        if self.column is not None:
            parts.append(("คอลัมน์ " if lang == "th" else "column ") + str(self.column))
        return ", ".join(parts)

    def text(self, lang: str = "th") -> str:
        """One line for a person: location, message and how to fix it."""
        msg, fix = (self.message_th, self.fix_th) if lang == "th" else (self.message_en, self.fix_en)
        where = self.where(lang)
        out = f"{where}: {msg}" if where else msg
        if fix:
            out += (" — วิธีแก้: " if lang == "th" else " — fix: ") + fix
        return out

    def bilingual(self) -> str:
        """The Thai line followed by the English line (used by the CLI and on error pages)."""
        return self.text("th") + "\n" + self.text("en")


@dataclass
class IngestReport:
    """Everything an ingest did: sheets and header rows read, assumptions, dropped rows, problems."""

    file: str
    kind: str = "ita"                                   # "ita", later "items", "complaints", ...
    layout: str | None = None                           # "wide", "long", "per_year_sheets", ...
    sheets: list[str] = field(default_factory=list)     # sheets actually read
    assumptions: list[str] = field(default_factory=list)   # Thai/English lines "th | en"
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    rows_kept: int = 0

    def assume(self, th: str, en: str) -> None:
        """Record an assumption the ingest made (sheet chosen, header row, column mapping, unit conversion)."""
        self.assumptions.append(f"{th} | {en}")

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

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
        d = asdict(self)
        d["ok"] = self.ok
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "IngestReport":
        d = {k: v for k, v in d.items() if k != "ok"}
        d["problems"] = [Problem(**p) for p in d.get("problems", [])]
        return cls(**d)


class IngestError(Exception):
    """A file we cannot read at all; carries the report whose errors say why and how to fix it."""

    def __init__(self, report: IngestReport):
        self.report = report
        super().__init__("\n".join(p.bilingual() for p in report.errors) or report.file)


class FrameworkError(Exception):
    """A framework file under data/frameworks/ is broken; the message names the file and the field."""

    def __init__(self, file: str, field_name: str, message_th: str, message_en: str):
        self.file, self.field_name = file, field_name
        self.message_th, self.message_en = message_th, message_en
        super().__init__(f"{file}: {field_name}: {message_th} / {message_en}")
