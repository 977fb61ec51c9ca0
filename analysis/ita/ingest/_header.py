"""Header detection for ingest: find a sheet's header row(s) and what each column means."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.common.normalise import cell_text, norm_header
from analysis.ita import framework
from analysis.ita.roles import Role, classify

SCAN_ROWS = 30
VALUE_KINDS = frozenset({"indicator", "tool", "total", "score", "level"})


@dataclass
class Column:
    """One column of a found header: position, text as shown to the user, and what it means."""
    index: int
    text: str                 # the header as the user sees it ("IIT / ตัวชี้วัดที่ 1" for two-row headers)
    role: Role | None

    @property
    def label(self) -> str:
        return f"{self.text} ({letter(self.index)})"


@dataclass
class Header:
    """A header found in a sheet: its rows (one, or two for tool-above-indicator headers) and columns."""
    first: int                # 0-based grid rows
    last: int
    columns: list[Column]
    score: float
    valid: bool


def letter(index: int) -> str:
    """Excel column letter of a 0-based column index (0 → A, 26 → AA)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _rate(roles: list[Role | None]) -> tuple[bool, float]:
    kinds = [r.kind for r in roles if r is not None]
    known = len({r.field for r in roles if r is not None and r.kind != "ignore"}) + 0.1 * kinds.count("ignore")
    return "unit" in kinds and any(k in VALUE_KINDS for k in kinds), known


def _pair_columns(top: list[str], bottom: list[str], top_roles, bottom_roles, merged: bool) -> list[Column]:
    """Columns of a two-row header: group cells (merged across columns) filled to the right over the row below.

    With the workbook's merged ranges known they are already filled; otherwise a group heading carries to the
    right over blank cells."""
    cols, group = [], ""
    for c, (t, b) in enumerate(zip(top, bottom)):
        if t or merged:
            group = t if b else ""          # a cell merged down (nothing below it) is not a group heading
        if not b:
            cols.append(Column(c, t, top_roles[c]))
            continue
        role = bottom_roles[c]
        if group and (role is None or role.kind in ("score", "ignore")):
            role = _under_group(group, b) or role
        cols.append(Column(c, f"{group} / {b}" if group else b, role))
    return cols


def _under_group(group: str, cell: str) -> Role | None:
    """The role of a cell read with the group heading above it; a bare number under IIT/EIT/OIT is an indicator
    of that tool (IIT over 1…5, EIT over 6…8), otherwise e.g. EIT over 1, 2 means EIT parts."""
    g = classify(norm_header(group))
    number = norm_header(cell)
    if g is not None and number.isdigit():
        if g.kind == "tool" and g.part is None:
            if int(number) in {i.number for i in framework.latest().indicators_of(str(g.key))}:
                return Role("indicator", int(number))
        elif g.kind in ("indicator_label", "indicator"):
            return classify(f"ตัวชี้วัดที่ {number}")
    return classify(norm_header(f"{group} {cell}"))


def find_header(grid: pd.DataFrame) -> tuple[Header | None, Header | None]:
    """(best usable header, best candidate at all) among the first rows, single or two-row (tool above indicator)."""
    top = grid.iloc[:SCAN_ROWS]
    texts = [[cell_text(v).strip() for v in row] for row in top.itertuples(index=False, name=None)]
    merged = grid.attrs.get("merged") or []
    for (r0, c0), (_r1, c1) in merged:               # fill merged header cells across their columns
        if r0 < len(texts) and c1 > c0:
            for c in range(c0 + 1, min(c1 + 1, len(texts[r0]))):
                texts[r0][c] = texts[r0][c0]
    roles = [[classify(norm_header(t)) for t in row] for row in texts]
    best: Header | None = None
    any_best: Header | None = None
    singles = [_rate(row) for row in roles]
    for r in range(len(texts)):
        cands = [(r, r, [Column(c, t, roles[r][c]) for c, t in enumerate(texts[r])])]
        if r + 1 < len(texts) and any(roles[r]):     # a group row above always names something we know
            cands.append((r, r + 1, _pair_columns(texts[r], texts[r + 1], roles[r], roles[r + 1], bool(merged))))
        for first, last, cols in cands:
            valid, score = _rate([c.role for c in cols])
            if last != first and (score <= singles[last][1] or score <= singles[first][1]):
                continue                    # the row above adds nothing: a title, not the top of a two-row header
            h = Header(first, last, cols, score, valid)
            if any_best is None or score > any_best.score:
                any_best = h
            if valid and (best is None or score > best.score):
                best = h
    return best, any_best
