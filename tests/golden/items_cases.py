"""Inputs of the item-file ingest's equality test (tests/test_items.py): the demo file, the bad-input fixtures and
two larger messy grids built here, deterministically, in the wide and the long layout — blank and summary rows,
rows without a unit or with a bad year, numbers as text (Thai digits, %, spaces), bad and out-of-range values,
every มี/ไม่มี form, repeated unit-years, items outside the map or the year's list, and more problems of one kind
than the report lists one by one."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
DEMO = ROOT / "data" / "samples" / "demo_items_2568.xlsx"
FIXTURES = ("items_bad_value.csv", "items_bad_code.csv", "items_bad_year.csv", "items_not_in_list.csv",
            "items_duplicate.csv")
CODES = ([f"i{k}" for k in range(1, 32)] + [f"e{k}" for k in range(1, 16)]
         + [f"O{k}" for k in (1, 3, 4, 8, 9, 10, 11, 12, 20, 33, 44)])
OIT_FORMS = ["มี", "ไม่มี", "✓", "✗", 1, 0, 1.0, True, False, "yes", "No", " มี ", None, "", "2", 2, "maybe", "๑"]
NUMBER_FORMS = [85.5, 100, 0, "90.25", " 77 ", "๘๕", "85%", "1,0", "abc", 120, -5, None, "", "-", "N/A", 99.99]


def messy_wide(units: int = 400, seed: int = 13) -> pd.DataFrame:
    """A raw sheet grid (object cells, header in row 2) of `units` unit rows with every kind of mess."""
    rng = np.random.default_rng(seed)
    rows = [["คะแนนรายข้อ (ทดสอบ)"] + [None] * (len(CODES) + 1), ["หน่วยงาน", "ปีงบประมาณ", *CODES]]
    for k in range(units):
        unit = f"  หน่วยงาน   ทดสอบ {k % (units - 7):04d} "          # spaces to clean; 7 units repeat
        year = [2568, "2567", "๒๕๖๖", 2565.0, "ปี 68"][k % 5]
        if k % 97 == 5:
            unit = None                                        # no unit
        if k % 89 == 7:
            year = "ไม่ทราบ"                                   # bad year
        cells = []
        for c in CODES:
            forms = OIT_FORMS if c.startswith("O") else NUMBER_FORMS
            r = rng.random()
            cells.append(forms[int(rng.integers(len(forms)))] if r < 0.15 else
                         (["มี", "ไม่มี"][int(r * 100) % 2] if c.startswith("O") else round(float(rng.uniform(40, 100)), 2)))
        rows.append([unit, year, *cells])
        if k % 50 == 10:
            rows.append([None] * (len(CODES) + 2))              # blank row
        if k % 120 == 60:
            rows.append(["รวม", 2568, *([99.0] * len(CODES))])   # summary row
    return pd.DataFrame(rows, dtype=object)


def messy_long(units: int = 120) -> pd.DataFrame:
    """The first `units` units of messy_wide as a long grid (unit, year, item, value), with bad item codes."""
    wide = messy_wide(units)
    rows = [["unit", "fiscal year", "item", "value"]]
    for r in wide.iloc[2:].itertuples(index=False):
        for k, c in enumerate(CODES):
            rows.append([r[0], r[1], c if k % 37 else ["Q7", "ข้อ O3", "o-4", None][len(rows) % 4], r[k + 2]])
    return pd.DataFrame(rows, dtype=object)


def snapshot(result) -> dict:
    """A comparable form of an ItemsResult (or the IngestReport of a refused file): the rows (whole when small, else
    their count and SHA-256), their dtypes, and the report."""
    report = result.to_dict() if hasattr(result, "to_dict") else result.report.to_dict()
    report = json.loads(json.dumps(report, ensure_ascii=False, default=str))
    problems = report["problems"]
    if len(problems) > 80:                  # many: the first and last 40 whole, all of them by count and hash
        text = json.dumps(problems, ensure_ascii=False, sort_keys=True)
        report["problems"] = {"n": len(problems), "codes": dict(Counter(p["code"] for p in problems)),
                              "head": problems[:40], "tail": problems[-40:],
                              "sha256": hashlib.sha256(text.encode()).hexdigest()}
    out = {"report": report}
    if hasattr(result, "items"):
        csv = result.items.to_csv(index=False)
        out["dtypes"] = {c: str(t) for c, t in result.items.dtypes.items()}
        out["rows"] = len(result.items)
        out["items"] = csv if len(result.items) <= 400 else hashlib.sha256(csv.encode()).hexdigest()
    return out


def cases() -> dict[str, tuple]:
    """name → ("bytes", data, file name, family) or ("grid", grid, family)."""
    out = {f"demo-{fam}": ("bytes", DEMO.read_bytes(), DEMO.name, fam) for fam in ("nacc", "obec_school")}
    out |= {name: ("bytes", (DATA / name).read_bytes(), name, "nacc") for name in FIXTURES}
    out["messy-wide"] = ("grid", messy_wide(), "nacc")
    out["messy-long"] = ("grid", messy_long(), "vec_college")
    return out


def run(case: tuple) -> dict:
    """The snapshot of one case through analysis.ita.items."""
    from analysis.common.report import IngestError, IngestReport
    from analysis.ita import items

    try:
        if case[0] == "bytes":
            return snapshot(items.ingest_items_bytes(case[1], case[2], case[3]))
        return snapshot(items.ingest_items_sheets({"ข้อมูล": case[1]}, "messy.xlsx",
                                                  IngestReport(file="messy.xlsx"), case[2]))
    except IngestError as exc:
        return snapshot(exc.report)
