"""Every level and band edge of every framework year, generated from the framework files (a new year is covered
automatically), and the files checked against the published tables of ITA.md where they claim those tables."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
import pytest

from analysis.ita.framework import load_all
from analysis.ita.scoring import score

FRAMEWORKS = load_all()
TOOLS = ("IIT", "EIT", "OIT")

# The published tables (shared/domain/ITA.md, "Levels and bands"): letters up to FY2565, bands with gates from FY2566.
LETTERS = [("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50), ("F", 0)]
BANDS = [("ผ่านดีเยี่ยม", 95, 95), ("ผ่านดี", 85, 85), ("ผ่าน", 85, None), ("ต้องปรับปรุง", 70, None),
         ("ต้องปรับปรุงโดยด่วน", 0, None)]
CLAIMS = {2563: LETTERS, 2564: LETTERS, 2565: LETTERS, 2566: BANDS, 2567: BANDS, 2568: BANDS, 2569: BANDS, 2570: BANDS}


def _rules(fw) -> list[tuple[str, float, float | None]]:
    if fw.grading == "levels":
        return [(r.label, r.min_total, None) for r in fw.levels]
    return [(r.label, r.min_total, r.tool_gate) for r in fw.bands]


def _r2(x: float) -> float:
    """Half-up to two decimals, as results are published (84.995 → 85.00)."""
    return float(Decimal(repr(round(x, 9))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def expected(fw, tools: tuple[float, float, float]) -> str:
    """The band by the plain rule: the first (best) whose total edge and tool gate are met."""
    weights = {t.code: t.weight for t in fw.tools}
    total = _r2(sum(weights[c] * v for c, v in zip(TOOLS, tools)) / 100)
    for label, edge, gate in _rules(fw):
        if total >= edge and (gate is None or all(_r2(v) >= gate for v in tools)):
            return label
    raise AssertionError("no rule matched")


def cases():
    for year, fw in sorted(FRAMEWORKS.items()):
        edges = sorted({e for _, e, _ in _rules(fw) if e > 0} | {g for *_, g in _rules(fw) if g})
        for e in edges:
            for x in (e, e - 0.01, e - 0.005, e + 0.01):
                yield pytest.param(year, (x, x, x), id=f"{year}-all-{x:g}")
        for _, _, gate in _rules(fw):
            if gate:
                for j in range(len(TOOLS)):
                    tools = tuple(gate - 0.01 if k == j else 100.0 for k in range(len(TOOLS)))
                    yield pytest.param(year, tools, id=f"{year}-{TOOLS[j]}-below-{gate:g}")
                    tools = tuple(gate if k == j else 100.0 for k in range(len(TOOLS)))
                    yield pytest.param(year, tools, id=f"{year}-{TOOLS[j]}-at-{gate:g}")


@pytest.mark.parametrize(("year", "tools"), list(cases()))
def test_every_edge_and_gate_gives_the_published_band(year, tools):
    fw = FRAMEWORKS[year]
    published = pd.DataFrame([("หน่วยงาน", "x", year, *tools, None, None)],
                             columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"])
    got = score(None, published).iloc[0]
    assert got["level"] == expected(fw, tools), got["level_note"]
    assert bool(got["passed"]) == (got["total"] >= fw.pass_mark)


@pytest.mark.parametrize("year", sorted(CLAIMS))
def test_framework_files_carry_the_published_table(year):
    assert [(label, edge, gate) for label, edge, gate in _rules(FRAMEWORKS[year])] == [
        (r[0], r[1], r[2] if len(r) > 2 else None) for r in CLAIMS[year]]


def test_band_years_agree_with_each_other():
    band_years = [y for y, fw in FRAMEWORKS.items() if fw.grading == "bands" and y in CLAIMS]
    assert len({tuple(_rules(FRAMEWORKS[y])) for y in band_years}) == 1, band_years
    assert {FRAMEWORKS[y].pass_mark for y in FRAMEWORKS} == {85}
